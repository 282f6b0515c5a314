/*
 * Class constructors: run once, recursion on the same thread, cached failure (the same
 * TypeInitializationException every time), threads racing for one cctor, and a cycle between
 * two threads that must not deadlock.
 */
#include "fake_program.h"

#include <pthread.h>
#include <unistd.h>

DnMethodTable A_MT = {.base_size = 24, .parent = &Object_MT, .name = "Test.A"};
DnMethodTable Failing_MT = {.base_size = 24, .parent = &Object_MT, .name = "Test.Failing"};
static DnMethodTableAuxData A_aux;

/* ---- run once ---- */
static int a_runs;
static void A_cctor(void) { a_runs++; }
static DnCctorState A_state = {.cctor = A_cctor, .type = &A_MT};

/* ---- recursion: B's cctor triggers B again and C; C's triggers B (still running) ---- */
static DnCctorState B_state, C_state;
static int b_runs, c_runs;
static int32_t b_value; /* a "static field" of B */
static bool b_seen_uninitialised_from_c, b_recursive_ok;
static void B_cctor(void) {
    b_runs++;
    b_recursive_ok = dn_ensure_cctor(&B_state); /* same thread: returns at once */
    if (!dn_ensure_cctor(&C_state)) return;
    b_value = 42;
}
static void C_cctor(void) {
    c_runs++;
    if (!dn_ensure_cctor(&B_state)) return;
    b_seen_uninitialised_from_c = b_value == 0; /* ECMA: sees B partly initialised */
}
static DnCctorState B_state = {.cctor = B_cctor}, C_state = {.cctor = C_cctor};

/* ---- failure ---- */
static int failing_runs;
static void Failing_cctor(void) {
    failing_runs++;
    dn_throw(fake_new_exception(fake_exception_mt(DN_EXC_INVALID_OPERATION), "cctor failed", NULL));
}
static DnCctorState Failing_state = {.cctor = Failing_cctor, .type = &Failing_MT};

static void test_single_thread(void) {
    A_MT.aux = &A_aux;
    CHECK(dn_ensure_cctor(&A_state));
    CHECK(dn_ensure_cctor(&A_state));
    CHECK_EQ_LL(a_runs, 1);
    CHECK_EQ_LL(A_state.state, DN_CCTOR_DONE);
    CHECK(A_aux.flags & DN_AUX_FLAG_INITIALIZED); /* CoreLib's IsClassInited */
    fake_section("a class constructor runs once");

    CHECK(dn_ensure_cctor(&B_state));
    CHECK(b_runs == 1 && c_runs == 1 && b_recursive_ok && b_seen_uninitialised_from_c && b_value == 42);
    CHECK(B_state.state == DN_CCTOR_DONE && C_state.state == DN_CCTOR_DONE);
    fake_section("recursive triggers on the running thread return at once");

    CHECK(!dn_ensure_cctor(&Failing_state));
    DnObject *first = dn_catch();
    CHECK_STR(fake_exception_text(first), "System.TypeInitializationException: The type initializer for 'Test.Failing' threw an exception.\n"
                                          " ---> System.InvalidOperationException: cctor failed\n"
                                          "   --- End of inner exception stack trace ---");
    CHECK(!dn_ensure_cctor(&Failing_state));
    CHECK(dn_catch() == first); /* the same object, as in .NET */
    CHECK_EQ_LL(failing_runs, 1);
    CHECK_EQ_LL(Failing_state.state, DN_CCTOR_FAILED);
    fake_section("a failing class constructor: TypeInitializationException, cached");
}

/* ---- threads racing ---- */
static int slow_runs;
static volatile int slow_done;
static void Slow_cctor(void) {
    __atomic_add_fetch(&slow_runs, 1, __ATOMIC_SEQ_CST);
    usleep(50 * 1000);
    slow_done = 1;
}
static DnCctorState Slow_state = {.cctor = Slow_cctor};

static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t cond = PTHREAD_COND_INITIALIZER;
static int finished, observed_done;

static void finish(bool ok) {
    pthread_mutex_lock(&lock);
    finished++;
    observed_done += ok;
    pthread_cond_broadcast(&cond);
    pthread_mutex_unlock(&lock);
}

static void wait_finished(int n) {
    pthread_mutex_lock(&lock);
    while (finished < n) pthread_cond_wait(&cond, &lock);
    pthread_mutex_unlock(&lock);
}

static void racer(void *arg) {
    (void)arg;
    bool ok = dn_ensure_cctor(&Slow_state);
    finish(ok && slow_done == 1); /* nobody returns before the cctor has finished */
}

static void test_race(void) {
    enum { N = 6 };
    finished = observed_done = 0;
    for (int i = 0; i < N; i++) CHECK(dn_thread_start(racer, NULL, 0, true, NULL) == 0);
    wait_finished(N);
    CHECK_EQ_LL(slow_runs, 1);
    CHECK_EQ_LL(observed_done, N);
    fake_section("threads racing: one runs the cctor, the others wait for it");
}

/* ---- a cycle across threads: thread 1 runs P's cctor, which needs Q; thread 2 runs Q's,
 * which needs P. CoreCLR lets the thread that would close the cycle through. ---- */
static pthread_barrier_t both_inside;
static DnCctorState P_state, Q_state;
static void P_cctor(void) {
    pthread_barrier_wait(&both_inside);
    (void)dn_ensure_cctor(&Q_state);
}
static void Q_cctor(void) {
    pthread_barrier_wait(&both_inside);
    usleep(20 * 1000); /* let thread 1 start waiting for Q first */
    (void)dn_ensure_cctor(&P_state);
}
static DnCctorState P_state = {.cctor = P_cctor}, Q_state = {.cctor = Q_cctor};
static void run_p(void *arg) {
    (void)arg;
    finish(dn_ensure_cctor(&P_state));
}
static void run_q(void *arg) {
    (void)arg;
    finish(dn_ensure_cctor(&Q_state));
}

static void test_cycle(void) {
    finished = observed_done = 0;
    pthread_barrier_init(&both_inside, NULL, 2);
    CHECK(dn_thread_start(run_p, NULL, 0, true, NULL) == 0);
    CHECK(dn_thread_start(run_q, NULL, 0, true, NULL) == 0);
    wait_finished(2);
    CHECK_EQ_LL(observed_done, 2);
    CHECK(P_state.state == DN_CCTOR_DONE && Q_state.state == DN_CCTOR_DONE);
    fake_section("a cctor cycle between two threads does not deadlock");
}

int32_t test_main(DnArray *args) {
    (void)args;
    test_single_thread();
    test_race();
    test_cycle();
    CHECK(!dn_exception_pending());
    return fake_finish();
}
