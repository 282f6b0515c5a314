// The QCalls CoreCLR's VM uses to build delegates from code pointers (Delegate.DelegateConstruct,
// AdjustTarget, InitializeVirtualCallStub). Nothing in CoreLib calls them: the JIT does, for
// `newobj` of a delegate, which dotnative compiles itself (intrinsics.ts). Programs reach them
// through reflection over System.Delegate, so they follow dotnative's delegate convention
// (`_methodPtrAux` 0: call `_methodPtr(_target, args)`; otherwise `_methodPtrAux(args)`), and the
// method behind a code pointer is looked up among the compile-time method records. A pointer no
// record describes, where the answer depends on the method, is NotSupportedException.
import type { MethodDesc } from '../typesystem/members.js';
import { type BodyHandler, delegateStructOf, onStackPtr, typeInfoBody } from './bodies.js';
import type { Deps } from './deps.js';
import type { ProgramGen } from './program.js';

/** `(*(DnObject **)aI.ptr)` for an ObjectHandleOnStack parameter. */
function onStack(g: ProgramGen, d: Deps, m: MethodDesc, i: number): string {
  return `(*(DnObject **)a${i}.${onStackPtr(g, d, m.signature.params[i]!)})`;
}

/** The record whose code is `code` (C lines declaring `found`). */
function findRecord(code: string): string[] {
  return [
    'extern const DnMethodInfo *const dn_program_method_records[];',
    'const DnMethodInfo *found = NULL;',
    'for (const DnMethodInfo *const *list = dn_program_method_records; *list != NULL && found == NULL; list++)',
    '    for (const DnMethodInfo *mi = *list; mi->owner != NULL; mi++)',
    `        if (mi->code == (DnFnPtr)${code}) { found = mi; break; }`,
  ];
}

/** The QCall entries whose presence makes the program's method records necessary (typeinfo.ts). */
export const CODE_POINTER_QCALLS = ['Delegate_AdjustTarget', 'Delegate_InitializeVirtualCallStub'];

export const DELEGATE_CONSTRUCTION_QCALLS: Record<string, BodyHandler> = {
  /** Delegate_Construct(this, target, code): what a delegate constructor does with ldftn's pointer. */
  Delegate_Construct: (m, g, d) => {
    if (m.signature.params.length !== 3) return undefined;
    const ds = delegateStructOf(g, d);
    return typeInfoBody(m, g, d, [
      `${ds.name} *del = (${ds.name} *)${onStack(g, d, m, 0)};`,
      `DnObject *target = ${onStack(g, d, m, 1)};`,
      // No target: a static method called without one (open); otherwise closed over the target.
      `if (target == NULL) { del->${ds.target} = (DnObject *)del; del->${ds.ptr} = a2; del->${ds.aux} = a2; }`,
      `else { del->${ds.target} = target; del->${ds.ptr} = a2; del->${ds.aux} = 0; }`,
    ], 'implemented by dotnative (its delegate convention)');
  },
  /** Delegate_AdjustTarget(target, code): a boxed struct's method is called through its unboxing entry. */
  Delegate_AdjustTarget: (m, g, d) => {
    if (m.signature.params.length !== 2) return undefined;
    g.needException('NotSupported');
    return typeInfoBody(m, g, d, [
      `DnObject *target = ${onStack(g, d, m, 0)};`,
      'if (target == NULL || !dn_mt_is_value_type(target->mt)) return a1;',
      ...findRecord('a1'),
      'if (found != NULL && (found->attributes & 0x10) == 0) return (intptr_t)found->object_code;',
      'if (found != NULL) return a1;',
      'dn_throw_kind(DN_EXC_NOT_SUPPORTED, "dotnative has no record of this method: its unboxing entry is unknown.");',
      'return 0;',
    ], 'implemented by dotnative (compile-time method records)');
  },
  /** Delegate_InitializeVirtualCallStub(d, code): an open virtual delegate calls the override of its first argument. */
  Delegate_InitializeVirtualCallStub: (m, g, d) => {
    if (m.signature.params.length !== 2) return undefined;
    g.needException('NotSupported');
    const ds = delegateStructOf(g, d);
    return typeInfoBody(m, g, d, [
      `${ds.name} *del = (${ds.name} *)${onStack(g, d, m, 0)};`,
      ...findRecord('a1'),
      'if (found == NULL || found->object_code == NULL) { dn_throw_kind(DN_EXC_NOT_SUPPORTED, "dotnative has no record of this method: its virtual call is unknown."); return; }',
      `del->${ds.aux} = (intptr_t)found->object_code;`,
    ], 'implemented by dotnative (compile-time method records)');
  },
};
