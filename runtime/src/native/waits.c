/*
 * Wait handles: the Win32 event, semaphore and mutex QCalls CoreLib makes on Unix (CoreCLR's PAL
 * implements them there) and WaitHandle's waits. A handle is the address of a WaitObject. All
 * wait objects share one mutex and one condition variable: a change to any of them wakes every
 * waiter, which re-checks its own handles — simple, and correct for WaitAny/WaitAll over any mix.
 * Named objects (cross-process) are not supported.
 */
#include "../internal.h"
#include "dn_system_native.h"

#include <errno.h>
#include <pthread.h>
#include <stdbool.h>
#include <stdlib.h>

enum { KIND_EVENT, KIND_SEMAPHORE, KIND_MUTEX };
enum { WAIT_OBJECT_0 = 0, WAIT_ABANDONED_0 = 0x80, WAIT_TIMEOUT = 0x102, WAIT_FAILED = -1 };
enum { ERROR_INVALID_HANDLE = 6, ERROR_NOT_SUPPORTED = 50, ERROR_NOT_OWNER = 288, ERROR_TOO_MANY_POSTS = 298 };
#define CREATE_EVENT_MANUAL_RESET 1u
#define CREATE_EVENT_INITIAL_SET 2u

typedef struct WaitObject {
    int kind;
    bool manual_reset; /* events */
    int32_t count;     /* event: 1 when set; semaphore: its count; mutex: recursion depth */
    int32_t maximum;   /* semaphores */
    pthread_t owner;   /* mutexes, when count > 0 */
} WaitObject;

static pthread_mutex_t waits_lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t waits_changed = PTHREAD_COND_INITIALIZER;

static intptr_t create(int kind, int32_t count, int32_t maximum, bool manual_reset) {
    WaitObject *o = calloc(1, sizeof *o);
    if (o == NULL) {
        errno = ENOMEM;
        return 0;
    }
    o->kind = kind;
    o->count = count;
    o->maximum = maximum;
    o->manual_reset = manual_reset;
    if (kind == KIND_MUTEX && count > 0) o->owner = pthread_self();
    return (intptr_t)o;
}

intptr_t DnQCall_CreateEventExW(intptr_t securityAttributes, const uint16_t *name, uint32_t flags, uint32_t desiredAccess) {
    (void)securityAttributes, (void)desiredAccess;
    if (name != NULL) {
        errno = ERROR_NOT_SUPPORTED;
        return 0;
    }
    return create(KIND_EVENT, (flags & CREATE_EVENT_INITIAL_SET) ? 1 : 0, 1, (flags & CREATE_EVENT_MANUAL_RESET) != 0);
}

intptr_t DnQCall_CreateSemaphoreExW(intptr_t securityAttributes, int32_t initialCount, int32_t maximumCount, const uint16_t *name, uint32_t flags, uint32_t desiredAccess) {
    (void)securityAttributes, (void)flags, (void)desiredAccess;
    if (name != NULL) {
        errno = ERROR_NOT_SUPPORTED;
        return 0;
    }
    return create(KIND_SEMAPHORE, initialCount, maximumCount, false);
}

intptr_t DnQCall_PAL_CreateMutexW(int32_t initialOwner, const uint16_t *name, int32_t currentUserOnly, uint8_t *systemCallErrors, uint32_t systemCallErrorsBufferSize) {
    (void)currentUserOnly;
    if (systemCallErrors != NULL && systemCallErrorsBufferSize > 0) systemCallErrors[0] = 0;
    if (name != NULL) {
        errno = ERROR_NOT_SUPPORTED;
        return 0;
    }
    return create(KIND_MUTEX, initialOwner ? 1 : 0, 0, false);
}

int32_t DnQCall_CloseHandle(intptr_t handle) {
    free((WaitObject *)handle);
    return 1;
}

/* Changes a wait object under waits_lock and wakes the waiters; false (errno set) on misuse. */
static bool signal_locked(WaitObject *o, int32_t release, int32_t *previous) {
    switch (o->kind) {
    case KIND_EVENT:
        o->count = 1;
        break;
    case KIND_SEMAPHORE:
        if (release <= 0 || o->count > o->maximum - release) {
            errno = ERROR_TOO_MANY_POSTS;
            return false;
        }
        if (previous != NULL) *previous = o->count;
        o->count += release;
        break;
    case KIND_MUTEX:
        if (o->count == 0 || !pthread_equal(o->owner, pthread_self())) {
            errno = ERROR_NOT_OWNER;
            return false;
        }
        o->count--;
        break;
    }
    pthread_cond_broadcast(&waits_changed);
    return true;
}

static int32_t signal(intptr_t handle, int32_t release, int32_t *previous) {
    if (handle == 0) {
        errno = ERROR_INVALID_HANDLE;
        return 0;
    }
    pthread_mutex_lock(&waits_lock);
    bool ok = signal_locked((WaitObject *)handle, release, previous);
    pthread_mutex_unlock(&waits_lock);
    return ok;
}

int32_t DnQCall_SetEvent(intptr_t handle) { return signal(handle, 1, NULL); }
int32_t DnQCall_ReleaseSemaphore(intptr_t handle, int32_t releaseCount, int32_t *previousCount) { return signal(handle, releaseCount, previousCount); }
int32_t DnQCall_ReleaseMutex(intptr_t handle) { return signal(handle, 1, NULL); }

int32_t DnQCall_ResetEvent(intptr_t handle) {
    pthread_mutex_lock(&waits_lock);
    ((WaitObject *)handle)->count = 0;
    pthread_mutex_unlock(&waits_lock);
    return 1;
}

static bool available(const WaitObject *o) {
    if (o->kind == KIND_MUTEX) return o->count == 0 || pthread_equal(o->owner, pthread_self());
    return o->count > 0;
}

static void take(WaitObject *o) {
    switch (o->kind) {
    case KIND_EVENT:
        if (!o->manual_reset) o->count = 0;
        break;
    case KIND_SEMAPHORE:
        o->count--;
        break;
    case KIND_MUTEX:
        o->owner = pthread_self();
        o->count++;
        break;
    }
}

/* WaitAny (the first available handle's index) or WaitAll (0), or WAIT_TIMEOUT. */
static int32_t wait_locked(intptr_t *handles, int32_t count, bool all, int32_t timeout_ms) {
    struct timespec deadline;
    if (timeout_ms >= 0) dn_deadline_after_ms(&deadline, timeout_ms);
    for (;;) {
        if (all) {
            bool ready = true;
            for (int32_t i = 0; i < count && ready; i++) ready = available((WaitObject *)handles[i]);
            if (ready) {
                for (int32_t i = 0; i < count; i++) take((WaitObject *)handles[i]);
                return WAIT_OBJECT_0;
            }
        } else {
            for (int32_t i = 0; i < count; i++) {
                if (available((WaitObject *)handles[i])) {
                    take((WaitObject *)handles[i]);
                    return WAIT_OBJECT_0 + i;
                }
            }
        }
        if (timeout_ms == 0) return WAIT_TIMEOUT;
        int r = timeout_ms < 0 ? pthread_cond_wait(&waits_changed, &waits_lock) : pthread_cond_timedwait(&waits_changed, &waits_lock, &deadline);
        if (r == ETIMEDOUT) return WAIT_TIMEOUT;
    }
}

int32_t DnQCall_WaitHandle_WaitMultipleIgnoringSyncContext(intptr_t *handles, int32_t count, int32_t waitAll, int32_t timeout) {
    pthread_mutex_lock(&waits_lock);
    int32_t r = wait_locked(handles, count, waitAll != 0, timeout);
    pthread_mutex_unlock(&waits_lock);
    return r;
}

int32_t DnQCall_WaitHandle_WaitOneCore(intptr_t handle, int32_t timeout, int32_t useTrivialWaits) {
    (void)useTrivialWaits;
    return DnQCall_WaitHandle_WaitMultipleIgnoringSyncContext(&handle, 1, 0, timeout);
}

int32_t DnQCall_WaitHandle_WaitOnePrioritized(intptr_t handle, int32_t timeout) {
    return DnQCall_WaitHandle_WaitMultipleIgnoringSyncContext(&handle, 1, 0, timeout);
}

int32_t DnQCall_WaitHandle_SignalAndWait(intptr_t toSignal, intptr_t toWaitOn, int32_t timeout) {
    pthread_mutex_lock(&waits_lock);
    int32_t r = signal_locked((WaitObject *)toSignal, 1, NULL) ? wait_locked(&toWaitOn, 1, false, timeout) : WAIT_FAILED;
    pthread_mutex_unlock(&waits_lock);
    return r;
}
