// Calls the analysis proves can never complete, and so does not follow.
//
// CoreLib's reflection cache `RuntimeType.RuntimeTypeCache.MemberInfoCache<T>` keeps one list
// of members per T (RuntimeMethodInfo, RuntimeFieldInfo, RuntimePropertyInfo, RuntimeType ...).
// Its GetListByName/Populate switch on a CacheType argument to call PopulateMethods,
// PopulateFields, PopulateProperties ... and cast the result to T[]. CoreLib always passes the
// CacheType that matches T, but the switch makes every Populate* reachable in every
// instantiation: a program that only asks `Type.IsAssignableFrom` (MemberInfoCache<RuntimeType>,
// the interface list — reached by `ICollection.CopyTo(Array, int)` of Collection<T>) kept the
// whole method, field, property, event and custom-attribute machinery.
//
// In MemberInfoCache<T>, a call of a Populate* method whose R[] result can never be a T[] is
// impossible: it is not followed here, and code generation compiles it as a fail-fast naming the
// method (program.ts directCallee), like any call of a method the analysis did not keep.
import type { MethodDesc } from '../typesystem/members.js';
import { ArrayType, DefType, type TypeDesc } from '../typesystem/types.js';

const MEMBER_INFO_CACHE = 'System.RuntimeType+RuntimeTypeCache+MemberInfoCache`1';

/** True when `caller` calling `target` is one of the impossible calls above. */
export function isImpossibleCall(caller: MethodDesc, target: MethodDesc): boolean {
  const owner = caller.owningType;
  if (!(owner instanceof DefType) || target.owningType !== owner || !target.name.startsWith('Populate')) return false;
  if (owner.instantiation.length !== 1 || owner.fullName !== MEMBER_INFO_CACHE || owner.containsGenericParameters) return false;
  const ret = target.signature.returnType;
  if (!(ret instanceof ArrayType)) return false;
  return !derivesFrom(ret.elementType, owner.instantiation[0]!);
}

function derivesFrom(t: TypeDesc | undefined, base: TypeDesc): boolean {
  for (let x = t; x; x = x.baseType) if (x === base) return true;
  return false;
}
