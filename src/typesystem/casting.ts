// Cast compatibility (ECMA-335 I.8.7, with the rules CoreCLR actually implements): can an object
// whose exact type is `source` (or a boxed value of that type) be cast to `target`? The same
// relation answers Type.IsAssignableFrom between two runtime types, so isAssignableTo is this
// relation too.
//
//  - identity; every type but pointers, byrefs and function pointers casts to System.Object
//  - the base-class chain (value types through System.ValueType / System.Enum)
//  - interfaces: the full interface set, plus variance on generic interfaces and delegates
//    (covariant `out` / contravariant `in`, only with reference-type arguments)
//  - arrays: same rank (a zero-based single-dimensional array also casts to T[*]), element types
//    compatible as array elements: reference elements by cast, primitive and enum elements when
//    their reduced types are equal (int/uint/enum-of-int, long/ulong, nint/nuint, sbyte/byte ...;
//    bool, char, float and double stay distinct), anything else only when identical
//  - T[] also casts to IList<U>, ICollection<U>, IEnumerable<U>, IReadOnlyList<U> and
//    IReadOnlyCollection<U> when T is array-element-compatible with U
//  - a boxed T casts to Nullable<T>
//  - generic parameters through their constraints (and to System.ValueType with `struct`)
//  - pointers and byrefs when their element types are compatible as array elements are;
//    function pointers only when identical
import { ArrayType, ByRefType, DefType, FunctionPointerType, GenericParamAttr, GenericParameter, PointerType, type TypeDesc } from './types.js';
import { interfacesOf } from './interfaces.js';

/** True when an object of exact type `source` (a boxed value for value types) casts to `target`. */
export function canCastTo(source: TypeDesc, target: TypeDesc): boolean {
  return castTo(source, target, 0);
}

/** `target.IsAssignableFrom(source)` between runtime types (the same relation as canCastTo). */
export function isAssignableTo(source: TypeDesc, target: TypeDesc): boolean {
  return castTo(source, target, 0);
}

const MAX_DEPTH = 64;

const arrayInterfaceNames = new Set([
  'System.Collections.Generic.IList`1', 'System.Collections.Generic.ICollection`1', 'System.Collections.Generic.IEnumerable`1',
  'System.Collections.Generic.IReadOnlyList`1', 'System.Collections.Generic.IReadOnlyCollection`1',
]);

/** True for the generic interfaces a T[] implements through SZArrayHelper. */
export function isArrayGenericInterface(t: DefType): boolean {
  return t.instantiation.length === 1 && t.assembly === t.ctx.coreLib && arrayInterfaceNames.has(t.fullName);
}

function castTo(source: TypeDesc, target: TypeDesc, depth: number): boolean {
  if (source === target) return true;
  // Deeply nested variance can recurse through the same types; a cut-off keeps it finite.
  if (depth > MAX_DEPTH) return false;
  const ctx = source.ctx;
  if (source instanceof PointerType || source instanceof ByRefType) {
    if (target instanceof PointerType && source instanceof PointerType) return elementCompatible(source.elementType, target.elementType, depth);
    if (target instanceof ByRefType && source instanceof ByRefType) return elementCompatible(source.elementType, target.elementType, depth);
    return false;
  }
  if (source instanceof FunctionPointerType) return false;
  if (target instanceof PointerType || target instanceof ByRefType || target instanceof FunctionPointerType) return false;
  if (target instanceof DefType && target === ctx.wellKnown('System.Object')) return true;

  if (source instanceof GenericParameter) {
    if (target instanceof DefType && target === ctx.wellKnown('System.ValueType') && (source.flags & GenericParamAttr.NotNullableValueTypeConstraint) !== 0) return true;
    return source.constraints.some((c) => castTo(c, target, depth + 1));
  }
  if (!(target instanceof DefType) && !(target instanceof ArrayType)) return false;

  if (source instanceof ArrayType) {
    if (target instanceof ArrayType) {
      if (target.isSzArray ? !source.isSzArray : source.rank !== target.rank) return false;
      return elementCompatible(source.elementType, target.elementType, depth);
    }
    if (source.isSzArray && isArrayGenericInterface(target)) {
      if (elementCompatible(source.elementType, target.instantiation[0]!, depth)) return true;
    }
    return castTo(ctx.wellKnown('System.Array'), target, depth + 1);
  }

  if (!(source instanceof DefType)) return false;
  if (target instanceof ArrayType) return false;

  if (isNullable(target) && target.instantiation[0] === source) return true;

  for (let t: TypeDesc | undefined = source; t; t = t.baseType) {
    if (t === target) return true;
  }
  if (target.isInterface) {
    if (source.isInterface && variantCompatible(source, target, depth)) return true;
    for (const i of interfacesOf(source)) {
      if (i === target || variantCompatible(i, target, depth)) return true;
    }
    return false;
  }
  if (target.isDelegate && variantCompatible(source, target, depth)) return true;
  return false;
}

/** True for System.Nullable<T> instantiations. */
export function isNullable(t: TypeDesc): t is DefType {
  return t instanceof DefType && t.instantiation.length === 1 && t.assembly === t.ctx.coreLib && t.fullName === 'System.Nullable`1';
}

/**
 * Variance: `source` and `target` are instantiations of the same variant interface or
 * delegate, and each type argument is identical or related as its parameter's variance allows
 * (reference-type arguments only).
 */
export function variantCompatible(source: DefType, target: DefType, depth = 0): boolean {
  if (source.def !== target.def || source === target) return source === target;
  if (!target.isInterface && !target.isDelegate) return false;
  const params = target.genericParameters;
  for (let i = 0; i < params.length; i++) {
    const a = source.instantiation[i]!, b = target.instantiation[i]!;
    if (a === b) continue;
    switch (params[i]!.variance) {
      case 'covariant':
        if (!isReferenceLike(a) || !castTo(a, b, depth + 1)) return false;
        break;
      case 'contravariant':
        if (!isReferenceLike(b) || !castTo(b, a, depth + 1)) return false;
        break;
      default:
        return false;
    }
  }
  return true;
}

/** A type whose values are object references: classes, interfaces, arrays, reference-constrained generic parameters. */
function isReferenceLike(t: TypeDesc): boolean {
  if (t instanceof ArrayType) return true;
  if (t instanceof DefType) return !t.isValueType;
  if (t instanceof GenericParameter) return constrainedAsObjRef(t, 0);
  return false;
}

function constrainedAsObjRef(gp: GenericParameter, depth: number): boolean {
  if ((gp.flags & GenericParamAttr.ReferenceTypeConstraint) !== 0) return true;
  if (depth > MAX_DEPTH) return false;
  const ctx = gp.ctx;
  const object = ctx.wellKnown('System.Object'), valueType = ctx.wellKnown('System.ValueType'), en = ctx.wellKnown('System.Enum');
  return gp.constraints.some((c) => {
    if (c instanceof GenericParameter) return constrainedAsObjRef(c, depth + 1);
    if (c instanceof ArrayType) return true;
    return c instanceof DefType && !c.isInterface && !c.isValueType && c !== object && c !== valueType && c !== en;
  });
}

/**
 * Array-element compatibility (CoreCLR's CanCastParam): reference types by cast, primitives and
 * enums by reduced type, everything else by identity.
 */
export function elementCompatible(from: TypeDesc, to: TypeDesc, depth = 0): boolean {
  if (from === to) return true;
  if (isReferenceLike(from)) return castTo(from, to, depth + 1);
  const a = reducedPrimitive(from), b = reducedPrimitive(to);
  return a !== undefined && a === b;
}

/**
 * The reduced type of a primitive or enum (ECMA-335 I.8.7): signed and unsigned integers of one
 * size reduce to the same type, an enum to its underlying type's; bool, char and floating-point
 * types are their own.
 */
export function reducedPrimitive(t: TypeDesc): string | undefined {
  if (!(t instanceof DefType)) return undefined;
  const u = t.isEnum ? t.enumUnderlyingType : t;
  switch (u?.primitiveKind) {
    case 'i1': case 'u1': return 'i1';
    case 'i2': case 'u2': return 'i2';
    case 'i4': case 'u4': return 'i4';
    case 'i8': case 'u8': return 'i8';
    case 'i': case 'u': return 'i';
    case 'bool': return 'bool';
    case 'char': return 'char';
    case 'r4': return 'r4';
    case 'r8': return 'r8';
    default: return undefined;
  }
}
