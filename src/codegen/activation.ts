// Activator.CreateInstance(Type): CoreLib's ActivatorCache asks the RuntimeTypeHandle_GetActivationInfo
// QCall for an allocator and the type's parameterless constructor. In a closed world the types
// it can be given are the ones the program can name as a Type: those named by a token (typeof)
// and those whose instances exist (GetType()). When the program keeps that QCall, each of them
// that is a concrete class or struct keeps its parameterless constructor (and classes are
// constructed); the type records point at it (typeinfo.ts).
import type { MethodDesc } from '../typesystem/members.js';
import { DefType, type TypeDesc } from '../typesystem/types.js';
import { type BodyHandler, onStackPtr, runtimeTypeMt, typeInfoBody } from './bodies.js';
import { nameableTypes } from './nameable-types.js';
import type { ProgramGen } from './program.js';

/** The QCall whose presence makes the table necessary (typeinfo.ts looks for it). */
export const ACTIVATION_INFO = 'RuntimeTypeHandle_GetActivationInfo';

/** The parameterless instance constructor Activator would call on `t`, if `t` can be activated. */
export function activationConstructor(t: TypeDesc): MethodDesc | undefined {
  if (!(t instanceof DefType) || t.isInterface || t.isAbstract || t.containsGenericParameters || t.isDelegate) return undefined;
  return t.methods.find((m) => m.isConstructor && !m.isStatic && m.signature.params.length === 0);
}

const activatable = new WeakMap<ProgramGen, Set<TypeDesc>>();

/** Called every code generation round while the program keeps the QCall: keeps the constructors Activator may call. */
export function planActivation(gen: ProgramGen): void {
  let set = activatable.get(gen);
  if (!set) activatable.set(gen, (set = new Set()));
  for (const t of nameableTypes(gen)) {
    if (set.has(t)) continue;
    const ctor = activationConstructor(t);
    if (!ctor) continue;
    set.add(t);
    if (!t.isValueType) gen.requireConstructed(t, 'Activator.CreateInstance(Type)');
    gen.require(ctor, 'Activator.CreateInstance(Type)');
  }
}

/** The `.default_ctor` of a type record, when Activator may create the type. */
export function activationField(gen: ProgramGen, t: TypeDesc, fnAddress: (m: MethodDesc) => string): string | undefined {
  if (!activatable.get(gen)?.has(t)) return undefined;
  const ctor = activationConstructor(t)!;
  if (!gen.isCompiled(ctor)) return undefined;
  return `.default_ctor = (DnFnPtr)${fnAddress(ctor)}`;
}

/**
 * QCall RuntimeTypeHandle_GetActivationInfo(type, &allocator, &allocatorArg, &refCtor,
 * &valueCtor, &ctorIsPublic): the runtime's allocator over the MethodTable and the recorded
 * constructor. A class without one: MissingMethodException (CoreLib's caller wraps its message).
 */
export const activationInfoBody: BodyHandler = (m, g, d) => {
  const p = m.signature.params;
  if (p.length !== 6) return undefined;
  g.needException('MissingMethod');
  d.declare('dn_activator_allocate', 'static DnObject *dn_activator_allocate(void *mt) { return dn_alloc_object((const DnMethodTable *)mt); }');
  return typeInfoBody(m, g, d, [
    `DnObject *type = *(DnObject **)a0.${onStackPtr(g, d, p[0]!)};`,
    `const DnMethodTable *mt = ${runtimeTypeMt(g, d, 'type')};`,
    'const DnTypeInfo *ti = dn_typeinfo(mt);',
    'bool value = dn_mt_category(mt) == DN_MT_FLAG_CATEGORY_VALUETYPE || dn_mt_category(mt) == DN_MT_FLAG_CATEGORY_PRIMITIVE_VALUETYPE || dn_mt_category(mt) == DN_MT_FLAG_CATEGORY_TRUE_PRIMITIVE;',
    'DnFnPtr ctor = ti != NULL ? ti->default_ctor : NULL;',
    'if (ctor == NULL && !value) {',
    '    dn_throw_kind(DN_EXC_MISSING_METHOD, "No parameterless constructor defined."); /* CoreLib adds the type */',
    '    return;',
    '}',
    '*(void **)a1 = (void *)dn_activator_allocate;',
    '*(void **)a2 = (void *)mt;',
    '*(void **)a3 = value ? NULL : (void *)ctor;',
    '*(void **)a4 = value ? (void *)ctor : NULL;',
    '*a5 = 1;',
  ], 'implemented by dotnative (compile-time constructor table)');
};
