// The one table of methods whose code dotnative provides itself (ARCHITECTURE decision 1): JIT
// intrinsics with placeholder IL (Unsafe.*, RuntimeHelpers.IsReferenceOrContainsReferences,
// MemoryMarshal.GetArrayDataReference ...), internal calls / FCalls and QCalls into the
// runtime, P/Invokes into System.Native that programs reach, and the runtime-implemented
// members of delegates. Each entry is either expanded at the call site (`inline`) or compiled
// as the method's body (`body`), or both. A reached method with no IL and no entry here gets a
// body that stops the program with its name, and the build warns about it (program.ts).
import { runClassConstructorBody, runModuleConstructorBody } from './class-constructors.js';
import { uninitializedObjectInfoBody } from './uninitialized-objects.js';
import { strCnsBody } from './string-constants.js';
import { manifestResourceBytes, manifestResources } from '../metadata/resources.js';
import { readStringResources } from '../metadata/resource-set.js';
import type { IrVar, NewObjStmt } from '../ir/ir.js';
import { isNullable } from '../typesystem/casting.js';
import { interfacesOf } from '../typesystem/interfaces.js';
import { instanceLayout } from '../typesystem/layout.js';
import { FieldDesc, type MethodDesc } from '../typesystem/members.js';
import { ArrayType, ByRefType, DefType, GenericParameter, SignatureVariable, TypeDesc } from '../typesystem/types.js';
import { CodegenError } from './ctypes.js';
import type { Deps } from './deps.js';
import type { CallSite, MethodEmitter } from './methods.js';
import { cString, commentText, type ProgramGen } from './program.js';
import { fullNameOf } from './names.js';
import { nativeFunctionFor, nativeFunctions } from './system-native.js';
import { type BodyHandler, type DelegateStruct, delegateStructOf, fnBody, onStackPtr } from './bodies.js';
import { stringConstructorImplementation } from '../analysis/intrinsics.js';
import { ACTIVATION_INFO, activationInfoBody } from './activation.js';
import { CAST_HELPERS, CAST_QCALLS } from './casts.js';
import { EXCEPTION_MESSAGE_CALLS } from './exception-messages.js';
import { THREAD_NATIVES } from './thread-natives.js';
import { TYPE_STRUCTURE_CALLS, TYPE_STRUCTURE_QCALLS } from './type-structure.js';
import { GENERIC_PARAMETER_REPLACED } from './generic-parameters.js';
import { unsafeAccessorBody } from './unsafe-accessor.js';
import { ASSEMBLY_CALLS, ASSEMBLY_QCALLS, executingAssembly } from './assemblies.js';
import { METHOD_HANDLE_CALLS, METHOD_HANDLE_QCALLS, METHOD_HANDLE_REPLACED } from './method-handles.js';
import { DELEGATE_CONSTRUCTION_QCALLS } from './delegate-construction.js';
import { METADATA_IMPORT_CALLS, METADATA_IMPORT_QCALLS } from './metadata-import.js';
import { CUSTOM_ATTRIBUTE_QCALLS } from './custom-attributes.js';
import { HRESULT_QCALLS } from './hresult-exceptions.js';
import { FIELD_HANDLE_CALLS, FIELD_HANDLE_QCALLS } from './field-handles.js';
import { STACK_WALK_BODIES, STACK_WALK_REPLACED } from './stack-walk.js';
import { TYPEINFO_REPLACED, arrayCreateBody, arrayRankBody, canCompareBitsBody, runtimeTypeBoxBody, enumInfoBody, hashCodeStrategyBody, typeNameBody, valueTypeEqualsBody } from './typeinfo.js';

type InlineHandler = (site: CallSite, gen: ProgramGen) => boolean;

/** 'Namespace.Type::Method' of a method's typical definition. */
const methodKeys = new WeakMap<MethodDesc, string>();
export function methodKey(m: MethodDesc): string {
  let k = methodKeys.get(m);
  if (k !== undefined) return k;
  const owner = m.owningType;
  const t = owner instanceof DefType ? fullNameOf(owner.typeDefinition) : String(owner);
  methodKeys.set(m, (k = `${t}::${m.name}`));
  return k;
}

function typeArg(site: CallSite, i = 0): TypeDesc {
  const m = site.stmt.method;
  const t = m.instantiation[i] ?? (m.owningType instanceof DefType ? m.owningType.instantiation[i] : undefined);
  if (!t) throw new CodegenError(`${m}: no type argument ${i}`);
  return t;
}

function assign(site: CallSite, expr: string): true {
  if (site.dst !== undefined) {
    const ct = site.em.gen.ctypes.ofVar(site.stmt.dst!);
    site.em.emit(`${site.dst} = (${ct})(${expr});`);
  }
  return true;
}

/** Pointer C type to values of t. */
function ptrTo(gen: ProgramGen, t: TypeDesc): string {
  const s = gen.ctypes.storage(t);
  return s.endsWith('*') ? `${s}*` : `${s} *`;
}

function containsReferences(gen: ProgramGen, t: TypeDesc): boolean {
  if (gen.ctypes.isReference(t)) return true;
  if (t instanceof DefType && t.isValueType && gen.ctypes.primitiveOf(t) === undefined) {
    const l = instanceLayout(t);
    return l.containsGCPointers || l.byRefMap.length > 0;
  }
  return false;
}

const UNSAFE = 'System.Runtime.CompilerServices.Unsafe';
const RUNTIME_HELPERS = 'System.Runtime.CompilerServices.RuntimeHelpers';

/** The value type of an Interlocked operation: the pointee of its first (byref) parameter. */
function interlockedType(s: CallSite): TypeDesc {
  const p = s.stmt.method.signature.params[0]!;
  let t = p instanceof ByRefType ? p.elementType : p;
  if (t instanceof GenericParameter || t instanceof SignatureVariable) t = s.stmt.method.instantiation[0]!;
  return t;
}

/** C integer type used for atomics on values of C type ct (floats are punned). */
function atomicCarrier(ct: string): string | undefined {
  if (ct === 'float') return 'uint32_t';
  if (ct === 'double') return 'uint64_t';
  return undefined;
}

const INTERLOCKED = 'System.Threading.Interlocked';

function interlockedExchange(s: CallSite, g: ProgramGen): boolean {
  const t = interlockedType(s);
  const ct = g.ctypes.storage(t);
  const carrier = atomicCarrier(ct);
  if (carrier) {
    const h = s.em.hidden(carrier, 'ax');
    const v = s.em.hidden(ct, 'av');
    s.em.emit(`${v} = ${s.args[1]};`);
    s.em.emit(`${h} = __atomic_exchange_n((${carrier} *)${s.args[0]}, *(${carrier} *)&${v}, __ATOMIC_SEQ_CST);`);
    return assign(s, `*(${ct} *)&${h}`);
  }
  return assign(s, `__atomic_exchange_n((${ptrTo(g, t)})${s.args[0]}, (${ct})${s.args[1]}, __ATOMIC_SEQ_CST)`);
}

function interlockedCompareExchange(s: CallSite, g: ProgramGen): boolean {
  const t = interlockedType(s);
  const ct = g.ctypes.storage(t);
  const carrier = atomicCarrier(ct) ?? ct;
  const expected = s.em.hidden(carrier, 'ae');
  const value = s.em.hidden(carrier, 'av');
  const cv = s.em.hidden(ct, 'ac');
  s.em.emit(`${cv} = ${s.args[2]};`);
  s.em.emit(`${expected} = *(${carrier} *)&${cv};`);
  s.em.emit(`${cv} = ${s.args[1]};`);
  s.em.emit(`${value} = *(${carrier} *)&${cv};`);
  s.em.emit(`__atomic_compare_exchange_n((${carrier} *)${s.args[0]}, &${expected}, ${value}, false, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST);`);
  return assign(s, `*(${ct} *)&${expected}`);
}

/**
 * Expansions at direct call sites of methods that also have a body of their own (BODIES) for
 * the calls that are not direct (delegates): unlike INLINE, they do not make a method inline-only.
 */
const AT_CALL_SITE: Record<string, InlineHandler> = {
  // The calling method's assembly (assemblies.ts); the body answers the entry assembly.
  'System.Reflection.Assembly::GetExecutingAssembly': (s, g) => {
    const caller = s.em.ir.method.def?.assembly;
    if (s.stmt.method.signature.params.length !== 0 || !caller) return false;
    assign(s, executingAssembly(g, s.em.deps, caller));
    s.em.checkPending();
    return true;
  },
};

const INLINE: Record<string, InlineHandler> = {
  // ---- System.Threading.Interlocked (JIT intrinsics; their IL calls themselves) ----
  [`${INTERLOCKED}::Exchange`]: interlockedExchange,
  [`${INTERLOCKED}::ExchangeObject`]: interlockedExchange,
  [`${INTERLOCKED}::CompareExchange`]: interlockedCompareExchange,
  [`${INTERLOCKED}::CompareExchangeObject`]: interlockedCompareExchange,
  [`${INTERLOCKED}::Add`]: (s, g) => assign(s, `__atomic_add_fetch((${ptrTo(g, interlockedType(s))})${s.args[0]}, ${s.args[1]}, __ATOMIC_SEQ_CST)`),
  [`${INTERLOCKED}::ExchangeAdd`]: (s, g) => assign(s, `__atomic_fetch_add((${ptrTo(g, interlockedType(s))})${s.args[0]}, ${s.args[1]}, __ATOMIC_SEQ_CST)`),
  [`${INTERLOCKED}::Increment`]: (s, g) => assign(s, `__atomic_add_fetch((${ptrTo(g, interlockedType(s))})${s.args[0]}, 1, __ATOMIC_SEQ_CST)`),
  [`${INTERLOCKED}::Decrement`]: (s, g) => assign(s, `__atomic_sub_fetch((${ptrTo(g, interlockedType(s))})${s.args[0]}, 1, __ATOMIC_SEQ_CST)`),
  [`${INTERLOCKED}::And`]: (s, g) => assign(s, `__atomic_fetch_and((${ptrTo(g, interlockedType(s))})${s.args[0]}, ${s.args[1]}, __ATOMIC_SEQ_CST)`),
  [`${INTERLOCKED}::Or`]: (s, g) => assign(s, `__atomic_fetch_or((${ptrTo(g, interlockedType(s))})${s.args[0]}, ${s.args[1]}, __ATOMIC_SEQ_CST)`),
  [`${INTERLOCKED}::Read`]: (s, g) => assign(s, `__atomic_load_n((${ptrTo(g, interlockedType(s))})${s.args[0]}, __ATOMIC_SEQ_CST)`),
  [`${INTERLOCKED}::MemoryBarrier`]: (s) => {
    s.em.emit('__atomic_thread_fence(__ATOMIC_SEQ_CST);');
    return true;
  },
  [`${INTERLOCKED}::MemoryBarrierProcessWide`]: (s) => {
    s.em.emit('__atomic_thread_fence(__ATOMIC_SEQ_CST);');
    return true;
  },

  // ---- System.Runtime.CompilerServices.Unsafe (placeholder IL) ----
  [`${UNSAFE}::As`]: (s) => assign(s, s.args[0]!),
  [`${UNSAFE}::AsRef`]: (s) => assign(s, s.args[0]!),
  [`${UNSAFE}::AsPointer`]: (s) => assign(s, s.args[0]!),
  [`${UNSAFE}::Add`]: (s, g) => {
    const t = typeArg(s);
    return assign(s, `(uint8_t *)${s.args[0]} + (intptr_t)${s.args[1]} * (intptr_t)sizeof(${g.ctypes.storage(t)})`);
  },
  [`${UNSAFE}::Subtract`]: (s, g) => {
    const t = typeArg(s);
    return assign(s, `(uint8_t *)${s.args[0]} - (intptr_t)${s.args[1]} * (intptr_t)sizeof(${g.ctypes.storage(t)})`);
  },
  [`${UNSAFE}::AddByteOffset`]: (s) => assign(s, `(uint8_t *)${s.args[0]} + (intptr_t)${s.args[1]}`),
  [`${UNSAFE}::SubtractByteOffset`]: (s) => assign(s, `(uint8_t *)${s.args[0]} - (intptr_t)${s.args[1]}`),
  [`${UNSAFE}::ByteOffset`]: (s) => assign(s, `(intptr_t)((uint8_t *)${s.args[1]} - (uint8_t *)${s.args[0]})`),
  [`${UNSAFE}::AreSame`]: (s) => assign(s, `(void *)${s.args[0]} == (void *)${s.args[1]}`),
  [`${UNSAFE}::IsAddressGreaterThan`]: (s) => assign(s, `(uintptr_t)${s.args[0]} > (uintptr_t)${s.args[1]}`),
  [`${UNSAFE}::IsAddressGreaterThanOrEqualTo`]: (s) => assign(s, `(uintptr_t)${s.args[0]} >= (uintptr_t)${s.args[1]}`),
  [`${UNSAFE}::IsAddressLessThan`]: (s) => assign(s, `(uintptr_t)${s.args[0]} < (uintptr_t)${s.args[1]}`),
  [`${UNSAFE}::IsAddressLessThanOrEqualTo`]: (s) => assign(s, `(uintptr_t)${s.args[0]} <= (uintptr_t)${s.args[1]}`),
  [`${UNSAFE}::IsNullRef`]: (s) => assign(s, `(void *)${s.args[0]} == NULL`),
  [`${UNSAFE}::NullRef`]: (s) => assign(s, 'NULL'),
  [`${UNSAFE}::SizeOf`]: (s, g) => {
    const t = typeArg(s);
    g.useType(s.em.deps, t);
    return assign(s, `(int32_t)sizeof(${g.ctypes.storage(t)})`);
  },
  [`${UNSAFE}::SkipInit`]: () => true,
  [`${UNSAFE}::Read`]: (s, g) => assign(s, `*(${ptrTo(g, typeArg(s))})${s.args[0]}`),
  [`${UNSAFE}::Write`]: (s, g) => {
    s.em.emit(`*(${ptrTo(g, typeArg(s))})${s.args[0]} = ${s.args[1]};`);
    return true;
  },
  [`${UNSAFE}::ReadUnaligned`]: (s, g) => {
    const t = typeArg(s);
    const h = s.em.hidden(g.ctypes.storage(t), 'ru');
    s.em.emit(`memcpy(&${h}, (const void *)${s.args[0]}, sizeof(${h}));`);
    return assign(s, h);
  },
  [`${UNSAFE}::WriteUnaligned`]: (s, g) => {
    const t = typeArg(s);
    const h = s.em.hidden(g.ctypes.storage(t), 'wu');
    s.em.emit(`${h} = ${s.args[1]};`);
    s.em.emit(`memcpy((void *)${s.args[0]}, &${h}, sizeof(${h}));`);
    return true;
  },
  [`${UNSAFE}::Copy`]: (s, g) => {
    const t = typeArg(s);
    s.em.emit(`memcpy((void *)${s.args[0]}, (const void *)${s.args[1]}, sizeof(${g.ctypes.storage(t)}));`);
    return true;
  },
  [`${UNSAFE}::CopyBlock`]: (s) => {
    s.em.emit(`memmove((void *)${s.args[0]}, (const void *)${s.args[1]}, (size_t)(uint32_t)${s.args[2]});`);
    return true;
  },
  [`${UNSAFE}::CopyBlockUnaligned`]: (s) => {
    s.em.emit(`memmove((void *)${s.args[0]}, (const void *)${s.args[1]}, (size_t)(uint32_t)${s.args[2]});`);
    return true;
  },
  [`${UNSAFE}::InitBlock`]: (s) => {
    s.em.emit(`memset((void *)${s.args[0]}, (uint8_t)${s.args[1]}, (size_t)(uint32_t)${s.args[2]});`);
    return true;
  },
  [`${UNSAFE}::InitBlockUnaligned`]: (s) => {
    s.em.emit(`memset((void *)${s.args[0]}, (uint8_t)${s.args[1]}, (size_t)(uint32_t)${s.args[2]});`);
    return true;
  },
  [`${UNSAFE}::Unbox`]: (s, g) => {
    const t = typeArg(s);
    g.needException('InvalidCast');
    g.needException('NullReference');
    const p = s.em.hidden('void *', 'ub');
    s.em.emit(`${p} = dn_unbox(${s.args[0]}, ${g.mt(s.em.deps, t)});`);
    s.em.emit(`if (DN_UNLIKELY(${p} == NULL)) goto ${s.em.unwindLabel()};`);
    return assign(s, p);
  },
  [`${UNSAFE}::BitCast`]: (s, g) => {
    const to = typeArg(s, 1);
    const from = typeArg(s, 0);
    const h = s.em.hidden(g.ctypes.storage(to), 'bc');
    const src = s.em.hidden(g.ctypes.storage(from), 'bs');
    s.em.emit(`${src} = ${s.args[0]};`);
    s.em.emit(`memcpy(&${h}, &${src}, sizeof(${h}));`);
    return assign(s, h);
  },
  [`${UNSAFE}::Unbox_Unsafe`]: (s) => assign(s, `(uint8_t *)${s.args[0]} + 8`),
  // The misalignment of an address: (nuint)address & (alignment - 1).
  [`${UNSAFE}::OpportunisticMisalignment`]: (s) => assign(s, `(uintptr_t)${s.args[0]} & ((uintptr_t)${s.args[1]} - 1)`),

  // ---- RuntimeHelpers / MemoryMarshal (placeholder IL or JIT-expanded) ----
  [`${RUNTIME_HELPERS}::IsReferenceOrContainsReferences`]: (s, g) => assign(s, containsReferences(g, typeArg(s)) ? '1' : '0'),
  [`${RUNTIME_HELPERS}::IsBitwiseEquatable`]: (s, g) => {
    const t = typeArg(s);
    const p = g.ctypes.primitiveOf(t);
    const ok = p !== undefined && p !== 'r4' && p !== 'r8' && p !== 'string' && p !== 'object';
    return assign(s, ok ? '1' : '0');
  },
  [`${RUNTIME_HELPERS}::GetMethodTable`]: (s) => assign(s, `(void *)((DnObject *)${s.args[0]})->mt`),
  [`${RUNTIME_HELPERS}::IsKnownConstant`]: (s) => assign(s, '0'),
  [`System.Runtime.InteropServices.MemoryMarshal::GetArrayDataReference`]: (s) => {
    const a = s.stmt.args[0]!;
    if (a.stack === 'objref') s.em.nullCheck(a);
    const arrT = a.type;
    if (arrT instanceof ArrayType && !arrT.isSzArray) return assign(s, `DN_MDARRAY_DATA(${s.args[0]}, uint8_t, ${arrT.rank})`);
    if (arrT instanceof ArrayType) return assign(s, `DN_ARRAY_DATA(${s.args[0]}, uint8_t)`);
    // GetArrayDataReference(Array): SZ or MD, the data follows the header and bounds (BaseSize - 8).
    return assign(s, `((uint8_t *)${s.args[0]} + ((DnObject *)${s.args[0]})->mt->base_size - 8)`);
  },
  // Replacements of methods that have IL (decision 1's last resort): array and span
  // initializers from RVA data. Their IL goes through reflection handles; the data is known at
  // compile time (ldtoken of the RVA field right before the call).
  [`${RUNTIME_HELPERS}::InitializeArray`]: (s, g) => {
    const f = s.em.tokenMember(s.stmt.args[1]!);
    if (!(f instanceof FieldDesc) || !f.hasRva) return false;
    const data = g.staticField(s.em.deps, f);
    s.em.nullCheck(s.stmt.args[0]!);
    const arr = `((DnArray *)${s.args[0]})`;
    const size = g.ctypes.sizeOf(f.type);
    // The elements start at BaseSize - 8 (after the lengths and lower bounds of MD arrays).
    s.em.emit(`memcpy((uint8_t *)${arr} + ${arr}->mt->base_size - 8, ${data}, (size_t)${arr}->length * ${arr}->mt->component_size <= ${size} ? (size_t)${arr}->length * ${arr}->mt->component_size : ${size});`);
    return true;
  },
  [`${RUNTIME_HELPERS}::CreateSpan`]: (s, g) => {
    const f = s.em.tokenMember(s.stmt.args[0]!);
    if (!(f instanceof FieldDesc) || !f.hasRva || s.dst === undefined) return false;
    const t = typeArg(s);
    const data = g.staticField(s.em.deps, f);
    const span = s.stmt.dst!.type as DefType;
    g.useStruct(s.em.deps, span);
    const ref = g.ctypes.member(span.fields.find((x) => x.name === '_reference')!);
    const len = g.ctypes.member(span.fields.find((x) => x.name === '_length')!);
    s.em.emit(`${s.dst}.${ref} = (${ptrTo(g, t)})${data};`);
    s.em.emit(`${s.dst}.${len} = ${Math.floor(g.ctypes.sizeOf(f.type) / g.ctypes.sizeOf(t))};`);
    return true;
  },
  ['System.Activator::CreateInstance']: (s, g) => {
    const m = s.stmt.method;
    if (m.instantiation.length !== 1 || m.signature.params.length !== 0) return false;
    const t = typeArg(s);
    if (!(t instanceof DefType)) return false;
    const ctor = t.methods.find((x) => x.isConstructor && x.signature.params.length === 0);
    if (t.isValueType) {
      const ct = g.ctypes.storage(t);
      const tmp = s.em.hidden(ct, 'ci');
      s.em.emit(`memset(&${tmp}, 0, sizeof(${tmp}));`);
      if (ctor) {
        g.require(ctor, 'Activator.CreateInstance<T>()');
        s.em.emit(`${g.fn(s.em.deps, ctor)}(&${tmp});`);
        s.em.checkPending();
      }
      return assign(s, tmp);
    }
    if (!ctor || t.isAbstract) {
      g.needException('MissingMethod');
      s.em.emit(`dn_throw_kind(DN_EXC_MISSING_METHOD, ${cString(`Cannot dynamically create an instance of type '${t.fullName}'. Reason: No parameterless constructor defined.`)});`);
      s.em.emit(`goto ${s.em.unwindLabel()};`);
      return true;
    }
    g.requireConstructed(t, 'Activator.CreateInstance<T>()');
    g.require(ctor, 'Activator.CreateInstance<T>()');
    const obj = s.em.hidden('DnObject *', 'ci');
    s.em.emit(`${obj} = dn_alloc_object(${g.mt(s.em.deps, t)});`);
    s.em.emit(`if (DN_UNLIKELY(${obj} == NULL)) goto ${s.em.unwindLabel()};`);
    s.em.emit(`${g.fn(s.em.deps, ctor)}(${obj});`);
    s.em.checkPending();
    return assign(s, obj);
  },
  ['System.Threading.Thread::FastPollGC']: () => true,
  ['System.Threading.Volatile::ReadBarrier']: (s) => {
    s.em.emit('__atomic_thread_fence(__ATOMIC_ACQUIRE);');
    return true;
  },
  ['System.Threading.Volatile::WriteBarrier']: (s) => {
    s.em.emit('__atomic_thread_fence(__ATOMIC_RELEASE);');
    return true;
  },
  ['System.Runtime.CompilerServices.StaticsHelpers::VolatileReadAsByref']: (s) => assign(s, `__atomic_load_n((void **)${s.args[0]}, __ATOMIC_ACQUIRE)`),
  ['System.Double::MultiplyAddEstimate']: (s) => assign(s, `${s.args[0]} * ${s.args[1]} + ${s.args[2]}`),
  ['System.Single::MultiplyAddEstimate']: (s) => assign(s, `${s.args[0]} * ${s.args[1]} + ${s.args[2]}`),
  ['System.Math::ReciprocalEstimate']: (s) => assign(s, `1.0 / ${s.args[0]}`),
  ['System.Math::ReciprocalSqrtEstimate']: (s) => assign(s, `1.0 / sqrt(${s.args[0]})`),
  ['System.MathF::ReciprocalEstimate']: (s) => assign(s, `1.0f / ${s.args[0]}`),
  ['System.MathF::ReciprocalSqrtEstimate']: (s) => assign(s, `1.0f / sqrtf(${s.args[0]})`),
  ['System.ByReference::.ctor']: (s) => {
    s.em.emit(`*(void **)${s.args[0]} = (void *)${s.args[1]};`);
    return true;
  },
};

/**
 * Methods that have IL but are implemented by dotnative anyway (decision 1's last resort; the
 * IL goes through reflection where the answer is known at compile time). Analysis treats them
 * like substituted methods (their IL is not followed); each has an INLINE expansion.
 *   - RuntimeHelpers.InitializeArray / CreateSpan: array and span initializers from RVA data;
 *   - Activator.CreateInstance<T>(): `new T()`, an allocation and a constructor call.
 */
const REPLACED_WITH_IL = new Set<string>([
  `${RUNTIME_HELPERS}::InitializeArray`,
  `${RUNTIME_HELPERS}::CreateSpan`,
  'System.Activator::CreateInstance',
  // Default comparers and sort helpers: CoreLib picks the implementation for T with reflection
  // (MakeGenericType, IsAssignableFrom); T is known here, so the pick is made at compile time
  // by the same rules (DEFAULT_FACTORIES below).
  'System.Collections.Generic.EqualityComparer`1::.cctor',
  'System.Collections.Generic.Comparer`1::.cctor',
  'System.Collections.Generic.ArraySortHelper`1::CreateArraySortHelper',
  'System.Collections.Generic.ArraySortHelper`2::CreateArraySortHelper',
  // JIT intrinsics whose IL calls itself (the JIT always expands them).
  'System.Threading.Thread::FastPollGC',
  'System.Threading.Volatile::ReadBarrier',
  'System.Threading.Volatile::WriteBarrier',
  'System.Runtime.CompilerServices.StaticsHelpers::VolatileReadAsByref',
  'System.Double::MultiplyAddEstimate',
  'System.Single::MultiplyAddEstimate',
  'System.Math::ReciprocalEstimate',
  'System.Math::ReciprocalSqrtEstimate',
  'System.MathF::ReciprocalEstimate',
  'System.MathF::ReciprocalSqrtEstimate',
  // The text of an exception's stack trace, from the frames the runtime recorded and the
  // method names written at compile time (stack-frames.ts, stack_trace.c). Its IL walks the
  // frames with System.Diagnostics.StackTrace, which asks reflection (MethodBase, ParameterInfo,
  // custom attributes) for what the compiler already knows.
  'System.Exception::GetStackTrace',
  // Assembly.GetExecutingAssembly(): the calling method's assembly, known at each direct call
  // site (AT_CALL_SITE); its IL asks the GetExecutingAssemblyNative QCall to walk the stack.
  // Called through a delegate, the body answers the entry assembly (assemblies.ts).
  'System.Reflection.Assembly::GetExecutingAssembly',
  // Traces of the current stack (stack-walk.ts): CoreLib walks with a QCall and formats with
  // reflection; the runtime walks the native stack and the names are compile-time records.
  ...STACK_WALK_REPLACED.keys(),
  // Reflection answered from compile-time type data (typeinfo.ts): Enum.GetEnumInfo<TStorage>,
  // RuntimeType's Name/FullName/Namespace/ToString/AssemblyQualifiedName and Box, ValueType.Equals's field walk.
  ...TYPEINFO_REPLACED,
  ...GENERIC_PARAMETER_REPLACED,
  ...METHOD_HANDLE_REPLACED,
  // Field reflection lists no literal fields (field-handles.ts).
]);

/**
 * The compile-time value of an intrinsic that only depends on its type arguments
 * (RuntimeHelpers.IsReferenceOrContainsReferences<T>, IsBitwiseEquatable<T>, IsKnownConstant),
 * so analysis prunes the branches it guards exactly as the code generator does.
 */
export function intrinsicConstant(m: MethodDesc, ctypes: { isReference(t: TypeDesc): boolean; primitiveOf(t: TypeDesc): string | undefined }): bigint | undefined {
  const key = methodKey(m);
  const t = m.instantiation[0];
  if (t?.containsGenericParameters) return undefined;
  if (key === `${RUNTIME_HELPERS}::IsReferenceOrContainsReferences` && t) return containsReferencesOf(ctypes, t) ? 1n : 0n;
  if (key === `${RUNTIME_HELPERS}::IsBitwiseEquatable` && t) {
    const p = ctypes.primitiveOf(t);
    return p !== undefined && p !== 'r4' && p !== 'r8' && p !== 'string' && p !== 'object' ? 1n : 0n;
  }
  if (key === `${RUNTIME_HELPERS}::IsKnownConstant`) return 0n;
  // Enum's "unconstrained" helpers are only called behind `typeof(T).IsEnum` (which the JIT
  // folds); for a T that is not an enum the call is dead code: a constant keeps analysis from
  // following it into enum reflection.
  if (key === 'System.Enum::TryFormatUnconstrained' && t && !(t instanceof DefType && t.isEnum)) return 0n;
  return undefined;
}

/** The constant a replaced method returns (CONSTANT_REPLACEMENTS), or undefined. */
export function constantReplacement(m: MethodDesc): { value: bigint | null } | undefined {
  const key = methodKey(m);
  return CONSTANT_REPLACEMENTS.has(key) ? { value: CONSTANT_REPLACEMENTS.get(key)! } : undefined;
}

function containsReferencesOf(ctypes: { isReference(t: TypeDesc): boolean; primitiveOf(t: TypeDesc): string | undefined }, t: TypeDesc): boolean {
  if (ctypes.isReference(t)) return true;
  if (t instanceof DefType && t.isValueType && ctypes.primitiveOf(t) === undefined) {
    const l = instanceLayout(t);
    return l.containsGCPointers || l.byRefMap.length > 0;
  }
  return false;
}

/** Methods replaced by a constant although they have IL (decision 1's last resort). */
const CONSTANT_REPLACEMENTS = new Map<string, bigint | null>([
  // Every type handle is a DnMethodTable (pointer and function-pointer types included): the
  // TypeDesc paths (IsSubclassOf, metadata for generic parameters) are dead code here.
  ['System.Runtime.CompilerServices.TypeHandle::get_IsTypeDesc', 0n],
  // Assembly-load tracing is an EventSource feature, which is off (features.ts).
  ['System.Runtime.Loader.AssemblyLoadContext::IsTracingEnabled', 0n],
]);

/** True for a method whose IL dotnative replaces (see REPLACED_WITH_IL). */
export function isReplacedWithIl(m: MethodDesc): boolean {
  const key = methodKey(m);
  if (key.startsWith(`${INTERLOCKED}::`) && INLINE[key]) return true;
  if (!REPLACED_WITH_IL.has(key)) return false;
  if (key === 'System.Activator::CreateInstance') return m.instantiation.length === 1 && m.signature.params.length === 0;
  if (key === 'System.Reflection.Assembly::GetExecutingAssembly') return m.signature.params.length === 0;
  const walk = STACK_WALK_REPLACED.get(key);
  if (walk) return walk(m);
  return true;
}

/** Methods known not to leave an exception pending. */
const NOTHROW = new Set<string>([
  `${RUNTIME_HELPERS}::IsReferenceOrContainsReferences`,
  `${RUNTIME_HELPERS}::IsBitwiseEquatable`,
]);

/**
 * Math and MathF internal calls that are one C library function each (libm has the same IEEE
 * semantics CoreCLR's PAL uses); the float versions take the C `f` suffix.
 */
/** A void internal call that does nothing with its arguments. */
function ignoreArguments(m: MethodDesc, g: ProgramGen, d: Deps): string | undefined {
  if (m.signature.returnType !== g.kit.void) return undefined;
  return fnBody(m, g, d, [m.signature.params.map((_, i) => `(void)a${i};`).join(' ')]);
}

/** A Math/MathF binding that applies to the overloads over double/float only (not decimal's). */
function floatsOnly(h: BodyHandler): BodyHandler {
  return (m, g, d) => {
    const isFloat = (t: TypeDesc) => { const p = g.ctypes.primitiveOf(t); return p === 'r8' || p === 'r4'; };
    return m.signature.params.length > 0 && isFloat(m.signature.params[0]!) && isFloat(m.signature.returnType) ? h(m, g, d) : undefined;
  };
}

function mathLibraryCalls(): Record<string, BodyHandler> {
  const unary: Record<string, string> = {
    Acos: 'acos', Acosh: 'acosh', Asin: 'asin', Asinh: 'asinh', Atan: 'atan', Atanh: 'atanh', Cbrt: 'cbrt',
    Cosh: 'cosh', Sinh: 'sinh', Tanh: 'tanh', Log2: 'log2', Exp: 'exp', Log: 'log', Log10: 'log10',
    Sin: 'sin', Cos: 'cos', Tan: 'tan', Floor: 'floor', Ceiling: 'ceil',
  };
  const binary: Record<string, string> = { Atan2: 'atan2', Pow: 'pow' };
  const out: Record<string, BodyHandler> = {};
  for (const [cls, suffix] of [['System.Math', ''], ['System.MathF', 'f']] as const) {
    for (const [name, c] of Object.entries(unary)) {
      out[`${cls}::${name}`] = floatsOnly((m, g, d) => (m.signature.params.length === 1 ? fnBody(m, g, d, [`return ${c}${suffix}(a0);`]) : undefined));
    }
    for (const [name, c] of Object.entries(binary)) out[`${cls}::${name}`] = (m, g, d) => fnBody(m, g, d, [`return ${c}${suffix}(a0, a1);`]);
    out[`${cls}::FusedMultiplyAdd`] = (m, g, d) => fnBody(m, g, d, [`return fma${suffix}(a0, a1, a2);`]);
    // .NET's ILogB(NaN) is int.MaxValue; C leaves FP_ILOGBNAN to the platform (INT_MIN on glibc x86).
    out[`${cls}::ILogB`] = (m, g, d) => fnBody(m, g, d, [`return a0 != a0 ? INT32_MAX : ilogb${suffix}(a0);`]);
    out[`${cls}::SinCos`] = (m, g, d) => (m.signature.params.length === 3 ? fnBody(m, g, d, [`*a1 = sin${suffix}(a0);`, `*a2 = cos${suffix}(a0);`]) : undefined);
  }
  return out;
}

/**
 * double/float.ConvertToIntegerNative<T>: for a primitive T its IL calls itself, expecting the JIT
 * to expand the call into the platform's conversion instruction. dotnative expands it into the
 * conversion conv.* uses (saturating, as .NET 9+ defines it on every platform). Other T: the IL.
 */
const convertToIntegerNative: BodyHandler = (m, g, d) => {
  const t = m.instantiation[0];
  const p = t && !t.containsGenericParameters ? g.ctypes.primitiveOf(t) : undefined;
  const via: Record<string, string> = { i1: 'i4', u1: 'i4', i2: 'i4', u2: 'i4', i4: 'i4', u4: 'u4', i8: 'i8', u8: 'u8', i: 'i8', u: 'u8' };
  if (!t || !p || !via[p]) return undefined;
  return fnBody(m, g, d, [`return (${g.ctypes.storage(t)})dn_conv_f_${via[p]}((double)a0);`]);
};


/** RuntimeTypeHandle.InternalAlloc[NoChecks](MethodTable*, ObjectHandleOnStack): a new object of the type. */
const allocateOnStack: BodyHandler = (m, g, d) => {
  if (m.signature.params.length !== 2) return undefined;
  return fnBody(m, g, d, ['DnObject *o = dn_alloc_object((const DnMethodTable *)a0);', `if (o != NULL) *(DnObject **)a1.${onStackPtr(g, d, m.signature.params[1]!)} = o;`]);
};

/** Bodies of methods without usable IL (internal calls, QCalls, P/Invokes). Key: methodKey. */
const BODIES: Record<string, BodyHandler> = {
  ...CAST_HELPERS,
  ...EXCEPTION_MESSAGE_CALLS,
  ...TYPE_STRUCTURE_CALLS,
  ...ASSEMBLY_CALLS,
  ...METHOD_HANDLE_CALLS,
  ...FIELD_HANDLE_CALLS,
  ...METADATA_IMPORT_CALLS,
  ...STACK_WALK_BODIES,
  'System.Double::ConvertToIntegerNative': convertToIntegerNative,
  'System.Single::ConvertToIntegerNative': convertToIntegerNative,
  'System.String::FastAllocateString': (m, g, d) => fnBody(m, g, d, [
    `DnString *s = dn_alloc_string((int32_t)a${m.signature.params.length - 1});`,
    'return (DnObject *)s;',
  ]),
  'System.Object::MemberwiseClone': (m, g, d) => fnBody(m, g, d, ['return dn_object_clone(a0);']),
  'System.Runtime.CompilerServices.RuntimeHelpers::GetHashCode': (m, g, d) => fnBody(m, g, d, ['return a0 == NULL ? 0 : dn_object_get_hashcode(a0);']),
  'System.Runtime.CompilerServices.RuntimeHelpers::TryGetHashCode': (m, g, d) => fnBody(m, g, d, ['return a0 == NULL ? 0 : dn_object_try_get_hashcode(a0);']),
  'System.Buffer::MemmoveInternal': (m, g, d) => fnBody(m, g, d, ['memmove(a0, a1, (size_t)a2);']),
  'System.Buffer::BulkMoveWithWriteBarrierInternal': (m, g, d) => fnBody(m, g, d, ['memmove(a0, a1, (size_t)a2);']),
  'System.Buffer::ZeroMemoryInternal': (m, g, d) => fnBody(m, g, d, ['memset(a0, 0, (size_t)a1);']),
  'System.Buffer::__Memmove': (m, g, d) => fnBody(m, g, d, ['memmove(a0, a1, (size_t)a2);']),
  'System.Buffer::__ZeroMemory': (m, g, d) => fnBody(m, g, d, ['memset(a0, 0, (size_t)a1);']),
  'System.Math::Sqrt': (m, g, d) => fnBody(m, g, d, ['return sqrt(a0);']),
  'System.MathF::Sqrt': (m, g, d) => fnBody(m, g, d, ['return sqrtf(a0);']),
  'System.Math::Abs': (m, g, d) => {
    const p = g.ctypes.primitiveOf(m.signature.params[0]!);
    if (p === 'r8') return fnBody(m, g, d, ['return fabs(a0);']);
    if (p === 'r4') return fnBody(m, g, d, ['return fabsf(a0);']);
    return undefined;
  },
  'System.Math::Round': floatsOnly((m, g, d) => (m.signature.params.length === 1 ? fnBody(m, g, d, ['return nearbyint(a0);']) : undefined)),
  'System.Math::Truncate': (m, g, d) => (g.ctypes.primitiveOf(m.signature.params[0]!) === 'r8' ? fnBody(m, g, d, ['return trunc(a0);']) : undefined),
  'System.Math::FMod': (m, g, d) => fnBody(m, g, d, ['return fmod(a0, a1);']),
  'System.MathF::FMod': (m, g, d) => fnBody(m, g, d, ['return fmodf(a0, a1);']),
  'System.Math::ModF': (m, g, d) => fnBody(m, g, d, ['return modf(a0, a1);']),
  'System.MathF::ModF': (m, g, d) => fnBody(m, g, d, ['return modff(a0, a1);']),
  ...mathLibraryCalls(),
  'System.Environment::get_CurrentManagedThreadId': (m, g, d) => fnBody(m, g, d, ['return dn_thread_self->thread_id;']),
  'System.Environment::_Exit': (m, g, d) => fnBody(m, g, d, ['dn_exit(a0);']),
  // Environment.ExitCode, the last P/Invoke error and the command line live in the runtime
  // (runtime/src/native/env.c).
  'System.Environment::get_ExitCode': (m, g, d) => fnBody(m, g, d, [`return ${nativeCall(d, 'dn_icall_get_exit_code', '')};`]),
  'System.Environment::set_ExitCode': (m, g, d) => fnBody(m, g, d, [`${nativeCall(d, 'dn_icall_set_exit_code', 'a0')};`]),
  'System.Runtime.InteropServices.Marshal::GetLastPInvokeError': (m, g, d) => fnBody(m, g, d, [`return ${nativeCall(d, 'dn_icall_get_last_pinvoke_error', '')};`]),
  'System.Runtime.InteropServices.Marshal::SetLastPInvokeError': (m, g, d) => fnBody(m, g, d, [`${nativeCall(d, 'dn_icall_set_last_pinvoke_error', 'a0')};`]),
  // GC.GetGCMemoryInfo (ArrayPool trimming asks it for the memory pressure): the machine's
  // physical memory and load, CoreCLR's default high-load threshold (90 %), the heap's size.
  'System.GC::GetMemoryInfo': (m, g, d) => {
    const t = g.ctx.wellKnown('System.GCMemoryInfoData');
    g.useStruct(d, t);
    const st = g.ctypes.struct(t).name;
    const f = (n: string) => g.ctypes.member(t.fields.find((x) => x.name === n)!);
    return fnBody(m, g, d, [
      '(void)a1;',
      'int64_t total, load, heap;',
      `${nativeCall(d, 'dn_icall_get_memory_info', '&total, &load, &heap')};`,
      `${st} *info = (${st} *)a0;`,
      `info->${f('_totalAvailableMemoryBytes')} = total;`,
      `info->${f('_highMemoryLoadThresholdBytes')} = total / 10 * 9;`,
      `info->${f('_memoryLoadBytes')} = load;`,
      `info->${f('_heapSizeBytes')} = heap;`,
      `info->${f('_totalCommittedBytes')} = heap;`,
    ]);
  },
  'System.Environment::GetCommandLineArgsNative': (m, g, d) => {
    g.requireConstructed(g.ctx.arrayType(g.kit.string), 'Environment.GetCommandLineArgs()');
    return fnBody(m, g, d, [`return (DnObject *)${nativeCall(d, 'dn_icall_get_command_line_args', '')};`]);
  },
  // QCall (): Boehm's collections are disabled between GCInterface_StartNoGCRegion and this.
  'System.Runtime.GCSettings::GetGCLatencyMode': (m, g, d) => (m.signature.params.length !== 0 ? undefined : fnBody(m, g, d, ['return dn_gc_latency_mode();'])),
  'System.GC::_EndNoGCRegion': (m, g, d) => (m.signature.params.length !== 0 ? undefined : fnBody(m, g, d, ['return dn_gc_end_no_gc_region();'])),
  'System.GC::_WaitForPendingFinalizers': (m, g, d) => fnBody(m, g, d, ['dn_gc_wait_for_pending_finalizers();']),
  'System.GC::GetTotalMemory': (m, g, d) => (m.signature.params.length === 0 ? fnBody(m, g, d, ['return dn_gc_total_memory(false);']) : undefined),
  'System.Exception::GetStackTrace': (m, g, d) => fnBody(m, g, d, ['return (DnObject *)dn_stack_trace_text(a0);']),
  // (Exception, out object): a copy of the recorded frames for ExceptionDispatchInfo.
  'System.Exception::GetFrozenStackTrace': (m, g, d) =>
    fnBody(m, g, d, [`*(DnObject **)a1.${onStackPtr(g, d, m.signature.params[1]!)} = dn_stack_trace_freeze(*(DnObject **)a0.${onStackPtr(g, d, m.signature.params[0]!)});`]),
  // The object MemberwiseClone's IL then copies into: a clone already holds the copy.
  'System.Runtime.CompilerServices.RuntimeHelpers::AllocateUninitializedClone': (m, g, d) => {
    if (m.signature.params.length !== 1) return undefined;
    const p = `*(DnObject **)a0.${onStackPtr(g, d, m.signature.params[0]!)}`;
    return fnBody(m, g, d, [`DnObject *clone = dn_object_clone(${p});`, `if (clone != NULL) ${p} = clone;`]);
  },
  // Only the runtime's preallocated exceptions are immutable; dotnative has none.
  'System.Exception::IsImmutableAgileException': (m, g, d) => fnBody(m, g, d, ['(void)a0;', 'return 0;']),
  'System.GC::_CollectionCount': (m, g, d) => fnBody(m, g, d, ['(void)a1;', 'return dn_gc_collection_count(a0);']),
  // ExceptionDispatchInfo.Throw restored a captured trace: its `throw` continues it.
  'System.Exception::PrepareForForeignExceptionRaise': (m, g, d) => fnBody(m, g, d, ['dn_stack_trace_prepare_foreign_raise();']),
  // Boehm's heap has no generations: every object is reported as gen 0 (frozen literals too).
  'System.GC::GetGenerationInternal': (m, g, d) => fnBody(m, g, d, ['(void)a0;', 'return 0;']),
  // Counted for the whole process (the collector has no per-thread allocation counters).
  'System.GC::GetAllocatedBytesForCurrentThread': (m, g, d) => fnBody(m, g, d, ['return dn_gc_total_allocated_bytes();']),
  'System.GC::GetMaxGeneration': (m, g, d) => fnBody(m, g, d, ['return dn_gc_max_generation();']),
  // The handle RuntimeType's reflection cache lives in (CoreCLR ties it to the type's loader
  // allocator; dotnative types are never unloaded, so it is a plain handle).
  'System.RuntimeTypeHandle::GetGCHandle': (m, g, d) => (m.signature.params.length === 2 ? fnBody(m, g, d, ['(void)a0;', 'return (intptr_t)dn_gc_handle_alloc(NULL, (DnGcHandleType)a1);']) : undefined),
  'System.RuntimeTypeHandle::FreeGCHandle': (m, g, d) => (m.signature.params.length === 2 ? fnBody(m, g, d, ['(void)a0;', 'dn_gc_handle_free((DnGcHandle)a1);']) : undefined),
  // Reflection's invoke path registers stack spans of object references for the precise GC to
  // report; the collector here scans every thread's stack conservatively, so they are seen anyway.
  'System.Runtime.GCFrameRegistration::RegisterForGCReporting': (m, g, d) => fnBody(m, g, d, ['(void)a0;']),
  'System.Runtime.GCFrameRegistration::UnregisterForGCReporting': (m, g, d) => fnBody(m, g, d, ['(void)a0;']),
  // ~Thread: the DnThread record is garbage collected with the Thread that references it.
  'System.Threading.Thread::InternalFinalize': (m, g, d) => fnBody(m, g, d, ['(void)a0;']),
  'System.Diagnostics.Debugger::IsManagedDebuggerAttached': (m, g, d) => fnBody(m, g, d, ['return 0;']),
  // String.Intern / IsInterned (QCalls on a StringHandleOnStack): the runtime's intern table.
  'System.String::Intern': (m, g, d) => internBody(m, g, d, true),
  'System.String::IsInterned': (m, g, d) => internBody(m, g, d, false),
  'System.GC::KeepAlive': (m, g, d) => fnBody(m, g, d, ['DN_KEEP_ALIVE(a0);']),
  'System.GC::SuppressFinalizeInternal': (m, g, d) => fnBody(m, g, d, ['dn_gc_suppress_finalize(a0);']),
  'System.GC::_SuppressFinalize': (m, g, d) => fnBody(m, g, d, ['dn_gc_suppress_finalize(a0);']),
  'System.Array::GetCorElementTypeOfElementType': (m, g, d) => fnBody(m, g, d, ['return ((DnObject *)a0)->mt->element_type->cor_element_type;']),
  'System.Runtime.CompilerServices.RuntimeHelpers::InternalGetHashCode': (m, g, d) => fnBody(m, g, d, ['return dn_object_get_hashcode(a0);']),
  'System.Threading.Thread::get_OptimalMaxSpinWaitsPerSpinIteration': (m, g, d) => fnBody(m, g, d, ['return 8;']),
  'System.Runtime.CompilerServices.MethodTable::GetNumInstanceFieldBytes': (m, g, d) => fnBody(m, g, d, ['return ((const DnMethodTable *)a0)->instance_field_bytes;']),
  // Multicast delegates: the generated Invoke walks _invocationList itself, so these pointers
  // only have to be non-null and the same for one delegate type.
  'System.Delegate::GetMulticastInvoke': (m, g, d) => (m.isStatic ? fnBody(m, g, d, ['return (void *)a0;']) : undefined),
  'System.Delegate::GetInvokeMethod': (m, g, d) => (m.isStatic ? fnBody(m, g, d, ['return (void *)a0;']) : undefined),
  'System.Delegate::GetMulticastInvokeSlow': (m, g, d) => (m.isStatic && m.signature.params.length === 1 ? fnBody(m, g, d, ['return (void *)a0;']) : undefined),
  'System.Collections.Generic.EqualityComparer`1::.cctor': defaultFactoryBody,
  'System.Collections.Generic.Comparer`1::.cctor': defaultFactoryBody,
  'System.Collections.Generic.ArraySortHelper`1::CreateArraySortHelper': defaultFactoryBody,
  'System.Collections.Generic.ArraySortHelper`2::CreateArraySortHelper': defaultFactoryBody,
  'System.Runtime.CompilerServices.TypeHandle::GetCorElementType': (m, g, d) => (m.isStatic ? fnBody(m, g, d, ['return ((const DnMethodTable *)a0)->cor_element_type;']) : undefined),
  'System.Runtime.CompilerServices.MethodTable::GetPrimitiveCorElementType': (m, g, d) => fnBody(m, g, d, ['return ((const DnMethodTable *)a0)->cor_element_type;']),
  // GCHandle: the collector's handles (dn_gc.h); a handle is the address of its slot.
  'System.Runtime.InteropServices.GCHandle::_InternalAlloc': (m, g, d) => fnBody(m, g, d, ['return (intptr_t)dn_gc_handle_alloc(a0, (DnGcHandleType)a1);']),
  'System.Runtime.InteropServices.GCHandle::_InternalFree': (m, g, d) => fnBody(m, g, d, ['dn_gc_handle_free((DnGcHandle)a0);', 'return 1;']),
  'System.Runtime.InteropServices.GCHandle::InternalCompareExchange': (m, g, d) => fnBody(m, g, d, ['return dn_gc_handle_compare_exchange((DnGcHandle)a0, a1, a2);']),
  'System.Runtime.InteropServices.GCHandle::InternalSet': (m, g, d) => fnBody(m, g, d, ['dn_gc_handle_set((DnGcHandle)a0, a1);']),
  'System.Runtime.InteropServices.GCHandle::_InternalAllocWithGCTransition': (m, g, d) =>
    fnBody(m, g, d, [`return (intptr_t)dn_gc_handle_alloc(*(DnObject **)a0.${onStackPtr(g, d, m.signature.params[0]!)}, (DnGcHandleType)a1);`]),
  'System.Runtime.InteropServices.GCHandle::_InternalFreeWithGCTransition': (m, g, d) => fnBody(m, g, d, ['dn_gc_handle_free((DnGcHandle)a0);']),
  // DependentHandle (ConditionalWeakTable): the collector has no dependent handles yet, so both
  // references are kept strongly (entries are never collected; lookups behave as in .NET).
  'System.Runtime.DependentHandle::InternalAlloc': (m, g, d) => fnBody(m, g, d, [
    'DnObject **slots = dn_gc_alloc_uncollectable(2 * sizeof(DnObject *));',
    'if (slots == NULL) { dn_throw_out_of_memory(); return 0; }',
    'slots[0] = a0;',
    'slots[1] = a1;',
    'return (intptr_t)slots;',
  ]),
  'System.Runtime.DependentHandle::_InternalAllocWithGCTransition': (m, g, d) => fnBody(m, g, d, [
    'DnObject **slots = dn_gc_alloc_uncollectable(2 * sizeof(DnObject *));',
    'if (slots == NULL) { dn_throw_out_of_memory(); return 0; }',
    `slots[0] = *(DnObject **)a0.${onStackPtr(g, d, m.signature.params[0]!)};`,
    `slots[1] = *(DnObject **)a1.${onStackPtr(g, d, m.signature.params[1]!)};`,
    'return (intptr_t)slots;',
  ]),
  'System.Runtime.DependentHandle::InternalGetDependent': (m, g, d) => fnBody(m, g, d, ['return ((DnObject **)a0)[1];']),
  'System.Runtime.DependentHandle::InternalGetTargetAndDependent': (m, g, d) => fnBody(m, g, d, ['*a1 = ((DnObject **)a0)[1];', 'return ((DnObject **)a0)[0];']),
  'System.Runtime.DependentHandle::InternalSetTargetToNull': (m, g, d) => fnBody(m, g, d, ['((DnObject **)a0)[0] = NULL;']),
  'System.Runtime.DependentHandle::InternalSetDependent': (m, g, d) => fnBody(m, g, d, ['((DnObject **)a0)[1] = a1;']),
  'System.Runtime.DependentHandle::InternalFree': (m, g, d) => fnBody(m, g, d, ['dn_gc_free_uncollectable((void *)a0);', 'return 1;']),
  'System.Runtime.DependentHandle::_InternalFreeWithGCTransition': (m, g, d) => fnBody(m, g, d, ['dn_gc_free_uncollectable((void *)a0);']),
  // Monitor: the runtime's thin lock (dn_monitor_*).
  'System.Threading.Monitor::TryEnter_FastPath': (m, g, d) => fnBody(m, g, d, ['return dn_monitor_try_enter(a0);']),
  'System.Threading.Monitor::Enter_Slowpath': (m, g, d) => {
    if (m.signature.params[0] === g.kit.object) return undefined;
    return fnBody(m, g, d, [`dn_monitor_enter(*(DnObject **)a0.${onStackPtr(g, d, m.signature.params[0]!)});`]);
  },
  // EnterHelperResult: Contention = 0, Entered = 1, UseSlowPath = 2 (then TryEnter_Slowpath waits).
  'System.Threading.Monitor::TryEnter_FastPath_WithTimeout': (m, g, d) => fnBody(m, g, d, ['if (dn_monitor_try_enter(a0)) return 1;', 'return a1 == 0 ? 0 : 2;']),
  'System.Threading.Monitor::Exit_FastPath': (m, g, d) => fnBody(m, g, d, ['return dn_monitor_exit(a0) ? 0 : 4; /* LeaveHelperAction.None / Error */']),
  'System.Threading.Monitor::Exit_Slowpath': (m, g, d) => {
    if (m.signature.params[1] === g.kit.object) return undefined;
    g.needException('SynchronizationLock');
    return fnBody(m, g, d, ['(void)a0;', `if (a1 == 4) dn_throw_kind(DN_EXC_SYNCHRONIZATION_LOCK, "${UNSYNCHRONIZED}");`]);
  },
  'System.Threading.Monitor::IsEnteredNative': (m, g, d) => fnBody(m, g, d, ['return dn_monitor_is_entered(a0);']),
  'System.RuntimeTypeHandle::InternalAllocNoChecks_FastPath': (m, g, d) => fnBody(m, g, d, ['return dn_alloc_object((const DnMethodTable *)a0);']),
  'System.RuntimeTypeHandle::InternalAllocNoChecks': allocateOnStack,
  // Types as text, enums, struct equality (typeinfo.ts).
  'System.Enum::GetEnumInfo': enumInfoBody,
  'System.RuntimeType::get_Name': typeNameBody,
  'System.RuntimeType::get_FullName': typeNameBody,
  'System.RuntimeType::get_Namespace': typeNameBody,
  'System.RuntimeType::ToString': typeNameBody,
  'System.RuntimeType::get_AssemblyQualifiedName': typeNameBody,
  'System.ValueType::Equals': valueTypeEqualsBody,
  'System.RuntimeType::Box': runtimeTypeBoxBody,
  'System.RuntimeTypeHandle::GetArrayRank': arrayRankBody,
  // Records' PrintMembers ask before recursing; deep recursion ends in the runtime's stack-overflow report instead.
  'System.Runtime.CompilerServices.RuntimeHelpers::TryEnsureSufficientExecutionStack': (m, g, d) => (m.hasIL ? undefined : fnBody(m, g, d, ['return 1;'])),
  'System.Runtime.CompilerServices.MethodTable::InstantiationArg0': (m, g, d) => (m.hasIL ? undefined : fnBody(m, g, d, ['return (void *)((const DnMethodTable *)a0)->generic_args[0];'])),
  'System.Enum::InternalGetCorElementType': (m, g, d) => (!m.isStatic || m.hasIL || m.signature.params.length !== 1 ? undefined : fnBody(m, g, d, ['return ((const DnMethodTable *)a0)->cor_element_type;'])),
  // The RuntimeType of a MethodTable, created on first use and cached in its auxiliary data.
  'System.RuntimeTypeHandle::GetRuntimeTypeFromHandleSlow': (m, g, d) => {
    if (m.signature.params.length !== 2) return undefined;
    g.needTypeObjects();
    const onStack = m.signature.params[1] as DefType;
    g.useStruct(d, onStack);
    const ptr = g.ctypes.member(onStack.fields.find((f) => !f.isStatic)!);
    return fnBody(m, g, d, [
      'DnObject *t = dn_program_type_object((const DnMethodTable *)a0);',
      `if (t != NULL) *(DnObject **)a1.${ptr} = t;`,
    ]);
  },
};

const CG = 'System.Collections.Generic.';

/** The class CoreLib's reflection-based factory would instantiate, decided for exact types. */
function defaultImplementation(g: ProgramGen, factory: string, args: readonly TypeDesc[]): DefType {
  const ctx = g.ctx;
  const t = args[0]!;
  const inst = (name: string, ...a: TypeDesc[]) => ctx.instantiate(ctx.wellKnown(name), a);
  const implementsGeneric = (x: TypeDesc, iface: string) => interfacesOf(x).some((i) => i.typeDefinition === ctx.wellKnown(iface) && i.instantiation[0] === x);
  const nullableArg = isNullable(t) ? t.instantiation[0]! : undefined;
  const isEnum = t instanceof DefType && t.isEnum;
  switch (factory) {
    case 'EqualityComparer':
      if (t === g.kit.string) return ctx.wellKnown(CG + 'StringEqualityComparer');
      if (implementsGeneric(t, 'System.IEquatable`1')) return inst(CG + 'GenericEqualityComparer`1', t);
      if (nullableArg && implementsGeneric(nullableArg, 'System.IEquatable`1')) return inst(CG + 'NullableEqualityComparer`1', nullableArg);
      if (isEnum) return inst(CG + 'EnumEqualityComparer`1', t);
      return inst(CG + 'ObjectEqualityComparer`1', t);
    case 'Comparer':
      if (implementsGeneric(t, 'System.IComparable`1')) return inst(CG + 'GenericComparer`1', t);
      if (nullableArg && implementsGeneric(nullableArg, 'System.IComparable`1')) return inst(CG + 'NullableComparer`1', nullableArg);
      if (isEnum) return inst(CG + 'EnumComparer`1', t);
      return inst(CG + 'ObjectComparer`1', t);
    case 'ArraySortHelper`1':
      return implementsGeneric(t, 'System.IComparable`1') ? inst(CG + 'GenericArraySortHelper`1', t) : inst(CG + 'ArraySortHelper`1', t);
    default:
      return implementsGeneric(t, 'System.IComparable`1') ? inst(CG + 'GenericArraySortHelper`2', t, args[1]!) : inst(CG + 'ArraySortHelper`2', t, args[1]!);
  }
}

/** Code allocating an instance of `impl` with its parameterless constructor into `dst`. */
function construct(g: ProgramGen, d: Deps, impl: DefType, dst: string, why: string): string[] {
  const ctor = impl.methods.find((x) => x.isConstructor && x.signature.params.length === 0);
  if (!ctor) throw new CodegenError(`${impl} has no parameterless constructor`);
  g.requireConstructed(impl, why);
  g.require(ctor, why);
  return [`${dst} = dn_alloc_object(${g.mt(d, impl)});`, `if (${dst} == NULL) return${dst === 'r' ? ' NULL' : ''};`, `${g.fn(d, ctor)}(${dst});`];
}

function defaultFactoryBody(m: MethodDesc, g: ProgramGen, d: Deps): string | undefined {
  const owner = m.owningType as DefType;
  const def = fullNameOf(owner.typeDefinition);
  if (m.isStaticConstructor) {
    const factory = def === CG + 'EqualityComparer`1' ? 'EqualityComparer' : 'Comparer';
    const impl = defaultImplementation(g, factory, owner.instantiation);
    const field = owner.fields.find((f) => f.isStatic && f.name === '<Default>k__BackingField');
    if (!field) return undefined;
    const name = g.staticField(d, field);
    return fnBody(m, g, d, ['DnObject *o;', ...construct(g, d, impl, 'o', `${factory}<T>.Default`), `${name} = o;`]);
  }
  const impl = defaultImplementation(g, def === CG + 'ArraySortHelper`1' ? 'ArraySortHelper`1' : 'ArraySortHelper`2', owner.instantiation);
  return fnBody(m, g, d, ['DnObject *r;', ...construct(g, d, impl, 'r', 'ArraySortHelper.Default'), 'return r;']);
}

/** The member holding the pointer in an ObjectHandleOnStack / QCall handle struct. */

function internBody(m: MethodDesc, g: ProgramGen, d: Deps, add: boolean): string | undefined {
  const p = m.signature.params[0];
  if (m.signature.params.length !== 1 || p === g.kit.string) return undefined; // the public method: its IL
  g.literalTable = true;
  d.declare('dn_program_literals', 'extern DnObject *const dn_program_literals[];\nextern const int32_t dn_program_literal_count;');
  const slot = `*(DnString **)a0.${onStackPtr(g, d, p!)}`;
  return fnBody(m, g, d, [`${slot} = dn_string_intern(${slot}, ${add}, dn_program_literals, dn_program_literal_count);`]);
}

const UNSYNCHRONIZED = 'Object synchronization method was called from an unsynchronized block of code.';

/** Monitor.Pulse / PulseAll: SynchronizationLockException unless the caller holds the lock. */
function pulseBody(m: MethodDesc, g: ProgramGen, d: Deps, all: boolean): string {
  g.needException('SynchronizationLock');
  return fnBody(m, g, d, [
    `if (!dn_monitor_pulse(*(DnObject **)a0.${onStackPtr(g, d, m.signature.params[0]!)}, ${all}))`,
    `    dn_throw_kind(DN_EXC_SYNCHRONIZATION_LOCK, "${UNSYNCHRONIZED}");`,
  ]);
}

/** The C struct of MulticastDelegate and the members of Delegate's fields dotnative sets. */
/**
 * Delegate.Equals's last resort: do two delegates call the same method? Every method has one
 * code address in a dotnative program (a value type's methods on a box always go through their
 * unboxing stub), so the method is its address: `_methodPtrAux` for static delegates (whose
 * `_methodPtr` is the same address), `_methodPtr` otherwise.
 */
const equalMethodHandlesBody: BodyHandler = (m, g, d) => {
  const s = delegateStructOf(g, d);
  const obj = (i: number) => `((${s.name} *)*(DnObject **)a${i}.${onStackPtr(g, d, m.signature.params[i]!)})`;
  const code = (i: number) => `(${obj(i)}->${s.aux} != 0 ? ${obj(i)}->${s.aux} : ${obj(i)}->${s.ptr})`;
  return fnBody(m, g, d, [`return ${code(0)} == ${code(1)};`]);
};

/**
 * QCalls by entry point name (ImplMap import name) whose arguments are not blittable (handles
 * on the stack). P/Invokes into libSystem.Native and blittable QCalls are not listed here: they
 * bind to the functions runtime/include/dn_system_native.h declares (system-native.ts).
 * Parameters are named a0, a1 ... in the managed signature's order.
 */
const NATIVE: Record<string, BodyHandler> = {
  ...THREAD_NATIVES,
  ...TYPE_STRUCTURE_QCALLS,
  ...ASSEMBLY_QCALLS,
  ...METHOD_HANDLE_QCALLS,
  ...DELEGATE_CONSTRUCTION_QCALLS,
  ...FIELD_HANDLE_QCALLS,
  ...METADATA_IMPORT_QCALLS,
  ...CUSTOM_ATTRIBUTE_QCALLS,
  ...HRESULT_QCALLS,
  ...CAST_QCALLS,
  [ACTIVATION_INFO]: activationInfoBody,
  ValueType_GetHashCodeStrategy: (m, g, d) => hashCodeStrategyBody(m, g, d, (t) => onStackPtr(g, d, t)),
  MethodTable_CanCompareBitsOrUseFastGetHashCode: canCompareBitsBody,
  Array_CreateInstance: (m, g, d) => arrayCreateBody(m, g, d, (t) => onStackPtr(g, d, t)),
  Delegate_InternalEqualMethodHandles: equalMethodHandlesBody,
  RuntimeTypeHandle_InternalAlloc: allocateOnStack,
  Monitor_Wait: (m, g, d) => {
    g.needException('SynchronizationLock');
    return fnBody(m, g, d, [
      `int r = dn_monitor_wait(*(DnObject **)a0.${onStackPtr(g, d, m.signature.params[0]!)}, a1);`,
      `if (r < 0) dn_throw_kind(DN_EXC_SYNCHRONIZATION_LOCK, "${UNSYNCHRONIZED}");`,
      'return r > 0;',
    ]);
  },
  Monitor_Pulse: (m, g, d) => pulseBody(m, g, d, false),
  Monitor_PulseAll: (m, g, d) => pulseBody(m, g, d, true),
  Monitor_TryEnter_Slowpath: (m, g, d) => fnBody(m, g, d, [`return dn_monitor_try_enter_for(*(DnObject **)a0.${onStackPtr(g, d, m.signature.params[0]!)}, a1);`]),
  Monitor_Enter_Slowpath: (m, g, d) => fnBody(m, g, d, [`dn_monitor_enter(*(DnObject **)a0.${onStackPtr(g, d, m.signature.params[0]!)});`]),
  // Thread.CurrentThread: one Thread object per DnThread (kept in DnThread.managed_thread, a GC
  // root), with the thread's managed id.
  ThreadNative_GetCurrentThread: (m, g, d) => {
    const thread = g.ctx.wellKnown('System.Threading.Thread');
    g.requireConstructed(thread, 'Thread.CurrentThread');
    g.useStruct(d, thread);
    const st = g.ctypes.struct(thread).name;
    const f = (n: string) => g.ctypes.member(thread.fields.find((x) => x.name === n)!);
    return fnBody(m, g, d, [
      'DnThread *self = dn_thread_self;',
      'if (self->managed_thread == NULL) {',
      `    DnObject *t = dn_alloc_object(${g.mt(d, thread)});`,
      '    if (t == NULL) return;',
      `    ((${st} *)t)->${f('_managedThreadId')} = self->thread_id;`,
      `    ((${st} *)t)->${f('_priority')} = 2; /* ThreadPriority.Normal */`,
      `    ((${st} *)t)->${f('_DONT_USE_InternalThread')} = (intptr_t)self;`,
      '    self->managed_thread = t;',
      '}',
      `*(DnObject **)a0.${onStackPtr(g, d, m.signature.params[0]!)} = self->managed_thread;`,
    ]);
  },
  // Runtime events: EventSource is off (features.ts), so NativeRuntimeEventSource.Log is never
  // enabled and these are never called; CoreLib's lock code still reaches them behind
  // Log.IsEnabled(), which analysis cannot fold. No debugger attaches: no notification.
  NativeRuntimeEventSource_LogContentionLockCreated: ignoreArguments,
  NativeRuntimeEventSource_LogContentionStart: ignoreArguments,
  NativeRuntimeEventSource_LogContentionStop: ignoreArguments,
  DebugDebugger_CustomNotification: ignoreArguments,
  // Debugger.Break() with no managed debugger attached (none ever is) does nothing, as under
  // dotnet on Linux.
  DebugDebugger_Break: ignoreArguments,
  // Environment.FailFast(stack mark, message, exception, error source): "Process terminated."
  // and the message on stderr, then SIGABRT as under dotnet (which adds native stack lines).
  Environment_FailFast: (m, g, d) => fnBody(m, g, d, ['(void)a0; (void)a2; (void)a3;', 'dn_fail_fast_chars((const uint16_t *)a1);']),
  // GC.Collect(generation, mode, lowMemoryPressure): Boehm collects the whole heap.
  // GC.TryStartNoGCRegion (totalSize, lohSizeKnown, lohSize, disallowFullBlockingGC): collections stop until _EndNoGCRegion.
  GCInterface_StartNoGCRegion: (m, g, d) => (m.signature.params.length !== 4 ? undefined : fnBody(m, g, d, ['(void)a0; (void)a1; (void)a2; (void)a3;', 'return dn_gc_start_no_gc_region();'])),
  // (a call, not the handler itself: class-constructors.ts is evaluated after this module)
  ReflectionInvocation_RunClassConstructor: (m, g, d) => runClassConstructorBody(m, g, d),
  ReflectionInvocation_RunModuleConstructor: (m, g, d) => runModuleConstructorBody(m, g, d),
  ReflectionSerialization_GetCreateUninitializedObjectInfo: (m, g, d) => uninitializedObjectInfoBody(m, g, d),
  String_StrCns: (m, g, d) => strCnsBody(m, g, d),
  // Member names compared under BindingFlags.IgnoreCase (equal byte lengths): ASCII letters fold;
  // other characters must match exactly (CoreCLR also folds non-ASCII letters).
  MdUtf8String_EqualsCaseInsensitive: (m, g, d) => (m.signature.params.length !== 3 ? undefined : fnBody(m, g, d, [
    'const uint8_t *x = (const uint8_t *)a0, *y = (const uint8_t *)a1;',
    'for (int32_t i = 0; i < a2; i++) {',
    "    uint8_t cx = x[i] >= 'a' && x[i] <= 'z' ? (uint8_t)(x[i] - 32) : x[i];",
    "    uint8_t cy = y[i] >= 'a' && y[i] <= 'z' ? (uint8_t)(y[i] - 32) : y[i];",
    '    if (cx != cy) return 0;',
    '}',
    'return 1;',
  ])),
  GCInterface_Collect: (m, g, d) => fnBody(m, g, d, ['(void)a0; (void)a1; (void)a2;', 'dn_gc_collect();']),
  GCInterface_ReRegisterForFinalize: (m, g, d) => fnBody(m, g, d, [`dn_gc_reregister_for_finalize(*(DnObject **)a0.${onStackPtr(g, d, m.signature.params[0]!)});`]),
  ObjectNative_GetHashCodeSlow: (m, g, d) => fnBody(m, g, d, [`return dn_object_get_hashcode(*(DnObject **)a0.${onStackPtr(g, d, m.signature.params[0]!)});`]),
  // GC.AllocateUninitializedArray<T>: a0 is T[]'s MethodTable (RuntimeTypeHandle.ToIntPtr); the
  // collector's memory is zeroed, which is what "uninitialized" allows.
  GCInterface_AllocateNewArray: (m, g, d) => fnBody(m, g, d, [
    '(void)a2;',
    'DnArray *arr = dn_alloc_array((const DnMethodTable *)a0, a1);',
    `if (arr != NULL) *(DnObject **)a3.${onStackPtr(g, d, m.signature.params[3]!)} = (DnObject *)arr;`,
  ]),
};

/** ImplMap flag: the P/Invoke saves errno as the last P/Invoke error (DllImport SetLastError). */
const PINVOKE_SUPPORTS_LAST_ERROR = 0x40;

/**
 * A P/Invoke (or blittable QCall) compiled as a direct call of the runtime's function of the
 * same entry point, arguments cast to the native prototype; undefined when the runtime has no
 * such function or the managed signature is not blittable.
 */
function boundNativeBody(m: MethodDesc, g: ProgramGen, d: Deps): string | undefined {
  if (!m.isPInvoke || !m.def) return undefined;
  const map = m.def.assembly.md.implMapOf(m.token);
  if (!map) return undefined;
  const fn = nativeFunctionFor(map.moduleName, map.importName);
  if (!fn) return undefined;
  const params = g.paramTypes(m);
  const ct = g.ctypes;
  const rt = m.signature.returnType;
  if (params.length !== fn.params.length) return undefined;
  const blittable = (t: TypeDesc) => !ct.isReference(t) && !ct.isStruct(t);
  if (!params.every(blittable) || (rt !== g.kit.void && !blittable(rt))) return undefined;
  d.declare(fn.name, fn.declaration);
  const call = `${fn.name}(${params.map((_, i) => `(${fn.params[i]})a${i}`).join(', ')})`;
  const lines: string[] = [];
  const saveError = (map.flags & PINVOKE_SUPPORTS_LAST_ERROR) !== 0;
  const isVoid = rt === g.kit.void;
  const value = isVoid ? call : ct.primitiveOf(rt) === 'bool' ? `${call} != 0` : `(${ct.storage(rt)})${call}`;
  if (saveError) {
    const icall = nativeFunctions().get('dn_icall_set_last_pinvoke_error')!;
    d.declare(icall.name, icall.declaration);
    lines.push('errno = 0;');
    lines.push(isVoid ? `${value};` : `${ct.decl(ct.storage(rt), 'r')} = ${value};`);
    lines.push('dn_icall_set_last_pinvoke_error(errno);');
    if (!isVoid) lines.push('return r;');
  } else {
    lines.push(isVoid ? `${value};` : `return ${value};`);
  }
  return `/* ${commentText(String(m))}: ${map.moduleName}!${map.importName}, bound to the runtime's ${fn.name} */\n${g.prototype(d, m, true)} {\n${lines.map((l) => '    ' + l).join('\n')}\n}`;
}

/** Whether a method is a P/Invoke bound to a runtime function (these never throw). */
function isBoundNative(m: MethodDesc): boolean {
  if (!m.isPInvoke || !m.def) return false;
  const map = m.def.assembly.md.implMapOf(m.token);
  return map !== undefined && nativeFunctionFor(map.moduleName, map.importName) !== undefined;
}

/** A call of a runtime function declared in dn_system_native.h (declared in `d`). */
export function nativeCall(d: Deps, name: string, args: string): string {
  const fn = nativeFunctions().get(name);
  if (!fn) throw new CodegenError(`runtime/include/dn_system_native.h declares no ${name}`);
  d.declare(fn.name, fn.declaration);
  return `${name}(${args})`;
}

/** The P/Invoke (or QCall) entry point a method binds to, if it is one. */
function nativeEntry(m: MethodDesc): string | undefined {
  if (!m.isPInvoke || !m.def) return undefined;
  return m.def.assembly.md.implMapOf(m.token)?.importName;
}


export class Intrinsics {
  constructor(private readonly gen: ProgramGen) {}

  inline(site: CallSite): boolean {
    const key = methodKey(site.stmt.method);
    const h = INLINE[key] ?? AT_CALL_SITE[key];
    if (!h) return false;
    return h(site, this.gen);
  }

  hasInline(m: MethodDesc): boolean {
    return INLINE[methodKey(m)] !== undefined;
  }

  mayThrow(m: MethodDesc): boolean {
    return !NOTHROW.has(methodKey(m)) && !isBoundNative(m);
  }

  /** The body of a method dotnative implements itself, or undefined. */
  body(m: MethodDesc, deps: Deps): string | undefined {
    const owner = m.owningType;
    if (owner instanceof DefType && owner.isDelegate && m.isRuntimeImplemented) return this.delegateBody(m, deps);
    const accessor = unsafeAccessorBody(m, this.gen, deps);
    if (accessor !== undefined) return accessor;
    const h = BODIES[methodKey(m)];
    if (h) {
      const body = h(m, this.gen, deps);
      if (body !== undefined) return body;
    }
    const entry = nativeEntry(m);
    const n = entry !== undefined ? NATIVE[entry] : undefined;
    if (n) return n(m, this.gen, deps);
    return boundNativeBody(m, this.gen, deps);
  }

  // ---- delegates --------------------------------------------------------------------------------

  private delegateStruct(deps: Deps): DelegateStruct {
    return delegateStructOf(this.gen, deps);
  }

  private delegateBody(m: MethodDesc, deps: Deps): string | undefined {
    const gen = this.gen;
    const ct = gen.ctypes;
    const s = this.delegateStruct(deps);
    const head = `/* ${commentText(String(m))}: delegate, implemented by dotnative */\n${gen.prototype(deps, m, true)} {`;
    if (m.name === '.ctor') {
      return `${head}
    ${s.name} *d = (${s.name} *)a0;
    if (a1 == NULL) { d->${s.target} = a0; d->${s.ptr} = a2; d->${s.aux} = a2; }
    else { d->${s.target} = a1; d->${s.ptr} = a2; }
}`;
    }
    if (m.name === 'Invoke') {
      const params = gen.paramTypes(m).slice(1);
      const rt = m.signature.returnType;
      const ret = ct.storage(rt);
      const isVoid = rt === gen.kit.void;
      const ptypes = params.map((p) => ct.storage(p));
      const names = params.map((_, i) => `a${i + 1}`);
      const self = this.gen.names.method(m);
      const lines = [
        `${s.name} *d = (${s.name} *)a0;`,
        `if (d->${s.list} != NULL && dn_mt_is_array(d->${s.list}->mt)) {`,
        `    DnArray *list = (DnArray *)d->${s.list};`,
        `    intptr_t n = d->${s.count};`,
        isVoid ? '' : `    ${ct.decl(ret, 'r')} = ${ct.isStruct(rt) ? '{0}' : '0'};`,
        `    for (intptr_t i = 0; i < n; i++) {`,
        `        ${isVoid ? '' : 'r = '}${self}(${['DN_ARRAY_DATA(list, DnObject *)[i]', ...names].join(', ')});`,
        `        if (DN_UNLIKELY(dn_exception_pending())) break;`,
        `    }`,
        `    ${isVoid ? 'return;' : 'return r;'}`,
        `}`,
        `if (d->${s.aux} == 0) return ((${ret} (*)(${['DnObject *', ...ptypes].join(', ')}))d->${s.ptr})(${['d->' + s.target, ...names].join(', ')});`,
        `return ((${ret} (*)(${ptypes.join(', ') || 'void'}))d->${s.aux})(${names.join(', ')});`,
      ].filter((l) => l !== '');
      return `${head}\n${lines.map((l) => '    ' + l).join('\n')}\n}`;
    }
    return undefined;
  }

  /** newobj that is not "allocate + call the constructor". */
  newobj(em: MethodEmitter, s: NewObjStmt): boolean {
    const gen = this.gen;
    const owner = s.ctor.owningType as DefType;
    if (owner === gen.kit.string) {
      // String constructors: CoreLib's String.Ctor(...) overloads allocate and return the string.
      const ctorImpl = stringConstructorImplementation(s.ctor);
      if (!ctorImpl) throw new CodegenError(`no String.Ctor matching ${s.ctor}`);
      gen.require(ctorImpl, 'string constructor');
      const params = gen.paramTypes(ctorImpl);
      const self = ctorImpl.isStatic ? [] : ['NULL'];
      const args = [...self, ...s.args.map((a, i) => em.asType(a, params[i + self.length]!))];
      em.emit(`${em.varName(s.dst)} = ${gen.fn(em.deps, ctorImpl)}(${args.join(', ')});`);
      em.checkPending();
      return true;
    }
    if (owner.isDelegate && s.delegateTarget) {
      const target = s.delegateTarget.method;
      const ds = this.delegateStruct(em.deps);
      const mt = gen.mt(em.deps, owner);
      gen.needException('OutOfMemory');
      const d = em.varName(s.dst);
      em.emit(`${d} = dn_alloc_object(${mt});`);
      em.emit(`if (DN_UNLIKELY(${d} == NULL)) goto ${em.unwindLabel()};`);
      let fn = em.val(s.args[1]!);
      if (!s.delegateTarget.virtual && gen.needsUnboxing(target)) fn = `(void *)${gen.fnAddress(em.deps, target, true)}`;
      const dp = `((${ds.name} *)${d})`;
      // A static method whose first parameter the target fills (`"text".Extension`) is closed:
      // called with the target first, as instance methods are.
      const invoke = owner.methods.find((x) => x.name === 'Invoke' && !x.isStatic);
      const closedStatic = target.isStatic && invoke !== undefined && target.signature.params.length === invoke.signature.params.length + 1;
      if (target.isStatic && !closedStatic) {
        em.emit(`${dp}->${ds.target} = ${d};`);
        em.emit(`${dp}->${ds.ptr} = (intptr_t)${fn};`);
        em.emit(`${dp}->${ds.aux} = (intptr_t)${fn};`);
      } else {
        em.emit(`${dp}->${ds.target} = ${em.as(s.args[0]!, 'DnObject *')};`);
        em.emit(`${dp}->${ds.ptr} = (intptr_t)${fn};`);
      }
      return true;
    }
    return false;
  }

  // ---- generic virtual methods, tokens --------------------------------------------------------

  /**
   * Generic virtual methods have no vtable slot: a call goes through a dispatcher function
   * (defined in the data unit) that compares the object's MethodTable with every constructed
   * type that can receive the call and returns that type's instantiation of the method.
   */
  genericVirtualTarget(em: MethodEmitter, m: MethodDesc, obj: string): string {
    const name = `${this.gen.names.method(m)}__dispatch`;
    this.gen.gvmUsed.add(m);
    em.deps.declare(name, `void *${name}(DnObject *obj);`);
    return `${name}(${obj})`;
  }

  token(em: MethodEmitter, member: unknown, dst: IrVar): string {
    const gen = this.gen;
    const ct = gen.ctypes;
    const t = ct.ofVar(dst);
    if (member instanceof FieldDesc && member.hasRva) {
      // RuntimeFieldHandle for RuntimeHelpers.InitializeArray / CreateSpan: the data's address.
      const name = gen.staticField(em.deps, member);
      gen.useType(em.deps, dst.type);
      return `(${t}){ (DnObject *)(void *)${name} }`;
    }
    if (member instanceof TypeDesc) {
      // RuntimeTypeHandle: the type's RuntimeType object, created on first use.
      const type = member;
      gen.useType(em.deps, dst.type);
      const obj = em.hidden('DnObject *', 'rt');
      em.emit(`${obj} = dn_program_type_object(${gen.mt(em.deps, type)});`);
      em.emit(`if (DN_UNLIKELY(${obj} == NULL)) goto ${em.unwindLabel()};`);
      gen.needTypeObjects();
      return `(${t}){ ${obj} }`;
    }
    gen.warnUnsupported(em.method, `ldtoken ${String(member)}`);
    em.emit(`DN_UNIMPLEMENTED(${cString('ldtoken ' + String(member))});`);
    return `(${t}){0}`;
  }

  // ---- SR resources --------------------------------------------------------------------------

  loadResources(assemblyName: string): Map<string, string> {
    const file = this.gen.ctx.loader.load(assemblyName);
    const out = new Map<string, string>();
    for (const r of manifestResources(file)) {
      if (!r.name.endsWith('.resources') || r.implementation !== 0) continue;
      try {
        for (const [k, v] of readStringResources(manifestResourceBytes(file, r))) if (!out.has(k)) out.set(k, v);
      } catch {
        // Not a string table: ignore.
      }
    }
    return out;
  }

  /** SR.GetResourceString(key[, default]) for keys not known at compile time: a sorted table. */
  resourceLookupBody(m: MethodDesc, assembly: string, deps: Deps, head: string): string {
    const gen = this.gen;
    const table = [...gen.resourceTable(assembly).entries()].sort((a, b) => compareOrdinal(a[0], b[0]));
    const keys = table.map(([k]) => gen.stringLiteral(deps, k));
    const values = table.map(([, v]) => gen.stringLiteral(deps, v));
    const n = table.length;
    const name = gen.names.method(m);
    const lines = [
      `static DnObject *const keys[${Math.max(n, 1)}] = {${keys.join(', ') || 'NULL'}};`,
      `static DnObject *const values[${Math.max(n, 1)}] = {${values.join(', ') || 'NULL'}};`,
      `DnString *key = (DnString *)a0;`,
      `if (key != NULL) {`,
      `    int32_t lo = 0, hi = ${n - 1};`,
      `    while (lo <= hi) {`,
      `        int32_t mid = lo + (hi - lo) / 2;`,
      `        DnString *k = (DnString *)keys[mid];`,
      `        int32_t len = k->length < key->length ? k->length : key->length;`,
      `        int c = 0;`,
      `        for (int32_t i = 0; i < len && c == 0; i++) c = (int)k->chars[i] - (int)key->chars[i];`,
      `        if (c == 0) c = k->length - key->length;`,
      `        if (c == 0) return values[mid];`,
      `        if (c < 0) lo = mid + 1; else hi = mid - 1;`,
      `    }`,
      `}`,
      m.signature.params.length > 1 ? 'return a1 != NULL ? a1 : a0;' : 'return a0;',
    ];
    void name;
    return `${head}\n${lines.map((l) => '    ' + l).join('\n')}\n}`;
  }
}

function compareOrdinal(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const d = a.charCodeAt(i) - b.charCodeAt(i);
    if (d) return d;
  }
  return a.length - b.length;
}

export { isNullable };
