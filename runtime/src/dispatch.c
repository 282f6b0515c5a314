/*
 * Interface dispatch: find the implementation of an interface slot on an object's type
 * through the interface map and the parallel slot tables (DnMethodTable.interface_slots),
 * with variance and array-interface fallbacks, and a per-call-site cache.
 */
#include "internal.h"

#include <stdlib.h>

static int find_interface_index(const DnMethodTable *from, const DnMethodTable *iface) {
    const DnMethodTable *const *map = from->interface_map;
    unsigned n = from->num_interfaces;
    for (unsigned i = 0; i < n; i++)
        if (map[i] == iface) return (int)i;
    /* A variant-compatible interface (IEnumerable<string> for IEnumerable<object>), or for an
     * SZ array an instantiation of the same array interface over a compatible element type
     * (IList<string> of a string[] called as IList<object>). First match in map order. */
    for (unsigned i = 0; i < n; i++) {
        const DnMethodTable *m = map[i];
        if (m->generic_definition == NULL || m->generic_definition != iface->generic_definition) continue;
        if (dn_is_assignable(m, iface)) return (int)i;
    }
    if ((iface->dn_flags & DN_TYPE_FLAG_ARRAY_INTERFACE) && dn_mt_is_szarray(from) && dn_is_assignable(from, iface)) {
        for (unsigned i = 0; i < n; i++)
            if (map[i]->generic_definition != NULL && map[i]->generic_definition == iface->generic_definition) return (int)i;
    }
    return -1;
}

static DnFnPtr lookup(const DnMethodTable *from, const DnMethodTable *iface, uint32_t slot) {
    int i = find_interface_index(from, iface);
    if (DN_UNLIKELY(i < 0 || from->interface_slots == NULL || from->interface_slots[i] == NULL))
        dn_fatal("interface dispatch: type '%s' does not implement '%s'", from->name ? from->name : "?",
                 iface->name ? iface->name : "?");
    DnFnPtr fn = from->interface_slots[i][slot];
    if (DN_UNLIKELY(fn == NULL))
        dn_fatal("interface dispatch: no code for slot %u of '%s' on '%s'", slot, iface->name ? iface->name : "?",
                 from->name ? from->name : "?");
    return fn;
}

DnFnPtr dn_interface_lookup(DnObject *obj, const DnMethodTable *iface, uint32_t slot) {
    if (DN_UNLIKELY(obj == NULL)) {
        dn_throw_null_reference();
        return NULL;
    }
    return lookup(obj->mt, iface, slot);
}

DnFnPtr dn_interface_lookup_slow(DnObject *obj, const DnMethodTable *iface, uint32_t slot, DnDispatchCache *cache) {
    if (DN_UNLIKELY(obj == NULL)) {
        dn_throw_null_reference();
        return NULL;
    }
    DnFnPtr fn = lookup(obj->mt, iface, slot);
    /* Remember the pair in a new immutable entry, published with one store. The count is
     * approximate under races; it only bounds how many entries a site ever allocates. */
    uint32_t misses = __atomic_load_n(&cache->misses, __ATOMIC_RELAXED);
    if (misses < DN_DISPATCH_CACHE_MAX_MISSES) {
        __atomic_store_n(&cache->misses, misses + 1, __ATOMIC_RELAXED);
        DnDispatchCacheEntry *e = malloc(sizeof *e);
        if (e != NULL) {
            e->mt = obj->mt;
            e->fn = fn;
            __atomic_store_n(&cache->entry, e, __ATOMIC_RELEASE); /* the replaced entry leaks: at most 8 per site */
        }
    }
    return fn;
}
