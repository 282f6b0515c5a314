/*
 * The first pass of exception dispatch (see "Exception filters" in dotnative.h).
 *
 * Raising an exception walks the thread's chain of DnEhFrame records, innermost first, and
 * asks each method whether one of its clauses around the code it is running takes the
 * exception. Typed catches answer by type; filters are evaluated here, before any
 * finally/fault block of the frames in between runs, which is what makes a filter's side
 * effects come first as under the CLI. The walk stops at the first clause that takes the
 * exception; the generated unwinding (the second pass) then finds a filter's answer in its
 * slot instead of evaluating it again.
 */
#include "internal.h"

/* A record that takes every exception: pushed while a filter runs, so that an exception
 * thrown inside the filter (and not caught there) ends its first pass at the filter, which
 * swallows it, instead of reaching the frames below whose filters are being evaluated. */
static int32_t barrier_search(DnEhFrame *f, DnObject *ex) {
    (void)f;
    (void)ex;
    return 1;
}

void dn_eh_barrier_push(DnEhFrame *f) {
    f->search = barrier_search;
    f->state = 0;
    dn_eh_push(f);
}

void dn_eh_barrier_pop(DnEhFrame *f) { dn_eh_pop(f); }

/* Runs a filter with nothing pending; an exception escaping it means false. Whatever was
 * pending before is pending again after. */
static bool run_filter(DnFilterFn fn, void *frame, DnObject *ex) {
    DnThread *t = dn_thread_self;
    DnObject *saved = t->pending_exception;
    t->pending_exception = NULL;
    DnEhFrame barrier;
    dn_eh_barrier_push(&barrier);
    int32_t r = fn(frame, ex);
    /* Methods unregister on every exit, so the barrier is on top again here. */
    t->eh_frames = barrier.next;
    if (t->pending_exception != NULL) r = 0;
    t->pending_exception = saved;
    return r != 0;
}

void dn_eh_first_pass(DnObject *ex) {
    DnThread *t = dn_thread_self;
    if (t == NULL || ex == NULL) return;
    for (DnEhFrame *f = t->eh_frames; f != NULL; f = f->next)
        if (f->search(f, ex)) return;
}

int32_t dn_filter_first_pass(DnFilterSlot *slot, DnFilterFn fn, void *frame, DnObject *ex) {
    int32_t accepted = run_filter(fn, frame, ex) ? 1 : 0;
    slot->ex = ex;
    slot->accepted = accepted;
    return accepted;
}

bool dn_filter_accepts(DnFilterSlot *slot, DnFilterFn fn, void *frame) {
    DnObject *ex = dn_exception_peek();
    if (slot->ex == ex) {
        /* Decided by this exception's first pass; consumed, so a later exception raised
         * without a first pass (the same object included) is evaluated afresh. */
        slot->ex = NULL;
        return slot->accepted != 0;
    }
    /* The exception was raised without a first pass reaching this clause: evaluate now. */
    return run_filter(fn, frame, ex);
}

void dn_rethrow_new(DnObject *ex) {
    DnThread *t = dn_thread_self;
    t->pending_exception = NULL;
    dn_eh_first_pass(ex);
    t->pending_exception = ex;
}
