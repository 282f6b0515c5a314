// RuntimeHelpers.RunClassConstructor(typeof(X).TypeHandle): runs X's class constructor if it has
// not run (once, with the usual failure and deadlock rules of runtime/src/cctor.c). A class
// constructor nothing else triggers is not compiled, so while the program keeps the QCall, the
// class constructors of the types it can name (typeof, or constructed) are kept and their
// types carry their trigger state (DnMethodTable.cctor), which the body reads.
import { DefType } from '../typesystem/types.js';
import { nameableTypes } from './nameable-types.js';
import { type BodyHandler, fnBody, qcallTypeMt } from './bodies.js';
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
