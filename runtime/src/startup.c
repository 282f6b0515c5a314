/*
 * Start-up and exit: dn_main (the process entry main.c calls) and Environment.Exit.
 *
 * Order, as dotnet does it: runtime set-up (SIGPIPE ignored, GC, main thread, stack overflow
 * handler, the finalizer thread), Main's string[] args, the program's initialize hook, Main, then waiting
 * for foreground threads, then the process-exit hook (AppDomain.ProcessExit), then exit with
 * Main's return value. Finalizers of live objects do not run at exit.
 */
#include "internal.h"

#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int saved_argc;
static char **saved_argv;
static int exit_started;

int dn_get_argc(void) { return saved_argc; }
char **dn_get_argv(void) { return saved_argv; }

static void check_unhandled(void) {
    if (DN_UNLIKELY(dn_exception_pending())) dn_unhandled_exception(dn_catch());
}

static DnArray *make_args(int argc, char **argv) {
    intptr_t n = argc > 1 ? argc - 1 : 0;
    DnArray *args = dn_alloc_array(dn_managed_hooks.string_array_mt, n);
    if (args == NULL) return NULL;
    for (intptr_t i = 0; i < n; i++) {
        const char *a = argv[i + 1];
        DnString *s = dn_string_from_utf8(a, strlen(a));
        if (s == NULL) return NULL;
        DN_STORE_REF(&DN_ARRAY_DATA(args, DnString *)[i], s);
    }
    return args;
}

static void run_process_exit(void) {
    if (__atomic_exchange_n(&exit_started, 1, __ATOMIC_ACQ_REL)) return;
    if (dn_managed_hooks.on_process_exit != NULL) {
        dn_managed_hooks.on_process_exit();
        check_unhandled();
    }
}

int dn_main(int argc, char **argv) {
    saved_argc = argc;
    saved_argv = argv;
    if (dn_managed_hooks.abi_version != DN_ABI_VERSION)
        dn_fatal("the program was compiled for runtime ABI %u, this runtime implements %u", dn_managed_hooks.abi_version,
                 (unsigned)DN_ABI_VERSION);

    /* dotnet ignores SIGPIPE: a write to a closed pipe fails with EPIPE (which Console
     * ignores) instead of killing the process. */
    signal(SIGPIPE, SIG_IGN);
    dn_gc_init();
    dn_threads_init_main();      /* thread id 1 */
    dn_stack_overflow_install(); /* after GC_INIT, which may probe memory with its own handler */
    dn_gc_start_finalizer_thread(); /* thread id 2, as in CoreCLR */
    dn_threads_reserve_ids(1);   /* CoreCLR's third start-up thread: user threads start at 4 */

    DnArray *args = make_args(argc, argv);
    check_unhandled();
    if (dn_managed_hooks.initialize != NULL) {
        dn_managed_hooks.initialize();
        check_unhandled();
    }
    int32_t rc = dn_managed_hooks.main(args);
    check_unhandled();

    dn_threads_wait_foreground();
    run_process_exit();
    fflush(NULL);
    return (int)rc;
}

void dn_exit(int32_t code) {
    run_process_exit();
    fflush(NULL);
    exit((int)code);
}
