/*
 * Threads that run managed code: their DnThread records, thread ids and hash code seeds (as
 * CoreCLR assigns them), GC registration, foreground-thread accounting.
 */
#define GC_THREADS 1
#include <gc/gc.h> /* redirects pthread_create to GC_pthread_create */

#include "internal.h"

#include <errno.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

_Thread_local DnThread *dn_thread_self;

static pthread_mutex_t threads_lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t foreground_done = PTHREAD_COND_INITIALIZER;
static pthread_cond_t thread_exited = PTHREAD_COND_INITIALIZER; /* broadcast when any thread ends */
static DnThread thread_list = {.next = &thread_list, .prev = &thread_list};
static int32_t next_thread_id = 1;
/* CoreCLR: "static DWORD dwHashCodeSeed = 123456789;" advanced by a linear congruential step
 * for every new Thread; each thread then draws hash codes with multiplier thread_id*4+5. With
 * the same ids, RuntimeHelpers.GetHashCode returns the values dotnet returns. */
static uint32_t hash_code_seed = 123456789u;
static int foreground_running;

static void next_identity(int32_t *id, uint32_t *seed) {
    hash_code_seed = hash_code_seed * 1566083941u + 1u;
    *seed = hash_code_seed;
    *id = next_thread_id++;
}

DnThread *dn_thread_new_record(void) {
    DnThread *t = dn_gc_alloc(sizeof *t); /* zeroed; kept alive by thread_list once bound */
    if (t == NULL) dn_fatal("out of memory creating a thread");
    pthread_mutex_lock(&threads_lock);
    next_identity(&t->thread_id, &t->hash_seed);
    pthread_mutex_unlock(&threads_lock);
    return t;
}

void dn_threads_reserve_ids(int count) {
    pthread_mutex_lock(&threads_lock);
    for (int i = 0; i < count; i++) {
        int32_t id;
        uint32_t seed;
        next_identity(&id, &seed);
    }
    pthread_mutex_unlock(&threads_lock);
}

void dn_thread_bind(DnThread *t) {
    dn_thread_self = t;
    dn_stack_overflow_thread_init(t);
    pthread_mutex_lock(&threads_lock);
    t->next = thread_list.next;
    t->prev = &thread_list;
    thread_list.next->prev = t;
    thread_list.next = t;
    pthread_mutex_unlock(&threads_lock);
}

void dn_thread_unbind(DnThread *t) {
    pthread_mutex_lock(&threads_lock);
    t->prev->next = t->next;
    t->next->prev = t->prev;
    t->next = t->prev = NULL;
    t->exited = 1;
    pthread_cond_broadcast(&thread_exited);
    pthread_mutex_unlock(&threads_lock);
    dn_stack_overflow_thread_fini(t);
    dn_thread_self = NULL;
}

void dn_threads_init_main(void) {
    DnThread *t = dn_thread_new_record();
    t->started = 1;
    dn_thread_bind(t);
}

/* ---- dn_thread_start ---- */

typedef struct StartInfo {
    DnThreadEntry entry;
    void *arg; /* may be a GC reference: StartInfo is uncollectable, so it stays alive */
    DnThread *thread;
} StartInfo;

static void *thread_main(void *p) {
    StartInfo *info = p;
    DnThreadEntry entry = info->entry;
    void *arg = info->arg;
    DnThread *t = info->thread;
    dn_gc_free_uncollectable(info);
    dn_thread_bind(t);
    entry(arg);
    if (DN_UNLIKELY(t->pending_exception != NULL)) dn_unhandled_exception(dn_catch());
    pthread_mutex_lock(&threads_lock);
    if (!t->is_background && --foreground_running == 0) pthread_cond_broadcast(&foreground_done);
    t->is_background = 1; /* counted out */
    pthread_mutex_unlock(&threads_lock);
    dn_thread_unbind(t);
    return NULL;
}

DnThread *dn_thread_create(DnObject *managed_thread) {
    DnThread *t = dn_thread_new_record();
    t->managed_thread = managed_thread;
    return t;
}

int dn_thread_run(DnThread *t, DnThreadEntry entry, void *arg, size_t stack_size) {
    /* stack_size 0: glibc's default (RLIMIT_STACK, usually 8 MiB), which is what a .NET 10
     * thread gets too (the same recursion depth overflows on the main and on a new thread). */
    if (stack_size != 0 && stack_size < 256 * 1024) stack_size = 256 * 1024;
    StartInfo *info = dn_gc_alloc_uncollectable(sizeof *info);
    if (info == NULL) return ENOMEM;
    info->entry = entry;
    info->arg = arg;
    info->thread = t;
    bool background = t->is_background != 0;

    pthread_attr_t attr;
    pthread_attr_init(&attr);
    if (stack_size != 0) pthread_attr_setstacksize(&attr, stack_size);
    /* A guard region larger than one page, so that a big frame cannot jump over it. */
    pthread_attr_setguardsize(&attr, 64 * 1024);
    pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
    pthread_mutex_lock(&threads_lock);
    if (!background) foreground_running++;
    t->started = 1;
    pthread_mutex_unlock(&threads_lock);
    pthread_t tid;
    int err = pthread_create(&tid, &attr, thread_main, info);
    pthread_attr_destroy(&attr);
    if (err != 0) {
        pthread_mutex_lock(&threads_lock);
        if (!background) foreground_running--;
        t->started = 0;
        pthread_mutex_unlock(&threads_lock);
        dn_gc_free_uncollectable(info);
    }
    return err;
}

int dn_thread_start(DnThreadEntry entry, void *arg, size_t stack_size, bool background, DnThread **out) {
    DnThread *t = dn_thread_new_record();
    t->is_background = background;
    int err = dn_thread_run(t, entry, arg, stack_size);
    if (out != NULL) *out = err == 0 ? t : NULL;
    return err;
}

void dn_deadline_after_ms(struct timespec *deadline, int32_t ms) {
    clock_gettime(CLOCK_REALTIME, deadline);
    deadline->tv_sec += ms / 1000;
    deadline->tv_nsec += (long)(ms % 1000) * 1000000L;
    if (deadline->tv_nsec >= 1000000000L) {
        deadline->tv_sec++;
        deadline->tv_nsec -= 1000000000L;
    }
}

bool dn_thread_join(DnThread *t, int32_t timeout_ms) {
    struct timespec deadline;
    if (timeout_ms >= 0) dn_deadline_after_ms(&deadline, timeout_ms);
    pthread_mutex_lock(&threads_lock);
    int r = 0;
    while (!t->exited && r == 0) {
        if (timeout_ms < 0) r = pthread_cond_wait(&thread_exited, &threads_lock);
        else r = pthread_cond_timedwait(&thread_exited, &threads_lock, &deadline);
    }
    bool done = t->exited != 0;
    pthread_mutex_unlock(&threads_lock);
    return done;
}

void dn_thread_set_background(DnThread *t, bool background) {
    pthread_mutex_lock(&threads_lock);
    if (!t->started) {
        t->is_background = background; /* counted when it starts */
    } else if (!t->exited && (bool)t->is_background != background) {
        t->is_background = background;
        if (background) {
            if (--foreground_running == 0) pthread_cond_broadcast(&foreground_done);
        } else {
            foreground_running++;
        }
    }
    pthread_mutex_unlock(&threads_lock);
}

void dn_threads_wait_foreground(void) {
    pthread_mutex_lock(&threads_lock);
    while (foreground_running > 0) pthread_cond_wait(&foreground_done, &threads_lock);
    pthread_mutex_unlock(&threads_lock);
}

/* ---- foreign threads ---- */

static _Thread_local bool attached_to_gc;

DnThread *dn_thread_attach(void) {
    if (dn_thread_self != NULL) return dn_thread_self;
    attached_to_gc = dn_gc_thread_attach(NULL);
    DnThread *t = dn_thread_new_record();
    t->is_background = 1;
    t->started = 1;
    dn_thread_bind(t);
    return t;
}

void dn_thread_detach(void) {
    DnThread *t = dn_thread_self;
    if (t == NULL) return;
    dn_thread_unbind(t);
    if (attached_to_gc) {
        attached_to_gc = false;
        dn_gc_thread_detach();
    }
}

bool dn_sufficient_execution_stack(void) {
    DnThread *t = dn_thread_self;
    uintptr_t sp = (uintptr_t)__builtin_frame_address(0);
    if (t == NULL || t->stack_low == 0) return true;
    return sp > t->stack_low && sp - t->stack_low >= 128 * 1024;
}
