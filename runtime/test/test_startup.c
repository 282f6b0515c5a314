/*
 * Start-up, exit and the ways a process ends, one mode per run (argv[1]); runtime.test.ts
 * checks stdout, stderr and the exit status of each against what dotnet does.
 */
#include "fake_program.h"

#include <errno.h>
#include <pthread.h>
#include <stdlib.h>
#include <unistd.h>

static volatile int never = -1;

__attribute__((noinline)) static int recurse(int n) {
    volatile char pad[200];
    pad[0] = (char)n;
    if (n == never) return 0;
    return recurse(n + 1) + pad[0];
}

static void throw_new(DnExceptionKind kind, const char *message, DnObject *inner) {
    dn_throw(fake_new_exception(fake_exception_mt(kind), message, inner));
}

static void overflow_thread(void *arg) {
    (void)arg;
    printf("%d\n", recurse(0));
}

static void throwing_thread(void *arg) {
    (void)arg;
    throw_new(DN_EXC_ARGUMENT, "from a thread", NULL);
}

static void sleepy_thread(void *arg) {
    (void)arg;
    usleep(200 * 1000);
    printf("[thread done]\n");
    fflush(stdout);
}

static void Throwing_Finalize(DnObject *obj) {
    (void)obj;
    throw_new(DN_EXC_INVALID_OPERATION, "from a finalizer", NULL);
}
DnMethodTable ThrowingFinalizer_MT = {
    .flags = DN_MT_FLAG_HAS_FINALIZER, .base_size = 24, .parent = &Object_MT, .name = "Test.ThrowingFinalizer",
    .finalizer = Throwing_Finalize,
};

__attribute__((noinline)) static void make_finalizable(void) {
    for (int i = 0; i < 100; i++) (void)dn_alloc_object(&ThrowingFinalizer_MT);
}

__attribute__((noinline)) static void deep_exit(int depth, int code) {
    if (depth == never) return;
    if (depth == 0) dn_exit(code);
    deep_exit(depth - 1, code);
}

static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t cond = PTHREAD_COND_INITIALIZER;
static int32_t thread_hash, thread_id;
static void hash_thread(void *arg) {
    (void)arg;
    pthread_mutex_lock(&lock);
    thread_id = dn_current_thread()->thread_id;
    thread_hash = dn_object_get_hashcode(dn_alloc_object(&Object_MT));
    pthread_cond_signal(&cond);
    pthread_mutex_unlock(&lock);
}

static bool is(const char *mode, const char *name) { return strcmp(mode, name) == 0; }

int32_t test_main(DnArray *args) {
    const char *mode = args->length > 0 ? fake_utf8(DN_ARRAY_DATA(args, DnString *)[0]) : "";
    char m[64];
    snprintf(m, sizeof m, "%s", mode);
    mode = m;
    const char *arg1 = args->length > 1 ? fake_utf8(DN_ARRAY_DATA(args, DnString *)[1]) : "0";

    if (is(mode, "exit-code")) return atoi(arg1);
    if (is(mode, "args")) {
        for (uint32_t i = 1; i < args->length; i++) {
            DnString *s = DN_ARRAY_DATA(args, DnString *)[i];
            printf("%d:", s->length);
            for (int32_t j = 0; j < s->length; j++) printf(" %04X", s->chars[j]);
            printf(" |%s|\n", fake_utf8(s));
        }
        return 0;
    }
    if (is(mode, "throw")) {
        throw_new(DN_EXC_INVALID_OPERATION, "boom", NULL);
        return 0;
    }
    if (is(mode, "throw-nested")) {
        fake_print_unhandled_handler = 1;
        DnObject *inner = fake_new_exception(fake_exception_mt(DN_EXC_ARGUMENT), "inner", NULL);
        throw_new(DN_EXC_INVALID_OPERATION, "outer", inner);
        return 0;
    }
    if (is(mode, "null-reference")) {
        dn_throw_null_reference();
        return 0;
    }
    if (is(mode, "oom")) {
        throw_new(DN_EXC_OUT_OF_MEMORY, "custom message", NULL);
        return 0;
    }
    if (is(mode, "tostring-fails")) {
        dn_throw(fake_new_exception(&BadToStringException_MT, "x", NULL));
        return 0;
    }
    if (is(mode, "stack-overflow")) return recurse(0);
    if (is(mode, "stack-overflow-thread")) {
        dn_thread_start(overflow_thread, NULL, 0, false, NULL);
        return 0; /* the foreground thread keeps the process alive until it dies */
    }
    if (is(mode, "thread-throw")) {
        dn_thread_start(throwing_thread, NULL, 0, false, NULL);
        return 0;
    }
    if (is(mode, "finalizer-throw")) {
        make_finalizable();
        fake_scrub_stack();
        dn_gc_collect();
        dn_gc_wait_for_pending_finalizers();
        sleep(5); /* the finalizer thread ends the process */
        return 0;
    }
    if (is(mode, "exit")) {
        fake_process_exit_text = "[process exit]\n";
        printf("[before exit]\n");
        deep_exit(10, atoi(arg1));
        printf("[not reached]\n");
        return 0;
    }
    if (is(mode, "foreground")) {
        fake_process_exit_text = "[process exit]\n";
        dn_thread_start(sleepy_thread, NULL, 0, false, NULL);
        printf("[main returns]\n");
        fflush(stdout);
        return 3;
    }
    if (is(mode, "failfast")) {
        dn_fail_fast(fake_str("bye now"));
        return 0;
    }
    if (is(mode, "sigpipe")) {
        int fds[2];
        if (pipe(fds) != 0) return 98;
        close(fds[0]);
        ssize_t n = write(fds[1], "x", 1); /* without SIGPIPE ignored, the process dies here */
        printf("write: %zd %s\n", n, n < 0 && errno == EPIPE ? "EPIPE" : "?");
        return 5;
    }
    if (is(mode, "segv")) {
        volatile int *volatile p = (int *)16;
        *p = 1;
        return 0;
    }
    if (is(mode, "hash")) {
        printf("main %d %d\n", dn_current_thread()->thread_id, dn_object_get_hashcode(dn_alloc_object(&Object_MT)));
        pthread_mutex_lock(&lock);
        dn_thread_start(hash_thread, NULL, 0, true, NULL);
        while (thread_hash == 0) pthread_cond_wait(&cond, &lock);
        pthread_mutex_unlock(&lock);
        printf("thread %d %d\n", thread_id, thread_hash);
        return 0;
    }
    if (is(mode, "")) {
        /* Plain run: what start-up set up. */
        CHECK(args->mt == &StringArray_MT && args->length == 0);
        CHECK(dn_get_argc() == 1 && dn_get_argv() != NULL && dn_get_argv()[1] == NULL);
        DnThread *t = dn_current_thread();
        CHECK(t != NULL && t->thread_id == 1 && t->pending_exception == NULL && !t->exited);
        CHECK(t->stack_low != 0 && t->stack_low < (uintptr_t)&t && (uintptr_t)&t < t->stack_high);
        CHECK(t->alt_stack != NULL);
        CHECK(dn_sufficient_execution_stack());
        CHECK(!dn_gc_is_finalizer_thread());
        fake_section("start-up: args, main thread, stack bounds, signal stack");
        return fake_finish();
    }
    printf("unknown mode %s\n", mode);
    return 99;
}
