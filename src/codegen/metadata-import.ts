// CoreLib's System.Reflection.MetadataImport (MdImport.cs), which RuntimeType's member cache,
// ParameterInfo, PropertyInfo, EventInfo, literal fields and custom attributes read metadata
// through: every internal call and QCall of it bound to the runtime's metadata reader
// (runtime/include/dn_metadata_import.h). The IntPtr CoreLib keeps is the module's DnMdImport.
//
// What a scope holds (assemblies.ts writes it into the DnAssemblyInfo, only while the program
// keeps GetMetadataImport): an application assembly embeds its whole metadata root (a few KB);
// a framework assembly embeds none (CoreLib's alone is 3.3 MB) but, for each of its types member
// reflection describes (the bases of the application's types and the interfaces they implement,
// the framework types it names), its FieldDef tokens and attributes, the name, signature and
// constant of each literal field (int.MaxValue, an enum's members), and which of its property,
// event, nested type and custom attribute lists are empty: what listing an application type's
// members walks through. Any other question about a framework assembly's metadata raises
// NotSupportedException.
import type { AssemblyFile } from '../metadata/assembly.js';
import { interfacesOf } from '../typesystem/interfaces.js';
import { DefType, TypeDesc as TypeDescClass, type TypeDesc } from '../typesystem/types.js';
import { MethodDesc } from '../typesystem/members.js';
import { type BodyHandler, fnBody, onStackPtr } from './bodies.js';
import { assemblyRecords, qcallRecord } from './assemblies.js';
import type { Deps } from './deps.js';
import { methodRecordRefs, reflectedTypes } from './method-records.js';
import { applicationAttributeConstructors, buildsCustomAttributes, memberRefMethods } from './custom-attributes.js';
import { cString, type ProgramGen } from './program.js';

const HEADER = 'dn_metadata_import.h';
/** The internal call whose presence makes assemblies carry their metadata. */
export const GET_METADATA_IMPORT = 'System.Reflection.MetadataImport::GetMetadataImport';

/** The program's DnMdModule table (written by metadataModules when a body refers to it). */
const tableUsed = new WeakSet<ProgramGen>();
export function mdModuleTable(g: ProgramGen, d: Deps): string {
  tableUsed.add(g);
  d.declare('dn_metadata_import_h', `#include "${HEADER}"`);
  d.declare('dn_metadata_import_h:dn_program_md_modules', 'extern DnMdModule dn_program_md_modules[];');
  return 'dn_program_md_modules';
}

function include(g: ProgramGen, d: Deps): void {
  d.declare('dn_metadata_import_h', `#include "${HEADER}"`);
  g.needException('NotSupported');
  g.needException('OutOfMemory');
  g.needException('InvalidProgram');
}

/** A body calling `fn` with the managed arguments cast to its parameter types. */
function call(fn: string, casts: string[], returns = true): BodyHandler {
  return (m, g, d) => {
    if (m.hasIL || m.signature.params.length !== casts.length) return undefined;
    include(g, d);
    const args = casts.map((c, i) => `(${c})${c.endsWith('*') && !c.startsWith('DnMdImport') ? '(void *)' : ''}a${i}`);
    const text = `${fn}(${args.join(', ')})`;
    return fnBody(m, g, d, [returns ? `return ${text};` : `${text};`], 'implemented by dotnative (embedded metadata, runtime/src/metadata_import.c)');
  };
}

const S = 'DnMdImport *';
const TK = 'uint32_t';
const I4P = 'int32_t *';
const STRP = 'const char **';
const CA = 'DnMdConstArray *';

export const METADATA_IMPORT_CALLS: Record<string, BodyHandler> = {
  /** GetMetadataImport(RuntimeModule): the scope of the module's assembly record (RuntimeModule.m_pData). */
  [GET_METADATA_IMPORT]: (m, g, d) => {
    if (m.hasIL || m.signature.params.length !== 1) return undefined;
    include(g, d);
    const t = g.ctx.wellKnown('System.Reflection.RuntimeModule');
    g.useStruct(d, t);
    const data = g.ctypes.member(t.fields.find((f) => f.name === 'm_pData')!);
    return fnBody(m, g, d, [
      `DnAssemblyInfo *a = a0 != NULL ? (DnAssemblyInfo *)((${g.ctypes.struct(t).name} *)a0)->${data} : NULL;`,
      'if (a == NULL) { dn_throw_kind(DN_EXC_NOT_SUPPORTED, "This module has no metadata in a dotnative program."); return 0; }',
      `DnMdModule *mod = dn_md_module(${mdModuleTable(g, d)}, a);`,
      'return mod != NULL ? (intptr_t)dn_mdi_scope(mod) : 0;',
    ], 'implemented by dotnative (embedded metadata)');
  },
  'System.Reflection.MetadataImport::GetName': call('dn_mdi_get_name', [S, TK, STRP]),
  'System.Reflection.MetadataImport::GetNamespace': call('dn_mdi_get_namespace', [S, TK, STRP]),
  'System.Reflection.MetadataImport::GetUserString': call('dn_mdi_get_user_string', [S, TK, 'const uint16_t **', I4P]),
  'System.Reflection.MetadataImport::GetDefaultValue': call('dn_mdi_get_default_value', [S, TK, 'int64_t *', 'const uint16_t **', I4P, I4P]),
  'System.Reflection.MetadataImport::GetEventProps': call('dn_mdi_get_event_props', [S, TK, STRP, I4P]),
  'System.Reflection.MetadataImport::GetFieldDefProps': call('dn_mdi_get_field_def_props', [S, TK, I4P]),
  'System.Reflection.MetadataImport::GetPropertyProps': call('dn_mdi_get_property_props', [S, TK, STRP, I4P, CA]),
  'System.Reflection.MetadataImport::GetParentToken': call('dn_mdi_get_parent_token', [S, TK, I4P]),
  'System.Reflection.MetadataImport::GetParamDefProps': call('dn_mdi_get_param_def_props', [S, TK, I4P, I4P]),
  'System.Reflection.MetadataImport::GetGenericParamProps': call('dn_mdi_get_generic_param_props', [S, TK, I4P]),
  'System.Reflection.MetadataImport::GetScopeProps': call('dn_mdi_get_scope_props', [S, 'uint8_t *']),
  'System.Reflection.MetadataImport::GetSigOfMethodDef': call('dn_mdi_get_sig_of_method_def', [S, TK, CA]),
  'System.Reflection.MetadataImport::GetSignatureFromToken': call('dn_mdi_get_signature_from_token', [S, TK, CA]),
  'System.Reflection.MetadataImport::GetMemberRefProps': call('dn_mdi_get_member_ref_props', [S, TK, CA]),
  'System.Reflection.MetadataImport::GetCustomAttributeProps': call('dn_mdi_get_custom_attribute_props', [S, TK, I4P, CA]),
  'System.Reflection.MetadataImport::GetClassLayout': call('dn_mdi_get_class_layout', [S, TK, I4P, I4P]),
  'System.Reflection.MetadataImport::GetFieldOffset': call('dn_mdi_get_field_offset', [S, TK, TK, I4P, 'uint8_t *']),
  'System.Reflection.MetadataImport::GetSigOfFieldDef': call('dn_mdi_get_sig_of_field_def', [S, TK, CA]),
  'System.Reflection.MetadataImport::GetFieldMarshal': call('dn_mdi_get_field_marshal', [S, TK, CA]),
  'System.Reflection.MetadataImport::GetPInvokeMap': call('dn_mdi_get_pinvoke_map', [S, TK, I4P, STRP, STRP]),
  'System.Reflection.MetadataImport::IsValidToken': call('dn_mdi_is_valid_token', [S, TK]),
};

export const METADATA_IMPORT_QCALLS: Record<string, BodyHandler> = {
  /** MetadataImport_Enum(scope, type, parent, ref length, shortResult, longResult). */
  MetadataImport_Enum: (m, g, d) => {
    const p = m.signature.params;
    if (p.length !== 6) return undefined;
    include(g, d);
    const ints = g.ctx.arrayType(g.ctx.wellKnown('System.Int32'));
    g.requireConstructed(ints, 'MetadataImport.Enum (long results)');
    return fnBody(m, g, d, [
      `dn_mdi_enum((DnMdImport *)a0, a1, a2, a3, a4, (DnObject **)a5.${onStackPtr(g, d, p[5]!)}, ${g.mt(d, ints)});`,
    ], 'implemented by dotnative (embedded metadata, runtime/src/metadata_enum.c)');
  },
  /** ModuleHandle_ResolveType(module, token, typeInst, n, methodInst, n, result): the described type of a token (else NotSupported). */
  ModuleHandle_ResolveType: (m, g, d) => {
    const p = m.signature.params;
    if (p.length !== 7) return undefined;
    include(g, d);
    g.needTypeObjects();
    return fnBody(m, g, d, [
      `const DnAssemblyInfo *a = ${qcallRecord(g, d, p[0]!, 'a0', '_module')};`,
      '(void)a2; (void)a3; (void)a4; (void)a5;',
      `const DnMdModule *mod = dn_md_module(${mdModuleTable(g, d)}, a);`,
      'const DnMethodTable *mt = mod != NULL ? dn_mdi_resolve_type(mod, (uint32_t)a1) : NULL;',
      'if (mt == NULL) return;',
      'DnObject *t = dn_program_type_object(mt);',
      `if (t != NULL) *(DnObject **)a6.${onStackPtr(g, d, p[6]!)} = t;`,
    ], 'implemented by dotnative (token tables, runtime/src/metadata_types.c)');
  },
  /** ModuleHandle_ResolveMethod(module, token, typeInst, n, methodInst, n): the record of a MethodDef token (else NotSupported). */
  ModuleHandle_ResolveMethod: (m, g, d) => {
    const p = m.signature.params;
    if (p.length !== 6) return undefined;
    include(g, d);
    const ret = m.signature.returnType;
    onStackPtr(g, d, ret);
    return fnBody(m, g, d, [
      `const DnAssemblyInfo *a = ${qcallRecord(g, d, p[0]!, 'a0', '_module')};`,
      '(void)a2; (void)a3; (void)a4; (void)a5;',
      `const DnMdModule *mod = dn_md_module(${mdModuleTable(g, d)}, a);`,
      'const DnMethodInfo *mi = mod != NULL ? dn_mdi_resolve_method(mod, (uint32_t)a1) : NULL;',
      `return (${g.ctypes.storage(ret)}){ (intptr_t)mi };`,
    ], 'implemented by dotnative (token tables, runtime/src/metadata_types.c)');
  },
  MetadataImport_GetMarshalAs: call('dn_mdi_get_marshal_as',
    ['const uint8_t *', 'int32_t', I4P, I4P, 'const uint8_t **', I4P, I4P, I4P, I4P, 'const uint8_t **', I4P, 'const uint8_t **', I4P, I4P]),
};

// ---- emission (assemblies.ts, for each assembly record) ---------------------------------------

/** Whether assembly records carry metadata: the program keeps GetMetadataImport. */
export function wantsMetadata(gen: ProgramGen): boolean {
  for (const m of gen.kept) if (m.owningType instanceof DefType && `${m.owningType.typeDefinition.fullName}::${m.name}` === GET_METADATA_IMPORT) return true;
  return false;
}

/** ELEMENT_TYPE_* of the primitive types a signature names by one byte (II.23.1.16). */
export const PRIMITIVES: [number, string][] = [
  [0x01, 'System.Void'], [0x02, 'System.Boolean'], [0x03, 'System.Char'], [0x04, 'System.SByte'], [0x05, 'System.Byte'],
  [0x06, 'System.Int16'], [0x07, 'System.UInt16'], [0x08, 'System.Int32'], [0x09, 'System.UInt32'], [0x0a, 'System.Int64'],
  [0x0b, 'System.UInt64'], [0x0c, 'System.Single'], [0x0d, 'System.Double'], [0x0e, 'System.String'], [0x18, 'System.IntPtr'],
  [0x19, 'System.UIntPtr'], [0x1c, 'System.Object'],
];

const primitivesWritten = new WeakSet<ProgramGen>();

/** The program's table of primitive MethodTables by element type (those it describes). */
function primitivesTable(gen: ProgramGen, deps: Deps, described: ReadonlySet<TypeDesc>, lines: string[]): string {
  const name = 'dn_md_primitives';
  if (!primitivesWritten.has(gen)) {
    primitivesWritten.add(gen);
    const slots = new Array<string>(0x1d).fill('NULL');
    for (const [e, n] of PRIMITIVES) {
      const t = gen.ctx.wellKnown(n);
      if (described.has(t)) slots[e] = gen.mt(deps, t);
    }
    lines.push(`static const DnMethodTable *const ${name}[0x1d] = {${slots.join(', ')}};`);
  }
  return name;
}

/** TypeDef, TypeRef and TypeSpec tokens of `file` naming described types, sorted. */
function typeTokens(gen: ProgramGen, file: AssemblyFile, described: ReadonlySet<TypeDesc>): [number, TypeDesc][] {
  const out: [number, TypeDesc][] = [];
  const gc = { typeArgs: [], methodArgs: [] };
  for (const [table, id] of [['TypeRef', 0x01], ['TypeDef', 0x02], ['TypeSpec', 0x1b]] as const) {
    for (let rid = 1; rid <= file.md.rows(table); rid++) {
      const token = (id << 24) | rid;
      try {
        const t = gen.ctx.resolver.resolveAny(file, token, gc);
        if (t instanceof TypeDescClass && !t.containsGenericParameters && described.has(t)) out.push([token, t]);
      } catch {
        // A type the program cannot load is not described either.
      }
    }
  }
  return out.sort((a, b) => a[0] - b[0]);
}

const FIELD_LITERAL = 0x40;

/** C bytes of a blob (a non-empty array even for an empty blob). */
function byteArray(name: string, bytes: Uint8Array): string {
  return `static const uint8_t ${name}[${Math.max(bytes.length, 1)}] __attribute__((aligned(2))) = {${bytes.length ? Array.from(bytes).join(',') : '0'}};`;
}

/**
 * The `.literal_count/.literals` initializers of a framework type's summary: name, signature
 * and constant of each literal field (MdFieldInfo reads them); the class or value type a
 * signature names (an enum's constants) goes into `typeTokens` when the program describes it.
 */
function literalsOf(gen: ProgramGen, deps: Deps, file: AssemblyFile, rid: number, base: string, described: ReadonlySet<TypeDesc>,
  lines: string[], typeTokens: Map<number, TypeDesc>): string {
  const md = file.md;
  const t = gen.ctx.resolver.resolveAny(file, 0x02000000 | rid, { typeArgs: [], methodArgs: [] });
  if (!(t instanceof DefType)) return '';
  const entries: string[] = [];
  for (const f of t.fields) {
    if (!(f.flags & FIELD_LITERAL)) continue;
    const c = md.constantOf(f.token);
    if (!c) continue;
    const frid = f.token & 0xffffff;
    const sig = md.blobs.get(md.row('Field', frid).Signature as number);
    const value = md.blobs.get(c.value);
    const n = `${base}_l${frid.toString(16)}`;
    lines.push(byteArray(`${n}_s`, sig), byteArray(`${n}_v`, value));
    // FIELD, then CLASS/VALUETYPE and a TypeDefOrRef coded index: the field's type.
    if (sig.length >= 3 && (sig[1] === 0x11 || sig[1] === 0x12) && described.has(f.type)) {
      const coded = decodeCompressed(sig, 2);
      if (coded !== undefined) typeTokens.set(([0x02000000, 0x01000000, 0x1b000000][coded & 3] ?? 0) | (coded >>> 2), f.type);
    }
    entries.push(`{ .token = 0x${f.token.toString(16)}, .name = ${cString(f.name)}, .sig = ${n}_s, .sig_length = ${sig.length}, ` +
      `.const_type = 0x${c.type.toString(16)}, .value = ${n}_v, .value_length = ${value.length} }`);
  }
  if (!entries.length) return '';
  lines.push(`static const DnMdFrameworkLiteral ${base}_lits[] = {\n    ${entries.join(',\n    ')},\n};`);
  return `, .literal_count = ${entries.length}, .literals = ${base}_lits`;
}

/** An ECMA-335 compressed unsigned integer at `at` (II.23.2). */
function decodeCompressed(b: Uint8Array, at: number): number | undefined {
  const x = b[at];
  if (x === undefined) return undefined;
  if ((x & 0x80) === 0) return x;
  if ((x & 0xc0) === 0x80 && at + 1 < b.length) return ((x & 0x3f) << 8) | b[at + 1]!;
  if ((x & 0xe0) === 0xc0 && at + 3 < b.length) return (((x & 0x1f) << 24) | (b[at + 1]! << 16) | (b[at + 2]! << 8) | b[at + 3]!) >>> 0;
  return undefined;
}

/**
 * The data unit's DnMdModule table (dn_metadata_import.h), when a kept body refers to it: one
 * entry per assembly record, with the metadata (while GetMetadataImport is kept) and token tables.
 */
export function metadataModules(gen: ProgramGen, deps: Deps, described: readonly TypeDesc[]): string[] {
  if (!tableUsed.has(gen)) return [];
  mdModuleTable(gen, deps);
  const set = new Set(described);
  const embed = wantsMetadata(gen);
  const out: string[] = [];
  const entries: string[] = [];
  for (const [name, file] of assemblyRecords(gen)) {
    const md = metadataFor(gen, deps, file, name, set, embed, out);
    entries.push(`{ .assembly = &${name}, ${md.join(', ')} }`);
  }
  out.push(`DnMdModule dn_program_md_modules[] = {\n    ${[...entries, '{ .assembly = NULL }'].join(',\n    ')},\n};`, '');
  return out;
}

/** The DnMdModule initializers of one assembly record (their tables appended to `lines`). */
function metadataFor(gen: ProgramGen, deps: Deps, file: AssemblyFile, name: string, described: ReadonlySet<TypeDesc>, embed: boolean, lines: string[]): string[] {
  if (!gen.isFrameworkAssembly(file)) {
    const fields: string[] = [];
    if (embed) {
      const bytes = file.md.bytes;
      const rows: string[] = [];
      for (let i = 0; i < bytes.length; i += 32) rows.push(Array.from(bytes.subarray(i, i + 32)).join(','));
      lines.push(`static const uint8_t ${name}__metadata[${bytes.length}] = {\n    ${rows.join(',\n    ')}\n};`);
      fields.push(`.metadata = ${name}__metadata`, `.metadata_length = ${bytes.length}`);
    }
    fields.push(`.primitives = ${primitivesTable(gen, deps, described, lines)}`);
    const types = typeTokens(gen, file, described);
    if (types.length) {
      lines.push(`static const DnMdTypeToken ${name}__type_tokens[] = {\n    ${types.map(([tk, t]) => `{0x${tk.toString(16)}, ${gen.mt(deps, t)}}`).join(',\n    ')},\n};`);
      fields.push(`.type_tokens = ${name}__type_tokens`, `.type_token_count = ${types.length}`);
    }
    const refs = methodRecordRefs(gen);
    const methods: [number, (typeof refs)[number]][] = refs.filter((r) => r.method.def?.assembly === file && !(r.method.owningType as DefType).instantiation.length)
      .map((r) => [r.method.token, r]);
    // The MemberRef tokens of methods with records (attribute constructors of other assemblies).
    if (buildsCustomAttributes(gen)) {
      const byMethod = new Map(refs.map((r) => [r.method, r]));
      for (const [token, m] of memberRefMethods(gen, file, (x) => byMethod.has(x))) methods.push([token, byMethod.get(m)!]);
    }
    methods.sort((a, b) => a[0] - b[0]);
    if (methods.length) {
      for (const [, r] of methods) deps.declare(`dn_typeinfo_h:${r.array}`, `extern const DnMethodInfo ${r.array}[];`);
      lines.push(`static const DnMdMethodToken ${name}__method_tokens[] = {\n    ${methods.map(([tk, r]) => `{0x${tk.toString(16)}, &${r.array}[${r.index}]}`).join(',\n    ')},\n};`);
      fields.push(`.method_tokens = ${name}__method_tokens`, `.method_token_count = ${methods.length}`);
    }
    return fields;
  }
  // A framework assembly: its types member reflection walks.
  const md = file.md;
  const types = [...new Set(frameworkSummaryTypes(gen).filter((t) => t.assembly === file).map((t) => t.def.token))].sort((a, b) => a - b);
  if (!embed || !types.length) return [];
  const records: string[] = [];
  const frameworkTypeTokens = new Map<number, TypeDesc>();
  const attributes = buildsCustomAttributes(gen) ? new FrameworkAttributes(gen, deps, file, described, lines) : undefined;
  for (const token of types) {
    const rid = token & 0xffffff;
    const fields = md.typeFields(rid);
    let empty = 0;
    if (!md.typeProperties(rid).length) empty |= 0x1;
    if (!md.typeEvents(rid).length) empty |= 0x2;
    if (!md.nestedTypesOf(rid).length) empty |= 0x4;
    if (!md.customAttributesOf(token).length) empty |= 0x8;
    let list = 'NULL, .field_flags = NULL';
    if (fields.length) {
      const base = `${name}__t${rid.toString(16)}`;
      lines.push(`static const uint32_t ${base}_f[] = {${fields.map((f) => `0x${(0x04000000 | f).toString(16)}`).join(', ')}};`);
      lines.push(`static const uint16_t ${base}_a[] = {${fields.map((f) => `0x${(md.row('Field', f).Flags as number).toString(16)}`).join(', ')}};`);
      list = `${base}_f, .field_flags = ${base}_a`;
    }
    const literals = literalsOf(gen, deps, file, rid, `${name}__t${rid.toString(16)}`, described, lines, frameworkTypeTokens);
    // Property names: a lookup by name on a derived type passes over them.
    const properties = md.typeProperties(rid);
    let propertyList = '';
    if (properties.length) {
      const base = `${name}__t${rid.toString(16)}`;
      lines.push(`static const uint32_t ${base}_p[] = {${properties.map((p) => `0x${(0x17000000 | p).toString(16)}`).join(', ')}};`);
      lines.push(`static const char *const ${base}_pn[] = {${properties.map((p) => cString(md.row('Property', p).Name as string)).join(', ')}};`);
      propertyList = `, .property_count = ${properties.length}, .properties = ${base}_p, .property_names = ${base}_pn`;
      const details = attributes?.properties(rid, base);
      if (details) propertyList += `, .property_details = ${details}`;
    }
    const attributeList = attributes?.of(token, `${name}__t${rid.toString(16)}`) ?? '';
    records.push(`{ .token = 0x${token.toString(16)}, .empty = 0x${empty.toString(16)}, .field_count = ${fields.length}, .fields = ${list}${literals}${propertyList}${attributeList} }`);
  }
  lines.push(`static const DnMdFrameworkType ${name}__md_types[] = {\n    ${records.join(',\n    ')},\n};`);
  const out = [`.md_types = ${name}__md_types`, `.md_type_count = ${types.length}`, `.primitives = ${primitivesTable(gen, deps, described, lines)}`];
  if (attributes) out.push(...attributes.tables(name, frameworkTypeTokens));
  // The types the literal fields' signatures name (enum constants), and attribute types.
  const tokens = [...frameworkTypeTokens].sort((a, b) => a[0] - b[0]);
  if (tokens.length) {
    lines.push(`static const DnMdTypeToken ${name}__type_tokens[] = {\n    ${tokens.map(([tk, t]) => `{0x${tk.toString(16)}, ${gen.mt(deps, t)}}`).join(',\n    ')},\n};`);
    out.push(`.type_tokens = ${name}__type_tokens`, `.type_token_count = ${tokens.length}`);
  }
  return out;
}

/**
 * The framework types whose summaries the program carries: those member reflection walks (the
 * bases of the reflected types, and the interfaces they implement: field listing reads their
 * literal fields) and, while the program builds custom attributes, the types of the attributes
 * on those, closed over (CoreLib reads an attribute type's own [AttributeUsage]).
 */
export function frameworkSummaryTypes(gen: ProgramGen): DefType[] {
  const walked = reflectedTypes(gen).flatMap((t) => [t, ...interfacesOf(t).filter((i): i is DefType => i instanceof DefType)]);
  const out = new Set(walked.filter((t) => gen.isFrameworkAssembly(t.assembly)).map((t) => t.typeDefinition));
  if (!buildsCustomAttributes(gen)) return [...out];
  // The framework attribute types the application applies (named arguments set their properties).
  for (const ctor of applicationAttributeConstructors(gen)) {
    const a = (ctor.owningType as DefType).typeDefinition;
    if (gen.isFrameworkAssembly(a.assembly)) out.add(a);
  }
  for (const t of out) {
    for (const ctor of typeAttributeConstructors(gen, t)) {
      const a = (ctor.owningType as DefType).typeDefinition;
      if (gen.isFrameworkAssembly(a.assembly)) out.add(a);
    }
  }
  return [...out];
}

/** Whether a type derives from System.Attribute. */
export function isAttributeType(t: DefType): boolean {
  for (let b = t.baseType; b; b = b.baseType) if (b instanceof DefType && b.fullName === 'System.Attribute' && b.assembly === t.ctx.coreLib) return true;
  return false;
}

/** The accessors of Property row `propertyRid`: MethodDef token, MethodSemantics, method. */
export function accessorsOf(gen: ProgramGen, file: AssemblyFile, propertyRid: number): { token: number; semantics: number; method: MethodDesc }[] {
  const out: { token: number; semantics: number; method: MethodDesc }[] = [];
  for (const s of file.md.methodSemanticsOf(0x17000000 | propertyRid)) {
    const token = 0x06000000 | (s.method & 0xffffff);
    const m = gen.ctx.resolver.resolveAny(file, token, { typeArgs: [], methodArgs: [] });
    if (m instanceof MethodDesc) out.push({ token, semantics: s.semantics, method: m });
  }
  return out;
}

/** The constructors of the custom attributes on a type definition (unresolvable ones left out). */
export function typeAttributeConstructors(gen: ProgramGen, t: DefType): MethodDesc[] {
  const out: MethodDesc[] = [];
  for (const rid of t.assembly.md.customAttributesOf(t.def.token)) {
    const ctor = attributeConstructor(gen, t.assembly, rid);
    if (ctor) out.push(ctor);
  }
  return out;
}

/** The constructor of CustomAttribute row `rid`, or undefined when it cannot be resolved. */
export function attributeConstructor(gen: ProgramGen, file: AssemblyFile, rid: number): MethodDesc | undefined {
  try {
    const ctor = gen.ctx.resolver.resolveAny(file, file.md.row('CustomAttribute', rid).Type as number, { typeArgs: [], methodArgs: [] });
    return ctor instanceof MethodDesc && ctor.owningType instanceof DefType && !ctor.owningType.containsGenericParameters ? ctor : undefined;
  } catch {
    return undefined;
  }
}

/** The custom attributes of a framework assembly's summarized types, and their constructors' tokens. */
class FrameworkAttributes {
  /** Constructor token -> the constructor. */
  private readonly ctors = new Map<number, MethodDesc>();

  constructor(private readonly gen: ProgramGen, private readonly deps: Deps, private readonly file: AssemblyFile,
    private readonly described: ReadonlySet<TypeDesc>, private readonly lines: string[]) {}

  /** The `.attribute_count/.attributes` initializers of a type's summary. */
  of(typeToken: number, base: string): string {
    const md = this.file.md;
    const entries: string[] = [];
    for (const rid of md.customAttributesOf(typeToken)) {
      const ctorToken = md.row('CustomAttribute', rid).Type as number;
      const ctor = attributeConstructor(this.gen, this.file, rid);
      if (!ctor) continue;
      this.ctors.set(ctorToken, ctor);
      const blob = md.blobs.get(md.row('CustomAttribute', rid).Value as number);
      const n = `${base}_ca${rid.toString(16)}`;
      this.lines.push(byteArray(n, blob));
      entries.push(`{ .token = 0x${(0x0c000000 | rid).toString(16)}, .ctor = 0x${ctorToken.toString(16)}, .blob = ${n}, .blob_length = ${blob.length} }`);
    }
    if (!entries.length) return '';
    this.lines.push(`static const DnMdFrameworkAttribute ${base}_cas[] = {\n    ${entries.join(',\n    ')},\n};`);
    return `, .attribute_count = ${entries.length}, .attributes = ${base}_cas`;
  }

  /** An attribute type's properties in full (named arguments set them), or undefined for other types. */
  properties(typeRid: number, base: string): string | undefined {
    const t = this.gen.ctx.typeForDefinition(this.file, typeRid);
    if (!isAttributeType(t)) return undefined;
    const md = this.file.md;
    const entries: string[] = [];
    for (const p of md.typeProperties(typeRid)) {
      const sig = md.blobs.get(md.row('Property', p).Type as number);
      const pairs: number[] = [];
      for (const a of accessorsOf(this.gen, this.file, p)) {
        this.accessors.set(a.token, a.method);
        pairs.push(a.token, a.semantics);
      }
      const n = `${base}_pd${p.toString(16)}`;
      this.lines.push(byteArray(`${n}_s`, sig));
      if (pairs.length) this.lines.push(`static const uint32_t ${n}_a[] = {${pairs.map((x) => `0x${x.toString(16)}`).join(', ')}};`);
      entries.push(`{ .flags = 0x${(md.row('Property', p).Flags as number).toString(16)}, .sig = ${n}_s, .sig_length = ${sig.length}, ` +
        `.associate_count = ${pairs.length / 2}, .associates = ${pairs.length ? `${n}_a` : 'NULL'} }`);
    }
    this.lines.push(`static const DnMdFrameworkProperty ${base}_pds[] = {\n    ${entries.join(',\n    ')},\n};`);
    return `${base}_pds`;
  }

  /** Accessor token -> the accessor (of the attribute types' properties). */
  private readonly accessors = new Map<number, MethodDesc>();

  /** The module's constructor and method token tables; the attribute types join `typeTokens`. */
  tables(name: string, typeTokens: Map<number, TypeDesc>): string[] {
    const md = this.file.md;
    const members: string[] = [];
    const refs = new Map(methodRecordRefs(this.gen).map((r) => [r.method, r]));
    const methods: [number, string][] = [];
    const withRecord = (token: number, m: MethodDesc) => {
      const r = refs.get(m);
      if (!r) return;
      this.deps.declare(`dn_typeinfo_h:${r.array}`, `extern const DnMethodInfo ${r.array}[];`);
      methods.push([token, `{0x${token.toString(16)}, &${r.array}[${r.index}]}`]);
    };
    for (const [token, ctor] of [...this.ctors].sort((a, b) => a[0] - b[0])) {
      const isDef = token >>> 24 === 0x06;
      const rid = token & 0xffffff;
      const parent = isDef ? 0x02000000 | md.declaringTypeOf('MethodDef', rid) : (md.row('MemberRef', rid).Class as number);
      const sig = md.blobs.get((isDef ? md.row('MethodDef', rid).Signature : md.row('MemberRef', rid).Signature) as number);
      const n = `${name}__m${token.toString(16)}`;
      this.lines.push(byteArray(n, sig));
      members.push(`{ .token = 0x${token.toString(16)}, .parent = 0x${parent.toString(16)}, .sig = ${n}, .sig_length = ${sig.length} }`);
      if (this.described.has(ctor.owningType)) typeTokens.set(parent, ctor.owningType);
      withRecord(token, ctor);
    }
    for (const [token, m] of this.accessors) withRecord(token, m);
    const out: string[] = [];
    if (members.length) {
      this.lines.push(`static const DnMdFrameworkMember ${name}__members[] = {\n    ${members.join(',\n    ')},\n};`);
      out.push(`.members = ${name}__members`, `.member_count = ${members.length}`);
    }
    if (methods.length) {
      const sorted = methods.sort((a, b) => a[0] - b[0]).map(([, e]) => e);
      this.lines.push(`static const DnMdMethodToken ${name}__method_tokens[] = {\n    ${sorted.join(',\n    ')},\n};`);
      out.push(`.method_tokens = ${name}__method_tokens`, `.method_token_count = ${methods.length}`);
    }
    return out;
  }
}
