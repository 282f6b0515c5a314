/*
 * dn_gc.h — the narrow interface between dotnative and its garbage collector (ARCHITECTURE
 * decision 3). Everything above it (allocation, GC.* internal calls, GCHandle, finalization,
 * threads) goes through these functions; runtime/src/gc_boehm.c implements them over the
 * Boehm-Demers-Weiser collector (libgc, linked statically). A different collector replaces
 * that one file.
 *
 * Facts about the Boehm implementation that the rest of dotnative relies on:
 *   - Non-moving, conservative for stacks, registers and static data, precise enough for the
 *     heap: objects without references (DN_MT_FLAG_CONTAINS_GC_POINTERS clear) are allocated
 *     pointer-free and never scanned; other objects are scanned conservatively.
 *   - Object references point 8 bytes into an allocation (past the header). The collector is
 *     configured with GC_set_all_interior_pointers(0) and GC_register_displacement(8): a
 *     reference stored in the heap keeps an object alive when it points at its start or 8
 *     bytes in. Pointers from stacks, registers and static data into ANY part of an object
 *     keep it alive (Boehm always treats those as interior pointers), which is what optimised
 *     C needs: a loop may keep only &arr->data[i] in a register. Managed code cannot store
 *     interior pointers (byrefs) in the heap, so the heap rule suffices.
 *   - Static data (the generated program's .data/.bss: static fields, frozen objects,
 *     DnCctorState) is scanned as roots. Thread-local storage is NOT: per-thread references
 *     live in the DnThread, which is allocated in scanned memory.
 *   - Finalizers run on a dedicated finalizer thread, in no particular order (.NET's model:
 *     objects reachable from a finalizable object stay alive until its finalizer has run).
 *     They do not run at process exit (as in .NET Core).
 *   - GC warnings are silenced (they would go to stderr); set DOTNATIVE_GC_WARNINGS=1 to see
 *     them.
 */
#ifndef DN_GC_H
#define DN_GC_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct DnObject DnObject;

/* Initialises the collector; called once by dn_main on the main thread before anything else. */
void dn_gc_init(void);

/* Zeroed memory the GC scans for references / never scans. NULL when out of memory (no
 * exception: the caller decides). `size` includes the object header. */
void *dn_gc_alloc(size_t size);
void *dn_gc_alloc_atomic(size_t size);
/* Memory that is never collected but is scanned (runtime bookkeeping that holds references). */
void *dn_gc_alloc_uncollectable(size_t size);
void dn_gc_free_uncollectable(void *p);

/* GC.Collect(): a full, blocking collection. */
void dn_gc_collect(void);
/* GC.TryStartNoGCRegion / EndNoGCRegion: collections are disabled in between. Start returns
 * StartNoGCRegionStatus (0 Succeeded, 3 AlreadyInProgress), end EndNoGCRegionStatus (0
 * Succeeded, 1 NotInProgress). */
int32_t dn_gc_start_no_gc_region(void);
int32_t dn_gc_end_no_gc_region(void);
/* GCSettings.LatencyMode: 4 NoGCRegion inside a no-GC region, else 1 Interactive (dotnet's default). */
int32_t dn_gc_latency_mode(void);
/* GC.CollectionCount(generation): Boehm is not generational; every collection counts for
 * every generation. */
int32_t dn_gc_collection_count(int32_t generation);
/* GC.MaxGeneration (2, as in CoreCLR, whatever the collector does). */
int32_t dn_gc_max_generation(void);
/* GC.GetTotalMemory(forceFullCollection): bytes in use in the heap. */
int64_t dn_gc_total_memory(bool force_full_collection);
/* GC.GetTotalAllocatedBytes(): bytes allocated since start-up. */
int64_t dn_gc_total_allocated_bytes(void);

/* Finalization. obj must be a heap object (not frozen). register: called by dn_alloc_* for
 * types with a finalizer; suppress: GC.SuppressFinalize; reregister: GC.ReRegisterForFinalize. */
void dn_gc_register_finalizer(DnObject *obj);
void dn_gc_suppress_finalize(DnObject *obj);
void dn_gc_reregister_for_finalize(DnObject *obj);
/* GC.WaitForPendingFinalizers(): returns when every finalizer queued by the collections so far
 * has run. Must not be called from the finalizer thread (returns at once there). */
void dn_gc_wait_for_pending_finalizers(void);
/* True on the finalizer thread. */
bool dn_gc_is_finalizer_thread(void);

/*
 * GC handles (GCHandle). A handle is the address of a slot holding the target reference, so
 * CoreLib's managed GCHandle.InternalGet (`*(object*)handle`) works unchanged for strong and
 * short weak handles. The type values are System.Runtime.InteropServices.GCHandleType's.
 *   - WEAK (short): cleared when the target is no longer strongly reachable, before its
 *     finalizer runs. dotnative clears these itself while the world is still stopped, so a
 *     plain read of the slot never returns a reclaimed object.
 *   - WEAK_TRACK_RESURRECTION (long): cleared when the target is reclaimed (after finalization).
 *     Boehm clears these after restarting the world: read them with dn_gc_handle_get (which
 *     takes the allocator lock), not by dereferencing the handle.
 *   - NORMAL and PINNED: keep the target alive (objects never move, so pinned = normal).
 * Dependent handles (ConditionalWeakTable) are not supported by this collector yet.
 */
typedef enum DnGcHandleType {
    DN_GC_HANDLE_WEAK = 0,
    DN_GC_HANDLE_WEAK_TRACK_RESURRECTION = 1,
    DN_GC_HANDLE_NORMAL = 2,
    DN_GC_HANDLE_PINNED = 3,
} DnGcHandleType;
typedef DnObject **DnGcHandle;

/* A new handle (never NULL: aborts when out of memory, like CoreCLR's handle table). */
DnGcHandle dn_gc_handle_alloc(DnObject *target, DnGcHandleType type);
void dn_gc_handle_free(DnGcHandle h);
DnObject *dn_gc_handle_get(DnGcHandle h);
void dn_gc_handle_set(DnGcHandle h, DnObject *target);
/* GCHandle.InternalCompareExchange: sets the target to value if it is comparand; returns the
 * previous target. */
DnObject *dn_gc_handle_compare_exchange(DnGcHandle h, DnObject *value, DnObject *comparand);
DnGcHandleType dn_gc_handle_type(DnGcHandle h);

/* Thread registration for threads the collector did not create (threads.c calls these;
 * threads from dn_thread_start are registered by GC_pthread_create). stack_base is the
 * thread's highest stack address, NULL to let the collector find it. Returns true if this
 * call registered the thread (then call dn_gc_thread_detach before the thread exits), false
 * if it was registered already. */
bool dn_gc_thread_attach(void *stack_base);
void dn_gc_thread_detach(void);

/* Write barrier hook: every store of a reference into the heap may go through DN_STORE_REF.
 * Boehm needs none, so it is a plain store; a generational collector would hook in here. */
#define DN_STORE_REF(dst, value) (*(dst) = (value))
static inline void dn_gc_write_barrier(void *dst, DnObject *value) { (void)dst; (void)value; }

/* GC.KeepAlive(obj): keeps the reference in a register or stack slot up to this point. */
#define DN_KEEP_ALIVE(obj) __asm__ volatile("" : : "g"(obj) : "memory")

#ifdef __cplusplus
}
#endif

#endif /* DN_GC_H */
