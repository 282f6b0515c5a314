// Types made from other types at run time, answered from the descriptors the program has (a
// closed world compiles no new types), through tables of {key, type} pairs in the data unit.
//   - Type.MakeGenericType (QCall RuntimeTypeHandle_Instantiate): entries {definition,
//     instantiation, arguments...} for every described instantiation whose definition is
//     described too (CoreLib first compares the arguments with the definition's generic
//     parameters: generic-parameters.ts). A missing instantiation is what Native AOT throws for
//     one it has no code for: NotSupportedException "'X[Y]' is missing native code or metadata"
//     (runtime/src/generics.c), or TypeLoadException when a constraint is violated, which
//     CoreLib turns into the ArgumentException CoreCLR gives.
//   - Type.MakeByRefType() (QCall RuntimeTypeHandle_MakeByRef): CoreCLR answers with a TypeDesc
//     for T&; here every type object stands on a DnMethodTable, so byref types get descriptors
//     too (typedesc.ts: ELEMENT_TYPE_BYREF, the element in the type record). While the program
//     keeps the QCall, the byref type of every type it can name is described; pairs
//     {element, byref}. Type.MakePointerType() (RuntimeTypeHandle_MakePointer) likewise, with
//     pointer types.
// A type the program does not have is NotSupportedException, naming the operation.
// Type.GetType(string) and Assembly.GetType(string) (QCall AssemblyNative_GetTypeCore) find
// types by name among the described ones (non-generic types and generic definitions) through a
// table of {assembly, name, type}; a name the program does not have is not found (null, or
// TypeLoadException when asked to throw), as for a type that does not exist.
import { ByRefType, DefType, PointerType, type TypeDesc } from '../typesystem/types.js';
import { cString } from './program.js';
import { type BodyHandler, onStackPtr, qcallTypeMt, typeInfoBody } from './bodies.js';
import { assemblyRecord, qcallRecord } from './assemblies.js';
import type { Deps } from './deps.js';
import { nameableTypes } from './nameable-types.js';
import type { ProgramGen } from './program.js';
import { wantsInstantiations } from './typeinfo.js';

interface Lookup {
  table: string;
  /** The pairs {key, type} among the described types. */
  pairs(types: readonly TypeDesc[]): [TypeDesc, TypeDesc][];
}

const BYREF: Lookup = {
  table: 'dn_program_byref_types',
  pairs: (types) => types.filter((t): t is ByRefType => t instanceof ByRefType && types.includes(t.elementType)).map((t) => [t.elementType, t]),
};

const POINTER: Lookup = {
  table: 'dn_program_pointer_types',
  pairs: (types) => types.filter((t): t is PointerType => t instanceof PointerType && types.includes(t.elementType)).map((t) => [t.elementType, t]),
};

const used = new WeakMap<ProgramGen, Set<Lookup>>();
function use(gen: ProgramGen, deps: Deps, lookup: Lookup): string {
  let set = used.get(gen);
  if (!set) used.set(gen, (set = new Set()));
  set.add(lookup);
  gen.needTypeObjects();
  gen.needException('NotSupported');
  deps.declare(lookup.table, `extern const DnMethodTable *const ${lookup.table}[];`);
  return lookup.table;
}

/** The lines that find `match` among a table's pairs and store its type object in `out`. */
function search(table: string, match: string, out: string, what: string): string[] {
  return [
    `for (const DnMethodTable *const *pair = ${table}; pair[0] != NULL; pair += 2) {`,
    `    if (!(${match})) continue;`,
    '    DnObject *t = dn_program_type_object(pair[1]);',
    `    if (t != NULL) ${out} = t;`,
    '    return;',
    '}',
    `dn_throw_kind(DN_EXC_NOT_SUPPORTED, "${what} of this type is not supported by dotnative (the program never uses the resulting type).");`,
  ];
}

/** QCalls RuntimeTypeHandle_MakeByRef(type, result) and RuntimeTypeHandle_MakePointer(type, result). */
function makeFromElementBody(lookup: Lookup, what: string): BodyHandler {
  return (m, g, d) => {
    const p = m.signature.params;
    if (p.length !== 2) return undefined;
    const table = use(g, d, lookup);
    return typeInfoBody(m, g, d, [
      `const DnMethodTable *element = ${qcallTypeMt(g, d, p[0]!, 'a0')};`,
      ...search(table, 'pair[0] == element', `*(DnObject **)a1.${onStackPtr(g, d, p[1]!)}`, what),
    ]);
  };
}
export const makeByRefBody = makeFromElementBody(BYREF, 'Type.MakeByRefType');
export const makePointerBody = makeFromElementBody(POINTER, 'Type.MakePointerType');

const INSTANTIATIONS_TABLE = 'dn_program_generic_instantiations';

/** QCall RuntimeTypeHandle_Instantiate(definition, IntPtr* arguments, count, result). */
export const instantiateBody: BodyHandler = (m, g, d) => {
  const p = m.signature.params;
  if (p.length !== 4) return undefined;
  g.needTypeObjects();
  g.needException('NotSupported');
  g.needException('TypeLoad');
  d.declare(`dn_typeinfo_h:${INSTANTIATIONS_TABLE}`, `extern const DnMethodTable *const ${INSTANTIATIONS_TABLE}[];`);
  return typeInfoBody(m, g, d, [
    `const DnMethodTable *mt = dn_generic_instantiate(${INSTANTIATIONS_TABLE}, ${qcallTypeMt(g, d, p[0]!, 'a0')}, (const DnMethodTable *const *)a1, a2);`,
    'if (mt == NULL) return;',
    'DnObject *t = dn_program_type_object(mt);',
    `if (t != NULL) *(DnObject **)a3.${onStackPtr(g, d, p[3]!)} = t;`,
  ]);
};

function instantiationsTable(gen: ProgramGen, types: readonly TypeDesc[]): string[] {
  if (!wantsInstantiations(gen)) return [];
  const described = new Set(types);
  const refs: string[] = [];
  for (const t of types) {
    if (!(t instanceof DefType) || !t.instantiation.length || t.containsGenericParameters || !described.has(t.typeDefinition)) continue;
    refs.push([t.typeDefinition, t, ...t.instantiation].map((x) => `&${gen.names.mt(x)}`).join(', '));
  }
  return [`const DnMethodTable *const ${INSTANTIATIONS_TABLE}[] = {${[...refs, 'NULL'].join(',\n    ')}};`];
}

const NAMED_TABLE = 'dn_program_named_types';
const namedUsers = new WeakSet<ProgramGen>();

/** A GetTypeCore QCall (assembly, name, nested names, count, result) answered by `lookup` over the named-type table. */
function namedTypeBody(lookup: string, chars: string): BodyHandler {
  return (m, g, d) => {
    const p = m.signature.params;
    if (p.length !== 5) return undefined;
    namedUsers.add(g);
    g.needTypeObjects();
    // Keyed after dn_typeinfo.h's include (declarations are sorted by key).
    d.declare(`dn_typeinfo_h:${NAMED_TABLE}`, `extern const DnNamedType ${NAMED_TABLE}[];`);
    return typeInfoBody(m, g, d, [
      `const DnMethodTable *mt = ${lookup}(${NAMED_TABLE}, ${qcallRecord(g, d, p[0]!, 'a0', '_assembly')}, (const ${chars} *)a1, (const ${chars} *const *)a2, a3);`,
      'if (mt == NULL) return;',
      'DnObject *t = dn_program_type_object(mt);',
      `if (t != NULL) *(DnObject **)a4.${onStackPtr(g, d, p[4]!)} = t;`,
    ]);
  };
}

/** QCall AssemblyNative_GetTypeCore(assembly, UTF-8 name, nested names, count, result). */
export const getTypeCoreBody = namedTypeBody('dn_find_named_type', 'char');

/**
 * QCall AssemblyNative_GetTypeCoreIgnoreCase(assembly, UTF-16 name, UTF-16 nested names, count,
 * result): Type.GetType(name, throwOnError, ignoreCase: true) and Assembly.GetType(name, throw,
 * ignoreCase: true), over the same table; ASCII letters fold, other characters match exactly.
 */
export const getTypeCoreIgnoreCaseBody = namedTypeBody('dn_find_named_type_ignore_case', 'uint16_t');

/** Metadata name with enclosing types ("Ns.Outer+Inner"). */
function metadataName(t: DefType): string {
  const outer = t.containingType;
  if (outer) return `${metadataName(outer)}+${t.name}`;
  return t.namespace ? `${t.namespace}.${t.name}` : t.name;
}

function namedTypesTable(gen: ProgramGen, deps: Deps, types: readonly TypeDesc[]): string[] {
  if (!namedUsers.has(gen)) return [];
  const named = types.filter((t): t is DefType => t instanceof DefType && (!t.instantiation.length || t.isTypeDefinition));
  const entries = named.map((t) => `    {${assemblyRecord(gen, deps, t.assembly)}, ${cString(metadataName(t))}, &${gen.names.mt(t)}},`);
  // Names through a facade's type forwarders (System.Runtime's System.Int32, as a custom
  // attribute blob writes it): the same types under the facade's record.
  const byKey = new Map(named.map((t) => [`${t.assembly.name.toLowerCase()}|${metadataName(t)}`, t]));
  const loader = gen.ctx.loader;
  for (const file of loader.loaded) {
    for (const f of loader.forwardedTypes(file)) {
      const t = byKey.get(`${f.target.toLowerCase()}|${f.fullName}`);
      if (t) entries.push(`    {${assemblyRecord(gen, deps, file)}, ${cString(f.fullName)}, &${gen.names.mt(t)}},`);
    }
  }
  return [`const DnNamedType ${NAMED_TABLE}[] = {`, ...entries, '    {NULL, NULL, NULL},', '};'];
}

/** Called every code generation round: describes the byref and pointer types MakeByRefType and MakePointerType may return. */
export function planTypeLookups(gen: ProgramGen): void {
  const set = used.get(gen);
  if (!set?.has(BYREF) && !set?.has(POINTER)) return;
  for (const t of nameableTypes(gen)) {
    if (t instanceof ByRefType || t.containsGenericParameters) continue;
    if (set.has(POINTER)) gen.requireTypeHandle(gen.ctx.pointerType(t), 'Type.MakePointerType');
    if (t instanceof DefType && t.primitiveKind === 'void') continue;
    if (set.has(BYREF)) gen.requireTypeHandle(gen.ctx.byRefType(t), 'Type.MakeByRefType');
  }
}

/** The data unit's tables of the lookups the program uses (before its assembly records). */
export function typeLookupTables(gen: ProgramGen, deps: Deps, types: readonly TypeDesc[]): string[] {
  const pairs = [...(used.get(gen) ?? [])].map((l) => {
    const refs = l.pairs(types).map(([k, t]) => `&${gen.names.mt(k)}, &${gen.names.mt(t)}`);
    return `const DnMethodTable *const ${l.table}[] = {${[...refs, 'NULL, NULL'].join(', ')}};`;
  });
  return [...pairs, ...namedTypesTable(gen, deps, types), ...instantiationsTable(gen, types)];
}
