/*
 * LowLevelMonitor (System.Native's pal_threading): a mutex and a condition variable, used by
 * CoreLib's LowLevelLock, LowLevelLifoSemaphore and the thread pool.
 */
#include "dn_system_native.h"

#include <errno.h>
#include <pthread.h>
#include <stdlib.h>
#include <time.h>

typedef struct {
    pthread_mutex_t mutex;
    pthread_cond_t cond;
} LowLevelMonitor;

intptr_t SystemNative_LowLevelMonitor_Create(void) {
    LowLevelMonitor *m = malloc(sizeof *m);
    if (m == NULL) return 0;
    pthread_condattr_t attr;
    pthread_condattr_init(&attr);
    pthread_condattr_setclock(&attr, CLOCK_MONOTONIC);
    pthread_mutex_init(&m->mutex, NULL);
    pthread_cond_init(&m->cond, &attr);
    pthread_condattr_destroy(&attr);
    return (intptr_t)m;
}

void SystemNative_LowLevelMonitor_Destroy(intptr_t monitor) {
    LowLevelMonitor *m = (LowLevelMonitor *)monitor;
    pthread_cond_destroy(&m->cond);
    pthread_mutex_destroy(&m->mutex);
    free(m);
}

void SystemNative_LowLevelMonitor_Acquire(intptr_t monitor) { pthread_mutex_lock(&((LowLevelMonitor *)monitor)->mutex); }

void SystemNative_LowLevelMonitor_Release(intptr_t monitor) { pthread_mutex_unlock(&((LowLevelMonitor *)monitor)->mutex); }

void SystemNative_LowLevelMonitor_Wait(intptr_t monitor) {
    LowLevelMonitor *m = (LowLevelMonitor *)monitor;
    pthread_cond_wait(&m->cond, &m->mutex);
}

int32_t SystemNative_LowLevelMonitor_TimedWait(intptr_t monitor, int32_t timeoutMilliseconds) {
    LowLevelMonitor *m = (LowLevelMonitor *)monitor;
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    ts.tv_sec += timeoutMilliseconds / 1000;
    ts.tv_nsec += (long)(timeoutMilliseconds % 1000) * 1000000;
    if (ts.tv_nsec >= 1000000000) {
        ts.tv_sec++;
        ts.tv_nsec -= 1000000000;
    }
    return pthread_cond_timedwait(&m->cond, &m->mutex, &ts) != ETIMEDOUT;
}

void SystemNative_LowLevelMonitor_Signal_Release(intptr_t monitor) {
    LowLevelMonitor *m = (LowLevelMonitor *)monitor;
    pthread_cond_signal(&m->cond);
    pthread_mutex_unlock(&m->mutex);
}
