// Custom attributes as objects (GetCustomAttributes, Attribute.GetCustomAttribute, IsDefined):
// CoreLib's CustomAttribute enumerates a member's CustomAttribute rows through MetadataImport
// (metadata-import.ts), resolves each constructor token to a method record, and asks the runtime
// to build the attribute from its blob (runtime/src/custom_attributes.c) and to decode its named
// arguments, which it then sets through reflection.
//
// In a closed world the constructors must be compiled beforehand: while the program keeps that
// QCall, every custom attribute of the application's assemblies has its type constructed and its
// constructor kept with a method record (an invoke thunk), reachable from its token (the
// MemberRef of a framework attribute's constructor too). Framework assemblies' attributes are
// not available: their metadata is not embedded (metadata-import.ts).
import type { AssemblyFile } from '../metadata/assembly.js';
import { MethodDesc } from '../typesystem/members.js';
import { ArrayType, DefType } from '../typesystem/types.js';
import { type BodyHandler, onStackPtr, typeInfoBody } from './bodies.js';
import { moduleObject, qcallRecord } from './assemblies.js';
import type { Deps } from './deps.js';
import { requireMethodRecord } from './method-records.js';
import { PRIMITIVES, accessorsOf, attributeConstructor, frameworkSummaryTypes, isAttributeType, typeAttributeConstructors } from './metadata-import.js';
import { recordOfMethodInfo } from './method-handles.js';
import type { ProgramGen } from './program.js';

/** The QCall whose presence keeps the application's attribute constructors. */
export const CREATE_ATTRIBUTE = 'CustomAttribute_CreateCustomAttributeInstance';

const users = new WeakSet<ProgramGen>();

/** C lines declaring `cx`, the DnCaContext of a QCall whose module is the QCallModule `a0`. */
function contextLines(g: ProgramGen, d: Deps, module: DefType): string[] {
  const why = 'custom attribute arguments';
  const slots = new Array<string>(0x0f).fill('NULL');
  // The primitive types a blob encodes by their element type (II.23.3), and String.
  for (const [e, name] of PRIMITIVES.filter(([x]) => x >= 0x02 && x <= 0x0e)) {
    const t = g.ctx.wellKnown(name);
    g.requireConstructed(t, why);
    slots[e] = g.mt(d, t);
  }
  const rt = g.ctx.wellKnown('System.RuntimeType');
  g.useStruct(d, rt);
  const handle = g.ctypes.member(rt.fields.find((f) => f.name === 'm_handle')!);
  const resolver = g.ctx.wellKnown('System.Reflection.TypeNameResolver').methods.find((m) => m.name === 'GetTypeReferencedByCustomAttribute');
  if (resolver && !g.isCompiled(resolver)) g.require(resolver, 'types named by custom attributes');
  const byName = resolver && g.isCompiled(resolver) ? `(DnObject *(*)(DnObject *, DnObject *))${g.fnAddress(d, resolver, false)}` : 'NULL';
  g.needTypeObjects();
  g.needException('NotSupported');
  g.needException('InvalidProgram');
  g.needException('TypeLoad');
  return [
    `static const DnMethodTable *const primitives[0x0f] = {${slots.join(', ')}};`,
    `DnAssemblyInfo *a = ${qcallRecord(g, d, module, 'a0', '_module')};`,
    `DnCaContext cx = { .primitives = primitives, .type_mt = ${g.mt(d, g.ctx.wellKnown('System.Type'))}, .object_mt = ${g.mt(d, g.kit.object)},`,
    `    .type_handle_offset = offsetof(${g.ctypes.struct(rt).name}, ${handle}), .type_by_name = ${byName},`,
    `    .type_object = dn_program_type_object, .module = ${moduleObject(g, d, 'a')} };`,
  ];
}

export const CUSTOM_ATTRIBUTE_QCALLS: Record<string, BodyHandler> = {
  /** (module, type, ctor, ref blob, blobEnd, out namedArgs, result): the attribute from the blob's fixed arguments. */
  [CREATE_ATTRIBUTE]: (m, g, d) => {
    const p = m.signature.params;
    if (p.length !== 7) return undefined;
    users.add(g);
    return typeInfoBody(m, g, d, [
      ...contextLines(g, d, p[0] as DefType),
      '(void)a1;',
      `DnObject *ctor = *(DnObject **)a2.${onStackPtr(g, d, p[2]!)};`,
      `const DnMethodInfo *mi = ctor != NULL ? ${recordOfMethodInfo(g, d, 'ctor')} : NULL;`,
      'DnObject *r = dn_ca_create_instance(&cx, mi, (const uint8_t **)a3, (const uint8_t *)a4, a5);',
      `if (r != NULL) *(DnObject **)a6.${onStackPtr(g, d, p[6]!)} = r;`,
    ], 'implemented by dotnative (runtime/src/custom_attributes.c)');
  },
  /** (module, ref blob, blobEnd, name, out isProperty, type, value): the next named argument. */
  CustomAttribute_CreatePropertyOrFieldData: (m, g, d) => {
    const p = m.signature.params;
    if (p.length !== 7) return undefined;
    return typeInfoBody(m, g, d, [
      ...contextLines(g, d, p[0] as DefType),
      'DnString *name = NULL;',
      'DnObject *type = NULL, *value = NULL;',
      'if (!dn_ca_named_argument(&cx, (const uint8_t **)a1, (const uint8_t *)a2, &name, a4, &type, &value)) return;',
      `*(DnObject **)a3.${onStackPtr(g, d, p[3]!)} = (DnObject *)name;`,
      `*(DnObject **)a5.${onStackPtr(g, d, p[5]!)} = type;`,
      `*(DnObject **)a6.${onStackPtr(g, d, p[6]!)} = value;`,
    ], 'implemented by dotnative (runtime/src/custom_attributes.c)');
  },
  /** (blob, length, out targets, out allowMultiple, out inherited): an [AttributeUsage] blob. */
  CustomAttribute_ParseAttributeUsageAttribute: (m, g, d) => {
    if (m.signature.params.length !== 5) return undefined;
    return typeInfoBody(m, g, d, ['return dn_ca_parse_usage((const uint8_t *)a0, a1, a2, a3, a4);'], 'implemented by dotnative (runtime/src/custom_attributes.c)');
  },
  // An attribute's constructor is accessible from what it decorates: the C# compiler checked.
  RuntimeMethodHandle_IsCAVisibleFromDecoratedType: (m, g, d) => {
    if (m.signature.params.length !== 4) return undefined;
    return typeInfoBody(m, g, d, ['(void)a0; (void)a1; (void)a2; (void)a3;', 'return 1;']);
  },
};

const constructorsOf = new WeakMap<AssemblyFile, MethodDesc[]>();

/** The constructors of the custom attributes in an assembly's CustomAttribute table. */
function attributeConstructors(g: ProgramGen, file: AssemblyFile): MethodDesc[] {
  let list = constructorsOf.get(file);
  if (list) return list;
  const found = new Set<MethodDesc>();
  for (let rid = 1; rid <= file.md.rows('CustomAttribute'); rid++) {
    const ctor = attributeConstructor(g, file, rid);
    if (ctor) found.add(ctor);
  }
  constructorsOf.set(file, (list = [...found]));
  return list;
}

/** Keeps an attribute's type constructed and its constructor with a record. */
function keepAttribute(gen: ProgramGen, ctor: MethodDesc): void {
  const owner = ctor.owningType as DefType;
  const why = `custom attribute ${owner.fullName}`;
  if (!owner.isAbstract) gen.requireConstructed(owner, why);
  // Array arguments are created as arrays of the parameter's type.
  for (const p of ctor.signature.params) if (p instanceof ArrayType) gen.requireConstructed(p, why);
  requireMethodRecord(gen, ctor);
}

/** The constructors of the attributes in the application's assemblies. */
export function applicationAttributeConstructors(gen: ProgramGen): MethodDesc[] {
  return gen.ctx.loader.loaded.filter((f) => !gen.isFrameworkAssembly(f)).flatMap((f) => attributeConstructors(gen, f));
}

/**
 * Called every code generation round: keeps the constructors of the application's attributes
 * and of those on the framework types whose summaries the program carries (metadata-import.ts),
 * and the accessors of framework attribute types' properties (named arguments set them).
 */
export function planCustomAttributes(gen: ProgramGen): void {
  if (!users.has(gen)) return;
  for (const ctor of applicationAttributeConstructors(gen)) keepAttribute(gen, ctor);
  for (const t of frameworkSummaryTypes(gen)) {
    for (const ctor of typeAttributeConstructors(gen, t)) keepAttribute(gen, ctor);
    if (!isAttributeType(t)) continue;
    for (const p of t.assembly.md.typeProperties(t.def.rid)) {
      for (const a of accessorsOf(gen, t.assembly, p)) requireMethodRecord(gen, a.method);
    }
  }
}

/** Whether the program builds custom attributes (their constructors then have records). */
export function buildsCustomAttributes(gen: ProgramGen): boolean {
  return users.has(gen);
}

/** MemberRef tokens of `file` naming methods that have records (framework attribute constructors), for its token table. */
export function memberRefMethods(g: ProgramGen, file: AssemblyFile, hasRecord: (m: MethodDesc) => boolean): [number, MethodDesc][] {
  const out: [number, MethodDesc][] = [];
  const gc = { typeArgs: [], methodArgs: [] };
  for (let rid = 1; rid <= file.md.rows('MemberRef'); rid++) {
    const token = 0x0a000000 | rid;
    try {
      const m = g.ctx.resolver.resolveAny(file, token, gc);
      if (m instanceof MethodDesc && hasRecord(m)) out.push([token, m]);
    } catch {
      // Not a method the program has.
    }
  }
  return out;
}
