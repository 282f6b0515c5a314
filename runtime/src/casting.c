/*
 * Casting: isinst / castclass helpers, the general assignability test (ECMA I.8.7 plus
 * CoreCLR's array and variance rules) and the array store check.
 */
#include "internal.h"

static bool is_reference_type(const DnMethodTable *mt) {
    /* classes, interfaces, arrays, String; not value types or pointer types */
    return !dn_mt_is_value_type(mt) && mt->cor_element_type != DN_ELEMENT_TYPE_PTR &&
           mt->cor_element_type != DN_ELEMENT_TYPE_FNPTR;
}

static bool implements_exactly(const DnMethodTable *from, const DnMethodTable *iface) {
    const DnMethodTable *const *map = from->interface_map;
    for (unsigned i = 0, n = from->num_interfaces; i < n; i++)
        if (map[i] == iface) return true;
    return false;
}

static bool derives_from(const DnMethodTable *from, const DnMethodTable *cls) {
    for (const DnMethodTable *mt = from; mt != NULL; mt = mt->parent)
        if (mt == cls) return true;
    return false;
}

/* CoreCLR's GetNormalizedIntegralArrayElementType: unsigned integers compare as signed. */
static uint8_t normalized_element_type(uint8_t et) {
    switch (et) {
    case DN_ELEMENT_TYPE_U1:
    case DN_ELEMENT_TYPE_U2:
    case DN_ELEMENT_TYPE_U4:
    case DN_ELEMENT_TYPE_U8:
    case DN_ELEMENT_TYPE_U:
        return (uint8_t)(et - 1);
    default:
        return et;
    }
}

static bool is_enum_or_primitive(const DnMethodTable *mt) {
    uint32_t c = dn_mt_category(mt);
    return c == DN_MT_FLAG_CATEGORY_PRIMITIVE_VALUETYPE || c == DN_MT_FLAG_CATEGORY_TRUE_PRIMITIVE;
}

/* Can an array with elements `from` be seen as one with elements `to`? */
static bool array_element_compatible(const DnMethodTable *from, const DnMethodTable *to) {
    if (from == to) return true;
    if (is_reference_type(from)) return is_reference_type(to) && dn_is_assignable(from, to);
    if (is_enum_or_primitive(from) && is_enum_or_primitive(to))
        return normalized_element_type(from->cor_element_type) == normalized_element_type(to->cor_element_type);
    return false;
}

/* CoreCLR's CanCastParam: one generic argument under its declared variance. */
static bool variant_argument_compatible(const DnMethodTable *from, const DnMethodTable *to, uint8_t variance) {
    if (from == to) return true;
    switch (variance) {
    case DN_VARIANCE_COVARIANT:
        return is_reference_type(from) && dn_is_assignable(from, to);
    case DN_VARIANCE_CONTRAVARIANT:
        return is_reference_type(to) && dn_is_assignable(to, from);
    default:
        return false;
    }
}

/* `from` and `to` instantiate the same generic definition with variance-compatible arguments. */
static bool variant_instantiation_compatible(const DnMethodTable *from, const DnMethodTable *to) {
    if (from->generic_definition == NULL || from->generic_definition != to->generic_definition) return false;
    if (from->num_generic_args != to->num_generic_args) return false;
    for (unsigned i = 0; i < to->num_generic_args; i++) {
        uint8_t v = to->generic_variance != NULL ? to->generic_variance[i] : DN_VARIANCE_NONE;
        if (!variant_argument_compatible(from->generic_args[i], to->generic_args[i], v)) return false;
    }
    return true;
}

/* Interface target, slow part: variance and the generic interfaces of SZ arrays. */
static bool implements_interface_slow(const DnMethodTable *from, const DnMethodTable *to) {
    if (to->dn_flags & DN_TYPE_FLAG_HAS_VARIANCE) {
        if (variant_instantiation_compatible(from, to)) return true; /* from is itself an interface */
        const DnMethodTable *const *map = from->interface_map;
        for (unsigned i = 0, n = from->num_interfaces; i < n; i++)
            if (variant_instantiation_compatible(map[i], to)) return true;
    }
    if ((to->dn_flags & DN_TYPE_FLAG_ARRAY_INTERFACE) && dn_mt_is_szarray(from) && to->num_generic_args == 1)
        return array_element_compatible(from->element_type, to->generic_args[0]);
    return false;
}

bool dn_is_assignable(const DnMethodTable *from, const DnMethodTable *to) {
    if (from == to) return true;
    if (to->dn_flags & DN_TYPE_FLAG_OBJECT) return true; /* everything is an object (boxed values too) */
    switch (dn_mt_category(to)) {
    case DN_MT_FLAG_CATEGORY_INTERFACE:
        return implements_exactly(from, to) || implements_interface_slow(from, to);
    case DN_MT_FLAG_CATEGORY_ARRAY:
    case DN_MT_FLAG_CATEGORY_ARRAY | DN_MT_FLAG_CATEGORY_IF_ARRAY_THEN_SZARRAY:
        if (!dn_mt_is_array(from)) return false;
        if (dn_mt_category(from) != dn_mt_category(to) || from->rank != to->rank) return false;
        return array_element_compatible(from->element_type, to->element_type);
    case DN_MT_FLAG_CATEGORY_NULLABLE:
        /* a boxed T is an instance of Nullable<T> */
        return to->num_generic_args == 1 && to->generic_args[0] == from;
    default:
        if (derives_from(from, to)) return true;
        if (to->dn_flags & DN_TYPE_FLAG_HAS_VARIANCE) { /* variant delegates */
            for (const DnMethodTable *mt = from; mt != NULL; mt = mt->parent)
                if (variant_instantiation_compatible(mt, to)) return true;
        }
        return false;
    }
}

/* ---- isinst / castclass ---- */

DnObject *dn_isinst_class(DnObject *obj, const DnMethodTable *mt) {
    if (obj == NULL) return NULL;
    for (const DnMethodTable *p = obj->mt; p != NULL; p = p->parent)
        if (p == mt) return obj;
    if (DN_UNLIKELY(mt->dn_flags & (DN_TYPE_FLAG_HAS_VARIANCE | DN_TYPE_FLAG_OBJECT)) || dn_mt_is_array(mt) ||
        dn_mt_is_nullable(mt))
        return dn_is_assignable(obj->mt, mt) ? obj : NULL;
    return NULL;
}

DnObject *dn_isinst_interface(DnObject *obj, const DnMethodTable *mt) {
    if (obj == NULL) return NULL;
    const DnMethodTable *from = obj->mt;
    if (DN_LIKELY(implements_exactly(from, mt))) return obj;
    return implements_interface_slow(from, mt) ? obj : NULL;
}

DnObject *dn_isinst_any(DnObject *obj, const DnMethodTable *mt) {
    if (obj == NULL) return NULL;
    return dn_is_assignable(obj->mt, mt) ? obj : NULL;
}

DnObject *dn_castclass_class(DnObject *obj, const DnMethodTable *mt) {
    if (obj == NULL || dn_isinst_class(obj, mt) != NULL) return obj;
    dn_throw_invalid_cast(obj->mt, mt);
    return NULL;
}

DnObject *dn_castclass_interface(DnObject *obj, const DnMethodTable *mt) {
    if (obj == NULL || dn_isinst_interface(obj, mt) != NULL) return obj;
    dn_throw_invalid_cast(obj->mt, mt);
    return NULL;
}

DnObject *dn_castclass_any(DnObject *obj, const DnMethodTable *mt) {
    if (obj == NULL || dn_is_assignable(obj->mt, mt)) return obj;
    dn_throw_invalid_cast(obj->mt, mt);
    return NULL;
}

/* ---- arrays of references ---- */

bool dn_stelem_ref(DnArray *arr, intptr_t index, DnObject *value) {
    if (DN_UNLIKELY(arr == NULL)) {
        dn_throw_null_reference();
        return false;
    }
    if (DN_UNLIKELY((uintptr_t)index >= arr->length)) {
        dn_throw_index_out_of_range();
        return false;
    }
    if (value != NULL) {
        const DnMethodTable *elem = arr->mt->element_type;
        if (value->mt != elem && !(elem->dn_flags & DN_TYPE_FLAG_OBJECT) && !dn_is_assignable(value->mt, elem)) {
            dn_throw_array_type_mismatch();
            return false;
        }
    }
    DN_STORE_REF(&DN_ARRAY_DATA(arr, DnObject *)[index], value);
    return true;
}

DnObject **dn_ldelema_ref(DnArray *arr, intptr_t index, const DnMethodTable *elem_mt) {
    if (DN_UNLIKELY(arr == NULL)) {
        dn_throw_null_reference();
        return NULL;
    }
    if (DN_UNLIKELY((uintptr_t)index >= arr->length)) {
        dn_throw_index_out_of_range();
        return NULL;
    }
    if (DN_UNLIKELY(arr->mt->element_type != elem_mt)) {
        dn_throw_array_type_mismatch();
        return NULL;
    }
    return &DN_ARRAY_DATA(arr, DnObject *)[index];
}
