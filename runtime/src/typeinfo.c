/*
 * Answers to CoreLib's reflection questions from the compile-time type data
 * (dn_typeinfo.h; written by src/codegen/typeinfo.ts): type names, enum names/values/[Flags],
 * the field walks of ValueType.Equals and ValueType.GetHashCode, and the program's assemblies.
 */
#include "dn_typeinfo.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

static DnObject *cached_string(DnObject **slot, const char *text) {
    DnObject *s = slot != NULL ? __atomic_load_n(slot, __ATOMIC_ACQUIRE) : NULL;
    if (s != NULL) return s;
    DnObject *created = (DnObject *)dn_string_from_utf8(text, strlen(text));
    if (created == NULL || slot == NULL) return created;
    DnObject *expected = NULL;
    if (__atomic_compare_exchange_n(slot, &expected, created, false, __ATOMIC_ACQ_REL, __ATOMIC_ACQUIRE)) return created;
    return expected;
}

DnObject *dn_typeinfo_name(const DnMethodTable *mt, int kind) {
    const DnTypeInfo *ti = dn_typeinfo(mt);
    const char *text;
    if (kind == DN_TYPENAME_ASSEMBLY_QUALIFIED) {
        text = ti != NULL ? ti->assembly_qualified_name : NULL;
        return text != NULL ? cached_string(ti->cache != NULL ? &ti->cache[kind] : NULL, text) : NULL;
    }
    if (ti == NULL || ti->name == NULL) {
        /* No record (a type the name getters were not planned for): the cast-message name. */
        text = kind == DN_TYPENAME_NAMESPACE ? NULL : mt->name;
        return text != NULL ? (DnObject *)dn_string_from_utf8(text, strlen(text)) : NULL;
    }
    switch (kind) {
    case DN_TYPENAME_NAME: text = ti->name; break;
    case DN_TYPENAME_FULL_NAME: text = ti->full_name; break;
    case DN_TYPENAME_NAMESPACE: text = ti->name_space; break;
    default: text = ti->to_string; break;
    }
    if (text == NULL) return NULL;
    return cached_string(ti->cache != NULL ? &ti->cache[kind] : NULL, text);
}

const DnMethodTable *dn_typeinfo_array_of(const DnMethodTable *element, int32_t rank, bool sz) {
    const DnTypeInfo *ti = dn_typeinfo(element);
    if (ti == NULL || ti->arrays == NULL) return NULL;
    for (const DnMethodTable *const *a = ti->arrays; *a != NULL; a++) {
        bool is_sz = dn_mt_category(*a) == (DN_MT_FLAG_CATEGORY_ARRAY | DN_MT_FLAG_CATEGORY_IF_ARRAY_THEN_SZARRAY);
        if ((*a)->rank == rank && is_sz == sz) return *a;
    }
    return NULL;
}

/* strncmp, or its ASCII case-insensitive form (other characters must match exactly). */
static int name_compare(const char *a, const char *b, size_t n, bool ignore_case) {
    return ignore_case ? strncasecmp(a, b, n) : strncmp(a, b, n);
}

static const DnMethodTable *find_named(const DnNamedType *table, const DnAssemblyInfo *assembly, const char *top,
                                       const char *const *nested, int32_t count, bool ignore_case) {
    size_t top_len = strlen(top);
    for (const DnNamedType *t = table; t->mt != NULL; t++) {
        if (t->assembly != assembly || name_compare(t->name, top, top_len, ignore_case) != 0) continue;
        const char *rest = t->name + top_len;
        int32_t i = 0;
        for (; i < count && *rest == '+'; i++) {
            size_t n = strlen(nested[i]);
            if (name_compare(rest + 1, nested[i], n, ignore_case) != 0) break;
            rest += 1 + n;
        }
        if (i == count && *rest == '\0') return t->mt;
    }
    return NULL;
}

const DnMethodTable *dn_find_named_type(const DnNamedType *table, const DnAssemblyInfo *assembly, const char *top,
                                        const char *const *nested, int32_t count) {
    return find_named(table, assembly, top, nested, count, false);
}

/* A NUL-terminated UTF-16 string as UTF-8 (malloc'ed; unpaired surrogates become U+FFFD). */
static char *utf16_to_utf8(const uint16_t *s) {
    size_t n = 0;
    while (s[n] != 0) n++;
    char *out = malloc(n * 3 + 1);
    if (out == NULL) return NULL;
    char *p = out;
    for (size_t i = 0; i < n; i++) {
        uint32_t c = s[i];
        if (c >= 0xD800 && c < 0xDC00 && i + 1 < n && s[i + 1] >= 0xDC00 && s[i + 1] < 0xE000) {
            c = 0x10000 + ((c - 0xD800) << 10) + (s[++i] - 0xDC00u);
        } else if (c >= 0xD800 && c < 0xE000) {
            c = 0xFFFD;
        }
        if (c < 0x80) {
            *p++ = (char)c;
        } else if (c < 0x800) {
            *p++ = (char)(0xC0 | (c >> 6));
            *p++ = (char)(0x80 | (c & 0x3F));
        } else if (c < 0x10000) {
            *p++ = (char)(0xE0 | (c >> 12));
            *p++ = (char)(0x80 | ((c >> 6) & 0x3F));
            *p++ = (char)(0x80 | (c & 0x3F));
        } else {
            *p++ = (char)(0xF0 | (c >> 18));
            *p++ = (char)(0x80 | ((c >> 12) & 0x3F));
            *p++ = (char)(0x80 | ((c >> 6) & 0x3F));
            *p++ = (char)(0x80 | (c & 0x3F));
        }
    }
    *p = '\0';
    return out;
}

const DnMethodTable *dn_find_named_type_ignore_case(const DnNamedType *table, const DnAssemblyInfo *assembly, const uint16_t *top,
                                                    const uint16_t *const *nested, int32_t count) {
    if (top == NULL || count < 0) return NULL;
    char *top8 = utf16_to_utf8(top);
    char **nested8 = calloc((size_t)count + 1, sizeof *nested8);
    const DnMethodTable *found = NULL;
    bool ok = top8 != NULL && nested8 != NULL;
    for (int32_t i = 0; ok && i < count; i++) ok = nested[i] != NULL && (nested8[i] = utf16_to_utf8(nested[i])) != NULL;
    if (ok) found = find_named(table, assembly, top8, (const char *const *)nested8, count, true);
    if (nested8 != NULL)
        for (int32_t i = 0; i < count; i++) free(nested8[i]);
    free(nested8);
    free(top8);
    return found;
}

/* Publishes created in *slot unless another thread was first; returns the winner. */
static DnObject *publish_once(DnObject **slot, DnObject *created) {
    DnObject *expected = NULL;
    if (__atomic_compare_exchange_n(slot, &expected, created, false, __ATOMIC_ACQ_REL, __ATOMIC_ACQUIRE)) return created;
    return expected;
}

_Thread_local DnAssemblyInfo *dn_stack_mark_caller;

DnObject *dn_assembly_object(DnAssemblyInfo *a, const DnMethodTable *assembly_mt, size_t handle_offset) {
    DnObject *o = __atomic_load_n(&a->assembly, __ATOMIC_ACQUIRE);
    if (o != NULL) return o;
    DnObject *created = dn_alloc_object(assembly_mt);
    if (created == NULL) return NULL;
    *(intptr_t *)((uint8_t *)created + handle_offset) = (intptr_t)a;
    return publish_once(&a->assembly, created);
}

DnObject *dn_assembly_module(DnAssemblyInfo *a, const DnMethodTable *module_mt, size_t data_offset, size_t assembly_offset, DnObject *assembly) {
    DnObject *o = __atomic_load_n(&a->module, __ATOMIC_ACQUIRE);
    if (o != NULL || assembly == NULL) return o;
    DnObject *created = dn_alloc_object(module_mt);
    if (created == NULL) return NULL;
    *(intptr_t *)((uint8_t *)created + data_offset) = (intptr_t)a;
    *(DnObject **)((uint8_t *)created + assembly_offset) = assembly;
    return publish_once(&a->module, created);
}

DnObject **dn_typeinfo_enum_cache(const DnMethodTable *mt) {
    const DnTypeInfo *ti = dn_typeinfo(mt);
    return ti != NULL && ti->cache != NULL ? &ti->cache[DN_TYPEINFO_ENUM_INFO] : NULL;
}

bool dn_typeinfo_enum_has_flags(const DnMethodTable *mt) {
    const DnTypeInfo *ti = dn_typeinfo(mt);
    return ti != NULL && ti->enum_data != NULL && (ti->enum_data->flags & DN_ENUM_FLAGS_ATTRIBUTE) != 0;
}

bool dn_typeinfo_enum_values_and_names(const DnMethodTable *mt, const DnMethodTable *values_mt, const DnMethodTable *names_mt,
                                       bool get_names, DnObject **values, DnObject **names) {
    const DnTypeInfo *ti = dn_typeinfo(mt);
    const DnEnumData *e = ti != NULL ? ti->enum_data : NULL;
    uint32_t n = e != NULL ? e->count : 0;
    DnArray *v = dn_alloc_array(values_mt, n);
    if (v == NULL) return false;
    size_t size = values_mt->component_size;
    uint8_t *to = (uint8_t *)v + DN_ARRAY_DATA_OFFSET;
    for (uint32_t i = 0; i < n; i++) {
        uint64_t x = e->values[i];
        memcpy(to + i * size, &x, size); /* little-endian: the low bytes */
    }
    *values = (DnObject *)v;
    if (!get_names) return true;
    DnArray *s = dn_alloc_array(names_mt, n);
    if (s == NULL) return false;
    *names = (DnObject *)s;
    DnObject **slots = (DnObject **)((uint8_t *)s + DN_ARRAY_DATA_OFFSET);
    for (uint32_t i = 0; i < n; i++) {
        DnObject *str = (DnObject *)dn_string_from_utf8(e->names[i], strlen(e->names[i]));
        if (str == NULL) return false;
        slots[i] = str;
    }
    return true;
}

/* A field as FieldInfo.GetValue returns it: the reference, or the value boxed (Nullable<T>: T or null). */
static DnObject *field_value(const DnFieldData *f, const uint8_t *data, bool *failed) {
    const uint8_t *p = data + f->offset;
    if (f->kind == DN_FIELD_REF) return *(DnObject *const *)p;
    DnObject *o = dn_mt_category(f->mt) == DN_MT_FLAG_CATEGORY_NULLABLE ? dn_box_nullable(f->mt, p) : dn_box(f->mt, p);
    if (o == NULL && dn_exception_pending()) *failed = true;
    return o;
}

int32_t dn_typeinfo_valuetype_equals(DnObject *self, DnObject *obj, uint32_t equals_slot) {
    if (obj == NULL) return 0;
    const DnMethodTable *mt = self->mt;
    if (obj->mt != mt) return 0;
    const uint8_t *a = (const uint8_t *)self + 8;
    const uint8_t *b = (const uint8_t *)obj + 8;
    const DnTypeInfo *ti = dn_typeinfo(mt);
    if ((mt->aux != NULL && (mt->aux->flags & 0x4) != 0) || ti == NULL || ti->fields == NULL)
        return memcmp(a, b, mt->instance_field_bytes) == 0;
    for (uint32_t i = 0; i < ti->num_fields; i++) {
        const DnFieldData *f = &ti->fields[i];
        switch (f->kind) {
        case DN_FIELD_R8: {
            double x, y;
            memcpy(&x, a + f->offset, 8);
            memcpy(&y, b + f->offset, 8);
            if (!(x == y || (isnan(x) && isnan(y)))) return 0; /* Double.Equals(object) */
            continue;
        }
        case DN_FIELD_R4: {
            float x, y;
            memcpy(&x, a + f->offset, 4);
            memcpy(&y, b + f->offset, 4);
            if (!(x == y || (isnan(x) && isnan(y)))) return 0;
            continue;
        }
        case DN_FIELD_PRIM:
            if (memcmp(a + f->offset, b + f->offset, f->size) != 0) return 0;
            continue;
        case DN_FIELD_VALUETYPE:
            if ((f->flags & DN_FIELD_CAN_COMPARE_BITS) != 0 || f->mt == NULL) {
                if (memcmp(a + f->offset, b + f->offset, f->size) != 0) return 0;
                continue;
            }
            break;
        default:
            break;
        }
        bool failed = false;
        DnObject *x = field_value(f, a, &failed);
        if (failed) return -1;
        DnObject *y = field_value(f, b, &failed);
        if (failed) return -1;
        if (x == NULL) {
            if (y != NULL) return 0;
            continue;
        }
        DnFnPtr fn = DN_VIRTUAL(x, equals_slot);
        if (fn == NULL) return memcmp(a + f->offset, b + f->offset, f->size) == 0 ? 1 : 0;
        bool eq = ((bool (*)(DnObject *, DnObject *))fn)(x, y);
        if (DN_UNLIKELY(dn_exception_pending())) return -1;
        if (!eq) return 0;
    }
    return 1;
}

static int32_t hash_strategy(const DnMethodTable *mt, const uint8_t *data, uint32_t *off, uint32_t *size, const DnMethodTable **fmt, int depth) {
    const DnTypeInfo *ti = dn_typeinfo(mt);
    if (ti == NULL || ti->fields == NULL || depth > 32) {
        *size = mt->instance_field_bytes; /* no record: hash the bytes */
        return 4;
    }
    for (uint32_t i = 0; i < ti->num_fields; i++) {
        const DnFieldData *f = &ti->fields[i];
        switch (f->kind) {
        case DN_FIELD_REF:
            if (*(DnObject *const *)(data + *off + f->offset) == NULL) continue; /* null: try the next field */
            *off += f->offset;
            return 1;
        case DN_FIELD_R8: *off += f->offset; return 2;
        case DN_FIELD_R4: *off += f->offset; return 3;
        case DN_FIELD_PRIM: *off += f->offset; *size = f->size; return 4;
        default:
            *off += f->offset;
            if ((f->flags & DN_FIELD_CAN_COMPARE_BITS) != 0 || f->mt == NULL) { *size = f->size; return 4; }
            if ((f->flags & DN_FIELD_OVERRIDES_GETHASHCODE) != 0) { *fmt = f->mt; return 5; }
            return hash_strategy(f->mt, data, off, size, fmt, depth + 1);
        }
    }
    return 0;
}

int32_t dn_typeinfo_hashcode_strategy(const DnMethodTable *mt, DnObject *obj, uint32_t *field_offset, uint32_t *field_size,
                                      const DnMethodTable **field_mt) {
    *field_offset = 0;
    *field_size = 0;
    *field_mt = NULL;
    return hash_strategy(mt, (const uint8_t *)obj + 8, field_offset, field_size, field_mt, 0);
}

/* ---- field reflection (DnFieldInfo records) ------------------------------------------------ */

static bool field_is_reference(const DnMethodTable *type) {
    uint32_t c = dn_mt_category(type);
    return c == DN_MT_FLAG_CATEGORY_CLASS || c == DN_MT_FLAG_CATEGORY_INTERFACE || (c & DN_MT_FLAG_CATEGORY_ARRAY_MASK) == DN_MT_FLAG_CATEGORY_ARRAY;
}

/* The field's storage (the static's, or inside obj), after the declaring type's class
 * constructor ran: CoreCLR runs it on reflection's first access to any of its fields. */
static uint8_t *field_address(const DnFieldInfo *fi, DnObject *obj) {
    if (fi->owner->cctor != NULL && !dn_ensure_cctor(fi->owner->cctor)) return NULL;
    if (fi->address != NULL) return (uint8_t *)fi->address;
    return (uint8_t *)obj + sizeof(DnObject *) + fi->offset;
}

DnObject *dn_field_get(const DnFieldInfo *fi, DnObject *obj) {
    const uint8_t *p = field_address(fi, obj);
    if (p == NULL) return NULL;
    if (field_is_reference(fi->type)) return __atomic_load_n((DnObject *const *)p, __ATOMIC_ACQUIRE);
    if (dn_mt_category(fi->type) == DN_MT_FLAG_CATEGORY_NULLABLE) return dn_box_nullable(fi->type, p);
    return dn_box(fi->type, p);
}

bool dn_field_set(const DnFieldInfo *fi, DnObject *obj, DnObject *value) {
    uint8_t *p = field_address(fi, obj);
    if (p == NULL) return false;
    if (field_is_reference(fi->type)) {
        DN_STORE_REF((DnObject **)p, value);
        return true;
    }
    /* A Nullable<T> field takes a boxed T, null, or (CoreLib's ReboxToNullable) a boxed Nullable<T>. */
    if (dn_mt_category(fi->type) == DN_MT_FLAG_CATEGORY_NULLABLE && (value == NULL || value->mt != fi->type))
        return dn_unbox_nullable(p, fi->type, value);
    if (value == NULL) {
        memset(p, 0, fi->type->instance_field_bytes);
        return true;
    }
    const void *src = value->mt == fi->type ? (const void *)((uint8_t *)value + sizeof(DnObject *)) : dn_unbox(value, fi->type);
    if (src == NULL) return false;
    memmove(p, src, fi->type->instance_field_bytes);
    return true;
}
