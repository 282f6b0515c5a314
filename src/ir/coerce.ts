// Implicit conversions made explicit. Whenever a value is stored, passed, returned or combined
// and its stack kind differs from the kind the destination needs, the importer inserts a
// `conv` statement marked implicit (ECMA-335 III 1.6 and what RyuJIT accepts on 64-bit
// targets): int32 <-> native int <-> int64, integers <-> unmanaged pointers <-> byrefs
// (reinterpretation), and float32 <-> float64. Int constants are folded instead. What stays
// implicit is documented in README.md: an int32 stored to a smaller integer location truncates,
// and object references, byrefs and pointers of different static types need only a C cast.
import { ByRefType, PointerType, type TypeDesc } from '../typesystem/types.js';
import { fail } from './errors.js';
import type { ConvTarget, IrConst, IrStmt, IrValue, IrVar, StackKind } from './ir.js';
import { INTEGRAL_KINDS, type TypeKit } from './stack.js';

export interface CoerceEnv {
  readonly kit: TypeKit;
  newTemp(type: TypeDesc): IrVar;
  emit(stmt: IrStmt): void;
  /** Offset given to inserted statements. */
  readonly offset: number;
}

export interface CoerceOptions {
  /** Widen integers with zero extension (the consuming operation is unsigned). */
  unsigned?: boolean;
  /** Accept an object reference where an integer is needed (its address; comparisons only). */
  objrefAsInt?: boolean;
}

export function describe(v: { type: TypeDesc; stack: StackKind }): string {
  return `${v.stack} ${v.type}`;
}

/** The type of an int-kind constant or implicit conversion to `kind`, preferring `to` itself. */
function intTarget(kit: TypeKit, kind: StackKind, to: TypeDesc): ConvTarget {
  switch (kind) {
    case 'int32': return 'i4';
    case 'int64': return to === kit.u8 ? 'u8' : 'i8';
    case 'nativeint': return to === kit.u ? 'u' : 'i';
    case 'ptr': return 'ptr';
    default: return 'byref';
  }
}

/** `v` as a value of type `to`'s stack kind, converting implicitly when the kinds differ. */
export function coerce(env: CoerceEnv, v: IrValue, to: TypeDesc, opts: CoerceOptions = {}): IrValue {
  const kit = env.kit;
  const kt = kit.kind(to);
  const kv = v.stack;
  if (kt === kv) {
    if (kt === 'float' && v.type !== to && (to === kit.r4 || to === kit.r8)) return convert(env, v, to === kit.r4 ? 'r4' : 'r8', to, false);
    if (kt === 'valuetype' && v.type !== to) fail(`type mismatch: ${describe(v)} where ${to} is expected`);
    return v;
  }
  if (kt === 'generic' || kv === 'generic') return v;
  const fromOk = INTEGRAL_KINDS.has(kv) || (kv === 'objref' && opts.objrefAsInt === true);
  if (!fromOk || !INTEGRAL_KINDS.has(kt)) fail(`cannot use ${describe(v)} where ${kt} ${to} is expected`);
  const target = intTarget(kit, kt, to);
  if (v.kind === 'const' && typeof v.value === 'number') {
    const folded = foldInt(kit, v, kt, to, opts.unsigned === true);
    if (folded) return folded;
  }
  const zeroExtend = opts.unsigned === true && kv === 'int32';
  const dstType = kt === 'int32' ? kit.i4 : kt === 'int64' ? (target === 'u8' ? kit.u8 : kit.i8) : kt === 'nativeint' ? (to === kit.u ? kit.u : kit.i) : to;
  return convert(env, v, target, dstType, zeroExtend);
}

function foldInt(kit: TypeKit, v: IrConst, kt: StackKind, to: TypeDesc, unsigned: boolean): IrConst | undefined {
  const n = v.value as number;
  if (kt === 'int32') return { kind: 'const', type: kit.i4, stack: 'int32', value: n | 0 };
  if (v.stack !== 'int32') return undefined;
  const ext = unsigned ? n >>> 0 : n;
  if (kt === 'int64') return { kind: 'const', type: to === kit.u8 ? kit.u8 : kit.i8, stack: 'int64', value: BigInt(ext) };
  if (kt === 'nativeint') return { kind: 'const', type: to === kit.u ? kit.u : kit.i, stack: 'nativeint', value: ext };
  return undefined;
}

/** Emits dst = conv.<to> src (implicit) and returns dst. */
export function convert(env: CoerceEnv, src: IrValue, to: ConvTarget, type: TypeDesc, unsigned: boolean): IrVar {
  const dst = env.newTemp(type);
  env.emit({ kind: 'conv', offset: env.offset, to, dst, src, checked: false, unsigned, implicit: true });
  return dst;
}

/** The address operand of a memory access: byrefs and pointers as they are, native ints as T*. */
export function address(env: CoerceEnv, v: IrValue, elementType: TypeDesc, what: string): IrValue {
  if (v.stack === 'byref' || v.stack === 'ptr' || v.stack === 'generic') return v;
  if (v.stack === 'nativeint' || v.stack === 'int64') return convert(env, v, 'ptr', env.kit.ctx.pointerType(elementType), false);
  fail(`${what} needs an address, found ${describe(v)}`);
}

/** The element type a byref or pointer operand points to, if known. */
export function pointee(t: TypeDesc): TypeDesc | undefined {
  return t instanceof ByRefType || t instanceof PointerType ? t.elementType : undefined;
}
