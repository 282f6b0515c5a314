/*
 * Clocks (System.Native's pal_time): Stopwatch's monotonic timestamp (frequency 1e9),
 * Environment.TickCount64, DateTime.UtcNow.
 */
#include "dn_system_native.h"

#include <time.h>

int64_t SystemNative_GetTimestamp(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

/* Milliseconds of a coarse monotonic clock. */
int64_t SystemNative_GetLowResolutionTimestamp(void) {
    struct timespec ts;
    if (clock_gettime(CLOCK_MONOTONIC_COARSE, &ts) != 0) clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

/* 100 ns ticks since the Unix epoch. */
int64_t SystemNative_GetSystemTimeAsTicks(void) {
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    return (int64_t)ts.tv_sec * 10000000 + ts.tv_nsec / 100;
}
