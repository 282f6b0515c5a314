/*
 * box / unbox, Nullable<T> included, with CoreCLR's rules: an enum and its underlying
 * primitive unbox to each other (same CorElementType); nothing else converts.
 */
#include "internal.h"

#include <string.h>

DnObject *dn_box(const DnMethodTable *mt, const void *value) {
    DnObject *obj = dn_alloc_object(mt);
    if (obj != NULL) memcpy((char *)obj + 8, value, mt->instance_field_bytes);
    return obj;
}

DnObject *dn_box_nullable(const DnMethodTable *nullable_mt, const void *nullable_value) {
    if (*(const uint8_t *)nullable_value == 0) return NULL; /* HasValue is the first field */
    return dn_box(nullable_mt->generic_args[0], (const char *)nullable_value + nullable_mt->nullable.value_offset);
}

static bool is_enum_or_true_primitive(const DnMethodTable *mt) {
    uint32_t c = dn_mt_category(mt);
    return c == DN_MT_FLAG_CATEGORY_PRIMITIVE_VALUETYPE || c == DN_MT_FLAG_CATEGORY_TRUE_PRIMITIVE;
}

static bool unbox_compatible(const DnMethodTable *have, const DnMethodTable *want) {
    return have == want || (is_enum_or_true_primitive(have) && is_enum_or_true_primitive(want) &&
                            have->cor_element_type == want->cor_element_type);
}

void *dn_unbox(DnObject *obj, const DnMethodTable *mt) {
    if (DN_UNLIKELY(obj == NULL)) {
        dn_throw_null_reference();
        return NULL;
    }
    if (DN_LIKELY(unbox_compatible(obj->mt, mt))) return (char *)obj + 8;
    dn_throw_invalid_cast(obj->mt, mt);
    return NULL;
}

bool dn_unbox_nullable(void *dest, const DnMethodTable *nullable_mt, DnObject *obj) {
    const DnMethodTable *t = nullable_mt->generic_args[0];
    if (obj != NULL && !unbox_compatible(obj->mt, t)) {
        dn_throw_invalid_cast(obj->mt, nullable_mt);
        return false;
    }
    memset(dest, 0, nullable_mt->instance_field_bytes);
    if (obj != NULL) {
        *(uint8_t *)dest = 1;
        memcpy((char *)dest + nullable_mt->nullable.value_offset, (char *)obj + 8, nullable_mt->nullable.value_size);
    }
    return true;
}
