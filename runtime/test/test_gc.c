/*
 * The GC interface over Boehm: reachable objects survive (heap references at +8 included),
 * unreachable ones are reclaimed and finalized, handles of every kind, interior pointers from
 * the stack, SuppressFinalize/ReRegisterForFinalize, counters, threads allocating concurrently.
 * `test_gc rss` instead allocates 10 GiB in a loop and reports the peak RSS.
 */
#include "fake_program.h"

#include <pthread.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <time.h>
#include <unistd.h>

/* class Node { Node next; object payload; long value; } */
typedef struct Node {
    const DnMethodTable *mt;
    struct Node *next;
    DnObject *payload;
    int64_t value;
} Node;

DnMethodTable Node_MT = {
    .flags = DN_MT_FLAG_CONTAINS_GC_POINTERS,
    .base_size = 40,
    .parent = &Object_MT,
    .name = "Test.Node",
    .instance_field_bytes = 24,
    .cor_element_type = DN_ELEMENT_TYPE_CLASS,
};

/* class Fin { int kind; ~Fin() { finalized[kind]++; if (kind == RESURRECT) resurrected[...] = this; } } */
typedef struct Fin {
    const DnMethodTable *mt;
    int32_t kind;
    int32_t index;
} Fin;

enum { KIND_PLAIN, KIND_SUPPRESSED, KIND_REREGISTERED, KIND_RESURRECT, KIND_COUNT };
static int finalized[KIND_COUNT];
static DnObject *resurrected[100]; /* static data: a GC root */
static pthread_t finalizer_thread_id;

static void Fin_Finalize(DnObject *obj) {
    Fin *f = (Fin *)obj;
    __atomic_add_fetch(&finalized[f->kind], 1, __ATOMIC_SEQ_CST);
    finalizer_thread_id = pthread_self();
    if (f->kind == KIND_RESURRECT) resurrected[f->index] = obj;
}

DnMethodTable Fin_MT = {
    .flags = DN_MT_FLAG_HAS_FINALIZER,
    .base_size = 24,
    .parent = &Object_MT,
    .name = "Test.Fin",
    .instance_field_bytes = 8,
    .cor_element_type = DN_ELEMENT_TYPE_CLASS,
    .finalizer = Fin_Finalize,
};

static DnObject *static_root;

static Node *make_list(int n, int64_t base) {
    Node *head = NULL;
    for (int i = n - 1; i >= 0; i--) {
        Node *x = (Node *)dn_alloc_object(&Node_MT);
        x->value = base + i;
        x->next = head;
        if (i % 3 == 0) x->payload = (DnObject *)fake_str("payload");
        head = x;
    }
    return head;
}

static bool check_list(const Node *head, int n, int64_t base) {
    int i = 0;
    for (const Node *x = head; x != NULL; x = x->next, i++) {
        if (x->mt != &Node_MT || x->value != base + i) return false;
        if (i % 3 == 0 && !fake_str_eq((const DnString *)x->payload, "payload")) return false;
    }
    return i == n;
}

__attribute__((noinline)) static void make_garbage(size_t bytes) {
    for (size_t done = 0; done < bytes; done += 4096) {
        DnArray *a = dn_alloc_array(&Int64Array_MT, 500);
        for (int j = 0; j < 500; j++) DN_ARRAY_DATA(a, int64_t)[j] = 0x5A5A5A5A5A5A5A5A;
        if ((done / 4096) % 4 == 0) (void)make_list(8, 0);
    }
}

static void full_collect(void) {
    fake_scrub_stack();
    dn_gc_collect();
}

static void test_reachable_survive(void) {
    static_root = (DnObject *)make_list(20000, 1000);
    Node *volatile on_stack = make_list(20000, 5000000);
    DnGcHandle strong = dn_gc_handle_alloc((DnObject *)make_list(5000, 77), DN_GC_HANDLE_NORMAL);
    DnGcHandle pinned = dn_gc_handle_alloc((DnObject *)make_list(5000, 88), DN_GC_HANDLE_PINNED);
    for (int round = 0; round < 3; round++) {
        full_collect();
        make_garbage(64u << 20); /* reuse freed memory: a wrongly freed node would be overwritten */
    }
    CHECK(check_list((Node *)static_root, 20000, 1000));
    CHECK(check_list(on_stack, 20000, 5000000));
    CHECK(check_list((Node *)*strong, 5000, 77)); /* managed GCHandle.InternalGet: *(object*)handle */
    CHECK(check_list((Node *)dn_gc_handle_get(pinned), 5000, 88));
    CHECK(dn_gc_handle_type(strong) == DN_GC_HANDLE_NORMAL && dn_gc_handle_type(pinned) == DN_GC_HANDLE_PINNED);
    dn_gc_handle_free(strong);
    dn_gc_handle_free(pinned);
    static_root = NULL;
    fake_section("reachable objects survive (static roots, stack, handles, heap refs at +8)");
}

#define N_WEAK 2000
static DnGcHandle weak_dead[N_WEAK], weak_live[N_WEAK];
static DnObject *live[N_WEAK];

__attribute__((noinline)) static void make_weak_targets(void) {
    for (int i = 0; i < N_WEAK; i++) {
        weak_dead[i] = dn_gc_handle_alloc((DnObject *)make_list(2, i), DN_GC_HANDLE_WEAK);
        live[i] = (DnObject *)make_list(2, i);
        weak_live[i] = dn_gc_handle_alloc(live[i], DN_GC_HANDLE_WEAK);
    }
}

static void test_weak_handles(void) {
    make_weak_targets();
    full_collect();
    int cleared = 0, kept = 0;
    for (int i = 0; i < N_WEAK; i++) {
        if (*weak_dead[i] == NULL) cleared++; /* plain reads of short weak handles are safe */
        if (*weak_live[i] == live[i] && dn_gc_handle_get(weak_live[i]) == live[i]) kept++;
    }
    printf("  weak: %d/%d unreachable targets cleared\n", cleared, N_WEAK);
    CHECK(cleared >= N_WEAK * 9 / 10);
    CHECK_EQ_LL(kept, N_WEAK);
    /* set / compare-exchange; a frozen target (not in the heap) is never cleared */
    static struct {
        DnObjHeader h;
        const DnMethodTable *mt;
    } frozen = {{0, 0}, &Object_MT};
    dn_gc_handle_set(weak_dead[0], (DnObject *)&frozen.mt);
    CHECK(dn_gc_handle_compare_exchange(weak_dead[1], live[1], NULL) == NULL || *weak_dead[1] == live[1]);
    full_collect();
    CHECK(dn_gc_handle_get(weak_dead[0]) == (DnObject *)&frozen.mt);
    for (int i = 0; i < N_WEAK; i++) {
        dn_gc_handle_free(weak_dead[i]);
        dn_gc_handle_free(weak_live[i]);
        live[i] = NULL;
    }
    fake_section("short weak handles cleared for unreachable targets only");
}

#define N_FIN 2000
static DnGcHandle fin_short[N_FIN], fin_long[N_FIN];

__attribute__((noinline)) static void make_finalizable(int kind, int n, bool handles) {
    for (int i = 0; i < n; i++) {
        Fin *f = (Fin *)dn_alloc_object(&Fin_MT);
        f->kind = kind;
        f->index = i;
        if (kind == KIND_SUPPRESSED) dn_gc_suppress_finalize((DnObject *)f);
        if (kind == KIND_REREGISTERED) {
            dn_gc_suppress_finalize((DnObject *)f);
            dn_gc_reregister_for_finalize((DnObject *)f);
        }
        if (handles) {
            fin_short[i] = dn_gc_handle_alloc((DnObject *)f, DN_GC_HANDLE_WEAK);
            fin_long[i] = dn_gc_handle_alloc((DnObject *)f, DN_GC_HANDLE_WEAK_TRACK_RESURRECTION);
        }
    }
}

static void test_finalizers_and_long_weak(void) {
    make_finalizable(KIND_PLAIN, N_FIN, true);
    full_collect();
    int short_cleared = 0, long_alive_while_short_cleared = 0;
    for (int i = 0; i < N_FIN; i++) {
        if (*fin_short[i] == NULL) {
            short_cleared++;
            if (dn_gc_handle_get(fin_long[i]) != NULL) long_alive_while_short_cleared++;
        }
    }
    CHECK(short_cleared >= N_FIN * 9 / 10);
    CHECK_EQ_LL(long_alive_while_short_cleared, short_cleared); /* kept for finalization */
    dn_gc_wait_for_pending_finalizers();
    int ran = __atomic_load_n(&finalized[KIND_PLAIN], __ATOMIC_SEQ_CST);
    printf("  finalizers: %d/%d ran after GC.Collect + WaitForPendingFinalizers\n", ran, N_FIN);
    CHECK(ran >= N_FIN * 9 / 10);
    CHECK(!pthread_equal(finalizer_thread_id, pthread_self())); /* on the finalizer thread */
    full_collect();
    full_collect();
    int long_cleared = 0;
    for (int i = 0; i < N_FIN; i++) long_cleared += dn_gc_handle_get(fin_long[i]) == NULL;
    CHECK(long_cleared >= N_FIN * 9 / 10);
    for (int i = 0; i < N_FIN; i++) {
        dn_gc_handle_free(fin_short[i]);
        dn_gc_handle_free(fin_long[i]);
    }
    fake_section("finalizers run on the finalizer thread; long weak handles outlive finalization");

    make_finalizable(KIND_SUPPRESSED, 500, false);
    make_finalizable(KIND_REREGISTERED, 500, false);
    full_collect();
    dn_gc_wait_for_pending_finalizers();
    CHECK_EQ_LL(finalized[KIND_SUPPRESSED], 0);
    CHECK(finalized[KIND_REREGISTERED] >= 450);
    fake_section("SuppressFinalize / ReRegisterForFinalize");

    /* Resurrection: the finalizer stores the object in a static; it must be intact after
     * more collections, and its long weak handle stays set. */
    make_finalizable(KIND_RESURRECT, 100, true);
    full_collect();
    dn_gc_wait_for_pending_finalizers();
    full_collect();
    make_garbage(16u << 20);
    int ok = 0, n = 0;
    for (int i = 0; i < 100; i++) {
        if (resurrected[i] == NULL) continue;
        n++;
        Fin *f = (Fin *)resurrected[i];
        if (f->mt == &Fin_MT && f->index == i && f->kind == KIND_RESURRECT && dn_gc_handle_get(fin_long[i]) == resurrected[i] &&
            *fin_short[i] == NULL)
            ok++;
    }
    CHECK(n >= 90);
    CHECK_EQ_LL(ok, n);
    fake_section("resurrection in a finalizer");
}

__attribute__((noinline)) static uint8_t *interior_only(DnGcHandle *weak) {
    DnArray *a = dn_alloc_array(&Int32Array_MT, 1 << 18); /* 1 MiB, pointer-free */
    for (int i = 0; i < (1 << 18); i++) DN_ARRAY_DATA(a, int32_t)[i] = i;
    *weak = dn_gc_handle_alloc((DnObject *)a, DN_GC_HANDLE_WEAK);
    return (uint8_t *)DN_ARRAY_DATA(a, int32_t) + 600000; /* only this survives on the stack */
}

static void test_interior_pointer(void) {
    DnGcHandle weak;
    uint8_t *volatile p = interior_only(&weak);
    for (int i = 0; i < 3; i++) {
        full_collect();
        make_garbage(32u << 20);
    }
    CHECK(*weak != NULL);
    CHECK_EQ_LL(*(int32_t *)p, 600000 / 4);
    CHECK_EQ_LL(*(int32_t *)(p + 4 * 1000), 600000 / 4 + 1000);
    p = NULL;
    dn_gc_handle_free(weak);
    fake_section("an interior pointer on the stack keeps an array alive");
}

static void test_counters(void) {
    int32_t before = dn_gc_collection_count(0);
    dn_gc_collect();
    CHECK(dn_gc_collection_count(0) >= before + 1);
    CHECK(dn_gc_collection_count(2) == dn_gc_collection_count(0));
    CHECK_EQ_LL(dn_gc_max_generation(), 2);
    int64_t mem = dn_gc_total_memory(true);
    CHECK(mem > 0 && mem < (256 << 20));
    int64_t allocated = dn_gc_total_allocated_bytes();
    (void)dn_alloc_array(&Int64Array_MT, 1 << 20);
    CHECK(dn_gc_total_allocated_bytes() >= allocated + (8 << 20));
    fake_section("GC.CollectionCount / GetTotalMemory / GetTotalAllocatedBytes");
}

/* ---- threads ---- */

static pthread_mutex_t done_lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t done_cond = PTHREAD_COND_INITIALIZER;
static int threads_done, threads_ok;

static void worker(void *arg) {
    Node *mine = (Node *)arg; /* a GC reference passed through dn_thread_start */
    bool ok = check_list(mine, 1000, 42);
    for (int round = 0; round < 20; round++) {
        Node *l = make_list(2000, round * 10000);
        make_garbage(2u << 20);
        if (round % 5 == 0) dn_gc_collect();
        ok = ok && check_list(l, 2000, round * 10000) && check_list(mine, 1000, 42);
    }
    ok = ok && dn_current_thread() != NULL && dn_current_thread()->thread_id >= 4;
    pthread_mutex_lock(&done_lock);
    threads_done++;
    threads_ok += ok;
    pthread_cond_signal(&done_cond);
    pthread_mutex_unlock(&done_lock);
}

static void test_threads(void) {
    enum { N = 4 };
    for (int i = 0; i < N; i++) {
        DnThread *t = NULL;
        CHECK(dn_thread_start(worker, make_list(1000, 42), 0, false, &t) == 0);
        CHECK(t != NULL);
    }
    for (int round = 0; round < 10; round++) {
        Node *l = make_list(3000, 7);
        dn_gc_collect();
        CHECK(check_list(l, 3000, 7));
    }
    pthread_mutex_lock(&done_lock);
    while (threads_done < N) pthread_cond_wait(&done_cond, &done_lock);
    pthread_mutex_unlock(&done_lock);
    CHECK_EQ_LL(threads_ok, N);
    fake_section("threads allocate and collect concurrently");
}

/* ---- 10 GiB ---- */

static double now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

static int32_t rss_test(void) {
    const uint64_t total = 10ull << 30;
    enum { WINDOW = 64, LISTS = 16 };
    static DnObject *window[WINDOW]; /* the live set: the last 64 objects */
    static DnObject *lists[LISTS];   /* what object[]s point at (no chains back in time) */
    uint64_t allocated = 0, seed = 12345;
    double t0 = now();
    unsigned n = 0;
    while (allocated < total) {
        seed = seed * 6364136223846793005ull + 1442695040888963407ull;
        unsigned r = (unsigned)(seed >> 33);
        DnObject *o;
        if (r % 8 == 0) { /* small objects: a short linked list */
            o = (DnObject *)make_list(64, 0);
            lists[n % LISTS] = o;
            allocated += 64 * 40;
        } else if (r % 8 == 1) { /* an object[] pointing at other live objects */
            intptr_t len = 16 + r % 4096;
            DnArray *a = dn_alloc_array(&ObjectArray_MT, len);
            for (intptr_t i = 0; i < len; i += 7) DN_ARRAY_DATA(a, DnObject *)[i] = lists[(unsigned)i % LISTS];
            o = (DnObject *)a;
            allocated += 24 + 8 * (uint64_t)len;
        } else { /* pointer-free arrays up to 512 KiB */
            intptr_t len = 16 + r % (128 * 1024);
            DnArray *a = dn_alloc_array(&Int32Array_MT, len);
            DN_ARRAY_DATA(a, int32_t)[len - 1] = (int32_t)len;
            o = (DnObject *)a;
            allocated += 24 + 4 * (uint64_t)len;
        }
        CHECK(o != NULL);
        window[n++ % WINDOW] = o;
    }
    double secs = now() - t0;
    for (int i = 0; i < WINDOW; i++) CHECK(window[i] != NULL && window[i]->mt != NULL);
    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    long peak_mib = ru.ru_maxrss / 1024;
    printf("  allocated %.1f GiB in %u objects in %.2f s, %d collections, peak RSS %ld MiB\n", allocated / (double)(1u << 30), n, secs,
           dn_gc_collection_count(0), peak_mib);
    CHECK(peak_mib < 200);
    fake_section("10 GiB allocated in a loop stays under 200 MiB peak RSS");
    return fake_finish();
}

int32_t test_main(DnArray *args) {
    if (args->length == 1 && fake_str_eq(DN_ARRAY_DATA(args, DnString *)[0], "rss")) return rss_test();
    test_reachable_survive();
    test_weak_handles();
    test_finalizers_and_long_weak();
    test_interior_pointer();
    test_counters();
    test_threads();
    return fake_finish();
}
