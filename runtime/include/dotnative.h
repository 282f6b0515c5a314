/*
 * dotnative.h — the contract between the C the code generator emits and the dotnative runtime.
 *
 * Everything the generated program may use is declared here; everything else in runtime/src is
 * private. Read docs/architecture.md and /work/shared ARCHITECTURE.md decisions 2 (object layout
 * matches CoreCLR), 3 (GC behind a narrow interface: dn_gc.h), 4 (exceptions by explicit
 * propagation), 6 (runtime checks stay) and 7 (observable behaviour of `dotnet`) first.
 *
 * Target: 64-bit little-endian (linux-x64, linux-arm64). C11 with the GNU extensions that both
 * gcc and clang accept (anonymous unions, __builtin_expect, statement attributes, static
 * initialisation of a flexible array member). Generated code should be compiled with
 * -fwrapv (managed integer arithmetic wraps) and -fno-strict-aliasing (objects are accessed
 * through several struct types); runtime/build.json passes both.
 *
 * Conventions used throughout:
 *   - "can throw": the function records an exception as pending (see "Exceptions") and returns
 *     a documented value (NULL, false, 0). The caller tests DN_UNLIKELY(dn_exception_pending())
 *     (or the documented return value) and jumps to its handler dispatch.
 *   - Object references are `DnObject*` (or a more specific type) pointing at the MethodTable
 *     pointer of the object, never at its header.
 *   - MethodTables, interface maps, slot tables and vtables are emitted by the code generator
 *     as static data; the runtime only reads them (except DnMethodTableAuxData, which is
 *     writable).
 */
#ifndef DOTNATIVE_H
#define DOTNATIVE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Bumped whenever a struct layout or a hook signature in this file changes. The generated
 * program stores the value it was compiled against in dn_managed_hooks.abi_version; start-up
 * refuses to run a mismatch. */
#define DN_ABI_VERSION 1

/* ============================================================================================
 * Compiler helpers
 * ========================================================================================== */

#define DN_LIKELY(x) __builtin_expect(!!(x), 1)
#define DN_UNLIKELY(x) __builtin_expect(!!(x), 0)
/* Addresses below this fault on every supported system (Linux never maps the first 64 KB):
 * application code checks unmanaged pointers against it (NullReferenceException). */
#define DN_NULL_PAGE_END ((uintptr_t)0x10000)
#define DN_NORETURN __attribute__((noreturn))
#define DN_COLD __attribute__((cold, noinline))
#define DN_INLINE static inline __attribute__((always_inline))
#define DN_NOINLINE __attribute__((noinline))

/* A code pointer of unknown signature. Slot tables and vtables hold DnFnPtr; the generated
 * code casts an entry to the method's real C type before calling it. */
typedef void (*DnFnPtr)(void);

typedef struct DnMethodTable DnMethodTable;
typedef struct DnMethodTableAuxData DnMethodTableAuxData;
typedef struct DnObject DnObject;
typedef struct DnArray DnArray;
typedef struct DnString DnString;
typedef struct DnThread DnThread;
typedef struct DnCctorState DnCctorState;

/* ============================================================================================
 * Object model (ARCHITECTURE decision 2; src/typesystem/layout.ts computes the same numbers)
 *
 *   address:  obj-8          obj+0              obj+8 ...
 *             [ DnObjHeader ][ DnMethodTable* ][ instance fields (layout.ts offsets) ]
 *
 * A GC allocation starts at the header: an object of BaseSize B occupies [obj-8, obj-8+B).
 * BaseSize counts the header and the MethodTable pointer (CoreCLR's definition) and is at
 * least 24.
 *
 * Arrays:   obj+8  uint32 length, obj+12 padding (RawArrayData.Length/Padding in CoreLib),
 *           obj+16 elements (SZ arrays). BaseSize 24, ComponentSize = element size.
 *           Multi-dimensional arrays (rank r): obj+16 int32 lengths[r], then int32
 *           lower_bounds[r], elements at obj+16+8r; BaseSize 24+8r; obj+8 holds the total
 *           element count.
 * Strings:  obj+8 int32 length, obj+12 UTF-16 chars, always followed by a NUL char (CoreCLR
 *           keeps it; `fixed (char* p = s)` relies on it). BaseSize 22, ComponentSize 2; the
 *           allocation is BaseSize + 2*length rounded up to 8.
 * ========================================================================================== */

/*
 * The word before every object. CoreCLR keeps its ObjHeader (m_SyncBlockValue) in the 4 bytes
 * at obj-4 and padding at obj-8; CoreLib's C# in .NET 10 does not read either. dotnative uses:
 *   sync_block_value (obj-4): the hash code, with CoreCLR's bit assignment:
 *       DN_HEADER_IS_HASH_OR_SYNCBLKINDEX | DN_HEADER_IS_HASHCODE | 26-bit hash code.
 *   lock_word (obj-8): reserved for the monitor implementation (thin lock); 0 = unlocked.
 * Both are 0 in a new object.
 */
typedef struct DnObjHeader {
    uint32_t lock_word;        /* obj-8 */
    uint32_t sync_block_value; /* obj-4 */
} DnObjHeader;

#define DN_HEADER_IS_HASH_OR_SYNCBLKINDEX 0x08000000u
#define DN_HEADER_IS_HASHCODE 0x04000000u
#define DN_HEADER_HASHCODE_MASK 0x03FFFFFFu

struct DnObject {
    const DnMethodTable *mt; /* obj+0 */
    /* instance fields follow at obj+8 */
};

struct DnArray {
    const DnMethodTable *mt; /* +0 */
    uint32_t length;         /* +8: element count (for MD arrays: the product of the lengths) */
    uint32_t padding;        /* +12 */
    uint8_t data[];          /* +16: SZ array elements (MD arrays: lengths, then lower bounds) */
};

struct DnString {
    const DnMethodTable *mt; /* +0 */
    int32_t length;          /* +8 */
    uint16_t chars[];        /* +12: length UTF-16 code units, then a 0 */
};

/* Offsets as constants, for code that computes addresses itself. */
#define DN_OBJECT_HEADER_OFFSET (-8)
#define DN_ARRAY_LENGTH_OFFSET 8
#define DN_ARRAY_DATA_OFFSET 16
#define DN_STRING_LENGTH_OFFSET 8
#define DN_STRING_CHARS_OFFSET 12
#define DN_STRING_BASE_SIZE 22u     /* header + MT + length + NUL */
#define DN_SZARRAY_BASE_SIZE 24u    /* header + MT + length/padding */
#define DN_MIN_OBJECT_SIZE 24u      /* CoreCLR's minimum BaseSize on 64-bit */
#define DN_MAX_ARRAY_LENGTH 0x7FFFFFC7 /* Array.MaxLength: longer arrays throw OutOfMemoryException */
#define DN_MAX_STRING_LENGTH 0x3FFFFFDF /* CoreCLR's string length limit */

DN_INLINE DnObjHeader *dn_object_header(DnObject *obj) { return (DnObjHeader *)((char *)obj - 8); }
/* The elements of an SZ array, typed: DN_ARRAY_DATA(arr, int32_t)[i]. */
#define DN_ARRAY_DATA(arr, T) ((T *)(void *)((char *)(arr) + DN_ARRAY_DATA_OFFSET))
/* The lengths (int32[rank]) and lower bounds (int32[rank]) of an MD array, and its elements. */
#define DN_MDARRAY_LENGTHS(arr) ((int32_t *)(void *)((char *)(arr) + 16))
#define DN_MDARRAY_LOWER_BOUNDS(arr, rank) ((int32_t *)(void *)((char *)(arr) + 16 + 4 * (rank)))
#define DN_MDARRAY_DATA(arr, T, rank) ((T *)(void *)((char *)(arr) + 16 + 8 * (rank)))

/*
 * Frozen (statically emitted) objects. The code generator may emit string literals and other
 * preinitialised objects as static data instead of allocating them. Such an object must look
 * exactly like a heap object: an 8-byte DnObjHeader (zero), then the MethodTable pointer, at
 * 8-byte alignment. Rules:
 *   - emit it in WRITABLE memory (not `const`): RuntimeHelpers.GetHashCode and Monitor write
 *     the header of any object, literals included;
 *   - a frozen object is never collected and never finalized; the GC ignores pointers to it;
 *   - if it holds references to heap objects, it is scanned as a root (static data is), so
 *     no registration is needed.
 * Example, the literal "hi" (the object pointer is &lit.mt, cast to DnString*):
 *   static struct { DnObjHeader h; const DnMethodTable *mt; int32_t len; uint16_t c[3]; }
 *       __attribute__((aligned(8))) lit = { {0, 0}, &String_MT, 2, u"hi" };
 * DN_FROZEN_STRING does this; the char array holds len+1 units (the NUL).
 */
#define DN_FROZEN_STRING(var, string_mt, len, u16literal)                                      \
    static struct {                                                                          \
        DnObjHeader header;                                                                  \
        const DnMethodTable *mt;                                                             \
        int32_t length;                                                                      \
        uint16_t chars[(len) + 1];                                                           \
    } __attribute__((aligned(8))) var = {{0, 0}, (string_mt), (len), u16literal}
#define DN_FROZEN_OBJECT_REF(var) ((DnObject *)(void *)&(var).mt)

/* ============================================================================================
 * MethodTable: the type descriptor at obj+0
 *
 * The first 0x40 bytes are laid out exactly as CoreLib's C# `MethodTable` struct reads them
 * (System.Runtime.CompilerServices.MethodTable, [StructLayout(LayoutKind.Explicit)], in
 * src/coreclr/System.Private.CoreLib/src/System/Runtime/CompilerServices/RuntimeHelpers.CoreCLR.cs).
 * The offsets below were verified against the FieldOffset metadata of the installed .NET 10.0.12
 * System.Private.CoreLib.dll (release build: DebugClassNamePtr = 0), and every flag value
 * against the IL of the property that tests it (`dotnative inspect System.Private.CoreLib --il
 * System.Runtime.CompilerServices.MethodTable::get_<Name>`). Fields CoreLib does not read
 * (flags2, num_virtuals, module, ee_class) are kept at their native methodtable.h offsets so
 * the prefix stays the same shape. dotnative's own fields follow from 0x40.
 * ========================================================================================== */

/* Flags (the 32-bit word at 0x00; its low 16 bits are ComponentSize when HasComponentSize). */
#define DN_MT_FLAG_GENERICS_MASK 0x00000030u           /* get_HasInstantiation: & 48 */
#define DN_MT_FLAG_GENERICS_NON_GENERIC 0x00000000u
#define DN_MT_FLAG_GENERICS_GENERIC_INST 0x00000010u   /* get_IsConstructedGenericType: == 16 */
#define DN_MT_FLAG_GENERICS_SHARED_INST 0x00000020u    /* get_IsSharedByGenericInstantiations: == 32 */
#define DN_MT_FLAG_GENERICS_TYPICAL_INST 0x00000030u   /* get_IsGenericTypeDefinition: == 48 */
#define DN_MT_FLAG_HAS_DEFAULT_CTOR 0x00000200u        /* get_HasDefaultConstructor */
#define DN_MT_FLAG_IS_BYREF_LIKE 0x00001000u           /* get_IsByRefLike */
#define DN_MT_FLAG_CATEGORY_MASK 0x000F0000u           /* get_IsInterface/IsNullable/IsTruePrimitive: & 0xF0000 */
#define DN_MT_FLAG_CATEGORY_CLASS 0x00000000u
#define DN_MT_FLAG_CATEGORY_VALUETYPE_MASK 0x000C0000u /* get_IsValueType: & 0xC0000 == 0x40000 */
#define DN_MT_FLAG_CATEGORY_VALUETYPE 0x00040000u
#define DN_MT_FLAG_CATEGORY_NULLABLE 0x00050000u       /* get_IsNullable */
#define DN_MT_FLAG_CATEGORY_PRIMITIVE_VALUETYPE 0x00060000u /* enums (get_IsPrimitive: & 0xE0000 == 0x60000) */
#define DN_MT_FLAG_CATEGORY_TRUE_PRIMITIVE 0x00070000u /* get_IsTruePrimitive: int, double, IntPtr... */
#define DN_MT_FLAG_CATEGORY_ARRAY 0x00080000u          /* get_IsArray: & 0xC0000 == 0x80000 */
#define DN_MT_FLAG_CATEGORY_ARRAY_MASK 0x000C0000u
#define DN_MT_FLAG_CATEGORY_IF_ARRAY_THEN_SZARRAY 0x00020000u /* methodtable.h; SZ arrays: ARRAY|this */
#define DN_MT_FLAG_CATEGORY_INTERFACE 0x000C0000u      /* get_IsInterface: == 0xC0000 */
#define DN_MT_FLAG_HAS_FINALIZER 0x00100000u           /* get_HasFinalizer */
#define DN_MT_FLAG_CONTAINS_GC_POINTERS 0x01000000u    /* get_ContainsGCPointers */
#define DN_MT_FLAG_HAS_TYPE_EQUIVALENCE 0x02000000u    /* HasTypeEquivalence (never set by dotnative) */
#define DN_MT_FLAG_IDYNAMIC_INTERFACE_CASTABLE 0x10000000u /* part of NonTrivialInterfaceCast (0x500C0000) */
#define DN_MT_FLAG_CONTAINS_GENERIC_VARIABLES 0x20000000u /* get_ContainsGenericVariables */
#define DN_MT_FLAG_COM_OBJECT 0x40000000u              /* part of NonTrivialInterfaceCast */
#define DN_MT_FLAG_HAS_COMPONENT_SIZE 0x80000000u      /* get_HasComponentSize: arrays and String */
/* NonTrivialInterfaceCast = ARRAY category bit | COM | IDynamicInterfaceCastable | VALUETYPE bit */
#define DN_MT_FLAG_NON_TRIVIAL_INTERFACE_CAST 0x500C0000u
/* The flags word of a type with a component size (arrays, String): ComponentSize lives in its
 * low 16 bits, so a static initializer sets `.flags = DN_MT_FLAGS_WITH_COMPONENT_SIZE(f, size)`
 * (designating both .flags and .component_size would let the last one win). */
#define DN_MT_FLAGS_WITH_COMPONENT_SIZE(flags, size) ((flags) | DN_MT_FLAG_HAS_COMPONENT_SIZE | (uint32_t)(uint16_t)(size))

/* dotnative's flags (dn_flags at 0x48). */
#define DN_TYPE_FLAG_OBJECT 0x0001u          /* System.Object */
#define DN_TYPE_FLAG_STRING 0x0002u          /* System.String */
#define DN_TYPE_FLAG_ARRAY_INTERFACE 0x0004u /* an instantiation of IList<T>, ICollection<T>, IEnumerable<T>,
                                                IReadOnlyList<T> or IReadOnlyCollection<T>: SZ arrays of U
                                                are instances when U[] is castable to T[] */
#define DN_TYPE_FLAG_HAS_VARIANCE 0x0008u    /* generic_variance has a co- or contravariant parameter */
#define DN_TYPE_FLAG_ABSTRACT 0x0010u        /* abstract class or interface (informational) */
#define DN_TYPE_FLAG_DELEGATE 0x0020u        /* derives from System.MulticastDelegate (informational) */

/* CorElementType values (ECMA-335 II.23.1.16), for cor_element_type. */
enum {
    DN_ELEMENT_TYPE_VOID = 0x01, DN_ELEMENT_TYPE_BOOLEAN = 0x02, DN_ELEMENT_TYPE_CHAR = 0x03,
    DN_ELEMENT_TYPE_I1 = 0x04, DN_ELEMENT_TYPE_U1 = 0x05, DN_ELEMENT_TYPE_I2 = 0x06,
    DN_ELEMENT_TYPE_U2 = 0x07, DN_ELEMENT_TYPE_I4 = 0x08, DN_ELEMENT_TYPE_U4 = 0x09,
    DN_ELEMENT_TYPE_I8 = 0x0a, DN_ELEMENT_TYPE_U8 = 0x0b, DN_ELEMENT_TYPE_R4 = 0x0c,
    DN_ELEMENT_TYPE_R8 = 0x0d, DN_ELEMENT_TYPE_STRING = 0x0e, DN_ELEMENT_TYPE_PTR = 0x0f,
    DN_ELEMENT_TYPE_BYREF = 0x10, DN_ELEMENT_TYPE_VALUETYPE = 0x11, DN_ELEMENT_TYPE_CLASS = 0x12,
    DN_ELEMENT_TYPE_ARRAY = 0x14, DN_ELEMENT_TYPE_I = 0x18, DN_ELEMENT_TYPE_U = 0x19,
    DN_ELEMENT_TYPE_FNPTR = 0x1b, DN_ELEMENT_TYPE_OBJECT = 0x1c, DN_ELEMENT_TYPE_SZARRAY = 0x1d,
};

/* Generic parameter variance (generic_variance entries); ECMA II.23.1.7 values. */
enum { DN_VARIANCE_NONE = 0, DN_VARIANCE_COVARIANT = 1, DN_VARIANCE_CONTRAVARIANT = 2 };

/*
 * MethodTableAuxiliaryData as CoreLib's C# reads it (struct MethodTableAuxiliaryData,
 * LayoutKind.Sequential, .NET 10): uint Flags at 0, void* LoaderModule at 8, nint
 * ExposedClassObjectRaw at 16 (a RuntimeType object: a GC reference, so emit it in writable,
 * scanned static data). Flag bits read by CoreLib: 0x1 IsClassInited (get_IsClassInited),
 * 0x2001 both set = IsClassInitedAndActive, 0x2 HasCheckedCanCompareBitsOrUseFastGetHashCode,
 * 0x4 CanCompareBitsOrUseFastGetHashCode, 0x400/0x800/0x1000 stream overrides.
 * dn_ensure_cctor sets DN_AUX_FLAG_INITIALIZED when a type's class constructor has run.
 */
struct DnMethodTableAuxData {
    uint32_t flags;                /* +0 */
    uint32_t padding;              /* +4 */
    const void *loader_module;     /* +8 */
    DnObject *exposed_class_object; /* +16: the RuntimeType, or NULL until created */
};
#define DN_AUX_FLAG_INITIALIZED 0x0001u
#define DN_AUX_FLAG_INITIALIZED_AND_ACTIVE 0x2001u

struct DnMethodTable {
    /* ---- CoreCLR prefix (CoreLib's C# reads these) ---- */
    union {
        uint16_t component_size; /* 0x00 ComponentSize: element size of arrays, 2 for String */
        uint32_t flags;          /* 0x00 Flags (DN_MT_FLAG_*); low 16 bits overlap ComponentSize */
    };
    uint32_t base_size;      /* 0x04 BaseSize: header + MT pointer + fields, 8-aligned, >= 24
                                     (value types: the boxed size); arrays 24 (+8 per MD rank);
                                     String 22 */
    uint32_t flags2;         /* 0x08 m_dwFlags2 (native only): 0 */
    uint16_t num_virtuals;   /* 0x0C m_wNumVirtuals (native only): entries in vtable[] */
    uint16_t num_interfaces; /* 0x0E InterfaceCount: entries in interface_map[] */
    const DnMethodTable *parent; /* 0x10 ParentMethodTable: base class; NULL for Object and
                                    interfaces; arrays: System.Array; value types: ValueType or Enum */
    const void *module;          /* 0x18 m_pModule (native only): NULL */
    DnMethodTableAuxData *aux;   /* 0x20 AuxiliaryData: writable; may be NULL if CoreLib never
                                    asks (RuntimeType, statics info) */
    const void *ee_class;        /* 0x28 m_pEEClass/m_pCanonMT (native only): NULL or the
                                    canonical MethodTable */
    union {                      /* 0x30 */
        const DnMethodTable *element_type; /* ElementType: arrays: the element's MethodTable */
        const DnMethodTable *const *const *per_inst_info; /* PerInstInfo: generic instantiations:
                                    an array of dictionaries, one per generic type in the parent
                                    chain, base-most first; the last one is this type's and
                                    starts with its type arguments (CoreCLR's shape) */
    };
    union {                      /* 0x38 */
        const DnMethodTable *const *interface_map; /* InterfaceMap: num_interfaces MethodTables:
                                    EVERY interface the type implements, inherited ones included
                                    (from base classes and from interface inheritance), as in
                                    CoreCLR. For an interface: the interfaces it inherits. */
        struct {
            uint32_t value_offset; /* NullableValueAddrOffset: Nullable<T> only (it implements
                                      no interface): offset of Value in the unboxed Nullable */
            uint32_t value_size;   /* NullableValueSize: size of T */
        } nullable;
    };

    /* ---- dotnative extension (0x40...) ---- */
    const char *name;           /* 0x40 UTF-8 type name as `dotnet` prints it in exception
                                   messages, e.g. "System.Collections.Generic.List`1[System.String]",
                                   "System.Int32[,]" (InvalidCastException texts use it verbatim) */
    uint32_t dn_flags;          /* 0x48 DN_TYPE_FLAG_* */
    uint32_t instance_field_bytes; /* 0x4C CoreCLR's NumInstanceFieldBytes: value types: the size
                                   of an unboxed value (what box copies); classes: field bytes
                                   after the MT pointer; arrays/String: 0 */
    uint8_t cor_element_type;   /* 0x50 CorElementType (DN_ELEMENT_TYPE_*): primitives their own,
                                   enums their underlying type's, other value types VALUETYPE,
                                   classes CLASS (String STRING, Object OBJECT), arrays
                                   SZARRAY/ARRAY, pointer types PTR */
    uint8_t rank;               /* 0x51 arrays: the rank (1 for SZ arrays); otherwise 0 */
    uint16_t num_generic_args;  /* 0x52 entries in generic_args */
    uint32_t reserved;          /* 0x54 0 */
    void (*finalizer)(DnObject *obj); /* 0x58 the Finalize override the finalizer thread calls
                                   (NULL: none; then DN_MT_FLAG_HAS_FINALIZER must be clear). It
                                   is called on the finalizer thread; an exception left pending
                                   when it returns is unhandled (the process ends, as in .NET) */
    const DnFnPtr *const *interface_slots; /* 0x60 parallel to interface_map: interface_slots[i]
                                   is the implementation table of interface_map[i]:
                                   interface_slots[i][s] is the code for the interface's
                                   virtual slot s (a default method, or a stub that throws for
                                   re-abstracted/ambiguous slots). NULL for interfaces. */
    DnCctorState *cctor;        /* 0x68 the type's class-constructor state, or NULL
                                   (RuntimeHelpers.RunClassConstructor) */
    const void *generic_definition; /* 0x70 identity of the generic type definition (any unique
                                   pointer, e.g. the definition's MethodTable), NULL if not an
                                   instantiation. Two instantiations of one definition must
                                   carry the same pointer (variance checks compare it). */
    const DnMethodTable *const *generic_args; /* 0x78 the type arguments (num_generic_args) */
    const uint8_t *generic_variance; /* 0x80 per type argument: DN_VARIANCE_*; NULL = invariant */
    const void *type_info;      /* 0x88 the code generator's own per-type data (reflection...),
                                   never read by the runtime */
    DnFnPtr vtable[];           /* 0x90 virtual slots (num_virtuals): Object's 4 first
                                   (Finalize, ToString, Equals, GetHashCode), then each class's
                                   new slots in layout order. Call: ((Sig)obj->mt->vtable[s])(...) */
};

/* The layout is part of the ABI: checked wherever this header is compiled (as C). */
#ifndef __cplusplus
_Static_assert(offsetof(DnMethodTable, base_size) == 0x04, "BaseSize");
_Static_assert(offsetof(DnMethodTable, num_interfaces) == 0x0E, "InterfaceCount");
_Static_assert(offsetof(DnMethodTable, parent) == 0x10, "ParentMethodTable");
_Static_assert(offsetof(DnMethodTable, aux) == 0x20, "AuxiliaryData");
_Static_assert(offsetof(DnMethodTable, element_type) == 0x30, "ElementType/PerInstInfo");
_Static_assert(offsetof(DnMethodTable, interface_map) == 0x38, "InterfaceMap");
_Static_assert(offsetof(DnMethodTable, nullable.value_size) == 0x3C, "NullableValueSize");
_Static_assert(offsetof(DnMethodTable, name) == 0x40, "extension start");
_Static_assert(offsetof(DnMethodTable, finalizer) == 0x58, "finalizer");
_Static_assert(offsetof(DnMethodTable, vtable) == 0x90, "vtable");
_Static_assert(offsetof(DnArray, length) == DN_ARRAY_LENGTH_OFFSET, "array length");
_Static_assert(offsetof(DnArray, data) == DN_ARRAY_DATA_OFFSET, "array data");
_Static_assert(offsetof(DnString, length) == DN_STRING_LENGTH_OFFSET, "string length");
_Static_assert(offsetof(DnString, chars) == DN_STRING_CHARS_OFFSET, "string chars");
_Static_assert(offsetof(DnMethodTableAuxData, exposed_class_object) == 16, "ExposedClassObjectRaw");
#endif

/* Category tests (mirror CoreLib's properties). */
DN_INLINE uint32_t dn_mt_category(const DnMethodTable *mt) { return mt->flags & DN_MT_FLAG_CATEGORY_MASK; }
DN_INLINE bool dn_mt_is_interface(const DnMethodTable *mt) { return dn_mt_category(mt) == DN_MT_FLAG_CATEGORY_INTERFACE; }
DN_INLINE bool dn_mt_is_value_type(const DnMethodTable *mt) {
    return (mt->flags & DN_MT_FLAG_CATEGORY_VALUETYPE_MASK) == DN_MT_FLAG_CATEGORY_VALUETYPE;
}
DN_INLINE bool dn_mt_is_array(const DnMethodTable *mt) {
    return (mt->flags & DN_MT_FLAG_CATEGORY_ARRAY_MASK) == DN_MT_FLAG_CATEGORY_ARRAY;
}
DN_INLINE bool dn_mt_is_szarray(const DnMethodTable *mt) {
    return (mt->flags & (DN_MT_FLAG_CATEGORY_ARRAY_MASK | DN_MT_FLAG_CATEGORY_IF_ARRAY_THEN_SZARRAY)) ==
           (DN_MT_FLAG_CATEGORY_ARRAY | DN_MT_FLAG_CATEGORY_IF_ARRAY_THEN_SZARRAY);
}
DN_INLINE bool dn_mt_is_nullable(const DnMethodTable *mt) { return dn_mt_category(mt) == DN_MT_FLAG_CATEGORY_NULLABLE; }
DN_INLINE bool dn_mt_has_component_size(const DnMethodTable *mt) { return (mt->flags & DN_MT_FLAG_HAS_COMPONENT_SIZE) != 0; }
DN_INLINE bool dn_mt_contains_gc_pointers(const DnMethodTable *mt) { return (mt->flags & DN_MT_FLAG_CONTAINS_GC_POINTERS) != 0; }

/* Virtual call: ((RetT (*)(DnObject*, ...))DN_VIRTUAL(obj, slot))(obj, ...). obj must be non-null. */
#define DN_VIRTUAL(obj, slot) (((DnObject *)(obj))->mt->vtable[(slot)])

/* ============================================================================================
 * Threads and exceptions (ARCHITECTURE decision 4: explicit propagation)
 *
 * Each thread that runs managed code has a DnThread (created by the runtime for the main
 * thread, for threads started with dn_thread_start and for threads that call
 * dn_thread_attach). dn_thread_self points at it. The DnThread is a GC heap object reachable
 * from the runtime's thread list while the thread runs, so the references in it are roots
 * (thread-local storage itself is not scanned). After the thread ends it stays valid as long
 * as something references it (e.g. an IntPtr field of the managed Thread object: the GC scans
 * objects conservatively), with `exited` set.
 *
 * Protocol:
 *   - A throw records the exception: dn_throw(ex) (`throw`), dn_rethrow(ex) (`rethrow`, and
 *     resuming an unwind after a finally or a filter). Nothing unwinds the C stack: the
 *     function returns normally and the generated code jumps to its handler dispatch.
 *   - After every call that can throw, the generated code tests
 *         if (DN_UNLIKELY(dn_exception_pending())) goto dispatch_N;
 *     A function that has no handler for the exception returns at once (any return value;
 *     callers ignore it while an exception is pending).
 *   - The dispatch code looks at the exception with dn_exception_peek() (type tests with
 *     dn_isinst_*, which never throw), and for a matching catch takes it with dn_catch(),
 *     which returns it and clears the pending state, then runs the handler.
 *   - finally/fault blocks during an unwind: take the exception (saved = dn_catch()), run the
 *     block with nothing pending (calls inside it must see a clean state), then continue with
 *     dn_rethrow(saved) and the enclosing dispatch. If the block itself throws, the new
 *     exception replaces the saved one (as in .NET).
 *   - Filters follow the CLI's two passes (see "Exception filters" below): raising an
 *     exception (dn_throw, dn_throw_kind, dn_rethrow_new) first walks the thread's chain of
 *     DnEhFrame records, evaluating filters and typed catches innermost first without running
 *     any finally/fault block, until one accepts; the explicit unwinding above is the second
 *     pass, and a filter clause's dispatch code only asks what the first pass decided.
 *   - An exception pending when managed main, a thread's entry point, a finalizer, a class
 *     constructor's caller chain... returns to the runtime is unhandled (dn_unhandled_exception).
 * ========================================================================================== */

struct DnThread {
    DnObject *pending_exception; /* the exception being propagated; NULL if none */
    DnObject *managed_thread;    /* the System.Threading.Thread object (managed code sets it) */
    void *thread_statics;        /* root for [ThreadStatic] storage: the code generator's
                                    GC-allocated block (dn_gc_alloc), NULL until first use */
    int32_t thread_id;           /* CoreCLR's thread id, = Environment.CurrentManagedThreadId
                                    under dotnet: 1 main thread, 2 finalizer thread, 3 reserved
                                    (CoreCLR's third start-up thread), then 4, 5... in creation
                                    order */
    uint32_t hash_seed;          /* RuntimeHelpers.GetHashCode generator state */
    /* Runtime-private from here on. */
    DnCctorState *waiting_for_cctor; /* cctor this thread waits for (deadlock detection) */
    uintptr_t stack_low;         /* lowest usable stack address */
    uintptr_t stack_high;        /* stack base (highest address) */
    void *alt_stack;             /* sigaltstack for the stack overflow handler */
    size_t alt_stack_size;
    int32_t is_background;       /* background threads do not keep the process alive */
    int32_t creating_exception;  /* recursion guard for runtime-raised exceptions */
    int32_t exited;              /* the thread has ended (the record stays valid while referenced) */
    int32_t started;             /* dn_thread_run was called (a `new Thread` is created unstarted) */
    int32_t foreign_raise;       /* dn_stack_trace_prepare_foreign_raise was called */
    struct DnEhFrame *eh_frames; /* innermost registered handler record (exception filters) */
    DnThread *next;              /* all running threads */
    DnThread *prev;
};

/* The current thread's DnThread (set for every thread that runs managed code). */
extern _Thread_local DnThread *dn_thread_self;

DN_INLINE DnThread *dn_current_thread(void) { return dn_thread_self; }

/* True if an exception is propagating on this thread. */
DN_INLINE bool dn_exception_pending(void) { return dn_thread_self->pending_exception != NULL; }
/* The pending exception (NULL if none), left pending. */
DN_INLINE DnObject *dn_exception_peek(void) { return dn_thread_self->pending_exception; }
/* Takes the pending exception: returns it (NULL if none) and clears the pending state. */
DN_INLINE DnObject *dn_catch(void) {
    DnThread *t = dn_thread_self;
    DnObject *ex = t->pending_exception;
    t->pending_exception = NULL;
    return ex;
}
/* `throw ex`: records ex as pending. ex == NULL throws NullReferenceException (as `throw null`
 * does). Any exception already pending is replaced. */
void dn_throw(DnObject *ex) DN_COLD;
/* Resuming an unwind after a finally/fault/filter: records ex as pending again, unchanged
 * (the first pass already ran for it). */
DN_INLINE void dn_rethrow(DnObject *ex) { dn_thread_self->pending_exception = ex; }
/* `rethrow`: a new first pass for ex (the stack trace is kept), then ex is pending. */
void dn_rethrow_new(DnObject *ex) DN_COLD;

/*
 * Exception filters: the first pass (exception_filters.c). A method with filter clauses
 * registers a DnEhFrame on entry (dn_eh_push) and unregisters it on every exit (dn_eh_pop); one
 * with typed catches only does so when the chain is not empty (dn_eh_push_if_needed); `state` names its innermost try region with catch/filter clauses around the
 * code running now (0: none), kept up to date at the start of each block. When an exception is
 * raised, the runtime calls `search` of each record, innermost first, with the exception not
 * pending: it tests that region's clauses and those of the regions around it, evaluating a
 * filter through dn_filter_first_pass (which remembers the answer in the clause's
 * DnFilterSlot), and returns nonzero at the first catch that matches or filter that accepts;
 * the walk stops there. No finally/fault block runs in this pass. The second pass is the
 * explicit unwinding; at a filter clause, dn_filter_accepts gives the first pass's answer (or
 * evaluates the filter then, for an exception raised without a first pass).
 * The generated record is a struct whose first member is the DnEhFrame, followed by the
 * filter slots and the locals and arguments the outlined filter functions read or write.
 */
typedef struct DnEhFrame {
    struct DnEhFrame *next;
    int32_t (*search)(struct DnEhFrame *frame, DnObject *ex);
    int32_t state;
} DnEhFrame;
typedef struct DnFilterSlot {
    DnObject *ex;     /* the exception the first pass evaluated this filter for */
    int32_t accepted; /* its answer */
} DnFilterSlot;
/* An outlined filter: frame is the method's registered record, ex the exception; returns
 * nonzero to accept. An exception left pending by it means false. */
typedef int32_t (*DnFilterFn)(void *frame, DnObject *ex);
DN_INLINE void dn_eh_push(DnEhFrame *f) {
    DnThread *t = dn_thread_self;
    f->next = t->eh_frames;
    t->eh_frames = f;
}
DN_INLINE void dn_eh_pop(DnEhFrame *f) { dn_thread_self->eh_frames = f->next; }
/* A method with typed catches but no filter registers only when some record is already on the
 * chain (with none below, no filter further out can be reached past it); f starts zeroed, and
 * a set `search` marks it registered. */
DN_INLINE void dn_eh_push_if_needed(DnEhFrame *f, int32_t (*search)(DnEhFrame *, DnObject *)) {
    DnThread *t = dn_thread_self;
    if (DN_LIKELY(t->eh_frames == NULL)) return;
    f->search = search;
    f->next = t->eh_frames;
    t->eh_frames = f;
}
DN_INLINE void dn_eh_pop_if_pushed(DnEhFrame *f) {
    if (f->search != NULL) dn_thread_self->eh_frames = f->next;
}
/* First pass: evaluates the filter for ex (once), remembers and returns its answer. */
int32_t dn_filter_first_pass(DnFilterSlot *slot, DnFilterFn fn, void *frame, DnObject *ex);
/* Second pass, at the filter clause with the exception pending: whether to enter its handler. */
bool dn_filter_accepts(DnFilterSlot *slot, DnFilterFn fn, void *frame);

/*
 * Stack traces (stack_trace.c). Each compiled method that can see an exception has a static
 * DnStackFrameInfo with its name as StackTrace.ToString prints it ("Ns.Type" "Method(Int32 x)"),
 * written at compile time. The generated code records frames into the exception's _stackTrace
 * field (a byte[] of entries, see stack_trace.c) where CoreCLR's stack walk would see them:
 * when an exception leaves a method (dn_stack_trace_leave) and when a catch or filter of the
 * method looks at it (dn_stack_trace_catch). `line` is the source line of the call or throw
 * (0 when the method has no debug information). dn_throw starts a new trace.
 */
typedef struct DnStackFrameInfo {
    const char *type;   /* UTF-8 "Ns.Outer.Inner`1", or NULL (a global method); kept apart from
                           the method so that the linker merges the copies of each type name */
    const char *method; /* UTF-8 "Method[T](Int32 x)" */
    const char *file;   /* source file from the PDB, or NULL */
    uint32_t flags;     /* DN_FRAME_* */
} DnStackFrameInfo;
#define DN_FRAME_ASYNC 1u /* an async state machine's MoveNext: no "End of stack trace" line after it */
#define DN_FRAME_HAS_CODE 2u /* the record is a DnCodeFrameInfo's */
/* An application method's record also holds its function, which Exception.TargetSite looks up
 * among the method records (framework methods' records do not: there are many more of them,
 * and no framework method has a method record unless reflection asked for it). */
typedef struct DnCodeFrameInfo {
    DnStackFrameInfo info; /* flags include DN_FRAME_HAS_CODE */
    DnFnPtr code;
} DnCodeFrameInfo;
/* The record of the first frame an exception's trace (its _stackTrace object) holds: the
 * method that threw it; NULL when nothing is recorded. */
const DnStackFrameInfo *dn_stack_trace_origin(DnObject *trace);
void dn_stack_trace_leave(const DnStackFrameInfo *frame, int32_t line) DN_COLD;
void dn_stack_trace_catch(const DnStackFrameInfo *frame, int32_t line) DN_COLD;
/* The text Exception.GetStackTrace returns ("   at ..." lines joined by '\n'), NULL if the
 * exception has no recorded frames (or on out of memory, with the exception pending). */
DnString *dn_stack_trace_text(DnObject *ex);
/* A copy of ex's recorded frames for ExceptionDispatchInfo (Exception.GetFrozenStackTrace). */
DnObject *dn_stack_trace_freeze(DnObject *ex);
/* Exception.PrepareForForeignExceptionRaise: the next dn_throw on this thread continues the
 * restored trace (marking where it was captured) instead of starting a new one. */
void dn_stack_trace_prepare_foreign_raise(void);

/*
 * Traces of the current stack (stack_walk.c): Environment.StackTrace, new StackTrace(),
 * new StackFrame(n). The native stack is walked with the C unwinder and each return address
 * is mapped to the C function containing it; a program that can capture such a trace has a
 * table of every compiled method that stack traces show, {C function, record}, which the walk
 * sorts by address on first use. Frames of runtime functions and of methods not in the table
 * are skipped; a method the C compiler inlined has no frame of its own.
 */
typedef struct DnFrameAddress {
    const void *code;               /* the method's C function */
    const DnStackFrameInfo *frame;  /* its record */
} DnFrameAddress;
/* The declaring type is in namespace System.Diagnostics: leading frames of such methods are
 * the capture machinery (StackTrace's constructors), dropped as CoreCLR's
 * StackTrace.CalculateFramesToSkip drops them. Set in the walk table's records. */
#define DN_FRAME_DIAGNOSTICS 2u
/* One frame of a trace, as a StackFrame object is built from it. */
typedef struct DnTraceFrame {
    const DnStackFrameInfo *frame;
    int32_t line;          /* source line (exception traces only), 0 if unknown */
    int32_t native_offset; /* return address - function start (current-stack traces), else -1 */
    uint32_t flags;        /* DN_TRACE_* */
} DnTraceFrame;
#define DN_TRACE_BOUNDARY 1u /* last frame before an ExceptionDispatchInfo rethrow */
/* The managed frames of the calling thread, innermost first, without the leading
 * System.Diagnostics frames and then without `skip` more; *count of them in a malloc'd array
 * (NULL with *count == 0 when there is none or memory is short). */
DnTraceFrame *dn_stack_walk_current(DnFrameAddress *table, size_t table_count, int32_t skip, int32_t *count);
/* The frames recorded in exception ex (new StackTrace(ex)) after the first `skip`, as above. */
DnTraceFrame *dn_stack_trace_frames(DnObject *ex, int32_t skip, int32_t *count);
/* A record as a 32-bit value a StackFrame object can carry (0: none), and back. */
int32_t dn_stack_frame_ref(const DnStackFrameInfo *frame);
const DnStackFrameInfo *dn_stack_frame_deref(int32_t ref);
/* StackTrace.ToString's text of `frames` ("   at ..." lines joined by '\n', a last '\n' when
 * trailing_newline); frames without a record are left out. NULL on out of memory (pending). */
DnString *dn_stack_frames_text(const DnTraceFrame *frames, int32_t count, bool trailing_newline);

/*
 * Exceptions the runtime raises. The exception objects are instances of CoreLib classes built
 * by compiled managed code: the runtime asks the program through
 * dn_managed_hooks.new_exception(kind, message). These helpers create the exception and record
 * it as pending; they return normally (the caller jumps to its dispatch).
 */
typedef enum DnExceptionKind {
    DN_EXC_NULL_REFERENCE = 0,      /* System.NullReferenceException */
    DN_EXC_INDEX_OUT_OF_RANGE,      /* System.IndexOutOfRangeException */
    DN_EXC_INVALID_CAST,            /* System.InvalidCastException */
    DN_EXC_DIVIDE_BY_ZERO,          /* System.DivideByZeroException */
    DN_EXC_OVERFLOW,                /* System.OverflowException */
    DN_EXC_ARRAY_TYPE_MISMATCH,     /* System.ArrayTypeMismatchException */
    DN_EXC_OUT_OF_MEMORY,           /* System.OutOfMemoryException */
    DN_EXC_ARITHMETIC,              /* System.ArithmeticException (ckfinite) */
    DN_EXC_NOT_SUPPORTED,           /* System.NotSupportedException */
    DN_EXC_PLATFORM_NOT_SUPPORTED,  /* System.PlatformNotSupportedException */
    DN_EXC_INVALID_PROGRAM,         /* System.InvalidProgramException */
    DN_EXC_ENTRY_POINT_NOT_FOUND,   /* System.EntryPointNotFoundException (re-abstracted slot) */
    DN_EXC_AMBIGUOUS_IMPLEMENTATION, /* System.Runtime.AmbiguousImplementationException */
    DN_EXC_MISSING_METHOD,          /* System.MissingMethodException */
    DN_EXC_TYPE_LOAD,               /* System.TypeLoadException */
    DN_EXC_INSUFFICIENT_EXECUTION_STACK, /* System.InsufficientExecutionStackException */
    DN_EXC_INVALID_OPERATION,       /* System.InvalidOperationException */
    DN_EXC_ARGUMENT,                /* System.ArgumentException */
    DN_EXC_ARGUMENT_NULL,           /* System.ArgumentNullException */
    DN_EXC_ARGUMENT_OUT_OF_RANGE,   /* System.ArgumentOutOfRangeException */
    DN_EXC_THREAD_STATE,            /* System.Threading.ThreadStateException */
    DN_EXC_SYNCHRONIZATION_LOCK,    /* System.Threading.SynchronizationLockException */
    DN_EXC_KIND_COUNT
} DnExceptionKind;

/* Records a new exception of `kind`; message_utf8 NULL means the type's default message. */
void dn_throw_kind(DnExceptionKind kind, const char *message_utf8) DN_COLD;
void dn_throw_null_reference(void) DN_COLD;
void dn_throw_index_out_of_range(void) DN_COLD;
void dn_throw_divide_by_zero(void) DN_COLD;
void dn_throw_overflow(void) DN_COLD;
void dn_throw_array_type_mismatch(void) DN_COLD;
/* OutOfMemoryException. If even that cannot be created, prints "Out of memory." and aborts
 * (what dotnet prints for an unhandled OutOfMemoryException anyway). */
void dn_throw_out_of_memory(void) DN_COLD;
/* InvalidCastException "Unable to cast object of type '<from>' to type '<to>'." (dotnet's text;
 * names from DnMethodTable.name). */
void dn_throw_invalid_cast(const DnMethodTable *from, const DnMethodTable *to) DN_COLD;
/* Creates (without throwing it) a runtime exception: NULL if creating it threw (that exception
 * is then pending). */
DnObject *dn_new_exception(DnExceptionKind kind, const char *message_utf8);

/* HRESULT texts (hresults.c): the system or resource text of a code (NULL if none is known), and
 * the message Marshal.GetExceptionForHR gives its exception ("<text> (0x8007xxxx)", a resource
 * text as it is, else "Error <n> (0x...)"), written to buffer (snprintf's result) or as a string
 * (NULL on out of memory). */
const char *dn_hresult_text(uint32_t hr);
size_t dn_hresult_format(uint32_t hr, char *buffer, size_t size);
DnString *dn_hresult_message(uint32_t hr);

/* Calls AppContext.Setup(names, values, count) with the given properties (UTF-8) and
 * APP_CONTEXT_BASE_DIRECTORY, as the .NET host does before Main. */
void dn_app_context_setup(void (*setup)(uint16_t **names, uint16_t **values, int32_t count), const char *const *names,
                          const char *const *values, int32_t count);

/* Ends the process for an unhandled exception, as dotnet does: raises
 * dn_managed_hooks.on_unhandled_exception (AppDomain.UnhandledException), prints
 * "Unhandled exception. " + ex.ToString() + "\n" to stderr ("Out of memory.\n" for an
 * OutOfMemoryException; "\n   Cannot print exception string because Exception.ToString()
 * failed.\n" if ToString throws) and aborts (SIGABRT, exit status 134). */
DN_NORETURN void dn_unhandled_exception(DnObject *ex);
/* Environment.FailFast: "Process terminated.\n" + message + "\n" on stderr, then abort. */
DN_NORETURN void dn_fail_fast(DnString *message);
/* The same for a NUL-terminated UTF-16 message (Environment.FailFast's QCall). */
DN_NORETURN void dn_fail_fast_chars(const uint16_t *message);
/* An internal error of dotnative (not a .NET exception): "dotnative: fatal error: ..." + abort. */
DN_NORETURN void dn_fatal(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* ============================================================================================
 * Allocation (all can throw; the result is NULL exactly when an exception is pending)
 *
 * Memory is zeroed; the header is 0; the MethodTable pointer is set. Types with a finalizer
 * (mt->finalizer != NULL) are registered for finalization. Types without
 * DN_MT_FLAG_CONTAINS_GC_POINTERS are allocated pointer-free (the GC never scans them): a
 * wrong flag loses objects, so set it whenever an instance can hold a reference.
 * ========================================================================================== */

/* `newobj` of a class / `box` storage: an instance of mt (BaseSize bytes). */
DnObject *dn_alloc_object(const DnMethodTable *mt);
/* `newarr`: an SZ array of mt (an SZ array MethodTable). length < 0 or > INT32_MAX →
 * OverflowException; length > DN_MAX_ARRAY_LENGTH → OutOfMemoryException "Array dimensions exceeded supported
 * range."; no memory → OutOfMemoryException. */
DnArray *dn_alloc_array(const DnMethodTable *mt, intptr_t length);
/* An MD array (mt->rank dimensions); lower_bounds NULL means all 0. A negative length →
 * OverflowException; too many elements → OutOfMemoryException. */
DnArray *dn_alloc_md_array(const DnMethodTable *mt, const int32_t *lengths, const int32_t *lower_bounds);
/* String.FastAllocateString: a string of `length` chars, all 0. Uses dn_managed_hooks.string_mt. */
DnString *dn_alloc_string(int32_t length);
/* Strings from text (invalid UTF-8 decodes to U+FFFD, as .NET's UTF8 decoder does). */
DnString *dn_string_from_utf16(const uint16_t *chars, int32_t length);
DnString *dn_string_from_utf8(const char *utf8, size_t bytes);
/* Object.MemberwiseClone: a shallow copy (header not copied; finalizer registered). */
DnObject *dn_object_clone(DnObject *obj);
/* Size of an object in bytes, header included (BaseSize + length * ComponentSize, rounded). */
size_t dn_object_size(const DnObject *obj);

/* `box`: a boxed copy of the value at `value` (mt->instance_field_bytes bytes). For
 * Nullable<T> use dn_box_nullable. */
DnObject *dn_box(const DnMethodTable *mt, const void *value);
/* Boxes a Nullable<T> (mt is Nullable<T>): NULL without exception when HasValue is false,
 * otherwise a boxed T (mt->generic_args[0]). */
DnObject *dn_box_nullable(const DnMethodTable *nullable_mt, const void *nullable_value);
/* `unbox` / `unbox.any` of a value type: pointer to the value inside obj. NULL obj →
 * NullReferenceException; obj not of type mt → InvalidCastException (an enum and its
 * underlying primitive unbox to each other, as in CoreCLR). Returns NULL when it throws. */
void *dn_unbox(DnObject *obj, const DnMethodTable *mt);
/* `unbox.any Nullable<T>`: writes the Nullable<T> to dest (obj NULL → HasValue false).
 * Returns false (exception pending) if obj is not a boxed T. */
bool dn_unbox_nullable(void *dest, const DnMethodTable *nullable_mt, DnObject *obj);

/* RuntimeHelpers.GetHashCode(obj) (non-null): a stable, non-zero 26-bit value kept in the
 * header. dn_object_try_get_hashcode returns 0 when none was assigned yet. */
int32_t dn_object_get_hashcode(DnObject *obj);
int32_t dn_object_try_get_hashcode(DnObject *obj);

/* ============================================================================================
 * Casting (ECMA I.8.7 + CoreCLR's rules). isinst: obj or NULL, never throws. castclass: obj
 * (NULL passes) or, on failure, InvalidCastException pending and NULL returned — so test
 * dn_exception_pending(), not the result. Choose the cheapest helper the target allows:
 *   _class:     target is a class (not an array, no variance): walks ParentMethodTable;
 *   _interface: target is an interface: scans the interface map (variance and arrays are
 *               handled by a slower fallback);
 *   _any:       anything (arrays, variance, Nullable<T>...): dn_is_assignable.
 * Exact sealed types can be tested inline: obj->mt == &T_MT.
 * ========================================================================================== */
DnObject *dn_isinst_class(DnObject *obj, const DnMethodTable *mt);
DnObject *dn_isinst_interface(DnObject *obj, const DnMethodTable *mt);
DnObject *dn_isinst_any(DnObject *obj, const DnMethodTable *mt);
DnObject *dn_castclass_class(DnObject *obj, const DnMethodTable *mt);
DnObject *dn_castclass_interface(DnObject *obj, const DnMethodTable *mt);
DnObject *dn_castclass_any(DnObject *obj, const DnMethodTable *mt);
/*
 * True if an object whose exact type is `from` is an instance of `to`. The data it uses, all
 * emitted by the code generator:
 *   - parent chains (classes; value types reach ValueType/Enum/Object; arrays reach Array);
 *   - complete interface maps (num_interfaces/interface_map);
 *   - arrays: category flags (SZ or MD), rank, element_type, and the elements'
 *     cor_element_type (int[] and uint[] are compatible, as are an enum's array and its
 *     underlying type's; char/bool are not normalized);
 *   - generic variance: generic_definition, generic_args and generic_variance on interface and
 *     delegate instantiations (IEnumerable<string> → IEnumerable<object>; covariance and
 *     contravariance apply to reference-type arguments only);
 *   - DN_TYPE_FLAG_ARRAY_INTERFACE on IList<T>-family instantiations (string[] → IList<object>);
 *   - DN_TYPE_FLAG_OBJECT on System.Object;
 *   - Nullable<T>: a boxed T is an instance of Nullable<T>.
 * Not supported: type equivalence, IDynamicInterfaceCastable, COM.
 */
bool dn_is_assignable(const DnMethodTable *from, const DnMethodTable *to);

/* `stelem.ref` (and `stelem` of a reference type): arr[index] = value with the null, bounds
 * and covariance checks (ArrayTypeMismatchException). Returns false when it throws. */
bool dn_stelem_ref(DnArray *arr, intptr_t index, DnObject *value);
/* `ldelema T` on an array of references: the array's element type must be exactly T
 * (ArrayTypeMismatchException otherwise, also null/bounds). Returns the element address or
 * NULL when it throws. */
DnObject **dn_ldelema_ref(DnArray *arr, intptr_t index, const DnMethodTable *elem_mt);

/* ============================================================================================
 * Interface dispatch
 * ========================================================================================== */

/* The code for slot `slot` of interface `iface` on obj's type. obj NULL →
 * NullReferenceException, returns NULL. Exact interface first; then variant-compatible
 * interfaces in map order; then array interfaces. A type that does not implement iface is a
 * compiler bug: dn_fatal. */
DnFnPtr dn_interface_lookup(DnObject *obj, const DnMethodTable *iface, uint32_t slot);

/* Per-call-site cache: emit one zero-initialised DnDispatchCache per interface call site (in
 * writable static data) and call dn_interface_lookup_cached. The cache remembers up to
 * DN_DISPATCH_CACHE_MAX_MISSES (type → code) pairs over its life; each is one immutable entry
 * published with one pointer store, so readers on other threads never see a torn pair. */
typedef struct DnDispatchCacheEntry {
    const DnMethodTable *mt;
    DnFnPtr fn;
} DnDispatchCacheEntry;
typedef struct DnDispatchCache {
    const DnDispatchCacheEntry *entry;
    uint32_t misses;
} DnDispatchCache;
#define DN_DISPATCH_CACHE_MAX_MISSES 8
DnFnPtr dn_interface_lookup_slow(DnObject *obj, const DnMethodTable *iface, uint32_t slot, DnDispatchCache *cache);
DN_INLINE DnFnPtr dn_interface_lookup_cached(DnObject *obj, const DnMethodTable *iface, uint32_t slot, DnDispatchCache *cache) {
    const DnDispatchCacheEntry *e = __atomic_load_n(&cache->entry, __ATOMIC_ACQUIRE);
    if (DN_LIKELY(e != NULL && obj != NULL && e->mt == obj->mt)) return e->fn;
    return dn_interface_lookup_slow(obj, iface, slot, cache);
}

/* ============================================================================================
 * Class constructors
 *
 * One DnCctorState per type with a class constructor, in writable static data (it is a GC
 * root: the cached exception lives in it), zero-initialised except cctor and type:
 *     static DnCctorState Foo_cctor = { .cctor = Foo__cctor, .type = &Foo_MT };
 * Where to trigger (precise: before the first static member access/instance creation;
 * beforefieldinit: before the first static field access, or eagerly) is the code generator's
 * choice; the runtime guarantees:
 *   - run once, thread-safe: other threads wait until it has finished;
 *   - recursion: a trigger on the thread that is running that cctor returns at once (ECMA
 *     II.10.5.3.2: the type is seen in its partly initialised state);
 *   - cross-thread cycles (thread 1 runs A's cctor and needs B, thread 2 runs B's and needs A)
 *     are detected as CoreCLR does: the thread that would close the cycle returns without
 *     waiting;
 *   - failure: the exception escaping the cctor is wrapped once by
 *     dn_managed_hooks.new_type_initialization_exception(type name, inner); that
 *     TypeInitializationException is pending now and is thrown again (the same object) by
 *     every later trigger; the cctor never runs again.
 * ========================================================================================== */
enum { DN_CCTOR_NOT_RUN = 0, DN_CCTOR_RUNNING = 1, DN_CCTOR_DONE = 2, DN_CCTOR_FAILED = 3 };
struct DnCctorState {
    int32_t state;               /* DN_CCTOR_*; read with acquire ordering */
    int32_t reserved;
    void (*cctor)(void);         /* the class constructor */
    const DnMethodTable *type;   /* its type (name for TypeInitializationException; aux flags) */
    DnObject *exception;         /* the cached TypeInitializationException after a failure */
    DnThread *owner;             /* the thread running the cctor */
};
bool dn_ensure_cctor_slow(DnCctorState *s);
/* Runs the cctor if needed. Returns false (exception pending) if it failed. */
DN_INLINE bool dn_ensure_cctor(DnCctorState *s) {
    if (DN_LIKELY(__atomic_load_n(&s->state, __ATOMIC_ACQUIRE) == DN_CCTOR_DONE)) return true;
    return dn_ensure_cctor_slow(s);
}

/* ============================================================================================
 * Threads
 * ========================================================================================== */

typedef void (*DnThreadEntry)(void *arg);
/* Starts a thread that can run managed code (registered with the GC; has a DnThread). `arg`
 * may be a GC reference: it is kept alive until entry receives it. stack_size 0 means the
 * platform default (glibc: RLIMIT_STACK, usually 8 MiB, as dotnet's threads get). When entry returns with an exception pending, it is unhandled. A
 * foreground thread (background false) keeps the process alive after Main returns, as in
 * .NET. Returns 0 or an errno value; *out (optional) receives the DnThread. */
int dn_thread_start(DnThreadEntry entry, void *arg, size_t stack_size, bool background, DnThread **out);
/* new Thread(...): a record (thread id assigned now, as CoreCLR does) for a thread started
 * later with dn_thread_run, which uses the record's is_background. dn_thread_start is both. */
DnThread *dn_thread_create(DnObject *managed_thread);
int dn_thread_run(DnThread *t, DnThreadEntry entry, void *arg, size_t stack_size);
/* Thread.Join: true once t has ended, false after timeout_ms (-1: no time limit). */
bool dn_thread_join(DnThread *t, int32_t timeout_ms);
/* String.Intern (add true) / String.IsInterned (add false): the string with s's text from the
 * intern table, NULL from IsInterned when there is none. The table starts with the program's
 * literals (the generated dn_program_literals). */
DnString *dn_string_intern(DnString *s, bool add, DnObject *const *literals, int32_t literal_count);

/* Monitors (C# lock, System.Threading.Monitor) on an object's header lock_word: a thin lock
 * (owner thread id and recursion count), Wait/Pulse through per-object condition queues.
 * try_enter_for: timeout_ms -1 waits for ever. exit and pulse return false when the calling
 * thread does not hold the lock (SynchronizationLockException); wait returns -1 then, else 1
 * when pulsed and 0 when the timeout expired (the lock is held again in both cases). */
bool dn_monitor_try_enter(DnObject *obj);
bool dn_monitor_try_enter_for(DnObject *obj, int32_t timeout_ms);
void dn_monitor_enter(DnObject *obj);
bool dn_monitor_exit(DnObject *obj);
bool dn_monitor_is_entered(DnObject *obj);
int dn_monitor_wait(DnObject *obj, int32_t timeout_ms);
bool dn_monitor_pulse(DnObject *obj, bool all);
/* Attaches the calling native thread (e.g. a callback from native code) / detaches it. */
DnThread *dn_thread_attach(void);
void dn_thread_detach(void);
/* Thread.IsBackground. */
void dn_thread_set_background(DnThread *t, bool background);
/* RuntimeHelpers.TryEnsureSufficientExecutionStack: at least 128 KiB of stack left. */
bool dn_sufficient_execution_stack(void);

/* ============================================================================================
 * Start-up and exit (runtime/src/main.c defines main(), which calls dn_main)
 * ========================================================================================== */

/*
 * What the generated program provides to the runtime: one constant table named
 * dn_managed_hooks. Function pointers marked optional may be NULL. Hooks run managed code on
 * the calling thread and report exceptions the usual way (pending on return).
 */
typedef struct DnManagedHooks {
    uint32_t abi_version; /* DN_ABI_VERSION */
    uint32_t reserved;

    /* Types the runtime allocates itself. */
    const DnMethodTable *string_mt;       /* System.String */
    const DnMethodTable *string_array_mt; /* System.String[] (for Main's args) */
    const DnMethodTable *object_mt;       /* System.Object */
    /* OutOfMemoryException: an unhandled exception of this type (or derived) prints
     * "Out of memory." instead of its ToString, as dotnet does. Optional. */
    const DnMethodTable *out_of_memory_exception_mt;

    /* The entry point. args is a string[] (never NULL). Returns the exit code: for a void
     * Main the generated wrapper returns Environment.ExitCode. */
    int32_t (*main)(DnArray *args);
    /* Optional: runs before main (module initializers, eager class constructors...). */
    void (*initialize)(void);
    /* Creates the exception of `kind`: message NULL means the parameterless constructor (the
     * type's default message), otherwise the (string message) constructor. Returns NULL if
     * creating it threw (then that exception is pending). Must handle every DnExceptionKind
     * the program can reach; may return NULL with nothing pending for kinds it does not
     * know (the runtime then reports a fatal error). */
    DnObject *(*new_exception)(DnExceptionKind kind, DnString *message);
    /* new TypeInitializationException(typeFullName, inner). */
    DnObject *(*new_type_initialization_exception)(DnString *type_full_name, DnObject *inner);
    /* ex.ToString() (virtual call). May throw. */
    DnString *(*exception_to_string)(DnObject *ex);
    /* Optional: raises AppDomain.UnhandledException (IsTerminating true) before the runtime
     * prints the exception. Exceptions it leaves pending are ignored. */
    void (*on_unhandled_exception)(DnObject *ex);
    /* Optional: AppContext.OnProcessExit (AppDomain.ProcessExit, AssemblyLoadContext.Unloading)
     * after Main returns (and foreground threads ended) and in Environment.Exit. An exception
     * it leaves pending is unhandled. */
    void (*on_process_exit)(void);
    /* Optional stack traces: the offset of Exception._stackTrace (0: frames are not recorded)
     * and System.Byte[], the type of the array the frames are recorded in. */
    uint32_t exception_stack_trace_offset;
    const DnMethodTable *byte_array_mt;
} DnManagedHooks;

extern const DnManagedHooks dn_managed_hooks;

/* The process entry: GC and main thread set-up, stack overflow handler, args, initialize,
 * main, wait for foreground threads, process-exit hook; returns main's exit code. */
int dn_main(int argc, char **argv);
/* Environment.Exit(code): runs the process-exit hook (once), flushes C stdio, exits. Other
 * threads are not waited for and finalizers do not run (as in .NET). */
DN_NORETURN void dn_exit(int32_t code);
/* Environment.GetCommandLineArgs needs the original argv. */
int dn_get_argc(void);
char **dn_get_argv(void);

#ifdef __cplusplus
}
#endif

#include "dn_gc.h"

#endif /* DOTNATIVE_H */
