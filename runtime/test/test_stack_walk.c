/*
 * Traces of the current stack: nested functions found in the frame table are reported
 * innermost first, functions not in it are skipped, leading System.Diagnostics frames are
 * dropped and `skip` more after them; the table may be given in any order.
 */
#include "fake_program.h"
#include "dn_stack_walk.h" /* links the unwinder, as the generated table unit does */

#include <stdlib.h>

static const DnStackFrameInfo capture_info = {"System.Diagnostics.StackTrace", "CaptureStackTrace()", NULL, DN_FRAME_DIAGNOSTICS};
static const DnStackFrameInfo inner_info = {"Test.Program", "Inner()", NULL, 0};
static const DnStackFrameInfo outer_info = {"Test.Program", "Outer()", NULL, 0};

static int32_t walk_skip;
static int32_t walk_count;
static DnTraceFrame *walk_frames;

DN_NOINLINE static void capture(void);
DN_NOINLINE static void inner(void);
DN_NOINLINE static void hidden(void);
DN_NOINLINE static void outer(void);

/* Unsorted on purpose: the first walk sorts it. */
static DnFrameAddress table[] = {
    {(const void *)&outer, &outer_info},
    {(const void *)&capture, &capture_info},
    {(const void *)&inner, &inner_info},
};

static volatile int sink;

DN_NOINLINE static void capture(void) {
    walk_frames = dn_stack_walk_current(table, sizeof table / sizeof table[0], walk_skip, &walk_count);
    sink++;
}
DN_NOINLINE static void inner(void) { capture(); sink++; }
DN_NOINLINE static void hidden(void) { inner(); sink++; } /* not in the table */
DN_NOINLINE static void outer(void) { hidden(); sink++; }

static void test_walk(void) {
#if defined(__wasm__) || defined(_WIN32)
    fake_section("no unwinder: no frames");
#else
    walk_skip = 0;
    outer();
    CHECK_EQ_LL(walk_count, 2);
    if (walk_count == 2) {
        CHECK(walk_frames[0].frame == &inner_info && walk_frames[1].frame == &outer_info);
        CHECK(walk_frames[0].native_offset > 0 && walk_frames[0].line == 0);
    }
    free(walk_frames);
    fake_section("frames in the table, innermost first, capture machinery dropped");

    walk_skip = 1;
    outer();
    CHECK_EQ_LL(walk_count, 1);
    if (walk_count == 1) CHECK(walk_frames[0].frame == &outer_info);
    free(walk_frames);
    walk_skip = 5;
    outer();
    CHECK(walk_count == 0 && walk_frames == NULL);
    fake_section("skipped frames");

    DnTraceFrame frames[2] = {{&inner_info, 0, 4, 0}, {&outer_info, 0, 8, 0}};
    CHECK_STR(fake_utf8(dn_stack_frames_text(frames, 2, true)), "   at Test.Program.Inner()\n   at Test.Program.Outer()\n");
    CHECK_STR(fake_utf8(dn_stack_frames_text(frames, 0, false)), "");
    CHECK(dn_stack_frame_deref(dn_stack_frame_ref(&outer_info)) == &outer_info && dn_stack_frame_ref(NULL) == 0);
    fake_section("text and record references");
#endif
}

int32_t test_main(DnArray *args) {
    (void)args;
    test_walk();
    CHECK(!dn_exception_pending());
    return fake_finish();
}
