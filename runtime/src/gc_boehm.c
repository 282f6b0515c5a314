/*
 * The GC interface (dn_gc.h) over the Boehm-Demers-Weiser collector.
 *
 * Configuration (dn_gc_init):
 *   - GC_set_all_interior_pointers(0) + GC_register_displacement(8): heap references point
 *     at allocation+8 (past the object header); stacks, registers and static data may point
 *     anywhere inside an object (Boehm always accepts interior pointers from roots).
 *   - GC_set_finalize_on_demand(1): finalizers never run inside an allocating thread; a
 *     finalizer thread drains the queue when the collector notifies it.
 *   - Short weak handles are cleared by dotnative at GC_EVENT_PRE_START_WORLD (marking
 *     complete, world still stopped), so plain reads of their slots are safe.
 */
#define GC_THREADS 1
#include <gc/gc.h>
#include <gc/gc_mark.h>

#include "internal.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define HEADER_SIZE 8
#define INITIAL_HEAP ((size_t)16 * 1024 * 1024)

static GC_word gc_no_at_start;

/* ---------------------------------------------------------------------------------------------
 * Handles
 * ------------------------------------------------------------------------------------------- */

typedef struct HandleSlot {
    DnObject *target; /* the handle points here (offset 0) */
    int32_t type;     /* DnGcHandleType */
    int32_t in_heap;  /* weak handles: target is a GC heap object (frozen objects never die) */
    struct HandleSlot *prev, *next; /* short weak handles: the registry (malloc memory) */
} HandleSlot;

/* The registry of short weak handles. Modified only under the allocator lock (so the
 * collection callback, which runs with it held, sees a consistent list). The slots are
 * malloc'ed, so the collector does not see their targets. */
static HandleSlot weak_registry = {NULL, 0, 0, &weak_registry, &weak_registry};
static volatile int mark_completed;

static void clear_dead_weak_handles(void) {
    for (HandleSlot *s = weak_registry.next; s != &weak_registry; s = s->next) {
        if (s->target != NULL && s->in_heap && !GC_is_marked((char *)s->target - HEADER_SIZE)) s->target = NULL;
    }
}

static void GC_CALLBACK on_collection_event(GC_EventType e) {
    if (e == GC_EVENT_MARK_END) {
        mark_completed = 1;
    } else if (e == GC_EVENT_PRE_START_WORLD && mark_completed) {
        mark_completed = 0;
        clear_dead_weak_handles();
    }
}

static bool is_heap_object(const DnObject *obj) {
    return obj != NULL && GC_base((void *)obj) == (const char *)obj - HEADER_SIZE;
}

typedef struct {
    HandleSlot *slot;
    DnObject *value;
    DnObject *comparand;
    DnObject *result;
    int32_t in_heap; /* set / compare-exchange: whether value is a heap object */
    int op;          /* 0 link, 1 unlink, 2 set, 3 get, 4 compare-exchange */
} HandleOp;

static void *GC_CALLBACK handle_op_locked(void *arg) {
    HandleOp *op = arg;
    HandleSlot *s = op->slot;
    switch (op->op) {
    case 0:
        s->next = weak_registry.next;
        s->prev = &weak_registry;
        weak_registry.next->prev = s;
        weak_registry.next = s;
        break;
    case 1:
        s->prev->next = s->next;
        s->next->prev = s->prev;
        break;
    case 2:
        s->target = op->value;
        s->in_heap = op->in_heap;
        break;
    case 3:
        op->result = s->target;
        break;
    case 4:
        op->result = s->target;
        if (s->target == op->comparand) {
            s->target = op->value;
            s->in_heap = op->in_heap;
        }
        break;
    }
    return NULL;
}

static DnObject *locked(int kind, HandleSlot *s, DnObject *value, DnObject *comparand) {
    HandleOp op = {s, value, comparand, NULL, is_heap_object(value), kind};
    GC_call_with_alloc_lock(handle_op_locked, &op);
    return op.result;
}

static void long_link_register(HandleSlot *s) {
    if (s->target != NULL && s->in_heap) GC_register_long_link((void **)&s->target, (char *)s->target - HEADER_SIZE);
}

DnGcHandle dn_gc_handle_alloc(DnObject *target, DnGcHandleType type) {
    HandleSlot *s;
    if (type == DN_GC_HANDLE_WEAK || type == DN_GC_HANDLE_WEAK_TRACK_RESURRECTION) {
        s = calloc(1, sizeof *s);
        if (s == NULL) dn_fatal("out of memory allocating a GC handle");
        s->type = (int32_t)type;
        s->in_heap = is_heap_object(target);
        s->target = target;
        if (type == DN_GC_HANDLE_WEAK) locked(0, s, NULL, NULL);
        else long_link_register(s);
    } else {
        s = GC_MALLOC_UNCOLLECTABLE(sizeof *s);
        if (s == NULL) dn_fatal("out of memory allocating a GC handle");
        s->type = (int32_t)type;
        s->target = target;
    }
    return &s->target;
}

static HandleSlot *slot_of(DnGcHandle h) { return (HandleSlot *)(void *)h; }

DnGcHandleType dn_gc_handle_type(DnGcHandle h) { return (DnGcHandleType)slot_of(h)->type; }

void dn_gc_handle_free(DnGcHandle h) {
    if (h == NULL) return;
    HandleSlot *s = slot_of(h);
    switch (s->type) {
    case DN_GC_HANDLE_WEAK:
        locked(1, s, NULL, NULL);
        free(s);
        break;
    case DN_GC_HANDLE_WEAK_TRACK_RESURRECTION:
        GC_unregister_long_link((void **)&s->target);
        free(s);
        break;
    default:
        s->target = NULL;
        GC_FREE(s);
        break;
    }
}

DnObject *dn_gc_handle_get(DnGcHandle h) {
    HandleSlot *s = slot_of(h);
    if (s->type == DN_GC_HANDLE_WEAK_TRACK_RESURRECTION) return locked(3, s, NULL, NULL);
    return __atomic_load_n(&s->target, __ATOMIC_ACQUIRE);
}

void dn_gc_handle_set(DnGcHandle h, DnObject *target) {
    HandleSlot *s = slot_of(h);
    switch (s->type) {
    case DN_GC_HANDLE_WEAK:
        locked(2, s, target, NULL);
        break;
    case DN_GC_HANDLE_WEAK_TRACK_RESURRECTION:
        GC_unregister_long_link((void **)&s->target);
        locked(2, s, target, NULL);
        long_link_register(s);
        break;
    default:
        __atomic_store_n(&s->target, target, __ATOMIC_RELEASE);
        break;
    }
}

DnObject *dn_gc_handle_compare_exchange(DnGcHandle h, DnObject *value, DnObject *comparand) {
    HandleSlot *s = slot_of(h);
    switch (s->type) {
    case DN_GC_HANDLE_WEAK:
        return locked(4, s, value, comparand);
    case DN_GC_HANDLE_WEAK_TRACK_RESURRECTION: {
        DnObject *old = locked(3, s, NULL, NULL);
        if (old == comparand) dn_gc_handle_set(h, value);
        return old;
    }
    default: {
        DnObject *expected = comparand;
        __atomic_compare_exchange_n(&s->target, &expected, value, false, __ATOMIC_ACQ_REL, __ATOMIC_ACQUIRE);
        return expected;
    }
    }
}

/* ---------------------------------------------------------------------------------------------
 * Finalization
 * ------------------------------------------------------------------------------------------- */

static pthread_mutex_t fin_lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t fin_wake = PTHREAD_COND_INITIALIZER;
static pthread_cond_t fin_done = PTHREAD_COND_INITIALIZER;
static uint64_t fin_requested, fin_completed;
static bool fin_notified;
static DnThread *fin_thread;
static pthread_once_t fin_once = PTHREAD_ONCE_INIT;

static void GC_CALLBACK run_finalizer(void *base, void *client_data) {
    (void)client_data;
    DnObject *obj = (DnObject *)((char *)base + HEADER_SIZE);
    void (*fin)(DnObject *) = obj->mt->finalizer;
    if (fin == NULL) return;
    fin(obj);
    if (DN_UNLIKELY(dn_exception_pending())) dn_unhandled_exception(dn_catch());
}

static void finalizer_main(void *arg) {
    (void)arg;
    for (;;) {
        pthread_mutex_lock(&fin_lock);
        while (!fin_notified && fin_requested == fin_completed) pthread_cond_wait(&fin_wake, &fin_lock);
        uint64_t target = fin_requested;
        fin_notified = false;
        pthread_mutex_unlock(&fin_lock);

        while (GC_should_invoke_finalizers()) GC_invoke_finalizers();

        pthread_mutex_lock(&fin_lock);
        if (fin_completed < target) fin_completed = target;
        pthread_cond_broadcast(&fin_done);
        pthread_mutex_unlock(&fin_lock);
    }
}

static void start_finalizer_thread_once(void) {
    int err = dn_thread_start(finalizer_main, NULL, 0, true, &fin_thread);
    if (err != 0) dn_fatal("cannot start the finalizer thread (error %d)", err);
}

void dn_gc_start_finalizer_thread(void) { pthread_once(&fin_once, start_finalizer_thread_once); }

static void GC_CALLBACK finalizer_notifier(void) {
    pthread_mutex_lock(&fin_lock);
    fin_notified = true;
    pthread_cond_signal(&fin_wake);
    pthread_mutex_unlock(&fin_lock);
}

bool dn_gc_is_finalizer_thread(void) { return fin_thread != NULL && dn_thread_self == fin_thread; }

void dn_gc_register_finalizer(DnObject *obj) {
    if (!is_heap_object(obj)) return;
    dn_gc_start_finalizer_thread();
    GC_register_finalizer_no_order((char *)obj - HEADER_SIZE, run_finalizer, NULL, NULL, NULL);
}

void dn_gc_suppress_finalize(DnObject *obj) {
    if (!is_heap_object(obj)) return;
    GC_register_finalizer_no_order((char *)obj - HEADER_SIZE, NULL, NULL, NULL, NULL);
}

void dn_gc_reregister_for_finalize(DnObject *obj) {
    if (obj->mt->finalizer != NULL) dn_gc_register_finalizer(obj);
}

void dn_gc_wait_for_pending_finalizers(void) {
    if (dn_gc_is_finalizer_thread()) return;
    dn_gc_start_finalizer_thread();
    pthread_mutex_lock(&fin_lock);
    uint64_t ticket = ++fin_requested;
    pthread_cond_signal(&fin_wake);
    while (fin_completed < ticket) pthread_cond_wait(&fin_done, &fin_lock);
    pthread_mutex_unlock(&fin_lock);
}

/* ---------------------------------------------------------------------------------------------
 * Initialisation, allocation, collection, statistics
 * ------------------------------------------------------------------------------------------- */

void dn_gc_init(void) {
    GC_set_all_interior_pointers(0);
    GC_set_finalize_on_demand(1);
    const char *w = getenv("DOTNATIVE_GC_WARNINGS");
    if (w == NULL || strcmp(w, "1") != 0) GC_set_warn_proc(GC_ignore_warn_proc);
    GC_INIT();
    /* Throughput tuning (Boehm's own environment variables still win): a 16 MiB initial heap
     * and free-space divisor 2 instead of 3 — allocating 10 GiB in the test_gc rss loop then
     * takes 3000 collections instead of 7000, at the same peak RSS (~26 MiB). */
    if (getenv("GC_FREE_SPACE_DIVISOR") == NULL) GC_set_free_space_divisor(2);
    if (getenv("GC_INITIAL_HEAP_SIZE") == NULL && GC_get_heap_size() < INITIAL_HEAP) GC_expand_hp(INITIAL_HEAP - GC_get_heap_size());
    GC_register_displacement(HEADER_SIZE);
    GC_allow_register_threads();
    GC_set_finalizer_notifier(finalizer_notifier);
    GC_set_on_collection_event(on_collection_event);
    gc_no_at_start = GC_get_gc_no();
}

void *dn_gc_alloc(size_t size) { return GC_MALLOC(size); }

void *dn_gc_alloc_atomic(size_t size) {
    void *p = GC_MALLOC_ATOMIC(size);
    if (p != NULL) memset(p, 0, size);
    return p;
}

void *dn_gc_alloc_uncollectable(size_t size) { return GC_MALLOC_UNCOLLECTABLE(size); }
void dn_gc_free_uncollectable(void *p) { GC_FREE(p); }

void dn_gc_collect(void) { GC_gcollect(); }

static int no_gc_region; /* 1 while a no-GC region is open */

int32_t dn_gc_start_no_gc_region(void) {
    int expected = 0;
    if (!__atomic_compare_exchange_n(&no_gc_region, &expected, 1, false, __ATOMIC_ACQ_REL, __ATOMIC_ACQUIRE)) return 3;
    GC_disable();
    return 0;
}

int32_t dn_gc_latency_mode(void) { return __atomic_load_n(&no_gc_region, __ATOMIC_ACQUIRE) ? 4 : 1; }

int32_t dn_gc_end_no_gc_region(void) {
    int expected = 1;
    if (!__atomic_compare_exchange_n(&no_gc_region, &expected, 0, false, __ATOMIC_ACQ_REL, __ATOMIC_ACQUIRE)) return 1;
    GC_enable();
    return 0;
}

int32_t dn_gc_collection_count(int32_t generation) {
    if (generation < 0) return 0;
    return (int32_t)(GC_get_gc_no() - gc_no_at_start);
}

int32_t dn_gc_max_generation(void) { return 2; }

int64_t dn_gc_total_memory(bool force_full_collection) {
    if (force_full_collection) {
        GC_gcollect();
        dn_gc_wait_for_pending_finalizers();
        GC_gcollect();
    }
    GC_word heap = 0, free_bytes = 0, unmapped = 0, since = 0, total = 0;
    GC_get_heap_usage_safe(&heap, &free_bytes, &unmapped, &since, &total);
    return (int64_t)(heap - free_bytes);
}

int64_t dn_gc_total_allocated_bytes(void) { return (int64_t)GC_get_total_bytes(); }

bool dn_gc_thread_attach(void *stack_base) {
    struct GC_stack_base sb;
    if (stack_base != NULL) {
        sb.mem_base = stack_base;
    } else if (GC_get_stack_base(&sb) != GC_SUCCESS) {
        dn_fatal("cannot find the stack of a thread to register with the GC");
    }
    int r = GC_register_my_thread(&sb);
    if (r == GC_SUCCESS) return true;
    if (r == GC_DUPLICATE) return false;
    dn_fatal("cannot register a thread with the GC (%d)", r);
}

void dn_gc_thread_detach(void) { GC_unregister_my_thread(); }
