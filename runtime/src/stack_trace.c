/*
 * Stack traces recorded while exceptions propagate (see "Stack traces" in dotnative.h).
 *
 * An exception's frames live in its Exception._stackTrace field, as CoreCLR keeps them there
 * (HasBeenThrown tests it for null; ExceptionDispatchInfo copies and restores it). Here it is
 * a byte[] holding a count and an array of entries, grown by doubling:
 *
 *     int64 count | { const DnStackFrameInfo *frame; int32 line; uint32 flags } ...
 *
 * A frame is recorded once per method activation the exception passes through. A method that
 * looks at the exception in a catch or filter records itself marked CAUGHT; if the exception
 * then leaves that method (a rethrow, a filter that said no), the CAUGHT mark is dropped
 * instead of recording the frame twice. Recursion still gives one entry per activation: a
 * frame leaving with the last entry unmarked is a new activation.
 */
#include "internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define ENTRY_CAUGHT 1u   /* recorded by a catch or filter of the method */
#define ENTRY_BOUNDARY 2u /* the last frame before an ExceptionDispatchInfo rethrow */

typedef struct Entry {
    const DnStackFrameInfo *frame;
    int32_t line;
    uint32_t flags;
} Entry;

typedef struct Trace {
    int64_t count;
    Entry entries[];
} Trace;

static DnObject **trace_slot(DnObject *ex) {
    uint32_t off = dn_managed_hooks.exception_stack_trace_offset;
    return off == 0 || ex == NULL ? NULL : (DnObject **)(void *)((char *)ex + off);
}

/* The trace stored in a byte[] (NULL for anything else). */
static Trace *trace_of(DnObject *arr) {
    if (arr == NULL || arr->mt != dn_managed_hooks.byte_array_mt) return NULL;
    DnArray *a = (DnArray *)arr;
    if (a->length < sizeof(Trace)) return NULL;
    return DN_ARRAY_DATA(a, Trace);
}

static int64_t capacity_of(DnObject *arr) { return ((int64_t)((DnArray *)arr)->length - (int64_t)sizeof(Trace)) / (int64_t)sizeof(Entry); }

/* A byte[] for `capacity` entries holding a copy of `from`'s, or NULL (out of memory: the
 * trace is simply not extended; the exception being propagated stays pending). */
static DnObject *new_trace(const Trace *from, int64_t capacity) {
    DnThread *t = dn_thread_self;
    DnObject *pending = t->pending_exception;
    t->pending_exception = NULL;
    DnArray *arr = dn_alloc_array(dn_managed_hooks.byte_array_mt, (intptr_t)(sizeof(Trace) + (size_t)capacity * sizeof(Entry)));
    t->pending_exception = pending;
    if (arr == NULL) return NULL;
    Trace *tr = DN_ARRAY_DATA(arr, Trace);
    if (from != NULL) {
        tr->count = from->count;
        memcpy(tr->entries, from->entries, (size_t)from->count * sizeof(Entry));
    }
    return (DnObject *)(void *)arr;
}

static void record(const DnStackFrameInfo *frame, int32_t line, uint32_t flags) {
    DnObject *ex = dn_thread_self->pending_exception;
    DnObject **slot = trace_slot(ex);
    if (slot == NULL || dn_managed_hooks.byte_array_mt == NULL) return;
    Trace *tr = trace_of(*slot);
    if (tr != NULL && tr->count > 0) {
        Entry *last = &tr->entries[tr->count - 1];
        if (last->frame == frame && (last->flags & ENTRY_CAUGHT)) {
            /* The same activation: a catch or filter of it saw the exception first. */
            if (!(flags & ENTRY_CAUGHT)) last->flags &= ~ENTRY_CAUGHT;
            return;
        }
    }
    if (tr == NULL || tr->count == capacity_of(*slot)) {
        int64_t count = tr != NULL ? tr->count : 0;
        DnObject *grown = new_trace(tr, count < 4 ? 8 : count * 2);
        if (grown == NULL) return;
        *slot = grown;
        tr = trace_of(grown);
    }
    tr->entries[tr->count++] = (Entry){frame, line, flags};
}

void dn_stack_trace_leave(const DnStackFrameInfo *frame, int32_t line) { record(frame, line, 0); }
void dn_stack_trace_catch(const DnStackFrameInfo *frame, int32_t line) { record(frame, line, ENTRY_CAUGHT); }

void dn_stack_trace_prepare_foreign_raise(void) { dn_thread_self->foreign_raise = 1; }

void dn_stack_trace_on_throw(DnObject *ex) {
    DnObject **slot = trace_slot(ex);
    if (slot == NULL) return;
    DnThread *t = dn_thread_self;
    if (!t->foreign_raise) {
        *slot = NULL; /* a `throw` starts a new trace */
        return;
    }
    /* ExceptionDispatchInfo.Throw restored a captured trace: continue a copy of it (the
     * captured one may be thrown again), marking where the earlier throw ended. */
    t->foreign_raise = 0;
    Trace *tr = trace_of(*slot);
    if (tr == NULL || tr->count == 0) return;
    DnObject *copy = new_trace(tr, tr->count * 2);
    if (copy == NULL) return;
    *slot = copy;
    Entry *last = &trace_of(copy)->entries[tr->count - 1];
    last->flags = (last->flags & ~ENTRY_CAUGHT) | ENTRY_BOUNDARY;
}

DnObject *dn_stack_trace_freeze(DnObject *ex) {
    DnObject **slot = trace_slot(ex);
    Trace *tr = slot != NULL ? trace_of(*slot) : NULL;
    if (tr == NULL) return NULL;
    return new_trace(tr, tr->count);
}

/* ---- text ---- */

typedef struct Text {
    uint16_t *chars;
    size_t length, capacity;
    bool failed;
} Text;

static void text_utf8(Text *b, const char *s) {
    size_t bytes = strlen(s);
    size_t n = dn_utf8_to_utf16(s, bytes, NULL);
    if (b->length + n > b->capacity) {
        size_t cap = (b->length + n) * 2 + 64;
        uint16_t *p = realloc(b->chars, cap * sizeof(uint16_t));
        if (p == NULL) {
            b->failed = true;
            return;
        }
        b->chars = p;
        b->capacity = cap;
    }
    dn_utf8_to_utf16(s, bytes, b->chars + b->length);
    b->length += n;
}

DnString *dn_stack_trace_text(DnObject *ex) {
    DnObject **slot = trace_slot(ex);
    Trace *tr = slot != NULL ? trace_of(*slot) : NULL;
    if (tr == NULL || tr->count == 0) return NULL;
    Text b = {0};
    for (int64_t i = 0; i < tr->count; i++) {
        const Entry *e = &tr->entries[i];
        if (i > 0) text_utf8(&b, "\n");
        text_utf8(&b, "   at ");
        if (e->frame->type != NULL) {
            text_utf8(&b, e->frame->type);
            text_utf8(&b, ".");
        }
        text_utf8(&b, e->frame->method);
        if (e->line > 0 && e->frame->file != NULL) {
            char num[16];
            snprintf(num, sizeof num, "%d", (int)e->line);
            text_utf8(&b, " in ");
            text_utf8(&b, e->frame->file);
            text_utf8(&b, ":line ");
            text_utf8(&b, num);
        }
        if ((e->flags & ENTRY_BOUNDARY) && !(e->frame->flags & DN_FRAME_ASYNC))
            text_utf8(&b, "\n--- End of stack trace from previous location ---");
    }
    DnString *s = NULL;
    if (b.failed || b.length > (size_t)INT32_MAX) dn_throw_out_of_memory();
    else s = dn_string_from_utf16(b.chars, (int32_t)b.length);
    free(b.chars);
    return s;
}
