/*
 * A hand-written stand-in for a generated program, for the runtime's C tests: a few
 * MethodTables laid out as the code generator will lay them out, a dn_managed_hooks table whose
 * "managed" exceptions are plain C, and a small assertion kit. Each test program defines
 * test_main (the managed Main) and links this file, the runtime and runtime/src/main.c.
 */
#ifndef FAKE_PROGRAM_H
#define FAKE_PROGRAM_H

#include "dotnative.h"

#include <stdio.h>
#include <string.h>

/* ---- core types (static, as the code generator emits them) ---- */
extern DnMethodTable Object_MT, ValueType_MT, Enum_MT, Array_MT, String_MT;
extern DnMethodTable StringArray_MT, ObjectArray_MT;
extern DnMethodTable Int32_MT, UInt32_MT, Int64_MT, Int32Array_MT, UInt32Array_MT, Int64Array_MT;
extern DnMethodTable Exception_MT, TypeInitializationException_MT, BadToStringException_MT, OutOfMemoryException_MT;

/* The exception class for a runtime exception kind (all derive from Exception_MT). */
const DnMethodTable *fake_exception_mt(DnExceptionKind kind);

/* Instance layout of every fake exception. */
typedef struct FakeException {
    const DnMethodTable *mt;
    DnString *message;
    DnObject *inner;
} FakeException;

/* new <mt>(message) where mt is an exception type; NULL + pending on failure. */
DnObject *fake_new_exception(const DnMethodTable *mt, const char *message, DnObject *inner);
/* "<type>: <message>" of an exception object, as UTF-8 in a static buffer. */
const char *fake_exception_text(DnObject *ex);

/* Hook behaviour switches for test_startup. */
extern int fake_print_unhandled_handler; /* on_unhandled_exception prints "[handler]\n" to stderr */
extern const char *fake_process_exit_text; /* on_process_exit prints this to stdout */

/* The test's managed Main. */
int32_t test_main(DnArray *args);

/* ---- strings ---- */
DnString *fake_str(const char *utf8);
bool fake_str_eq(const DnString *s, const char *utf8);
/* UTF-8 text of a string (static buffer, truncated at 4 KiB). */
const char *fake_utf8(const DnString *s);

/* ---- assertions ---- */
extern int fake_failures;
extern int fake_checks;
#define CHECK(cond)                                                                            \
    do {                                                                                       \
        fake_checks++;                                                                         \
        if (!(cond)) {                                                                         \
            fake_failures++;                                                                   \
            printf("FAILED %s:%d: %s\n", __FILE__, __LINE__, #cond);                           \
            fflush(stdout);                                                                    \
        }                                                                                      \
    } while (0)
#define CHECK_EQ_LL(a, b)                                                                      \
    do {                                                                                       \
        long long a_ = (long long)(a), b_ = (long long)(b);                                    \
        fake_checks++;                                                                         \
        if (a_ != b_) {                                                                        \
            fake_failures++;                                                                   \
            printf("FAILED %s:%d: %s == %s (%lld != %lld)\n", __FILE__, __LINE__, #a, #b, a_, b_); \
            fflush(stdout);                                                                    \
        }                                                                                      \
    } while (0)
#define CHECK_STR(actual, expected)                                                            \
    do {                                                                                       \
        const char *a_ = (actual), *b_ = (expected);                                           \
        fake_checks++;                                                                         \
        if (a_ == NULL || strcmp(a_, b_) != 0) {                                               \
            fake_failures++;                                                                   \
            printf("FAILED %s:%d: %s\n  actual:   %s\n  expected: %s\n", __FILE__, __LINE__, #actual, \
                   a_ ? a_ : "(null)", b_);                                                    \
            fflush(stdout);                                                                    \
        }                                                                                      \
    } while (0)
/* Prints "ok - name" (or "not ok - name") for the checks since the previous section. */
void fake_section(const char *name);
/* Ends the test: "N passed, M failed" and exit status 0 iff nothing failed. */
int32_t fake_finish(void);

/* Fills the stack below the caller with zeros, so stale references do not keep garbage alive
 * under the conservative collector. */
void fake_scrub_stack(void);

#endif
