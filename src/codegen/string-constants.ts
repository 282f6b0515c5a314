// String.StrCns(rid, scope) (QCall String_StrCns): the JIT's helper for a lazily loaded string
// literal, the #US heap entry `rid` of the module `scope`, as the address of a cell holding the
// interned string. CoreLib never calls it; programs reach it through reflection over
// System.String. A RuntimeModule's native handle here is its assembly's record
// (assemblies.ts), so the scopes answered are the program's own assembly, whose whole #US heap
// is known at compile time: each entry is the frozen literal the compiler emits for `ldstr`. Any
// other scope has no string heap in the executable: NotSupportedException (Native AOT, which
// has no such helper, cannot answer either); an offset that starts no entry: ArgumentException.
import type { AssemblyFile } from '../metadata/assembly.js';
import { type BodyHandler, typeInfoBody } from './bodies.js';
import { assemblyRecord } from './assemblies.js';

/** The offsets and texts of every entry of an assembly's #US heap. */
function userStrings(file: AssemblyFile): [number, string][] {
  const heap = file.md.userStrings;
  const bytes = heap.bytes;
  const out: [number, string][] = [];
  let at = 1;
  while (at < bytes.length) {
    const b = bytes[at]!;
    const [len, size] = (b & 0x80) === 0 ? [b, 1] : (b & 0xc0) === 0x80 ? [((b & 0x3f) << 8) | bytes[at + 1]!, 2]
      : [((b & 0x1f) << 24) | (bytes[at + 1]! << 16) | (bytes[at + 2]! << 8) | bytes[at + 3]!, 4];
    if (len === 0 && b === 0) break; // padding at the end of the heap
    out.push([at, heap.get(at)]);
    at += size + len;
  }
  return out;
}

/** QCall (rid, scope) returning `string*`. */
export const strCnsBody: BodyHandler = (m, g, d) => {
  if (m.signature.params.length !== 2) return undefined;
  const file = g.options.entryPoint.def?.assembly;
  if (!file) return undefined;
  g.needException('NotSupported');
  g.needException('Argument');
  const entries = userStrings(file);
  return typeInfoBody(m, g, d, [
    `static DnObject *cells[${Math.max(entries.length, 1)}];`,
    `if ((DnAssemblyInfo *)a1 != ${assemblyRecord(g, d, file)}) { dn_throw_kind(DN_EXC_NOT_SUPPORTED, "dotnative keeps the string heap of the program's own assembly only."); return NULL; }`,
    'switch (a0) {',
    ...entries.map(([at, text], i) => `case ${at}u: cells[${i}] = ${g.stringLiteral(d, text)}; return &cells[${i}];`),
    '}',
    'dn_throw_kind(DN_EXC_ARGUMENT, "The token does not start a user string.");',
    'return NULL;',
  ], 'implemented by dotnative (the program\'s #US heap)');
};
