// Stack kinds and the typing rules of the evaluation stack (ECMA-335 Partition III 1.1 and 1.5):
// the kind of every type, the well-known types values get, how two stack values merge at a
// join, and which kinds binary operations and comparisons bring their operands to. The
// importer applies these rules; nothing here emits IR.
import type { TypeSystemContext } from '../typesystem/context.js';
import {
  ArrayType, ByRefType, DefType, FunctionPointerType, GenericParamAttr, GenericParameter, PointerType, type TypeDesc,
} from '../typesystem/types.js';
import type { ConvTarget, StackKind } from './ir.js';

/** Kinds whose values are integers or addresses and may be converted into one another implicitly. */
export const INTEGRAL_KINDS: ReadonlySet<StackKind> = new Set(['int32', 'int64', 'nativeint', 'ptr', 'byref']);

/** Well-known types and cached stack kinds of one type system context. */
export class TypeKit {
  readonly i1: DefType; readonly u1: DefType; readonly i2: DefType; readonly u2: DefType;
  readonly i4: DefType; readonly u4: DefType; readonly i8: DefType; readonly u8: DefType;
  readonly r4: DefType; readonly r8: DefType; readonly i: DefType; readonly u: DefType;
  readonly bool: DefType; readonly char: DefType; readonly object: DefType; readonly string: DefType;
  readonly void: DefType; readonly typedRef: DefType;
  readonly voidPtr: TypeDesc;
  readonly byteRef: TypeDesc;
  private readonly kinds = new Map<TypeDesc, StackKind>();
  private readonly wk = new Map<string, DefType>();

  constructor(readonly ctx: TypeSystemContext) {
    const p = (k: Parameters<TypeSystemContext['primitive']>[0]) => ctx.primitive(k);
    this.i1 = p('i1'); this.u1 = p('u1'); this.i2 = p('i2'); this.u2 = p('u2');
    this.i4 = p('i4'); this.u4 = p('u4'); this.i8 = p('i8'); this.u8 = p('u8');
    this.r4 = p('r4'); this.r8 = p('r8'); this.i = p('i'); this.u = p('u');
    this.bool = p('bool'); this.char = p('char'); this.object = p('object'); this.string = p('string');
    this.void = p('void'); this.typedRef = p('typedref');
    this.voidPtr = ctx.pointerType(this.void);
    this.byteRef = ctx.byRefType(this.u1);
  }

  /** A CoreLib type by full name, cached. */
  wellKnown(fullName: string): DefType {
    let t = this.wk.get(fullName);
    if (!t) this.wk.set(fullName, (t = this.ctx.wellKnown(fullName)));
    return t;
  }

  /** The stack kind of a value of type t (void has none: callers check isVoid first). */
  kind(t: TypeDesc): StackKind {
    let k = this.kinds.get(t);
    if (k === undefined) this.kinds.set(t, (k = this.computeKind(t, 0)));
    return k;
  }

  isVoid(t: TypeDesc): boolean {
    return t === this.void;
  }

  private computeKind(t: TypeDesc, depth: number): StackKind {
    if (t instanceof DefType) {
      switch (t.primitiveKind) {
        case 'bool': case 'char': case 'i1': case 'u1': case 'i2': case 'u2': case 'i4': case 'u4':
          return 'int32';
        case 'i8': case 'u8':
          return 'int64';
        case 'r4': case 'r8':
          return 'float';
        case 'i': case 'u':
          return 'nativeint';
        case 'string': case 'object':
          return 'objref';
        case 'typedref':
          return 'valuetype';
        default:
          break;
      }
      if (t.isEnum) {
        const u = t.enumUnderlyingType;
        return u ? this.kind(u) : 'int32';
      }
      return t.isValueType ? 'valuetype' : 'objref';
    }
    if (t instanceof ArrayType) return 'objref';
    if (t instanceof PointerType || t instanceof FunctionPointerType) return 'ptr';
    if (t instanceof ByRefType) return 'byref';
    if (t instanceof GenericParameter) return isReferenceConstrained(t, depth) ? 'objref' : 'generic';
    return 'generic';
  }

  /** The type a computed value of a kind gets when no operand type carries over. */
  canonical(kind: StackKind): TypeDesc {
    switch (kind) {
      case 'int32': return this.i4;
      case 'int64': return this.i8;
      case 'nativeint': return this.i;
      case 'float': return this.r8;
      case 'objref': return this.object;
      case 'byref': return this.byteRef;
      case 'ptr': return this.voidPtr;
      default: throw new Error(`no canonical type for stack kind ${kind}`);
    }
  }

  /** Result type of a float operation: Single only when both operands are Single. */
  floatResult(a: TypeDesc, b: TypeDesc): TypeDesc {
    return a === this.r4 && b === this.r4 ? this.r4 : this.r8;
  }
}

function isReferenceConstrained(gp: GenericParameter, depth: number): boolean {
  if ((gp.flags & GenericParamAttr.ReferenceTypeConstraint) !== 0) return true;
  if (depth > 16) return false;
  const ctx = gp.ctx;
  const object = ctx.wellKnown('System.Object'), valueType = ctx.wellKnown('System.ValueType'), en = ctx.wellKnown('System.Enum');
  return gp.constraints.some((c) => {
    if (c instanceof GenericParameter) return isReferenceConstrained(c, depth + 1);
    if (c instanceof ArrayType) return true;
    return c instanceof DefType && !c.isInterface && !c.isValueType && c !== object && c !== valueType && c !== en;
  });
}

const kits = new WeakMap<TypeSystemContext, TypeKit>();

export function typeKit(ctx: TypeSystemContext): TypeKit {
  let k = kits.get(ctx);
  if (!k) kits.set(ctx, (k = new TypeKit(ctx)));
  return k;
}

/** A typed stack value as the merge rules see it; isNull marks the ldnull constant. */
export interface Typed {
  type: TypeDesc;
  stack: StackKind;
  isNull?: boolean;
}

/**
 * The type of the merge temp of one stack slot where values a and b meet (ECMA III 1.8.1.3,
 * with the relaxations RyuJIT accepts): same kind and type stays; the same kind with different
 * types widens (int32 -> Int32, objref -> closest common base class, float -> Double unless both
 * Single, different byrefs or pointers -> Byte& / void*); int32 with native int gives native int;
 * a native int or int32 with a pointer gives the pointer, with a byref the byref (pointers with
 * byrefs too); int32 or native int with int64 gives int64 (64-bit target). Undefined: no merge.
 */
export function joinTypes(kit: TypeKit, a: Typed, b: Typed): Typed | undefined {
  if (a.type === b.type && a.stack === b.stack) return a.isNull && !b.isNull ? b : a;
  if (a.stack === b.stack) {
    switch (a.stack) {
      case 'int32': case 'int64': case 'nativeint':
        return { type: kit.canonical(a.stack), stack: a.stack };
      case 'float':
        return { type: kit.floatResult(a.type, b.type), stack: 'float' };
      case 'objref':
        if (a.isNull) return b;
        if (b.isNull) return a;
        return { type: commonBase(kit, a.type, b.type), stack: 'objref' };
      case 'byref': case 'ptr':
        return { type: kit.canonical(a.stack), stack: a.stack };
      default:
        return undefined;
    }
  }
  const rank = (k: StackKind) => (k === 'int32' ? 0 : k === 'nativeint' ? 1 : k === 'ptr' ? 2 : k === 'byref' ? 3 : -1);
  const ra = rank(a.stack), rb = rank(b.stack);
  if (ra >= 0 && rb >= 0) {
    const hi = ra > rb ? a : b;
    return hi.stack === 'nativeint' ? { type: kit.i, stack: 'nativeint' } : { type: hi.type, stack: hi.stack };
  }
  if ((a.stack === 'int64' && (rb === 0 || rb === 1)) || (b.stack === 'int64' && (ra === 0 || ra === 1))) {
    return { type: kit.i8, stack: 'int64' };
  }
  return undefined;
}

/** Closest common base class of two reference types (interfaces and others meet at Object). */
function commonBase(kit: TypeKit, a: TypeDesc, b: TypeDesc): TypeDesc {
  const chainA: TypeDesc[] = [];
  for (let t: TypeDesc | undefined = a; t && chainA.length < 64; t = t.baseType) chainA.push(t);
  for (let t: TypeDesc | undefined = b, n = 0; t && n < 64; t = t.baseType, n++) if (chainA.includes(t)) return t;
  return kit.object;
}

/** Operand kinds a binary operation brings its operands to, and the kind of its result. */
export interface BinaryPlan {
  a: StackKind;
  b: StackKind;
  result: StackKind;
}

const ADDRESS: ReadonlySet<StackKind> = new Set(['byref', 'ptr']);
const INTS: ReadonlySet<StackKind> = new Set(['int32', 'nativeint']);

/**
 * ECMA III 1.5 "binary numeric operations" (add, sub, mul, div, rem) and "integer operations"
 * (and, or, xor): undefined when the operand kinds do not combine.
 */
export function binaryPlan(op: string, a: StackKind, b: StackKind): BinaryPlan | undefined {
  if (a === b && (a === 'int32' || a === 'int64' || a === 'nativeint')) return { a, b, result: a };
  if (a === 'float' && b === 'float') return op === 'and' || op === 'or' || op === 'xor' ? undefined : { a, b, result: 'float' };
  if (INTS.has(a) && INTS.has(b)) return { a: 'nativeint', b: 'nativeint', result: 'nativeint' };
  if ((a === 'int64' && INTS.has(b)) || (b === 'int64' && INTS.has(a))) return { a: 'int64', b: 'int64', result: 'int64' };
  // Address arithmetic: byref/pointer +- integer, integer + byref/pointer, address - address.
  if (op === 'add' || op === 'sub') {
    if (ADDRESS.has(a) && INTS.has(b)) return { a, b: 'nativeint', result: a };
    if (op === 'add' && INTS.has(a) && ADDRESS.has(b)) return { a: 'nativeint', b, result: b };
    if (op === 'sub' && ADDRESS.has(a) && ADDRESS.has(b)) return { a: 'nativeint', b: 'nativeint', result: 'nativeint' };
  }
  // Any other integer operation on addresses works on their numeric value.
  if ((ADDRESS.has(a) || INTS.has(a)) && (ADDRESS.has(b) || INTS.has(b))) return { a: 'nativeint', b: 'nativeint', result: 'nativeint' };
  if ((ADDRESS.has(a) && b === 'int64') || (a === 'int64' && ADDRESS.has(b))) return { a: 'int64', b: 'int64', result: 'int64' };
  return undefined;
}

/**
 * The kind both operands of a comparison (ceq/cgt/clt, conditional branches) are brought to,
 * or undefined when they cannot be compared. Equal kinds compare as they are.
 */
export function compareKind(a: StackKind, b: StackKind): StackKind | undefined {
  if (a === b) return a === 'valuetype' ? undefined : a;
  if ((a === 'int64' && (INTS.has(b) || ADDRESS.has(b))) || (b === 'int64' && (INTS.has(a) || ADDRESS.has(a)))) return 'int64';
  const addrOrInt = (k: StackKind) => INTS.has(k) || ADDRESS.has(k) || k === 'objref';
  if (addrOrInt(a) && addrOrInt(b)) return 'nativeint';
  return undefined;
}

/** Value kind shifts accept (the shifted operand), or undefined. */
export function shiftKind(a: StackKind): StackKind | undefined {
  if (a === 'int32' || a === 'int64' || a === 'nativeint') return a;
  if (ADDRESS.has(a)) return 'nativeint';
  return undefined;
}

/** Result type of conv.<to> (and of ldind/ldelem with that suffix). */
export function convType(kit: TypeKit, to: ConvTarget): TypeDesc {
  switch (to) {
    case 'i1': return kit.i1;
    case 'u1': return kit.u1;
    case 'i2': return kit.i2;
    case 'u2': return kit.u2;
    case 'i4': return kit.i4;
    case 'u4': return kit.u4;
    case 'i8': return kit.i8;
    case 'u8': return kit.u8;
    case 'i': return kit.i;
    case 'u': return kit.u;
    case 'r4': return kit.r4;
    case 'r8': return kit.r8;
    default: throw new Error(`conv to ${to} has no fixed type`);
  }
}
