// Signature blobs (ECMA-335 II.23.2): types, methods (incl. varargs, generic arity, explicit
// this), fields, properties, local variables, TypeSpecs and MethodSpecs, with custom modifiers,
// pinned, byrefs, function pointers and general arrays. Decoded into a small tree that the
// type system interprets; tokens stay tokens (resolution belongs to the type system).
import { ByteReader } from './bytes.js';
import { bad } from './errors.js';
import { CodedIndexes, makeToken } from './schema.js';

export const enum ElementType {
  End = 0x00, Void = 0x01, Boolean = 0x02, Char = 0x03, I1 = 0x04, U1 = 0x05, I2 = 0x06, U2 = 0x07,
  I4 = 0x08, U4 = 0x09, I8 = 0x0a, U8 = 0x0b, R4 = 0x0c, R8 = 0x0d, String = 0x0e, Ptr = 0x0f,
  ByRef = 0x10, ValueType = 0x11, Class = 0x12, Var = 0x13, Array = 0x14, GenericInst = 0x15,
  TypedByRef = 0x16, I = 0x18, U = 0x19, FnPtr = 0x1b, Object = 0x1c, SzArray = 0x1d, MVar = 0x1e,
  CModReqd = 0x1f, CModOpt = 0x20, Internal = 0x21, Modifier = 0x40, Sentinel = 0x41, Pinned = 0x45,
  // Custom attribute blob only.
  SystemType = 0x50, Boxed = 0x51, Enum = 0x55,
}

export type PrimitiveKind =
  | 'void' | 'bool' | 'char' | 'i1' | 'u1' | 'i2' | 'u2' | 'i4' | 'u4' | 'i8' | 'u8' | 'r4' | 'r8'
  | 'string' | 'object' | 'i' | 'u' | 'typedref';

export interface CustomMod {
  required: boolean;
  token: number;
}

export type TypeSig =
  | { kind: 'prim'; prim: PrimitiveKind }
  | { kind: 'class' | 'valuetype'; token: number }
  | { kind: 'var' | 'mvar'; index: number }
  | { kind: 'ptr'; elem: TypeSig }
  | { kind: 'byref'; elem: TypeSig }
  | { kind: 'szarray'; elem: TypeSig }
  | { kind: 'array'; elem: TypeSig; rank: number; sizes: number[]; lowerBounds: number[] }
  | { kind: 'generic'; isValueType: boolean; token: number; args: TypeSig[] }
  | { kind: 'fnptr'; method: MethodSig }
  | { kind: 'modified'; mods: CustomMod[]; elem: TypeSig }
  | { kind: 'pinned'; elem: TypeSig };

export const enum CallConv {
  Default = 0x0, C = 0x1, StdCall = 0x2, ThisCall = 0x3, FastCall = 0x4, VarArg = 0x5,
  Unmanaged = 0x9, Field = 0x6, LocalSig = 0x7, Property = 0x8, GenericInst = 0xa,
  Generic = 0x10, HasThis = 0x20, ExplicitThis = 0x40,
}

export interface MethodSig {
  hasThis: boolean;
  explicitThis: boolean;
  /** Low four bits of the calling convention byte (CallConv.Default, VarArg, C, ...). */
  callingConvention: number;
  genericParamCount: number;
  returnType: TypeSig;
  params: TypeSig[];
  /** For vararg call sites: the parameters after the sentinel. */
  varargParams: TypeSig[];
}

const primitives: Record<number, PrimitiveKind> = {
  [ElementType.Void]: 'void', [ElementType.Boolean]: 'bool', [ElementType.Char]: 'char',
  [ElementType.I1]: 'i1', [ElementType.U1]: 'u1', [ElementType.I2]: 'i2', [ElementType.U2]: 'u2',
  [ElementType.I4]: 'i4', [ElementType.U4]: 'u4', [ElementType.I8]: 'i8', [ElementType.U8]: 'u8',
  [ElementType.R4]: 'r4', [ElementType.R8]: 'r8', [ElementType.String]: 'string',
  [ElementType.Object]: 'object', [ElementType.I]: 'i', [ElementType.U]: 'u',
  [ElementType.TypedByRef]: 'typedref',
};

/** TypeDefOrRefOrSpecEncoded (II.23.2.8) to a token. */
export function readTypeDefOrRefEncoded(r: ByteReader): number {
  const v = r.compressedU32();
  const table = CodedIndexes.TypeDefOrRef[v & 3];
  if (table === undefined) bad(`${r.what}: invalid TypeDefOrRef tag ${v & 3}`);
  if (v >>> 2 === 0) bad(`${r.what}: null type token`);
  return makeToken(table, v >>> 2);
}

/**
 * A CLASS, VALUETYPE or GENERICINST operand: ECMA-335 II.23.2.12 allows only TypeDef and
 * TypeRef here (a TypeSpec could name itself and send any consumer into endless recursion).
 */
function readTypeDefOrRef(r: ByteReader): number {
  const token = readTypeDefOrRefEncoded(r);
  if (token >>> 24 === 0x1b) bad(`${r.what}: TypeSpec token where a TypeDef or TypeRef is required`);
  return token;
}

const MAX_DEPTH = 64;

export function readType(r: ByteReader, depth = 0): TypeSig {
  if (depth > MAX_DEPTH) bad(`${r.what}: type nested too deeply`);
  const et = r.u8();
  const prim = primitives[et];
  if (prim) return { kind: 'prim', prim };
  switch (et) {
    case ElementType.CModReqd:
    case ElementType.CModOpt: {
      const mods: CustomMod[] = [];
      let b = et;
      for (;;) {
        mods.push({ required: b === ElementType.CModReqd, token: readTypeDefOrRefEncoded(r) });
        r.need(1);
        b = r.bytes[r.pos]!;
        if (b !== ElementType.CModReqd && b !== ElementType.CModOpt) break;
        r.pos++;
      }
      return { kind: 'modified', mods, elem: readType(r, depth + 1) };
    }
    case ElementType.Pinned:
      return { kind: 'pinned', elem: readType(r, depth + 1) };
    case ElementType.Class:
      return { kind: 'class', token: readTypeDefOrRef(r) };
    case ElementType.ValueType:
      return { kind: 'valuetype', token: readTypeDefOrRef(r) };
    case ElementType.Var:
      return { kind: 'var', index: r.compressedU32() };
    case ElementType.MVar:
      return { kind: 'mvar', index: r.compressedU32() };
    case ElementType.Ptr:
      return { kind: 'ptr', elem: readType(r, depth + 1) };
    case ElementType.ByRef:
      return { kind: 'byref', elem: readType(r, depth + 1) };
    case ElementType.SzArray:
      return { kind: 'szarray', elem: readType(r, depth + 1) };
    case ElementType.Array: {
      const elem = readType(r, depth + 1);
      const rank = r.compressedU32();
      if (rank === 0 || rank > 32) bad(`${r.what}: invalid array rank ${rank}`);
      const numSizes = r.compressedU32();
      if (numSizes > rank) bad(`${r.what}: more array sizes than rank`);
      const sizes: number[] = [];
      for (let i = 0; i < numSizes; i++) sizes.push(r.compressedU32());
      const numLo = r.compressedU32();
      if (numLo > rank) bad(`${r.what}: more array lower bounds than rank`);
      const lowerBounds: number[] = [];
      for (let i = 0; i < numLo; i++) lowerBounds.push(r.compressedI32());
      return { kind: 'array', elem, rank, sizes, lowerBounds };
    }
    case ElementType.GenericInst: {
      const k = r.u8();
      if (k !== ElementType.Class && k !== ElementType.ValueType) bad(`${r.what}: GENERICINST not followed by CLASS or VALUETYPE`);
      const token = readTypeDefOrRef(r);
      const n = r.compressedU32();
      if (n === 0 || n > 1024) bad(`${r.what}: invalid generic argument count ${n}`);
      const args: TypeSig[] = [];
      for (let i = 0; i < n; i++) args.push(readType(r, depth + 1));
      return { kind: 'generic', isValueType: k === ElementType.ValueType, token, args };
    }
    case ElementType.FnPtr:
      return { kind: 'fnptr', method: readMethodSigFrom(r, depth + 1) };
    case ElementType.Internal:
      return bad(`${r.what}: ELEMENT_TYPE_INTERNAL is not allowed in metadata`);
    default:
      return bad(`${r.what}: unknown element type 0x${et.toString(16)}`);
  }
}

function readMethodSigFrom(r: ByteReader, depth = 0): MethodSig {
  const cc = r.u8();
  const kind = cc & 0x0f;
  if (kind === CallConv.Field || kind === CallConv.LocalSig || kind === CallConv.Property || kind === CallConv.GenericInst) {
    bad(`${r.what}: calling convention 0x${cc.toString(16)} is not a method signature`);
  }
  const genericParamCount = cc & CallConv.Generic ? r.compressedU32() : 0;
  const count = r.compressedU32();
  if (count > r.remaining) bad(`${r.what}: parameter count ${count} exceeds the blob`);
  const returnType = readType(r, depth);
  const params: TypeSig[] = [];
  const varargParams: TypeSig[] = [];
  let afterSentinel = false;
  for (let i = 0; i < count; i++) {
    r.need(1);
    if (r.bytes[r.pos] === ElementType.Sentinel) {
      r.pos++;
      afterSentinel = true;
    }
    (afterSentinel ? varargParams : params).push(readType(r, depth));
  }
  return {
    hasThis: (cc & CallConv.HasThis) !== 0,
    explicitThis: (cc & CallConv.ExplicitThis) !== 0,
    callingConvention: kind,
    genericParamCount,
    returnType,
    params,
    varargParams,
  };
}

export function decodeMethodSig(blob: Uint8Array): MethodSig {
  return readMethodSigFrom(new ByteReader(blob, 0, 'method signature'));
}

export function decodeFieldSig(blob: Uint8Array): TypeSig {
  const r = new ByteReader(blob, 0, 'field signature');
  if ((r.u8() & 0x0f) !== CallConv.Field) bad('field signature: missing FIELD calling convention');
  return readType(r);
}

export interface PropertySig {
  hasThis: boolean;
  type: TypeSig;
  params: TypeSig[];
}

export function decodePropertySig(blob: Uint8Array): PropertySig {
  const r = new ByteReader(blob, 0, 'property signature');
  const cc = r.u8();
  if ((cc & 0x0f) !== CallConv.Property) bad('property signature: missing PROPERTY calling convention');
  const count = r.compressedU32();
  if (count > r.remaining) bad('property signature: parameter count exceeds the blob');
  const type = readType(r);
  const params: TypeSig[] = [];
  for (let i = 0; i < count; i++) params.push(readType(r));
  return { hasThis: (cc & CallConv.HasThis) !== 0, type, params };
}

export function decodeLocalsSig(blob: Uint8Array): TypeSig[] {
  const r = new ByteReader(blob, 0, 'local variable signature');
  if (r.u8() !== CallConv.LocalSig) bad('local variable signature: missing LOCAL_SIG');
  const count = r.compressedU32();
  if (count > r.remaining) bad('local variable signature: count exceeds the blob');
  const locals: TypeSig[] = [];
  for (let i = 0; i < count; i++) locals.push(readType(r));
  return locals;
}

export function decodeTypeSpec(blob: Uint8Array): TypeSig {
  return readType(new ByteReader(blob, 0, 'TypeSpec signature'));
}

export function decodeMethodSpec(blob: Uint8Array): TypeSig[] {
  const r = new ByteReader(blob, 0, 'MethodSpec signature');
  if (r.u8() !== CallConv.GenericInst) bad('MethodSpec signature: missing GENERICINST');
  const n = r.compressedU32();
  if (n === 0 || n > r.remaining) bad(`MethodSpec signature: invalid argument count ${n}`);
  const args: TypeSig[] = [];
  for (let i = 0; i < n; i++) args.push(readType(r));
  return args;
}

/** A StandAloneSig blob is either a local signature or a method signature (for calli). */
export function isLocalsSig(blob: Uint8Array): boolean {
  return blob.length > 0 && blob[0] === CallConv.LocalSig;
}
