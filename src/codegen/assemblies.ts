// Assembly objects: one System.Reflection.RuntimeAssembly (and one RuntimeModule) per assembly
// of the program, answered from compile-time data. Each assembly the program asks about gets a
// DnAssemblyInfo record in the data unit (runtime/include/dn_typeinfo.h): its identity from the
// Assembly table, a few PE facts, and the two object slots. RuntimeAssembly.m_assembly and
// RuntimeModule.m_pData point at the record, so the QCalls CoreLib makes with a QCallAssembly or
// QCallModule (AssemblyNative_GetSimpleName, _GetVersion, ModuleHandle_GetPEKind ...) read it
// directly. Type records (typeinfo.ts) point at their assembly's record for typeof(X).Assembly
// and typeof(X).Module. Nothing here is emitted unless a kept method asks.
import { createHash } from 'node:crypto';
import type { AssemblyFile } from '../metadata/assembly.js';
import type { MethodDesc } from '../typesystem/members.js';
import { DefType, type TypeDesc } from '../typesystem/types.js';
import { type BodyHandler, fnBody, onStackPtr, runtimeTypeMt, typeInfoBody } from './bodies.js';
import type { Deps } from './deps.js';
import { getTypeCoreBody, getTypeCoreIgnoreCaseBody } from './type-lookups.js';
import { internalLoadBody } from './assembly-load.js';
import { cmp } from './deps.js';
import { cString, type ProgramGen } from './program.js';

const TYPEINFO_H = 'dn_typeinfo.h';

const identities = new WeakMap<AssemblyFile, string>();
/** `Name, Version=..., Culture=..., PublicKeyToken=...` of an assembly (Assembly.FullName). */
export function assemblyDisplayName(file: AssemblyFile): string {
  let s = identities.get(file);
  if (s !== undefined) return s;
  const a = file.identity;
  let token = a.publicKeyOrToken;
  if (token.length > 0) {
    const sha = createHash('sha1').update(Buffer.from(token, 'hex')).digest();
    token = Buffer.from(sha.subarray(sha.length - 8)).reverse().toString('hex');
  }
  s = `${a.name}, Version=${a.version}, Culture=${a.culture || 'neutral'}, PublicKeyToken=${token || 'null'}`;
  identities.set(file, s);
  return s;
}

/** The assemblies whose records the generated code refers to, by C name. */
const recordsOf = new WeakMap<ProgramGen, Map<string, AssemblyFile>>();

function recordName(file: AssemblyFile): string {
  const name = file.identity.name;
  const safe = name.replace(/[^A-Za-z0-9_]/g, '_');
  // Distinct names that sanitize alike ("a.b", "a_b") stay distinct.
  const suffix = safe === name ? '' : '_' + createHash('sha1').update(name).digest('hex').slice(0, 8);
  return `dn_assembly__${safe}${suffix}`;
}

/** `&record` of an assembly's DnAssemblyInfo (declared in `deps`, defined in the data unit). */
export function assemblyRecord(gen: ProgramGen, deps: Deps, file: AssemblyFile): string {
  const name = recordName(file);
  let map = recordsOf.get(gen);
  if (!map) recordsOf.set(gen, (map = new Map()));
  map.set(name, file);
  deps.declare('dn_typeinfo_h', `#include "${TYPEINFO_H}"`);
  // Keyed after the include (declarations are sorted by key).
  deps.declare(`dn_typeinfo_h:${name}`, `extern DnAssemblyInfo ${name};`);
  return `&${name}`;
}

/** MethodAttributes.RequireSecObject: C#'s [DynamicSecurityMethod], a method holding a StackCrawlMark. */
const REQUIRE_SEC_OBJECT = 0x8000;

/**
 * At a direct call of a method that finds its caller through a StackCrawlMark (Type.GetType(name)
 * resolves against the calling assembly), the caller is the method being compiled: the call
 * site sets `dn_stack_mark_caller` to its assembly's record for the call's duration (the C
 * expression to set, or undefined for other calls).
 */
export function stackMarkCaller(g: ProgramGen, d: Deps, callee: MethodDesc, caller: MethodDesc): string | undefined {
  if (!(callee.flags & REQUIRE_SEC_OBJECT) || !callee.def) return undefined;
  const file = caller.def?.assembly;
  return file ? assemblyRecord(g, d, file) : undefined;
}

/** The assembly a type's record points at: the element type's for arrays and pointers. */
export function typeAssembly(t: TypeDesc): AssemblyFile | undefined {
  let r: TypeDesc = t;
  while (!(r instanceof DefType)) {
    const e = (r as { elementType?: TypeDesc }).elementType;
    if (!e) return undefined;
    r = e;
  }
  return r.assembly;
}

/** PortableExecutableKinds from the CLI header flags and the optional header's kind. */
function peKind(file: AssemblyFile): number {
  const f = file.pe.cli.flags;
  let k = 0;
  if (f & 0x1) k |= 0x1; // COMIMAGE_FLAGS_ILONLY -> ILOnly
  if (file.pe.is64) k |= 0x4; // PE32Plus
  if (f & 0x2) k |= 0x2; // COMIMAGE_FLAGS_32BITREQUIRED -> Required32Bit
  if (f & 0x20000) k |= 0x10; // COMIMAGE_FLAGS_32BITPREFERRED -> Preferred32Bit
  return k;
}

/** The assemblies with records, by record name (sorted). */
export function assemblyRecords(gen: ProgramGen): [string, AssemblyFile][] {
  return [...(recordsOf.get(gen) ?? [])].sort((a, b) => cmp(a[0], b[0]));
}

/** The data unit's definitions of every record the program refers to. */
export function assemblyDefinitions(gen: ProgramGen, deps: Deps): string[] {
  const map = recordsOf.get(gen);
  if (!map || !map.size) return [];
  deps.declare('dn_typeinfo_h', `#include "${TYPEINFO_H}"`);
  const out: string[] = [];
  for (const [name, file] of [...map].sort((a, b) => cmp(a[0], b[0]))) {
    const id = file.identity;
    const fields: string[] = [`.name = ${cString(id.name)}`, `.full_name = ${cString(assemblyDisplayName(file))}`];
    fields.push(`.culture = ${cString(id.culture)}`);
    fields.push(`.scope_name = ${cString(file.md.rows('Module') > 0 ? file.md.row('Module', 1).Name : '')}`);
    fields.push(`.image_runtime_version = ${cString(file.md.version)}`);
    let flags = 0, hashAlg = 0;
    if (file.isAssembly) {
      const row = file.md.row('Assembly', 1);
      flags = row.Flags >>> 0;
      hashAlg = row.HashAlgId >>> 0;
    }
    const key = Buffer.from(id.publicKeyOrToken, 'hex');
    if (key.length) {
      out.push(`static const uint8_t ${name}__key[] = {${[...key].join(',')}};`);
      fields.push(`.public_key = ${name}__key`, `.public_key_length = ${key.length}`);
    }
    const v = id.version.split('.').map((x) => Number(x) || 0);
    const t = file.md.tables;
    fields.push(
      `.version = {${v.join(', ')}}`,
      `.flags = 0x${flags.toString(16)}`,
      `.hash_algorithm = 0x${hashAlg.toString(16)}`,
      `.pe_kind = 0x${peKind(file).toString(16)}`,
      `.machine = 0x${file.pe.machine.toString(16)}`,
      `.md_stream_version = 0x${((t.majorVersion << 16) | t.minorVersion).toString(16)}`,
    );
    out.push(`DnAssemblyInfo ${name} = {\n    ${fields.join(',\n    ')},\n};`);
  }
  out.push('');
  return out;
}

// ---- objects ---------------------------------------------------------------------------------

/** The RuntimeAssembly of a record (a C expression; NULL with an exception pending on OOM). */
export function assemblyObject(g: ProgramGen, d: Deps, rec: string): string {
  const t = g.ctx.wellKnown('System.Reflection.RuntimeAssembly');
  g.requireConstructed(t, 'Assembly objects');
  g.useStruct(d, t);
  const handle = g.ctypes.member(t.fields.find((f) => f.name === 'm_assembly')!);
  return `dn_assembly_object(${rec}, ${g.mt(d, t)}, offsetof(${g.ctypes.struct(t).name}, ${handle}))`;
}

/** The RuntimeModule of a record (its m_runtimeAssembly is the RuntimeAssembly). */
export function moduleObject(g: ProgramGen, d: Deps, rec: string): string {
  const t = g.ctx.wellKnown('System.Reflection.RuntimeModule');
  g.requireConstructed(t, 'Module objects');
  g.useStruct(d, t);
  const s = g.ctypes.struct(t).name;
  const data = g.ctypes.member(t.fields.find((f) => f.name === 'm_pData')!);
  const asm = g.ctypes.member(t.fields.find((f) => f.name === 'm_runtimeAssembly')!);
  return `dn_assembly_module(${rec}, ${g.mt(d, t)}, offsetof(${s}, ${data}), offsetof(${s}, ${asm}), ${assemblyObject(g, d, rec)})`;
}

/**
 * Assembly.GetExecutingAssembly() at a call site: CoreLib walks the stack (StackCrawlMark) to
 * the method that called it; here that method is the one being compiled, so the answer is its
 * assembly's RuntimeAssembly (a C expression).
 */
export function executingAssembly(g: ProgramGen, d: Deps, caller: AssemblyFile): string {
  return assemblyObject(g, d, assemblyRecord(g, d, caller));
}

/** The record behind a QCallAssembly / QCallModule argument. */
export function qcallRecord(g: ProgramGen, d: Deps, param: TypeDesc, arg: string, field: '_assembly' | '_module'): string {
  const st = param as DefType;
  g.useStruct(d, st);
  return `((DnAssemblyInfo *)${arg}.${g.ctypes.member(st.fields.find((f) => f.name === field)!)})`;
}

/** RuntimeTypeHandle.GetAssemblyIfExists / GetModuleIfExists (FCalls over a RuntimeType). */
function ofTypeBody(module: boolean): BodyHandler {
  return (m, g, d) => {
    if (m.hasIL || m.signature.params.length !== 1) return undefined;
    const obj = module ? moduleObject(g, d, 'a') : assemblyObject(g, d, 'a');
    return typeInfoBody(m, g, d, [`DnAssemblyInfo *a = dn_typeinfo_assembly(${runtimeTypeMt(g, d, 'a0')});`, `return a != NULL ? ${obj} : NULL;`]);
  };
}

/** RuntimeTypeHandle.GetAssemblySlow / GetModuleSlow (QCalls (type, result)): the same answer. */
function ofTypeSlowBody(module: boolean): BodyHandler {
  return (m, g, d) => {
    const p = m.signature.params;
    if (p.length !== 2) return undefined;
    const obj = module ? moduleObject(g, d, 'a') : assemblyObject(g, d, 'a');
    return typeInfoBody(m, g, d, [
      `DnObject *type = *(DnObject **)a0.${onStackPtr(g, d, p[0]!)};`,
      `DnAssemblyInfo *a = type != NULL ? dn_typeinfo_assembly(${runtimeTypeMt(g, d, 'type')}) : NULL;`,
      `DnObject *r = a != NULL ? ${obj} : NULL;`,
      `if (r != NULL) *(DnObject **)a1.${onStackPtr(g, d, p[1]!)} = r;`,
    ]);
  };
}

/** Internal calls (by `Type::Method`) about assemblies and modules. */
export const ASSEMBLY_CALLS: Record<string, BodyHandler> = {
  // Assembly.GetExecutingAssembly() (IL replaced): direct calls are expanded at the call site
  // into the caller's assembly (intrinsics.ts); this body serves the calls through a delegate,
  // where CoreCLR's stack walk finds the method invoking the delegate: most often the program's
  // own code, so the entry assembly.
  'System.Reflection.Assembly::GetExecutingAssembly': (m, g, d) => {
    const file = g.options.entryPoint.def?.assembly;
    if (m.signature.params.length !== 0 || !file) return undefined;
    return typeInfoBody(m, g, d, [`return ${assemblyObject(g, d, assemblyRecord(g, d, file))};`]);
  },
  // The Assembly row's token (custom attributes on the assembly are found under it).
  'System.Reflection.RuntimeAssembly::GetTokenInternal': (m, g, d) => (m.signature.params.length !== 1 ? undefined : typeInfoBody(m, g, d, ['(void)a0;', 'return 0x20000001;'])),
  'System.RuntimeTypeHandle::GetAssemblyIfExists': ofTypeBody(false),
  'System.RuntimeTypeHandle::GetAssemblySlow': ofTypeSlowBody(false),
  'System.RuntimeTypeHandle::GetModuleIfExists': ofTypeBody(true),
  'System.RuntimeTypeHandle::GetModuleSlow': ofTypeSlowBody(true),
  // FCall GetIsDynamic(IntPtr): every assembly of a dotnative program is a loaded image.
  'System.Reflection.RuntimeAssembly::GetIsDynamic': (m, g, d) => (m.hasIL || m.signature.params.length !== 1 ? undefined : fnBody(m, g, d, ['(void)a0;', 'return 0;'])),
  // FCall GetManifestModule(RuntimeAssembly): the module of the assembly's record.
  'System.Reflection.RuntimeAssembly::GetManifestModule': (m, g, d) => {
    if (m.hasIL || m.signature.params.length !== 1) return undefined;
    const t = g.ctx.wellKnown('System.Reflection.RuntimeAssembly');
    g.useStruct(d, t);
    const handle = g.ctypes.member(t.fields.find((f) => f.name === 'm_assembly')!);
    return typeInfoBody(m, g, d, [
      `DnAssemblyInfo *a = a0 != NULL ? (DnAssemblyInfo *)((${g.ctypes.struct(t).name} *)a0)->${handle} : NULL;`,
      `return a != NULL ? ${moduleObject(g, d, 'a')} : NULL;`,
    ]);
  },
};

/** A QCall (QCallAssembly or QCallModule, StringHandleOnStack) setting a string from the record (NULL: left null). */
function stringQCall(expr: string, returns = false, handle: '_assembly' | '_module' = '_assembly'): BodyHandler {
  return (m, g, d) => {
    const p = m.signature.params;
    if (p.length !== 2) return undefined;
    const lines = [
      `DnAssemblyInfo *a = ${qcallRecord(g, d, p[0]!, 'a0', handle)};`,
      `const char *text = a != NULL ? ${expr} : NULL;`,
      `DnString *s = text != NULL ? dn_string_from_utf8(text, strlen(text)) : NULL;`,
      `if (s != NULL) *(DnString **)a1.${onStackPtr(g, d, p[1]!)} = s;`,
    ];
    if (returns) lines.push('return s != NULL;');
    d.declare('string_h', '#include <string.h>');
    return typeInfoBody(m, g, d, lines);
  };
}

/** A QCall (QCallAssembly) returning a number from the record. */
function valueQCall(field: string): BodyHandler {
  return (m, g, d) => {
    const p = m.signature.params;
    if (p.length !== 1) return undefined;
    return typeInfoBody(m, g, d, [`DnAssemblyInfo *a = ${qcallRecord(g, d, p[0]!, 'a0', '_assembly')};`, `return a != NULL ? (int32_t)a->${field} : 0;`]);
  };
}

/** QCalls (by entry point) about assemblies and modules. */
export const ASSEMBLY_QCALLS: Record<string, BodyHandler> = {
  // Assembly.GetEntryAssembly(): the assembly of the program's Main.
  AssemblyNative_GetEntryAssembly: (m, g, d) => {
    const p = m.signature.params;
    const file = g.options.entryPoint.def?.assembly;
    if (p.length !== 1 || !file) return undefined;
    const rec = assemblyRecord(g, d, file);
    return typeInfoBody(m, g, d, [`DnObject *r = ${assemblyObject(g, d, rec)};`, `if (r != NULL) *(DnObject **)a0.${onStackPtr(g, d, p[0]!)} = r;`]);
  },
  // RuntimeAssembly.GetExecutingAssembly(ref StackCrawlMark): CoreCLR walks the stack to the
  // method the mark names. For LookForMyCaller (1: Type.GetType(name), Assembly.Load(name)...)
  // the direct call site of the marked method named its caller's assembly (stackMarkCaller).
  // Otherwise — GetCallingAssembly's LookForMyCallersCaller, a call through a delegate — the
  // answer is the entry assembly, which is what the walk finds when the program's own code is
  // the caller (the usual case: a library asking for the application's assembly).
  AssemblyNative_GetExecutingAssembly: (m, g, d) => {
    const p = m.signature.params;
    const file = g.options.entryPoint.def?.assembly;
    if (p.length !== 2 || !file) return undefined;
    const rec = assemblyRecord(g, d, file);
    const handle = p[0] as DefType;
    g.useStruct(d, handle);
    const mark = `*(const int32_t *)a0.${g.ctypes.member(handle.fields.find((f) => !f.isStatic)!)}`;
    return typeInfoBody(m, g, d, [
      `DnAssemblyInfo *a = dn_stack_mark_caller != NULL && ${mark} == 1 ? dn_stack_mark_caller : ${rec};`,
      `DnObject *r = ${assemblyObject(g, d, 'a')};`,
      `if (r != NULL) *(DnObject **)a1.${onStackPtr(g, d, p[1]!)} = r;`,
    ]);
  },
  // (a call: type-lookups.ts is evaluated after this module)
  AssemblyNative_GetTypeCore: (m, g, d) => getTypeCoreBody(m, g, d),
  AssemblyNative_GetTypeCoreIgnoreCase: (m, g, d) => getTypeCoreIgnoreCaseBody(m, g, d),
  AssemblyNative_InternalLoad: (m, g, d) => internalLoadBody(m, g, d),
  AssemblyNative_GetSimpleName: stringQCall('a->name'),
  AssemblyNative_GetFullName: stringQCall('a->full_name'),
  // "" for a neutral assembly, as CoreCLR answers: RuntimeAssembly.GetLocale() then calls
  // CultureInfo.GetCultureInfo(""), an invariant culture that is not CultureInfo.InvariantCulture.
  AssemblyNative_GetLocale: stringQCall('a->culture'),
  // A native executable has no assembly files: Location is "" (as under Native AOT), CodeBase null.
  AssemblyNative_GetLocation: stringQCall('""'),
  RuntimeModule_GetScopeName: stringQCall('a->scope_name', false, '_module'),
  // No module file either: FullyQualifiedName and Name are "<Unknown>", as in a single-file or
  // Native AOT application (ScopeName keeps the metadata name).
  RuntimeModule_GetFullyQualifiedName: stringQCall('"<Unknown>"', false, '_module'),
  // QCall (assembly, result): the slow path when the GetManifestModule FCall answers null.
  AssemblyHandle_GetManifestModuleSlow: (m, g, d) => {
    const p = m.signature.params;
    if (p.length !== 2) return undefined;
    const t = g.ctx.wellKnown('System.Reflection.RuntimeAssembly');
    g.useStruct(d, t);
    const handle = g.ctypes.member(t.fields.find((f) => f.name === 'm_assembly')!);
    return typeInfoBody(m, g, d, [
      `DnObject *asm_obj = *(DnObject **)a0.${onStackPtr(g, d, p[0]!)};`,
      `DnAssemblyInfo *a = asm_obj != NULL ? (DnAssemblyInfo *)((${g.ctypes.struct(t).name} *)asm_obj)->${handle} : NULL;`,
      `DnObject *r = a != NULL ? ${moduleObject(g, d, 'a')} : NULL;`,
      `if (r != NULL) *(DnObject **)a1.${onStackPtr(g, d, p[1]!)} = r;`,
    ]);
  },
  AssemblyNative_GetCodeBase: (m, g, d) => (m.signature.params.length !== 2 ? undefined : fnBody(m, g, d, ['(void)a0;', '(void)a1;', 'return 0;'])),
  AssemblyNative_GetImageRuntimeVersion: stringQCall('a->image_runtime_version'),
  // Every assembly is in the default (TPA) load context, which GetLoadContext answers for 0.
  AssemblyNative_GetLoadContextForAssembly: (m, g, d) => (m.signature.params.length !== 1 ? undefined : fnBody(m, g, d, ['(void)a0;', 'return 0;'])),
  // AssemblyLoadContext's constructor: the native side of a load context is a token here (no
  // assembly is ever loaded at run time; LoadFromAssemblyPath's QCalls stay unimplemented).
  AssemblyNative_InitializeAssemblyLoadContext: (m, g, d) => (m.signature.params.length !== 3 ? undefined : fnBody(m, g, d, ['(void)a0; (void)a1; (void)a2;', 'return 1;'])),
  // Unload() of a collectible context: no assembly was ever loaded into it, so nothing is held
  // that releasing would free.
  AssemblyNative_PrepareForAssemblyLoadContextRelease: (m, g, d) => (m.signature.params.length !== 2 ? undefined : fnBody(m, g, d, ['(void)a0; (void)a1;'])),
  // Nothing is unloadable: no assembly load contexts of the program's own.
  AssemblyNative_GetIsCollectible: (m, g, d) => (m.signature.params.length !== 1 ? undefined : fnBody(m, g, d, ['(void)a0;', 'return 0;'])),
  AssemblyNative_GetFlags: valueQCall('flags'),
  AssemblyNative_GetHashAlgorithm: valueQCall('hash_algorithm'),
  AssemblyNative_GetVersion: (m, g, d) => {
    const p = m.signature.params;
    if (p.length !== 5) return undefined;
    return typeInfoBody(m, g, d, [
      `DnAssemblyInfo *a = ${qcallRecord(g, d, p[0]!, 'a0', '_assembly')};`,
      'if (a == NULL) return;',
      '*a1 = a->version[0]; *a2 = a->version[1]; *a3 = a->version[2]; *a4 = a->version[3];',
    ]);
  },
  AssemblyNative_GetPublicKey: (m, g, d) => {
    const p = m.signature.params;
    if (p.length !== 2) return undefined;
    const bytes = g.ctx.arrayType(g.ctx.wellKnown('System.Byte'));
    g.requireConstructed(bytes, 'Assembly.GetName (the public key)');
    d.declare('string_h', '#include <string.h>');
    return typeInfoBody(m, g, d, [
      `DnAssemblyInfo *a = ${qcallRecord(g, d, p[0]!, 'a0', '_assembly')};`,
      'if (a == NULL) return;',
      `DnArray *key = dn_alloc_array(${g.mt(d, bytes)}, a->public_key_length);`,
      'if (key == NULL) return;',
      'if (a->public_key_length != 0) memcpy((uint8_t *)key + DN_ARRAY_DATA_OFFSET, a->public_key, a->public_key_length);',
      `*(DnObject **)a1.${onStackPtr(g, d, p[1]!)} = (DnObject *)key;`,
    ]);
  },
  // The Module row's token (custom attributes on the module are found under it).
  ModuleHandle_GetToken: (m, g, d) => (m.signature.params.length !== 1 ? undefined : typeInfoBody(m, g, d, ['(void)a0;', 'return 0x00000001;'])),
  ModuleHandle_GetMDStreamVersion: (m, g, d) => {
    const p = m.signature.params;
    if (p.length !== 1) return undefined;
    return typeInfoBody(m, g, d, [`DnAssemblyInfo *a = ${qcallRecord(g, d, p[0]!, 'a0', '_module')};`, 'return a != NULL ? a->md_stream_version : 0;']);
  },
  ModuleHandle_GetPEKind: (m, g, d) => {
    const p = m.signature.params;
    if (p.length !== 3) return undefined;
    return typeInfoBody(m, g, d, [
      `DnAssemblyInfo *a = ${qcallRecord(g, d, p[0]!, 'a0', '_module')};`,
      '*a1 = a != NULL ? a->pe_kind : 0;',
      '*a2 = a != NULL ? a->machine : 0;',
    ]);
  },
};
