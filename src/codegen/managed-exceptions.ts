// Exceptions a body raises that are not among the runtime's kinds (dn_throw_kind): created with
// their CoreLib constructor and thrown, so type, message and HResult are what CoreLib makes.
import type { DefType } from '../typesystem/types.js';
import { CodegenError } from './ctypes.js';
import type { Deps } from './deps.js';
import type { ProgramGen } from './program.js';

/** Statements that throw `new T(message)` (message a C string literal); the caller returns after them. */
export function throwNewWithMessage(g: ProgramGen, d: Deps, typeName: string, message: string): string {
  const t: DefType = g.ctx.wellKnown(typeName);
  const ctor = t.methods.find((m) => m.isConstructor && !m.isStatic && m.signature.params.length === 1 && m.signature.params[0] === g.kit.string);
  if (!ctor) throw new CodegenError(`${typeName} has no (string) constructor`);
  g.requireConstructed(t, 'an exception raised by dotnative');
  g.require(ctor, 'an exception raised by dotnative');
  g.needException('OutOfMemory');
  d.declare('string_h', '#include <string.h>');
  return `{ const char *dn_m = ${message}; DnString *dn_s = dn_string_from_utf8(dn_m, strlen(dn_m)); DnObject *dn_ex = dn_s != NULL ? dn_alloc_object(${g.mt(d, t)}) : NULL; `
    + `if (dn_ex != NULL) { ${g.fn(d, ctor)}(dn_ex, (DnObject *)dn_s); if (!dn_exception_pending()) dn_throw(dn_ex); } }`;
}
