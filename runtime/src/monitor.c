/*
 * Monitors (C# `lock`, System.Threading.Monitor): a thin lock in the object header's lock_word
 * — the owner's thread id in the low 16 bits, the recursion count in the high 16, 0 when free —
 * taken with one compare-and-swap, spinning then yielding under contention. Wait/Pulse use
 * condition queues keyed by the object's address (Boehm does not move objects), created when a
 * thread first waits on an object and freed when nobody waits any more.
 */
#include "internal.h"

#include <pthread.h>
#include <sched.h>
#include <stdlib.h>
#include <time.h>

#define OWNER(w) ((w) & 0xFFFFu)
#define ONE_LEVEL 0x10000u

static uint32_t *lock_word(DnObject *obj) { return &dn_object_header(obj)->lock_word; }
static uint32_t self_id(void) { return (uint32_t)dn_thread_self->thread_id & 0xFFFFu; }

bool dn_monitor_try_enter(DnObject *obj) {
    uint32_t *word = lock_word(obj);
    uint32_t tid = self_id();
    uint32_t w = __atomic_load_n(word, __ATOMIC_RELAXED);
    if (w == 0) return __atomic_compare_exchange_n(word, &w, tid | ONE_LEVEL, false, __ATOMIC_ACQUIRE, __ATOMIC_RELAXED);
    if (OWNER(w) == tid && w < 0xFFFF0000u) {
        __atomic_store_n(word, w + ONE_LEVEL, __ATOMIC_RELAXED);
        return true;
    }
    return false;
}

static int64_t now_ms(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

bool dn_monitor_try_enter_for(DnObject *obj, int32_t timeout_ms) {
    int64_t start = timeout_ms > 0 ? now_ms() : 0;
    for (unsigned spins = 0; !dn_monitor_try_enter(obj); spins++) {
        if (timeout_ms == 0) return false;
        if (spins > 64) sched_yield();
        if (timeout_ms > 0 && now_ms() - start >= timeout_ms) return false;
    }
    return true;
}

void dn_monitor_enter(DnObject *obj) { (void)dn_monitor_try_enter_for(obj, -1); }

bool dn_monitor_exit(DnObject *obj) {
    uint32_t *word = lock_word(obj);
    uint32_t w = __atomic_load_n(word, __ATOMIC_RELAXED);
    if (w == 0 || OWNER(w) != self_id()) return false;
    __atomic_store_n(word, (w >> 16) == 1 ? 0 : w - ONE_LEVEL, __ATOMIC_RELEASE);
    return true;
}

bool dn_monitor_is_entered(DnObject *obj) {
    uint32_t w = __atomic_load_n(lock_word(obj), __ATOMIC_RELAXED);
    return w != 0 && OWNER(w) == self_id();
}

/* ---- Wait / Pulse ---- */

typedef struct WaitQueue {
    DnObject *obj;
    int32_t waiters;       /* threads in dn_monitor_wait on obj */
    int32_t signals;       /* pulses not yet taken by a waiter (never more than waiters) */
    struct WaitQueue *next;
} WaitQueue;

static pthread_mutex_t queues_lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t queues_changed = PTHREAD_COND_INITIALIZER;
static WaitQueue *queues; /* malloc'ed: a waiter's stack keeps obj alive */

static WaitQueue *find_queue(DnObject *obj) {
    for (WaitQueue *q = queues; q != NULL; q = q->next)
        if (q->obj == obj) return q;
    return NULL;
}

static void drop_queue(WaitQueue *q) {
    for (WaitQueue **p = &queues; *p != NULL; p = &(*p)->next) {
        if (*p == q) {
            *p = q->next;
            free(q);
            return;
        }
    }
}

int dn_monitor_wait(DnObject *obj, int32_t timeout_ms) {
    uint32_t *word = lock_word(obj);
    uint32_t held = __atomic_load_n(word, __ATOMIC_RELAXED);
    if (held == 0 || OWNER(held) != self_id()) return -1;

    struct timespec deadline;
    if (timeout_ms >= 0) dn_deadline_after_ms(&deadline, timeout_ms);
    pthread_mutex_lock(&queues_lock);
    WaitQueue *q = find_queue(obj);
    if (q == NULL) {
        q = calloc(1, sizeof *q);
        if (q == NULL) dn_fatal("out of memory in Monitor.Wait");
        q->obj = obj;
        q->next = queues;
        queues = q;
    }
    q->waiters++;
    /* Release the lock entirely (all recursion levels) while waiting: a Pulse needs it. */
    __atomic_store_n(word, 0, __ATOMIC_RELEASE);
    int r = 0;
    while (q->signals == 0 && r == 0) {
        if (timeout_ms < 0) r = pthread_cond_wait(&queues_changed, &queues_lock);
        else r = pthread_cond_timedwait(&queues_changed, &queues_lock, &deadline);
    }
    bool signalled = q->signals > 0;
    if (signalled) q->signals--;
    if (--q->waiters == 0) drop_queue(q);
    pthread_mutex_unlock(&queues_lock);

    /* Take the lock back with the recursion count it had. */
    for (unsigned spins = 0;; spins++) {
        uint32_t w = 0;
        if (__atomic_compare_exchange_n(word, &w, held, false, __ATOMIC_ACQUIRE, __ATOMIC_RELAXED)) break;
        if (spins > 64) sched_yield();
    }
    return signalled ? 1 : 0;
}

bool dn_monitor_pulse(DnObject *obj, bool all) {
    if (!dn_monitor_is_entered(obj)) return false;
    pthread_mutex_lock(&queues_lock);
    WaitQueue *q = find_queue(obj);
    if (q != NULL && q->signals < q->waiters) {
        q->signals = all ? q->waiters : q->signals + 1;
        pthread_cond_broadcast(&queues_changed);
    }
    pthread_mutex_unlock(&queues_lock);
    return true;
}
