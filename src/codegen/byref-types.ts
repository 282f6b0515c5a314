// Type.MakeByRefType(): CoreCLR answers with a TypeDesc for T&; here every type object stands on
// a DnMethodTable, so byref types get descriptors too (typedesc.ts: ELEMENT_TYPE_BYREF, the
// element in the type record). Only while the program keeps the RuntimeTypeHandle_MakeByRef
// QCall: then the byref type of every type it can name is described, and the data unit lists
// the {element, byref} pairs the QCall searches.
import { ByRefType, DefType, type TypeDesc } from '../typesystem/types.js';
import { type BodyHandler, onStackPtr, qcallTypeMt, typeInfoBody } from './bodies.js';
import { nameableTypes } from './nameable-types.js';
import type { ProgramGen } from './program.js';

const users = new WeakSet<ProgramGen>();
const TABLE = 'dn_program_byref_types';

/** QCall RuntimeTypeHandle_MakeByRef(type, result). */
export const makeByRefBody: BodyHandler = (m, g, d) => {
  const p = m.signature.params;
  if (p.length !== 2) return undefined;
  users.add(g);
  g.needTypeObjects();
  g.needException('NotSupported');
  d.declare(TABLE, `extern const DnMethodTable *const ${TABLE}[];`);
  return typeInfoBody(m, g, d, [
    `const DnMethodTable *element = ${qcallTypeMt(g, d, p[0]!, 'a0')};`,
    `for (const DnMethodTable *const *pair = ${TABLE}; pair[0] != NULL; pair += 2) {`,
    '    if (pair[0] != element) continue;',
    '    DnObject *t = dn_program_type_object(pair[1]);',
    `    if (t != NULL) *(DnObject **)a1.${onStackPtr(g, d, p[1]!)} = t;`,
    '    return;',
    '}',
    'dn_throw_kind(DN_EXC_NOT_SUPPORTED, "Type.MakeByRefType of this type is not supported by dotnative (the program never names the type).");',
  ]);
};

/** Called every code generation round: describes the byref types the QCall may return. */
export function planByRefTypes(gen: ProgramGen): void {
  if (!users.has(gen)) return;
  for (const t of nameableTypes(gen)) {
    if (t instanceof ByRefType || t.containsGenericParameters || (t instanceof DefType && t.primitiveKind === 'void')) continue;
    gen.requireTypeHandle(gen.ctx.byRefType(t), 'Type.MakeByRefType');
  }
}

/** The data unit's {element, byref} pairs (empty when the QCall is not kept). */
export function byRefTableLines(gen: ProgramGen, types: readonly TypeDesc[]): string[] {
  if (!users.has(gen)) return [];
  const pairs = types.filter((t): t is ByRefType => t instanceof ByRefType && types.includes(t.elementType));
  const refs = pairs.map((t) => `&${gen.names.mt(t.elementType)}, &${gen.names.mt(t)}`);
  return [`const DnMethodTable *const ${TABLE}[] = {${[...refs, 'NULL, NULL'].join(', ')}};`];
}
