/*
 * dn_typeinfo.h — the compile-time type data the generated program hangs off
 * DnMethodTable.type_info (src/codegen/typeinfo.ts writes it), and the functions that answer
 * CoreLib's reflection questions from it (runtime/src/typeinfo.c): type names, an enum's names,
 * values and [Flags], the instance fields ValueType.Equals/GetHashCode walk, and the program's
 * assemblies (identity and their RuntimeAssembly/RuntimeModule objects).
 * A type has a record only when the program uses the methods that read it.
 */
#ifndef DN_TYPEINFO_H
#define DN_TYPEINFO_H

#include "dotnative.h"

/* An enum's literal fields in metadata order (what CoreCLR's Enum_GetValuesAndNames returns):
 * values are the raw constant bytes zero-extended to 64 bits. */
#define DN_ENUM_FLAGS_ATTRIBUTE 0x1u
typedef struct DnEnumData {
    uint32_t count;
    uint32_t flags;                 /* DN_ENUM_FLAGS_ATTRIBUTE: the enum has [Flags] */
    const uint64_t *values;
    const char *const *names;       /* UTF-8 */
} DnEnumData;

/* One instance field of a value type, in metadata order. */
enum {
    DN_FIELD_REF = 1,     /* object reference */
    DN_FIELD_R8 = 2,      /* double */
    DN_FIELD_R4 = 3,      /* float */
    DN_FIELD_PRIM = 4,    /* other primitives, pointers */
    DN_FIELD_VALUETYPE = 5, /* struct or enum: mt is its MethodTable */
};
#define DN_FIELD_CAN_COMPARE_BITS 0x1u       /* the field's struct type compares bitwise */
#define DN_FIELD_OVERRIDES_GETHASHCODE 0x2u  /* the field's struct type overrides GetHashCode */
typedef struct DnFieldData {
    uint32_t offset;      /* from the start of the unboxed value */
    uint16_t kind;        /* DN_FIELD_* */
    uint16_t size;
    uint32_t flags;
    const DnMethodTable *mt;
} DnFieldData;

/* Slots of DnTypeInfo.cache: string objects made on first use, and the enum's EnumInfo. */
enum {
    DN_TYPENAME_NAME = 0, DN_TYPENAME_FULL_NAME = 1, DN_TYPENAME_NAMESPACE = 2, DN_TYPENAME_TO_STRING = 3,
    DN_TYPEINFO_ENUM_INFO = 4,
    DN_TYPENAME_ASSEMBLY_QUALIFIED = 5,
    DN_TYPEINFO_CACHE_SLOTS = 6,
};

/* One assembly of the program, written by src/codegen/assemblies.ts for each assembly the
 * program asks about (Assembly.GetEntryAssembly, typeof(X).Assembly or .Module): its identity
 * from the Assembly table and its PE headers, and the RuntimeAssembly / RuntimeModule objects,
 * created on first use. RuntimeAssembly.m_assembly and RuntimeModule.m_pData point at it, which
 * is what the AssemblyNative_* and ModuleHandle_* QCalls receive. Writable static data (the
 * object slots are GC roots). */
typedef struct DnAssemblyInfo {
    const char *name;            /* simple name (UTF-8) */
    const char *full_name;       /* "Name, Version=a.b.c.d, Culture=neutral, PublicKeyToken=..." */
    const char *culture;         /* "" for neutral */
    const char *scope_name;      /* the Module row's name (Module.ScopeName), e.g. "app.dll" */
    const char *image_runtime_version; /* the metadata root's version string, e.g. "v4.0.30319" */
    const uint8_t *public_key;   /* the Assembly row's public key, public_key_length bytes */
    uint32_t public_key_length;
    uint16_t version[4];         /* major, minor, build, revision */
    uint32_t flags;              /* AssemblyFlags of the Assembly row */
    uint32_t hash_algorithm;     /* HashAlgId of the Assembly row */
    int32_t pe_kind;             /* PortableExecutableKinds, from the CLI header */
    int32_t machine;             /* ImageFileMachine, from the COFF header */
    int32_t md_stream_version;   /* the metadata tables' (major << 16) | minor */
    DnObject *assembly;          /* the RuntimeAssembly, once created */
    DnObject *module;            /* the RuntimeModule, once created */
} DnAssemblyInfo;

/* CoreLib's System.Reflection.NativeAssemblyNameParts (Assembly.Load's parsed name; 0xFFFF: no
 * such version component; flags: AssemblyNameFlags, 1 = the bytes are a public key, not a token). */
typedef struct DnAssemblyNameParts {
    const uint16_t *name;
    uint16_t major, minor, build, revision;
    const uint16_t *culture;
    const uint8_t *public_key_or_token;
    int32_t public_key_or_token_length;
    int32_t flags;
} DnAssemblyNameParts;
_Static_assert(sizeof(DnAssemblyNameParts) == 40, "NativeAssemblyNameParts");

enum { DN_ASSEMBLY_FOUND = 0, DN_ASSEMBLY_NOT_FOUND = 1, DN_ASSEMBLY_MISMATCH = 2 };
/* Finds the assembly a name asks for among `assemblies` (NULL-terminated); assembly_load.c. */
int dn_assembly_load_lookup(DnAssemblyInfo *const *assemblies, const DnAssemblyNameParts *parts, DnAssemblyInfo **found);
/* "Name, Version=..., Culture=..., PublicKeyToken=..." of a requested name, as CoreCLR's binder
 * shows it in load errors (malloc'ed; NULL when out of memory). */
char *dn_assembly_name_display(const DnAssemblyNameParts *parts);

/*
 * A method reflection can see (src/codegen/method-records.ts writes them): what CoreLib's
 * RuntimeMethodHandle internal calls ask of a MethodDesc. RuntimeMethodHandleInternal values are
 * pointers to these records. A type's records are an array ended by one with owner NULL (and
 * slot = the type's number of virtual slots).
 */
struct DnMethodInfo;
/* MethodBase.Invoke: args[i] points at argument i (the object reference, or the value's bytes);
 * construct: allocate the owner and run the constructor on it. Returns the boxed result (NULL
 * for void), or NULL with an exception pending. */
typedef DnObject *(*DnMethodInvoker)(DnObject *target, void **args, bool construct);
typedef struct DnMethodInfo {
    const DnMethodTable *owner;      /* the declaring type (exact instantiation); NULL ends a list */
    const char *name;                /* UTF-8 */
    uint32_t attributes;             /* MethodAttributes */
    uint32_t impl_attributes;        /* MethodImplAttributes */
    uint32_t token;                  /* the MethodDef token of an application method; 0x06000000 (nil) for
                                        framework and runtime-provided methods (their metadata is not embedded) */
    int32_t slot;                    /* vtable slot of a virtual method, -1 otherwise */
    uint32_t param_count;
    const DnMethodTable *ret;        /* the return type (System.Void's for none) */
    const DnMethodTable *const *params;
    DnFnPtr code;                    /* the compiled function (`this` first; a struct's `this` by address); NULL when abstract */
    DnFnPtr object_code;             /* a function taking `this` as an object: the vtable call of a virtual method, the
                                        unboxing entry of a struct's; for static and other methods, code */
    DnMethodInvoker invoke;          /* NULL: the method cannot be invoked by reflection */
} DnMethodInfo;

/*
 * What decoding a custom attribute blob needs from the program (custom_attributes.c; written by
 * src/codegen/custom-attributes.ts).
 */
typedef struct DnCaContext {
    const DnMethodTable *const *primitives; /* by CorElementType, BOOLEAN..STRING (0x02..0x0e); NULL: not kept */
    const DnMethodTable *type_mt;           /* System.Type (a Type argument) */
    const DnMethodTable *object_mt;         /* System.Object (a tagged, boxed argument) */
    size_t type_handle_offset;              /* of RuntimeType.m_handle (the type's MethodTable) */
    DnObject *(*type_by_name)(DnObject *name, DnObject *module); /* a type named in the blob (NULL: none kept) */
    DnObject *(*type_object)(const DnMethodTable *mt);           /* the RuntimeType of a MethodTable */
    DnObject *module;                       /* the decorated RuntimeModule (names resolve against it) */
} DnCaContext;

/* QCall CustomAttribute_CreateCustomAttributeInstance: the attribute built by `ctor` from the
 * blob's fixed arguments; *blob then points at the named arguments, *named_count of them. NULL
 * with an exception pending on failure. */
DnObject *dn_ca_create_instance(const DnCaContext *cx, const DnMethodInfo *ctor, const uint8_t **blob, const uint8_t *end,
                                int32_t *named_count);
/* QCall CustomAttribute_CreatePropertyOrFieldData: the next named argument (its name, whether a
 * property, its declared type, its value), *blob moved past it. */
bool dn_ca_named_argument(const DnCaContext *cx, const uint8_t **blob, const uint8_t *end, DnString **name, int32_t *is_property,
                          DnObject **type, DnObject **value);
/* QCall CustomAttribute_ParseAttributeUsageAttribute: an [AttributeUsage] blob's targets and
 * named AllowMultiple / Inherited (defaults false / true); 0 when malformed. */
int32_t dn_ca_parse_usage(const uint8_t *blob, int32_t length, int32_t *targets, int32_t *allow_multiple, int32_t *inherited);

/* The method Delegate.CreateDelegate(type, target, name) binds: named `name` on `type` or a base,
 * with the signature of delegate_type's Invoke, allowed by the DelegateBindingFlags; or NULL
 * (delegate_binding.c). */
const DnMethodInfo *dn_find_delegate_method(const DnMethodTable *delegate_type, const DnMethodTable *type, const char *name, uint32_t flags);

/*
 * A field reflection can see (src/codegen/field-records.ts writes them): what CoreLib's
 * RuntimeFieldHandle internal calls ask of a FieldDesc. RuntimeFieldHandleInternal values (and
 * RtFieldInfo.m_fieldHandle) are pointers to these records. A type's records are its own fields
 * in metadata order (literal fields have no record), ended by one with owner NULL.
 */
typedef struct DnFieldInfo {
    const DnMethodTable *owner;      /* the declaring type (exact instantiation); NULL ends a list */
    const char *name;                /* UTF-8 */
    uint32_t attributes;             /* FieldAttributes */
    uint32_t token;                  /* the FieldDef token */
    const DnMethodTable *type;       /* the field's type */
    int32_t offset;                  /* instance fields: from the start of the instance's data (after the
                                        MethodTable pointer; a boxed value's bytes); -1 for statics */
    void *address;                   /* static fields: their storage; NULL for instance fields */
} DnFieldInfo;

/* FieldInfo.GetValue: the field of obj (ignored for statics) as an object (value types boxed);
 * runs the declaring type's class constructor first (for instance fields too, as CoreCLR). NULL with an exception pending on failure. */
DnObject *dn_field_get(const DnFieldInfo *fi, DnObject *obj);
/* FieldInfo.SetValue after CoreLib's type check: stores value (unboxed into a value-type field;
 * NULL zeroes it). false with an exception pending when the class constructor failed. */
bool dn_field_set(const DnFieldInfo *fi, DnObject *obj, DnObject *value);

typedef struct DnTypeInfo {
    const char *name;        /* Type.Name (UTF-8) */
    const char *full_name;   /* Type.FullName; NULL: null */
    const char *name_space;  /* Type.Namespace; NULL: null */
    const char *to_string;   /* Type.ToString() */
    const char *assembly_qualified_name; /* Type.AssemblyQualifiedName; NULL: null (or not asked for) */
    const DnEnumData *enum_data;
    union {
        struct {                     /* value types: the fields ValueType.Equals walks */
            uint32_t num_fields;
            const DnFieldData *fields;
        };
        struct {                     /* a generic parameter of a generic type definition (its
                                        descriptor's cor_element_type is ELEMENT_TYPE_VAR;
                                        `declaring` is the definition) */
            int32_t generic_position;        /* Type.GenericParameterPosition */
            uint32_t generic_param_flags;    /* GenericParameterAttributes | DN_GENERIC_CONSTRAINTS_UNKNOWN */
            const DnMethodTable *const *constraints; /* the constraint types, NULL-terminated; NULL for none */
        };
    };
    const DnMethodTable *const *arrays; /* NULL-terminated: the array types over this type the
                                           program has (Array.CreateInstance(T, ...) creates them) */
    /* The type's shape, when the program asks reflection for it (IsClass, DeclaringType,
     * GetGenericTypeDefinition, ...): */
    uint32_t attributes;     /* TypeAttributes (metadata flags; arrays Public|Sealed|Serializable) */
    uint32_t token;          /* TypeDef token; 0x02000000 for arrays and pointers */
    const DnMethodTable *declaring;   /* the enclosing type (its definition when generic), or NULL */
    const DnMethodTable *generic_def; /* an instantiation's open generic definition, or NULL */
    const DnMethodTable *element;     /* arrays and pointers: the element type */
    DnAssemblyInfo *assembly; /* the defining assembly (of the element type for arrays and pointers) */
    DnFnPtr default_ctor;    /* the parameterless constructor Activator.CreateInstance(Type) calls */
    const DnMethodInfo *methods; /* the methods reflection sees, ended by a record with owner NULL
                                    whose slot is the type's number of virtual slots (trimmed ones
                                    included: RuntimeTypeHandle.GetNumVirtuals); or NULL */
    const DnFieldInfo *reflected_fields; /* the fields reflection sees, ended by a record with owner
                                    NULL; or NULL */
    DnObject **cache;        /* DN_TYPEINFO_CACHE_SLOTS writable slots (static data, scanned by the GC) */
} DnTypeInfo;

/* generic_param_flags: a constraint depends on the generic parameters (`where T : IComparable<T>`),
 * so no descriptor stands for it and `constraints` is incomplete. */
#define DN_GENERIC_CONSTRAINTS_UNKNOWN 0x80000000u
#define DN_ELEMENT_TYPE_VAR 0x13
#define DN_ELEMENT_TYPE_MVAR 0x1e

/* Whether arg satisfies the constraints of generic parameter param (a descriptor with
 * ELEMENT_TYPE_VAR), its owner instantiated over context[count]: 1 yes, 0 no, -1 unknown (a
 * constraint the records cannot describe, or new() on a type whose constructors are not recorded). */
int32_t dn_generic_satisfies(const DnMethodTable *param, const DnMethodTable *arg, const DnMethodTable *const *context, uint32_t count);
/* Type.MakeGenericType: the instantiation of def over args[count] found in table (entries
 * {def, instantiation, arg0..argN-1}, ended by NULL); otherwise NULL with TypeLoadException
 * pending when a constraint is violated, and Native AOT's NotSupportedException when the
 * program has no such instantiation. */
/* Native AOT's NotSupportedException for code it does not have: "'Type[.member]' is missing
 * native code or metadata. ..." (member_name NULL for a type). */
void dn_throw_missing_native_code(const char *type_name, const char *member_name);
const DnMethodTable *dn_generic_instantiate(const DnMethodTable *const *table, const DnMethodTable *def, const DnMethodTable *const *args,
                                            int32_t count);

static inline const DnTypeInfo *dn_typeinfo(const DnMethodTable *mt) {
    return mt != NULL ? (const DnTypeInfo *)mt->type_info : NULL;
}

/* The string of a name kind (DN_TYPENAME_*), created once; NULL for a null name, or with an
 * exception pending when out of memory. */
DnObject *dn_typeinfo_name(const DnMethodTable *mt, int kind);

/* The enum's EnumInfo cache slot (NULL when the type has no record). */
DnObject **dn_typeinfo_enum_cache(const DnMethodTable *mt);
bool dn_typeinfo_enum_has_flags(const DnMethodTable *mt);
/* Enum_GetValuesAndNames: a values array of values_mt (the unsigned storage type's SZ array) and,
 * when get_names, a string[] of names_mt. false with an exception pending when out of memory. */
bool dn_typeinfo_enum_values_and_names(const DnMethodTable *mt, const DnMethodTable *values_mt, const DnMethodTable *names_mt,
                                       bool get_names, DnObject **values, DnObject **names);

/* The array type over element with this rank (sz: the SZ array T[]), or NULL if the program has none. */
const DnMethodTable *dn_typeinfo_array_of(const DnMethodTable *element, int32_t rank, bool sz);

/* A type Type.GetType(string) can find (src/codegen/type-lookups.ts writes the table, ended by
 * an entry with mt NULL): its assembly's record and its name as in metadata, nested types after
 * their enclosing ones with '+' ("System.Environment+SpecialFolder"). */
typedef struct DnNamedType {
    const DnAssemblyInfo *assembly;
    const char *name;
    const DnMethodTable *mt;
} DnNamedType;
/* The type named top+nested[0]+...+nested[count-1] in `assembly` (top: "Namespace.Name"), or NULL. */
const DnMethodTable *dn_find_named_type(const DnNamedType *table, const DnAssemblyInfo *assembly, const char *top,
                                        const char *const *nested, int32_t count);
/* The same with UTF-16 names compared ignoring ASCII case (Type.GetType(name, throwOnError, ignoreCase: true)). */
const DnMethodTable *dn_find_named_type_ignore_case(const DnNamedType *table, const DnAssemblyInfo *assembly, const uint16_t *top,
                                                    const uint16_t *const *nested, int32_t count);

/* The RuntimeAssembly of an assembly: an object of assembly_mt created once, with the intptr_t
 * field at handle_offset (RuntimeAssembly.m_assembly) pointing at a; NULL with an exception
 * pending when out of memory. */
DnObject *dn_assembly_object(DnAssemblyInfo *a, const DnMethodTable *assembly_mt, size_t handle_offset);
/* Its RuntimeModule: an object of module_mt created once, the intptr_t field at data_offset
 * (RuntimeModule.m_pData) pointing at a and the reference at assembly_offset
 * (RuntimeModule.m_runtimeAssembly) set to assembly; NULL with an exception pending when out of
 * memory (or when assembly is NULL). */
DnObject *dn_assembly_module(DnAssemblyInfo *a, const DnMethodTable *module_mt, size_t data_offset, size_t assembly_offset, DnObject *assembly);
/* The assembly of the method calling a StackCrawlMark method (Type.GetType(name)...), set by
 * the generated code around such a direct call; NULL elsewhere. */
extern _Thread_local DnAssemblyInfo *dn_stack_mark_caller;

/* The assembly of a type: its record's, or NULL when the type has no record. */
static inline DnAssemblyInfo *dn_typeinfo_assembly(const DnMethodTable *mt) {
    const DnTypeInfo *ti = dn_typeinfo(mt);
    return ti != NULL ? ti->assembly : NULL;
}

/* ValueType.Equals(this, obj) for boxed values: 1 equal, 0 not, -1 exception pending.
 * equals_slot: Object.Equals's vtable slot. */
int32_t dn_typeinfo_valuetype_equals(DnObject *self, DnObject *obj, uint32_t equals_slot);

/* QCall ValueType_GetHashCodeStrategy (ValueTypeHashCodeStrategy: 0 None, 1 ReferenceField,
 * 2 DoubleField, 3 SingleField, 4 FastGetHashCode, 5 ValueTypeOverride). */
int32_t dn_typeinfo_hashcode_strategy(const DnMethodTable *mt, DnObject *obj, uint32_t *field_offset, uint32_t *field_size,
                                      const DnMethodTable **field_mt);

#endif
