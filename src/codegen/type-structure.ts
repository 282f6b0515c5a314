// Reflection over a type's shape: the RuntimeTypeHandle internal calls and QCalls behind
// Type.IsClass/IsValueType/IsNested/DeclaringType/IsGenericType/GetGenericTypeDefinition/
// GetGenericArguments/GetElementType and Nullable.GetUnderlyingType. CoreLib's RuntimeType
// keeps its own caches and asks these few questions; the answers come from the compile-time
// type records (typeinfo.ts: attributes, token, enclosing type, generic definition, element,
// module) and the MethodTable itself (generic arguments). Modules and assemblies: assemblies.ts.
import { vtableSlotOf } from '../typesystem/vtable.js';
import { instantiateBody, makeByRefBody, makePointerBody } from './type-lookups.js';
import { GENERIC_PARAMETER_CALLS, GENERIC_PARAMETER_QCALLS } from './generic-parameters.js';
import { type BodyHandler, fnBody, onStackPtr, qcallTypeMt, runtimeTypeMt, typeInfoBody } from './bodies.js';

/** An FCall over one RuntimeType argument, answered from its record. */
function fromRecord(expr: string, params = 1): BodyHandler {
  return (m, g, d) => {
    if (m.hasIL || m.signature.params.length !== params) return undefined;
    return typeInfoBody(m, g, d, [`const DnTypeInfo *ti = dn_typeinfo(${runtimeTypeMt(g, d, 'a0')});`, `return ${expr};`]);
  };
}

/** A QCall or FCall over a MethodTable pointer (IntPtr) answered from its record. */
function fromRecordByPointer(expr: string): BodyHandler {
  return (m, g, d) => {
    if (m.hasIL || m.signature.params.length !== 1) return undefined;
    return typeInfoBody(m, g, d, ['const DnMethodTable *mt = (const DnMethodTable *)a0;', 'const DnTypeInfo *ti = dn_typeinfo(mt);', `return (intptr_t)(${expr});`]);
  };
}

/** QCall RuntimeTypeHandle_GetGenericTypeDefinition: the RuntimeType of the open definition (itself for a definition). */
const genericDefinitionBody: BodyHandler = (m, g, d) => {
  const p = m.signature.params;
  if (p.length !== 2) return undefined;
  g.needTypeObjects();
  return typeInfoBody(m, g, d, [
    `const DnMethodTable *mt = ${qcallTypeMt(g, d, p[0]!, 'a0')};`,
    'const DnTypeInfo *ti = dn_typeinfo(mt);',
    'const DnMethodTable *def = ti != NULL && ti->generic_def != NULL ? ti->generic_def : mt;',
    'DnObject *t = dn_program_type_object(def);',
    `if (t != NULL) *(DnObject **)a1.${onStackPtr(g, d, p[1]!)} = t;`,
  ]);
};

/**
 * QCall RuntimeTypeHandle_GetInstantiation(type, result, asRuntimeTypeArray): the type
 * arguments as RuntimeType[] or Type[] (an open definition's parameters are not described: empty).
 */
const instantiationBody: BodyHandler = (m, g, d) => {
  const p = m.signature.params;
  if (p.length !== 3) return undefined;
  g.needTypeObjects();
  const why = 'RuntimeTypeHandle.GetInstantiation';
  const runtimeTypes = g.ctx.arrayType(g.ctx.wellKnown('System.RuntimeType'));
  const types = g.ctx.arrayType(g.ctx.wellKnown('System.Type'));
  g.requireConstructed(runtimeTypes, why);
  g.requireConstructed(types, why);
  return typeInfoBody(m, g, d, [
    `const DnMethodTable *mt = ${qcallTypeMt(g, d, p[0]!, 'a0')};`,
    'uint32_t n = mt->generic_args != NULL ? mt->num_generic_args : 0;',
    `DnArray *arr = dn_alloc_array(a2 ? ${g.mt(d, runtimeTypes)} : ${g.mt(d, types)}, n);`,
    'if (arr == NULL) return;',
    'DnObject **slots = (DnObject **)((uint8_t *)arr + DN_ARRAY_DATA_OFFSET);',
    'for (uint32_t i = 0; i < n; i++) {',
    '    DnObject *t = dn_program_type_object(mt->generic_args[i]);',
    '    if (t == NULL) return;',
    '    slots[i] = t;',
    '}',
    `*(DnObject **)a1.${onStackPtr(g, d, p[1]!)} = (DnObject *)arr;`,
  ]);
};

/** Internal calls (by `Type::Method`) answered from the type records. */
export const TYPE_STRUCTURE_CALLS: Record<string, BodyHandler> = {
  // The type's metadata name in UTF-8 (Type.Name's text; names are recorded when this is kept).
  'System.RuntimeTypeHandle::GetUtf8NameInternal': (m, g, d) => (m.hasIL || m.signature.params.length !== 1 ? undefined
    : typeInfoBody(m, g, d, ['const DnTypeInfo *ti = dn_typeinfo((const DnMethodTable *)a0);', 'return (void *)(ti != NULL && ti->name != NULL ? ti->name : "");'])),
  'System.RuntimeTypeHandle::GetAttributes': fromRecord('ti != NULL ? (int32_t)ti->attributes : 0'),
  'System.RuntimeTypeHandle::GetToken': fromRecord('ti != NULL ? (int32_t)ti->token : 0x02000000'),
  // Open definitions and generic parameters carry the flag (typedesc.ts).
  'System.RuntimeTypeHandle::ContainsGenericVariables': (m, g, d) => (m.hasIL || m.signature.params.length !== 1 ? undefined
    : typeInfoBody(m, g, d, [`return (${runtimeTypeMt(g, d, 'a0')}->flags & DN_MT_FLAG_CONTAINS_GENERIC_VARIABLES) != 0;`])),
  'System.RuntimeTypeHandle::GetElementTypeHandle': fromRecordByPointer('ti != NULL && ti->element != NULL ? ti->element : (mt->rank != 0 ? mt->element_type : NULL)'),
  ...GENERIC_PARAMETER_CALLS,
};

/** QCalls (by entry point) answered from the type records. */
/**
 * QCall Stream_HasOverriddenSlow(type, isRead): whether a Stream type overrides BeginRead or
 * EndRead (BeginWrite or EndWrite), so Stream's async defaults must go through them: the type's
 * vtable slots compared with Stream's own methods. (CoreCLR also caches the answer in the
 * type's auxiliary data; CoreLib asks again when it is not cached, which is always here.)
 */
const streamOverriddenBody: BodyHandler = (m, g, d) => {
  if (m.signature.params.length !== 2) return undefined;
  const stream = g.ctx.wellKnown('System.IO.Stream');
  const pair = (a: string, b: string) => [a, b].map((name) => {
    const v = stream.methods.find((x) => x.name === name && x.isVirtual && !x.isStatic);
    const slot = v && vtableSlotOf(v);
    if (!v || slot === undefined) return '0';
    return `mt->vtable[${slot}] != (DnFnPtr)${g.fnAddress(d, v, false)}`;
  }).join(' || ');
  return fnBody(m, g, d, [
    'const DnMethodTable *mt = (const DnMethodTable *)a0;',
    `return a1 ? (${pair('BeginRead', 'EndRead')}) : (${pair('BeginWrite', 'EndWrite')});`,
  ]);
};

/** QCall RuntimeTypeHandle_GetInterfaces(type, result): Type[] of every interface the type implements (its interface map). */
const interfacesBody: BodyHandler = (m, g, d) => {
  const p = m.signature.params;
  if (p.length !== 2) return undefined;
  g.needTypeObjects();
  const types = g.ctx.arrayType(g.ctx.wellKnown('System.Type'));
  g.requireConstructed(types, 'Type.GetInterfaces');
  return typeInfoBody(m, g, d, [
    'const DnMethodTable *mt = (const DnMethodTable *)a0;',
    // Nullable<T> keeps its value's offset and size where the interface map would be.
    'uint32_t n = dn_mt_is_nullable(mt) ? 0 : mt->num_interfaces;',
    `DnArray *arr = dn_alloc_array(${g.mt(d, types)}, n);`,
    'if (arr == NULL) return;',
    'for (uint32_t i = 0; i < n; i++) {',
    '    DnObject *t = dn_program_type_object(mt->interface_map[i]);',
    '    if (t == NULL) return;',
    '    DN_ARRAY_DATA(arr, DnObject *)[i] = t;',
    '}',
    `*(DnObject **)a1.${onStackPtr(g, d, p[1]!)} = (DnObject *)arr;`,
  ]);
};

/**
 * QCalls RuntimeTypeHandle_MakeSZArray(type, result) and _MakeArray(type, rank, result):
 * Type.MakeArrayType() answers the array types over the type that the program has (its record
 * lists them); an array type the program never names has no descriptor: NotSupportedException.
 */
function makeArrayBody(sz: boolean): BodyHandler {
  return (m, g, d) => {
    const p = m.signature.params;
    if (p.length !== (sz ? 2 : 3)) return undefined;
    g.needTypeObjects();
    g.needException('NotSupported');
    const out = p[p.length - 1]!;
    return typeInfoBody(m, g, d, [
      `const DnMethodTable *arr = dn_typeinfo_array_of(${qcallTypeMt(g, d, p[0]!, 'a0')}, ${sz ? '1' : 'a1'}, ${sz ? 'true' : 'false'});`,
      'if (arr == NULL) {',
      '    dn_throw_kind(DN_EXC_NOT_SUPPORTED, "Type.MakeArrayType of this type is not supported by dotnative (the program never names such an array type).");',
      '    return;',
      '}',
      'DnObject *t = dn_program_type_object(arr);',
      `if (t != NULL) *(DnObject **)${sz ? 'a1' : 'a2'}.${onStackPtr(g, d, out)} = t;`,
    ]);
  };
}

export const TYPE_STRUCTURE_QCALLS: Record<string, BodyHandler> = {
  RuntimeTypeHandle_GetInterfaces: interfacesBody,
  // (calls: type-lookups.ts is evaluated after this module)
  RuntimeTypeHandle_MakeByRef: (m, g, d) => makeByRefBody(m, g, d),
  RuntimeTypeHandle_MakePointer: (m, g, d) => makePointerBody(m, g, d),
  RuntimeTypeHandle_MakeSZArray: makeArrayBody(true),
  RuntimeTypeHandle_MakeArray: makeArrayBody(false),
  RuntimeTypeHandle_Instantiate: (m, g, d) => instantiateBody(m, g, d),
  ...GENERIC_PARAMETER_QCALLS,
  // Nothing is collectible: a type never depends on an assembly that could be unloaded.
  RuntimeTypeHandle_RegisterCollectibleTypeDependency: (m, g, d) => (m.signature.params.length !== 2 ? undefined : fnBody(m, g, d, ['(void)a0; (void)a1;'])),
  Stream_HasOverriddenSlow: streamOverriddenBody,
  RuntimeTypeHandle_GetDeclaringTypeHandle: fromRecordByPointer('ti != NULL ? ti->declaring : NULL'),
  RuntimeTypeHandle_GetGenericTypeDefinition: genericDefinitionBody,
  RuntimeTypeHandle_GetInstantiation: instantiationBody,
  // The module's `<Module>` type: not described; RuntimeModule.RuntimeType stays null, so no
  // type is taken for a module's global type.
  ModuleHandle_GetModuleType: (m, g, d) => (m.signature.params.length !== 2 ? undefined : typeInfoBody(m, g, d, ['(void)a0;', '(void)a1;'])),
};
