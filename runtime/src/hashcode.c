/*
 * RuntimeHelpers.GetHashCode: CoreCLR's generator (per-thread linear congruential sequence,
 * multiplier thread_id*4+5, high 26 bits, never 0), stored in the object header with CoreCLR's
 * bit layout. With the thread ids CoreCLR uses, the values equal dotnet's.
 */
#include "internal.h"

#define HASH_FLAGS (DN_HEADER_IS_HASH_OR_SYNCBLKINDEX | DN_HEADER_IS_HASHCODE)

int32_t dn_object_try_get_hashcode(DnObject *obj) {
    uint32_t v = __atomic_load_n(&dn_object_header(obj)->sync_block_value, __ATOMIC_RELAXED);
    if ((v & HASH_FLAGS) == HASH_FLAGS) return (int32_t)(v & DN_HEADER_HASHCODE_MASK);
    return 0;
}

static uint32_t new_hash_code(void) {
    DnThread *t = dn_thread_self;
    uint32_t multiplier = (uint32_t)t->thread_id * 4u + 5u;
    uint32_t h;
    do {
        t->hash_seed = t->hash_seed * multiplier + 1u;
        h = t->hash_seed >> (32 - 26);
    } while (h == 0);
    return h;
}

int32_t dn_object_get_hashcode(DnObject *obj) {
    uint32_t *word = &dn_object_header(obj)->sync_block_value;
    uint32_t old = __atomic_load_n(word, __ATOMIC_RELAXED);
    if ((old & HASH_FLAGS) == HASH_FLAGS) return (int32_t)(old & DN_HEADER_HASHCODE_MASK);
    uint32_t h = new_hash_code();
    for (;;) {
        uint32_t desired = (old & ~(HASH_FLAGS | DN_HEADER_HASHCODE_MASK)) | HASH_FLAGS | h;
        if (__atomic_compare_exchange_n(word, &old, desired, false, __ATOMIC_ACQ_REL, __ATOMIC_RELAXED)) return (int32_t)h;
        if ((old & HASH_FLAGS) == HASH_FLAGS) return (int32_t)(old & DN_HEADER_HASHCODE_MASK); /* another thread won */
    }
}
