/*
 * Stack overflow: a thread that runs past the end of its stack faults on the guard region
 * (SIGSEGV, or SIGBUS on some kernels). The handler runs on an alternate signal stack
 * (sigaltstack, one per thread), recognises a fault near the thread's stack limit, prints
 * "Stack overflow." to stderr and aborts — dotnet prints the same line (followed by the
 * repeated managed frames, which dotnative cannot show) and also dies of SIGABRT (exit status
 * 134). Any other fault is re-raised with the default action (the process dies of SIGSEGV).
 */
#define _GNU_SOURCE 1 /* pthread_getattr_np */
#include "internal.h"

#include <pthread.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

/* Faults this far below the stack limit still count as overflow (a large frame can jump over
 * the guard page); and up to this far above (the guard may be inside the reported range). */
#define BELOW_LIMIT_SLACK ((uintptr_t)64 * 1024 * 1024)
#define ABOVE_LIMIT_SLACK ((uintptr_t)256 * 1024)
#define ALT_STACK_SIZE ((size_t)64 * 1024)

static void on_fault(int sig, siginfo_t *info, void *context) {
    (void)context;
    DnThread *t = dn_thread_self;
    uintptr_t addr = (uintptr_t)info->si_addr;
    if (t != NULL && t->stack_low != 0) {
        uintptr_t low = t->stack_low;
        uintptr_t from = low > BELOW_LIMIT_SLACK ? low - BELOW_LIMIT_SLACK : 0;
        if (addr >= from && addr < low + ABOVE_LIMIT_SLACK) {
            static const char msg[] = "Stack overflow.\n";
            dn_write_stderr(msg, sizeof msg - 1);
            dn_abort();
        }
    }
    /* Not ours: fall back to the default action; returning re-executes the faulting
     * instruction, which now kills the process with the original signal. */
    signal(sig, SIG_DFL);
}

void dn_stack_overflow_install(void) {
    static int installed;
    if (installed) return;
    installed = 1;
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_sigaction = on_fault;
    sa.sa_flags = SA_SIGINFO | SA_ONSTACK | SA_NODEFER;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGSEGV, &sa, NULL);
    sigaction(SIGBUS, &sa, NULL);
}

void dn_stack_overflow_thread_init(DnThread *t) {
    pthread_attr_t attr;
    if (pthread_getattr_np(pthread_self(), &attr) == 0) {
        void *addr = NULL;
        size_t size = 0;
        if (pthread_attr_getstack(&attr, &addr, &size) == 0 && addr != NULL) {
            t->stack_low = (uintptr_t)addr;
            t->stack_high = (uintptr_t)addr + size;
        }
        pthread_attr_destroy(&attr);
    }
    void *alt = mmap(NULL, ALT_STACK_SIZE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (alt == MAP_FAILED) return; /* no overflow detection on this thread; everything else works */
    stack_t ss;
    memset(&ss, 0, sizeof ss);
    ss.ss_sp = alt;
    ss.ss_size = ALT_STACK_SIZE;
    if (sigaltstack(&ss, NULL) != 0) {
        munmap(alt, ALT_STACK_SIZE);
        return;
    }
    t->alt_stack = alt;
    t->alt_stack_size = ALT_STACK_SIZE;
}

void dn_stack_overflow_thread_fini(DnThread *t) {
    if (t->alt_stack == NULL) return;
    stack_t ss;
    memset(&ss, 0, sizeof ss);
    ss.ss_flags = SS_DISABLE;
    sigaltstack(&ss, NULL);
    munmap(t->alt_stack, t->alt_stack_size);
    t->alt_stack = NULL;
}
