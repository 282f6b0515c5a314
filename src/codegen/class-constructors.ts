// RuntimeHelpers.RunClassConstructor(typeof(X).TypeHandle): runs X's class constructor if it has
// not run (once, with the usual failure and deadlock rules of runtime/src/cctor.c). A class
// constructor nothing else triggers is not compiled, so while the program keeps the QCall, the
// class constructors of the types it can name (typeof, or constructed) are kept and their
// types carry their trigger state (DnMethodTable.cctor), which the body reads.
import type { AssemblyFile } from '../metadata/assembly.js';
import { DefType } from '../typesystem/types.js';
import { assemblyRecord, qcallRecord } from './assemblies.js';
import { nameableTypes } from './nameable-types.js';
import { type BodyHandler, fnBody, qcallTypeMt, typeInfoBody } from './bodies.js';
import type { ProgramGen } from './program.js';

const runners = new WeakSet<ProgramGen>();

/** QCall ReflectionInvocation_RunClassConstructor(type). */
export const runClassConstructorBody: BodyHandler = (m, g, d) => {
  const p = m.signature.params;
  if (p.length !== 1) return undefined;
  runners.add(g);
  return fnBody(m, g, d, [
    `const DnMethodTable *mt = ${qcallTypeMt(g, d, p[0]!, 'a0')};`,
    'if (mt != NULL && mt->cctor != NULL) (void)dn_ensure_cctor(mt->cctor); /* a failure stays pending */',
  ]);
};

/** Called every code generation round: keeps the class constructors the QCall may run. */
export function planClassConstructors(gen: ProgramGen): void {
  if (!runners.has(gen)) return;
  for (const t of nameableTypes(gen)) {
    if (!(t instanceof DefType) || t.containsGenericParameters) continue;
    const cctor = t.methods.find((x) => x.isStaticConstructor);
    if (!cctor) continue;
    if (gen.isCompiled(cctor)) gen.useCctor(t);
    else gen.require(cctor, 'RuntimeHelpers.RunClassConstructor');
  }
}

// RuntimeHelpers.RunModuleConstructor(module.ModuleHandle): runs the module's initializer, the
// class constructor of its `<Module>` type (C#'s [ModuleInitializer] methods are called from
// it), once. While the QCall is kept, the module constructors of every assembly of the program
// are kept and get a trigger state; the body picks the one of the module's assembly record.
const moduleRunners = new WeakSet<ProgramGen>();

function moduleTypes(gen: ProgramGen): [AssemblyFile, DefType][] {
  const out: [AssemblyFile, DefType][] = [];
  for (const file of gen.ctx.loader.loaded) {
    if (file.md.rows('TypeDef') === 0) continue;
    const t = gen.ctx.typeForDefinition(file, 1);
    if (t.methods.some((x) => x.isStaticConstructor)) out.push([file, t]);
  }
  return out.sort((a, b) => (a[0].identity.name < b[0].identity.name ? -1 : 1));
}

/**
 * The application's module constructors, run at start-up before Main (hooks.ts): the
 * `<Module>` types with a class constructor of the application's assemblies the program loaded,
 * an assembly after those it references, the entry assembly last. CoreCLR runs a module's
 * constructor on the first access to its code; for the entry assembly that is before Main, and
 * for a library it is here earlier than there, as under Native AOT, which runs them all at
 * start-up.
 */
export function appModuleInitializers(gen: ProgramGen): DefType[] {
  const modules = new Map(moduleTypes(gen).filter(([file]) => !gen.isFrameworkAssembly(file)).map(([file, t]) => [file.name.toLowerCase(), { file, t }]));
  const order: DefType[] = [];
  const seen = new Set<string>();
  const visit = (key: string) => {
    const m = modules.get(key);
    if (!m || seen.has(key)) return;
    seen.add(key);
    for (const r of m.file.references()) visit(r.name.toLowerCase());
    order.push(m.t);
  };
  const entry = gen.ctx.loader.loaded[0]!.name.toLowerCase();
  for (const key of [...modules.keys()].filter((k) => k !== entry)) visit(key);
  visit(entry);
  return order;
}

/** QCall ReflectionInvocation_RunModuleConstructor(module). */
export const runModuleConstructorBody: BodyHandler = (m, g, d) => {
  const p = m.signature.params;
  if (p.length !== 1) return undefined;
  moduleRunners.add(g);
  const cases = moduleTypes(g).map(([file, t]) => {
    const state = g.names.cctorState(t);
    d.declare(state, `extern DnCctorState ${state};`);
    return `if (a == ${assemblyRecord(g, d, file)}) (void)dn_ensure_cctor(&${state}); /* a failure stays pending */`;
  });
  return typeInfoBody(m, g, d, [`DnAssemblyInfo *a = ${qcallRecord(g, d, p[0]!, 'a0', '_module')};`, ...(cases.length ? cases : ['(void)a;'])]);
};

/** Called every code generation round: keeps the module constructors the QCall may run. */
export function planModuleConstructors(gen: ProgramGen): void {
  if (!moduleRunners.has(gen)) return;
  for (const [, t] of moduleTypes(gen)) {
    const cctor = t.methods.find((x) => x.isStaticConstructor)!;
    if (gen.isCompiled(cctor)) gen.useCctor(t);
    else gen.require(cctor, 'RuntimeHelpers.RunModuleConstructor');
  }
}
