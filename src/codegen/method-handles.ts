// CoreLib's internal calls about methods (RuntimeMethodHandle, method enumeration, Signature,
// reflection invoke, delegates bound by reflection), answered from the compile-time method
// records (method-records.ts, DnMethodInfo in runtime/include/dn_typeinfo.h). A
// RuntimeMethodHandleInternal holds a record's address.
import type { MethodDesc } from '../typesystem/members.js';
import { ByRefType, DefType, type TypeDesc } from '../typesystem/types.js';
import { type BodyHandler, type DelegateStruct, delegateStructOf, onStackPtr, qcallTypeMt, runtimeTypeMt, typeInfoBody } from './bodies.js';
import type { Deps } from './deps.js';
import { fieldRecord, fieldSignatureLines } from './field-handles.js';
import { mdModuleTable } from './metadata-import.js';
import type { ProgramGen } from './program.js';

/** The record a RuntimeMethodHandleInternal argument (by value) points at. */
function record(g: ProgramGen, d: Deps, t: TypeDesc, arg: string): string {
  return `((const DnMethodInfo *)${arg}.${onStackPtr(g, d, t)})`;
}

/** A RuntimeMethodHandleInternal value holding `ptr`. */
function handleValue(g: ProgramGen, d: Deps, t: TypeDesc, ptr: string): string {
  onStackPtr(g, d, t);
  return `(${g.ctypes.storage(t)}){ (intptr_t)(${ptr}) }`;
}

/** RuntimeMethodHandleInternal. */
function isHandle(t: TypeDesc | undefined): boolean {
  return t instanceof DefType && t.typeDefinition.fullName === 'System.RuntimeMethodHandleInternal';
}

/** IRuntimeMethodInfo (the object overloads of the RuntimeMethodHandle calls). */
function isMethodInfo(t: TypeDesc | undefined): boolean {
  return t instanceof DefType && t.typeDefinition.fullName === 'System.IRuntimeMethodInfo';
}

/**
 * C expression: the record of an IRuntimeMethodInfo object `obj`, a RuntimeMethodInfoStub (what
 * handles resolved from tokens give), a RuntimeConstructorInfo or a RuntimeMethodInfo (their
 * m_handle). The body is written once, before the program's last type is known: all three are
 * tested.
 */
export function recordOfMethodInfo(g: ProgramGen, d: Deps, obj: string): string {
  const stub = g.ctx.wellKnown('System.RuntimeMethodInfoStub');
  const value = stub.fields.find((f) => f.name === 'm_value')!;
  const inner = (value.type as DefType).fields.find((f) => !f.isStatic)!;
  g.useStruct(d, stub);
  g.useStruct(d, value.type as DefType);
  let expr = `(const DnMethodInfo *)((${g.ctypes.struct(stub).name} *)${obj})->${g.ctypes.member(value)}.${g.ctypes.member(inner)}`;
  for (const name of ['System.Reflection.RuntimeConstructorInfo', 'System.Reflection.RuntimeMethodInfo']) {
    const t = g.ctx.wellKnown(name);
    const handle = t.fields.find((f) => f.name === 'm_handle');
    if (!handle) continue;
    g.useStruct(d, t);
    expr = `(${obj}->mt == ${g.mt(d, t)} ? (const DnMethodInfo *)((${g.ctypes.struct(t).name} *)${obj})->${g.ctypes.member(handle)} : ${expr})`;
  }
  return expr;
}

/** A body over the record of the first parameter (a RuntimeMethodHandleInternal or an IRuntimeMethodInfo). */
function fromRecord(lines: (mi: string) => string[]): BodyHandler {
  return (m, g, d) => {
    const p = m.signature.params;
    if (m.hasIL || !(isHandle(p[0]) || isMethodInfo(p[0]))) return undefined;
    const mi = isHandle(p[0]) ? record(g, d, p[0]!, 'a0') : recordOfMethodInfo(g, d, 'a0');
    return typeInfoBody(m, g, d, [`const DnMethodInfo *mi = ${mi};`, ...p.slice(1).map((_, i) => `(void)a${i + 1};`), ...lines('mi')],
      'implemented by dotnative (compile-time method records)');
  };
}

/** A body answering a constant (the program has no generic method definitions, dynamic methods...). */
function constant(value: string): BodyHandler {
  return fromRecord(() => ['(void)mi;', `return ${value};`]);
}

/** A body that hands back its first argument (the record is already the exact method). */
const sameHandle: BodyHandler = (m, g, d) => {
  if (m.hasIL || !isHandle(m.signature.params[0])) return undefined;
  return typeInfoBody(m, g, d, [...m.signature.params.slice(1).map((_, i) => `(void)a${i + 1};`), 'return a0;']);
};

/** The RuntimeType of a MethodTable, created on first use. */
function typeObject(g: ProgramGen): string {
  g.needTypeObjects();
  return 'dn_program_type_object';
}

/**
 * Signature.AreEqual(Signature, Signature) (MemberInfoCache hides inherited members by
 * signature with it): CoreCLR compares the two metadata signatures, each over its declaring
 * type's instantiation. Signature_Init here fills the managed Signature from a record (no
 * metadata blob): the same comparison over what it holds, the calling convention, the return
 * type and the parameter types (exact types: one RuntimeType object per type). One difference
 * remains: CoreCLR compares the declared signatures, so `Base<T>.M(T)` and a derived `M(int)`
 * over Base<int> differ there and are equal here (a record has no token to read them from).
 */
const SIGNATURE_ARE_EQUAL = 'System.Signature::AreEqual';
const signatureAreEqual: BodyHandler = (m, g, d) => {
  const p = m.signature.params;
  const s = signatureStruct(g, d);
  if (p.length !== 2 || p[0] !== s.type || p[1] !== s.type) return undefined;
  const cc = s.f('_managedCallingConventionAndArgIteratorFlags');
  const ret = s.f('_returnTypeORfieldType');
  const args = s.f('_arguments');
  return typeInfoBody(m, g, d, [
    `const ${s.name} *x = (const ${s.name} *)a0, *y = (const ${s.name} *)a1;`,
    `if ((x->${cc} & 0xff) != (y->${cc} & 0xff) || (void *)x->${ret} != (void *)y->${ret}) return false;`,
    `const DnArray *p = (const DnArray *)x->${args}, *q = (const DnArray *)y->${args};`,
    'uint32_t n = p != NULL ? p->length : 0;',
    'if (n != (q != NULL ? q->length : 0)) return false;',
    'for (uint32_t i = 0; i < n; i++)',
    '    if (DN_ARRAY_DATA(p, DnObject *)[i] != DN_ARRAY_DATA(q, DnObject *)[i]) return false;',
    'return true;',
  ]);
};

/** Methods with IL that intrinsics.ts binds to the bodies here (REPLACED_WITH_IL). */
export const METHOD_HANDLE_REPLACED = [SIGNATURE_ARE_EQUAL];

export const METHOD_HANDLE_CALLS: Record<string, BodyHandler> = {
  [SIGNATURE_ARE_EQUAL]: signatureAreEqual,
  'System.RuntimeTypeHandle::GetFirstIntroducedMethod': (m, g, d) => {
    if (m.hasIL || m.signature.params.length !== 1) return undefined;
    return typeInfoBody(m, g, d, [
      `const DnTypeInfo *ti = dn_typeinfo(${runtimeTypeMt(g, d, 'a0')});`,
      'const DnMethodInfo *first = ti != NULL && ti->methods != NULL && ti->methods[0].owner != NULL ? ti->methods : NULL;',
      `return ${handleValue(g, d, m.signature.returnType, 'first')};`,
    ]);
  },
  'System.RuntimeTypeHandle::GetNextIntroducedMethod': (m, g, d) => {
    const p = m.signature.params[0];
    if (m.hasIL || !(p instanceof ByRefType)) return undefined;
    const member = onStackPtr(g, d, p.elementType);
    return typeInfoBody(m, g, d, [
      `const DnMethodInfo *mi = (const DnMethodInfo *)a0->${member};`,
      `a0->${member} = (intptr_t)(mi != NULL && mi[1].owner != NULL ? mi + 1 : NULL);`,
    ]);
  },
  'System.RuntimeTypeHandle::GetNumVirtuals': (m, g, d) => {
    if (m.hasIL || m.signature.params.length !== 1) return undefined;
    return typeInfoBody(m, g, d, [
      `const DnMethodTable *mt = ${runtimeTypeMt(g, d, 'a0')};`,
      'const DnTypeInfo *ti = dn_typeinfo(mt);',
      'if (ti == NULL || ti->methods == NULL) return (int32_t)mt->num_virtuals;',
      'const DnMethodInfo *end = ti->methods;',
      'while (end->owner != NULL) end++;',
      'return end->slot;',
    ]);
  },
  'System.RuntimeMethodHandle::GetAttributes': fromRecord((mi) => [`return (int32_t)${mi}->attributes;`]),
  'System.RuntimeMethodHandle::GetImplAttributes': fromRecord((mi) => [`return (int32_t)${mi}->impl_attributes;`]),
  // A non-virtual method's slot lies past the virtual ones in CoreCLR (reflection compares it
  // with GetNumVirtuals); records keep -1 for them.
  'System.RuntimeMethodHandle::GetSlot': fromRecord((mi) => [`return ${mi}->slot >= 0 ? ${mi}->slot : INT32_MAX;`]),
  'System.RuntimeMethodHandle::GetUtf8NameInternal': fromRecord((mi) => [`return (void *)${mi}->name;`]),
  'System.RuntimeMethodHandle::GetMethodTable': fromRecord((mi) => [`return (void *)${mi}->owner;`]),
  'System.RuntimeMethodHandle::IsConstructor': fromRecord((mi) => [`return ${mi}->name[0] == '.';`]),
  'System.RuntimeMethodHandle::GetFunctionPointer': fromRecord((mi) => [`return (intptr_t)${mi}->code;`]),
  // The MethodDef token: CoreLib reads parameter names, default values and custom attributes
  // through MetadataImport with it (metadata-import.ts).
  'System.RuntimeMethodHandle::GetMethodDef': fromRecord((mi) => [`return (int32_t)${mi}->token;`]),
  'System.RuntimeMethodHandle::IsGenericMethodDefinition': constant('false'),
  'System.RuntimeMethodHandle::HasMethodInstantiation': constant('false'),
  'System.RuntimeMethodHandle::GetGenericParameterCount': constant('0'),
  'System.RuntimeMethodHandle::IsDynamicMethod': constant('false'),
  'System.RuntimeMethodHandle::GetResolver': constant('NULL'),
  'System.RuntimeMethodHandle::GetLoaderAllocatorInternal': constant('NULL'),
  'System.RuntimeMethodHandle::GetStubIfNeededInternal': sameHandle,
  'System.RuntimeMethodHandle::GetMethodFromCanonical': sameHandle,
};


/** The managed Signature's C struct and its fields. */
function signatureStruct(g: ProgramGen, d: Deps): { name: string; f: (n: string) => string; type: DefType } {
  const t = g.ctx.wellKnown('System.Signature');
  g.useStruct(d, t);
  return { name: g.ctypes.struct(t).name, f: (n) => g.ctypes.member(t.fields.find((x) => x.name === n && !x.isStatic)!), type: t };
}

/** `*(T **)handle.ptr` for an ObjectHandleOnStack parameter. */
function onStack(g: ProgramGen, d: Deps, m: MethodDesc, i: number, ctype = 'DnObject *'): string {
  return `(*(${ctype} *)a${i}.${onStackPtr(g, d, m.signature.params[i]!)})`;
}

/** Lines setting `found` to the record whose code (or object entry) is `code`, else NULL. */
const FIND_BY_CODE = [
  'extern const DnMethodInfo *const dn_program_method_records[];',
  'const DnMethodInfo *found = NULL;',
  'for (const DnMethodInfo *const *list = dn_program_method_records; *list != NULL && found == NULL; list++)',
  '    for (const DnMethodInfo *mi = *list; mi->owner != NULL; mi++)',
  '        if (mi->code == code || mi->object_code == code) { found = mi; break; }',
];

/** Lines setting `info` to a new RuntimeMethodInfoStub of the record `record` (returning if that throws), or undefined without the stub's constructor. */
function methodInfoStub(g: ProgramGen, d: Deps, record: string, why: string): string[] | undefined {
  const stub = g.ctx.wellKnown('System.RuntimeMethodInfoStub');
  const ctor = stub.methods.find((x) => x.isConstructor && !x.isStatic && x.signature.params.length === 2 && x.signature.params[1] === g.kit.object);
  if (!ctor) return undefined;
  g.requireConstructed(stub, why);
  g.require(ctor, why);
  return [
    `DnObject *info = dn_alloc_object(${g.mt(d, stub)});`,
    'if (info == NULL) return;',
    `${g.fn(d, ctor)}(info, ${handleValue(g, d, ctor.signature.params[0]!, record)}, NULL);`,
    'if (DN_UNLIKELY(dn_exception_pending())) return;',
  ];
}

/** The records' methods in `mt`'s list, then its bases' (the most derived first). */
const BY_SLOT = [
  'for (const DnMethodTable *t = mt; t != NULL; t = t->parent) {',
  '    const DnTypeInfo *ti = dn_typeinfo(t);',
  '    for (const DnMethodInfo *mi = ti != NULL ? ti->methods : NULL; mi != NULL && mi->owner != NULL; mi++)',
  '        if (mi->slot == a1) return (intptr_t)mi;',
  '}',
];

/** Signature_Init over a metadata signature blob (a1, a2 bytes) of sig->_declaringType's assembly. */
function rawSignatureLines(g: ProgramGen, d: Deps, s: { name: string; f: (n: string) => string }, type: string): string[] {
  const rtArray = g.ctx.arrayType(g.ctx.wellKnown('System.RuntimeType'));
  return [
    `DnObject *decl = (DnObject *)sig->${s.f('_declaringType')};`,
    `const DnAssemblyInfo *asm_info = decl != NULL ? dn_typeinfo_assembly(${runtimeTypeMt(g, d, 'decl')}) : NULL;`,
    'if (asm_info == NULL) { dn_throw_kind(DN_EXC_NOT_SUPPORTED, "This signature is not available in a dotnative program."); return; }',
    `const DnMdModule *mod = dn_md_module(${mdModuleTable(g, d)}, asm_info);`,
    'if (mod == NULL) return;',
    'const DnMethodTable *ret, *ps[32];',
    'uint8_t cc;',
    'int32_t n = dn_mdi_parse_signature(mod, (const uint8_t *)a1, a2, &cc, &ret, ps, 32);',
    'if (n < 0) return;',
    'if (n > 32) { dn_throw_kind(DN_EXC_NOT_SUPPORTED, "Signatures of more than 32 parameters are not supported."); return; }',
    `DnObject *rt = ${type}(ret);`,
    'if (rt == NULL) return;',
    `sig->${s.f('_returnTypeORfieldType')} = (void *)rt;`,
    `sig->${s.f('_managedCallingConventionAndArgIteratorFlags')} = cc;`,
    'if ((cc & 0x0f) != 0x06) {',
    `    DnArray *args = dn_alloc_array(${g.mt(d, rtArray)}, n);`,
    '    if (args == NULL) return;',
    `    sig->${s.f('_arguments')} = (void *)args;`,
    '    for (int32_t i = 0; i < n; i++) {',
    `        DnObject *t = ${type}(ps[i]);`,
    '        if (t == NULL) return;',
    '        DN_ARRAY_DATA(args, DnObject *)[i] = t;',
    '    }',
    '}',
    'return;',
  ];
}

/**
 * The tail both delegate-binding QCalls share: `mi` (a DnMethodInfo) bound into `del` as the
 * delegate constructors bind (delegates.ts): closed over `target` when `closed` holds (an
 * instance method through its object entry), else open (a static method called through the
 * aux pointer, the delegate itself as target). Returns 0 from the body when there is no code.
 */
function bindDelegate(ds: DelegateStruct, closed: string, refuse: string): string[] {
  return [
    'bool is_static = (mi->attributes & 0x10) != 0;',
    'DnFnPtr code = is_static ? mi->code : mi->object_code;',
    `if (code == NULL${refuse}) return 0;`,
    `bool closed = ${closed};`,
    `del->${ds.target} = closed ? target : (DnObject *)del;`,
    `del->${ds.ptr} = (intptr_t)code;`,
    `del->${ds.aux} = closed ? 0 : (intptr_t)code;`,
    'return 1;',
  ];
}

export const METHOD_HANDLE_QCALLS: Record<string, BodyHandler> = {
  /**
   * RuntimeTypeHandle_GetMethodAt(MethodTable*, slot): the method in a virtual slot
   * (GetBaseDefinition walks the slots): the most derived described method with that slot, the
   * one the slot holds. A slot whose method has no record is NotSupportedException.
   */
  RuntimeTypeHandle_GetMethodAt: (m, g, d) => {
    if (m.signature.params.length !== 2) return undefined;
    g.needException('NotSupported');
    return typeInfoBody(m, g, d, [
      'const DnMethodTable *mt = (const DnMethodTable *)a0;',
      ...BY_SLOT,
      'dn_throw_kind(DN_EXC_NOT_SUPPORTED, "dotnative has no record of the method in this virtual slot.");',
      'return 0;',
    ]);
  },
  /**
   * RuntimeMethodHandle_GetMethodInstantiation(method, result, asRuntimeTypeArray): a method's
   * type arguments. Records describe no generic method (method-records.ts), so every record's
   * method has none: the result stays null, as CoreCLR leaves it for a non-generic method.
   */
  // No record is a generic method's instantiation: the method CoreLib passes in (and leaves in
  // the result) is already stripped.
  RuntimeMethodHandle_StripMethodInstantiation: (m, g, d) => (m.signature.params.length !== 2 ? undefined : typeInfoBody(m, g, d, ['(void)a0; (void)a1;'])),
  RuntimeMethodHandle_GetMethodInstantiation: (m, g, d) => (m.signature.params.length !== 3 ? undefined
    : typeInfoBody(m, g, d, ['(void)a0; (void)a1; (void)a2;'])),
  /**
   * RuntimeMethodHandle_ConstructInstantiation(method, format, result): the "[T1,T2]" part of a
   * generic method's name; empty for the records' methods, none of which is generic.
   */
  RuntimeMethodHandle_ConstructInstantiation: (m, g, d) => {
    const p = m.signature.params;
    if (p.length !== 3) return undefined;
    return typeInfoBody(m, g, d, ['(void)a0; (void)a1;', `*(DnObject **)a2.${onStackPtr(g, d, p[2]!)} = (DnObject *)dn_string_from_utf8("", 0);`]);
  },
  /**
   * RuntimeMethodHandle_GetStubIfNeededSlow(method, declaringType, methodInstantiation): CoreLib
   * calls it with a method instantiation (MethodInfo.MakeGenericMethod). No record is a generic
   * method definition, so no compiled instantiation can be found from one: what Native AOT
   * throws for a generic method instantiation it has no code for.
   */
  RuntimeMethodHandle_GetStubIfNeededSlow: (m, g, d) => {
    const p = m.signature.params;
    if (p.length !== 3 || !isHandle(p[0])) return undefined;
    g.needException('NotSupported');
    return typeInfoBody(m, g, d, [
      `const DnMethodInfo *mi = ${record(g, d, p[0]!, 'a0')};`,
      `const DnMethodTable *owner = ${qcallTypeMt(g, d, p[1]!, 'a1')};`,
      `const DnArray *inst = *(const DnArray **)a2.${onStackPtr(g, d, p[2]!)};`,
      `if ((inst == NULL || inst->length == 0) && owner == mi->owner) return ${handleValue(g, d, m.signature.returnType, 'mi')};`,
      'dn_throw_missing_native_code(owner != NULL ? owner->name : mi->owner->name, mi->name);',
      `return ${handleValue(g, d, m.signature.returnType, 'NULL')};`,
    ]);
  },
  /**
   * UnsafeAccessors_ResolveGenericParamToTypeHandle(accessor, isMethodParam, index): CoreLib
   * asks only while resolving an [UnsafeAccessorType] name for the method the runtime passed
   * it; dotnative binds unsafe accessors at compile time (unsafe-accessor.ts) and never passes
   * one, so there is no accessor whose parameter could be found: null, which CoreLib reports as
   * the TypeLoadException of a name it cannot resolve.
   */
  UnsafeAccessors_ResolveGenericParamToTypeHandle: (m, g, d) => (m.signature.params.length !== 3 ? undefined
    : typeInfoBody(m, g, d, ['(void)a0; (void)a1; (void)a2;', 'return 0;'])),
  /** Signature_Init(this, pCorSig, cCorSig, fieldHandle, methodHandle): the method's (or field's) signature as RuntimeTypes. */
  Signature_Init: (m, g, d) => {
    const p = m.signature.params;
    if (p.length !== 5) return undefined;
    const s = signatureStruct(g, d);
    const rtArray = g.ctx.arrayType(g.ctx.wellKnown('System.RuntimeType'));
    g.requireConstructed(rtArray, 'Signature (method records)');
    g.needException('NotSupported');
    const type = typeObject(g);
    return typeInfoBody(m, g, d, [
      `${s.name} *sig = (${s.name} *)${onStack(g, d, m, 0)};`,
      '(void)a1; (void)a2;',
      `const DnMethodInfo *mi = ${record(g, d, p[4]!, 'a4')};`,
      // A signature read from metadata (a property's, a literal field's): parsed over the
      // declaring type's assembly (metadata-import.ts's token tables).
      `if (mi == NULL && ${fieldRecord(g, d, p[3]!, 'a3')} == NULL && a1 != NULL) {`,
      ...rawSignatureLines(g, d, s, type).map((l) => `    ${l}`),
      '}',
      // A field's signature: its record (field-records.ts) holds the type.
      'if (mi == NULL) {',
      ...fieldSignatureLines(g, d, p[3]!, 'a3', 'sig', s.f, type).map((l) => `    ${l}`),
      '    return;',
      '}',
      `DnArray *args = dn_alloc_array(${g.mt(d, rtArray)}, (intptr_t)mi->param_count);`,
      'if (args == NULL) return;',
      `sig->${s.f('_arguments')} = (void *)args;`,
      'for (uint32_t i = 0; i < mi->param_count; i++) {',
      `    DnObject *t = ${type}(mi->params[i]);`,
      '    if (t == NULL) return;',
      '    DN_ARRAY_DATA(args, DnObject *)[i] = t;',
      '}',
      `DnObject *ret = ${type}(mi->ret);`,
      'if (ret == NULL) return;',
      `sig->${s.f('_returnTypeORfieldType')} = (void *)ret;`,
      // The signature's calling convention byte: HASTHIS (0x20) for instance methods.
      `sig->${s.f('_managedCallingConventionAndArgIteratorFlags')} = (mi->attributes & 0x10) != 0 ? 0 : 0x20;`,
      `sig->${s.f('_pMethod')} = a4;`,
    ]);
  },
  /** RuntimeMethodHandle_InvokeMethod(target, arguments, sig, isConstructor, result): the record's invoke thunk. */
  RuntimeMethodHandle_InvokeMethod: (m, g, d) => {
    const p = m.signature.params;
    if (p.length !== 5) return undefined;
    const s = signatureStruct(g, d);
    g.needException('NotSupported');
    const handle = s.type.fields.find((x) => x.name === '_pMethod')!.type;
    return typeInfoBody(m, g, d, [
      `${s.name} *sig = (${s.name} *)${onStack(g, d, m, 2)};`,
      `const DnMethodInfo *mi = ${record(g, d, handle, `sig->${s.f('_pMethod')}`)};`,
      'if (mi == NULL || mi->invoke == NULL) { dn_throw_kind(DN_EXC_NOT_SUPPORTED, "This method cannot be invoked by reflection in a dotnative program."); return; }',
      `DnObject *r = mi->invoke(${onStack(g, d, m, 0)}, a1, a3 != 0);`,
      'if (DN_UNLIKELY(dn_exception_pending())) return;',
      `${onStack(g, d, m, 4)} = r;`,
    ]);
  },
  /**
   * Delegate_BindToMethodInfo(d, target, method, methodType, flags): fills the delegate as its
   * constructor would (delegates.ts's convention): a static method is called with the target as
   * its first argument when closed, without it when open; an instance method through its entry
   * taking `this` as an object (the vtable call of a virtual method).
   */
  Delegate_BindToMethodInfo: (m, g, d) => {
    const p = m.signature.params;
    if (p.length !== 5) return undefined;
    const ds = delegateStructOf(g, d);
    return typeInfoBody(m, g, d, [
      `${ds.name} *del = (${ds.name} *)${onStack(g, d, m, 0)};`,
      `DnObject *target = ${onStack(g, d, m, 1)};`,
      `const DnMethodInfo *mi = ${record(g, d, p[2]!, 'a2')};`,
      '(void)a3; (void)a4;',
      ...bindDelegate(ds, 'target != NULL', ''),
    ]);
  },
  /**
   * Delegate_BindToMethodName(d, target, methodType, UTF-8 name, flags): Delegate.CreateDelegate
   * by name. The method is found among methodType's records and its bases' (runtime's
   * dn_find_delegate_method) and bound as Delegate_BindToMethodInfo binds: an instance method
   * closed over the target through its object entry (virtual: the target's override), a static
   * method open (called without the target).
   */
  Delegate_BindToMethodName: (m, g, d) => {
    const p = m.signature.params;
    if (p.length !== 5) return undefined;
    const ds = delegateStructOf(g, d);
    return typeInfoBody(m, g, d, [
      `${ds.name} *del = (${ds.name} *)${onStack(g, d, m, 0)};`,
      `DnObject *target = ${onStack(g, d, m, 1)};`,
      `const DnMethodInfo *mi = dn_find_delegate_method(((DnObject *)del)->mt, ${qcallTypeMt(g, d, p[2]!, 'a2')}, (const char *)a3, (uint32_t)a4);`,
      'if (mi == NULL) return 0;',
      ...bindDelegate(ds, '!is_static', ' || (!is_static && target == NULL)'),
    ]);
  },
  /** Delegate_FindMethodHandle(d, result): the record whose code the delegate calls, as a RuntimeMethodInfoStub. */
  Delegate_FindMethodHandle: (m, g, d) => {
    if (m.signature.params.length !== 2) return undefined;
    const ds = delegateStructOf(g, d);
    const stub = methodInfoStub(g, d, 'found', 'Delegate.Method');
    if (!stub) return undefined;
    g.needException('NotSupported');
    return typeInfoBody(m, g, d, [
      `${ds.name} *del = (${ds.name} *)${onStack(g, d, m, 0)};`,
      `DnFnPtr code = (DnFnPtr)(del->${ds.aux} != 0 ? del->${ds.aux} : del->${ds.ptr});`,
      ...FIND_BY_CODE,
      'if (found == NULL) { dn_throw_kind(DN_EXC_NOT_SUPPORTED, "dotnative has no record of this delegate\'s method."); return; }',
      ...stub,
      `${onStack(g, d, m, 1)} = info;`,
    ]);
  },
  /**
   * ExceptionNative_GetMethodFromStackTrace(stackTrace, result): Exception.TargetSite, the
   * method of the trace's first frame as a RuntimeMethodInfoStub. Only application methods'
   * frames name their code (methods.ts); for others, and for methods without a record,
   * TargetSite is null, as under Native AOT for a method without reflection metadata.
   */
  ExceptionNative_GetMethodFromStackTrace: (m, g, d) => {
    if (m.signature.params.length !== 2) return undefined;
    const stub = methodInfoStub(g, d, 'found', 'Exception.TargetSite');
    if (!stub) return undefined;
    return typeInfoBody(m, g, d, [
      `const DnStackFrameInfo *frame = dn_stack_trace_origin(${onStack(g, d, m, 0)});`,
      'if (frame == NULL || !(frame->flags & DN_FRAME_HAS_CODE)) return;',
      'DnFnPtr code = ((const DnCodeFrameInfo *)frame)->code;',
      ...FIND_BY_CODE,
      'if (found == NULL) return;',
      ...stub,
      `${onStack(g, d, m, 1)} = info;`,
    ]);
  },
};
