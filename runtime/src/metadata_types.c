/*
 * metadata_types.c — tokens and signatures of an embedded assembly to the program's
 * descriptors (dn_metadata_import.h): ModuleHandle.ResolveType / ResolveMethod and the
 * signatures CoreLib reads from metadata (property types, literal field types), over the
 * token tables src/codegen/metadata-import.ts writes for the members the program keeps.
 */
#include "dn_metadata_import.h"

#include <stdio.h>
#include <string.h>

static void not_described(const DnMdModule *a, const char *what, uint32_t token) {
    char text[256];
    snprintf(text, sizeof text, "The %s 0x%08x of assembly '%s' is not part of this dotnative program (trimmed, or not describable by reflection).",
             what, (unsigned)token, a->assembly->name);
    dn_throw_kind(DN_EXC_NOT_SUPPORTED, text);
}

/* The entry for `token` in a table sorted by token whose entries each start with their token. */
static const void *find_token(const void *table, size_t stride, uint32_t count, uint32_t token) {
    const uint8_t *base = table;
    uint32_t lo = 0, hi = count;
    while (lo < hi) {
        uint32_t mid = lo + (hi - lo) / 2;
        const uint8_t *entry = base + (size_t)mid * stride;
        uint32_t t;
        memcpy(&t, entry, sizeof t);
        if (t == token) return entry;
        if (t < token) lo = mid + 1; else hi = mid;
    }
    return NULL;
}

const DnMethodTable *dn_mdi_resolve_type(const DnMdModule *a, uint32_t token) {
    const DnMdTypeToken *e = find_token(a->type_tokens, sizeof *a->type_tokens, a->type_token_count, token);
    if (e != NULL) return e->mt;
    not_described(a, "type", token);
    return NULL;
}

const DnMethodInfo *dn_mdi_resolve_method(const DnMdModule *a, uint32_t token) {
    const DnMdMethodToken *e = find_token(a->method_tokens, sizeof *a->method_tokens, a->method_token_count, token);
    if (e != NULL) return e->method;
    not_described(a, "method", token);
    return NULL;
}

typedef struct { const uint8_t *p, *end; } Cursor;

static bool next_u(Cursor *c, uint32_t *v) { return dn_md_uncompress(&c->p, c->end, v); }

/* A TypeDefOrRefOrSpecEncoded index (II.23.2.8) as a token. */
static bool next_type_token(Cursor *c, uint32_t *token) {
    uint32_t v;
    static const uint32_t tables[3] = {0x02000000u, 0x01000000u, 0x1b000000u};
    if (!next_u(c, &v) || (v & 3) == 3) return false;
    *token = tables[v & 3] | (v >> 2);
    return true;
}

static const DnMethodTable *unsupported_type(const DnMdModule *a, uint8_t element) {
    char text[200];
    snprintf(text, sizeof text, "A signature of assembly '%s' holds a type (element 0x%02x) dotnative reflection cannot describe.", a->assembly->name, element);
    dn_throw_kind(DN_EXC_NOT_SUPPORTED, text);
    return NULL;
}

/* One type of a signature; NULL with an exception pending. */
static const DnMethodTable *next_type(const DnMdModule *a, Cursor *c) {
    for (;;) {
        if (c->p >= c->end) return unsupported_type(a, 0);
        uint8_t e = *c->p++;
        if (e == 0x1f || e == 0x20) { /* custom modifiers do not change the type */
            uint32_t ignored;
            if (!next_type_token(c, &ignored)) return unsupported_type(a, e);
            continue;
        }
        if (e == 0x45) continue; /* ELEMENT_TYPE_PINNED */
        if ((e >= 0x01 && e <= 0x0e) || e == 0x18 || e == 0x19 || e == 0x1c) {
            const DnMethodTable *mt = a->primitives != NULL ? a->primitives[e] : NULL;
            return mt != NULL ? mt : unsupported_type(a, e);
        }
        if (e == 0x11 || e == 0x12) { /* VALUETYPE, CLASS */
            uint32_t token;
            if (!next_type_token(c, &token)) return unsupported_type(a, e);
            return dn_mdi_resolve_type(a, token);
        }
        if (e == 0x1d) { /* SZARRAY */
            const DnMethodTable *element = next_type(a, c);
            if (element == NULL) return NULL;
            const DnMethodTable *array = dn_typeinfo_array_of(element, 1, true);
            return array != NULL ? array : unsupported_type(a, e);
        }
        return unsupported_type(a, e);
    }
}

int32_t dn_mdi_parse_signature(const DnMdModule *a, const uint8_t *sig, int32_t length, uint8_t *callconv, const DnMethodTable **ret,
                               const DnMethodTable **params, int32_t capacity) {
    Cursor c = {sig, sig + (length > 0 ? length : 0)};
    if (c.p >= c.end) { unsupported_type(a, 0); return -1; }
    *callconv = *c.p++;
    if ((*callconv & 0x0f) == 0x06) { /* FIELD */
        *ret = next_type(a, &c);
        return *ret != NULL ? 0 : -1;
    }
    uint32_t generic = 0, count;
    if ((*callconv & 0x10) && !next_u(&c, &generic)) { unsupported_type(a, 0); return -1; }
    if (!next_u(&c, &count)) { unsupported_type(a, 0); return -1; }
    *ret = next_type(a, &c);
    if (*ret == NULL) return -1;
    for (uint32_t i = 0; i < count; i++) {
        const DnMethodTable *p = next_type(a, &c);
        if (p == NULL) return -1;
        if ((int32_t)i < capacity) params[i] = p;
    }
    return (int32_t)count;
}
