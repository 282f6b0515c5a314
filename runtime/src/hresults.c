/*
 * The texts of HRESULTs, as CoreCLR on Linux gives them: FileLoadException.GetMessageForHR and
 * the message of the exception Marshal.GetExceptionForHR makes (src/codegen/hresult-exceptions.ts).
 *
 * A Win32 code (facility 7) has its system text, which ends with a newline; the runtime's own
 * codes have a resource text that already ends with its "(0x...)". Codes with neither are
 * "Error <decimal> (0x<hex>)".
 */
#include "internal.h"

#include <stdio.h>
#include <string.h>

typedef struct HresultText {
    uint32_t hr;
    const char *text;
} HresultText;

static const HresultText texts[] = {
    {0x80004005u, "Unexpected HRESULT has been returned from a call to a COM component."},
    {0x80070001u, "Incorrect function.\n"},
    {0x80070002u, "The system cannot find the file specified.\n"},
    {0x80070003u, "The system cannot find the path specified.\n"},
    {0x80070004u, "The system cannot open the file.\n"},
    {0x80070005u, "Access is denied.\n"},
    {0x80070006u, "The handle is invalid.\n"},
    {0x80070008u, "Not enough storage is available to process this command.\n"},
    {0x8007000Bu, "An attempt was made to load a program with an incorrect format.\n"},
    {0x8007000Du, "The data is invalid.\n"},
    {0x80070015u, "The device is not ready.\n"},
    {0x80070020u, "The process cannot access the file because it is being used by another process.\n"},
    {0x80070021u, "The process cannot access the file because another process has locked a portion of the file.\n"},
    {0x80070035u, "The network path was not found.\n"},
    {0x80070043u, "The network name cannot be found.\n"},
    {0x80070050u, "The file exists.\n"},
    {0x8007006Eu, "The system cannot open the device or file specified.\n"},
    {0x8007007Bu, "The filename, directory name, or volume label syntax is incorrect.\n"},
    {0x8007007Eu, "The specified module or one of its dependencies could not be found.\n"},
    {0x800700B6u, "The operating system cannot run %1.\n"},
    {0x800700B7u, "Cannot create a file when that file already exists.\n"},
    {0x800700C0u, "The operating system cannot run %1.\n"},
    {0x800700C1u, "%1 is not a valid Win32 application.\n"},
    {0x800703E6u, "Invalid access to memory location.\n"},
    {0x800703EDu, "The volume does not contain a recognized file system.\nPlease make sure that all required file system drivers are loaded and that the volume is not corrupted.\n"},
    {0x800703EEu, "The volume for a file has been externally altered so that the opened file is no longer valid.\n"},
    {0x80070459u, "No mapping for the Unicode character exists in the target multi-byte code page.\n"},
    {0x8007045Au, "A dynamic link library (DLL) initialization routine failed.\n"},
    {0x80070482u, "One of the library files needed to run this application is damaged.\n"},
    {0x80070485u, "One of the library files needed to run this application cannot be found.\n"},
    {0x80070490u, "Element not found.\n"},
    {0x80070570u, "The file or directory is corrupted and unreadable.\n"},
    {0x80070571u, "The disk structure is corrupted and unreadable.\n"},
    {0x80070574u, "Logon Failure: The target account name is incorrect.\n"},
    {0x80131016u, "Assembly is still being loaded. (0x80131016)"},
    {0x80131018u, "The module was expected to contain an assembly manifest. (0x80131018)"},
    {0x8013101Bu, "This assembly is built by a runtime newer than the currently loaded runtime and cannot be loaded. (0x8013101B)"},
    {0x80131040u, "The located assembly's manifest definition does not match the assembly reference. (0x80131040)"},
    {0x80131044u, "Undefined resource string ID:0x7044 (0x80131044)"},
    {0x80131047u, "The given assembly name was invalid. (0x80131047)"},
    {0x80131058u, "Reference assemblies cannot be loaded for execution. (0x80131058)"},
    {0x80131107u, "Old version error. (0x80131107)"},
    {0x8013110Eu, "File is corrupt. (0x8013110E)"},
    {0x80131124u, "Index not found. (0x80131124)"},
    {0x80131192u, "Bad binary signature. (0x80131192)"},
    {0x801311E6u, "Undefined resource string ID:0x71E6 (0x801311E6)"},
    {0x80131418u, "Failed to grant permission to execute. (0x80131418)"},
    {0x8013141Au, "Strong name validation failed. (0x8013141A)"},
    {0x8013141Du, "Invalid assembly file format. (0x8013141D)"},
    {0x8013141Eu, "Invalid assembly public key. (0x8013141E)"},
    {0x80131420u, "Signature size mismatch. (0x80131420)"},
    {0x80131504u, "Attempted to marshal an object across a context boundary. (0x80131504)"},
    {0x80131505u, "Operation timed out. (0x80131505)"},
    {0x8013150Au, "An error relating to security occurred. (0x8013150A)"},
    {0x80131577u, "The given key was not present in the dictionary. (0x80131577)"},
    {0x80131621u, "Could not find or load a specific file. (0x80131621)"},
};

/* The symbolic names a formatted HRESULT carries after its number. */
static const HresultText symbols[] = {
    {0x8000FFFFu, "E_UNEXPECTED"}, {0x80004001u, "E_NOTIMPL"},    {0x8007000Eu, "E_OUTOFMEMORY"},
    {0x80070057u, "E_INVALIDARG"}, {0x80004002u, "E_NOINTERFACE"}, {0x80004003u, "E_POINTER"},
    {0x80070006u, "E_HANDLE"},     {0x80004004u, "E_ABORT"},      {0x80004005u, "E_FAIL"},
    {0x80070005u, "E_ACCESSDENIED"},
};

static const char *lookup(const HresultText *table, size_t count, uint32_t hr) {
    for (size_t i = 0; i < count; i++)
        if (table[i].hr == hr) return table[i].text;
    return NULL;
}

const char *dn_hresult_text(uint32_t hr) { return lookup(texts, sizeof texts / sizeof texts[0], hr); }

static bool is_win32(uint32_t hr) { return (hr & 0xFFFF0000u) == 0x80070000u; }

size_t dn_hresult_format(uint32_t hr, char *buffer, size_t size) {
    const char *text = dn_hresult_text(hr);
    if (text != NULL && !is_win32(hr)) return (size_t)snprintf(buffer, size, "%s", text);
    const char *symbol = lookup(symbols, sizeof symbols / sizeof symbols[0], hr);
    char number[64];
    if (symbol != NULL) snprintf(number, sizeof number, "0x%08X (%s)", hr, symbol);
    else snprintf(number, sizeof number, "0x%08X", hr);
    if (text != NULL) return (size_t)snprintf(buffer, size, "%s (%s)", text, number);
    /* A Win32 code without a text is numbered as the system error it wraps. */
    return (size_t)snprintf(buffer, size, "Error %u (%s)", is_win32(hr) ? hr & 0xFFFFu : hr, number);
}

DnString *dn_hresult_message(uint32_t hr) {
    char buffer[512];
    size_t n = dn_hresult_format(hr, buffer, sizeof buffer);
    if (n >= sizeof buffer) n = sizeof buffer - 1;
    return dn_string_from_utf8(buffer, n);
}
