// System.Threading.Thread's QCalls (by entry point name): a managed Thread owns a runtime
// DnThread record (runtime/include/dotnative.h, Threads), kept in its _DONT_USE_InternalThread
// field as CoreCLR keeps its native Thread there. `new Thread(...)` creates the record (and the
// managed thread id), Start runs it with Thread.StartCallback as the entry point, Join waits
// for it to end.
import type { DefType, TypeDesc } from '../typesystem/types.js';
import type { Deps } from './deps.js';
import { type BodyHandler, fnBody, onStackPtr } from './bodies.js';
import type { ProgramGen } from './program.js';

/** C accessors of the managed Thread object's fields. */
function threadFields(g: ProgramGen, d: Deps): (obj: string, field: string) => string {
  const thread = g.ctx.wellKnown('System.Threading.Thread');
  g.useStruct(d, thread);
  const st = g.ctypes.struct(thread).name;
  return (obj, field) => `((${st} *)${obj})->${g.ctypes.member(thread.fields.find((x) => x.name === field)!)}`;
}

/** The DnThread of a ThreadHandle parameter (a struct holding the record's address). */
function record(g: ProgramGen, d: Deps, handle: TypeDesc, arg: string): string {
  return `((DnThread *)${arg}.${onStackPtr(g, d, handle as DefType)})`;
}

/** ThreadState bits: Background 4, Unstarted 8, Stopped 16 (alone: an ended thread is neither). */
const STATE = 't->exited ? 16 : (!t->started ? 8 : 0) | (t->is_background ? 4 : 0)';

export const THREAD_NATIVES: Record<string, BodyHandler> = {
  ThreadNative_Initialize: (m, g, d) => {
    const f = threadFields(g, d);
    return fnBody(m, g, d, [
      `DnObject *obj = *(DnObject **)a0.${onStackPtr(g, d, m.signature.params[0]!)};`,
      'DnThread *t = dn_thread_create(obj);',
      `${f('obj', '_DONT_USE_InternalThread')} = (intptr_t)t;`,
      `${f('obj', '_managedThreadId')} = t->thread_id;`,
      `${f('obj', '_priority')} = 2; /* ThreadPriority.Normal */`,
    ]);
  },
  ThreadNative_Start: (m, g, d) => {
    const thread = g.ctx.wellKnown('System.Threading.Thread');
    const callback = thread.methods.find((x) => x.name === 'StartCallback' && !x.isStatic && x.signature.params.length === 0);
    if (!callback) return undefined;
    g.require(callback, 'Thread.Start');
    const entry = `${g.fn(d, callback)}__thread_entry`;
    d.declare(entry, `static void ${entry}(void *thread) {\n    ${g.fn(d, callback)}((DnObject *)thread);\n}`);
    return fnBody(m, g, d, [
      '(void)a2; (void)a3; (void)a4; /* priority, thread pool, name */',
      `DnThread *t = ${record(g, d, m.signature.params[0]!, 'a0')};`,
      `if (dn_thread_run(t, ${entry}, t->managed_thread, (size_t)(a1 > 0 ? a1 : 0)) != 0) dn_throw_out_of_memory();`,
    ]);
  },
  ThreadNative_Join: (m, g, d) => {
    const f = threadFields(g, d);
    return fnBody(m, g, d, [
      `DnObject *obj = *(DnObject **)a0.${onStackPtr(g, d, m.signature.params[0]!)};`,
      `DnThread *t = (DnThread *)${f('obj', '_DONT_USE_InternalThread')};`,
      'return t == NULL || !t->started || dn_thread_join(t, a1);',
    ]);
  },
  ThreadNative_GetThreadState: (m, g, d) => fnBody(m, g, d, [`DnThread *t = ${record(g, d, m.signature.params[0]!, 'a0')};`, `return ${STATE};`]),
  ThreadNative_GetIsBackground: (m, g, d) => fnBody(m, g, d, [`return ${record(g, d, m.signature.params[0]!, 'a0')}->is_background != 0;`]),
  ThreadNative_SetIsBackground: (m, g, d) => fnBody(m, g, d, [`dn_thread_set_background(${record(g, d, m.signature.params[0]!, 'a0')}, a1 != 0);`]),
  ThreadNative_SetPriority: (m, g, d) => {
    const f = threadFields(g, d);
    return fnBody(m, g, d, [`DnObject *obj = *(DnObject **)a0.${onStackPtr(g, d, m.signature.params[0]!)};`, `${f('obj', '_priority')} = a1;`]);
  },
  // Thread names are not passed to the OS (pthread names are limited to 15 bytes anyway).
  ThreadNative_InformThreadNameChange: (m, g, d) => fnBody(m, g, d, m.signature.params.map((_, i) => `(void)a${i};`)),
};
