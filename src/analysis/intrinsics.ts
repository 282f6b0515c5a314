// Methods whose IL is a placeholder: under CoreCLR the JIT replaces their bodies (CoreLib's
// `Unsafe` methods, for instance, contain `throw new PlatformNotSupportedException()`), so
// dotnative must implement them itself (ARCHITECTURE decision 1) and analysis must not follow
// their IL. Code generation implements every method this predicate accepts.
import type { MethodDesc } from '../typesystem/members.js';
import { DefType } from '../typesystem/types.js';

/** Types all of whose methods are JIT intrinsics with placeholder IL. */
const INTRINSIC_TYPES = new Set(['System.Runtime.CompilerServices.Unsafe']);

/** Individual methods with placeholder IL, as 'Namespace.Type::Name'. */
const INTRINSIC_METHODS = new Set([
  'System.Runtime.CompilerServices.RuntimeHelpers::IsReferenceOrContainsReferences',
  'System.Runtime.CompilerServices.RuntimeHelpers::IsBitwiseEquatable',
  'System.Runtime.CompilerServices.RuntimeHelpers::GetMethodTable',
  'System.Runtime.InteropServices.MemoryMarshal::GetArrayDataReference',
  'System.ByReference::.ctor',
]);

export function hasPlaceholderIL(m: MethodDesc): boolean {
  const owner = m.owningType;
  if (!(owner instanceof DefType) || owner.assembly !== owner.ctx.coreLib) return false;
  const typeName = owner.typeDefinition.fullName;
  return INTRINSIC_TYPES.has(typeName) || INTRINSIC_METHODS.has(`${typeName}::${m.name}`);
}

/**
 * The String.Ctor overload that implements a String constructor: `newobj String::.ctor(...)`
 * calls it instead (CoreCLR's JIT does the same; the constructors themselves have no body).
 */
export function stringConstructorImplementation(ctor: MethodDesc): MethodDesc | undefined {
  const owner = ctor.owningType;
  if (!(owner instanceof DefType) || owner !== owner.ctx.wellKnown('System.String') || !ctor.isConstructor) return undefined;
  const params = ctor.signature.params;
  return owner.methods.find((x) => x.name === 'Ctor' && x.signature.params.length === params.length && x.signature.params.every((p, i) => p === params[i]));
}
