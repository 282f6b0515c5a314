/*
 * metadata_enum.c — the MetadataImport_Enum and MetadataImport_GetMarshalAs QCalls
 * (dn_metadata_import.h): member lists by owner (II.22: TypeDef's field and method runs,
 * MethodDef's parameter run, PropertyMap / EventMap runs, NestedClass, CustomAttribute,
 * GenericParam, InterfaceImpl and MethodSemantics rows by parent) and native type blobs.
 */
#include "dn_metadata_import.h"

#include <stdio.h>
#include <string.h>

/* Writes the i-th result when it fits. */
static void put(int32_t *out, uint32_t cap, uint32_t *n, uint32_t v) {
    if (*n < cap) out[*n] = (int32_t)v;
    (*n)++;
}

/* The rows of a list child of `owner_rid`, as tokens. */
static void list(const DnMdScope *s, int child, uint32_t owner_rid, int32_t *out, uint32_t cap, uint32_t *n) {
    uint32_t first, end;
    dn_md_list(s, child, owner_rid, &first, &end);
    for (uint32_t i = first; i < end; i++) put(out, cap, n, ((uint32_t)child << 24) | dn_md_list_row(s, child, i));
}

/* Rows of `table` whose column `col` holds `value`: their tokens (or column `take` as a token of `take_table`). */
static void by_column(const DnMdScope *s, int table, int col, uint32_t value, int take, int take_table, int32_t *out, uint32_t cap, uint32_t *n) {
    for (uint32_t r = dn_md_find(s, table, col, value, 0); r != 0; r = dn_md_find(s, table, col, value, r))
        put(out, cap, n, take < 0 ? ((uint32_t)table << 24) | r : ((uint32_t)take_table << 24) | dn_md_get(s, table, r, take));
}

/* The results of Enum(type, parent) over an image; false when the question is not one it answers. */
static bool collect(const DnMdScope *s, uint32_t type, uint32_t parent, int32_t *out, uint32_t cap, uint32_t *n) {
    uint32_t pt = parent >> 24, pr = parent & 0xffffff;
    *n = 0;
    if (type == 0x02000000u) { /* nested types */
        by_column(s, DN_MD_NESTEDCLASS, 1, pr, 0, DN_MD_TYPEDEF, out, cap, n);
        return true;
    }
    switch (type >> 24) {
    case DN_MD_METHOD:
        if (pt == DN_MD_PROPERTY || pt == DN_MD_EVENT) {
            uint32_t assoc = parent;
            for (uint32_t r = dn_md_find(s, DN_MD_METHODSEMANTICS, 2, assoc, 0); r != 0; r = dn_md_find(s, DN_MD_METHODSEMANTICS, 2, assoc, r)) {
                put(out, cap, n, 0x06000000u | dn_md_get(s, DN_MD_METHODSEMANTICS, r, 1));
                put(out, cap, n, dn_md_get(s, DN_MD_METHODSEMANTICS, r, 0));
            }
            return true;
        }
        if (pt != DN_MD_TYPEDEF) return false;
        list(s, DN_MD_METHOD, pr, out, cap, n);
        return true;
    case DN_MD_FIELD:
        if (pt != DN_MD_TYPEDEF) return false;
        list(s, DN_MD_FIELD, pr, out, cap, n);
        return true;
    case DN_MD_PARAM:
        if (pt != DN_MD_METHOD) return false;
        list(s, DN_MD_PARAM, pr, out, cap, n);
        return true;
    case DN_MD_PROPERTY: case DN_MD_EVENT: {
        if (pt != DN_MD_TYPEDEF) return false;
        int map = (type >> 24) == DN_MD_PROPERTY ? DN_MD_PROPERTYMAP : DN_MD_EVENTMAP;
        uint32_t row = dn_md_find(s, map, 0, pr, 0);
        if (row != 0) list(s, (int)(type >> 24), row, out, cap, n);
        return true;
    }
    case DN_MD_CUSTOMATTRIBUTE: by_column(s, DN_MD_CUSTOMATTRIBUTE, 0, parent, -1, 0, out, cap, n); return true;
    case DN_MD_GENERICPARAM: by_column(s, DN_MD_GENERICPARAM, 2, parent, -1, 0, out, cap, n); return true;
    case DN_MD_INTERFACEIMPL:
        if (pt != DN_MD_TYPEDEF) return false;
        by_column(s, DN_MD_INTERFACEIMPL, 0, pr, -1, 0, out, cap, n);
        return true;
    default: return false;
    }
}

/* A framework type's answer, from its DnMdFrameworkType record. */
static bool collect_framework(const DnMdModule *a, uint32_t type, uint32_t parent, int32_t *out, uint32_t cap, uint32_t *n) {
    *n = 0;
    const DnMdFrameworkType *t = NULL;
    for (uint32_t i = 0; i < a->md_type_count; i++) {
        const DnMdFrameworkType *x = &a->md_types[i];
        if (x->token == parent) t = x;
        /* a property's accessors are asked under the property's token */
        for (uint32_t p = 0; (parent >> 24) == DN_MD_PROPERTY && p < x->property_count; p++)
            if (x->properties[p] == parent) t = x;
    }
    if (t == NULL) return false;
    switch (type >> 24) {
    case DN_MD_FIELD:
        for (uint32_t f = 0; f < t->field_count; f++) put(out, cap, n, t->fields[f]);
        return true;
    case DN_MD_METHOD: /* a property's accessors: (method, semantics) pairs */
        for (uint32_t p = 0; p < t->property_count && t->property_details != NULL; p++) {
            if (t->properties[p] != parent) continue;
            const DnMdFrameworkProperty *d = &t->property_details[p];
            for (uint32_t i = 0; i < 2 * d->associate_count; i++) put(out, cap, n, d->associates[i]);
            return true;
        }
        return false;
    case DN_MD_TYPEDEF: return (t->empty & DN_MD_EMPTY_NESTED) != 0;
    case DN_MD_PROPERTY:
        for (uint32_t i = 0; i < t->property_count; i++) put(out, cap, n, t->properties[i]);
        return t->property_count != 0 || (t->empty & DN_MD_EMPTY_PROPERTIES) != 0;
    case DN_MD_EVENT: return (t->empty & DN_MD_EMPTY_EVENTS) != 0;
    case DN_MD_CUSTOMATTRIBUTE:
        for (uint32_t i = 0; i < t->attribute_count; i++) put(out, cap, n, t->attributes[i].token);
        return t->attribute_count != 0 || (t->empty & DN_MD_EMPTY_ATTRIBUTES) != 0;
    default: return false;
    }
}

void dn_mdi_enum(DnMdImport *m, int32_t type, int32_t parent, int32_t *length, int32_t *short_result, DnObject **long_result,
                 const DnMethodTable *int_array_mt) {
    const DnMdScope *s = dn_mdi_image(m);
    const DnMdModule *a = dn_mdi_module(m);
    bool image = s != NULL;
    uint32_t cap = *length > 0 ? (uint32_t)*length : 0, n;
    bool ok = image ? collect(s, (uint32_t)type, (uint32_t)parent, short_result, cap, &n)
                    : collect_framework(a, (uint32_t)type, (uint32_t)parent, short_result, cap, &n);
    if (!ok) {
        char text[200];
        if (image) snprintf(text, sizeof text, "Metadata enumeration of table 0x%02x under token 0x%08x is not supported.", (unsigned)type >> 24, (unsigned)parent);
        else snprintf(text, sizeof text, "dotnative does not embed the metadata of framework assembly '%s' (members of 0x%08x).", a->assembly->name, (unsigned)parent);
        dn_throw_kind(DN_EXC_NOT_SUPPORTED, text);
        return;
    }
    if (n > cap) {
        DnArray *arr = dn_alloc_array(int_array_mt, (intptr_t)n);
        if (arr == NULL) return;
        uint32_t again;
        if (image) collect(s, (uint32_t)type, (uint32_t)parent, DN_ARRAY_DATA(arr, int32_t), n, &again);
        else collect_framework(a, (uint32_t)type, (uint32_t)parent, DN_ARRAY_DATA(arr, int32_t), n, &again);
        *long_result = (DnObject *)arr;
    }
    *length = (int32_t)n;
}

/* A length-prefixed UTF-8 string of a custom marshaler description. */
static bool counted(const uint8_t **p, const uint8_t *end, const uint8_t **s, int32_t *len) {
    uint32_t n;
    if (!dn_md_uncompress(p, end, &n) || n > (uint32_t)(end - *p)) return false;
    *s = n != 0 ? *p : NULL;
    *len = (int32_t)n;
    *p += n;
    return true;
}

int32_t dn_mdi_get_marshal_as(const uint8_t *blob, int32_t size, int32_t *unmanaged_type, int32_t *safe_array_sub_type,
                              const uint8_t **safe_array_user_type, int32_t *safe_array_user_type_length, int32_t *array_sub_type,
                              int32_t *size_param_index, int32_t *size_const, const uint8_t **marshal_type, int32_t *marshal_type_length,
                              const uint8_t **marshal_cookie, int32_t *marshal_cookie_length, int32_t *iid_param_index) {
    /* No COM interop on this platform: the SAFEARRAY and IID parts stay zero, as in CoreCLR on Unix. */
    *unmanaged_type = *safe_array_sub_type = *safe_array_user_type_length = *array_sub_type = 0;
    *size_param_index = *size_const = *marshal_type_length = *marshal_cookie_length = *iid_param_index = 0;
    *safe_array_user_type = *marshal_type = *marshal_cookie = NULL;
    const uint8_t *p = blob, *end = blob + (size > 0 ? size : 0);
    uint32_t v;
    if (!dn_md_uncompress(&p, end, &v)) return 0;
    *unmanaged_type = (int32_t)v;
    switch (v) {
    case 0x2a: /* NATIVE_TYPE_ARRAY: element type, parameter number, element count */
        if (dn_md_uncompress(&p, end, &v)) *array_sub_type = (int32_t)v;
        if (dn_md_uncompress(&p, end, &v)) *size_param_index = (int32_t)v;
        if (dn_md_uncompress(&p, end, &v)) *size_const = (int32_t)v;
        return 1;
    case 0x1e: /* NATIVE_TYPE_FIXEDARRAY: element count, element type */
        if (dn_md_uncompress(&p, end, &v)) *size_const = (int32_t)v;
        if (dn_md_uncompress(&p, end, &v)) *array_sub_type = (int32_t)v;
        return 1;
    case 0x17: /* NATIVE_TYPE_FIXEDSYSSTRING: size */
        if (dn_md_uncompress(&p, end, &v)) *size_const = (int32_t)v;
        return 1;
    case 0x2c: { /* NATIVE_TYPE_CUSTOMMARSHALER: GUID, native type name, marshaler type, cookie */
        const uint8_t *ignored;
        int32_t ignored_len;
        if (!counted(&p, end, &ignored, &ignored_len) || !counted(&p, end, &ignored, &ignored_len)) return 0;
        if (!counted(&p, end, marshal_type, marshal_type_length)) return 0;
        return counted(&p, end, marshal_cookie, marshal_cookie_length) ? 1 : 0;
    }
    default:
        return 1;
    }
}
