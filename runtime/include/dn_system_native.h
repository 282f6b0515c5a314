/*
 * dn_system_native.h — the native functions dotnative's runtime exports for methods without IL
 * that are bound by name (ARCHITECTURE decision 1: one table, read at compile time).
 *
 * THE COMPILER READS THIS FILE (src/codegen/system-native.ts). Every exported function is
 * declared on ONE line as `ReturnType Name(ParamType name, ...);` using only <stdint.h> types,
 * `void`, `char`, pointers and the `struct DnSys*` types below. The compiler knows a P/Invoke
 * is implemented when its entry point appears here:
 *
 *   - DllImport/LibraryImport into "libSystem.Native": the function of the same name
 *     (SystemNative_Write ...), with the native signature of dotnet/runtime's libSystem.Native
 *     (src/native/libs/System.Native). The managed side passes blittable arguments (LibraryImport's
 *     generated inner `__PInvoke` methods); the generated body casts each argument to the
 *     parameter type declared here and calls the function directly.
 *   - QCalls (module "QCall") with blittable signatures: `DnQCall_<EntryPoint>`.
 *   - Internal calls that src/codegen/intrinsics.ts binds by method name call the `dn_icall_*`
 *     functions.
 *
 * A P/Invoke whose entry point is not declared here keeps a body that stops the program with
 * its name (and the build warns).
 *
 * Semantics follow libSystem.Native: functions that "set errno" return -1 (or NULL) and leave
 * the platform errno for Marshal.GetLastSystemError (SystemNative_GetErrNo). Constants passed
 * in (open flags, lock operations, seek origins, access modes, signal numbers) are the PAL
 * values the managed Interop declarations use; the implementation converts them.
 *
 * Implementation: the C files in runtime/src/native, one per area (io.c, fs.c, env.c ...).
 */
#ifndef DN_SYSTEM_NATIVE_H
#define DN_SYSTEM_NATIVE_H

#include <stdint.h>

/* Interop.Sys.FileStatus (120 bytes, sequential). */
struct DnSysFileStatus {
    int32_t Flags; /* 1: BirthTime is valid */
    int32_t Mode;  /* S_IFMT type bits (PAL values = Linux values) | permission bits */
    uint32_t Uid;
    uint32_t Gid;
    int64_t Size;
    int64_t ATime;
    int64_t ATimeNsec;
    int64_t MTime;
    int64_t MTimeNsec;
    int64_t CTime;
    int64_t CTimeNsec;
    int64_t BirthTime;
    int64_t BirthTimeNsec;
    int64_t Dev;
    int64_t RDev;
    int64_t Ino;
    uint32_t UserFlags;
};

/* Interop.Sys.DirectoryEntry. */
struct DnSysDirectoryEntry {
    const char *Name;
    int32_t NameLength;
    int32_t InodeType; /* PAL_DT_* = Linux DT_* */
};

/* Interop.Sys.TimeSpec. */
struct DnSysTimeSpec {
    int64_t TvSec;
    int64_t TvNsec;
};

/* Interop.Sys.IOVector (same layout as struct iovec). */
struct DnSysIOVector {
    uint8_t *Base;
    uintptr_t Count;
};

/* Interop.Sys.WinSize (System.Console). */
struct DnSysWinSize {
    uint16_t Row;
    uint16_t Col;
    uint16_t XPixel;
    uint16_t YPixel;
};

/* Interop.PollEvent (System.Console). Events: PAL_POLLIN 1, PRI 2, OUT 4, ERR 8, HUP 16, NVAL 32. */
struct DnSysPollEvent {
    int32_t FileDescriptor;
    int16_t Events;
    int16_t TriggeredEvents;
};

/* Interop.Sys.Passwd. */
struct DnSysPasswd {
    char *Name;
    char *Password;
    uint32_t UserId;
    uint32_t GroupId;
    char *UserInfo;
    char *HomeDirectory;
    char *Shell;
};

/* Interop.Sys.SocketEvent (the socket event engine's buffer entries). */
struct DnSysSocketEvent {
    uintptr_t data;
    int32_t events;
    int32_t padding;
};

/* Interop.Sys.MessageHeader (sendmsg/recvmsg; SocketAddressLen, ControlBufferLen and Flags come back). */
struct DnSysMessageHeader {
    uint8_t *SocketAddress;
    struct DnSysIOVector *IOVectors;
    uint8_t *ControlBuffer;
    int32_t SocketAddressLen;
    int32_t IOVectorCount;
    int32_t ControlBufferLen;
    int32_t Flags;
};

/* Interop.Sys.LingerOption. */
struct DnSysLingerOption {
    int32_t OnOff;
    int32_t Seconds;
};

/* Interop.Sys.IPv4MulticastOption (addresses in network byte order). */
struct DnSysIPv4MulticastOption {
    uint32_t MulticastAddress;
    uint32_t LocalAddress;
    int32_t InterfaceIndex;
    int32_t Padding;
};

/* Interop.Sys.IPAddress (an IPv4 address in the first 4 bytes, network order). */
struct DnSysIPAddress {
    uint8_t Address[16];
    uint32_t IsIPv6;
    uint32_t ScopeId;
};

/* Interop.Sys.IPv6MulticastOption. */
struct DnSysIPv6MulticastOption {
    struct DnSysIPAddress Address;
    int32_t InterfaceIndex;
    int32_t Padding;
};

/* Interop.Sys.HostEntry (allocated by GetHostEntryForName, released by FreeHostEntry; Aliases ends with NULL). */
struct DnSysHostEntry {
    uint8_t *CanonicalName;
    uint8_t **Aliases;
    struct DnSysIPAddress *IPAddressList;
    int32_t IPAddressCount;
};

/* Interop.Sys.ProcessCpuInformation. */
struct DnSysProcessCpuInformation {
    uint64_t lastRecordedCurrentTime;
    uint64_t lastRecordedKernelTime;
    uint64_t lastRecordedUserTime;
};

#ifdef __cplusplus
extern "C" {
#endif

/* ---- errno.c: errno and the PAL error codes (Interop.Error) ---- */
int32_t SystemNative_GetErrNo(void);
void SystemNative_SetErrNo(int32_t errorCode);
int32_t SystemNative_ConvertErrorPlatformToPal(int32_t platformErrno);
int32_t SystemNative_ConvertErrorPalToPlatform(int32_t error);
char *SystemNative_StrErrorR(int32_t platformErrno, char *buffer, int32_t bufferSize);

/* ---- io.c: file descriptors ---- */
intptr_t SystemNative_Open(const char *path, int32_t flags, int32_t mode);
int32_t SystemNative_Close(intptr_t fd);
intptr_t SystemNative_Dup(intptr_t oldfd);
int32_t SystemNative_Read(intptr_t fd, void *buffer, int32_t bufferSize);
int32_t SystemNative_Write(intptr_t fd, const void *buffer, int32_t bufferSize);
int32_t SystemNative_PRead(intptr_t fd, void *buffer, int32_t bufferSize, int64_t fileOffset);
int32_t SystemNative_PWrite(intptr_t fd, void *buffer, int32_t bufferSize, int64_t fileOffset);
int64_t SystemNative_PReadV(intptr_t fd, struct DnSysIOVector *vectors, int32_t vectorCount, int64_t fileOffset);
int64_t SystemNative_PWriteV(intptr_t fd, struct DnSysIOVector *vectors, int32_t vectorCount, int64_t fileOffset);
int64_t SystemNative_LSeek(intptr_t fd, int64_t offset, int32_t whence);
int32_t SystemNative_FStat(intptr_t fd, struct DnSysFileStatus *output);
int32_t SystemNative_Stat(const char *path, struct DnSysFileStatus *output);
int32_t SystemNative_LStat(const char *path, struct DnSysFileStatus *output);
int32_t SystemNative_FTruncate(intptr_t fd, int64_t length);
int32_t SystemNative_FSync(intptr_t fd);
int32_t SystemNative_FLock(intptr_t fd, int32_t operation);
int32_t SystemNative_FAllocate(intptr_t fd, int64_t offset, int64_t length);
int32_t SystemNative_PosixFAdvise(intptr_t fd, int64_t offset, int64_t length, int32_t advice);
int32_t SystemNative_FChMod(intptr_t fd, int32_t mode);
int32_t SystemNative_FChflags(intptr_t fd, uint32_t flags);
int32_t SystemNative_CopyFile(intptr_t sourceFd, intptr_t destinationFd, int64_t sourceLength);
int32_t SystemNative_LockFileRegion(intptr_t fd, int64_t offset, int64_t length, int32_t lockType);
int32_t SystemNative_FUTimens(intptr_t fd, struct DnSysTimeSpec *times);
uint32_t SystemNative_GetFileSystemType(intptr_t fd);
int32_t SystemNative_Poll(struct DnSysPollEvent *pollEvents, uint32_t eventCount, int32_t milliseconds, uint32_t *triggered);
int32_t SystemNative_FcntlGetFD(intptr_t fd);

/* ---- fs.c: paths and directories ---- */
int32_t SystemNative_Unlink(const char *path);
int32_t SystemNative_MkDir(const char *path, int32_t mode);
int32_t SystemNative_RmDir(const char *path);
int32_t SystemNative_Rename(const char *oldPath, const char *newPath);
int32_t SystemNative_Link(const char *source, const char *linkTarget);
int32_t SystemNative_SymLink(const char *target, const char *linkPath);
int32_t SystemNative_ReadLink(const char *path, char *buffer, int32_t bufferSize);
int32_t SystemNative_Access(const char *path, int32_t mode);
int32_t SystemNative_ChMod(const char *path, int32_t mode);
int32_t SystemNative_ChDir(const char *path);
char *SystemNative_GetCwd(char *buffer, int32_t size);
void *SystemNative_OpenDir(const char *path);
int32_t SystemNative_ReadDir(void *dir, struct DnSysDirectoryEntry *outputEntry);
int32_t SystemNative_CloseDir(void *dir);
int32_t SystemNative_UTimensat(const char *path, struct DnSysTimeSpec *times);
int32_t SystemNative_LChflags(const char *path, uint32_t flags);
int32_t SystemNative_LChflagsCanSetHiddenFlag(void);
int32_t SystemNative_CanGetHiddenFlag(void);
char *SystemNative_MkdTemp(char *pathTemplate);
intptr_t SystemNative_MksTemps(char *pathTemplate, int32_t suffixLength);
int32_t SystemNative_GetAllMountPoints(void *onFound, void *context);

/* ---- env.c: process, user, system information ---- */
int32_t SystemNative_GetPid(void);
uint32_t SystemNative_GetEUid(void);
uint32_t SystemNative_GetEGid(void);
int32_t SystemNative_GetGroups(int32_t ngroups, uint32_t *groups);
int32_t SystemNative_GetHostName(char *name, int32_t nameLength);
char *SystemNative_GetProcessPath(void);
int64_t SystemNative_SysConf(int32_t name);
const char *SystemNative_GetUnixRelease(void);
int32_t SystemNative_GetUnixVersion(char *version, int32_t *capacity);
int32_t SystemNative_GetOSArchitecture(void);
int32_t SystemNative_SchedGetCpu(void);
uint32_t SystemNative_TryGetUInt32OSThreadId(void);
double SystemNative_GetCpuUtilization(struct DnSysProcessCpuInformation *previousCpuInfo);
intptr_t SystemNative_GetDefaultSearchOrderPseudoHandle(void);
void SystemNative_Log(uint8_t *buffer, int32_t length);
void SystemNative_LogError(uint8_t *buffer, int32_t length);
void SystemNative_SysLog(int32_t priority, const char *message, const char *arg1);
int32_t SystemNative_SNPrintF_1S(char *string, int32_t size, const char *format, const char *str);
int32_t SystemNative_SNPrintF_1I(char *string, int32_t size, const char *format, int32_t value);

/* ---- time.c ---- */
int64_t SystemNative_GetTimestamp(void);
int64_t SystemNative_GetLowResolutionTimestamp(void);
int64_t SystemNative_GetSystemTimeAsTicks(void);

/* ---- memory.c: native memory, random bytes ---- */
void *SystemNative_Malloc(uintptr_t size);
void *SystemNative_Calloc(uintptr_t num, uintptr_t size);
void *SystemNative_Realloc(void *ptr, uintptr_t size);
void SystemNative_Free(void *ptr);
void *SystemNative_AlignedAlloc(uintptr_t alignment, uintptr_t size);
void SystemNative_AlignedFree(void *ptr);
void *SystemNative_AlignedRealloc(void *ptr, uintptr_t alignment, uintptr_t size);
void SystemNative_GetNonCryptographicallySecureRandomBytes(uint8_t *buffer, int32_t bufferLength);
int32_t SystemNative_GetCryptographicallySecureRandomBytes(uint8_t *buffer, int32_t bufferLength);

/* ---- console.c: terminal and signals ---- */
int32_t SystemNative_IsATty(intptr_t fd);
int32_t SystemNative_GetWindowSize(intptr_t fd, struct DnSysWinSize *windowSize);
int32_t SystemNative_InitializeTerminalAndSignalHandling(void);
void SystemNative_SetTerminalInvalidationHandler(void *callback);
void SystemNative_UninitializeTerminal(void);
void SystemNative_SetKeypadXmit(intptr_t fd, const char *terminfoString);
void SystemNative_GetControlCharacters(int32_t *controlCharacterNames, uint8_t *controlCharacterValues, int32_t controlCharacterLength, uint8_t *posixDisableValue);
int32_t SystemNative_StdinReady(void);
void SystemNative_InitializeConsoleBeforeRead(uint8_t minChars, uint8_t decisecondsTimeout);
void SystemNative_UninitializeConsoleAfterRead(void);
int32_t SystemNative_ReadStdin(void *buffer, int32_t bufferSize);
int32_t SystemNative_GetSignalForBreak(void);
int32_t SystemNative_SetSignalForBreak(int32_t signalForBreak);
int32_t SystemNative_GetPlatformSignalNumber(int32_t signal);
void SystemNative_SetPosixSignalHandler(void *signalHandler);
int32_t SystemNative_EnablePosixSignalHandling(int32_t signalCode);
void SystemNative_DisablePosixSignalHandling(int32_t signalCode);
void SystemNative_HandleNonCanceledPosixSignal(int32_t signalCode);

/* ---- threading.c ---- */
intptr_t SystemNative_LowLevelMonitor_Create(void);
void SystemNative_LowLevelMonitor_Destroy(intptr_t monitor);
void SystemNative_LowLevelMonitor_Acquire(intptr_t monitor);
void SystemNative_LowLevelMonitor_Release(intptr_t monitor);
void SystemNative_LowLevelMonitor_Wait(intptr_t monitor);
int32_t SystemNative_LowLevelMonitor_TimedWait(intptr_t monitor, int32_t timeoutMilliseconds);
void SystemNative_LowLevelMonitor_Signal_Release(intptr_t monitor);

/* ---- QCalls of CoreCLR's CoreLib (module "QCall"); Kernel32 names are CoreCLR's PAL on Unix ---- */
uint32_t DnQCall_GetEnvironmentVariableW(const uint16_t *name, uint16_t *buffer, uint32_t size);
int32_t DnQCall_SetEnvironmentVariableW(const uint16_t *name, const uint16_t *value);
uint16_t *DnQCall_GetEnvironmentStringsW(void);
int32_t DnQCall_FreeEnvironmentStringsW(uint16_t *block);
int32_t DnQCall_Environment_GetProcessorCount(void);
/* errno.c: Win32 error texts are not available: FormatMessageW fails (0), as for an unknown code */
int32_t DnQCall_FormatMessageW(int32_t flags, intptr_t source, uint32_t messageId, int32_t languageId, uint16_t *buffer, int32_t size, intptr_t arguments);
void DnQCall_ThreadNative_Sleep(int32_t milliseconds);
void DnQCall_ThreadNative_SpinWait(int32_t iterations);
int32_t DnQCall_ThreadNative_YieldThread(void);
/* waits.c: events, semaphores, mutexes and WaitHandle's waits (WAIT_OBJECT_0 + i, WAIT_TIMEOUT 0x102) */
intptr_t DnQCall_CreateEventExW(intptr_t securityAttributes, const uint16_t *name, uint32_t flags, uint32_t desiredAccess);
intptr_t DnQCall_CreateSemaphoreExW(intptr_t securityAttributes, int32_t initialCount, int32_t maximumCount, const uint16_t *name, uint32_t flags, uint32_t desiredAccess);
intptr_t DnQCall_PAL_CreateMutexW(int32_t initialOwner, const uint16_t *name, int32_t currentUserOnly, uint8_t *systemCallErrors, uint32_t systemCallErrorsBufferSize);
int32_t DnQCall_CloseHandle(intptr_t handle);
int32_t DnQCall_SetEvent(intptr_t handle);
int32_t DnQCall_ResetEvent(intptr_t handle);
int32_t DnQCall_ReleaseSemaphore(intptr_t handle, int32_t releaseCount, int32_t *previousCount);
int32_t DnQCall_ReleaseMutex(intptr_t handle);
int32_t DnQCall_WaitHandle_WaitOneCore(intptr_t handle, int32_t timeout, int32_t useTrivialWaits);
int32_t DnQCall_WaitHandle_WaitMultipleIgnoringSyncContext(intptr_t *handles, int32_t count, int32_t waitAll, int32_t timeout);
int32_t DnQCall_WaitHandle_WaitOnePrioritized(intptr_t handle, int32_t timeout);
int32_t DnQCall_WaitHandle_SignalAndWait(intptr_t toSignal, intptr_t toWaitOn, int32_t timeout);

/* ---- internal calls bound by intrinsics.ts ---- */
int32_t dn_icall_get_exit_code(void);
void dn_icall_set_exit_code(int32_t code);
int32_t dn_icall_get_last_pinvoke_error(void);
void dn_icall_set_last_pinvoke_error(int32_t error);
/* GC.GetMemoryInfo: physical memory, memory in use on the machine, the GC heap's size (bytes). */
void dn_icall_get_memory_info(int64_t *totalAvailableBytes, int64_t *memoryLoadBytes, int64_t *heapSizeBytes);
/* Environment.GetCommandLineArgsNative(): string[] of argv (argv[0] = the executable as started). */
void *dn_icall_get_command_line_args(void);

/* ---- process.c: child processes (System.Diagnostics.Process) ---- */
int32_t SystemNative_ForkAndExecProcess(const char *filename, char **argv, char **envp, const char *cwd, int32_t redirectStdin, int32_t redirectStdout, int32_t redirectStderr, int32_t setCredentials, uint32_t userId, uint32_t groupId, uint32_t *groups, int32_t groupsLength, int32_t *childPid, int32_t *stdinFd, int32_t *stdoutFd, int32_t *stderrFd);
void SystemNative_RegisterForSigChld(void *callback);
void SystemNative_SetDelayedSigChildConsoleConfigurationHandler(void *callback);
void SystemNative_ConfigureTerminalForChildProcess(int32_t childUsesTerminal);
int32_t SystemNative_WaitIdAnyExitedNoHangNoWait(void);
int32_t SystemNative_WaitPidExitedNoHang(int32_t pid, int32_t *exitCode);
int32_t SystemNative_Kill(int32_t pid, int32_t signal);
int32_t SystemNative_FcntlGetIsNonBlocking(intptr_t fd, int32_t *isNonBlocking);
int32_t SystemNative_FcntlSetIsNonBlocking(intptr_t fd, int32_t isNonBlocking);
int32_t SystemNative_CreateSocketEventPort(intptr_t *port);
int32_t SystemNative_CloseSocketEventPort(intptr_t port);
int32_t SystemNative_CreateSocketEventBuffer(int32_t count, struct DnSysSocketEvent **buffer);
int32_t SystemNative_FreeSocketEventBuffer(struct DnSysSocketEvent *buffer);
int32_t SystemNative_TryChangeSocketEventRegistration(intptr_t port, intptr_t socket, int32_t currentEvents, int32_t newEvents, uintptr_t data);
int32_t SystemNative_WaitForSocketEvents(intptr_t port, struct DnSysSocketEvent *buffer, int32_t *count);

/* ---- users.c: the user and group databases (0, -1 for no such entry, or the error number) ---- */
int32_t SystemNative_GetPwUidR(uint32_t uid, struct DnSysPasswd *pwd, char *buf, int32_t buflen);
int32_t SystemNative_GetPwNamR(const char *name, struct DnSysPasswd *pwd, char *buf, int32_t buflen);
int32_t SystemNative_GetGroupList(const char *name, uint32_t group, uint32_t *groups, int32_t *ngroups);

/* ---- sockets.c: BSD sockets; these return the PAL error (Interop.Error) themselves, 0 on success ---- */
int32_t SystemNative_GetSocketAddressSizes(int32_t *ipv4SocketAddressSize, int32_t *ipv6SocketAddressSize, int32_t *udsSocketAddressSize, int32_t *maxSocketAddressSize);
int32_t SystemNative_GetMaximumAddressSize(void);
void SystemNative_GetDomainSocketSizes(int32_t *pathOffset, int32_t *pathSize, int32_t *addressSize);
int32_t SystemNative_PlatformSupportsDualModeIPv4PacketInfo(void);
int32_t SystemNative_GetAddressFamily(const uint8_t *socketAddress, int32_t socketAddressLen, int32_t *addressFamily);
int32_t SystemNative_SetAddressFamily(uint8_t *socketAddress, int32_t socketAddressLen, int32_t addressFamily);
int32_t SystemNative_GetPort(const uint8_t *socketAddress, int32_t socketAddressLen, uint16_t *port);
int32_t SystemNative_SetPort(uint8_t *socketAddress, int32_t socketAddressLen, uint16_t port);
int32_t SystemNative_GetIPv4Address(const uint8_t *socketAddress, int32_t socketAddressLen, uint32_t *address);
int32_t SystemNative_SetIPv4Address(uint8_t *socketAddress, int32_t socketAddressLen, uint32_t address);
int32_t SystemNative_GetIPv6Address(const uint8_t *socketAddress, int32_t socketAddressLen, uint8_t *address, int32_t addressLen, uint32_t *scopeId);
int32_t SystemNative_SetIPv6Address(uint8_t *socketAddress, int32_t socketAddressLen, uint8_t *address, int32_t addressLen, uint32_t scopeId);
int32_t SystemNative_Socket(int32_t addressFamily, int32_t socketType, int32_t protocolType, intptr_t *createdSocket);
int32_t SystemNative_GetSocketType(intptr_t socket, int32_t *addressFamily, int32_t *socketType, int32_t *protocolType, int32_t *isListening);
int32_t SystemNative_Bind(intptr_t socket, int32_t protocolType, uint8_t *socketAddress, int32_t socketAddressLen);
int32_t SystemNative_Listen(intptr_t socket, int32_t backlog);
int32_t SystemNative_Connect(intptr_t socket, uint8_t *socketAddress, int32_t socketAddressLen);
int32_t SystemNative_Accept(intptr_t socket, uint8_t *socketAddress, int32_t *socketAddressLen, intptr_t *acceptedSocket);
int32_t SystemNative_Shutdown(intptr_t socket, int32_t socketShutdown);
int32_t SystemNative_Disconnect(intptr_t socket);
int32_t SystemNative_GetPeerName(intptr_t socket, uint8_t *socketAddress, int32_t *socketAddressLen);
int32_t SystemNative_GetSockName(intptr_t socket, uint8_t *socketAddress, int32_t *socketAddressLen);
int32_t SystemNative_GetBytesAvailable(intptr_t socket, int32_t *available);
int32_t SystemNative_Send(intptr_t socket, void *buffer, int32_t bufferLen, int32_t flags, int32_t *sent);
int32_t SystemNative_Receive(intptr_t socket, void *buffer, int32_t bufferLen, int32_t flags, int32_t *received);
int32_t SystemNative_SendMessage(intptr_t socket, struct DnSysMessageHeader *messageHeader, int32_t flags, int64_t *sent);
int32_t SystemNative_ReceiveMessage(intptr_t socket, struct DnSysMessageHeader *messageHeader, int32_t flags, int64_t *received);
int32_t SystemNative_GetSockOpt(intptr_t socket, int32_t socketOptionLevel, int32_t socketOptionName, uint8_t *optionValue, int32_t *optionLen);
int32_t SystemNative_SetSockOpt(intptr_t socket, int32_t socketOptionLevel, int32_t socketOptionName, uint8_t *optionValue, int32_t optionLen);
int32_t SystemNative_GetSocketErrorOption(intptr_t socket, int32_t *error);
int32_t SystemNative_SetLingerOption(intptr_t socket, struct DnSysLingerOption *option);
int32_t SystemNative_GetLingerOption(intptr_t socket, struct DnSysLingerOption *option);
int32_t SystemNative_SetReceiveTimeout(intptr_t socket, int32_t millisecondsTimeout);
int32_t SystemNative_SetSendTimeout(intptr_t socket, int32_t millisecondsTimeout);
int32_t SystemNative_Connectx(intptr_t socket, uint8_t *socketAddress, int32_t socketAddressLen, uint8_t *data, int32_t dataLen, int32_t tfo, int32_t *sent);

/* ---- multicast.c: multicast group membership (PAL errors, as sockets.c) ---- */
int32_t SystemNative_SetIPv4MulticastOption(intptr_t socket, int32_t multicastOption, struct DnSysIPv4MulticastOption *option);
int32_t SystemNative_GetIPv4MulticastOption(intptr_t socket, int32_t multicastOption, struct DnSysIPv4MulticastOption *option);
int32_t SystemNative_SetIPv6MulticastOption(intptr_t socket, int32_t multicastOption, struct DnSysIPv6MulticastOption *option);
int32_t SystemNative_GetIPv6MulticastOption(intptr_t socket, int32_t multicastOption, struct DnSysIPv6MulticastOption *option);

/* ---- name_resolution.c: host and interface names (GetAddrInfoErrorFlags; 0 on success) ---- */
int32_t SystemNative_GetHostEntryForName(const uint8_t *address, int32_t addressFamily, struct DnSysHostEntry *entry);
void SystemNative_FreeHostEntry(struct DnSysHostEntry *entry);
int32_t SystemNative_GetNameInfo(const uint8_t *address, uint32_t addressLength, uint8_t isIPv6, uint8_t *host, uint32_t hostLength, uint8_t *service, uint32_t serviceLength, int32_t flags);
uint32_t SystemNative_InterfaceNameToIndex(const char *interfaceName);

#ifdef __cplusplus
}
#endif

#endif /* DN_SYSTEM_NATIVE_H */
