/*
 * Exceptions: throwing (explicit propagation, see dotnative.h), runtime-raised exceptions
 * created through dn_managed_hooks.new_exception, and the end of the process for unhandled
 * exceptions, FailFast and internal errors — with the texts dotnet prints.
 */
#include "internal.h"

#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* ---- stderr and abort ---- */

void dn_write_stderr(const char *buf, size_t len) {
    while (len > 0) {
        ssize_t n = write(2, buf, len);
        if (n < 0) {
            if (errno == EINTR) continue;
            return;
        }
        buf += n;
        len -= (size_t)n;
    }
}

void dn_write_stderr_str(const char *s) { dn_write_stderr(s, strlen(s)); }

void dn_write_stderr_string(const DnString *s) {
    if (s == NULL) return;
    size_t len = 0;
    char *utf8 = dn_utf16_to_utf8(s->chars, (size_t)s->length, &len);
    if (utf8 == NULL) return;
    dn_write_stderr(utf8, len);
    free(utf8);
}

DN_NORETURN void dn_abort(void) {
    fflush(NULL);
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = SIG_DFL;
    sigaction(SIGABRT, &sa, NULL);
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGABRT);
    pthread_sigmask(SIG_UNBLOCK, &set, NULL);
    abort();
}

void dn_fatal(const char *fmt, ...) {
    char buf[1024];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    if (n < 0) n = 0;
    if ((size_t)n >= sizeof buf) n = (int)sizeof buf - 1;
    dn_write_stderr_str("dotnative: fatal error: ");
    dn_write_stderr(buf, (size_t)n);
    dn_write_stderr_str("\n");
    dn_abort();
}

/* ---- throwing ---- */

void dn_throw(DnObject *ex) {
    if (ex == NULL) {
        dn_throw_null_reference();
        return;
    }
    dn_stack_trace_on_throw(ex);
    dn_thread_self->pending_exception = NULL;
    dn_eh_first_pass(ex);
    dn_thread_self->pending_exception = ex;
}

static const char *const kind_names[DN_EXC_KIND_COUNT] = {
    [DN_EXC_NULL_REFERENCE] = "System.NullReferenceException",
    [DN_EXC_INDEX_OUT_OF_RANGE] = "System.IndexOutOfRangeException",
    [DN_EXC_INVALID_CAST] = "System.InvalidCastException",
    [DN_EXC_DIVIDE_BY_ZERO] = "System.DivideByZeroException",
    [DN_EXC_OVERFLOW] = "System.OverflowException",
    [DN_EXC_ARRAY_TYPE_MISMATCH] = "System.ArrayTypeMismatchException",
    [DN_EXC_OUT_OF_MEMORY] = "System.OutOfMemoryException",
    [DN_EXC_ARITHMETIC] = "System.ArithmeticException",
    [DN_EXC_NOT_SUPPORTED] = "System.NotSupportedException",
    [DN_EXC_PLATFORM_NOT_SUPPORTED] = "System.PlatformNotSupportedException",
    [DN_EXC_INVALID_PROGRAM] = "System.InvalidProgramException",
    [DN_EXC_ENTRY_POINT_NOT_FOUND] = "System.EntryPointNotFoundException",
    [DN_EXC_AMBIGUOUS_IMPLEMENTATION] = "System.Runtime.AmbiguousImplementationException",
    [DN_EXC_MISSING_METHOD] = "System.MissingMethodException",
    [DN_EXC_TYPE_LOAD] = "System.TypeLoadException",
    [DN_EXC_INSUFFICIENT_EXECUTION_STACK] = "System.InsufficientExecutionStackException",
    [DN_EXC_INVALID_OPERATION] = "System.InvalidOperationException",
    [DN_EXC_ARGUMENT] = "System.ArgumentException",
    [DN_EXC_ARGUMENT_NULL] = "System.ArgumentNullException",
    [DN_EXC_ARGUMENT_OUT_OF_RANGE] = "System.ArgumentOutOfRangeException",
    [DN_EXC_THREAD_STATE] = "System.Threading.ThreadStateException",
    [DN_EXC_SYNCHRONIZATION_LOCK] = "System.Threading.SynchronizationLockException",
};

DN_NORETURN static void out_of_memory_fatal(void) {
    /* What dotnet prints for an unhandled OutOfMemoryException. */
    dn_write_stderr_str("Out of memory.\n");
    dn_abort();
}

DnObject *dn_new_exception(DnExceptionKind kind, const char *message_utf8) {
    DnThread *t = dn_thread_self;
    if (t->creating_exception > 4) {
        /* Creating the exception keeps raising runtime exceptions. */
        if (kind == DN_EXC_OUT_OF_MEMORY) out_of_memory_fatal();
        dn_fatal("recursive failure while creating %s", (unsigned)kind < DN_EXC_KIND_COUNT ? kind_names[kind] : "an exception");
    }
    t->creating_exception++;
    t->pending_exception = NULL; /* the new exception replaces any pending one; the hook runs clean */
    DnObject *ex = NULL;
    DnString *message = NULL;
    if (message_utf8 != NULL) message = dn_string_from_utf8(message_utf8, strlen(message_utf8));
    if (!dn_exception_pending() && dn_managed_hooks.new_exception != NULL) ex = dn_managed_hooks.new_exception(kind, message);
    t->creating_exception--;
    if (dn_exception_pending()) {
        /* Creating it threw (typically OutOfMemoryException): that exception wins. */
        return NULL;
    }
    if (ex == NULL) {
        if (kind == DN_EXC_OUT_OF_MEMORY) out_of_memory_fatal();
        dn_fatal("the program cannot create %s", (unsigned)kind < DN_EXC_KIND_COUNT ? kind_names[kind] : "an exception");
    }
    return ex;
}

void dn_throw_kind(DnExceptionKind kind, const char *message_utf8) {
    DnObject *ex = dn_new_exception(kind, message_utf8);
    if (ex == NULL) return;
    dn_eh_first_pass(ex);
    dn_thread_self->pending_exception = ex;
}

void dn_throw_null_reference(void) { dn_throw_kind(DN_EXC_NULL_REFERENCE, NULL); }
void dn_throw_index_out_of_range(void) { dn_throw_kind(DN_EXC_INDEX_OUT_OF_RANGE, NULL); }
void dn_throw_divide_by_zero(void) { dn_throw_kind(DN_EXC_DIVIDE_BY_ZERO, NULL); }
void dn_throw_overflow(void) { dn_throw_kind(DN_EXC_OVERFLOW, NULL); }
void dn_throw_array_type_mismatch(void) { dn_throw_kind(DN_EXC_ARRAY_TYPE_MISMATCH, NULL); }
void dn_throw_out_of_memory(void) { dn_throw_kind(DN_EXC_OUT_OF_MEMORY, NULL); }

void dn_throw_invalid_cast(const DnMethodTable *from, const DnMethodTable *to) {
    const char *a = from != NULL && from->name != NULL ? from->name : "?";
    const char *b = to != NULL && to->name != NULL ? to->name : "?";
    size_t n = strlen(a) + strlen(b) + 64;
    char *msg = malloc(n);
    if (msg == NULL) {
        dn_throw_out_of_memory();
        return;
    }
    snprintf(msg, n, "Unable to cast object of type '%s' to type '%s'.", a, b);
    dn_throw_kind(DN_EXC_INVALID_CAST, msg);
    free(msg);
}

/* ---- the end of the process ---- */

static pthread_mutex_t dying_lock = PTHREAD_MUTEX_INITIALIZER;

static bool is_out_of_memory(const DnObject *ex) {
    const DnMethodTable *oom = dn_managed_hooks.out_of_memory_exception_mt;
    if (oom == NULL) return false;
    for (const DnMethodTable *mt = ex->mt; mt != NULL; mt = mt->parent)
        if (mt == oom) return true;
    return false;
}

void dn_unhandled_exception(DnObject *ex) {
    /* The first thread to get here reports; any other one waits forever (the process is about
     * to end). */
    pthread_mutex_lock(&dying_lock);
    DnThread *t = dn_thread_self;
    t->pending_exception = NULL;
    if (dn_managed_hooks.on_unhandled_exception != NULL) {
        dn_managed_hooks.on_unhandled_exception(ex);
        t->pending_exception = NULL;
    }
    if (ex != NULL && is_out_of_memory(ex)) {
        dn_write_stderr_str("Out of memory.\n");
        dn_abort();
    }
    DnString *text = NULL;
    if (ex != NULL && dn_managed_hooks.exception_to_string != NULL) text = dn_managed_hooks.exception_to_string(ex);
    if (t->pending_exception != NULL || text == NULL) {
        t->pending_exception = NULL;
        dn_write_stderr_str("\n   Cannot print exception string because Exception.ToString() failed.\n");
        dn_abort();
    }
    dn_write_stderr_str("Unhandled exception. ");
    dn_write_stderr_string(text);
    dn_write_stderr_str("\n");
    dn_abort();
}

void dn_fail_fast_chars(const uint16_t *message) {
    pthread_mutex_lock(&dying_lock);
    dn_write_stderr_str("Process terminated.\n");
    if (message != NULL) {
        size_t n = 0;
        while (message[n] != 0) n++;
        size_t len = 0;
        char *utf8 = dn_utf16_to_utf8(message, n, &len);
        if (utf8 != NULL) {
            dn_write_stderr(utf8, len);
            dn_write_stderr_str("\n");
            free(utf8);
        }
    }
    dn_abort();
}

void dn_fail_fast(DnString *message) {
    pthread_mutex_lock(&dying_lock);
    dn_write_stderr_str("Process terminated.\n");
    if (message != NULL) {
        dn_write_stderr_string(message);
        dn_write_stderr_str("\n");
    }
    dn_abort();
}
