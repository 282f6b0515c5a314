// Field records: what CoreLib's field reflection (Type.GetFields/GetField, FieldInfo.Name,
// FieldType, Attributes, GetValue, SetValue) asks the runtime about fields, as compile-time data
// (DnFieldInfo, runtime/include/dn_typeinfo.h).
//
// When the program keeps CoreLib's field enumeration (the RuntimeTypeHandle_GetFields QCall),
// the types member reflection describes (method-records.ts's reflectedTypes: the types the
// application names by a token or constructs, with their base chains) get an array of records,
// one per field in metadata order: name, attributes, FieldDef token, declaring and field
// MethodTables, and the offset of an instance field or the storage of a static one. Fields a
// record cannot describe are left out: literal (const) fields, which have no storage (CoreLib
// lists them from metadata, PopulateLiteralFields, over metadata-import.ts's embedded metadata),
// RVA and thread-static fields, and fields of pointer or byref-like types. Every static field
// described keeps its storage; a described type keeps its class constructor (reflection runs it
// before its first field access); value-type field types are constructed (GetValue boxes them).
import { isNullable } from '../typesystem/casting.js';
import { instanceLayout } from '../typesystem/layout.js';
import type { FieldDesc } from '../typesystem/members.js';
import { DefType, type TypeDesc } from '../typesystem/types.js';
import type { Deps } from './deps.js';
import { describableType, reflectedTypes } from './method-records.js';
import { cString, type ProgramGen } from './program.js';

/** The QCall whose presence makes records necessary (typeinfo.ts looks for it). */
export const FIELD_ENUMERATION = 'RuntimeTypeHandle_GetFields';

const FIELD_LITERAL = 0x40;

/** Types with records (accumulated over the code generation rounds). */
const plans = new WeakMap<ProgramGen, Set<DefType>>();

/** Whether reflection can describe `f` with what a record holds. */
function describable(gen: ProgramGen, f: FieldDesc): boolean {
  if (f.flags & FIELD_LITERAL) return false;
  if (f.isStatic && (f.hasRva || gen.isThreadStatic(f) || gen.constantStatic(f) !== undefined)) return false;
  return describableType(f.type);
}

/** The fields of `t` that get records, in metadata order. */
function describedFields(gen: ProgramGen, t: DefType): FieldDesc[] {
  return t.fields.filter((f) => describable(gen, f));
}

/** Called every code generation round while the program keeps the field enumeration QCall. */
export function planFieldRecords(gen: ProgramGen): void {
  let types = plans.get(gen);
  if (!types) plans.set(gen, (types = new Set()));
  for (const t of reflectedTypes(gen)) {
    if (t.containsGenericParameters) continue;
    types.add(t);
    gen.mtsUsed.add(t);
    const why = `field reflection over ${t}`;
    for (const f of describedFields(gen, t)) {
      const ft = f.type;
      gen.mtsUsed.add(ft);
      // GetValue boxes value-type fields (a Nullable<T> as its T).
      if (ft.isValueType) gen.requireConstructed(isNullable(ft) ? (ft as DefType).instantiation[0]! : ft, why);
      if (f.isStatic) gen.staticsUsed.add(f);
    }
    // Reflection runs the class constructor before its first access to one of the type's
    // fields (dn_field_get/set, through the MethodTable's cctor state).
    const cctor = t.methods.find((m) => m.isStaticConstructor);
    if (cctor) gen.require(cctor, why);
    if (gen.cctorOf(t)) gen.cctorsUsed.add(t);
  }
}

/** The C name of a type's record array. */
function recordsName(gen: ProgramGen, t: TypeDesc): string {
  return `${gen.names.mt(t)}__fields_r`;
}

/** The record array of `t` (typeinfo.ts, for each descriptor) and its `.reflected_fields` initializer. */
export function fieldRecordsFor(gen: ProgramGen, t: TypeDesc, deps: Deps): { lines: string[]; field: string } | undefined {
  if (!(t instanceof DefType) || !plans.get(gen)?.has(t)) return undefined;
  const name = recordsName(gen, t);
  const offsets = new Map<FieldDesc, number>();
  if (!t.isInterface) {
    // Layout offsets of classes count the MethodTable pointer; records count from the data after it.
    const skip = t.isValueType ? 0 : 8;
    for (const { field, offset } of instanceLayout(t).fields) offsets.set(field, offset - skip);
  }
  const records: string[] = [];
  for (const f of describedFields(gen, t)) {
    const where = f.isStatic ? `.offset = -1, .address = (void *)&${gen.staticField(deps, f)}` : `.offset = ${offsets.get(f) ?? -1}, .address = NULL`;
    records.push(`{ .owner = ${gen.mt(deps, t)}, .name = ${cString(f.name)}, .attributes = 0x${f.flags.toString(16)}, ` +
      `.token = 0x${f.token.toString(16)}, .type = ${gen.mt(deps, f.type)}, ${where} }`);
  }
  records.push('{ .owner = NULL }');
  return { lines: [`static const DnFieldInfo ${name}[] = {\n    ${records.join(',\n    ')},\n};`], field: `.reflected_fields = ${name}` };
}
