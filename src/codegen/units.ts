// Splitting the generated C into translation units. Method bodies are grouped by where their
// code comes from: the application (its own methods, and framework generics instantiated over
// its types) and each framework assembly, cut into fixed chunks of its type definitions (and the
// generic instantiations of each chunk beside it). A unit holds its methods in name order and
// declares exactly what they use (deps.ts), so a unit's text depends only on the methods in it:
// when a program changes, the units of framework code it did not touch keep their text and hit
// the object cache. Everything whole-program — type descriptors, statics, literals, class
// constructor states, thunks, the hooks table — is in one data unit. Small methods a unit calls
// are copied into it (inline-copies.ts), so that the C compiler can inline them.
import { assemblyDefinitions } from './assemblies.js';
import { metadataModules } from './metadata-import.js';
import { methodRecordList } from './method-records.js';
import { typeLookupTables } from './type-lookups.js';
import type { MethodDesc } from '../typesystem/members.js';
import { ArrayType, ByRefType, DefType, PointerType, type TypeDesc } from '../typesystem/types.js';
import { Deps, cmp, renderUnit } from './deps.js';
import { InlineCopies } from './inline-copies.js';
import type { Hooks } from './hooks.js';
import { cctorStateDefinitions, staticFieldDefinitions } from './statics.js';
import { TypeDescriptors } from './typedesc.js';
import type { AssemblyFile } from '../metadata/assembly.js';
import { shortHash } from './names.js';
import { cString, type Fragment, type ProgramGen } from './program.js';
import { resolveInterfaceMethod } from '../typesystem/interfaces.js';
import { resolveVirtualMethod } from '../typesystem/vtable.js';

export interface Unit {
  /** File name (in the C directory). */
  file: string;
  text: string;
}

/**
 * IL bytes per framework chunk. A framework assembly's type definitions are cut, in metadata
 * order, into consecutive chunks of about this much IL: a fixed partition of the assembly, so a
 * type's unit does not depend on the program, and a program that keeps a few more methods than
 * another changes only the chunks they fall in (the others hit the object cache).
 */
const CHUNK_IL_BYTES = 48 * 1024;

/**
 * Units per chunk for code instantiated over type arguments. Chunk size and spread trade the
 * share of units an edit leaves untouched against the cost of a unit: each compiler process
 * spends ~0.2 s before the first function (start-up, the runtime header), so units of a few
 * functions cost more than their code. Over the functions the test suite's eight batches
 * generated, with the measured costs (clang -O2: ~0.2 s a unit, ~2.2 s a MB), 24 KiB chunks
 * spread over 4 units compile 1,479 units, 48 KiB over 2 units 658, for ~20% less compiler time.
 */
const GENERIC_SPREAD = 2;

const chunkTables = new WeakMap<AssemblyFile, Uint16Array>();

/** The chunk of every TypeDef row of a framework assembly (index = rid). */
function chunksOf(assembly: AssemblyFile): Uint16Array {
  let table = chunkTables.get(assembly);
  if (table) return table;
  const md = assembly.md;
  const n = md.rows('TypeDef');
  table = new Uint16Array(n + 1);
  let chunk = 0;
  let filled = 0;
  for (let rid = 1; rid <= n; rid++) {
    table[rid] = chunk;
    for (const m of md.typeMethods(rid)) filled += assembly.methodCodeSize(m);
    if (filled >= CHUNK_IL_BYTES) {
      chunk++;
      filled = 0;
    }
  }
  chunkTables.set(assembly, table);
  return table;
}

/** True when a type comes from the application (not the shared framework). */
function isAppType(t: TypeDesc, frameworkDir: string): boolean {
  if (t instanceof DefType) {
    if (!t.assembly.path.startsWith(frameworkDir)) return true;
    return t.instantiation.some((a) => isAppType(a, frameworkDir));
  }
  if (t instanceof ArrayType || t instanceof PointerType || t instanceof ByRefType) return isAppType(t.elementType, frameworkDir);
  return false;
}

/** The unit a method's body goes to. */
export function unitOf(m: MethodDesc, frameworkDir: string): string {
  const owner = m.owningType;
  if (isAppType(owner, frameworkDir) || m.instantiation.some((a) => isAppType(a, frameworkDir))) return 'app';
  // Methods of arrays, pointers and the like (no TypeDef of their own) go with CoreLib's first chunk.
  const assembly = owner instanceof DefType ? owner.assembly : m.ctx.coreLib;
  const chunk = owner instanceof DefType ? chunksOf(assembly)[owner.def.rid]! : 0;
  const unit = `${assembly.name.replace(/[^A-Za-z0-9]+/g, '_')}_${String(chunk).padStart(3, '0')}`;
  // Instantiations vary most between programs: they go beside the chunk, spread by their type
  // arguments, so a new Dictionary<string, long> leaves the chunk's other code untouched.
  const args = [...(owner instanceof DefType ? owner.instantiation : []), ...m.instantiation];
  if (!args.length) return unit;
  return `${unit}_g${parseInt(shortHash(args.map(String).join(','), 4), 16) % GENERIC_SPREAD}`;
}

/** The method units, in file-name order. */
export function methodUnits(gen: ProgramGen, fragments: Fragment[], frameworkDir: string): Unit[] {
  const groups = new Map<string, Fragment[]>();
  for (const f of fragments) {
    const u = unitOf(f.method, frameworkDir);
    let list = groups.get(u);
    if (!list) groups.set(u, (list = []));
    list.push(f);
  }
  const units: Unit[] = [];
  const copies = new InlineCopies(gen, fragments);
  for (const [name, list] of [...groups.entries()].sort((a, b) => cmp(a[0], b[0]))) {
    list.sort((a, b) => cmp(gen.names.method(a.method), gen.names.method(b.method)));
    const deps = new Deps();
    for (const f of list) deps.merge(f.deps);
    const own = list.map((f) => f.text);
    const body = copies.linesFor(deps, new Set(list.map((f) => gen.names.method(f.method))), own.join('\n'));
    for (const text of own) body.push(text, '');
    const title = name === 'app' ? 'application code' : `framework code: ${name}`;
    units.push({ file: `${name}.c`, text: renderUnit(title, deps, body, gen.ctypes, (t) => gen.names.mt(t)) });
  }
  return units;
}

/**
 * The data unit: string literals, statics, class-constructor states, type descriptors, unboxing
 * thunks and the hooks table. Built last: it describes everything the method units use.
 */
export function dataUnit(gen: ProgramGen, hooks: Hooks, roots: Iterable<TypeDesc>, usedVirtuals: Set<MethodDesc>): Unit {
  const deps = new Deps();
  const hookLines = hooks.emit(deps);
  const cctors = cctorStateDefinitions(gen, deps);
  const statics = staticFieldDefinitions(gen, deps);
  const typeObjects: string[] = [];
  if (gen.typeObjects) {
    const rt = gen.ctx.wellKnown('System.RuntimeType');
    gen.useStruct(deps, rt);
    const handle = gen.ctypes.member(rt.fields.find((f) => f.name === 'm_handle')!);
    typeObjects.push(
      'DnObject *dn_program_type_object(const DnMethodTable *mt) {',
      '    DnObject *t = __atomic_load_n(&mt->aux->exposed_class_object, __ATOMIC_ACQUIRE);',
      '    if (t != NULL) return t;',
      `    DnObject *created = dn_alloc_object(${gen.mt(deps, rt)});`,
      '    if (created == NULL) return NULL;',
      `    ((${gen.ctypes.struct(rt).name} *)created)->${handle} = (intptr_t)mt;`,
      '    DnObject *expected = NULL;',
      '    if (__atomic_compare_exchange_n(&mt->aux->exposed_class_object, &expected, created, false, __ATOMIC_ACQ_REL, __ATOMIC_ACQUIRE)) return created;',
      '    return expected;',
      '}',
      '',
    );
  }
  // Dispatchers of generic virtual methods: one comparison per constructed type that can receive the call.
  const dispatchers: string[] = [];
  const constructed = [...gen.constructed].filter((t): t is DefType | ArrayType => t instanceof DefType || t instanceof ArrayType)
    .sort((a, b) => cmp(gen.names.mt(a), gen.names.mt(b)));
  for (const m of [...gen.gvmUsed].sort((a, b) => cmp(gen.names.method(a), gen.names.method(b)))) {
    const name = `${gen.names.method(m)}__dispatch`;
    const lines = [`/* ${String(m).replace(/\*\//g, '* /')}: generic virtual dispatch */`, `void *${name}(DnObject *obj) {`, '    const DnMethodTable *mt = obj->mt;'];
    for (const t of constructed) {
      const impl = implementationOf(t, m);
      if (!impl || impl.isAbstract || !gen.isCompiled(impl)) continue;
      lines.push(`    if (mt == ${gen.mt(deps, t)}) return (void *)${gen.fnAddress(deps, impl, gen.needsUnboxing(impl))};`);
    }
    lines.push(`    DN_NOT_COMPILED(${cString(`${String(m)} on this type`)});`, '    return NULL;', '}', '');
    for (const line of lines) dispatchers.push(line);
  }
  const descriptors = new TypeDescriptors(gen);
  const types = descriptors.closure([...gen.mtsUsed, ...roots]);
  for (const t of types) deps.mts.add(t);
  const mts = descriptors.emit(types, deps, usedVirtuals);
  // After the descriptors and every method unit: the assembly records all of them refer to.
  const lookups = typeLookupTables(gen, deps, types);
  const assemblies = [...assemblyDefinitions(gen, deps), ...metadataModules(gen, deps, types)];
  const methodRecords = [...methodRecordList(gen), ...lookups];
  const thunks: string[] = [];
  for (const m of [...gen.unboxThunks].sort((a, b) => cmp(gen.names.method(a), gen.names.method(b)))) {
    const owner = m.owningType as DefType;
    const thisType = gen.ctypes.storage(gen.ctx.byRefType(owner));
    const n = gen.paramTypes(m).length;
    const args = [`(${thisType})((uint8_t *)self + 8)`, ...Array.from({ length: n - 1 }, (_, i) => `a${i + 1}`)];
    const call = `${gen.fn(deps, m)}(${args.join(', ')})`;
    const isVoid = m.signature.returnType === gen.kit.void;
    thunks.push(`${gen.unboxThunkPrototype(deps, m, true)} {\n    ${isVoid ? `${call};` : `return ${call};`}\n}`);
  }
  const strings = gen.strings.definitions(gen.names.mt(gen.kit.string));
  const definedStrings = new Set(gen.strings.all().map((s) => s.name));
  if (gen.literalTable) {
    const all = gen.strings.all();
    strings.push(`DnObject *const dn_program_literals[] = {${all.map((s) => `DN_STR(${s.name})`).join(', ') || 'NULL'}};`);
    strings.push(`const int32_t dn_program_literal_count = ${all.length};`);
  }
  const body = [
    '/* ---- string literals ---- */', ...strings, '',
    '/* ---- static fields ---- */', ...statics, '',
    '/* ---- class constructors ---- */', ...cctors, '',
    ...(assemblies.length ? ['/* ---- assemblies (Assembly and Module objects) ---- */', ...assemblies] : []),
    '/* ---- type descriptors ---- */', ...mts, '',
    ...(methodRecords.length ? ['/* ---- method records (Delegate.Method searches them) ---- */', ...methodRecords] : []),
    '/* ---- unboxing thunks (virtual calls on boxed values) ---- */', ...thunks.flatMap((t) => [t, '']),
    ...(dispatchers.length ? ['/* ---- generic virtual methods ---- */', ...dispatchers] : []),
    ...(typeObjects.length ? ['/* ---- RuntimeType objects (typeof, Object.GetType) ---- */', ...typeObjects] : []),
    '/* ---- managed hooks ---- */', ...hookLines,
  ];
  return { file: 'dn_program.c', text: renderUnit('program data: types, statics, literals, hooks', deps, body, gen.ctypes, (t) => gen.names.mt(t), definedStrings) };
}

/** The method a virtual call of `m` reaches on an object of exact type t, or undefined. */
function implementationOf(t: DefType | ArrayType, m: MethodDesc): MethodDesc | undefined {
  const owner = m.owningType;
  try {
    if (owner instanceof DefType && owner.isInterface) return resolveInterfaceMethod(t, m);
    let derives = false;
    for (let b: TypeDesc | undefined = t; b && !derives; b = b.baseType) derives = b instanceof DefType && owner instanceof DefType && b.typeDefinition === owner.typeDefinition && b === owner;
    if (!derives) return undefined;
    return resolveVirtualMethod(t, m);
  } catch {
    return undefined;
  }
}
