/*
 * Host names and interface names for System.Net.NameResolution and System.Net.Primitives:
 * Dns.GetHostEntry / GetHostAddresses (SystemNative_GetHostEntryForName, the answer freed by
 * SystemNative_FreeHostEntry), the reverse lookup of an address (SystemNative_GetNameInfo) and the interface of a scoped IPv6 address ("fe80::1%eth0").
 * Errors of the resolver come back as the PAL's GetAddrInfoErrorFlags, which the managed side
 * turns into SocketError values.
 */
#define _GNU_SOURCE
#include "dn_system_native.h"

#include <ifaddrs.h>
#include <net/if.h>
#include <netdb.h>
#include <netinet/in.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/socket.h>
#include <unistd.h>

/* Interop.Sys.GetAddrInfoErrorFlags. */
enum { MEAI_SUCCESS = 0, MEAI_AGAIN = 1, MEAI_BADFLAGS = 2, MEAI_FAIL = 3, MEAI_FAMILY = 4, MEAI_NONAME = 5, MEAI_BADARG = 6, MEAI_MEMORY = 8 };
/* System.Net.Sockets.AddressFamily values the resolver takes. */
enum { MAF_UNSPEC = 0, MAF_INET = 2, MAF_INET6 = 23 };

static int32_t resolver_error(int eai) {
    switch (eai) {
    case 0: return MEAI_SUCCESS;
    case EAI_AGAIN: return MEAI_AGAIN;
    case EAI_BADFLAGS: return MEAI_BADFLAGS;
    case EAI_FAMILY: return MEAI_FAMILY;
    case EAI_NONAME: return MEAI_NONAME;
#ifdef EAI_NODATA
    case EAI_NODATA: return MEAI_NONAME; /* the name exists without addresses: not found either */
#endif
    case EAI_MEMORY: return MEAI_MEMORY;
    default: return MEAI_FAIL;
    }
}

/* Appends a socket address to the list unless it is there already (one entry per socket type comes back). */
static bool add_address(struct DnSysHostEntry *entry, int32_t *capacity, const struct sockaddr *sa) {
    struct DnSysIPAddress a;
    memset(&a, 0, sizeof a);
    if (sa->sa_family == AF_INET) {
        memcpy(a.Address, &((const struct sockaddr_in *)(const void *)sa)->sin_addr, 4);
    } else if (sa->sa_family == AF_INET6) {
        const struct sockaddr_in6 *s6 = (const struct sockaddr_in6 *)(const void *)sa;
        memcpy(a.Address, &s6->sin6_addr, 16);
        a.IsIPv6 = 1;
        a.ScopeId = s6->sin6_scope_id;
    } else {
        return true;
    }
    for (int32_t i = 0; i < entry->IPAddressCount; i++)
        if (memcmp(&entry->IPAddressList[i], &a, sizeof a) == 0) return true;
    if (entry->IPAddressCount == *capacity) {
        int32_t n = *capacity == 0 ? 8 : *capacity * 2;
        struct DnSysIPAddress *list = realloc(entry->IPAddressList, (size_t)n * sizeof *list);
        if (list == NULL) return false;
        entry->IPAddressList = list;
        *capacity = n;
    }
    entry->IPAddressList[entry->IPAddressCount++] = a;
    return true;
}

/* The local host's own name also answers the addresses of its interfaces that are up (not loopback). */
static bool add_interface_addresses(struct DnSysHostEntry *entry, int32_t *capacity, const char *name, int family) {
    char host[256];
    if (gethostname(host, sizeof host) != 0) return true;
    host[sizeof host - 1] = '\0';
    if (strcasecmp(host, name) != 0) return true;
    struct ifaddrs *list;
    if (getifaddrs(&list) != 0) return true;
    bool ok = true;
    for (struct ifaddrs *ifa = list; ifa != NULL && ok; ifa = ifa->ifa_next) {
        if (ifa->ifa_addr == NULL || (ifa->ifa_flags & IFF_UP) == 0 || (ifa->ifa_flags & IFF_LOOPBACK) != 0) continue;
        int f = ifa->ifa_addr->sa_family;
        if ((f != AF_INET && f != AF_INET6) || (family != AF_UNSPEC && f != family)) continue;
        ok = add_address(entry, capacity, ifa->ifa_addr);
    }
    freeifaddrs(list);
    return ok;
}

int32_t SystemNative_GetHostEntryForName(const uint8_t *address, int32_t addressFamily, struct DnSysHostEntry *entry) {
    if (address == NULL || entry == NULL) return MEAI_BADARG;
    memset(entry, 0, sizeof *entry);
    const char *name = (const char *)address;
    struct addrinfo hints;
    memset(&hints, 0, sizeof hints);
    hints.ai_flags = AI_CANONNAME;
    switch (addressFamily) {
    case MAF_UNSPEC: hints.ai_family = AF_UNSPEC; break;
    case MAF_INET: hints.ai_family = AF_INET; break;
    case MAF_INET6: hints.ai_family = AF_INET6; break;
    default: return MEAI_FAMILY;
    }
    struct addrinfo *info = NULL;
    int rc = getaddrinfo(name, NULL, &hints, &info);
    if (rc != 0) return resolver_error(rc);
    int32_t capacity = 0;
    bool ok = true;
    for (struct addrinfo *ai = info; ai != NULL && ok; ai = ai->ai_next) {
        if (entry->CanonicalName == NULL && ai->ai_canonname != NULL) ok = (entry->CanonicalName = (uint8_t *)strdup(ai->ai_canonname)) != NULL;
        if (ok && ai->ai_addr != NULL) ok = add_address(entry, &capacity, ai->ai_addr);
    }
    freeaddrinfo(info);
    if (ok) ok = add_interface_addresses(entry, &capacity, name, hints.ai_family);
    if (ok && entry->CanonicalName == NULL) ok = (entry->CanonicalName = (uint8_t *)strdup(name)) != NULL;
    /* No aliases: getaddrinfo has none to give (a list holding only its terminator). */
    if (ok) ok = (entry->Aliases = calloc(1, sizeof *entry->Aliases)) != NULL;
    if (!ok) {
        SystemNative_FreeHostEntry(entry);
        return MEAI_MEMORY;
    }
    return MEAI_SUCCESS;
}

void SystemNative_FreeHostEntry(struct DnSysHostEntry *entry) {
    if (entry == NULL) return;
    free(entry->CanonicalName);
    if (entry->Aliases != NULL)
        for (uint8_t **a = entry->Aliases; *a != NULL; a++) free(*a);
    free(entry->Aliases);
    free(entry->IPAddressList);
    memset(entry, 0, sizeof *entry);
}

/* Interop.Sys.GetNameInfoFlags. */
enum { MNI_NAMEREQD = 0x1, MNI_NUMERICHOST = 0x2 };

/* The host name (and service) of an IPv4 or IPv6 address, as the managed side passes it (network order). */
int32_t SystemNative_GetNameInfo(const uint8_t *address, uint32_t addressLength, uint8_t isIPv6, uint8_t *host, uint32_t hostLength, uint8_t *service, uint32_t serviceLength, int32_t flags) {
    if (address == NULL || (host == NULL && service == NULL)) return MEAI_BADARG;
    int native = ((flags & MNI_NAMEREQD) ? NI_NAMEREQD : 0) | ((flags & MNI_NUMERICHOST) ? NI_NUMERICHOST : 0);
    struct sockaddr_storage ss;
    memset(&ss, 0, sizeof ss);
    socklen_t len;
    if (isIPv6) {
        if (addressLength != 16) return MEAI_BADARG;
        struct sockaddr_in6 *s6 = (struct sockaddr_in6 *)(void *)&ss;
        s6->sin6_family = AF_INET6;
        memcpy(&s6->sin6_addr, address, 16);
        len = sizeof *s6;
    } else {
        if (addressLength != 4) return MEAI_BADARG;
        struct sockaddr_in *s4 = (struct sockaddr_in *)(void *)&ss;
        s4->sin_family = AF_INET;
        memcpy(&s4->sin_addr, address, 4);
        len = sizeof *s4;
    }
    int rc = getnameinfo((const struct sockaddr *)(const void *)&ss, len, (char *)host, host == NULL ? 0 : hostLength,
                         (char *)service, service == NULL ? 0 : serviceLength, native);
    return resolver_error(rc);
}

/* 0 when there is no such interface (errno tells why). */
uint32_t SystemNative_InterfaceNameToIndex(const char *interfaceName) {
    return interfaceName == NULL ? 0 : if_nametoindex(interfaceName);
}
