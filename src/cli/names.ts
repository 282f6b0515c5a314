// Type and method names as the CLI prints and accepts them: Namespace.Name, nested types as
// Outer+Inner, methods as Full.Type.Name::Method.
import type { Metadata } from '../metadata/metadata.js';
import { TableId, tokenRid, tokenTable } from '../metadata/schema.js';

/** Full name of a TypeDef (Namespace.Name, nested as Outer+Inner). */
export function typeDefFullName(md: Metadata, rid: number, depth = 0): string {
  const row = md.row('TypeDef', rid);
  const enclosing = depth < 64 ? md.enclosingTypeOf(rid) : 0;
  if (enclosing && enclosing !== rid) return typeDefFullName(md, enclosing, depth + 1) + '+' + row.TypeName;
  return row.TypeNamespace ? `${row.TypeNamespace}.${row.TypeName}` : row.TypeName;
}

/** Accepts ILDasm's Outer/Inner spelling of nested types too. */
export function normalizeTypeName(name: string): string {
  return name.trim().replace(/\//g, '+');
}

/** TypeDef rids whose full name is `fullName` (normally one). */
export function findTypeDefs(md: Metadata, fullName: string): number[] {
  const wanted = normalizeTypeName(fullName);
  const simple = wanted.slice(Math.max(wanted.lastIndexOf('.'), wanted.lastIndexOf('+')) + 1);
  const out: number[] = [];
  const n = md.rows('TypeDef');
  for (let rid = 1; rid <= n; rid++) {
    // Cheap filter on the simple name before building the full name.
    if (md.row('TypeDef', rid).TypeName !== simple) continue;
    if (typeDefFullName(md, rid) === wanted) out.push(rid);
  }
  return out;
}

/** Full name of an ExportedType row (nested as Outer+Inner). */
export function exportedTypeFullName(md: Metadata, rid: number, depth = 0): string {
  const et = md.row('ExportedType', rid);
  if (tokenTable(et.Implementation) === TableId.ExportedType && depth < 64) {
    return exportedTypeFullName(md, tokenRid(et.Implementation), depth + 1) + '+' + et.TypeName;
  }
  return et.TypeNamespace ? `${et.TypeNamespace}.${et.TypeName}` : et.TypeName;
}

/** If `fullName` is forwarded to another assembly, that assembly's simple name. */
export function forwardedTo(md: Metadata, fullName: string): string | undefined {
  const wanted = normalizeTypeName(fullName);
  const n = md.rows('ExportedType');
  for (let rid = 1; rid <= n; rid++) {
    if (exportedTypeFullName(md, rid) !== wanted) continue;
    // Follow nesting up to the outermost exported type, whose Implementation names the assembly.
    let impl = md.row('ExportedType', rid).Implementation;
    for (let depth = 0; tokenTable(impl) === TableId.ExportedType && depth < 64; depth++) {
      impl = md.row('ExportedType', tokenRid(impl)).Implementation;
    }
    if (tokenTable(impl) === TableId.AssemblyRef) return md.row('AssemblyRef', tokenRid(impl)).Name;
  }
  return undefined;
}

/** Splits 'Full.Type.Name::Method' at its last '::'. */
export function splitMethodName(spec: string): { type: string; method: string } | undefined {
  const at = spec.lastIndexOf('::');
  if (at <= 0 || at + 2 >= spec.length) return undefined;
  return { type: spec.slice(0, at).trim(), method: spec.slice(at + 2).trim() };
}
