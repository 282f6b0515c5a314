/*
 * Custom attribute blobs (ECMA-335 II.23.3): the QCalls CoreLib's CustomAttribute asks to turn a
 * CustomAttribute row into an object. A blob is the prolog 0x0001, the constructor's fixed
 * arguments encoded by its parameter types, then a count of named arguments (fields and
 * properties CoreLib sets afterwards, each decoded on its own by dn_ca_named_argument).
 *
 * Types named in a blob (a System.Type argument, an enum in an object or a named argument) are
 * assembly-qualified-or-not type names, resolved by the program's managed resolver (the context's
 * type_by_name) against the decorated module, as CoreCLR does.
 */
#include "dn_metadata.h"
#include "dn_typeinfo.h"

#include <stdio.h>
#include <string.h>

/* SerializationType codes beyond the CorElementType ones (II.23.3). */
/* Arguments a constructor may take here (C# attribute constructors have a handful). */
#define DN_CA_MAX_ARGS 32

enum { CA_TYPE = 0x50, CA_TAGGED_OBJECT = 0x51, CA_FIELD = 0x53, CA_PROPERTY = 0x54, CA_ENUM = 0x55 };

typedef struct { const uint8_t *p, *end; } Blob;

static bool malformed(void) {
    dn_throw_kind(DN_EXC_INVALID_PROGRAM, "A custom attribute blob is malformed.");
    return false;
}

static bool unsupported(const char *what) {
    char text[160];
    snprintf(text, sizeof text, "dotnative cannot create a custom attribute argument of this kind (%s).", what);
    dn_throw_kind(DN_EXC_NOT_SUPPORTED, text);
    return false;
}

/* Reads n bytes; false (nothing thrown) past the end. */
static bool take(Blob *b, void *out, size_t n) {
    if ((size_t)(b->end - b->p) < n) return false;
    memcpy(out, b->p, n);
    b->p += n;
    return true;
}

static bool packed_length(Blob *b, uint32_t *v) { return dn_md_uncompress(&b->p, b->end, v) || malformed(); }

/* A SerString: 0xFF for null, else a packed length and that many UTF-8 bytes. */
static bool ser_string(Blob *b, DnString **out) {
    if (b->p < b->end && *b->p == 0xff) { b->p++; *out = NULL; return true; }
    uint32_t n;
    if (!packed_length(b, &n)) return false;
    if ((uint32_t)(b->end - b->p) < n) return malformed();
    *out = dn_string_from_utf8((const char *)b->p, n);
    b->p += n;
    return *out != NULL;
}

/* Bytes of a primitive element type, 0 for others. */
static size_t primitive_size(uint8_t e) {
    switch (e) {
    case DN_ELEMENT_TYPE_BOOLEAN: case DN_ELEMENT_TYPE_I1: case DN_ELEMENT_TYPE_U1: return 1;
    case DN_ELEMENT_TYPE_CHAR: case DN_ELEMENT_TYPE_I2: case DN_ELEMENT_TYPE_U2: return 2;
    case DN_ELEMENT_TYPE_I4: case DN_ELEMENT_TYPE_U4: case DN_ELEMENT_TYPE_R4: return 4;
    case DN_ELEMENT_TYPE_I8: case DN_ELEMENT_TYPE_U8: case DN_ELEMENT_TYPE_R8: return 8;
    default: return 0;
    }
}

/* The type a name in the blob denotes, as a MethodTable (NULL with an exception pending). */
static const DnMethodTable *named_type(const DnCaContext *cx, Blob *b, DnObject **type_object) {
    DnString *name;
    if (!ser_string(b, &name)) return NULL;
    if (name == NULL) { malformed(); return NULL; }
    if (cx->type_by_name == NULL) { unsupported("a type name"); return NULL; }
    DnObject *t = cx->type_by_name((DnObject *)name, cx->module);
    if (t == NULL) {
        if (!dn_exception_pending()) dn_throw_kind(DN_EXC_TYPE_LOAD, "A type named in a custom attribute is not part of this program.");
        return NULL;
    }
    if (type_object != NULL) *type_object = t;
    return *(const DnMethodTable *const *)((const uint8_t *)t + cx->type_handle_offset);
}

/*
 * The type a FieldOrPropType / tagged-object code denotes (II.23.3): a primitive, string, Type,
 * object, an enum (its name follows) or an SZ array of one of those (its element code follows).
 */
static const DnMethodTable *encoded_type(const DnCaContext *cx, Blob *b) {
    uint8_t code;
    if (!take(b, &code, 1)) { malformed(); return NULL; }
    if (primitive_size(code) != 0 || code == DN_ELEMENT_TYPE_STRING) {
        const DnMethodTable *mt = cx->primitives[code];
        if (mt == NULL) unsupported("a primitive type the program does not keep");
        return mt;
    }
    if (code == CA_TYPE) return cx->type_mt;
    if (code == CA_TAGGED_OBJECT) return cx->object_mt;
    if (code == CA_ENUM) return named_type(cx, b, NULL);
    if (code == DN_ELEMENT_TYPE_SZARRAY) {
        const DnMethodTable *element = encoded_type(cx, b);
        if (element == NULL) return NULL;
        const DnMethodTable *array = dn_typeinfo_array_of(element, 1, true);
        if (array == NULL) unsupported("an array type the program does not keep");
        return array;
    }
    malformed();
    return NULL;
}

static bool value_of(const DnCaContext *cx, Blob *b, const DnMethodTable *type, uint64_t *raw, DnObject **obj);

/* A value of `type` as an object: boxed when it is a value type. */
static bool boxed_value(const DnCaContext *cx, Blob *b, const DnMethodTable *type, DnObject **out) {
    uint64_t raw = 0;
    DnObject *obj = NULL;
    if (!value_of(cx, b, type, &raw, &obj)) return false;
    if (primitive_size(type->cor_element_type) == 0) { *out = obj; return true; }
    *out = dn_box(type, &raw);
    return *out != NULL;
}

/*
 * One encoded value of `type`: primitives and enums into *raw (little-endian, as the invoke
 * thunks read them), references (strings, Type objects, arrays, boxed values) into *obj.
 */
static bool value_of(const DnCaContext *cx, Blob *b, const DnMethodTable *type, uint64_t *raw, DnObject **obj) {
    uint8_t e = type->cor_element_type;
    size_t size = primitive_size(e);
    if (size != 0) return take(b, raw, size) || malformed();
    if (e == DN_ELEMENT_TYPE_STRING) return ser_string(b, (DnString **)obj);
    if (type == cx->type_mt) {
        if (b->p < b->end && *b->p == 0xff) { b->p++; *obj = NULL; return true; }
        return named_type(cx, b, obj) != NULL;
    }
    if (type == cx->object_mt) {
        const DnMethodTable *actual = encoded_type(cx, b);
        return actual != NULL && boxed_value(cx, b, actual, obj);
    }
    if (e == DN_ELEMENT_TYPE_SZARRAY) {
        uint32_t n;
        if (!take(b, &n, 4)) return malformed();
        if (n == UINT32_MAX) { *obj = NULL; return true; }
        const DnMethodTable *element = type->element_type;
        DnArray *array = dn_alloc_array(type, (intptr_t)n);
        if (array == NULL) return false;
        size_t esize = primitive_size(element->cor_element_type);
        for (uint32_t i = 0; i < n; i++) {
            uint64_t r = 0;
            DnObject *o = NULL;
            if (!value_of(cx, b, element, &r, &o)) return false;
            if (esize != 0) memcpy((uint8_t *)DN_ARRAY_DATA(array, uint8_t) + (size_t)i * esize, &r, esize);
            else DN_ARRAY_DATA(array, DnObject *)[i] = o;
        }
        *obj = (DnObject *)array;
        return true;
    }
    return unsupported(type->name != NULL ? type->name : "a type");
}

DnObject *dn_ca_create_instance(const DnCaContext *cx, const DnMethodInfo *ctor, const uint8_t **blob, const uint8_t *end, int32_t *named_count) {
    *named_count = 0;
    if (ctor == NULL || ctor->invoke == NULL) {
        dn_throw_kind(DN_EXC_NOT_SUPPORTED, "This custom attribute's constructor is not part of this dotnative program.");
        return NULL;
    }
    Blob b = {*blob, end};
    uint16_t prolog;
    if (!take(&b, &prolog, 2) || prolog != 1) { malformed(); return NULL; }
    uint32_t n = ctor->param_count;
    if (n > DN_CA_MAX_ARGS) { unsupported("a constructor of more than 32 parameters"); return NULL; }
    /* Each argument's storage; the invoke thunk reads *(T *)args[i]. */
    uint64_t raw[DN_CA_MAX_ARGS];
    DnObject *objs[DN_CA_MAX_ARGS];
    void *args[DN_CA_MAX_ARGS];
    for (uint32_t i = 0; i < n; i++) {
        raw[i] = 0;
        objs[i] = NULL;
        if (!value_of(cx, &b, ctor->params[i], &raw[i], &objs[i])) return NULL;
        args[i] = primitive_size(ctor->params[i]->cor_element_type) != 0 ? (void *)&raw[i] : (void *)&objs[i];
    }
    uint16_t named = 0;
    if (b.p < b.end && !take(&b, &named, 2)) { malformed(); return NULL; }
    DnObject *r = ctor->invoke(NULL, args, true);
    if (r == NULL) return NULL;
    *named_count = named;
    *blob = b.p;
    return r;
}

bool dn_ca_named_argument(const DnCaContext *cx, const uint8_t **blob, const uint8_t *end, DnString **name, int32_t *is_property,
                          DnObject **type, DnObject **value) {
    Blob b = {*blob, end};
    uint8_t kind;
    if (!take(&b, &kind, 1) || (kind != CA_FIELD && kind != CA_PROPERTY)) return malformed();
    const DnMethodTable *t = encoded_type(cx, &b);
    if (t == NULL || !ser_string(&b, name)) return false;
    if (*name == NULL) return malformed();
    if (!boxed_value(cx, &b, t, value)) return false;
    *is_property = kind == CA_PROPERTY;
    /* The declared type (Object for a tagged value): CoreLib looks the property up by it. */
    *type = cx->type_object(t);
    if (*type == NULL) return false;
    *blob = b.p;
    return true;
}

int32_t dn_ca_parse_usage(const uint8_t *blob, int32_t length, int32_t *targets, int32_t *allow_multiple, int32_t *inherited) {
    Blob b = {blob, blob + (length > 0 ? length : 0)};
    uint16_t prolog, named;
    *allow_multiple = 0;
    *inherited = 1;
    if (!take(&b, &prolog, 2) || prolog != 1 || !take(&b, targets, 4) || !take(&b, &named, 2)) return 0;
    for (uint16_t i = 0; i < named; i++) {
        uint8_t kind, type;
        uint32_t n;
        if (!take(&b, &kind, 1) || !take(&b, &type, 1) || kind != CA_PROPERTY || type != DN_ELEMENT_TYPE_BOOLEAN) return 0;
        if (!packed_length(&b, &n) || (uint32_t)(b.end - b.p) < n + 1) return 0;
        const char *name = (const char *)b.p;
        uint8_t value = b.p[n];
        b.p += n + 1;
        if (n == 13 && memcmp(name, "AllowMultiple", 13) == 0) *allow_multiple = value != 0;
        else if (n == 9 && memcmp(name, "Inherited", 9) == 0) *inherited = value != 0;
        else return 0;
    }
    return 1;
}
