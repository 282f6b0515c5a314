/*
 * The pending-exception protocol, written the way the code generator will emit it: calls
 * followed by a pending test, handler dispatch with type tests, finally blocks run with the
 * exception set aside, rethrow, filters evaluated by the first pass (a registered DnEhFrame)
 * before any finally runs; and the runtime's throw helpers.
 */
#include "fake_program.h"

static const char *trace[64];
static int ntrace;
static void log_step(const char *s) { trace[ntrace++] = s; }

static const DnMethodTable *IOE; /* InvalidOperationException */

/* void Thrower(int mode) { if (mode == 1) throw new InvalidOperationException("io");
 *                          if (mode == 2) throw new ArgumentException("arg"); } */
static void Thrower(int mode) {
    if (mode == 1) {
        DnObject *ex = fake_new_exception(IOE, "io", NULL);
        if (DN_UNLIKELY(dn_exception_pending())) return;
        dn_throw(ex);
        return;
    }
    if (mode == 2) {
        dn_throw(fake_new_exception(fake_exception_mt(DN_EXC_ARGUMENT), "arg", NULL));
        return;
    }
}

/* int Middle(int mode) {
 *     try { Thrower(mode); log("after call"); }
 *     finally { log("finally"); Helper(); }     // Helper throws and catches internally
 *     return 1;
 * } */
static int32_t Helper_search(DnEhFrame *f, DnObject *ex) { return f->state == 1 && dn_isinst_class(ex, &Exception_MT) != NULL; }

static void Helper(void) {
    /* try { Thrower(1); } catch (Exception) { log("helper caught"); } */
    DnEhFrame fr = {0};
    dn_eh_push_if_needed(&fr, Helper_search); /* typed catches only */
    fr.state = 1;
    Thrower(1);
    if (DN_UNLIKELY(dn_exception_pending())) goto dispatch;
    dn_eh_pop_if_pushed(&fr);
    return;
dispatch:
    fr.state = 0;
    if (dn_isinst_class(dn_exception_peek(), &Exception_MT)) {
        (void)dn_catch();
        log_step("helper caught");
        dn_eh_pop_if_pushed(&fr);
        return;
    }
    dn_eh_pop_if_pushed(&fr);
}

static int32_t Middle(int mode) {
    DnObject *saved = NULL;
    int cont;
    Thrower(mode);
    if (DN_UNLIKELY(dn_exception_pending())) goto unwind_1;
    log_step("after call");
    cont = 0;
    goto finally_1;
unwind_1:
    saved = dn_catch();
    cont = 1;
finally_1:
    CHECK(!dn_exception_pending()); /* the finally runs with nothing pending */
    log_step("finally");
    Helper();
    if (DN_UNLIKELY(dn_exception_pending())) return 0; /* a throw in finally replaces the exception */
    if (cont == 1) {
        dn_rethrow(saved);
        return 0;
    }
    return 1;
}

/* int Outer(int mode) {
 *     try { return Middle(mode); }
 *     catch (InvalidOperationException e) when (Filter(e)) { log("caught io"); return 10; }
 *     catch (ArgumentException) { log("caught arg"); return 20; }
 * } */
static bool filter_result;
static bool Filter(DnObject *e) {
    log_step("filter");
    CHECK(e != NULL && e->mt == IOE);
    return filter_result;
}

struct Outer_eh {
    DnEhFrame eh;
    DnFilterSlot slot[1];
};

static int32_t Outer_filter0(void *frame, DnObject *ex) {
    (void)frame;
    return dn_isinst_class(ex, IOE) != NULL && Filter(ex);
}

static int32_t Outer_search(DnEhFrame *f, DnObject *ex) {
    struct Outer_eh *fr = (struct Outer_eh *)(void *)f;
    if (f->state != 1) return 0;
    if (dn_filter_first_pass(&fr->slot[0], Outer_filter0, fr, ex)) return 1;
    return dn_isinst_class(ex, fake_exception_mt(DN_EXC_ARGUMENT)) != NULL;
}

static int32_t Outer(int mode) {
    struct Outer_eh fr = {0};
    fr.eh.search = Outer_search;
    dn_eh_push(&fr.eh);
    fr.eh.state = 1;
    int32_t r = Middle(mode);
    if (DN_UNLIKELY(dn_exception_pending())) goto dispatch;
    dn_eh_pop(&fr.eh);
    return r;
dispatch: {
    /* The first pass evaluated the filter (before Middle's finally ran); ask for its answer. */
    if (dn_filter_accepts(&fr.slot[0], Outer_filter0, &fr)) {
        (void)dn_catch();
        log_step("caught io");
        dn_eh_pop(&fr.eh);
        return 10;
    }
    DnObject *ex = dn_exception_peek();
    if (dn_isinst_class(ex, fake_exception_mt(DN_EXC_ARGUMENT))) {
        (void)dn_catch();
        log_step("caught arg");
        dn_eh_pop(&fr.eh);
        return 20;
    }
    dn_eh_pop(&fr.eh);
    return 0; /* not handled here: propagate */
}
}

static bool trace_is(const char *const *expected, int n) {
    if (ntrace != n) return false;
    for (int i = 0; i < n; i++)
        if (strcmp(trace[i], expected[i]) != 0) return false;
    return true;
}

static void test_protocol(void) {
    CHECK(!dn_exception_pending() && dn_exception_peek() == NULL && dn_catch() == NULL);
    DnObject *ex = fake_new_exception(&Exception_MT, "x", NULL);
    dn_throw(ex);
    CHECK(dn_exception_pending() && dn_exception_peek() == ex);
    CHECK(dn_catch() == ex && !dn_exception_pending());
    dn_rethrow(ex);
    CHECK(dn_catch() == ex);
    dn_throw(NULL); /* `throw null` */
    CHECK_STR(fake_exception_text(dn_catch()), "System.NullReferenceException: Object reference not set to an instance of an object.");
    fake_section("dn_throw / dn_exception_pending / dn_catch / dn_rethrow");

    ntrace = 0;
    Helper(); /* nothing registered below: Helper does not register either */
    CHECK(!dn_exception_pending() && dn_current_thread()->eh_frames == NULL);
    static const char *const th[] = {"helper caught"};
    CHECK(trace_is(th, 1));

    ntrace = 0;
    CHECK_EQ_LL(Outer(0), 1);
    static const char *const t0[] = {"after call", "finally", "helper caught"};
    CHECK(trace_is(t0, 3));

    ntrace = 0;
    filter_result = true;
    CHECK_EQ_LL(Outer(1), 10);
    CHECK(!dn_exception_pending());
    static const char *const t1[] = {"filter", "finally", "helper caught", "caught io"};
    CHECK(trace_is(t1, 4));

    ntrace = 0;
    CHECK_EQ_LL(Outer(2), 20);
    static const char *const t2[] = {"finally", "helper caught", "caught arg"};
    CHECK(trace_is(t2, 3));

    ntrace = 0;
    filter_result = false; /* filter declines: the exception propagates out of Outer */
    (void)Outer(1);
    CHECK(dn_exception_pending());
    CHECK_STR(fake_exception_text(dn_catch()), "System.InvalidOperationException: io");
    static const char *const t3[] = {"filter", "finally", "helper caught"};
    CHECK(trace_is(t3, 3));
    CHECK(dn_current_thread()->eh_frames == NULL);
    fake_section("generated-code shape: dispatch, finally with the exception set aside, filters, rethrow");
}

static void expect(void (*thrower)(void), const char *text) {
    thrower();
    CHECK(dn_exception_pending());
    CHECK_STR(fake_exception_text(dn_catch()), text);
}

static void throw_argument(void) { dn_throw_kind(DN_EXC_ARGUMENT, "bad \xE2\x82\xAC"); }

static void test_helpers(void) {
    expect(dn_throw_null_reference, "System.NullReferenceException: Object reference not set to an instance of an object.");
    expect(dn_throw_index_out_of_range, "System.IndexOutOfRangeException: Index was outside the bounds of the array.");
    expect(dn_throw_divide_by_zero, "System.DivideByZeroException: Attempted to divide by zero.");
    expect(dn_throw_overflow, "System.OverflowException: Arithmetic operation resulted in an overflow.");
    expect(dn_throw_array_type_mismatch,
           "System.ArrayTypeMismatchException: Attempted to access an element as a type incompatible with the array.");
    expect(dn_throw_out_of_memory, "System.OutOfMemoryException: Insufficient memory to continue the execution of the program.");
    expect(throw_argument, "System.ArgumentException: bad \xE2\x82\xAC");
    dn_throw_invalid_cast(&String_MT, &Int32Array_MT);
    CHECK_STR(fake_exception_text(dn_catch()),
              "System.InvalidCastException: Unable to cast object of type 'System.String' to type 'System.Int32[]'.");
    /* a runtime exception raised while another is pending replaces it */
    dn_throw(fake_new_exception(&Exception_MT, "first", NULL));
    dn_throw_overflow();
    CHECK_STR(fake_exception_text(dn_catch()), "System.OverflowException: Arithmetic operation resulted in an overflow.");
    /* dn_new_exception creates without throwing */
    DnObject *e = dn_new_exception(DN_EXC_NOT_SUPPORTED, NULL);
    CHECK(e != NULL && !dn_exception_pending() && e->mt == fake_exception_mt(DN_EXC_NOT_SUPPORTED));
    fake_section("runtime throw helpers create .NET's exception types and messages");
}

int32_t test_main(DnArray *args) {
    (void)args;
    IOE = fake_exception_mt(DN_EXC_INVALID_OPERATION);
    test_protocol();
    test_helpers();
    return fake_finish();
}
