// Function bodies dotnative writes itself for methods without usable IL (internal calls,
// QCalls, replaced methods): the shared shape of the handlers in intrinsics.ts, typeinfo.ts
// and thread-natives.ts. Parameters are a0, a1 ... in the managed signature's order.
import type { MethodDesc } from '../typesystem/members.js';
import type { DefType, TypeDesc } from '../typesystem/types.js';
import type { Deps } from './deps.js';
import { commentText, type ProgramGen } from './program.js';

/** Writes the body of a method, or declines (undefined) so the next binding is tried. */
export type BodyHandler = (m: MethodDesc, gen: ProgramGen, deps: Deps) => string | undefined;

/** A function definition for `m` (its prototype comes from the method's signature). */
export function fnBody(m: MethodDesc, gen: ProgramGen, deps: Deps, lines: string[], how = 'implemented by dotnative'): string {
  return `/* ${commentText(String(m))}: ${how} */\n${gen.prototype(deps, m, true)} {\n${lines.map((l) => '    ' + l).join('\n')}\n}`;
}

/** The C member of a one-field struct parameter (ObjectHandleOnStack, ThreadHandle ...). */
export function onStackPtr(g: ProgramGen, d: Deps, t: TypeDesc): string {
  const st = t as DefType;
  g.useStruct(d, st);
  return g.ctypes.member(st.fields.find((f) => !f.isStatic)!);
}

/** A body answered from the compile-time type records (dn_typeinfo.h). */
export function typeInfoBody(m: MethodDesc, gen: ProgramGen, deps: Deps, lines: string[], how = 'implemented by dotnative (compile-time type data)'): string {
  deps.declare('dn_typeinfo_h', '#include "dn_typeinfo.h"');
  return fnBody(m, gen, deps, lines, how);
}

/** The MethodTable of a RuntimeType expression: `(const DnMethodTable *)((RuntimeType)<arg>).m_handle`. */
export function runtimeTypeMt(gen: ProgramGen, deps: Deps, arg: string): string {
  const rt = gen.ctx.wellKnown('System.RuntimeType');
  gen.useStruct(deps, rt);
  const handle = gen.ctypes.member(rt.fields.find((f) => f.name === 'm_handle')!);
  return `((const DnMethodTable *)((${gen.ctypes.struct(rt).name} *)${arg})->${handle})`;
}

/** The MethodTable of a QCallTypeHandle parameter `arg` of type `param`. */
export function qcallTypeMt(gen: ProgramGen, deps: Deps, param: TypeDesc, arg: string): string {
  const qth = param as DefType;
  gen.useStruct(deps, qth);
  return `((const DnMethodTable *)${arg}.${gen.ctypes.member(qth.fields.find((f) => f.name === '_handle')!)})`;
}

/** The C names of a delegate's struct and fields (MulticastDelegate's layout). */
export interface DelegateStruct { name: string; target: string; ptr: string; aux: string; list: string; count: string }

export function delegateStructOf(gen: ProgramGen, deps: Deps): DelegateStruct {
  const md = gen.ctx.wellKnown('System.MulticastDelegate');
  const d = gen.ctx.wellKnown('System.Delegate');
  gen.useStruct(deps, md);
  const f = (t: DefType, n: string) => gen.ctypes.member(t.fields.find((x) => x.name === n)!);
  return {
    name: gen.ctypes.struct(md).name,
    target: f(d, '_target'), ptr: f(d, '_methodPtr'), aux: f(d, '_methodPtrAux'),
    list: f(md, '_invocationList'), count: f(md, '_invocationCount'),
  };
}
