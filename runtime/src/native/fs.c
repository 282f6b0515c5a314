/*
 * Paths and directories (System.Native's pal_io): unlink, mkdir, rename, links, access, the
 * working directory, directory enumeration, timestamps, temporary names, mount points.
 */
#define _GNU_SOURCE
#include "dn_system_native.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <mntent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

int32_t SystemNative_Unlink(const char *path) {
    int r;
    while ((r = unlink(path)) < 0 && errno == EINTR) {
    }
    return r;
}

int32_t SystemNative_MkDir(const char *path, int32_t mode) {
    int r;
    while ((r = mkdir(path, (mode_t)mode)) < 0 && errno == EINTR) {
    }
    return r;
}

int32_t SystemNative_RmDir(const char *path) {
    int r;
    while ((r = rmdir(path)) < 0 && errno == EINTR) {
    }
    return r;
}

int32_t SystemNative_Rename(const char *oldPath, const char *newPath) {
    int r;
    while ((r = rename(oldPath, newPath)) < 0 && errno == EINTR) {
    }
    return r;
}

int32_t SystemNative_Link(const char *source, const char *linkTarget) {
    int r;
    while ((r = link(source, linkTarget)) < 0 && errno == EINTR) {
    }
    return r;
}

int32_t SystemNative_SymLink(const char *target, const char *linkPath) { return symlink(target, linkPath); }

int32_t SystemNative_ReadLink(const char *path, char *buffer, int32_t bufferSize) {
    if (bufferSize <= 0) {
        errno = EINVAL;
        return -1;
    }
    ssize_t n = readlink(path, buffer, (size_t)bufferSize);
    return (int32_t)n;
}

int32_t SystemNative_Access(const char *path, int32_t mode) {
    /* PAL F_OK/X_OK/W_OK/R_OK are 0/1/2/4, as on Linux. */
    return access(path, mode);
}

int32_t SystemNative_ChMod(const char *path, int32_t mode) {
    int r;
    while ((r = chmod(path, (mode_t)mode)) < 0 && errno == EINTR) {
    }
    return r;
}

int32_t SystemNative_ChDir(const char *path) {
    int r;
    while ((r = chdir(path)) < 0 && errno == EINTR) {
    }
    return r;
}

char *SystemNative_GetCwd(char *buffer, int32_t size) {
    if (size < 0) {
        errno = EINVAL;
        return NULL;
    }
    return getcwd(buffer, (size_t)size);
}

void *SystemNative_OpenDir(const char *path) { return opendir(path); }

int32_t SystemNative_ReadDir(void *dir, struct DnSysDirectoryEntry *outputEntry) {
    errno = 0;
    struct dirent *e = readdir((DIR *)dir);
    if (e == NULL) {
        memset(outputEntry, 0, sizeof *outputEntry);
        /* 0 with data, -1 at the end, the errno value on failure. */
        return errno == 0 ? -1 : errno;
    }
    outputEntry->Name = e->d_name;
    outputEntry->NameLength = (int32_t)strlen(e->d_name);
    /* PAL_DT_* are Linux's DT_* values. */
    outputEntry->InodeType = e->d_type;
    return 0;
}

int32_t SystemNative_CloseDir(void *dir) { return closedir((DIR *)dir); }

int32_t SystemNative_LChflags(const char *path, uint32_t flags) {
    (void)path, (void)flags;
    errno = ENOTSUP;
    return -1;
}

int32_t SystemNative_LChflagsCanSetHiddenFlag(void) { return 0; }

int32_t SystemNative_CanGetHiddenFlag(void) { return 0; }

char *SystemNative_MkdTemp(char *pathTemplate) { return mkdtemp(pathTemplate); }

intptr_t SystemNative_MksTemps(char *pathTemplate, int32_t suffixLength) {
    int fd;
    while ((fd = mkstemps(pathTemplate, suffixLength)) < 0 && errno == EINTR) {
    }
    return fd;
}

int32_t SystemNative_GetAllMountPoints(void *onFound, void *context) {
    void (*callback)(void *, const char *) = (void (*)(void *, const char *))onFound;
    FILE *f = setmntent("/proc/mounts", "r");
    if (f == NULL) return -1;
    struct mntent entry;
    char buf[4096];
    while (getmntent_r(f, &entry, buf, sizeof buf) != NULL) callback(context, entry.mnt_dir);
    endmntent(f);
    return 0;
}
