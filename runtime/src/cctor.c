/*
 * Class constructors: run once, thread-safe, recursion on the same thread allowed, cycles
 * between threads broken as CoreCLR breaks them, failures cached as one
 * TypeInitializationException (see dotnative.h "Class constructors").
 */
#include "internal.h"

#include <pthread.h>
#include <string.h>

static pthread_mutex_t cctor_lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t cctor_changed = PTHREAD_COND_INITIALIZER;

/* Would waiting for `s` (run by another thread) close a cycle of threads waiting for each
 * other's class constructors? Called with cctor_lock held. */
static bool wait_would_deadlock(DnCctorState *s, DnThread *self) {
    DnThread *owner = s->owner;
    for (int hops = 0; owner != NULL && hops < 1024; hops++) {
        if (owner == self) return true;
        DnCctorState *next = owner->waiting_for_cctor;
        if (next == NULL || next->state != DN_CCTOR_RUNNING) return false;
        owner = next->owner;
    }
    return false;
}

static DnObject *wrap_failure(DnCctorState *s, DnObject *inner) {
    const char *name = s->type != NULL && s->type->name != NULL ? s->type->name : "";
    DnString *type_name = dn_string_from_utf8(name, strlen(name));
    if (type_name == NULL) return dn_catch(); /* OutOfMemoryException instead */
    DnObject *wrapped = NULL;
    if (dn_managed_hooks.new_type_initialization_exception != NULL)
        wrapped = dn_managed_hooks.new_type_initialization_exception(type_name, inner);
    if (dn_exception_pending()) return dn_catch(); /* creating it threw: cache that */
    return wrapped != NULL ? wrapped : inner;
}

bool dn_ensure_cctor_slow(DnCctorState *s) {
    DnThread *self = dn_thread_self;
    pthread_mutex_lock(&cctor_lock);
    for (;;) {
        int32_t state = s->state;
        if (state == DN_CCTOR_DONE) {
            pthread_mutex_unlock(&cctor_lock);
            return true;
        }
        if (state == DN_CCTOR_FAILED) {
            DnObject *ex = s->exception;
            pthread_mutex_unlock(&cctor_lock);
            dn_throw(ex);
            return false;
        }
        if (state == DN_CCTOR_RUNNING) {
            /* Recursion on this thread, or a cross-thread cycle: proceed with the type partly
             * initialised (ECMA II.10.5.3.2, CoreCLR's deadlock detection). */
            if (s->owner == self || wait_would_deadlock(s, self)) {
                pthread_mutex_unlock(&cctor_lock);
                return true;
            }
            self->waiting_for_cctor = s;
            pthread_cond_wait(&cctor_changed, &cctor_lock);
            self->waiting_for_cctor = NULL;
            continue;
        }
        /* DN_CCTOR_NOT_RUN: this thread runs it. */
        s->state = DN_CCTOR_RUNNING;
        s->owner = self;
        break;
    }
    pthread_mutex_unlock(&cctor_lock);

    /* Triggers never happen while an exception is pending (handlers take it first). */
    /* The runtime takes whatever the constructor throws: no first pass goes beyond it. */
    DnEhFrame barrier;
    dn_eh_barrier_push(&barrier);
    s->cctor();
    dn_eh_barrier_pop(&barrier);
    DnObject *failure = dn_catch();
    if (failure != NULL) failure = wrap_failure(s, failure);

    pthread_mutex_lock(&cctor_lock);
    if (failure != NULL) {
        s->exception = failure;
        __atomic_store_n(&s->state, DN_CCTOR_FAILED, __ATOMIC_RELEASE);
    } else {
        if (s->type != NULL && s->type->aux != NULL)
            __atomic_or_fetch(&s->type->aux->flags, DN_AUX_FLAG_INITIALIZED, __ATOMIC_RELEASE);
        __atomic_store_n(&s->state, DN_CCTOR_DONE, __ATOMIC_RELEASE);
    }
    s->owner = NULL;
    pthread_cond_broadcast(&cctor_changed);
    pthread_mutex_unlock(&cctor_lock);

    if (failure != NULL) {
        dn_throw(failure);
        return false;
    }
    return true;
}
