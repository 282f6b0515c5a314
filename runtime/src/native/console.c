/*
 * Terminal and signals for System.Console (System.Native's pal_console, pal_signal): tty
 * queries, the terminal settings Console.ReadKey changes and restores, control characters,
 * stdin reads.
 *
 * Signal handling is minimal: PosixSignalRegistration / Console.CancelKeyPress register their
 * handler but the runtime installs no signal handlers, so SIGINT/SIGTERM keep their default
 * action (the process ends, as it does under dotnet when no handler cancels the signal).
 */
#define _GNU_SOURCE
#include "dn_system_native.h"

#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <stdbool.h>
#include <string.h>
#include <sys/ioctl.h>
#include <termios.h>
#include <unistd.h>

static bool have_initial_termios;
static struct termios initial_termios;
static bool termios_changed;
static void (*terminal_invalidation_handler)(void);
static int32_t (*posix_signal_handler)(int32_t, int32_t);

int32_t SystemNative_IsATty(intptr_t fd) { return isatty((int)fd); }

int32_t SystemNative_GetWindowSize(intptr_t fd, struct DnSysWinSize *windowSize) {
    struct winsize ws;
    int r = ioctl((int)fd, TIOCGWINSZ, &ws);
    if (r == 0) {
        windowSize->Row = ws.ws_row;
        windowSize->Col = ws.ws_col;
        windowSize->XPixel = ws.ws_xpixel;
        windowSize->YPixel = ws.ws_ypixel;
    } else {
        memset(windowSize, 0, sizeof *windowSize);
    }
    return r;
}

int32_t SystemNative_InitializeTerminalAndSignalHandling(void) {
    if (!have_initial_termios && tcgetattr(STDIN_FILENO, &initial_termios) == 0) have_initial_termios = true;
    return 1;
}

void SystemNative_SetTerminalInvalidationHandler(void *callback) {
    terminal_invalidation_handler = (void (*)(void))callback;
    (void)terminal_invalidation_handler;
}

void SystemNative_UninitializeTerminal(void) {
    if (have_initial_termios && termios_changed) {
        tcsetattr(STDIN_FILENO, TCSANOW, &initial_termios);
        termios_changed = false;
    }
}

void SystemNative_SetKeypadXmit(intptr_t fd, const char *terminfoString) {
    if (terminfoString == NULL) return;
    size_t len = strlen(terminfoString);
    for (size_t off = 0; off < len;) {
        ssize_t n = write((int)fd, terminfoString + off, len - off);
        if (n < 0) {
            if (errno == EINTR) continue;
            return;
        }
        off += (size_t)n;
    }
}

/* PAL_V* (Interop.Sys.ControlCharacterNames) to the c_cc index, -1 when Linux has none. */
static int control_index(int32_t name) {
    switch (name) {
    case 0: return VINTR;
    case 1: return VQUIT;
    case 2: return VERASE;
    case 3: return VKILL;
    case 4: return VEOF;
    case 5: return VTIME;
    case 6: return VMIN;
    case 7: return VSWTC;
    case 8: return VSTART;
    case 9: return VSTOP;
    case 10: return VSUSP;
    case 11: return VEOL;
    case 12: return VREPRINT;
    case 13: return VDISCARD;
    case 14: return VWERASE;
    case 15: return VLNEXT;
    case 16: return VEOL2;
    default: return -1;
    }
}

void SystemNative_GetControlCharacters(int32_t *controlCharacterNames, uint8_t *controlCharacterValues, int32_t controlCharacterLength, uint8_t *posixDisableValue) {
    *posixDisableValue = _POSIX_VDISABLE;
    struct termios t;
    bool ok = tcgetattr(STDIN_FILENO, &t) == 0;
    for (int32_t i = 0; i < controlCharacterLength; i++) {
        int idx = control_index(controlCharacterNames[i]);
        controlCharacterValues[i] = ok && idx >= 0 ? t.c_cc[idx] : 0;
    }
}

int32_t SystemNative_StdinReady(void) {
    struct pollfd fd = {.fd = STDIN_FILENO, .events = POLLIN, .revents = 0};
    return poll(&fd, 1, 0) > 0 && (fd.revents & POLLIN) != 0;
}

void SystemNative_InitializeConsoleBeforeRead(uint8_t minChars, uint8_t decisecondsTimeout) {
    struct termios t;
    if (tcgetattr(STDIN_FILENO, &t) != 0) return;
    if (!have_initial_termios) {
        initial_termios = t;
        have_initial_termios = true;
    }
    t.c_iflag &= ~(tcflag_t)(IXON | IXOFF);
    t.c_lflag &= ~(tcflag_t)(ECHO | ICANON | IEXTEN);
    t.c_cc[VMIN] = minChars;
    t.c_cc[VTIME] = decisecondsTimeout;
    if (tcsetattr(STDIN_FILENO, TCSANOW, &t) == 0) termios_changed = true;
}

void SystemNative_UninitializeConsoleAfterRead(void) { SystemNative_UninitializeTerminal(); }

int32_t SystemNative_ReadStdin(void *buffer, int32_t bufferSize) {
    ssize_t n;
    while ((n = read(STDIN_FILENO, buffer, (size_t)bufferSize)) < 0 && errno == EINTR) {
    }
    return (int32_t)n;
}

int32_t SystemNative_GetSignalForBreak(void) {
    struct termios t;
    if (tcgetattr(STDIN_FILENO, &t) != 0) return 1;
    return (t.c_lflag & ISIG) != 0;
}

int32_t SystemNative_SetSignalForBreak(int32_t signalForBreak) {
    struct termios t;
    if (tcgetattr(STDIN_FILENO, &t) != 0) return 0;
    if (signalForBreak)
        t.c_lflag |= ISIG;
    else
        t.c_lflag &= ~(tcflag_t)ISIG;
    if (tcsetattr(STDIN_FILENO, TCSANOW, &t) != 0) return 0;
    termios_changed = true;
    return 1;
}

/* System.Runtime.InteropServices.PosixSignal (negative) or a raw signal number (positive). */
int32_t SystemNative_GetPlatformSignalNumber(int32_t signal) {
    switch (signal) {
    case -1: return SIGHUP;
    case -2: return SIGINT;
    case -3: return SIGQUIT;
    case -4: return SIGTERM;
    case -5: return SIGCHLD;
    case -6: return SIGCONT;
    case -7: return SIGWINCH;
    case -8: return SIGTTIN;
    case -9: return SIGTTOU;
    case -10: return SIGTSTP;
    default: return signal > 0 && signal < NSIG ? signal : 0;
    }
}

void SystemNative_SetPosixSignalHandler(void *signalHandler) {
    posix_signal_handler = (int32_t (*)(int32_t, int32_t))signalHandler;
    (void)posix_signal_handler;
}

int32_t SystemNative_EnablePosixSignalHandling(int32_t signalCode) {
    (void)signalCode;
    return 1;
}

void SystemNative_DisablePosixSignalHandling(int32_t signalCode) { (void)signalCode; }

void SystemNative_HandleNonCanceledPosixSignal(int32_t signalCode) {
    signal(signalCode, SIG_DFL);
    raise(signalCode);
}
