/*
 * Traces of the current stack (see "Traces of the current stack" in dotnative.h).
 *
 * The C unwinder (libgcc's or LLVM libunwind's _Unwind_Backtrace, present wherever code is
 * compiled with unwind tables, glibc or musl, gcc or clang) gives each frame's return address;
 * _Unwind_FindEnclosingFunction gives the start of the function holding it (from the FDE), and
 * the program's table maps that start to the method's record. Runtime functions, C library
 * frames and methods stack traces do not show are not in the table and are skipped. Targets
 * without an unwinder (WebAssembly), and Windows (where weak references to an undefined
 * function do not work the ELF way), have no current-stack frames yet.
 *
 * The unwinder's functions are weak references here, so that a program that never walks its
 * stack does not depend on the unwinder's library (libgcc_s); the generated unit holding the
 * table of a program that does references _Unwind_Backtrace and brings it in.
 */
#include "internal.h"

#include <pthread.h>
#include <stdlib.h>

#if defined(__wasm__) || defined(_WIN32)
#define DN_HAVE_UNWINDER 0
#else
#define DN_HAVE_UNWINDER 1
#include <unwind.h>
#pragma weak _Unwind_Backtrace
#pragma weak _Unwind_GetIP
#pragma weak _Unwind_FindEnclosingFunction
#endif

static int compare_code(const void *a, const void *b) {
    uintptr_t x = (uintptr_t)((const DnFrameAddress *)a)->code, y = (uintptr_t)((const DnFrameAddress *)b)->code;
    return x < y ? -1 : x > y;
}

/* The table is sorted once, in place, by the first walk (addresses are known at run time only). */
static pthread_mutex_t sort_lock = PTHREAD_MUTEX_INITIALIZER;
static bool table_sorted;

static void sort_table(DnFrameAddress *table, size_t count) {
    if (__atomic_load_n(&table_sorted, __ATOMIC_ACQUIRE)) return;
    pthread_mutex_lock(&sort_lock);
    if (!table_sorted) {
        qsort(table, count, sizeof *table, compare_code);
        __atomic_store_n(&table_sorted, true, __ATOMIC_RELEASE);
    }
    pthread_mutex_unlock(&sort_lock);
}

static const DnStackFrameInfo *lookup(const DnFrameAddress *table, size_t count, uintptr_t code) {
    size_t lo = 0, hi = count;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        uintptr_t c = (uintptr_t)table[mid].code;
        if (c == code) return table[mid].frame;
        if (c < code) lo = mid + 1;
        else hi = mid;
    }
    return NULL;
}

typedef struct Walk {
    const DnFrameAddress *table;
    size_t table_count;
    DnTraceFrame *frames;
    int32_t count, capacity;
    bool leading; /* still in the leading System.Diagnostics frames */
    int32_t skip;
    bool failed;
} Walk;

static void add_frame(Walk *w, const DnStackFrameInfo *frame, int32_t native_offset) {
    if (w->leading && (frame->flags & DN_FRAME_DIAGNOSTICS)) return;
    w->leading = false;
    if (w->skip > 0) {
        w->skip--;
        return;
    }
    if (w->count == w->capacity) {
        int32_t cap = w->capacity < 16 ? 16 : w->capacity * 2;
        DnTraceFrame *p = realloc(w->frames, (size_t)cap * sizeof *p);
        if (p == NULL) {
            w->failed = true;
            return;
        }
        w->frames = p;
        w->capacity = cap;
    }
    w->frames[w->count++] = (DnTraceFrame){frame, 0, native_offset, 0};
}

#if DN_HAVE_UNWINDER
static _Unwind_Reason_Code visit(struct _Unwind_Context *ctx, void *arg) {
    Walk *w = arg;
    uintptr_t ip = (uintptr_t)_Unwind_GetIP(ctx);
    if (ip == 0) return _URC_END_OF_STACK;
    /* The return address may be the first byte after the function (a call it never returns
     * from): the unwinder looks up ip - 1, inside the call. */
    void *start = _Unwind_FindEnclosingFunction((void *)ip);
    if (start != NULL) {
        const DnStackFrameInfo *frame = lookup(w->table, w->table_count, (uintptr_t)start);
        if (frame != NULL) add_frame(w, frame, (int32_t)(ip - (uintptr_t)start));
    }
    return w->failed ? _URC_END_OF_STACK : _URC_NO_REASON;
}
#endif

DnTraceFrame *dn_stack_walk_current(DnFrameAddress *table, size_t table_count, int32_t skip, int32_t *count) {
    *count = 0;
    Walk w = {table, table_count, NULL, 0, 0, true, skip, false};
#if DN_HAVE_UNWINDER
    if (_Unwind_Backtrace != NULL && _Unwind_GetIP != NULL && _Unwind_FindEnclosingFunction != NULL) {
        sort_table(table, table_count);
        _Unwind_Backtrace(visit, &w);
    }
#else
    (void)sort_table;
    (void)add_frame;
#endif
    if (w.failed || w.count == 0) {
        free(w.frames);
        return NULL;
    }
    *count = w.count;
    return w.frames;
}
