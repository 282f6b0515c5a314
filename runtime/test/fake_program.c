/*
 * The fake "generated program" shared by the runtime's C tests (see fake_program.h).
 */
#include "fake_program.h"

#include <stdlib.h>

int fake_failures;
int fake_checks;
static int section_failures;
static int section_checks;
int fake_print_unhandled_handler;
const char *fake_process_exit_text;

/* ---- types ---- */

#define CLASS_FLAGS 0u
#define GC_CLASS_FLAGS DN_MT_FLAG_CONTAINS_GC_POINTERS

DnMethodTable Object_MT = {
    .flags = CLASS_FLAGS,
    .base_size = 24,
    .name = "System.Object",
    .dn_flags = DN_TYPE_FLAG_OBJECT,
    .cor_element_type = DN_ELEMENT_TYPE_OBJECT,
};
DnMethodTable ValueType_MT = {
    .flags = CLASS_FLAGS, .base_size = 24, .parent = &Object_MT, .name = "System.ValueType",
    .dn_flags = DN_TYPE_FLAG_ABSTRACT, .cor_element_type = DN_ELEMENT_TYPE_CLASS,
};
DnMethodTable Enum_MT = {
    .flags = CLASS_FLAGS, .base_size = 24, .parent = &ValueType_MT, .name = "System.Enum",
    .dn_flags = DN_TYPE_FLAG_ABSTRACT, .cor_element_type = DN_ELEMENT_TYPE_CLASS,
};
DnMethodTable Array_MT = {
    .flags = CLASS_FLAGS, .base_size = 24, .parent = &Object_MT, .name = "System.Array",
    .dn_flags = DN_TYPE_FLAG_ABSTRACT, .cor_element_type = DN_ELEMENT_TYPE_CLASS,
};
DnMethodTable String_MT = {
    .flags = DN_MT_FLAGS_WITH_COMPONENT_SIZE(CLASS_FLAGS, 2),
    .base_size = DN_STRING_BASE_SIZE,
    .parent = &Object_MT,
    .name = "System.String",
    .dn_flags = DN_TYPE_FLAG_STRING,
    .cor_element_type = DN_ELEMENT_TYPE_STRING,
};

#define PRIMITIVE(var, text, et, size)                                                         \
    DnMethodTable var = {                                                                      \
        .flags = DN_MT_FLAG_CATEGORY_TRUE_PRIMITIVE,                                           \
        .base_size = 24,                                                                       \
        .parent = &ValueType_MT,                                                               \
        .name = text,                                                                          \
        .instance_field_bytes = size,                                                          \
        .cor_element_type = et,                                                                \
    }
PRIMITIVE(Int32_MT, "System.Int32", DN_ELEMENT_TYPE_I4, 4);
PRIMITIVE(UInt32_MT, "System.UInt32", DN_ELEMENT_TYPE_U4, 4);
PRIMITIVE(Int64_MT, "System.Int64", DN_ELEMENT_TYPE_I8, 8);

#define SZARRAY_FLAGS (DN_MT_FLAG_CATEGORY_ARRAY | DN_MT_FLAG_CATEGORY_IF_ARRAY_THEN_SZARRAY)
#define SZARRAY(var, text, elem, size, gc)                                                     \
    DnMethodTable var = {                                                                      \
        .flags = DN_MT_FLAGS_WITH_COMPONENT_SIZE(SZARRAY_FLAGS | (gc), size),                  \
        .base_size = DN_SZARRAY_BASE_SIZE,                                                     \
        .parent = &Array_MT,                                                                   \
        .element_type = &elem,                                                                 \
        .name = text,                                                                          \
        .cor_element_type = DN_ELEMENT_TYPE_SZARRAY,                                           \
        .rank = 1,                                                                             \
    }
SZARRAY(StringArray_MT, "System.String[]", String_MT, 8, DN_MT_FLAG_CONTAINS_GC_POINTERS);
SZARRAY(ObjectArray_MT, "System.Object[]", Object_MT, 8, DN_MT_FLAG_CONTAINS_GC_POINTERS);
SZARRAY(Int32Array_MT, "System.Int32[]", Int32_MT, 4, 0);
SZARRAY(UInt32Array_MT, "System.UInt32[]", UInt32_MT, 4, 0);
SZARRAY(Int64Array_MT, "System.Int64[]", Int64_MT, 8, 0);

#define EXCEPTION(var, text, parent_mt)                                                        \
    DnMethodTable var = {                                                                      \
        .flags = GC_CLASS_FLAGS,                                                               \
        .base_size = 32,                                                                       \
        .parent = &parent_mt,                                                                  \
        .name = text,                                                                          \
        .instance_field_bytes = 16,                                                            \
        .cor_element_type = DN_ELEMENT_TYPE_CLASS,                                             \
    }
EXCEPTION(Exception_MT, "System.Exception", Object_MT);
EXCEPTION(TypeInitializationException_MT, "System.TypeInitializationException", Exception_MT);
EXCEPTION(BadToStringException_MT, "Test.BadToStringException", Exception_MT);
EXCEPTION(OutOfMemoryException_MT, "System.OutOfMemoryException", Exception_MT);

static DnMethodTable *kind_mts[DN_EXC_KIND_COUNT];

static const struct {
    const char *name;
    const char *message;
} kinds[DN_EXC_KIND_COUNT] = {
    [DN_EXC_NULL_REFERENCE] = {"System.NullReferenceException", "Object reference not set to an instance of an object."},
    [DN_EXC_INDEX_OUT_OF_RANGE] = {"System.IndexOutOfRangeException", "Index was outside the bounds of the array."},
    [DN_EXC_INVALID_CAST] = {"System.InvalidCastException", "Specified cast is not valid."},
    [DN_EXC_DIVIDE_BY_ZERO] = {"System.DivideByZeroException", "Attempted to divide by zero."},
    [DN_EXC_OVERFLOW] = {"System.OverflowException", "Arithmetic operation resulted in an overflow."},
    [DN_EXC_ARRAY_TYPE_MISMATCH] = {"System.ArrayTypeMismatchException",
                                    "Attempted to access an element as a type incompatible with the array."},
    [DN_EXC_OUT_OF_MEMORY] = {"System.OutOfMemoryException", "Insufficient memory to continue the execution of the program."},
    [DN_EXC_ARITHMETIC] = {"System.ArithmeticException", "Overflow or underflow in the arithmetic operation."},
    [DN_EXC_NOT_SUPPORTED] = {"System.NotSupportedException", "Specified method is not supported."},
    [DN_EXC_PLATFORM_NOT_SUPPORTED] = {"System.PlatformNotSupportedException", "Operation is not supported on this platform."},
    [DN_EXC_INVALID_PROGRAM] = {"System.InvalidProgramException", "Common Language Runtime detected an invalid program."},
    [DN_EXC_ENTRY_POINT_NOT_FOUND] = {"System.EntryPointNotFoundException", "Entry point was not found."},
    [DN_EXC_AMBIGUOUS_IMPLEMENTATION] = {"System.Runtime.AmbiguousImplementationException", "Ambiguous match found."},
    [DN_EXC_MISSING_METHOD] = {"System.MissingMethodException", "Attempted to access a missing method."},
    [DN_EXC_TYPE_LOAD] = {"System.TypeLoadException", "Failure has occurred while loading a type."},
    [DN_EXC_INSUFFICIENT_EXECUTION_STACK] = {"System.InsufficientExecutionStackException",
                                             "Insufficient stack to continue executing the program safely."},
    [DN_EXC_INVALID_OPERATION] = {"System.InvalidOperationException", "Operation is not valid due to the current state of the object."},
    [DN_EXC_ARGUMENT] = {"System.ArgumentException", "Value does not fall within the expected range."},
    [DN_EXC_ARGUMENT_NULL] = {"System.ArgumentNullException", "Value cannot be null."},
    [DN_EXC_ARGUMENT_OUT_OF_RANGE] = {"System.ArgumentOutOfRangeException", "Specified argument was out of the range of valid values."},
    [DN_EXC_THREAD_STATE] = {"System.Threading.ThreadStateException", "Thread was in an invalid state for the operation being executed."},
    [DN_EXC_SYNCHRONIZATION_LOCK] = {"System.Threading.SynchronizationLockException",
                                     "Object synchronization method was called from an unsynchronized block of code."},
};

__attribute__((constructor)) static void init_kind_mts(void) {
    for (int k = 0; k < DN_EXC_KIND_COUNT; k++) {
        if (k == DN_EXC_OUT_OF_MEMORY) {
            kind_mts[k] = &OutOfMemoryException_MT;
            continue;
        }
        DnMethodTable *mt = calloc(1, sizeof(DnMethodTable));
        *mt = Exception_MT;
        mt->name = kinds[k].name;
        mt->parent = &Exception_MT;
        kind_mts[k] = mt;
    }
}

const DnMethodTable *fake_exception_mt(DnExceptionKind kind) { return kind_mts[kind]; }

DnObject *fake_new_exception(const DnMethodTable *mt, const char *message, DnObject *inner) {
    FakeException *ex = (FakeException *)dn_alloc_object(mt);
    if (ex == NULL) return NULL;
    if (message != NULL) {
        DnString *m = fake_str(message);
        if (m == NULL) return NULL;
        ex->message = m;
    }
    ex->inner = inner;
    return (DnObject *)ex;
}

/* ---- hooks ---- */

static DnObject *hook_new_exception(DnExceptionKind kind, DnString *message) {
    if ((unsigned)kind >= DN_EXC_KIND_COUNT) return NULL;
    FakeException *ex = (FakeException *)dn_alloc_object(kind_mts[kind]);
    if (ex == NULL) return NULL;
    ex->message = message != NULL ? message : fake_str(kinds[kind].message);
    return ex->message != NULL ? (DnObject *)ex : NULL;
}

static DnObject *hook_new_type_initialization_exception(DnString *type_name, DnObject *inner) {
    char buf[512];
    snprintf(buf, sizeof buf, "The type initializer for '%s' threw an exception.", fake_utf8(type_name));
    return fake_new_exception(&TypeInitializationException_MT, buf, inner);
}

static void append(char *buf, size_t cap, const char *s) {
    size_t n = strlen(buf);
    snprintf(buf + n, cap - n, "%s", s);
}

static void exception_text(DnObject *ex, char *buf, size_t cap) {
    FakeException *e = (FakeException *)ex;
    append(buf, cap, ex->mt->name);
    append(buf, cap, ": ");
    if (e->message != NULL) append(buf, cap, fake_utf8(e->message));
    if (e->inner != NULL) {
        append(buf, cap, "\n ---> ");
        exception_text(e->inner, buf, cap);
        append(buf, cap, "\n   --- End of inner exception stack trace ---");
    }
}

const char *fake_exception_text(DnObject *ex) {
    static char buf[8192];
    buf[0] = 0;
    exception_text(ex, buf, sizeof buf);
    return buf;
}

static DnString *hook_exception_to_string(DnObject *ex) {
    if (ex->mt == &BadToStringException_MT) {
        dn_throw(fake_new_exception(&Exception_MT, "ToString failed", NULL));
        return NULL;
    }
    return fake_str(fake_exception_text(ex));
}

static void hook_on_unhandled_exception(DnObject *ex) {
    (void)ex;
    if (fake_print_unhandled_handler) fputs("[handler]\n", stderr);
}

static void hook_on_process_exit(void) {
    if (fake_process_exit_text != NULL) {
        fputs(fake_process_exit_text, stdout);
        fflush(stdout);
    }
}

const DnManagedHooks dn_managed_hooks = {
    .abi_version = DN_ABI_VERSION,
    .string_mt = &String_MT,
    .string_array_mt = &StringArray_MT,
    .object_mt = &Object_MT,
    .out_of_memory_exception_mt = &OutOfMemoryException_MT,
    .main = test_main,
    .new_exception = hook_new_exception,
    .new_type_initialization_exception = hook_new_type_initialization_exception,
    .exception_to_string = hook_exception_to_string,
    .on_unhandled_exception = hook_on_unhandled_exception,
    .on_process_exit = hook_on_process_exit,
};

/* ---- strings ---- */

DnString *fake_str(const char *utf8) { return dn_string_from_utf8(utf8, strlen(utf8)); }

const char *fake_utf8(const DnString *s) {
    static _Thread_local char buf[4096];
    size_t o = 0;
    if (s == NULL) return "(null)";
    for (int32_t i = 0; i < s->length && o + 4 < sizeof buf; i++) {
        uint32_t c = s->chars[i];
        if (c >= 0xD800 && c <= 0xDBFF && i + 1 < s->length) {
            c = 0x10000 + ((c - 0xD800) << 10) + (s->chars[i + 1] - 0xDC00u);
            i++;
        }
        if (c < 0x80) {
            buf[o++] = (char)c;
        } else if (c < 0x800) {
            buf[o++] = (char)(0xC0 | (c >> 6));
            buf[o++] = (char)(0x80 | (c & 0x3F));
        } else if (c < 0x10000) {
            buf[o++] = (char)(0xE0 | (c >> 12));
            buf[o++] = (char)(0x80 | ((c >> 6) & 0x3F));
            buf[o++] = (char)(0x80 | (c & 0x3F));
        } else {
            buf[o++] = (char)(0xF0 | (c >> 18));
            buf[o++] = (char)(0x80 | ((c >> 12) & 0x3F));
            buf[o++] = (char)(0x80 | ((c >> 6) & 0x3F));
            buf[o++] = (char)(0x80 | (c & 0x3F));
        }
    }
    buf[o] = 0;
    return buf;
}

bool fake_str_eq(const DnString *s, const char *utf8) { return s != NULL && strcmp(fake_utf8(s), utf8) == 0; }

/* ---- reporting ---- */

void fake_section(const char *name) {
    int failed = fake_failures - section_failures;
    int checks = fake_checks - section_checks;
    printf("%s - %s (%d checks)\n", failed ? "not ok" : "ok", name, checks);
    fflush(stdout);
    section_failures = fake_failures;
    section_checks = fake_checks;
}

int32_t fake_finish(void) {
    printf("checks: %d passed, %d failed\n", fake_checks - fake_failures, fake_failures);
    fflush(stdout);
    return fake_failures ? 1 : 0;
}

__attribute__((noinline)) void fake_scrub_stack(void) {
    volatile char buf[64 * 1024];
    memset((char *)buf, 0, sizeof buf);
    __asm__ volatile("" : : "r"(buf) : "memory");
}
