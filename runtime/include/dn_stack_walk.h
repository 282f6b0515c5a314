/*
 * dn_stack_walk.h — included by the one generated unit that holds a program's table of frame
 * addresses (src/codegen/stack-walk.ts), only in programs that capture traces of the current
 * stack. The runtime refers to the C unwinder weakly (runtime/src/stack_walk.c); this strong
 * reference links the unwinder (libgcc_s, or libgcc_eh in a static executable) into the
 * programs that walk their stack, and into no other.
 */
#ifndef DN_STACK_WALK_H
#define DN_STACK_WALK_H

#include "dotnative.h"

#if !defined(__wasm__) && !defined(_WIN32)
#include <unwind.h>
__attribute__((used)) static _Unwind_Reason_Code (*const dn_unwinder_reference)(_Unwind_Trace_Fn, void *) = _Unwind_Backtrace;
#endif

#endif
