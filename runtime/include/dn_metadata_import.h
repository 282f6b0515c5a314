/*
 * dn_metadata_import.h — the answers behind CoreLib's System.Reflection.MetadataImport
 * (runtime/src/metadata_import.c, metadata_enum.c), bound to CoreLib's internal calls by
 * src/codegen/metadata-import.ts. HRESULT-returning functions answer 0 (S_OK) or a failure
 * code CoreLib turns into BadImageFormatException; questions about a framework assembly,
 * whose metadata is not embedded, raise NotSupportedException (exception pending).
 */
#ifndef DN_METADATA_IMPORT_H
#define DN_METADATA_IMPORT_H

#include "dn_metadata.h"
#include "dn_typeinfo.h"

typedef struct DnMdImport DnMdImport;

/* A framework type reflection over the application's types walks (a base type, a named
 * framework type): its FieldDefs with their attributes (field enumeration lists literal fields
 * from them, and reads the names, signatures and values of the literal ones) and which of its other metadata lists are empty (DN_MD_EMPTY_*); any other
 * question about a framework assembly's metadata raises NotSupportedException. */
#define DN_MD_EMPTY_PROPERTIES 0x1u
#define DN_MD_EMPTY_EVENTS 0x2u
#define DN_MD_EMPTY_NESTED 0x4u
#define DN_MD_EMPTY_ATTRIBUTES 0x8u
/* A literal (const) field of a framework type: what MdFieldInfo reads of it (its name, its
 * signature blob, its Constant row's element type and value blob). */
typedef struct DnMdFrameworkLiteral {
    uint32_t token;
    const char *name;
    const uint8_t *sig;
    uint32_t sig_length;
    uint32_t const_type;             /* ELEMENT_TYPE_* of the Constant row */
    const uint8_t *value;
    uint32_t value_length;
} DnMdFrameworkLiteral;

/* A custom attribute of a framework type (CustomAttribute row): its constructor and value blob. */
typedef struct DnMdFrameworkAttribute {
    uint32_t token;                  /* CustomAttribute token */
    uint32_t ctor;                   /* MethodDef or MemberRef token */
    const uint8_t *blob;
    uint32_t blob_length;
} DnMdFrameworkAttribute;

/* A framework property in full (an attribute type's, which named arguments set): its
 * PropertyAttributes, signature and accessors as (MethodDef token, MethodSemantics) pairs. */
typedef struct DnMdFrameworkProperty {
    uint32_t flags;
    const uint8_t *sig;
    uint32_t sig_length;
    uint32_t associate_count;
    const uint32_t *associates;
} DnMdFrameworkProperty;

/* A framework attribute constructor's token: its parent type's token and its signature. */
typedef struct DnMdFrameworkMember {
    uint32_t token;
    uint32_t parent;
    const uint8_t *sig;
    uint32_t sig_length;
} DnMdFrameworkMember;

typedef struct DnMdFrameworkType {
    uint32_t token;                  /* TypeDef token */
    uint32_t empty;                  /* DN_MD_EMPTY_* */
    uint32_t field_count;
    const uint32_t *fields;          /* FieldDef tokens, metadata order */
    const uint16_t *field_flags;     /* their FieldAttributes */
    uint32_t literal_count;
    const DnMdFrameworkLiteral *literals;
    uint32_t property_count;         /* its Property tokens and their names: a lookup by name (GetProperty("X") */
    const uint32_t *properties;      /* on a type deriving from it) passes over them; any other */
    const char *const *property_names; /* question about them needs the metadata */
    const DnMdFrameworkProperty *property_details; /* or NULL: only the names */
    uint32_t attribute_count;        /* its custom attributes (while the program builds them) */
    const DnMdFrameworkAttribute *attributes;
} DnMdFrameworkType;

typedef struct DnMdTypeToken {
    uint32_t token;
    const DnMethodTable *mt;
} DnMdTypeToken;

typedef struct DnMdMethodToken {
    uint32_t token;
    const DnMethodInfo *method;
} DnMdMethodToken;

/* What the program knows of an assembly's metadata, one entry per assembly record in the
 * program's table (dn_program_md_modules, ended by an entry with assembly NULL; written by
 * src/codegen/metadata-import.ts): an application assembly's metadata root (when the program
 * keeps MetadataImport), a framework assembly's DnMdFrameworkType summaries, and the tokens of
 * the types and methods the program describes. Writable (the opened scope is cached). */
typedef struct DnMdModule {
    const DnAssemblyInfo *assembly;
    const uint8_t *metadata;          /* metadata_length bytes, or NULL */
    uint32_t metadata_length;
    uint32_t md_type_count;
    const DnMdFrameworkType *md_types;
    /* TypeDef, TypeRef and TypeSpec tokens of described types, sorted (ResolveType, signatures) */
    const DnMdTypeToken *type_tokens;
    uint32_t type_token_count;
    /* MethodDef (and MemberRef) tokens of the methods with records (method-records.ts), sorted (ResolveMethod) */
    uint32_t method_token_count;
    const DnMdMethodToken *method_tokens;
    /* MethodTables of the primitive element types by ELEMENT_TYPE_* (NULL: not described) */
    const DnMethodTable *const *primitives;
    DnMdImport *md_import;            /* the opened scope, once asked for */
    /* a framework assembly: the constructors of its summarized types' attributes, sorted */
    uint32_t member_count;
    const DnMdFrameworkMember *members;
} DnMdModule;

/* The entry of an assembly in a program's table; NULL with NotSupportedException pending when it has none. */
DnMdModule *dn_md_module(DnMdModule *table, const DnAssemblyInfo *a);

/* CoreLib's ConstArray: { int m_length; IntPtr m_constArray; }. */
typedef struct DnMdConstArray {
    int32_t length;
    const uint8_t *data;
} DnMdConstArray;

/* The scope of a module (MetadataImport.GetMetadataImport), opened once; NULL with an exception pending. */
DnMdImport *dn_mdi_scope(DnMdModule *mod);

/* The opened image (NULL for a framework assembly) and the assembly of a scope. */
const DnMdScope *dn_mdi_image(DnMdImport *m);
const DnMdModule *dn_mdi_module(DnMdImport *m);

int32_t dn_mdi_get_name(DnMdImport *m, uint32_t tk, const char **name);
int32_t dn_mdi_get_namespace(DnMdImport *m, uint32_t tk, const char **name);
int32_t dn_mdi_get_user_string(DnMdImport *m, uint32_t tk, const uint16_t **chars, int32_t *length);
int32_t dn_mdi_get_default_value(DnMdImport *m, uint32_t tk, int64_t *value, const uint16_t **chars, int32_t *length, int32_t *type);
int32_t dn_mdi_get_event_props(DnMdImport *m, uint32_t tk, const char **name, int32_t *flags);
int32_t dn_mdi_get_field_def_props(DnMdImport *m, uint32_t tk, int32_t *flags);
int32_t dn_mdi_get_property_props(DnMdImport *m, uint32_t tk, const char **name, int32_t *flags, DnMdConstArray *sig);
int32_t dn_mdi_get_parent_token(DnMdImport *m, uint32_t tk, int32_t *parent);
int32_t dn_mdi_get_param_def_props(DnMdImport *m, uint32_t tk, int32_t *sequence, int32_t *flags);
int32_t dn_mdi_get_generic_param_props(DnMdImport *m, uint32_t tk, int32_t *flags);
int32_t dn_mdi_get_scope_props(DnMdImport *m, uint8_t *mvid);
int32_t dn_mdi_get_sig_of_method_def(DnMdImport *m, uint32_t tk, DnMdConstArray *sig);
int32_t dn_mdi_get_sig_of_field_def(DnMdImport *m, uint32_t tk, DnMdConstArray *sig);
int32_t dn_mdi_get_member_ref_props(DnMdImport *m, uint32_t tk, DnMdConstArray *sig);
int32_t dn_mdi_get_signature_from_token(DnMdImport *m, uint32_t tk, DnMdConstArray *sig);
int32_t dn_mdi_get_custom_attribute_props(DnMdImport *m, uint32_t tk, int32_t *ctor, DnMdConstArray *blob);
int32_t dn_mdi_get_field_marshal(DnMdImport *m, uint32_t tk, DnMdConstArray *blob);
int32_t dn_mdi_get_class_layout(DnMdImport *m, uint32_t tk, int32_t *pack, int32_t *size);
int32_t dn_mdi_get_field_offset(DnMdImport *m, uint32_t type_tk, uint32_t field_tk, int32_t *offset, uint8_t *found);
int32_t dn_mdi_get_pinvoke_map(DnMdImport *m, uint32_t tk, int32_t *flags, const char **import_name, const char **import_dll);
bool dn_mdi_is_valid_token(DnMdImport *m, uint32_t tk);

/* QCall MetadataImport_Enum: the tokens of `type` under `parent` (nested types for TypeDef;
 * {method, semantics} pairs for MethodDef under a property or event) into short_result when
 * *length can hold them, else into a new int[] (int_array_mt) stored in *long_result; *length
 * becomes the count. */
void dn_mdi_enum(DnMdImport *m, int32_t type, int32_t parent, int32_t *length, int32_t *short_result, DnObject **long_result,
                 const DnMethodTable *int_array_mt);

/* The type a TypeDef/TypeRef/TypeSpec token of `a` names; NULL with NotSupportedException
 * pending when the program has no descriptor for it (trimmed, or a generic definition). */
const DnMethodTable *dn_mdi_resolve_type(const DnMdModule *mod, uint32_t token);
/* The record of a MethodDef token of `a`; NULL with NotSupportedException pending when the
 * method has none (trimmed, or not describable: byref, pointer or generic signatures). */
const DnMethodInfo *dn_mdi_resolve_method(const DnMdModule *mod, uint32_t token);
/* A field, property or method signature blob of `a` (II.23.2) as MethodTables: *callconv is its
 * first byte (of an assembly's signature blob), *ret the field's, property's or return type, params[0..capacity) the parameter
 * types. Returns the parameter count, or -1 with NotSupportedException pending for a type the
 * program cannot describe (byref, pointer, generic instantiation written in the blob...). */
int32_t dn_mdi_parse_signature(const DnMdModule *mod, const uint8_t *sig, int32_t length, uint8_t *callconv, const DnMethodTable **ret,
                               const DnMethodTable **params, int32_t capacity);

/* QCall MetadataImport_GetMarshalAs: a FieldMarshal native type blob (II.23.4) parsed. */
int32_t dn_mdi_get_marshal_as(const uint8_t *blob, int32_t size, int32_t *unmanaged_type, int32_t *safe_array_sub_type,
                              const uint8_t **safe_array_user_type, int32_t *safe_array_user_type_length, int32_t *array_sub_type,
                              int32_t *size_param_index, int32_t *size_const, const uint8_t **marshal_type, int32_t *marshal_type_length,
                              const uint8_t **marshal_cookie, int32_t *marshal_cookie_length, int32_t *iid_param_index);

#endif
