// dotnative's side of the System.Reflection.Metadata differential test: prints, from our own
// reader, the facts test/fixtures/SrmDump prints with SRM, in exactly the same format (see
// that program for the format; the two must change together).
import type { AssemblyFile } from '../../src/metadata/assembly.js';
import {
  type CaArgument, type CaType, type CaValue, LoaderAttributeResolver, decodeCustomAttributeRow,
  typeDefFullName, typeRefFullName,
} from '../../src/metadata/customattributes.js';
import { BadImageError } from '../../src/metadata/errors.js';
import { type AssemblyLoader, AssemblyNotFoundError } from '../../src/metadata/loader.js';
import type { Metadata } from '../../src/metadata/metadata.js';
import { type PortablePdb, openPdbFor } from '../../src/metadata/pdb.js';
import { TableId, TableNames, makeToken, tokenRid, tokenTable } from '../../src/metadata/schema.js';
import {
  type MethodSig, type TypeSig, decodeFieldSig, decodeLocalsSig, decodeMethodSig, decodeTypeSpec,
} from '../../src/metadata/signatures.js';

const hex = (v: number): string => '0x' + (v >>> 0).toString(16);
const token8 = (t: number): string => '0x' + (t >>> 0).toString(16).padStart(8, '0');

/** Runs `f`, turning the errors a malformed or unresolvable input raises into "!error". */
function guard(f: () => string): string {
  try {
    return f();
  } catch (e) {
    if (e instanceof BadImageError || e instanceof AssemblyNotFoundError) return '!error';
    throw e;
  }
}

export function quote(s: string): string {
  let out = '"';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x20 || c >= 0x7f || c === 0x22 || c === 0x5c) out += '\\u' + c.toString(16).padStart(4, '0');
    else out += s[i];
  }
  return out + '"';
}

function typeTokenName(md: Metadata, token: number): string {
  switch (tokenTable(token)) {
    case TableId.TypeDef: return typeDefFullName(md, tokenRid(token));
    case TableId.TypeRef: return typeRefFullName(md, tokenRid(token));
    case TableId.TypeSpec: return 'ts#' + tokenRid(token);
    default: throw new BadImageError(`bad type token ${token8(token)}`);
  }
}

export function renderType(md: Metadata, t: TypeSig): string {
  switch (t.kind) {
    case 'prim': return t.prim;
    case 'class': return `class[${typeTokenName(md, t.token)}]`;
    case 'valuetype': return `valuetype[${typeTokenName(md, t.token)}]`;
    case 'var': return '!' + t.index;
    case 'mvar': return '!!' + t.index;
    case 'ptr': return renderType(md, t.elem) + '*';
    case 'byref': return renderType(md, t.elem) + '&';
    case 'szarray': return renderType(md, t.elem) + '[]';
    case 'array': return `${renderType(md, t.elem)}[${t.rank};${t.sizes.join(',')};${t.lowerBounds.join(',')}]`;
    case 'generic':
      return `${t.isValueType ? 'valuetype' : 'class'}[${typeTokenName(md, t.token)}]<${t.args.map((a) => renderType(md, a)).join(', ')}>`;
    case 'fnptr': return `fnptr(${renderMethodSig(md, t.method)})`;
    case 'pinned': return `pinned(${renderType(md, t.elem)})`;
    case 'modified': {
      let s = renderType(md, t.elem);
      for (let i = t.mods.length - 1; i >= 0; i--) {
        const m = t.mods[i]!;
        s = `${m.required ? 'modreq' : 'modopt'}(${typeTokenName(md, m.token)}, ${s})`;
      }
      return s;
    }
  }
}

export function renderMethodSig(md: Metadata, s: MethodSig): string {
  let out = '';
  if (s.hasThis) out += 'instance ';
  if (s.explicitThis) out += 'explicit ';
  out += 'cc' + s.callingConvention;
  if (s.genericParamCount > 0) out += `<${s.genericParamCount}>`;
  const ps = s.params.map((p) => renderType(md, p));
  if (s.varargParams.length > 0) ps.push('...', ...s.varargParams.map((p) => renderType(md, p)));
  return `${out} ${renderType(md, s.returnType)}(${ps.join(', ')})`;
}

function renderCaType(md: Metadata, t: CaType): string {
  switch (t.kind) {
    case 'prim': return t.prim;
    case 'type': return 'System.Type';
    case 'object': return 'object';
    case 'enum': return `enum[${t.token !== undefined ? typeTokenName(md, t.token) : t.name}:${t.underlying}]`;
    case 'szarray': return renderCaType(md, t.elem) + '[]';
  }
}

function f32Bits(v: number): string {
  const dv = new DataView(new ArrayBuffer(4));
  dv.setFloat32(0, v, true);
  return dv.getUint32(0, true).toString(16).padStart(8, '0');
}

function f64Bits(v: number): string {
  const dv = new DataView(new ArrayBuffer(8));
  dv.setFloat64(0, v, true);
  return dv.getBigUint64(0, true).toString(16).padStart(16, '0');
}

function renderCaValue(md: Metadata, t: CaType, v: CaValue): string {
  if (v === null) return 'null';
  if (t.kind === 'szarray') return '[' + (v as CaArgument[]).map((a) => renderCaArg(md, a)).join(', ') + ']';
  if (t.kind === 'type') return quote(v as string);
  const prim = t.kind === 'enum' ? t.underlying : t.kind === 'prim' ? t.prim : undefined;
  switch (prim) {
    case 'bool': return v ? 'true' : 'false';
    case 'char': return 'c:' + (v as string).charCodeAt(0);
    case 'r4': return 'f:' + f32Bits(v as number);
    case 'r8': return 'd:' + f64Bits(v as number);
    case 'string': return quote(v as string);
    case undefined: return '?';
    default: return String(v);
  }
}

/** An argument as SRM reports it: a boxed value appears with its actual type. */
function renderCaArg(md: Metadata, a: CaArgument): string {
  if (a.type.kind === 'object') return renderCaArg(md, a.value as CaArgument);
  return renderCaType(md, a.type) + ' ' + renderCaValue(md, a.type, a.value);
}

function memberParent(md: Metadata, parent: number): string {
  switch (tokenTable(parent)) {
    case TableId.TypeDef:
    case TableId.TypeRef:
      return typeTokenName(md, parent);
    case TableId.TypeSpec:
      return guard(() => renderType(md, decodeTypeSpec(md.blobs.get(md.row('TypeSpec', tokenRid(parent)).Signature))));
    case TableId.ModuleRef:
      return `module[${md.row('ModuleRef', tokenRid(parent)).Name}]`;
    case TableId.MethodDef:
      return 'method#' + tokenRid(parent);
    default:
      return '?';
  }
}

/** The dump of one assembly, in the SrmDump format (one fact a line, '\n' after each). */
export function dumpAssembly(loader: AssemblyLoader, file: AssemblyFile): string {
  const md = file.md;
  const out: string[] = [];
  for (let id = 0; id < 64; id++) {
    if (TableNames[id] === undefined) continue;
    out.push(`T ${hex(id)} ${md.tables.rows(id)}`);
  }
  for (let rid = 1; rid <= md.rows('MethodDef'); rid++) {
    const m = md.row('MethodDef', rid);
    const il = m.RVA === 0 ? '-' : guard(() => String(file.methodCodeSize(rid)));
    const sig = guard(() => renderMethodSig(md, decodeMethodSig(md.blobs.get(m.Signature))));
    out.push(`M ${token8(makeToken(TableId.MethodDef, rid))} ${typeDefFullName(md, md.declaringTypeOf('MethodDef', rid))}::${m.Name} rva=${hex(m.RVA)} il=${il} sig=${sig}`);
  }
  for (let rid = 1; rid <= md.rows('Field'); rid++) {
    const f = md.row('Field', rid);
    const sig = guard(() => renderType(md, decodeFieldSig(md.blobs.get(f.Signature))));
    out.push(`F ${token8(makeToken(TableId.Field, rid))} ${typeDefFullName(md, md.declaringTypeOf('Field', rid))}::${f.Name} sig=${sig}`);
  }
  for (let rid = 1; rid <= md.rows('MemberRef'); rid++) {
    const r = md.row('MemberRef', rid);
    const sig = guard(() => {
      const blob = md.blobs.get(r.Signature);
      if (blob.length > 0 && (blob[0]! & 0x0f) === 0x06) return 'field ' + renderType(md, decodeFieldSig(blob));
      return renderMethodSig(md, decodeMethodSig(blob));
    });
    out.push(`R ${token8(makeToken(TableId.MemberRef, rid))} ${memberParent(md, r.Class)}::${r.Name} sig=${sig}`);
  }
  for (let rid = 1; rid <= md.rows('TypeSpec'); rid++) {
    const sig = guard(() => renderType(md, decodeTypeSpec(md.blobs.get(md.row('TypeSpec', rid).Signature))));
    out.push(`S ${token8(makeToken(TableId.TypeSpec, rid))} ${sig}`);
  }
  for (let rid = 1; rid <= md.rows('StandAloneSig'); rid++) {
    const text = guard(() => {
      const blob = md.blobs.get(md.row('StandAloneSig', rid).Signature);
      const kind = blob.length > 0 ? blob[0]! & 0x0f : -1;
      if (kind === 0x07) return `locals(${decodeLocalsSig(blob).map((t) => renderType(md, t)).join(', ')})`;
      if (kind >= 0 && kind <= 0x05 || kind === 0x09) return 'method ' + renderMethodSig(md, decodeMethodSig(blob));
      return '!error';
    });
    out.push(`L ${token8(makeToken(TableId.StandAloneSig, rid))} ${text}`);
  }
  const resolver = new LoaderAttributeResolver(loader, file);
  for (let rid = 1; rid <= md.rows('CustomAttribute'); rid++) {
    const row = md.row('CustomAttribute', rid);
    let ctor: string;
    let sigOffset: number;
    if (tokenTable(row.Type) === TableId.MethodDef) {
      const mrid = tokenRid(row.Type);
      const m = md.row('MethodDef', mrid);
      ctor = `${typeDefFullName(md, md.declaringTypeOf('MethodDef', mrid))}::${m.Name}`;
      sigOffset = m.Signature;
    } else {
      const r = md.row('MemberRef', tokenRid(row.Type));
      ctor = `${memberParent(md, r.Class)}::${r.Name}`;
      sigOffset = r.Signature;
    }
    const sig = guard(() => renderMethodSig(md, decodeMethodSig(md.blobs.get(sigOffset))));
    const value = guard(() => {
      const v = decodeCustomAttributeRow(md, rid, resolver).value;
      const fixed = v.fixed.map((a) => renderCaArg(md, a)).join(', ');
      const named = v.named.map((a) => `${a.kind === 'field' ? 'F' : 'P'} ${a.name}=${renderCaArg(md, a)}`).join(', ');
      return `fixed=(${fixed}) named=(${named})`;
    });
    out.push(`C ${token8(makeToken(TableId.CustomAttribute, rid))} parent=${token8(row.Parent)} ctor=${ctor} sig=${sig} ${value}`);
  }
  const pdb = openPdbFor(file);
  if (pdb) dumpPdb(pdb, out);
  return out.join('\n') + '\n';
}

function dumpPdb(pdb: PortablePdb, out: string[]): void {
  for (const d of pdb.documents()) {
    out.push(`D ${token8(makeToken(TableId.Document, d.rid))} name=${quote(d.name)} alg=${d.hashAlgorithm} hash=${hexBytes(d.hash)} lang=${d.language}`);
  }
  for (let rid = 1; rid <= pdb.methodCount; rid++) {
    if (pdb.md.row('MethodDebugInformation', rid).SequencePoints === 0) continue;
    const points = guard(() => pdb.sequencePoints(rid).map((p) => p.hidden
      ? `${p.ilOffset}:hidden@${p.document}`
      : `${p.ilOffset}:${p.startLine},${p.startColumn}-${p.endLine},${p.endColumn}@${p.document}`).join(' '));
    out.push(`P ${token8(makeToken(TableId.MethodDef, rid))} locals=${pdb.localSignature(rid)} ${points}`);
  }
}

function hexBytes(b: Uint8Array): string {
  let s = '';
  for (const x of b) s += x.toString(16).padStart(2, '0');
  return s;
}
