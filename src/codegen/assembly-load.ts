// Assembly.Load(string / AssemblyName) in a closed world (QCall AssemblyNative_InternalLoad):
// the assemblies a program can load are the ones it was compiled with (every assembly the
// compiler loaded, facades included). A name among them answers its RuntimeAssembly (the same
// object as typeof(X).Assembly); a name found nowhere is the FileNotFoundException dotnet gives
// for a missing assembly ("Could not load file or assembly '<name>'. The system cannot find the
// file specified."), or null when CoreLib asked not to throw, as under Native AOT. A name whose
// version is above the assembly's, or whose culture differs, is not found either (what dotnet
// answers); public key tokens are not compared (dotnet does not refuse another token either).
// The exception is made by its CoreCLR constructor (fileName, HRESULT), whose message comes from
// FileLoadException's QCalls (exception-messages.ts).
import type { AssemblyFile } from '../metadata/assembly.js';
import { type BodyHandler, onStackPtr, typeInfoBody } from './bodies.js';
import { assemblyObject, assemblyRecord } from './assemblies.js';
import type { Deps } from './deps.js';
import { CodegenError } from './ctypes.js';
import type { ProgramGen } from './program.js';

/** COR_E_FILENOTFOUND. */
const FILE_NOT_FOUND = 0x80070002;

/** `new T(fileName, hResult)` through CoreCLR's private constructor, thrown (lines; `name` a UTF-8 char *). */
function throwFileException(g: ProgramGen, d: Deps, typeName: string, name: string, hr: number): string[] {
  const t = g.ctx.wellKnown(typeName);
  const ctor = t.methods.find((m) => m.isConstructor && !m.isStatic && m.signature.params.length === 2
    && m.signature.params[0] === g.kit.string && g.ctypes.primitiveOf(m.signature.params[1]!) === 'i4');
  if (!ctor) throw new CodegenError(`${typeName} has no (string, int) constructor`);
  g.requireConstructed(t, 'Assembly.Load');
  g.require(ctor, 'Assembly.Load');
  d.declare('string_h', '#include <string.h>');
  return [
    `DnString *file = ${name} != NULL ? dn_string_from_utf8(${name}, strlen(${name})) : NULL;`,
    `free(${name});`,
    'if (file == NULL) { if (!dn_exception_pending()) dn_throw_out_of_memory(); return; }',
    `DnObject *ex = dn_alloc_object(${g.mt(d, t)});`,
    'if (ex == NULL) return;',
    `${g.fn(d, ctor)}(ex, (DnObject *)file, (int32_t)0x${hr.toString(16)}u);`,
    'if (!dn_exception_pending()) dn_throw(ex);',
  ];
}

/** QCall (name parts, requesting assembly, stack mark, throwOnFileNotFound, load context, result). */
export const internalLoadBody: BodyHandler = (m, g, d) => {
  const p = m.signature.params;
  if (p.length !== 6) return undefined;
  g.needException('OutOfMemory');
  const files = [...g.ctx.loader.loaded].sort((a: AssemblyFile, b: AssemblyFile) => (a.identity.name < b.identity.name ? -1 : a.identity.name > b.identity.name ? 1 : 0));
  const list = files.map((f) => assemblyRecord(g, d, f));
  d.declare('stdlib_h', '#include <stdlib.h>');
  return typeInfoBody(m, g, d, [
    `static DnAssemblyInfo *const assemblies[] = {${[...list, 'NULL'].join(', ')}};`,
    '(void)a1; (void)a2; (void)a4;',
    'const DnAssemblyNameParts *parts = (const DnAssemblyNameParts *)a0;',
    'DnAssemblyInfo *a;',
    'int r = dn_assembly_load_lookup(assemblies, parts, &a);',
    'if (r == DN_ASSEMBLY_FOUND) {',
    `    DnObject *o = ${assemblyObject(g, d, 'a')};`,
    `    if (o != NULL) *(DnObject **)a5.${onStackPtr(g, d, p[5]!)} = o;`,
    '    return;',
    '}',
    'if (a3 == 0) return;',
    'char *name = dn_assembly_name_display(parts);',
    ...throwFileException(g, d, 'System.IO.FileNotFoundException', 'name', FILE_NOT_FOUND),
  ], 'implemented by dotnative (the assemblies the program was compiled with)');
};
