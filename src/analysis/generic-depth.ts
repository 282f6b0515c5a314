// Unbounded generic recursion: a generic method that calls itself over a bigger instantiation
// (`F<T>() => F<List<T>>()`) has no closed world. As ILC does, expansion is cut off: methods
// instantiated deeper than MAX_GENERIC_DEPTH are not compiled (warning IL3054), and a call that
// reaches one at run time stops the program with the method's name.
import type { MethodDesc } from '../typesystem/members.js';
import { ArrayType, ByRefType, DefType, PointerType, type TypeDesc } from '../typesystem/types.js';

/**
 * Nesting of generic instantiations (and arrays, pointers, byrefs) that is still compiled. Deep
 * enough for types written out in full in source (dotnet/coreclr's generics "chaos" tests nest
 * 14 levels); a recursion that grows one level per call reaches it after as many instantiations.
 */
export const MAX_GENERIC_DEPTH = 20;

const depths = new WeakMap<TypeDesc, number>();

/** How deeply a type nests instantiations: int → 0, List<int> → 1, List<int[]>[] → 3. */
export function genericDepth(t: TypeDesc): number {
  let d = depths.get(t);
  if (d !== undefined) return d;
  if (t instanceof DefType) d = t.instantiation.length ? 1 + Math.max(...t.instantiation.map(genericDepth)) : 0;
  else if (t instanceof ArrayType || t instanceof PointerType || t instanceof ByRefType) d = 1 + genericDepth(t.elementType);
  else d = 0;
  depths.set(t, d);
  return d;
}

/** True when the method's owner or own type arguments nest beyond the limit. */
export function isTooDeep(m: MethodDesc): boolean {
  if (genericDepth(m.owningType) > MAX_GENERIC_DEPTH) return true;
  return m.instantiation.some((a) => genericDepth(a) + 1 > MAX_GENERIC_DEPTH);
}
