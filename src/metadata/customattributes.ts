// Custom attribute value blobs (ECMA-335 II.23.3): the prolog, one fixed argument per
// constructor parameter, then the named field/property arguments. Decoding needs to know the
// underlying type of every enum the blob mentions, which lives in whatever assembly defines the
// enum; that knowledge comes from a small resolver interface, with an implementation on top of
// AssemblyLoader for real programs.
import type { AssemblyFile } from './assembly.js';
import { ByteReader, utf8 } from './bytes.js';
import { BadImageError, bad } from './errors.js';
import type { AssemblyLoader, TypeDefHandle } from './loader.js';
import type { Metadata } from './metadata.js';
import { TableId, tokenHex, tokenRid, tokenTable } from './schema.js';
import { type MethodSig, type PrimitiveKind, type TypeSig, decodeFieldSig, decodeMethodSig, decodeTypeSpec } from './signatures.js';

/** Primitive types a custom attribute argument can have. */
export type CaPrimitive = 'bool' | 'char' | 'i1' | 'u1' | 'i2' | 'u2' | 'i4' | 'u4' | 'i8' | 'u8' | 'r4' | 'r8' | 'string';

/** Underlying types an enum argument can have (in practice the integer types). */
export type EnumUnderlying = Exclude<CaPrimitive, 'string'>;

/**
 * The type of an argument.
 * - `type`: System.Type (the value is the serialized type name, or null).
 * - `object`: a boxed argument; its value is the CaArgument inside, with its actual type.
 * - `enum`: named by a TypeDef/TypeRef `token` of the attribute's module (fixed arguments,
 *   whose type comes from the constructor signature) or by a serialized type `name`
 *   ("Ns.Outer+E, Assembly, Version=..."; named and boxed arguments).
 */
export type CaType =
  | { kind: 'prim'; prim: CaPrimitive }
  | { kind: 'type' }
  | { kind: 'object' }
  | { kind: 'enum'; underlying: EnumUnderlying; token?: number; name?: string }
  | { kind: 'szarray'; elem: CaType };

/**
 * Values by type: bool → boolean; char → a one-code-unit string; i1..u4, r4, r8 → number;
 * i8, u8 → bigint; string → string or null; System.Type → serialized name or null; enum →
 * the value of its underlying type; object → the boxed CaArgument; szarray → the elements,
 * or null for a null array.
 */
export type CaValue = boolean | number | bigint | string | null | CaArgument | CaArgument[];

export interface CaArgument {
  type: CaType;
  value: CaValue;
}

export interface CaNamedArgument extends CaArgument {
  kind: 'field' | 'property';
  name: string;
}

export interface CustomAttributeValue {
  fixed: CaArgument[];
  named: CaNamedArgument[];
}

/** What the decoder needs to know about types outside the blob. */
export interface CustomAttributeResolver {
  /** Whether a TypeDef/TypeRef token (of the attribute's module) names System.Type. */
  isSystemType(token: number): boolean;
  /** Underlying type of the enum named by a TypeDef/TypeRef token of the attribute's module. */
  enumUnderlyingTypeOfToken(token: number): EnumUnderlying;
  /** Underlying type of the enum named by a serialized type name. */
  enumUnderlyingTypeOfName(serializedName: string): EnumUnderlying;
}

const SERIAL = {
  Boolean: 0x02, Char: 0x03, I1: 0x04, U1: 0x05, I2: 0x06, U2: 0x07, I4: 0x08, U4: 0x09,
  I8: 0x0a, U8: 0x0b, R4: 0x0c, R8: 0x0d, String: 0x0e, SzArray: 0x1d, Type: 0x50, Tagged: 0x51,
  Field: 0x53, Property: 0x54, Enum: 0x55,
} as const;

const serialPrims: Record<number, CaPrimitive> = {
  0x02: 'bool', 0x03: 'char', 0x04: 'i1', 0x05: 'u1', 0x06: 'i2', 0x07: 'u2', 0x08: 'i4',
  0x09: 'u4', 0x0a: 'i8', 0x0b: 'u8', 0x0c: 'r4', 0x0d: 'r8', 0x0e: 'string',
};

const enumUnderlyings: ReadonlySet<string> = new Set<EnumUnderlying>(['bool', 'char', 'i1', 'u1', 'i2', 'u2', 'i4', 'u4', 'i8', 'u8', 'r4', 'r8']);

export function isEnumUnderlying(p: PrimitiveKind | string): p is EnumUnderlying {
  return enumUnderlyings.has(p);
}

/** Nesting limit for boxed arrays inside object arrays (each level costs only two bytes). */
const MAX_DEPTH = 32;

/** A SerString (II.23.3): 0xFF for null, else a compressed length and UTF-8 bytes. */
export function readSerString(r: ByteReader): string | null {
  r.need(1);
  if (r.bytes[r.pos] === 0xff) {
    r.pos++;
    return null;
  }
  const len = r.compressedU32();
  return utf8.decode(r.slice(len));
}

/**
 * Decodes a custom attribute value blob.
 * @param ctorSig the attribute constructor's signature (its parameters give the fixed
 *   arguments' types).
 * @param typeArgs for a generic attribute (constructor on a TypeSpec), the instantiation
 *   arguments that `!n` parameters refer to.
 */
export function decodeCustomAttribute(
  blob: Uint8Array,
  ctorSig: MethodSig,
  resolver: CustomAttributeResolver,
  typeArgs: readonly TypeSig[] = [],
): CustomAttributeValue {
  const r = new ByteReader(blob, 0, 'custom attribute blob');
  if (r.u16() !== 0x0001) bad('custom attribute blob: missing 0x0001 prolog');
  const fixed: CaArgument[] = [];
  const allParams = [...ctorSig.params, ...ctorSig.varargParams];
  for (const p of allParams) fixed.push(readArgument(r, paramType(r, p, resolver, typeArgs, false), resolver, 0));
  const named: CaNamedArgument[] = [];
  const count = r.u16();
  for (let i = 0; i < count; i++) {
    const k = r.u8();
    if (k !== SERIAL.Field && k !== SERIAL.Property) bad(`custom attribute blob: named argument kind 0x${k.toString(16)} is neither FIELD nor PROPERTY`);
    const type = readFieldOrPropType(r, resolver, false);
    const name = readSerString(r);
    if (name === null) bad('custom attribute blob: named argument without a name');
    const arg = readArgument(r, type, resolver, 0);
    named.push({ kind: k === SERIAL.Field ? 'field' : 'property', name, type: arg.type, value: arg.value });
  }
  return { fixed, named };
}

/** The argument type of a constructor parameter. */
function paramType(r: ByteReader, t: TypeSig, resolver: CustomAttributeResolver, typeArgs: readonly TypeSig[], isElement: boolean): CaType {
  switch (t.kind) {
    case 'prim':
      if (t.prim === 'object') return { kind: 'object' };
      if (t.prim === 'string' || isEnumUnderlying(t.prim)) return { kind: 'prim', prim: t.prim };
      return bad(`${r.what}: constructor parameter of type ${t.prim} cannot be an attribute argument`);
    case 'class':
    case 'valuetype':
      return tokenType(r, t.token, resolver);
    case 'generic':
      // An enum nested in a generic type (G<int>.E): the instantiation does not matter.
      return tokenType(r, t.token, resolver);
    case 'szarray':
      if (isElement) bad(`${r.what}: arrays of arrays cannot be attribute arguments`);
      return { kind: 'szarray', elem: paramType(r, t.elem, resolver, typeArgs, true) };
    case 'var': {
      const a = typeArgs[t.index];
      if (!a) bad(`${r.what}: constructor parameter !${t.index} outside the attribute's instantiation`);
      if (a.kind === 'var' || a.kind === 'mvar') bad(`${r.what}: attribute instantiated over a generic parameter`);
      return paramType(r, a, resolver, [], isElement);
    }
    default:
      return bad(`${r.what}: constructor parameter of kind ${t.kind} cannot be an attribute argument`);
  }
}

function tokenType(r: ByteReader, token: number, resolver: CustomAttributeResolver): CaType {
  const table = tokenTable(token);
  if (table !== TableId.TypeDef && table !== TableId.TypeRef) bad(`${r.what}: attribute argument type ${tokenHex(token)} is not a TypeDef or TypeRef`);
  if (resolver.isSystemType(token)) return { kind: 'type' };
  const underlying = resolver.enumUnderlyingTypeOfToken(token);
  if (!isEnumUnderlying(underlying)) bad(`${r.what}: enum ${tokenHex(token)} has unusable underlying type ${String(underlying)}`);
  return { kind: 'enum', underlying, token };
}

/** FieldOrPropType (II.23.3), as in named arguments and before boxed values. */
function readFieldOrPropType(r: ByteReader, resolver: CustomAttributeResolver, isElement: boolean): CaType {
  const code = r.u8();
  const prim = serialPrims[code];
  if (prim) return { kind: 'prim', prim };
  switch (code) {
    case SERIAL.Type:
      return { kind: 'type' };
    case SERIAL.Tagged:
      return { kind: 'object' };
    case SERIAL.SzArray:
      if (isElement) bad(`${r.what}: arrays of arrays cannot be attribute arguments`);
      return { kind: 'szarray', elem: readFieldOrPropType(r, resolver, true) };
    case SERIAL.Enum: {
      const name = readSerString(r);
      if (name === null || name === '') bad(`${r.what}: enum argument without a type name`);
      const underlying = resolver.enumUnderlyingTypeOfName(name);
      if (!isEnumUnderlying(underlying)) bad(`${r.what}: enum ${name} has unusable underlying type ${String(underlying)}`);
      return { kind: 'enum', underlying, name };
    }
    default:
      return bad(`${r.what}: invalid argument type code 0x${code.toString(16)}`);
  }
}

function readArgument(r: ByteReader, type: CaType, resolver: CustomAttributeResolver, depth: number): CaArgument {
  if (depth > MAX_DEPTH) bad(`${r.what}: arguments nested too deeply`);
  switch (type.kind) {
    case 'prim':
      return { type, value: readPrim(r, type.prim) };
    case 'enum':
      return { type, value: readPrim(r, type.underlying) };
    case 'type':
      return { type, value: readSerString(r) };
    case 'object': {
      const inner = readFieldOrPropType(r, resolver, false);
      if (inner.kind === 'object') bad(`${r.what}: a boxed argument cannot box another object`);
      return { type, value: readArgument(r, inner, resolver, depth + 1) };
    }
    case 'szarray': {
      const n = r.i32();
      if (n === -1) return { type, value: null };
      if (n < 0) bad(`${r.what}: negative array length ${n}`);
      // Every element takes at least one byte: refuse counts the blob cannot hold.
      if (n > r.remaining) bad(`${r.what}: array length ${n} exceeds the blob`);
      const elems: CaArgument[] = [];
      for (let i = 0; i < n; i++) elems.push(readArgument(r, type.elem, resolver, depth + 1));
      return { type, value: elems };
    }
  }
}

function readPrim(r: ByteReader, p: CaPrimitive): CaValue {
  switch (p) {
    case 'bool': return r.u8() !== 0;
    case 'char': return String.fromCharCode(r.u16());
    case 'i1': return r.i8();
    case 'u1': return r.u8();
    case 'i2': return r.i16();
    case 'u2': return r.u16();
    case 'i4': return r.i32();
    case 'u4': return r.u32();
    case 'i8': return r.i64();
    case 'u8': return r.u64();
    case 'r4': return r.f32();
    case 'r8': return r.f64();
    case 'string': return readSerString(r);
  }
}

// ---------------------------------------------------------------------------------------------
// Type names and the attribute constructor.

/** Full name of a TypeDef: Namespace.Name, nested types as Outer+Inner. */
export function typeDefFullName(md: Metadata, rid: number): string {
  const parts: string[] = [];
  let cur = rid;
  for (let depth = 0; cur && depth < 64; depth++) {
    const row = md.row('TypeDef', cur);
    const enclosing = md.enclosingTypeOf(cur);
    if (!enclosing) {
      parts.push(row.TypeNamespace ? row.TypeNamespace + '.' + row.TypeName : row.TypeName);
      break;
    }
    parts.push(row.TypeName);
    cur = enclosing;
  }
  return parts.reverse().join('+');
}

/** Full name of a TypeRef: Namespace.Name, nested (TypeRef-scoped) types as Outer+Inner. */
export function typeRefFullName(md: Metadata, rid: number): string {
  const parts: string[] = [];
  let cur = rid;
  for (let depth = 0; depth < 64; depth++) {
    const row = md.row('TypeRef', cur);
    const scope = row.ResolutionScope;
    if (tokenTable(scope) !== TableId.TypeRef) {
      parts.push(row.TypeNamespace ? row.TypeNamespace + '.' + row.TypeName : row.TypeName);
      break;
    }
    parts.push(row.TypeName);
    cur = tokenRid(scope);
  }
  return parts.reverse().join('+');
}

/** Full name of a TypeDef or TypeRef token. */
export function typeDefOrRefFullName(md: Metadata, token: number): string {
  md.checkToken(token);
  switch (tokenTable(token)) {
    case TableId.TypeDef: return typeDefFullName(md, tokenRid(token));
    case TableId.TypeRef: return typeRefFullName(md, tokenRid(token));
    default: return bad(`token ${tokenHex(token)} is not a TypeDef or TypeRef`);
  }
}

export interface AttributeConstructor {
  /** MethodDef or MemberRef token of the constructor. */
  token: number;
  signature: MethodSig;
  /** Blob heap offset of the signature. */
  signatureBlob: number;
  /** The attribute type as the constructor names it: TypeDef, TypeRef or TypeSpec token. */
  parent: number;
  /** TypeDef or TypeRef token of the attribute class (the generic definition for a TypeSpec). */
  typeToken: number;
  /** Full name of the attribute class (e.g. "System.ObsoleteAttribute", "N.Gen`1"). */
  typeName: string;
  /** Instantiation of a generic attribute, else empty. */
  typeArgs: TypeSig[];
}

/** Resolves a CustomAttribute's Type column (MethodDef or MemberRef) to its constructor. */
export function attributeConstructor(md: Metadata, ctorToken: number): AttributeConstructor {
  md.checkToken(ctorToken);
  let sigOffset: number;
  let parent: number;
  if (tokenTable(ctorToken) === TableId.MethodDef) {
    const rid = tokenRid(ctorToken);
    sigOffset = md.row('MethodDef', rid).Signature;
    const typeRid = md.declaringTypeOf('MethodDef', rid);
    if (!typeRid) bad(`attribute constructor ${tokenHex(ctorToken)} has no declaring type`);
    parent = 0x02000000 | typeRid;
  } else if (tokenTable(ctorToken) === TableId.MemberRef) {
    const row = md.row('MemberRef', tokenRid(ctorToken));
    sigOffset = row.Signature;
    parent = row.Class;
  } else {
    return bad(`attribute constructor ${tokenHex(ctorToken)} is neither a MethodDef nor a MemberRef`);
  }
  const signature = decodeMethodSig(md.blobs.get(sigOffset));
  let typeToken = parent;
  let typeArgs: TypeSig[] = [];
  if (tokenTable(parent) === TableId.TypeSpec) {
    md.checkToken(parent);
    const spec = decodeTypeSpec(md.blobs.get(md.row('TypeSpec', tokenRid(parent)).Signature));
    if (spec.kind !== 'generic') bad(`attribute constructor ${tokenHex(ctorToken)}: TypeSpec parent is not a generic instantiation`);
    typeToken = spec.token;
    typeArgs = spec.args;
  }
  const t = tokenTable(typeToken);
  if (t !== TableId.TypeDef && t !== TableId.TypeRef) bad(`attribute constructor ${tokenHex(ctorToken)}: parent ${tokenHex(parent)} is not a type`);
  return { token: ctorToken, signature, signatureBlob: sigOffset, parent, typeToken, typeName: typeDefOrRefFullName(md, typeToken), typeArgs };
}

export interface DecodedCustomAttribute {
  rid: number;
  /** HasCustomAttribute token of the attributed entity. */
  parent: number;
  ctor: AttributeConstructor;
  value: CustomAttributeValue;
}

/** Decodes one row of the CustomAttribute table. */
export function decodeCustomAttributeRow(md: Metadata, rid: number, resolver: CustomAttributeResolver): DecodedCustomAttribute {
  const row = md.row('CustomAttribute', rid);
  const ctor = attributeConstructor(md, row.Type);
  const value = decodeCustomAttribute(md.blobs.get(row.Value), ctor.signature, resolver, ctor.typeArgs);
  return { rid, parent: row.Parent, ctor, value };
}

// ---------------------------------------------------------------------------------------------
// Serialized type names and a resolver over AssemblyLoader.

export interface SerializedTypeName {
  /** Unescaped full name with nesting as Outer+Inner, without generic arguments. */
  fullName: string;
  /** Simple name of the assembly, when the name is assembly-qualified. */
  assembly?: string;
}

/**
 * Splits a serialized type name ("Ns.Outer+Inner`1[[A, x]], Asm, Version=...") into the type's
 * full name (generic arguments, array and pointer suffixes dropped) and assembly simple name.
 */
export function parseSerializedTypeName(s: string): SerializedTypeName {
  let name = '';
  let i = 0;
  let depth = 0;
  for (; i < s.length; i++) {
    const c = s[i]!;
    if (c === '\\') {
      if (depth === 0 && i + 1 < s.length) name += s[i + 1];
      i++;
      continue;
    }
    if (c === '[') { depth++; continue; }
    if (c === ']') { if (depth > 0) depth--; continue; }
    if (depth > 0) continue;
    if (c === ',') break;
    if (c === '*' || c === '&') continue;
    name += c;
  }
  const fullName = name.trim();
  if (i >= s.length) return { fullName };
  const rest = s.slice(i + 1);
  const comma = rest.indexOf(',');
  const assembly = (comma < 0 ? rest : rest.slice(0, comma)).trim();
  return assembly ? { fullName, assembly } : { fullName };
}

const FIELD_STATIC = 0x10;

/** Underlying type of an enum TypeDef: the type of its instance field (value__). */
export function enumUnderlyingType(file: AssemblyFile, typeRid: number): EnumUnderlying {
  const md = file.md;
  for (const f of md.typeFields(typeRid)) {
    const row = md.row('Field', f);
    if (row.Flags & FIELD_STATIC) continue;
    const t = decodeFieldSig(md.blobs.get(row.Signature));
    if (t.kind === 'prim' && isEnumUnderlying(t.prim)) return t.prim;
    return bad(`${file.name}: enum ${typeDefFullName(md, typeRid)} has an instance field that is not a primitive`);
  }
  return bad(`${file.name}: ${typeDefFullName(md, typeRid)} is not an enum (no instance field)`);
}

/**
 * The resolver for attributes in `file`: enums are found through the loader (across
 * assemblies and type forwarders). Results are cached.
 */
export class LoaderAttributeResolver implements CustomAttributeResolver {
  private readonly byToken = new Map<number, EnumUnderlying>();
  private readonly byName = new Map<string, EnumUnderlying>();

  constructor(readonly loader: AssemblyLoader, readonly file: AssemblyFile) {}

  isSystemType(token: number): boolean {
    return typeDefOrRefFullName(this.file.md, token) === 'System.Type';
  }

  enumUnderlyingTypeOfToken(token: number): EnumUnderlying {
    let u = this.byToken.get(token);
    if (u) return u;
    const h = this.loader.resolveTypeDefOrRef(this.file, token);
    u = enumUnderlyingType(h.assembly, h.rid);
    this.byToken.set(token, u);
    return u;
  }

  enumUnderlyingTypeOfName(serializedName: string): EnumUnderlying {
    let u = this.byName.get(serializedName);
    if (u) return u;
    const h = this.findSerialized(serializedName);
    u = enumUnderlyingType(h.assembly, h.rid);
    this.byName.set(serializedName, u);
    return u;
  }

  /** A type named by a serialized name: in the named assembly, else this one, else CoreLib. */
  findSerialized(serializedName: string): TypeDefHandle {
    const { fullName, assembly } = parseSerializedTypeName(serializedName);
    const candidates = assembly ? [this.loader.load(assembly, this.file.name)] : [this.file, this.loader.coreLib];
    for (const a of candidates) {
      const h = this.loader.findType(a, fullName);
      if (h) return h;
    }
    throw new BadImageError(`${this.file.name}: cannot resolve type '${serializedName}'`);
  }
}
