/*
 * Child processes for System.Diagnostics.Process (libSystem.Native's process functions).
 *
 * ForkAndExecProcess forks, wires the redirected standard streams to pipes, and execs; the
 * child reports an exec failure through a close-on-exec pipe, so the parent either learns the
 * child's errno or sees the pipe close when exec succeeded. Process learns that children ended
 * through the SIGCHLD callback it registers (RegisterForSigChld): the signal handler writes a
 * byte to a self-pipe and a background thread that can run managed code calls the callback,
 * which reaps its children with WaitPidExitedNoHang. Redirected streams are pipes that the
 * managed socket engine (System.Net.Sockets' SocketAsyncEngine) reads and writes: the epoll
 * functions below.
 */
#define _GNU_SOURCE
#include "dn_system_native.h"

#include "dotnative.h"

#include <errno.h>
#include <fcntl.h>
#include <grp.h>
#include <pthread.h>
#include <signal.h>
#include <stdbool.h>
#include <stdint.h>
#include <string.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

typedef int32_t (*SigChldCallback)(int32_t reapAll, int32_t configureConsole);

static SigChldCallback sigchld_callback;
static int sigchld_pipe[2] = {-1, -1};
static pthread_once_t sigchld_once = PTHREAD_ONCE_INIT;

static void on_sigchld(int sig) {
    (void)sig;
    int saved = errno;
    char b = 1;
    ssize_t n = write(sigchld_pipe[1], &b, 1); /* a full pipe already has a wake-up queued */
    (void)n;
    errno = saved;
}

static void sigchld_thread(void *arg) {
    (void)arg;
    for (;;) {
        char buf[64];
        ssize_t n = read(sigchld_pipe[0], buf, sizeof buf);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return;
        SigChldCallback cb = __atomic_load_n(&sigchld_callback, __ATOMIC_ACQUIRE);
        if (cb != NULL) cb(0, 0);
        if (dn_exception_pending()) return; /* unhandled: the runtime reports it when we return */
    }
}

static void start_sigchld_handling(void) {
    if (pipe2(sigchld_pipe, O_CLOEXEC | O_NONBLOCK) != 0) return;
    /* The reading end blocks; only the handler's writes must never block. */
    fcntl(sigchld_pipe[0], F_SETFL, fcntl(sigchld_pipe[0], F_GETFL) & ~O_NONBLOCK);
    if (dn_thread_start(sigchld_thread, NULL, 0, true, NULL) != 0) return;
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_sigchld;
    sa.sa_flags = SA_RESTART | SA_NOCLDSTOP;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGCHLD, &sa, NULL);
}

void SystemNative_RegisterForSigChld(void *callback) {
    __atomic_store_n(&sigchld_callback, (SigChldCallback)callback, __ATOMIC_RELEASE);
    pthread_once(&sigchld_once, start_sigchld_handling);
}

/* Terminal settings for children only matter with an interactive console that dotnative does
 * not reconfigure (it leaves the terminal as it found it). */
void SystemNative_SetDelayedSigChildConsoleConfigurationHandler(void *callback) { (void)callback; }
void SystemNative_ConfigureTerminalForChildProcess(int32_t childUsesTerminal) { (void)childUsesTerminal; }

static void close_pair(int p[2]) {
    if (p[0] >= 0) close(p[0]);
    if (p[1] >= 0) close(p[1]);
    p[0] = p[1] = -1;
}

/* In the child, after fork: report errno through the pipe and leave. */
static void child_fail(int report_fd) {
    int err = errno;
    ssize_t n = write(report_fd, &err, sizeof err);
    (void)n;
    _exit(127);
}

int32_t SystemNative_ForkAndExecProcess(const char *filename, char **argv, char **envp, const char *cwd, int32_t redirectStdin,
                                        int32_t redirectStdout, int32_t redirectStderr, int32_t setCredentials, uint32_t userId,
                                        uint32_t groupId, uint32_t *groups, int32_t groupsLength, int32_t *childPid, int32_t *stdinFd,
                                        int32_t *stdoutFd, int32_t *stderrFd) {
    int in[2] = {-1, -1}, out[2] = {-1, -1}, err[2] = {-1, -1}, report[2] = {-1, -1};
    if ((redirectStdin && pipe2(in, O_CLOEXEC) != 0) || (redirectStdout && pipe2(out, O_CLOEXEC) != 0) ||
        (redirectStderr && pipe2(err, O_CLOEXEC) != 0) || pipe2(report, O_CLOEXEC) != 0) {
        int e = errno;
        close_pair(in), close_pair(out), close_pair(err), close_pair(report);
        errno = e;
        return -1;
    }
    /* The child starts with every signal blocked so that no handler of ours runs in it. */
    sigset_t all, old;
    sigfillset(&all);
    pthread_sigmask(SIG_SETMASK, &all, &old);
    pid_t pid = fork();
    if (pid == 0) {
        if ((redirectStdin && dup2(in[0], 0) < 0) || (redirectStdout && dup2(out[1], 1) < 0) || (redirectStderr && dup2(err[1], 2) < 0))
            child_fail(report[1]);
        if (setCredentials) {
            if (setgroups((size_t)groupsLength, (const gid_t *)groups) != 0 || setgid(groupId) != 0 || setuid(userId) != 0) child_fail(report[1]);
        }
        if (cwd != NULL && chdir(cwd) != 0) child_fail(report[1]);
        for (int s = 1; s < NSIG; s++) {
            if (s == SIGKILL || s == SIGSTOP) continue;
            struct sigaction sa;
            if (sigaction(s, NULL, &sa) == 0 && sa.sa_handler != SIG_IGN && sa.sa_handler != SIG_DFL) signal(s, SIG_DFL);
        }
        pthread_sigmask(SIG_SETMASK, &old, NULL);
        execve(filename, argv, envp);
        child_fail(report[1]);
    }
    int fork_errno = errno;
    pthread_sigmask(SIG_SETMASK, &old, NULL);
    if (in[0] >= 0) close(in[0]);
    if (out[1] >= 0) close(out[1]);
    if (err[1] >= 0) close(err[1]);
    close(report[1]);
    if (pid < 0) {
        if (in[1] >= 0) close(in[1]);
        if (out[0] >= 0) close(out[0]);
        if (err[0] >= 0) close(err[0]);
        close(report[0]);
        errno = fork_errno;
        return -1;
    }
    int child_errno = 0;
    ssize_t n;
    do n = read(report[0], &child_errno, sizeof child_errno);
    while (n < 0 && errno == EINTR);
    close(report[0]);
    if (n == (ssize_t)sizeof child_errno) {
        /* exec failed: reap the child and report its errno. */
        int status;
        while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {}
        if (in[1] >= 0) close(in[1]);
        if (out[0] >= 0) close(out[0]);
        if (err[0] >= 0) close(err[0]);
        errno = child_errno;
        return -1;
    }
    *childPid = pid;
    *stdinFd = in[1];
    *stdoutFd = out[0];
    *stderrFd = err[0];
    return 0;
}

int32_t SystemNative_WaitIdAnyExitedNoHangNoWait(void) {
    siginfo_t info;
    memset(&info, 0, sizeof info);
    int r;
    do r = waitid(P_ALL, 0, &info, WEXITED | WNOHANG | WNOWAIT);
    while (r < 0 && errno == EINTR);
    if (r < 0) return errno == ECHILD ? 0 : -1;
    return info.si_pid;
}

int32_t SystemNative_WaitPidExitedNoHang(int32_t pid, int32_t *exitCode) {
    int status = 0;
    pid_t r;
    do r = waitpid(pid, &status, WNOHANG);
    while (r < 0 && errno == EINTR);
    if (r > 0) {
        /* A signal's death is reported as 128 + its number, as shells do. */
        *exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : WIFSIGNALED(status) ? 128 + WTERMSIG(status) : 0;
    }
    return r;
}

/* The PAL's signal numbers are Linux's. */
int32_t SystemNative_Kill(int32_t pid, int32_t signal) { return kill(pid, signal); }

/* ---- the socket event engine (epoll) ----
 * System.Net.Sockets' SocketAsyncEngine, which Process's redirected pipes go through: one
 * epoll instance, edge-triggered registrations, and a thread blocked in WaitForSocketEvents. */

#include <stdlib.h>
#include <sys/epoll.h>

/* Interop.Sys.SocketEvents and Interop.Sys.SocketEvent. */
enum { SOCKET_EVENTS_READ = 1, SOCKET_EVENTS_WRITE = 2, SOCKET_EVENTS_READ_CLOSE = 4, SOCKET_EVENTS_CLOSE = 8, SOCKET_EVENTS_ERROR = 16 };

static int32_t pal_error(void) { return SystemNative_ConvertErrorPlatformToPal(errno); }

int32_t SystemNative_CreateSocketEventPort(intptr_t *port) {
    int fd = epoll_create1(EPOLL_CLOEXEC);
    if (fd < 0) return pal_error();
    *port = fd;
    return 0;
}

int32_t SystemNative_CloseSocketEventPort(intptr_t port) { return close((int)port) == 0 ? 0 : pal_error(); }

/* The buffer holds `count` SocketEvents followed by `count` epoll_events to receive into. */
int32_t SystemNative_CreateSocketEventBuffer(int32_t count, struct DnSysSocketEvent **buffer) {
    if (count <= 0) return SystemNative_ConvertErrorPlatformToPal(EINVAL);
    void *p = calloc((size_t)count, sizeof(struct DnSysSocketEvent) + sizeof(struct epoll_event));
    if (p == NULL) return SystemNative_ConvertErrorPlatformToPal(ENOMEM);
    *buffer = p;
    return 0;
}

int32_t SystemNative_FreeSocketEventBuffer(struct DnSysSocketEvent *buffer) {
    free(buffer);
    return 0;
}

int32_t SystemNative_TryChangeSocketEventRegistration(intptr_t port, intptr_t socket, int32_t currentEvents, int32_t newEvents, uintptr_t data) {
    int op = currentEvents == 0 ? EPOLL_CTL_ADD : newEvents == 0 ? EPOLL_CTL_DEL : EPOLL_CTL_MOD;
    if (currentEvents == 0 && newEvents == 0) return 0;
    struct epoll_event ev;
    memset(&ev, 0, sizeof ev);
    ev.events = EPOLLET | ((newEvents & SOCKET_EVENTS_READ) ? EPOLLIN : 0u) | ((newEvents & SOCKET_EVENTS_WRITE) ? EPOLLOUT : 0u) |
                ((newEvents & SOCKET_EVENTS_READ_CLOSE) ? EPOLLRDHUP : 0u);
    ev.data.ptr = (void *)data;
    return epoll_ctl((int)port, op, (int)socket, &ev) == 0 ? 0 : pal_error();
}

int32_t SystemNative_WaitForSocketEvents(intptr_t port, struct DnSysSocketEvent *buffer, int32_t *count) {
    struct epoll_event *events = (struct epoll_event *)(void *)(buffer + *count);
    int n;
    do n = epoll_wait((int)port, events, *count, -1);
    while (n < 0 && errno == EINTR);
    if (n < 0) {
        *count = 0;
        return pal_error();
    }
    for (int i = 0; i < n; i++) {
        uint32_t e = events[i].events;
        /* A hang-up (a pipe's writer gone, a peer disconnected) is reported as readable and
         * writable: the next read or write meets the end of the stream or the error itself,
         * which is how the managed engine learns about it (it ignores Close on its own). */
        if (e & EPOLLHUP) e = (e & ~(uint32_t)EPOLLHUP) | EPOLLIN | EPOLLOUT;
        int32_t out = 0;
        if (e & EPOLLIN) out |= SOCKET_EVENTS_READ;
        if (e & EPOLLOUT) out |= SOCKET_EVENTS_WRITE;
        if (e & EPOLLRDHUP) out |= SOCKET_EVENTS_READ_CLOSE;
        if (e & EPOLLERR) out |= SOCKET_EVENTS_ERROR;
        buffer[i].data = (uintptr_t)events[i].data.ptr;
        buffer[i].events = out;
        buffer[i].padding = 0;
    }
    *count = n;
    return 0;
}

/* O_NONBLOCK of a descriptor (the socket engine puts pipes in non-blocking mode). */
int32_t SystemNative_FcntlGetIsNonBlocking(intptr_t fd, int32_t *isNonBlocking) {
    int flags = fcntl((int)fd, F_GETFL);
    if (flags < 0) return -1;
    *isNonBlocking = (flags & O_NONBLOCK) != 0;
    return 0;
}

int32_t SystemNative_FcntlSetIsNonBlocking(intptr_t fd, int32_t isNonBlocking) {
    int flags = fcntl((int)fd, F_GETFL);
    if (flags < 0) return -1;
    flags = isNonBlocking ? flags | O_NONBLOCK : flags & ~O_NONBLOCK;
    return fcntl((int)fd, F_SETFL, flags);
}
