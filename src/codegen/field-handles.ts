// CoreLib's internal calls about fields (RuntimeFieldHandle, field enumeration, FieldInfo
// GetValue/SetValue), answered from the compile-time field records (field-records.ts,
// DnFieldInfo in runtime/include/dn_typeinfo.h). A RuntimeFieldHandleInternal, and an
// RtFieldInfo's m_fieldHandle, hold a record's address.
//
// FieldAccessor reads and writes instance fields itself once IsFastPathSupported says yes
// (offsets from GetInstanceFieldOffset). Static fields always go through the GetValue/SetValue
// QCalls: CoreLib's fast path expects CoreCLR's statics, where a struct-typed static is a boxed
// object, while dotnative stores it inline; the QCalls run the class constructor first.
import type { MethodDesc } from '../typesystem/members.js';
import { DefType, type TypeDesc } from '../typesystem/types.js';
import { type BodyHandler, onStackPtr, typeInfoBody } from './bodies.js';
import type { Deps } from './deps.js';
import type { ProgramGen } from './program.js';

/** The record a RuntimeFieldHandleInternal argument (by value) points at. */
export function fieldRecord(g: ProgramGen, d: Deps, t: TypeDesc, arg: string): string {
  return `((const DnFieldInfo *)${arg}.${onStackPtr(g, d, t)})`;
}

function isHandle(t: TypeDesc | undefined): boolean {
  return t instanceof DefType && t.typeDefinition.fullName === 'System.RuntimeFieldHandleInternal';
}

function isRtFieldInfo(t: TypeDesc | undefined): t is DefType {
  return t instanceof DefType && t.typeDefinition.fullName === 'System.Reflection.RtFieldInfo';
}

/** A body over the record of the first parameter: a RuntimeFieldHandleInternal, a field desc (IntPtr) or an RtFieldInfo. */
function fromRecord(lines: (fi: string) => string[]): BodyHandler {
  return (m, g, d) => {
    const p = m.signature.params;
    if (m.hasIL || !p.length) return undefined;
    let load: string;
    if (isHandle(p[0])) load = fieldRecord(g, d, p[0]!, 'a0');
    else if (p[0] === g.kit.i) load = '(const DnFieldInfo *)a0';
    else if (isRtFieldInfo(p[0])) {
      g.useStruct(d, p[0]);
      const member = g.ctypes.member(p[0].fields.find((f) => f.name === 'm_fieldHandle')!);
      load = `(const DnFieldInfo *)((${g.ctypes.struct(p[0]).name} *)a0)->${member}`;
    } else return undefined;
    return typeInfoBody(m, g, d, [`const DnFieldInfo *fi = ${load};`, ...p.slice(1).map((_, i) => `(void)a${i + 1};`), ...lines('fi')],
      'implemented by dotnative (compile-time field records)');
  };
}

/** `*(DnObject **)handle.ptr` of an ObjectHandleOnStack parameter. */
function onStack(g: ProgramGen, d: Deps, m: MethodDesc, i: number): string {
  return `(*(DnObject **)a${i}.${onStackPtr(g, d, m.signature.params[i]!)})`;
}

export const FIELD_HANDLE_CALLS: Record<string, BodyHandler> = {
  'System.RuntimeFieldHandle::GetUtf8NameInternal': fromRecord((fi) => [`return (void *)${fi}->name;`]),
  'System.RuntimeFieldHandle::GetAttributes': fromRecord((fi) => [`return (int32_t)${fi}->attributes;`]),
  'System.RuntimeFieldHandle::GetApproxDeclaringMethodTable': fromRecord((fi) => [`return (void *)${fi}->owner;`]),
  'System.RuntimeFieldHandle::GetToken': fromRecord((fi) => [`return (int32_t)${fi}->token;`]),
  // Records describe exact instantiations already.
  'System.RuntimeFieldHandle::GetStaticFieldForGenericType': (m, g, d) => {
    if (m.hasIL || !isHandle(m.signature.params[0])) return undefined;
    return typeInfoBody(m, g, d, ['(void)a1;', 'return a0;']);
  },
  'System.RuntimeFieldHandle::IsFastPathSupported': fromRecord((fi) => [`return ${fi}->address == NULL;`]),
  'System.RuntimeFieldHandle::GetInstanceFieldOffset': fromRecord((fi) => [`return ${fi}->offset;`]),
  'System.RuntimeFieldHandle::GetStaticFieldAddress': fromRecord((fi) => [`return (intptr_t)${fi}->address;`]),
};


export const FIELD_HANDLE_QCALLS: Record<string, BodyHandler> = {
  /**
   * RuntimeTypeHandle_GetFields(pMT, buffer, *count): the type's own field records; FALSE with
   * *count = the number needed when the buffer (of *count entries) is too small.
   */
  RuntimeTypeHandle_GetFields: (m, g, d) => {
    if (m.signature.params.length !== 3) return undefined;
    return typeInfoBody(m, g, d, [
      'const DnTypeInfo *ti = dn_typeinfo((const DnMethodTable *)a0);',
      'const DnFieldInfo *first = ti != NULL ? ti->reflected_fields : NULL;',
      'int32_t n = 0;',
      'if (first != NULL) while (first[n].owner != NULL) n++;',
      'if (*a2 < n) { *a2 = n; return 0; }',
      'for (int32_t i = 0; i < n; i++) a1[i] = (intptr_t)&first[i];',
      '*a2 = n;',
      'return 1;',
    ], 'implemented by dotnative (compile-time field records)');
  },
  /** RuntimeFieldHandle_GetValue(fieldDesc, instance, fieldType, declaringType, &isClassInitialized, result). */
  RuntimeFieldHandle_GetValue: (m, g, d) => {
    if (m.signature.params.length !== 6) return undefined;
    return typeInfoBody(m, g, d, [
      '(void)a2; (void)a3;',
      'DnObject *r = dn_field_get((const DnFieldInfo *)a0, ' + onStack(g, d, m, 1) + ');',
      'if (DN_UNLIKELY(dn_exception_pending())) return;',
      '*a4 = 1;',
      `${onStack(g, d, m, 5)} = r;`,
    ], 'implemented by dotnative (compile-time field records)');
  },
  /** RuntimeFieldHandle_SetValue(fieldDesc, instance, value, fieldType, declaringType, &isClassInitialized): CoreLib checked the value's type. */
  RuntimeFieldHandle_SetValue: (m, g, d) => {
    if (m.signature.params.length !== 6) return undefined;
    return typeInfoBody(m, g, d, [
      '(void)a3; (void)a4;',
      `if (!dn_field_set((const DnFieldInfo *)a0, ${onStack(g, d, m, 1)}, ${onStack(g, d, m, 2)})) return;`,
      '*a5 = 1;',
    ], 'implemented by dotnative (compile-time field records)');
  },
};

/** Signature_Init over a field record (no method record): the field's type, no parameters, calling convention FIELD. */
export function fieldSignatureLines(g: ProgramGen, d: Deps, handleType: TypeDesc, handleArg: string, sig: string, f: (n: string) => string, typeObject: string): string[] {
  return [
    `const DnFieldInfo *fi = ${fieldRecord(g, d, handleType, handleArg)};`,
    'if (fi == NULL) { dn_throw_kind(DN_EXC_NOT_SUPPORTED, "This signature is not available in a dotnative program."); return; }',
    `DnObject *ft = ${typeObject}(fi->type);`,
    'if (ft == NULL) return;',
    `${sig}->${f('_returnTypeORfieldType')} = (void *)ft;`,
    `${sig}->${f('_managedCallingConventionAndArgIteratorFlags')} = 0x6;`,
  ];
}
