/*
 * metadata_import.c — CoreLib's System.Reflection.MetadataImport calls (src/coreclr's
 * MdImport.cs: internal calls answering HRESULTs, the MetadataImport_Enum and
 * MetadataImport_GetMarshalAs QCalls) over the metadata embedded in the program
 * (dn_metadata.h). The IntPtr CoreLib keeps for a module is a DnMdImport. A framework assembly
 * has no embedded image: its scope answers only from DnMdFrameworkType records and raises
 * NotSupportedException for anything else, rather than answering wrongly.
 */
#include "dn_metadata_import.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define S_OK 0
#define E_FAIL ((int32_t)0x80004005u)
#define COR_E_BADIMAGEFORMAT ((int32_t)0x8007000Bu)
#define CLDB_E_RECORD_NOTFOUND ((int32_t)0x80131130u)

struct DnMdImport {
    DnMdScope md;
    bool has_image;
    const DnAssemblyInfo *assembly;
    const DnMdModule *module;
};

static DnMdScope *img(DnMdImport *m) { return &m->md; }

DnMdModule *dn_md_module(DnMdModule *table, const DnAssemblyInfo *a) {
    for (DnMdModule *mod = table; mod->assembly != NULL; mod++)
        if (mod->assembly == a) return mod;
    char text[200];
    snprintf(text, sizeof text, "dotnative has no metadata of assembly '%s' in this program.", a != NULL ? a->name : "?");
    dn_throw_kind(DN_EXC_NOT_SUPPORTED, text);
    return NULL;
}

DnMdImport *dn_mdi_scope(DnMdModule *mod) {
    DnMdImport *m = __atomic_load_n(&mod->md_import, __ATOMIC_ACQUIRE);
    if (m != NULL) return m;
    DnMdImport *created = calloc(1, sizeof *created);
    if (created == NULL) { dn_throw_kind(DN_EXC_OUT_OF_MEMORY, NULL); return NULL; }
    created->assembly = mod->assembly;
    created->module = mod;
    if (mod->metadata != NULL) {
        created->has_image = dn_md_open(&created->md, mod->metadata, mod->metadata_length);
        if (!created->has_image) { free(created); dn_throw_kind(DN_EXC_INVALID_PROGRAM, "The embedded metadata is malformed."); return NULL; }
    }
    DnMdImport *expected = NULL;
    if (__atomic_compare_exchange_n(&mod->md_import, &expected, created, false, __ATOMIC_ACQ_REL, __ATOMIC_ACQUIRE))
        return created;
    free(created);
    return expected;
}

const DnMdScope *dn_mdi_image(DnMdImport *m) { return m->has_image ? &m->md : NULL; }
const DnMdModule *dn_mdi_module(DnMdImport *m) { return m->module; }

/* The question cannot be answered without the assembly's metadata: NotSupportedException. */
static int32_t unsupported(DnMdImport *m, const char *what) {
    char text[256];
    snprintf(text, sizeof text, "dotnative does not embed the metadata of framework assembly '%s' (%s).", m->assembly->name, what);
    dn_throw_kind(DN_EXC_NOT_SUPPORTED, text);
    return E_FAIL;
}

/* A framework assembly's literal field, from its type summaries; NULL when not summarized. */
static const DnMdFrameworkLiteral *framework_literal(DnMdImport *m, uint32_t tk) {
    for (uint32_t i = 0; i < m->module->md_type_count; i++) {
        const DnMdFrameworkType *t = &m->module->md_types[i];
        for (uint32_t l = 0; l < t->literal_count; l++)
            if (t->literals[l].token == tk) return &t->literals[l];
    }
    return NULL;
}

static bool is(uint32_t token, int table) { return (token >> 24) == (uint32_t)table; }
static uint32_t rid(uint32_t token) { return token & 0xffffff; }

/* A token of `table` naming an existing row. */
static bool row_of(DnMdImport *m, uint32_t token, int table) {
    return is(token, table) && dn_md_valid_token(img(m), token);
}

/* A framework assembly's property name, from its type summaries; NULL when not summarized. */
static const char *framework_property_name(DnMdImport *m, uint32_t tk) {
    for (uint32_t i = 0; i < m->module->md_type_count; i++) {
        const DnMdFrameworkType *t = &m->module->md_types[i];
        for (uint32_t p = 0; p < t->property_count; p++)
            if (t->properties[p] == tk) return t->property_names[p];
    }
    return NULL;
}

/* A framework type's custom attribute, from its type summaries; NULL when not summarized. */
static const DnMdFrameworkAttribute *framework_attribute(DnMdImport *m, uint32_t tk) {
    for (uint32_t i = 0; i < m->module->md_type_count; i++) {
        const DnMdFrameworkType *t = &m->module->md_types[i];
        for (uint32_t a = 0; a < t->attribute_count; a++)
            if (t->attributes[a].token == tk) return &t->attributes[a];
    }
    return NULL;
}

/* A framework attribute constructor's parent and signature; NULL when not summarized. */
static const DnMdFrameworkMember *framework_member(DnMdImport *m, uint32_t tk) {
    uint32_t lo = 0, hi = m->module->member_count;
    while (lo < hi) {
        uint32_t mid = lo + (hi - lo) / 2;
        const DnMdFrameworkMember *e = &m->module->members[mid];
        if (e->token == tk) return e;
        if (e->token < tk) lo = mid + 1; else hi = mid;
    }
    return NULL;
}

/* A framework constructor's signature (GetSigOfMethodDef, GetMemberRefProps). */
static int32_t framework_signature(DnMdImport *m, uint32_t tk, DnMdConstArray *sig, const char *what) {
    const DnMdFrameworkMember *e = framework_member(m, tk);
    if (e == NULL) return unsupported(m, what);
    sig->data = e->sig;
    sig->length = (int32_t)e->sig_length;
    return S_OK;
}

int32_t dn_mdi_get_name(DnMdImport *m, uint32_t tk, const char **name) {
    *name = NULL;
    if (!m->has_image) {
        const DnMdFrameworkLiteral *lit = framework_literal(m, tk);
        const char *property = lit == NULL ? framework_property_name(m, tk) : NULL;
        if (lit == NULL && property == NULL) return unsupported(m, "names");
        *name = lit != NULL ? lit->name : property;
        return S_OK;
    }
    int col;
    switch (tk >> 24) {
    case DN_MD_METHOD: col = 3; break;
    case DN_MD_PARAM: col = 2; break;
    case DN_MD_FIELD: case DN_MD_PROPERTY: case DN_MD_EVENT: case DN_MD_TYPEDEF: case DN_MD_MODULE: col = 1; break;
    default: return E_FAIL;
    }
    uint32_t t = tk >> 24, r = rid(tk);
    if (t == DN_MD_MODULE && r == 0) r = 1;
    if (r == 0 || r > img(m)->rows[t]) return COR_E_BADIMAGEFORMAT;
    *name = dn_md_string(img(m), dn_md_get(img(m), (int)t, r, col));
    return S_OK;
}

int32_t dn_mdi_get_namespace(DnMdImport *m, uint32_t tk, const char **name) {
    *name = NULL;
    if (!m->has_image) return unsupported(m, "namespaces");
    if (!row_of(m, tk, DN_MD_TYPEDEF)) return COR_E_BADIMAGEFORMAT;
    *name = dn_md_string(img(m), dn_md_get(img(m), DN_MD_TYPEDEF, rid(tk), 2));
    return S_OK;
}

int32_t dn_mdi_get_user_string(DnMdImport *m, uint32_t tk, const uint16_t **chars, int32_t *length) {
    *chars = NULL;
    *length = 0;
    if (!m->has_image) return unsupported(m, "user strings");
    if (!is(tk, 0x70) || rid(tk) >= img(m)->user_strings_size) return COR_E_BADIMAGEFORMAT;
    /* #US entries are blobs: UTF-16 characters and a final flag byte. */
    DnMdScope s = *img(m);
    s.blobs = s.user_strings;
    s.blobs_size = s.user_strings_size;
    uint32_t n;
    const uint8_t *p = dn_md_blob(&s, rid(tk), &n);
    if (p == NULL) return COR_E_BADIMAGEFORMAT;
    *chars = (const uint16_t *)(const void *)p;
    *length = (int32_t)(n / 2);
    return S_OK;
}

static int32_t constant_value(const uint8_t *p, uint32_t n, int64_t *value, const uint16_t **chars, int32_t *length, const int32_t *type);

int32_t dn_mdi_get_default_value(DnMdImport *m, uint32_t tk, int64_t *value, const uint16_t **chars, int32_t *length, int32_t *type) {
    *value = 0;
    *chars = NULL;
    *length = 0;
    *type = 0x1; /* ELEMENT_TYPE_VOID: no default value */
    const uint8_t *p;
    uint32_t n;
    if (!m->has_image) {
        const DnMdFrameworkLiteral *lit = framework_literal(m, tk);
        if (lit == NULL) return unsupported(m, "default values");
        p = lit->value;
        n = lit->value_length;
        *type = (int32_t)lit->const_type;
        return constant_value(p, n, value, chars, length, type);
    }
    if (!dn_md_valid_token(img(m), tk)) return COR_E_BADIMAGEFORMAT;
    uint32_t row = dn_md_find(img(m), DN_MD_CONSTANT, 1, tk, 0);
    if (row == 0) return S_OK;
    p = dn_md_blob(img(m), dn_md_get(img(m), DN_MD_CONSTANT, row, 2), &n);
    if (p == NULL) return COR_E_BADIMAGEFORMAT;
    *type = (int32_t)(dn_md_get(img(m), DN_MD_CONSTANT, row, 0) & 0xff);
    return constant_value(p, n, value, chars, length, type);
}

/* A Constant row's value blob as GetDefaultValue answers it. */
static int32_t constant_value(const uint8_t *p, uint32_t n, int64_t *value, const uint16_t **chars, int32_t *length, const int32_t *type) {
    if (*type == 0x0e) { /* ELEMENT_TYPE_STRING: UTF-16 characters */
        *chars = (const uint16_t *)(const void *)p;
        *length = (int32_t)(n / 2);
        return S_OK;
    }
    uint64_t v = 0;
    for (uint32_t i = 0; i < n && i < 8; i++) v |= (uint64_t)p[i] << (8 * i);
    *value = (int64_t)v;
    *length = (int32_t)n;
    return S_OK;
}

int32_t dn_mdi_get_event_props(DnMdImport *m, uint32_t tk, const char **name, int32_t *flags) {
    *name = NULL;
    *flags = 0;
    if (!m->has_image) return unsupported(m, "events");
    if (!row_of(m, tk, DN_MD_EVENT)) return COR_E_BADIMAGEFORMAT;
    *name = dn_md_string(img(m), dn_md_get(img(m), DN_MD_EVENT, rid(tk), 1));
    *flags = (int32_t)dn_md_get(img(m), DN_MD_EVENT, rid(tk), 0);
    return S_OK;
}

int32_t dn_mdi_get_field_def_props(DnMdImport *m, uint32_t tk, int32_t *flags) {
    *flags = 0;
    if (!m->has_image) {
        for (uint32_t i = 0; i < m->module->md_type_count; i++) {
            const DnMdFrameworkType *t = &m->module->md_types[i];
            for (uint32_t f = 0; f < t->field_count; f++)
                if (t->fields[f] == tk) { *flags = t->field_flags[f]; return S_OK; }
        }
        return unsupported(m, "field attributes");
    }
    if (!row_of(m, tk, DN_MD_FIELD)) return COR_E_BADIMAGEFORMAT;
    *flags = (int32_t)dn_md_get(img(m), DN_MD_FIELD, rid(tk), 0);
    return S_OK;
}

int32_t dn_mdi_get_property_props(DnMdImport *m, uint32_t tk, const char **name, int32_t *flags, DnMdConstArray *sig) {
    *name = NULL;
    *flags = 0;
    sig->length = 0;
    sig->data = NULL;
    if (!m->has_image) {
        for (uint32_t i = 0; i < m->module->md_type_count; i++) {
            const DnMdFrameworkType *t = &m->module->md_types[i];
            for (uint32_t p = 0; p < t->property_count && t->property_details != NULL; p++) {
                if (t->properties[p] != tk) continue;
                const DnMdFrameworkProperty *d = &t->property_details[p];
                *name = t->property_names[p];
                *flags = (int32_t)d->flags;
                sig->data = d->sig;
                sig->length = (int32_t)d->sig_length;
                return S_OK;
            }
        }
        return unsupported(m, "properties");
    }
    if (!row_of(m, tk, DN_MD_PROPERTY)) return COR_E_BADIMAGEFORMAT;
    *name = dn_md_string(img(m), dn_md_get(img(m), DN_MD_PROPERTY, rid(tk), 1));
    *flags = (int32_t)dn_md_get(img(m), DN_MD_PROPERTY, rid(tk), 0);
    uint32_t n;
    sig->data = dn_md_blob(img(m), dn_md_get(img(m), DN_MD_PROPERTY, rid(tk), 2), &n);
    sig->length = (int32_t)n;
    return sig->data != NULL ? S_OK : COR_E_BADIMAGEFORMAT;
}

/* The TypeDef of the PropertyMap / EventMap row owning a property / event. */
static uint32_t map_parent(DnMdImport *m, int child, int map, uint32_t r) {
    for (uint32_t row = 1; row <= img(m)->rows[map]; row++) {
        uint32_t first, end;
        dn_md_list(img(m), child, row, &first, &end);
        for (uint32_t i = first; i < end; i++)
            if (dn_md_list_row(img(m), child, i) == r) return dn_md_get(img(m), map, row, 0);
    }
    return 0;
}

int32_t dn_mdi_get_parent_token(DnMdImport *m, uint32_t tk, int32_t *parent) {
    *parent = 0;
    if (!m->has_image) {
        const DnMdFrameworkMember *e = framework_member(m, tk);
        if (e == NULL) return unsupported(m, "parent tokens");
        *parent = (int32_t)e->parent;
        return S_OK;
    }
    if (!dn_md_valid_token(img(m), tk)) return COR_E_BADIMAGEFORMAT;
    DnMdScope *s = img(m);
    uint32_t r = rid(tk), p;
    switch (tk >> 24) {
    case DN_MD_TYPEDEF: {
        uint32_t row = dn_md_find(s, DN_MD_NESTEDCLASS, 0, r, 0);
        p = 0x02000000u | (row != 0 ? dn_md_get(s, DN_MD_NESTEDCLASS, row, 1) : 0);
        break;
    }
    case DN_MD_GENERICPARAM: p = dn_md_get(s, DN_MD_GENERICPARAM, r, 2); break;
    case DN_MD_METHOD: p = 0x02000000u | dn_md_owner(s, DN_MD_METHOD, r); break;
    case DN_MD_FIELD: p = 0x02000000u | dn_md_owner(s, DN_MD_FIELD, r); break;
    case DN_MD_PARAM: p = 0x06000000u | dn_md_owner(s, DN_MD_PARAM, r); break;
    case DN_MD_MEMBERREF: p = dn_md_get(s, DN_MD_MEMBERREF, r, 0); break;
    case DN_MD_CUSTOMATTRIBUTE: p = dn_md_get(s, DN_MD_CUSTOMATTRIBUTE, r, 0); break;
    case DN_MD_METHODSPEC: p = dn_md_get(s, DN_MD_METHODSPEC, r, 0); break;
    case DN_MD_EVENT: p = 0x02000000u | map_parent(m, DN_MD_EVENT, DN_MD_EVENTMAP, r); break;
    case DN_MD_PROPERTY: p = 0x02000000u | map_parent(m, DN_MD_PROPERTY, DN_MD_PROPERTYMAP, r); break;
    default: return COR_E_BADIMAGEFORMAT;
    }
    *parent = (int32_t)p;
    return S_OK;
}

int32_t dn_mdi_get_param_def_props(DnMdImport *m, uint32_t tk, int32_t *sequence, int32_t *flags) {
    *sequence = 0;
    *flags = 0;
    if (!m->has_image) return unsupported(m, "parameters");
    if (!row_of(m, tk, DN_MD_PARAM)) return COR_E_BADIMAGEFORMAT;
    *flags = (int32_t)dn_md_get(img(m), DN_MD_PARAM, rid(tk), 0);
    *sequence = (int32_t)dn_md_get(img(m), DN_MD_PARAM, rid(tk), 1);
    return S_OK;
}

int32_t dn_mdi_get_generic_param_props(DnMdImport *m, uint32_t tk, int32_t *flags) {
    *flags = 0;
    if (!m->has_image) return unsupported(m, "generic parameters");
    if (!row_of(m, tk, DN_MD_GENERICPARAM)) return COR_E_BADIMAGEFORMAT;
    *flags = (int32_t)dn_md_get(img(m), DN_MD_GENERICPARAM, rid(tk), 1);
    return S_OK;
}

int32_t dn_mdi_get_scope_props(DnMdImport *m, uint8_t *mvid) {
    memset(mvid, 0, 16);
    if (!m->has_image) return unsupported(m, "the module version id");
    uint32_t g = dn_md_get(img(m), DN_MD_MODULE, 1, 2);
    if (g == 0 || (uint64_t)g * 16 > img(m)->guids_size) return COR_E_BADIMAGEFORMAT;
    memcpy(mvid, img(m)->guids + (g - 1) * 16, 16);
    return S_OK;
}

/* The blob in column `col` of the token's row, when the token is of `table`. */
static int32_t blob_of(DnMdImport *m, uint32_t tk, int table, int col, DnMdConstArray *out) {
    out->length = 0;
    out->data = NULL;
    if (!row_of(m, tk, table)) return COR_E_BADIMAGEFORMAT;
    uint32_t n;
    out->data = dn_md_blob(img(m), dn_md_get(img(m), table, rid(tk), col), &n);
    out->length = (int32_t)n;
    return out->data != NULL ? S_OK : COR_E_BADIMAGEFORMAT;
}

int32_t dn_mdi_get_sig_of_method_def(DnMdImport *m, uint32_t tk, DnMdConstArray *sig) {
    if (!m->has_image) return framework_signature(m, tk, sig, "method signatures");
    return blob_of(m, tk, DN_MD_METHOD, 4, sig);
}

int32_t dn_mdi_get_sig_of_field_def(DnMdImport *m, uint32_t tk, DnMdConstArray *sig) {
    if (!m->has_image) {
        const DnMdFrameworkLiteral *lit = framework_literal(m, tk);
        if (lit == NULL) return unsupported(m, "field signatures");
        sig->data = lit->sig;
        sig->length = (int32_t)lit->sig_length;
        return S_OK;
    }
    return blob_of(m, tk, DN_MD_FIELD, 2, sig);
}

int32_t dn_mdi_get_member_ref_props(DnMdImport *m, uint32_t tk, DnMdConstArray *sig) {
    if (!m->has_image) return framework_signature(m, tk, sig, "member references");
    return blob_of(m, tk, DN_MD_MEMBERREF, 2, sig);
}

int32_t dn_mdi_get_signature_from_token(DnMdImport *m, uint32_t tk, DnMdConstArray *sig) {
    if (!m->has_image) return unsupported(m, "signatures");
    switch (tk >> 24) {
    case DN_MD_STANDALONESIG: return blob_of(m, tk, DN_MD_STANDALONESIG, 0, sig);
    case DN_MD_TYPESPEC: return blob_of(m, tk, DN_MD_TYPESPEC, 0, sig);
    case DN_MD_METHOD: return blob_of(m, tk, DN_MD_METHOD, 4, sig);
    case DN_MD_FIELD: return blob_of(m, tk, DN_MD_FIELD, 2, sig);
    case DN_MD_MEMBERREF: return blob_of(m, tk, DN_MD_MEMBERREF, 2, sig);
    case DN_MD_PROPERTY: return blob_of(m, tk, DN_MD_PROPERTY, 2, sig);
    default: sig->length = 0; sig->data = NULL; return COR_E_BADIMAGEFORMAT;
    }
}

int32_t dn_mdi_get_custom_attribute_props(DnMdImport *m, uint32_t tk, int32_t *ctor, DnMdConstArray *blob) {
    *ctor = 0;
    if (!m->has_image) {
        const DnMdFrameworkAttribute *a = framework_attribute(m, tk);
        if (a == NULL) return unsupported(m, "custom attributes");
        *ctor = (int32_t)a->ctor;
        blob->data = a->blob;
        blob->length = (int32_t)a->blob_length;
        return S_OK;
    }
    int32_t hr = blob_of(m, tk, DN_MD_CUSTOMATTRIBUTE, 2, blob);
    if (hr == S_OK) *ctor = (int32_t)dn_md_get(img(m), DN_MD_CUSTOMATTRIBUTE, rid(tk), 1);
    return hr;
}

int32_t dn_mdi_get_field_marshal(DnMdImport *m, uint32_t tk, DnMdConstArray *blob) {
    blob->length = 0;
    blob->data = NULL;
    if (!m->has_image) return unsupported(m, "marshaling descriptions");
    uint32_t row = dn_md_find(img(m), DN_MD_FIELDMARSHAL, 0, tk, 0);
    if (row == 0) return S_OK; /* none: an empty description */
    uint32_t n;
    blob->data = dn_md_blob(img(m), dn_md_get(img(m), DN_MD_FIELDMARSHAL, row, 1), &n);
    blob->length = (int32_t)n;
    return blob->data != NULL ? S_OK : COR_E_BADIMAGEFORMAT;
}

int32_t dn_mdi_get_class_layout(DnMdImport *m, uint32_t tk, int32_t *pack, int32_t *size) {
    *pack = 0;
    *size = 0;
    if (!m->has_image) return unsupported(m, "class layouts");
    if (!row_of(m, tk, DN_MD_TYPEDEF)) return COR_E_BADIMAGEFORMAT;
    uint32_t row = dn_md_find(img(m), DN_MD_CLASSLAYOUT, 2, rid(tk), 0);
    if (row != 0) {
        *pack = (int32_t)dn_md_get(img(m), DN_MD_CLASSLAYOUT, row, 0);
        *size = (int32_t)dn_md_get(img(m), DN_MD_CLASSLAYOUT, row, 1);
    }
    return S_OK;
}

int32_t dn_mdi_get_field_offset(DnMdImport *m, uint32_t type_tk, uint32_t field_tk, int32_t *offset, uint8_t *found) {
    *offset = 0;
    *found = 0;
    if (!m->has_image) return unsupported(m, "field offsets");
    if (!row_of(m, type_tk, DN_MD_TYPEDEF)) return COR_E_BADIMAGEFORMAT;
    uint32_t first, end;
    dn_md_list(img(m), DN_MD_FIELD, rid(type_tk), &first, &end);
    for (uint32_t i = first; i < end; i++) {
        uint32_t f = dn_md_list_row(img(m), DN_MD_FIELD, i);
        if ((0x04000000u | f) != field_tk) continue;
        uint32_t row = dn_md_find(img(m), DN_MD_FIELDLAYOUT, 1, f, 0);
        if (row == 0) return S_OK;
        *offset = (int32_t)dn_md_get(img(m), DN_MD_FIELDLAYOUT, row, 0);
        *found = 1;
        return S_OK;
    }
    return S_OK;
}

int32_t dn_mdi_get_pinvoke_map(DnMdImport *m, uint32_t tk, int32_t *flags, const char **import_name, const char **import_dll) {
    *flags = 0;
    *import_name = NULL;
    *import_dll = NULL;
    if (!m->has_image) return unsupported(m, "P/Invoke maps");
    uint32_t row = dn_md_find(img(m), DN_MD_IMPLMAP, 1, tk, 0);
    if (row == 0) return S_OK; /* none: CoreCLR answers zeros and S_OK too */
    *flags = (int32_t)dn_md_get(img(m), DN_MD_IMPLMAP, row, 0);
    *import_name = dn_md_string(img(m), dn_md_get(img(m), DN_MD_IMPLMAP, row, 2));
    uint32_t mr = dn_md_get(img(m), DN_MD_IMPLMAP, row, 3);
    if (mr == 0 || mr > img(m)->rows[DN_MD_MODULEREF]) return COR_E_BADIMAGEFORMAT;
    *import_dll = dn_md_string(img(m), dn_md_get(img(m), DN_MD_MODULEREF, mr, 0));
    return S_OK;
}

bool dn_mdi_is_valid_token(DnMdImport *m, uint32_t tk) {
    if (!m->has_image) return unsupported(m, "token validity"), false;
    return dn_md_valid_token(img(m), tk);
}
