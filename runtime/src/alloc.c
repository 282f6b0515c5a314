/*
 * Allocation of objects, arrays and strings (dotnative.h "Allocation"): sizes, limits and the
 * exceptions .NET raises, on top of dn_gc_alloc / dn_gc_alloc_atomic.
 */
#include "internal.h"

#include <string.h>

#define HEADER_SIZE 8

static DnObject *alloc_raw(const DnMethodTable *mt, size_t size) {
    void *base = dn_mt_contains_gc_pointers(mt) ? dn_gc_alloc(size) : dn_gc_alloc_atomic(size);
    if (DN_UNLIKELY(base == NULL)) {
        dn_throw_out_of_memory();
        return NULL;
    }
    DnObject *obj = (DnObject *)(void *)((char *)base + HEADER_SIZE);
    obj->mt = mt;
    if (DN_UNLIKELY(mt->finalizer != NULL)) dn_gc_register_finalizer(obj);
    return obj;
}

DnObject *dn_alloc_object(const DnMethodTable *mt) { return alloc_raw(mt, mt->base_size); }

static const char array_dimensions_exceeded[] = "Array dimensions exceeded supported range.";

DnArray *dn_alloc_array(const DnMethodTable *mt, intptr_t length) {
    /* CoreCLR's newarr helper: a native length below 0 or past int.MaxValue overflows; one
     * between Array.MaxLength and int.MaxValue is out of memory. */
    if (DN_UNLIKELY(length < 0 || length > INT32_MAX)) {
        dn_throw_overflow();
        return NULL;
    }
    if (DN_UNLIKELY(length > DN_MAX_ARRAY_LENGTH)) {
        dn_throw_kind(DN_EXC_OUT_OF_MEMORY, array_dimensions_exceeded);
        return NULL;
    }
    /* length <= 2^31 and component_size <= 2^16: no overflow in 64 bits. */
    size_t size = DN_ALIGN8((size_t)mt->base_size + (size_t)length * mt->component_size);
    DnArray *arr = (DnArray *)alloc_raw(mt, size);
    if (arr != NULL) arr->length = (uint32_t)length;
    return arr;
}

DnArray *dn_alloc_md_array(const DnMethodTable *mt, const int32_t *lengths, const int32_t *lower_bounds) {
    unsigned rank = mt->rank;
    uint64_t total = 1;
    for (unsigned i = 0; i < rank; i++) {
        if (DN_UNLIKELY(lengths[i] < 0)) {
            dn_throw_overflow();
            return NULL;
        }
    }
    for (unsigned i = 0; i < rank; i++) {
        total *= (uint64_t)lengths[i];
        if (DN_UNLIKELY(total > DN_MAX_ARRAY_LENGTH)) {
            dn_throw_kind(DN_EXC_OUT_OF_MEMORY, array_dimensions_exceeded);
            return NULL;
        }
    }
    size_t size = DN_ALIGN8((size_t)mt->base_size + (size_t)total * mt->component_size);
    DnArray *arr = (DnArray *)alloc_raw(mt, size);
    if (arr == NULL) return NULL;
    arr->length = (uint32_t)total;
    int32_t *lens = DN_MDARRAY_LENGTHS(arr);
    int32_t *lows = DN_MDARRAY_LOWER_BOUNDS(arr, rank);
    for (unsigned i = 0; i < rank; i++) {
        lens[i] = lengths[i];
        lows[i] = lower_bounds != NULL ? lower_bounds[i] : 0;
    }
    return arr;
}

DnString *dn_alloc_string(int32_t length) {
    if (DN_UNLIKELY(length < 0)) {
        dn_throw_overflow();
        return NULL;
    }
    if (DN_UNLIKELY(length > DN_MAX_STRING_LENGTH)) {
        dn_throw_out_of_memory();
        return NULL;
    }
    const DnMethodTable *mt = dn_managed_hooks.string_mt;
    size_t size = DN_ALIGN8((size_t)DN_STRING_BASE_SIZE + (size_t)length * 2u);
    DnString *s = (DnString *)alloc_raw(mt, size);
    if (s != NULL) s->length = length;
    return s;
}

DnString *dn_string_from_utf16(const uint16_t *chars, int32_t length) {
    DnString *s = dn_alloc_string(length);
    if (s != NULL && length > 0) memcpy(s->chars, chars, (size_t)length * 2u);
    return s;
}

DnString *dn_string_from_utf8(const char *utf8, size_t bytes) {
    size_t n = dn_utf8_to_utf16(utf8, bytes, NULL);
    if (n > DN_MAX_STRING_LENGTH) {
        dn_throw_out_of_memory();
        return NULL;
    }
    DnString *s = dn_alloc_string((int32_t)n);
    if (s != NULL) dn_utf8_to_utf16(utf8, bytes, s->chars);
    return s;
}

size_t dn_object_size(const DnObject *obj) {
    const DnMethodTable *mt = obj->mt;
    size_t size = mt->base_size;
    if (dn_mt_has_component_size(mt)) size += (size_t)((const DnArray *)obj)->length * mt->component_size;
    return DN_ALIGN8(size);
}

DnObject *dn_object_clone(DnObject *obj) {
    if (obj == NULL) {
        dn_throw_null_reference();
        return NULL;
    }
    size_t size = dn_object_size(obj);
    DnObject *copy = alloc_raw(obj->mt, size);
    if (copy != NULL) memcpy(copy, obj, size - HEADER_SIZE); /* MT pointer and contents, not the header */
    return copy;
}
