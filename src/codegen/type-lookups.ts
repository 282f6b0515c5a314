// Types made from other types at run time, answered from the descriptors the program has (a
// closed world compiles no new types), through tables of {key, type} pairs in the data unit.
// (Type.MakeGenericType would be one more table, but CoreLib first compares the argument count
// with the open definition's generic parameters, which have no descriptors here.)
//   - Type.MakeByRefType() (QCall RuntimeTypeHandle_MakeByRef): CoreCLR answers with a TypeDesc
//     for T&; here every type object stands on a DnMethodTable, so byref types get descriptors
//     too (typedesc.ts: ELEMENT_TYPE_BYREF, the element in the type record). While the program
//     keeps the QCall, the byref type of every type it can name is described; pairs
//     {element, byref}.
// A type the program does not have is NotSupportedException, naming the operation.
import { ByRefType, DefType, type TypeDesc } from '../typesystem/types.js';
import { type BodyHandler, onStackPtr, qcallTypeMt, typeInfoBody } from './bodies.js';
import type { Deps } from './deps.js';
import { nameableTypes } from './nameable-types.js';
import type { ProgramGen } from './program.js';

interface Lookup {
  table: string;
  /** The pairs {key, type} among the described types. */
  pairs(types: readonly TypeDesc[]): [TypeDesc, TypeDesc][];
}

const BYREF: Lookup = {
  table: 'dn_program_byref_types',
  pairs: (types) => types.filter((t): t is ByRefType => t instanceof ByRefType && types.includes(t.elementType)).map((t) => [t.elementType, t]),
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

/** QCall RuntimeTypeHandle_MakeByRef(type, result). */
export const makeByRefBody: BodyHandler = (m, g, d) => {
  const p = m.signature.params;
  if (p.length !== 2) return undefined;
  const table = use(g, d, BYREF);
  return typeInfoBody(m, g, d, [
    `const DnMethodTable *element = ${qcallTypeMt(g, d, p[0]!, 'a0')};`,
    ...search(table, 'pair[0] == element', `*(DnObject **)a1.${onStackPtr(g, d, p[1]!)}`, 'Type.MakeByRefType'),
  ]);
};

/** Called every code generation round: describes the byref types MakeByRefType may return. */
export function planTypeLookups(gen: ProgramGen): void {
  if (!used.get(gen)?.has(BYREF)) return;
  for (const t of nameableTypes(gen)) {
    if (t instanceof ByRefType || t.containsGenericParameters || (t instanceof DefType && t.primitiveKind === 'void')) continue;
    gen.requireTypeHandle(gen.ctx.byRefType(t), 'Type.MakeByRefType');
  }
}

/** The data unit's tables of the lookups the program uses. */
export function typeLookupTables(gen: ProgramGen, types: readonly TypeDesc[]): string[] {
  return [...(used.get(gen) ?? [])].map((l) => {
    const refs = l.pairs(types).map(([k, t]) => `&${gen.names.mt(k)}, &${gen.names.mt(t)}`);
    return `const DnMethodTable *const ${l.table}[] = {${[...refs, 'NULL, NULL'].join(', ')}};`;
  });
}
