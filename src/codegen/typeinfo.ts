// Types as text, enums and default struct equality: the runtime facts CoreLib asks reflection
// for, computed at compile time and emitted as compact data beside the type descriptors
// (DnMethodTable.type_info, runtime/include/dn_typeinfo.h), only for the types and only when
// the program uses the methods that ask:
//   - names (Name, FullName, Namespace, ToString) of every described type, when one of
//     RuntimeType's name getters is compiled, and AssemblyQualifiedName when its getter is;
//   - an enum's literal names and values in metadata order and whether it has [Flags], when
//     Enum.GetEnumInfo<TStorage> is compiled;
//   - the instance fields of constructed value types that cannot be compared bitwise, when
//     ValueType.Equals or ValueType.GetHashCode is compiled;
//   - every described type's assembly (its DnAssemblyInfo record, assemblies.ts), when
//     RuntimeTypeHandle.GetAssemblyIfExists/GetModuleIfExists (typeof(X).Assembly/.Module) is.
//   - the methods reflection sees (method-records.ts), when CoreLib's method enumeration or
//     Delegate.FindMethodHandle is;
//   - the fields reflection sees (field-records.ts), when CoreLib's field enumeration is.
// The bodies of the methods that read this data (bound in intrinsics.ts) are here too; the C
// that interprets it is runtime/src/typeinfo.c.
import { VirtualUseNode } from '../analysis/nodes.js';
import { isNullable } from '../typesystem/casting.js';
import { interfacesOf } from '../typesystem/interfaces.js';
import { instanceLayout } from '../typesystem/layout.js';
import type { MethodDesc } from '../typesystem/members.js';
import { ArrayType, ByRefType, DefType, GenericParameter, PointerType, type TypeDesc } from '../typesystem/types.js';
import { resolveVirtualMethod, vtableOf } from '../typesystem/vtable.js';
import type { Deps } from './deps.js';
import { canCompareBits } from './typedesc.js';
import { ACTIVATION_INFO, activationField, planActivation } from './activation.js';
import { nameableTypes } from './nameable-types.js';
import { planClassConstructors, planModuleConstructors } from './class-constructors.js';
import { planUninitializedObjects } from './uninitialized-objects.js';
import { CODE_POINTER_QCALLS } from './delegate-construction.js';
import { planTypeLookups } from './type-lookups.js';
import { buildsCustomAttributes, planCustomAttributes } from './custom-attributes.js';
import { DELEGATE_METHOD, MEMBER_ENUMERATION, type MethodRecordUse, TARGET_SITE, methodRecordsFor, planMethodRecords } from './method-records.js';
import { FIELD_ENUMERATION, fieldRecordsFor, planFieldRecords } from './field-records.js';
import { assemblyDisplayName, assemblyRecord, typeAssembly } from './assemblies.js';
import { qcallTypeMt, runtimeTypeMt, typeInfoBody } from './bodies.js';
import { cString, type ProgramGen } from './program.js';

const TYPEINFO_H = 'dn_typeinfo.h';

/** The methods whose presence makes the data necessary (methodKey spelling). */
const NAME_GETTERS = ['get_Name', 'get_FullName', 'get_Namespace', 'ToString'].map((n) => `System.RuntimeType::${n}`);
/** The FCall that reads a record's Name as UTF-8 (member filtering by name). */
const UTF8_NAME = 'System.RuntimeTypeHandle::GetUtf8NameInternal';
/** RuntimeType.AssemblyQualifiedName (its IL reaches the RuntimeTypeHandle_ConstructName QCall). */
const QUALIFIED_NAME = 'System.RuntimeType::get_AssemblyQualifiedName';
const ENUM_INFO = 'System.Enum::GetEnumInfo';
/** QCall behind Array.CreateInstance(Type, ...) (Enum.GetValues(Type) uses it). */
const ARRAY_CREATE = 'Array_CreateInstance';
/** QCall behind Type.GetInterfaces (and GetInterface, IsAssignableFrom's interface walk). */
const GET_INTERFACES = 'RuntimeTypeHandle_GetInterfaces';
/** QCalls behind Type.MakeArrayType, which answer from the same lists. */
const ARRAY_MAKERS = ['RuntimeTypeHandle_MakeSZArray', 'RuntimeTypeHandle_MakeArray'];
/** QCall behind Type.GetGenericArguments: an open definition's arguments are its generic parameters. */
const GET_INSTANTIATION = 'RuntimeTypeHandle_GetInstantiation';
/** QCall behind Type.MakeGenericType (generic-instantiations.ts). */
const INSTANTIATE = 'RuntimeTypeHandle_Instantiate';
const VALUETYPE_METHODS = ['System.ValueType::Equals', 'System.ValueType::GetHashCode'];
/** The reflection calls that read a type's shape (attributes, enclosing and generic definition...). */
const STRUCTURE_CALLS = ['GetAttributes', 'GetToken', 'GetDeclaringTypeHandle', 'GetGenericTypeDefinition', 'GetElementTypeHandle', 'GetModuleIfExists']
  .map((n) => `System.RuntimeTypeHandle::${n}`);
/** The calls that ask for a type's assembly or module (typeof(X).Assembly, typeof(X).Module). */
const ASSEMBLY_OF_TYPE = ['GetAssemblyIfExists', 'GetAssemblySlow', 'GetModuleIfExists', 'GetModuleSlow'].map((n) => `System.RuntimeTypeHandle::${n}`);

/** Methods with IL that intrinsics.ts binds to the bodies below (REPLACED_WITH_IL). */
export const TYPEINFO_REPLACED = [ENUM_INFO, ...NAME_GETTERS, QUALIFIED_NAME, 'System.ValueType::Equals', 'System.RuntimeType::Box'];

function keyOf(m: MethodDesc): string {
  const o = m.owningType;
  return `${o instanceof DefType ? o.typeDefinition.fullName : String(o)}::${m.name}`;
}

/** What the kept methods ask for (computed once per data unit). */
interface Wanted { genericParams: boolean; instantiate: boolean; names: boolean; qualified: boolean; enums: boolean; fields: boolean; arrays: boolean; structure: boolean; activation: boolean; assembly: boolean; interfaces: boolean; reflectedFields: boolean; methods: MethodRecordUse }
function wanted(gen: ProgramGen): Wanted {
  let genericParams = false, instantiate = false;
  let names = false, qualified = false, enums = false, fields = false, arrays = false, structure = false, activation = false, assembly = false, interfaces = false, reflectedFields = false;
  const methods: MethodRecordUse = { members: false, delegates: false, targetSite: false };
  for (const m of gen.kept) {
    if (m.isPInvoke && m.def) {
      const entry = m.def.assembly.md.implMapOf(m.token)?.importName;
      if (entry === ARRAY_CREATE || (entry !== undefined && ARRAY_MAKERS.includes(entry))) arrays = true;
      else if (entry === ACTIVATION_INFO) activation = true;
      else if (entry === DELEGATE_METHOD || CODE_POINTER_QCALLS.includes(entry!)) methods.delegates = true;
      else if (entry === TARGET_SITE) methods.targetSite = true;
      else if (entry === 'Delegate_BindToMethodName') methods.members = true; // CreateDelegate by name searches the records
      else if (entry === GET_INTERFACES) interfaces = true;
      else if (entry === FIELD_ENUMERATION) reflectedFields = true;
      else if (entry === GET_INSTANTIATION) genericParams = true;
      else if (entry === INSTANTIATE) instantiate = true;
    }
    const k = keyOf(m);
    if (NAME_GETTERS.includes(k) || k === UTF8_NAME) names = true;
    else if (k === QUALIFIED_NAME) qualified = true;
    else if (k === ENUM_INFO) enums = true;
    else if (VALUETYPE_METHODS.includes(k)) fields = true;
    if (STRUCTURE_CALLS.includes(k)) structure = true;
    if (ASSEMBLY_OF_TYPE.includes(k)) assembly = true;
    if (k === MEMBER_ENUMERATION) methods.members = true;
  }
  return { genericParams, instantiate, names, qualified, enums, fields, arrays, structure, activation, assembly, interfaces, reflectedFields, methods };
}

const wantedCache = new WeakMap<ProgramGen, Wanted>();
/** What the kept methods ask for, once the set of kept methods is final (emission). */
function wantedAtEmission(gen: ProgramGen): Wanted {
  let w = wantedCache.get(gen);
  if (!w) wantedCache.set(gen, (w = wanted(gen)));
  return w;
}

/**
 * Whether type records carry the type's shape; then the descriptor closure also holds each
 * type's enclosing type, generic definition and pointer element (typedesc.ts).
 */
export function wantsTypeStructure(gen: ProgramGen): boolean {
  return wantedAtEmission(gen).structure;
}

/**
 * Whether open generic definitions list their generic parameters (Type.GetGenericArguments of a
 * definition); then each parameter has a descriptor of its own (typedesc.ts).
 */
export function wantsGenericParameters(gen: ProgramGen): boolean {
  return wantedAtEmission(gen).genericParams;
}

/** Whether the program keeps Type.MakeGenericType's QCall (the data unit lists the instantiations). */
export function wantsInstantiations(gen: ProgramGen): boolean {
  return wantedAtEmission(gen).instantiate;
}

// ---- names ---------------------------------------------------------------------------------

function arraySuffix(t: ArrayType): string {
  return t.isSzArray ? '[]' : t.rank === 1 ? '[*]' : `[${','.repeat(t.rank - 1)}]`;
}

/** Type.Name. */
export function typeSimpleName(t: TypeDesc): string {
  if (t instanceof ArrayType) return typeSimpleName(t.elementType) + arraySuffix(t);
  if (t instanceof PointerType) return typeSimpleName(t.elementType) + '*';
  if (t instanceof ByRefType) return typeSimpleName(t.elementType) + '&';
  if (t instanceof DefType) return t.name;
  if (t instanceof GenericParameter) return t.name;
  return String(t);
}

/** Type.FullName (undefined where .NET gives null: types over generic parameters). */
export function typeFullName(t: TypeDesc): string | undefined {
  if (t instanceof ArrayType) {
    const e = typeFullName(t.elementType);
    return e === undefined ? undefined : e + arraySuffix(t);
  }
  if (t instanceof PointerType || t instanceof ByRefType) {
    const e = typeFullName(t.elementType);
    return e === undefined ? undefined : e + (t instanceof PointerType ? '*' : '&');
  }
  if (t instanceof DefType) {
    const base = t.typeDefinition.fullName;
    if (!t.instantiation.length || t.isTypeDefinition) return base;
    if (t.containsGenericParameters) return undefined;
    const args: string[] = [];
    for (const a of t.instantiation) {
      const n = assemblyQualifiedName(a);
      if (n === undefined) return undefined;
      args.push(`[${n}]`);
    }
    return `${base}[${args.join(',')}]`;
  }
  return undefined;
}

function rootElement(t: TypeDesc): TypeDesc {
  while (t instanceof ArrayType || t instanceof PointerType || t instanceof ByRefType) t = t.elementType;
  return t;
}

function assemblyQualifiedName(t: TypeDesc): string | undefined {
  const f = typeFullName(t);
  const root = rootElement(t);
  if (f === undefined || !(root instanceof DefType)) return undefined;
  return `${f}, ${assemblyDisplayName(root.assembly)}`;
}

/** Type.Namespace (undefined for null). */
export function typeNamespace(t: TypeDesc): string | undefined {
  let r = rootElement(t);
  // A generic parameter's namespace is its owner's.
  if (r instanceof GenericParameter && r.ownerType) r = t.ctx.typeForDefinition(r.assembly, r.ownerType.rid);
  if (!(r instanceof DefType)) return undefined;
  for (let o = r.containingType; o; o = o.containingType) r = o;
  return (r as DefType).namespace || undefined;
}

/** Type.ToString(). */
export function typeToString(t: TypeDesc): string {
  if (t instanceof ArrayType) return typeToString(t.elementType) + arraySuffix(t);
  if (t instanceof PointerType) return typeToString(t.elementType) + '*';
  if (t instanceof ByRefType) return typeToString(t.elementType) + '&';
  if (t instanceof DefType) {
    const base = t.typeDefinition.fullName;
    if (!t.instantiation.length) return base;
    return `${base}[${t.instantiation.map(typeToString).join(',')}]`;
  }
  if (t instanceof GenericParameter) return t.name;
  return String(t);
}

// ---- shape ---------------------------------------------------------------------------------

/** TypeAttributes CoreCLR gives array types: Public | Sealed | Serializable. */
const ARRAY_ATTRIBUTES = 0x1 | 0x100 | 0x2000;

/** The type's own related types the records point at (typedesc.ts keeps them in the closure). */
export function structureRelatives(t: TypeDesc): TypeDesc[] {
  const out: TypeDesc[] = [];
  if (t instanceof DefType) {
    const outer = t.containingType;
    if (outer) out.push(outer);
    if (t.instantiation.length && !t.isTypeDefinition) out.push(t.typeDefinition);
  } else if (t instanceof PointerType || t instanceof ArrayType || t instanceof ByRefType) out.push(t.elementType);
  else if (t instanceof GenericParameter) {
    const owner = parameterOwner(t);
    if (owner) out.push(owner);
  }
  return out;
}

/** The generic definition declaring a type's generic parameter (undefined for a method's). */
export function parameterOwner(p: GenericParameter): DefType | undefined {
  return p.kind === 'type' && p.ownerType ? p.ctx.typeForDefinition(p.assembly, p.ownerType.rid) : undefined;
}

function structureFields(gen: ProgramGen, t: TypeDesc, deps: Deps): string[] {
  const mtRef = (x: TypeDesc) => {
    deps.mts.add(x);
    return `&${gen.names.mt(x)}`;
  };
  const out: string[] = [];
  if (t instanceof DefType) {
    out.push(`.attributes = 0x${(t.flags >>> 0).toString(16)}`, `.token = 0x${t.def.token.toString(16)}`);
    const outer = t.containingType;
    if (outer) out.push(`.declaring = ${mtRef(outer)}`);
    if (t.instantiation.length && !t.isTypeDefinition) out.push(`.generic_def = ${mtRef(t.typeDefinition)}`);
  } else if (t instanceof GenericParameter) {
    // CoreCLR answers TypeAttributes.Public for a generic parameter (a TypeDesc); its token is
    // the GenericParam row's, and its declaring type the definition owning it.
    out.push('.attributes = 0x1', `.token = 0x${(0x2a000000 + t.rid).toString(16)}`);
    const owner = parameterOwner(t);
    if (owner) out.push(`.declaring = ${mtRef(owner)}`);
  } else {
    out.push(`.attributes = 0x${(t instanceof ArrayType ? ARRAY_ATTRIBUTES : 0).toString(16)}`, '.token = 0x2000000');
    if ((t instanceof ArrayType || t instanceof PointerType || t instanceof ByRefType) && !(t.elementType instanceof ByRefType)) out.push(`.element = ${mtRef(t.elementType)}`);
  }
  return out;
}

/**
 * A generic parameter's constraint types as descriptors can hold them: closed types and the
 * owner's own parameters (`where T : U`). undefined when one depends on the parameters in
 * another way (`where T : IComparable<T>`): no descriptor exists for that type.
 */
export function describedConstraints(p: GenericParameter): TypeDesc[] | undefined {
  const out: TypeDesc[] = [];
  let constraints: TypeDesc[];
  try {
    constraints = p.constraints;
  } catch {
    return undefined; // an unresolvable constraint: described as unknown, never as absent
  }
  for (const c of constraints) {
    if (c.containsGenericParameters && !(c instanceof GenericParameter && c.kind === 'type' && c.ownerType === p.ownerType)) return undefined;
    // System.ValueType is implied by the `struct` constraint and listed as a constraint by C#;
    // CoreCLR lists it too, so it stays.
    out.push(c);
  }
  return out;
}

function genericParameterFields(gen: ProgramGen, p: GenericParameter, base: string, deps: Deps, lines: string[]): string[] {
  const constraints = describedConstraints(p);
  const flags = (p.flags & 0xffff) | (constraints ? 0 : 0x80000000);
  const init = [`.generic_position = ${p.index}`, `.generic_param_flags = 0x${(flags >>> 0).toString(16)}u`];
  if (constraints?.length) {
    for (const c of constraints) deps.mts.add(c);
    lines.push(`static const DnMethodTable *const ${base}__constraints[] = {${constraints.map((c) => `&${gen.names.mt(c)}`).join(', ')}, NULL};`);
    init.push(`.constraints = ${base}__constraints`);
  }
  return init;
}

// ---- enums ---------------------------------------------------------------------------------

/** The literal static fields of an enum in metadata order: names and raw values (zero-extended). */
function enumLiterals(t: DefType): { names: string[]; values: bigint[] } {
  const md = t.assembly.md;
  const names: string[] = [];
  const values: bigint[] = [];
  for (const f of t.typeDefinition.fields) {
    if (!f.isStatic) continue;
    const c = md.constantOf(f.token);
    let v = 0n;
    if (c) {
      const bytes = md.blobs.get(c.value);
      for (let i = Math.min(bytes.length, 8) - 1; i >= 0; i--) v = (v << 8n) | BigInt(bytes[i]!);
    }
    names.push(f.name);
    values.push(v);
  }
  return { names, values };
}

// ---- value-type fields ---------------------------------------------------------------------

/** DN_FIELD_* kinds (dn_typeinfo.h). */
const FIELD_KIND = { ref: 'DN_FIELD_REF', r8: 'DN_FIELD_R8', r4: 'DN_FIELD_R4', prim: 'DN_FIELD_PRIM', value: 'DN_FIELD_VALUETYPE' };

/** Whether a value type needs a field list (ValueType.Equals/GetHashCode walk its fields). */
function needsFields(gen: ProgramGen, t: TypeDesc): t is DefType {
  return t instanceof DefType && t.isValueType && !t.isEnum && !t.isInterface && gen.ctypes.primitiveOf(t) === undefined &&
    !t.containsGenericParameters && !canCompareBits(gen, t);
}

function overrides(t: DefType, name: string): boolean {
  const vt = t.ctx.wellKnown('System.ValueType');
  const decl = t.ctx.wellKnown('System.Object').methods.find((m) => m.name === name && m.isVirtual);
  if (!decl) return false;
  try {
    return resolveVirtualMethod(t, decl).owningType !== vt;
  } catch {
    return false;
  }
}

interface FieldInfo { offset: number; kind: string; size: number; type: TypeDesc; mt?: DefType; flags: string[] }

function fieldsOf(gen: ProgramGen, t: DefType): FieldInfo[] {
  const out: FieldInfo[] = [];
  const layout = instanceLayout(t);
  for (const { field, offset } of layout.fields) {
    if (field.isStatic) continue;
    const ft = field.type;
    const flags: string[] = [];
    if (gen.ctypes.isReference(ft)) {
      out.push({ offset, kind: FIELD_KIND.ref, size: 8, type: ft, flags });
      continue;
    }
    const size = gen.ctypes.sizeOf(ft);
    const p = ft instanceof DefType ? gen.ctypes.primitiveOf(ft) : undefined;
    if (p === 'r8' && !(ft as DefType).isEnum) out.push({ offset, kind: FIELD_KIND.r8, size, type: ft, flags });
    else if (p === 'r4' && !(ft as DefType).isEnum) out.push({ offset, kind: FIELD_KIND.r4, size, type: ft, flags });
    else if (ft instanceof DefType && ft.isValueType && (ft.isEnum || p === undefined)) {
      // CoreCLR's CanCompareBitsOrUseFastGetHashCode: bits, and neither Equals nor GetHashCode overridden.
      const hashOverride = overrides(ft, 'GetHashCode');
      if (ft.isEnum || (canCompareBits(gen, ft) && !hashOverride && !overrides(ft, 'Equals'))) flags.push('DN_FIELD_CAN_COMPARE_BITS');
      if (hashOverride) flags.push('DN_FIELD_OVERRIDES_GETHASHCODE');
      out.push({ offset, kind: FIELD_KIND.value, size, type: ft, mt: ft, flags });
    } else out.push({ offset, kind: FIELD_KIND.prim, size, type: ft, flags });
  }
  return out;
}

/** The types whose boxed instances ValueType.Equals/GetHashCode create: the value-type fields. */
function boxedFieldTypes(gen: ProgramGen, t: DefType): DefType[] {
  const out: DefType[] = [];
  for (const f of fieldsOf(gen, t)) {
    if (f.kind === FIELD_KIND.ref) continue;
    const ft = f.type;
    if (ft instanceof DefType) out.push(isNullable(ft) ? (ft.instantiation[0] as DefType) : ft);
  }
  return out;
}

// ---- planning (called every code generation round) -----------------------------------------

/**
 * What the data and bodies need from the analysis: the replaced ValueType.Equals calls
 * Object.Equals on boxed field values (a virtual use, and those boxes are constructed types);
 * GetHashCode's ValueTypeOverride strategy boxes a field too.
 */
export function planTypeInfo(gen: ProgramGen): void {
  const w = wanted(gen);
  if (w.activation) planActivation(gen);
  planClassConstructors(gen); // RuntimeHelpers.RunClassConstructor
  planModuleConstructors(gen); // RuntimeHelpers.RunModuleConstructor
  planUninitializedObjects(gen); // RuntimeHelpers.GetUninitializedObject
  planTypeLookups(gen); // Type.MakeByRefType, MakePointerType
  if (w.interfaces) {
    // Type.GetInterfaces lists every interface of a type, used or not: the types the program
    // can name keep all of theirs in their interface maps (which otherwise hold only the
    // interfaces the program uses).
    for (const t of nameableTypes(gen)) {
      if (!(t instanceof DefType || t instanceof ArrayType) || t.containsGenericParameters) continue;
      for (const i of interfacesOf(t)) if (!i.containsGenericParameters) gen.requireTypeHandle(i, 'Type.GetInterfaces');
    }
  }
  if (w.methods.members || w.methods.delegates || w.methods.targetSite) planMethodRecords(gen, w.methods);
  planCustomAttributes(gen); // GetCustomAttributes: attribute constructors with records
  if (w.reflectedFields) planFieldRecords(gen);
  if (w.arrays) {
    // Array.CreateInstance(T, ...) creates the array types the program names (a cast to int[,])
    // and, for Enum.GetValues(Type), the enums' SZ array types.
    for (const t of [...gen.constructed, ...gen.options.analysis.typeHandles]) {
      if (t.containsGenericParameters) continue;
      if (t instanceof DefType && t.isEnum) gen.requireConstructed(gen.ctx.arrayType(t), 'Array.CreateInstance of an enum type');
      else if (t instanceof ArrayType && !(t.elementType instanceof ByRefType)) gen.requireConstructed(t, 'Array.CreateInstance of a named array type');
      // GetCustomAttributes(typeof(X)) answers an X[] (CustomAttribute.CreateAttributeArrayHelper).
      else if (t instanceof DefType && isAttribute(gen, t)) gen.requireConstructed(gen.ctx.arrayType(t), 'GetCustomAttributes(typeof(an attribute type)) creates its array');
    }
  }
  if (w.enums) {
    // Enum.Parse(Type, ...)/ToObject(Type, ...) box the enums a program names by typeof.
    for (const t of gen.options.analysis.typeHandles) {
      if (t instanceof DefType && t.isEnum && !t.containsGenericParameters) gen.requireConstructed(t, 'an enum named by a Type (Enum.Parse/ToObject box it)');
    }
  }
  if (!w.fields) return;
  const object = gen.kit.object;
  const equals = object.methods.find((m) => m.name === 'Equals' && m.isVirtual && m.signature.params.length === 1);
  const hash = object.methods.find((m) => m.name === 'GetHashCode' && m.isVirtual);
  for (const m of [equals, hash]) {
    if (!m) continue;
    const key = 'typeinfo-vuse:' + m.name;
    if (planned.get(gen)?.has(key)) continue;
    mark(gen, key);
    gen.pendingRoots.push({ node: new VirtualUseNode(m), why: 'ValueType.Equals/GetHashCode over fields' });
  }
  for (const t of [...gen.constructed]) {
    if (!needsFields(gen, t)) continue;
    for (const ft of boxedFieldTypes(gen, t)) gen.requireConstructed(ft, `boxed field of ${t} (ValueType.Equals/GetHashCode)`);
    // The field tables point at the fields' MethodTables (Nullable<T> included): keep them described.
    for (const f of fieldsOf(gen, t)) if (f.mt) gen.mtsUsed.add(f.mt);
  }
}

/** Whether `t` derives from System.Attribute. */
function isAttribute(gen: ProgramGen, t: DefType): boolean {
  const attribute = gen.ctx.wellKnown('System.Attribute');
  for (let b: TypeDesc | undefined = t; b instanceof DefType; b = b.baseType) if (b === attribute) return true;
  return false;
}

const planned = new WeakMap<ProgramGen, Set<string>>();
function mark(gen: ProgramGen, key: string): void {
  let s = planned.get(gen);
  if (!s) planned.set(gen, (s = new Set()));
  s.add(key);
}

// ---- emission (typedesc.ts calls this for every descriptor) --------------------------------

const arraysByElement = new WeakMap<ProgramGen, Map<TypeDesc, ArrayType[]>>();
/** The constructed array types over `t` (what Array.CreateInstance(t, ...) can create). */
function arrayTypesOf(gen: ProgramGen, t: TypeDesc): ArrayType[] {
  let map = arraysByElement.get(gen);
  if (!map) {
    arraysByElement.set(gen, (map = new Map()));
    for (const a of gen.constructed) {
      if (!(a instanceof ArrayType)) continue;
      const list = map.get(a.elementType) ?? [];
      list.push(a);
      map.set(a.elementType, list);
    }
    for (const list of map.values()) list.sort((x, y) => (gen.names.mt(x) < gen.names.mt(y) ? -1 : 1));
  }
  return map.get(t) ?? [];
}

/**
 * The type-info record of one descriptor: side tables (lines, before the MethodTables) and the
 * `.type_info` initializer, or undefined when the program needs nothing for this type.
 */
export function typeInfoFor(gen: ProgramGen, t: TypeDesc, base: string, deps: Deps): { lines: string[]; field: string } | undefined {
  const w = wantedAtEmission(gen);
  const isEnum = t instanceof DefType && t.isEnum && !t.containsGenericParameters;
  const fields = w.fields && gen.constructed.has(t) && needsFields(gen, t);
  const arrays = w.arrays ? arrayTypesOf(gen, t) : [];
  const hasArray = arrays.length > 0;
  const activation = activationField(gen, t, (m) => gen.fnAddress(deps, m, false));
  const assembly = w.assembly ? (t instanceof GenericParameter ? t.assembly : typeAssembly(t)) : undefined;
  const param = t instanceof GenericParameter;
  const methods = w.methods.members || w.methods.delegates || buildsCustomAttributes(gen) ? methodRecordsFor(gen, t, deps) : undefined;
  const fieldRecords = w.reflectedFields ? fieldRecordsFor(gen, t, deps) : undefined;
  if (!param && !w.names && !w.qualified && !(w.enums && isEnum) && !fields && !hasArray && !w.structure && !activation && !assembly && !methods && !fieldRecords) return undefined;
  deps.declare('dn_typeinfo_h', `#include "${TYPEINFO_H}"`);
  const lines: string[] = [];
  const init: string[] = [];
  if (w.names) {
    init.push(`.name = ${cString(typeSimpleName(t))}`);
    const full = typeFullName(t);
    if (full !== undefined) init.push(`.full_name = ${cString(full)}`);
    const ns = typeNamespace(t);
    if (ns !== undefined) init.push(`.name_space = ${cString(ns)}`);
    init.push(`.to_string = ${cString(typeToString(t))}`);
  }
  if (w.qualified) {
    const q = assemblyQualifiedName(t);
    if (q !== undefined) init.push(`.assembly_qualified_name = ${cString(q)}`);
  }
  if (w.enums && isEnum) {
    const def = t as DefType;
    const { names, values } = enumLiterals(def);
    const n = names.length;
    if (n) {
      lines.push(`static const uint64_t ${base}__evalues[] = {${values.map((v) => `UINT64_C(${v})`).join(', ')}};`);
      lines.push(`static const char *const ${base}__enames[] = {${names.map(cString).join(', ')}};`);
    }
    const flags = def.ctx.resolver.hasAttribute(def.assembly, def.def.token, 'System.FlagsAttribute');
    lines.push(`static const DnEnumData ${base}__enum = { .count = ${n}, .flags = ${flags ? 'DN_ENUM_FLAGS_ATTRIBUTE' : '0'}, .values = ${n ? `${base}__evalues` : 'NULL'}, .names = ${n ? `${base}__enames` : 'NULL'} };`);
    init.push(`.enum_data = &${base}__enum`);
  }
  if (fields) {
    const list = fieldsOf(gen, t as DefType);
    const entries = list.map((f) => {
      const mt = f.mt && (gen.constructed.has(f.mt) || gen.mtsUsed.has(f.mt)) ? `&${gen.names.mt(f.mt)}` : 'NULL';
      if (f.mt && mt !== 'NULL') deps.mts.add(f.mt);
      return `{ .offset = ${f.offset}, .kind = ${f.kind}, .size = ${f.size}, .flags = ${f.flags.join(' | ') || '0'}, .mt = ${mt} }`;
    });
    if (entries.length) {
      lines.push(`static const DnFieldData ${base}__fields[] = {\n    ${entries.join(',\n    ')},\n};`);
      init.push(`.num_fields = ${entries.length}`, `.fields = ${base}__fields`);
    }
  }
  if (hasArray) {
    for (const a of arrays) deps.mts.add(a);
    lines.push(`static const DnMethodTable *const ${base}__arrays[] = {${arrays.map((a) => `&${gen.names.mt(a)}`).join(', ')}, NULL};`);
    init.push(`.arrays = ${base}__arrays`);
  }
  if (w.structure || param) init.push(...structureFields(gen, t, deps));
  if (t instanceof GenericParameter) init.push(...genericParameterFields(gen, t, base, deps, lines));
  if (activation) init.push(activation);
  if (assembly) init.push(`.assembly = ${assemblyRecord(gen, deps, assembly)}`);
  if (methods) {
    lines.push(...methods.lines);
    init.push(methods.field);
  }
  if (fieldRecords) {
    lines.push(...fieldRecords.lines);
    init.push(fieldRecords.field);
  }
  lines.push(`static DnObject *${base}__tcache[DN_TYPEINFO_CACHE_SLOTS];`);
  init.push(`.cache = ${base}__tcache`);
  lines.push(`static const DnTypeInfo ${base}__tinfo = {\n    ${init.join(',\n    ')},\n};`);
  return { lines, field: `.type_info = &${base}__tinfo` };
}

// ---- bodies (bound in intrinsics.ts) -------------------------------------------------------

const NAME_KIND: Record<string, string> = {
  get_Name: 'DN_TYPENAME_NAME', get_FullName: 'DN_TYPENAME_FULL_NAME', get_Namespace: 'DN_TYPENAME_NAMESPACE', ToString: 'DN_TYPENAME_TO_STRING',
  get_AssemblyQualifiedName: 'DN_TYPENAME_ASSEMBLY_QUALIFIED',
};

/** RuntimeType.Name / FullName / Namespace / ToString(): the compile-time names. */
export function typeNameBody(m: MethodDesc, gen: ProgramGen, deps: Deps): string | undefined {
  const kind = NAME_KIND[m.name];
  if (!kind || m.signature.params.length !== 0 || m.isStatic) return undefined;
  return typeInfoBody(m, gen, deps, [`return dn_typeinfo_name(${runtimeTypeMt(gen, deps, 'a0')}, ${kind});`]);
}

/**
 * Enum.GetEnumInfo<TStorage>(RuntimeType, bool): CoreLib finds the EnumInfo in the RuntimeType's
 * generic cache or builds it from the Enum_GetValuesAndNames QCall and
 * `IsDefined(typeof(FlagsAttribute))` (custom-attribute reflection). The same EnumInfo, built by
 * its own constructor from the compile-time names, values and [Flags], cached per enum type.
 */
export function enumInfoBody(m: MethodDesc, gen: ProgramGen, deps: Deps): string | undefined {
  const storage = m.instantiation[0];
  const info = m.signature.returnType;
  if (!storage || !(info instanceof DefType) || m.signature.params.length !== 2) return undefined;
  const ctor = info.methods.find((x) => x.isConstructor && x.signature.params.length === 3);
  if (!ctor) return undefined;
  const why = 'Enum.GetEnumInfo<TStorage> (compile-time enum data)';
  const valuesArray = gen.ctx.arrayType(storage);
  const namesArray = gen.ctx.arrayType(gen.kit.string);
  gen.requireConstructed(info, why);
  gen.requireConstructed(valuesArray, why);
  gen.requireConstructed(namesArray, why);
  gen.require(ctor, why);
  return typeInfoBody(m, gen, deps, [
    `const DnMethodTable *mt = ${runtimeTypeMt(gen, deps, 'a0')};`,
    '(void)a1;',
    'DnObject **slot = dn_typeinfo_enum_cache(mt);',
    'DnObject *info = slot != NULL ? __atomic_load_n(slot, __ATOMIC_ACQUIRE) : NULL;',
    'if (info != NULL) return info;',
    'DnObject *values = NULL, *names = NULL;',
    `if (!dn_typeinfo_enum_values_and_names(mt, ${gen.mt(deps, valuesArray)}, ${gen.mt(deps, namesArray)}, true, &values, &names)) return NULL;`,
    `info = dn_alloc_object(${gen.mt(deps, info)});`,
    'if (info == NULL) return NULL;',
    `${gen.fn(deps, ctor)}(info, dn_typeinfo_enum_has_flags(mt), values, names);`,
    'if (DN_UNLIKELY(dn_exception_pending())) return NULL;',
    'if (slot == NULL) return info;',
    'DnObject *expected = NULL;',
    'if (__atomic_compare_exchange_n(slot, &expected, info, false, __ATOMIC_ACQ_REL, __ATOMIC_ACQUIRE)) return info;',
    'return expected;',
  ]);
}

/** The vtable slot of Object's virtual `name`. */
function objectSlot(gen: ProgramGen, name: string): number {
  const s = vtableOf(gen.kit.object).find((x) => x.declaration.name === name);
  if (!s) throw new Error(`System.Object has no virtual ${name}`);
  return s.slot;
}

/**
 * ValueType.Equals(object): CoreLib compares the bits when it may, otherwise it walks
 * `GetType().GetFields(...)` with FieldInfo.GetValue (reflection). The same walk over the
 * compile-time field list: each field boxed as GetValue boxes it, then Object.Equals.
 */
export function valueTypeEqualsBody(m: MethodDesc, gen: ProgramGen, deps: Deps): string | undefined {
  if (m.signature.params.length !== 1 || m.isStatic) return undefined;
  return typeInfoBody(m, gen, deps, [`return dn_typeinfo_valuetype_equals(a0, a1, ${objectSlot(gen, 'Equals')}) > 0;`]);
}

/** QCall ValueType_GetHashCodeStrategy (CoreCLR's GetHashCodeStrategy over the compile-time field list). */
export function hashCodeStrategyBody(m: MethodDesc, gen: ProgramGen, deps: Deps, onStackPtr: (t: TypeDesc) => string): string | undefined {
  if (m.signature.params.length !== 5) return undefined;
  return typeInfoBody(m, gen, deps, [
    `return dn_typeinfo_hashcode_strategy((const DnMethodTable *)a0, *(DnObject **)a1.${onStackPtr(m.signature.params[1]!)}, (uint32_t *)a2, (uint32_t *)a3, (const DnMethodTable **)a4);`,
  ]);
}

/** QCall MethodTable_CanCompareBitsOrUseFastGetHashCode: the flag typedesc.ts computed. */
export function canCompareBitsBody(m: MethodDesc, gen: ProgramGen, deps: Deps): string | undefined {
  return typeInfoBody(m, gen, deps, ['const DnMethodTable *mt = (const DnMethodTable *)a0;', 'return mt->aux != NULL && (mt->aux->flags & 0x4) != 0;']);
}

/**
 * RuntimeType.Box(ref byte): CoreLib keeps a BoxCache (allocator and size from the GetBoxInfo
 * QCall) in the RuntimeType's generic cache; the MethodTable says all of it here.
 */
export function runtimeTypeBoxBody(m: MethodDesc, gen: ProgramGen, deps: Deps): string | undefined {
  if (m.signature.params.length !== 1 || m.isStatic) return undefined;
  return typeInfoBody(m, gen, deps, [
    `const DnMethodTable *mt = ${runtimeTypeMt(gen, deps, 'a0')};`,
    'switch (dn_mt_category(mt)) {',
    'case DN_MT_FLAG_CATEGORY_NULLABLE: return dn_box_nullable(mt, (const void *)a1);',
    'case DN_MT_FLAG_CATEGORY_VALUETYPE: case DN_MT_FLAG_CATEGORY_PRIMITIVE_VALUETYPE: case DN_MT_FLAG_CATEGORY_TRUE_PRIMITIVE: return dn_box(mt, (const void *)a1);',
    'default: return *(DnObject **)a1;',
    '}',
  ]);
}

/** RuntimeTypeHandle.GetArrayRank(RuntimeType): the MethodTable's rank (CoreLib checks IsArray first). */
export function arrayRankBody(m: MethodDesc, gen: ProgramGen, deps: Deps): string | undefined {
  if (m.signature.params.length !== 1 || m.hasIL) return undefined;
  return typeInfoBody(m, gen, deps, [`return ${runtimeTypeMt(gen, deps, 'a0')}->rank;`]);
}

/**
 * QCall Array_CreateInstance(QCallTypeHandle, rank, lengths, lowerBounds, fromArrayType, ret):
 * arrays of a type the program has (the handle is the array type itself, or an element type
 * whose record lists its array types); anything else is NotSupportedException.
 */
export function arrayCreateBody(m: MethodDesc, gen: ProgramGen, deps: Deps, onStackPtr: (t: TypeDesc) => string): string | undefined {
  const p = m.signature.params;
  if (p.length !== 6) return undefined;
  gen.needException('NotSupported');
  return typeInfoBody(m, gen, deps, [
    `const DnMethodTable *mt = ${qcallTypeMt(gen, deps, p[0]!, 'a0')};`,
    'bool sz = a1 == 1 && (a3 == NULL || a3[0] == 0);',
    'if (!a4) mt = dn_typeinfo_array_of(mt, a1, sz);',
    'bool is_sz = mt != NULL && dn_mt_category(mt) == (DN_MT_FLAG_CATEGORY_ARRAY | DN_MT_FLAG_CATEGORY_IF_ARRAY_THEN_SZARRAY);',
    'if (mt == NULL || mt->rank != a1 || (is_sz && !sz)) {',
    '    dn_throw_kind(DN_EXC_NOT_SUPPORTED, "Array.CreateInstance of this array type is not supported by dotnative (the program never names such an array type).");',
    '    return;',
    '}',
    'DnArray *arr = is_sz ? dn_alloc_array(mt, a2[0]) : dn_alloc_md_array(mt, a2, a3);',
    `if (arr != NULL) *(DnObject **)a5.${onStackPtr(p[5]!)} = (DnObject *)arr;`,
  ]);
}
