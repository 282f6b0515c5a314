// Generic parameters as reflection sees them: the RuntimeTypeHandle calls behind
// Type.IsGenericParameter, GenericParameterPosition, GetGenericParameterConstraints,
// DeclaringMethod, and the constraint check behind MakeGenericType's ArgumentException.
// The parameters of the generic definitions the program has are described when it keeps
// Type.GetGenericArguments (typedesc.ts: a descriptor with ELEMENT_TYPE_VAR; typeinfo.ts: its
// position, owner, GenericParameterAttributes and constraints; runtime/src/generics.c).
// Generic methods are not described, so no descriptor is ever a method's parameter (MVAR).
import { type BodyHandler, onStackPtr, qcallTypeMt, runtimeTypeMt, typeInfoBody } from './bodies.js';
import { cString } from './program.js';

const IS_PARAMETER = (mt: string) => `(${mt}->cor_element_type == DN_ELEMENT_TYPE_VAR || ${mt}->cor_element_type == DN_ELEMENT_TYPE_MVAR)`;

/** FCall RuntimeTypeHandle.IsGenericVariable(RuntimeType). */
const isGenericVariable: BodyHandler = (m, g, d) => {
  if (m.hasIL || m.signature.params.length !== 1) return undefined;
  return typeInfoBody(m, g, d, [`const DnMethodTable *mt = ${runtimeTypeMt(g, d, 'a0')};`, `return ${IS_PARAMETER('mt')};`]);
};

/** FCall RuntimeTypeHandle.GetGenericVariableIndex(RuntimeType) (CoreLib checks IsGenericVariable first). */
const genericVariableIndex: BodyHandler = (m, g, d) => {
  if (m.hasIL || m.signature.params.length !== 1) return undefined;
  return typeInfoBody(m, g, d, [
    `const DnTypeInfo *ti = dn_typeinfo(${runtimeTypeMt(g, d, 'a0')});`,
    'return ti != NULL ? ti->generic_position : 0;',
  ]);
};

/**
 * QCall RuntimeTypeHandle_GetConstraints(type, result): the constraint types as Type[] (none:
 * null, which CoreLib turns into Type.EmptyTypes). A constraint built over the parameters
 * (`where T : IComparable<T>`) has no descriptor: NotSupportedException rather than a list
 * without it.
 */
const constraintsBody: BodyHandler = (m, g, d) => {
  const p = m.signature.params;
  if (p.length !== 2) return undefined;
  g.needTypeObjects();
  g.needException('NotSupported');
  const types = g.ctx.arrayType(g.ctx.wellKnown('System.Type'));
  g.requireConstructed(types, 'Type.GetGenericParameterConstraints');
  return typeInfoBody(m, g, d, [
    `const DnTypeInfo *ti = dn_typeinfo(${qcallTypeMt(g, d, p[0]!, 'a0')});`,
    'if (ti == NULL) return;',
    'if ((ti->generic_param_flags & DN_GENERIC_CONSTRAINTS_UNKNOWN) != 0) {',
    '    dn_throw_kind(DN_EXC_NOT_SUPPORTED, "This generic parameter has a constraint built over generic parameters, which dotnative does not describe.");',
    '    return;',
    '}',
    'uint32_t n = 0;',
    'while (ti->constraints != NULL && ti->constraints[n] != NULL) n++;',
    'if (n == 0) return;',
    `DnArray *arr = dn_alloc_array(${g.mt(d, types)}, n);`,
    'if (arr == NULL) return;',
    'for (uint32_t i = 0; i < n; i++) {',
    '    DnObject *t = dn_program_type_object(ti->constraints[i]);',
    '    if (t == NULL) return;',
    '    DN_ARRAY_DATA(arr, DnObject *)[i] = t;',
    '}',
    `*(DnObject **)a1.${onStackPtr(g, d, p[1]!)} = (DnObject *)arr;`,
  ]);
};

/**
 * QCall RuntimeTypeHandle_SatisfiesConstraints(param, typeContext, methodContext, arg): whether
 * arg meets param's special and type constraints, the owner's parameters standing for the
 * type context's arguments. What the records cannot decide (a constraint built over the
 * parameters, new() on a class whose constructors are not recorded) is NotSupportedException.
 */
const satisfiesBody: BodyHandler = (m, g, d) => {
  const p = m.signature.params;
  if (p.length !== 4) return undefined;
  g.needException('NotSupported');
  return typeInfoBody(m, g, d, [
    `const DnMethodTable *context = ${qcallTypeMt(g, d, p[1]!, 'a1')};`,
    '(void)a2;',
    'uint32_t count = context != NULL && context->generic_args != NULL ? context->num_generic_args : 0;',
    `int32_t r = dn_generic_satisfies(${qcallTypeMt(g, d, p[0]!, 'a0')}, ${qcallTypeMt(g, d, p[3]!, 'a3')}, count != 0 ? context->generic_args : NULL, count);`,
    'if (r < 0) dn_throw_kind(DN_EXC_NOT_SUPPORTED, "dotnative cannot check this generic constraint at run time.");',
    'return r > 0;',
  ]);
};

/**
 * QCall RuntimeTypeHandle_GetDeclaringMethodForGenericParameter(type, result): the method
 * declaring a method's generic parameter. Every described parameter belongs to a type
 * (ELEMENT_TYPE_VAR), whose DeclaringMethod is null, as CoreCLR answers for them.
 */
const declaringMethodBody: BodyHandler = (m, g, d) => {
  const p = m.signature.params;
  if (p.length !== 2) return undefined;
  return typeInfoBody(m, g, d, [
    `const DnMethodTable *mt = ${qcallTypeMt(g, d, p[0]!, 'a0')};`,
    'if (mt->cor_element_type == DN_ELEMENT_TYPE_MVAR) dn_throw_kind(DN_EXC_NOT_SUPPORTED, "Generic method parameters are not described by dotnative.");',
    '(void)a1;',
  ]);
};

/**
 * RuntimeType.GenericParameterAttributes: its IL reads the GenericParam row through the
 * module's MetadataImport; the record holds the same flags (typeinfo.ts), so Type.BaseType of
 * a generic parameter (which asks for them) needs no metadata reader.
 */
const GENERIC_PARAMETER_ATTRIBUTES = 'System.RuntimeType::get_GenericParameterAttributes';
const parameterAttributes: BodyHandler = (m, g, d) => {
  if (m.isStatic || m.signature.params.length !== 0) return undefined;
  g.needException('InvalidOperation');
  const text = g.resourceString('System.Private.CoreLib', 'Arg_NotGenericParameter') ?? 'Method may only be called on a Type for which Type.IsGenericParameter is true.';
  return typeInfoBody(m, g, d, [
    `const DnMethodTable *mt = ${runtimeTypeMt(g, d, 'a0')};`,
    `if (!${IS_PARAMETER('mt')}) { dn_throw_kind(DN_EXC_INVALID_OPERATION, ${cString(text)}); return 0; }`,
    'const DnTypeInfo *ti = dn_typeinfo(mt);',
    'return ti != NULL ? (int32_t)(ti->generic_param_flags & 0xffffu) : 0;',
  ]);
};

/** Methods with IL that intrinsics.ts binds to the bodies here (REPLACED_WITH_IL). */
export const GENERIC_PARAMETER_REPLACED = [GENERIC_PARAMETER_ATTRIBUTES];

/** Internal calls (by `Type::Method`). */
export const GENERIC_PARAMETER_CALLS: Record<string, BodyHandler> = {
  [GENERIC_PARAMETER_ATTRIBUTES]: parameterAttributes,
  'System.RuntimeTypeHandle::IsGenericVariable': isGenericVariable,
  'System.RuntimeTypeHandle::GetGenericVariableIndex': genericVariableIndex,
};

/** QCalls (by entry point). */
export const GENERIC_PARAMETER_QCALLS: Record<string, BodyHandler> = {
  RuntimeTypeHandle_GetConstraints: constraintsBody,
  RuntimeTypeHandle_SatisfiesConstraints: satisfiesBody,
  RuntimeTypeHandle_GetDeclaringMethodForGenericParameter: declaringMethodBody,
};
