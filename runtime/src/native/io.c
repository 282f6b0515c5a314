/*
 * File descriptors (System.Native's pal_io): open/close/dup, read/write, positioned and vectored
 * I/O, seek, stat, truncate, locks, poll. Interrupted system calls are retried as dotnet does.
 */
#define _GNU_SOURCE
#include "dn_system_native.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <sys/statfs.h>
#include <sys/uio.h>
#include <unistd.h>

/* Interop.Sys.OpenFlags. */
enum {
    PAL_O_RDONLY = 0x0000,
    PAL_O_WRONLY = 0x0001,
    PAL_O_RDWR = 0x0002,
    PAL_O_ACCESS_MODE_MASK = 0x000F,
    PAL_O_CLOEXEC = 0x0010,
    PAL_O_CREAT = 0x0020,
    PAL_O_EXCL = 0x0040,
    PAL_O_TRUNC = 0x0080,
    PAL_O_SYNC = 0x0100,
    PAL_O_NOFOLLOW = 0x0200,
};

static int convert_open_flags(int32_t flags) {
    int ret;
    switch (flags & PAL_O_ACCESS_MODE_MASK) {
    case PAL_O_RDONLY: ret = O_RDONLY; break;
    case PAL_O_WRONLY: ret = O_WRONLY; break;
    case PAL_O_RDWR: ret = O_RDWR; break;
    default: return -1;
    }
    if (flags & ~(PAL_O_ACCESS_MODE_MASK | PAL_O_CLOEXEC | PAL_O_CREAT | PAL_O_EXCL | PAL_O_TRUNC | PAL_O_SYNC | PAL_O_NOFOLLOW))
        return -1;
    if (flags & PAL_O_CLOEXEC) ret |= O_CLOEXEC;
    if (flags & PAL_O_CREAT) ret |= O_CREAT;
    if (flags & PAL_O_EXCL) ret |= O_EXCL;
    if (flags & PAL_O_TRUNC) ret |= O_TRUNC;
    if (flags & PAL_O_SYNC) ret |= O_SYNC;
    if (flags & PAL_O_NOFOLLOW) ret |= O_NOFOLLOW;
    return ret;
}

intptr_t SystemNative_Open(const char *path, int32_t flags, int32_t mode) {
    int native = convert_open_flags(flags);
    if (native == -1) {
        errno = EINVAL;
        return -1;
    }
    int fd;
    while ((fd = open(path, native, (mode_t)mode)) < 0 && errno == EINTR) {
    }
    return fd;
}

int32_t SystemNative_Close(intptr_t fd) { return close((int)fd); }

/* The descriptor flags (F_GETFD): FD_CLOEXEC is 1 on Linux as in the PAL. */
int32_t SystemNative_FcntlGetFD(intptr_t fd) { return fcntl((int)fd, F_GETFD); }

intptr_t SystemNative_Dup(intptr_t oldfd) {
    int fd;
    while ((fd = fcntl((int)oldfd, F_DUPFD_CLOEXEC, 0)) < 0 && errno == EINTR) {
    }
    return fd;
}

int32_t SystemNative_Read(intptr_t fd, void *buffer, int32_t bufferSize) {
    if (bufferSize < 0) {
        errno = EINVAL;
        return -1;
    }
    ssize_t n;
    while ((n = read((int)fd, buffer, (size_t)bufferSize)) < 0 && errno == EINTR) {
    }
    return (int32_t)n;
}

int32_t SystemNative_Write(intptr_t fd, const void *buffer, int32_t bufferSize) {
    if (bufferSize < 0) {
        errno = EINVAL;
        return -1;
    }
    ssize_t n;
    while ((n = write((int)fd, buffer, (size_t)bufferSize)) < 0 && errno == EINTR) {
    }
    return (int32_t)n;
}

int32_t SystemNative_PRead(intptr_t fd, void *buffer, int32_t bufferSize, int64_t fileOffset) {
    ssize_t n;
    while ((n = pread((int)fd, buffer, (size_t)bufferSize, (off_t)fileOffset)) < 0 && errno == EINTR) {
    }
    return (int32_t)n;
}

int32_t SystemNative_PWrite(intptr_t fd, void *buffer, int32_t bufferSize, int64_t fileOffset) {
    ssize_t n;
    while ((n = pwrite((int)fd, buffer, (size_t)bufferSize, (off_t)fileOffset)) < 0 && errno == EINTR) {
    }
    return (int32_t)n;
}

_Static_assert(sizeof(struct DnSysIOVector) == sizeof(struct iovec), "IOVector is a struct iovec");

int64_t SystemNative_PReadV(intptr_t fd, struct DnSysIOVector *vectors, int32_t vectorCount, int64_t fileOffset) {
    ssize_t n;
    while ((n = preadv((int)fd, (const struct iovec *)vectors, vectorCount, (off_t)fileOffset)) < 0 && errno == EINTR) {
    }
    return (int64_t)n;
}

int64_t SystemNative_PWriteV(intptr_t fd, struct DnSysIOVector *vectors, int32_t vectorCount, int64_t fileOffset) {
    ssize_t n;
    while ((n = pwritev((int)fd, (const struct iovec *)vectors, vectorCount, (off_t)fileOffset)) < 0 && errno == EINTR) {
    }
    return (int64_t)n;
}

int64_t SystemNative_LSeek(intptr_t fd, int64_t offset, int32_t whence) {
    /* PAL SEEK_SET/CUR/END are 0/1/2, as on Linux. */
    off_t r;
    while ((r = lseek((int)fd, (off_t)offset, whence)) < 0 && errno == EINTR) {
    }
    return (int64_t)r;
}

static void convert_stat(const struct stat *s, struct DnSysFileStatus *out) {
    memset(out, 0, sizeof *out);
    out->Flags = 0;
    out->Mode = (int32_t)s->st_mode;
    out->Uid = s->st_uid;
    out->Gid = s->st_gid;
    out->Size = s->st_size;
    out->ATime = s->st_atim.tv_sec;
    out->ATimeNsec = s->st_atim.tv_nsec;
    out->MTime = s->st_mtim.tv_sec;
    out->MTimeNsec = s->st_mtim.tv_nsec;
    out->CTime = s->st_ctim.tv_sec;
    out->CTimeNsec = s->st_ctim.tv_nsec;
    out->Dev = (int64_t)s->st_dev;
    out->RDev = (int64_t)s->st_rdev;
    out->Ino = (int64_t)s->st_ino;
    out->UserFlags = 0;
}

/* Birth time from statx when the kernel and file system know it (FileStatus.Flags bit 1). */
static void add_birth_time(int dirfd, const char *path, int flags, struct DnSysFileStatus *out) {
#ifdef STATX_BTIME
    struct statx sx;
    if (statx(dirfd, path, flags, STATX_BTIME, &sx) == 0 && (sx.stx_mask & STATX_BTIME)) {
        out->Flags |= 1;
        out->BirthTime = sx.stx_btime.tv_sec;
        out->BirthTimeNsec = sx.stx_btime.tv_nsec;
    }
#else
    (void)dirfd, (void)path, (void)flags, (void)out;
#endif
}

int32_t SystemNative_FStat(intptr_t fd, struct DnSysFileStatus *output) {
    struct stat s;
    int r;
    while ((r = fstat((int)fd, &s)) < 0 && errno == EINTR) {
    }
    if (r == 0) {
        convert_stat(&s, output);
        int saved = errno;
        add_birth_time((int)fd, "", AT_EMPTY_PATH, output);
        errno = saved;
    }
    return r;
}

int32_t SystemNative_Stat(const char *path, struct DnSysFileStatus *output) {
    struct stat s;
    int r;
    while ((r = stat(path, &s)) < 0 && errno == EINTR) {
    }
    if (r == 0) {
        convert_stat(&s, output);
        int saved = errno;
        add_birth_time(AT_FDCWD, path, 0, output);
        errno = saved;
    }
    return r;
}

int32_t SystemNative_LStat(const char *path, struct DnSysFileStatus *output) {
    struct stat s;
    int r = lstat(path, &s);
    if (r == 0) {
        convert_stat(&s, output);
        int saved = errno;
        add_birth_time(AT_FDCWD, path, AT_SYMLINK_NOFOLLOW, output);
        errno = saved;
    }
    return r;
}

int32_t SystemNative_FTruncate(intptr_t fd, int64_t length) {
    int r;
    while ((r = ftruncate((int)fd, (off_t)length)) < 0 && errno == EINTR) {
    }
    return r;
}

int32_t SystemNative_FSync(intptr_t fd) {
    int r;
    while ((r = fsync((int)fd)) < 0 && errno == EINTR) {
    }
    return r;
}

int32_t SystemNative_FLock(intptr_t fd, int32_t operation) {
    /* PAL LOCK_SH/EX/NB/UN are 1/2/4/8, as on Linux. */
    int r;
    while ((r = flock((int)fd, operation)) < 0 && errno == EINTR) {
    }
    return r;
}

int32_t SystemNative_FAllocate(intptr_t fd, int64_t offset, int64_t length) {
    int r;
    while ((r = fallocate((int)fd, FALLOC_FL_KEEP_SIZE, (off_t)offset, (off_t)length)) < 0 && errno == EINTR) {
    }
    return r;
}

int32_t SystemNative_PosixFAdvise(intptr_t fd, int64_t offset, int64_t length, int32_t advice) {
    /* PAL POSIX_FADV_* are Linux's values; returns the error code, errno untouched. */
    int r;
    while ((r = posix_fadvise((int)fd, (off_t)offset, (off_t)length, advice)) == EINTR) {
    }
    return r;
}

int32_t SystemNative_FChMod(intptr_t fd, int32_t mode) {
    int r;
    while ((r = fchmod((int)fd, (mode_t)mode)) < 0 && errno == EINTR) {
    }
    return r;
}

int32_t SystemNative_FChflags(intptr_t fd, uint32_t flags) {
    (void)fd, (void)flags;
    errno = ENOTSUP;
    return -1;
}

int32_t SystemNative_CopyFile(intptr_t sourceFd, intptr_t destinationFd, int64_t sourceLength) {
    (void)sourceLength;
    char buf[65536];
    for (;;) {
        ssize_t n = read((int)sourceFd, buf, sizeof buf);
        if (n < 0) {
            if (errno == EINTR) continue;
            return -1;
        }
        if (n == 0) break;
        for (ssize_t off = 0; off < n;) {
            ssize_t w = write((int)destinationFd, buf + off, (size_t)(n - off));
            if (w < 0) {
                if (errno == EINTR) continue;
                return -1;
            }
            off += w;
        }
    }
    /* Copy the permissions, as dotnet does. */
    struct stat s;
    if (fstat((int)sourceFd, &s) == 0) {
        int r;
        while ((r = fchmod((int)destinationFd, s.st_mode & 07777)) < 0 && errno == EINTR) {
        }
        if (r < 0 && errno != EPERM) return -1;
    }
    return 0;
}

int32_t SystemNative_LockFileRegion(intptr_t fd, int64_t offset, int64_t length, int32_t lockType) {
    /* Interop.Sys.LockType: F_RDLCK 0, F_WRLCK 1, F_UNLCK 2 (Linux's values). */
    struct flock lock;
    memset(&lock, 0, sizeof lock);
    lock.l_type = (short)lockType;
    lock.l_whence = SEEK_SET;
    lock.l_start = (off_t)offset;
    lock.l_len = (off_t)length;
    int r;
    while ((r = fcntl((int)fd, F_OFD_SETLK, &lock)) < 0 && errno == EINTR) {
    }
    return r;
}

/* File times: the managed struct's two (access, modification) times as struct timespec. */
static void to_timespecs(const struct DnSysTimeSpec *times, struct timespec ts[2]) {
    for (int i = 0; i < 2; i++) {
        ts[i].tv_sec = (time_t)times[i].TvSec;
        ts[i].tv_nsec = (long)times[i].TvNsec;
    }
}

int32_t SystemNative_FUTimens(intptr_t fd, struct DnSysTimeSpec *times) {
    struct timespec ts[2];
    to_timespecs(times, ts);
    int r;
    while ((r = futimens((int)fd, ts)) < 0 && errno == EINTR) {
    }
    return r;
}

int32_t SystemNative_UTimensat(const char *path, struct DnSysTimeSpec *times) {
    struct timespec ts[2];
    to_timespecs(times, ts);
    int r;
    while ((r = utimensat(AT_FDCWD, path, ts, AT_SYMLINK_NOFOLLOW)) < 0 && errno == EINTR) {
    }
    return r;
}

uint32_t SystemNative_GetFileSystemType(intptr_t fd) {
    struct statfs s;
    int r;
    while ((r = fstatfs((int)fd, &s)) < 0 && errno == EINTR) {
    }
    return r == 0 ? (uint32_t)s.f_type : 0;
}

int32_t SystemNative_Poll(struct DnSysPollEvent *pollEvents, uint32_t eventCount, int32_t milliseconds, uint32_t *triggered) {
    if (pollEvents == NULL || triggered == NULL) return SystemNative_ConvertErrorPlatformToPal(EFAULT);
    if (milliseconds < -1) return SystemNative_ConvertErrorPlatformToPal(EINVAL);
    struct pollfd stackfds[16];
    struct pollfd *fds = eventCount <= 16 ? stackfds : malloc(sizeof(struct pollfd) * eventCount);
    if (fds == NULL) return SystemNative_ConvertErrorPlatformToPal(ENOMEM);
    /* PAL_POLL* flags are Linux's POLL* values. */
    for (uint32_t i = 0; i < eventCount; i++) {
        fds[i].fd = pollEvents[i].FileDescriptor;
        fds[i].events = pollEvents[i].Events;
        fds[i].revents = 0;
    }
    int rv;
    while ((rv = poll(fds, (nfds_t)eventCount, milliseconds)) < 0 && errno == EINTR) {
    }
    if (rv < 0) {
        int err = errno;
        if (fds != stackfds) free(fds);
        *triggered = 0;
        return SystemNative_ConvertErrorPlatformToPal(err);
    }
    for (uint32_t i = 0; i < eventCount; i++) pollEvents[i].TriggeredEvents = (int16_t)fds[i].revents;
    *triggered = (uint32_t)rv;
    if (fds != stackfds) free(fds);
    return 0;
}
