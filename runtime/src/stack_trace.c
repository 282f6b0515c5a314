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

const DnStackFrameInfo *dn_stack_trace_origin(DnObject *trace) {
    Trace *tr = trace_of(trace);
    return tr != NULL && tr->count > 0 ? tr->entries[0].frame : NULL;
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

static void text_frame(Text *b, bool first, const DnStackFrameInfo *frame, int32_t line, bool boundary) {
    if (!first) text_utf8(b, "\n");
    text_utf8(b, "   at ");
    if (frame->type != NULL) {
        text_utf8(b, frame->type);
        text_utf8(b, ".");
    }
    text_utf8(b, frame->method);
    if (line > 0 && frame->file != NULL) {
        char num[16];
        snprintf(num, sizeof num, "%d", (int)line);
        text_utf8(b, " in ");
        text_utf8(b, frame->file);
        text_utf8(b, ":line ");
        text_utf8(b, num);
    }
    if (boundary && !(frame->flags & DN_FRAME_ASYNC)) text_utf8(b, "\n--- End of stack trace from previous location ---");
}

static DnString *text_string(Text *b) {
    DnString *s = NULL;
    if (b->failed || b->length > (size_t)INT32_MAX) dn_throw_out_of_memory();
    else s = dn_string_from_utf16(b->chars, (int32_t)b->length);
    free(b->chars);
    return s;
}

DnString *dn_stack_trace_text(DnObject *ex) {
    DnObject **slot = trace_slot(ex);
    Trace *tr = slot != NULL ? trace_of(*slot) : NULL;
    if (tr == NULL || tr->count == 0) return NULL;
    Text b = {0};
    for (int64_t i = 0; i < tr->count; i++) {
        const Entry *e = &tr->entries[i];
        text_frame(&b, i == 0, e->frame, e->line, (e->flags & ENTRY_BOUNDARY) != 0);
    }
    return text_string(&b);
}

DnString *dn_stack_frames_text(const DnTraceFrame *frames, int32_t count, bool trailing_newline) {
    Text b = {0};
    bool first = true;
    for (int32_t i = 0; i < count; i++) {
        if (frames[i].frame == NULL) continue; /* a StackFrame with no method, as CoreLib skips it */
        text_frame(&b, first, frames[i].frame, frames[i].line, (frames[i].flags & DN_TRACE_BOUNDARY) != 0);
        first = false;
    }
    if (trailing_newline) text_utf8(&b, "\n");
    return text_string(&b);
}

DnTraceFrame *dn_stack_trace_frames(DnObject *ex, int32_t skip, int32_t *count) {
    *count = 0;
    DnObject **slot = trace_slot(ex);
    Trace *tr = slot != NULL ? trace_of(*slot) : NULL;
    if (tr == NULL || tr->count <= skip || tr->count > INT32_MAX) return NULL;
    int32_t n = (int32_t)tr->count - skip;
    DnTraceFrame *out = malloc((size_t)n * sizeof *out);
    if (out == NULL) return NULL;
    for (int32_t i = 0; i < n; i++) {
        const Entry *e = &tr->entries[skip + i];
        out[i] = (DnTraceFrame){e->frame, e->line, -1, (e->flags & ENTRY_BOUNDARY) ? DN_TRACE_BOUNDARY : 0u};
    }
    *count = n;
    return out;
}

/* Records are static data of the executable: a record is carried as its distance from this
 * anchor, which fits 32 bits in any image smaller than 2 GB. */
static const char record_anchor = 0;

int32_t dn_stack_frame_ref(const DnStackFrameInfo *frame) {
    if (frame == NULL) return 0;
    intptr_t d = (intptr_t)(const void *)frame - (intptr_t)(const void *)&record_anchor;
    return d > INT32_MIN && d <= INT32_MAX && d != 0 ? (int32_t)d : 0;
}

const DnStackFrameInfo *dn_stack_frame_deref(int32_t ref) {
    if (ref == 0) return NULL;
    return (const DnStackFrameInfo *)(const void *)(&record_anchor + ref);
}
