/*
 * The user and group databases (System.Native's pal_uid): passwd entries by id and by name,
 * and the groups a user belongs to (Process's credentials, the home directory of a user).
 *
 * The passwd functions answer 0 with the entry filled in (its strings point into the caller's
 * buffer), -1 when there is no such entry, or the error number (ERANGE: the buffer is too
 * small, the managed side retries with a bigger one); on failure the entry is zeroed.
 */
#define _GNU_SOURCE
#include "dn_system_native.h"

#include <errno.h>
#include <grp.h>
#include <pwd.h>
#include <stddef.h>
#include <string.h>
#include <sys/types.h>

static int32_t passwd_result(int error, const struct passwd *found, struct DnSysPasswd *pwd) {
    if (error != 0 || found == NULL) {
        memset(pwd, 0, sizeof *pwd);
        return error != 0 ? error : -1;
    }
    pwd->Name = found->pw_name;
    pwd->Password = found->pw_passwd;
    pwd->UserId = found->pw_uid;
    pwd->GroupId = found->pw_gid;
    pwd->UserInfo = found->pw_gecos;
    pwd->HomeDirectory = found->pw_dir;
    pwd->Shell = found->pw_shell;
    return 0;
}

int32_t SystemNative_GetPwUidR(uint32_t uid, struct DnSysPasswd *pwd, char *buf, int32_t buflen) {
    if (buflen < 0) return EINVAL;
    struct passwd entry;
    struct passwd *found = NULL;
    int error;
    while ((error = getpwuid_r((uid_t)uid, &entry, buf, (size_t)buflen, &found)) == EINTR) {
    }
    return passwd_result(error, found, pwd);
}

int32_t SystemNative_GetPwNamR(const char *name, struct DnSysPasswd *pwd, char *buf, int32_t buflen) {
    if (buflen < 0) return EINVAL;
    struct passwd entry;
    struct passwd *found = NULL;
    int error;
    while ((error = getpwnam_r(name, &entry, buf, (size_t)buflen, &found)) == EINTR) {
    }
    return passwd_result(error, found, pwd);
}

/* getgrouplist: the groups of user `name` (with `group`, its primary group). On success returns
 * the count (>= 0) and sets *ngroups to it; when `groups` is too small returns -1 with *ngroups
 * raised to the size needed (twice the old size when the C library does not say); on another
 * error returns -1 with *ngroups = -1 and errno set. */
int32_t SystemNative_GetGroupList(const char *name, uint32_t group, uint32_t *groups, int32_t *ngroups) {
    _Static_assert(sizeof(gid_t) == sizeof(uint32_t), "gid_t is 32 bits");
    int rc, available;
    do {
        errno = 0;
        available = *ngroups;
        rc = getgrouplist(name, (gid_t)group, (gid_t *)groups, &available);
        if (rc == -1 && (available > *ngroups || (available == *ngroups && errno == 0))) {
            *ngroups = available > *ngroups ? available : *ngroups * 2;
            return -1;
        }
    } while (rc == -1 && errno == EINTR);
    *ngroups = rc >= 0 ? available : -1;
    return rc;
}
