// Casting calls CoreLib makes by name: CastHelpers and TypeHandle.TryCanCastTo (bound to the
// runtime's casting functions, which isinst/castclass use too), and the QCalls their slow paths
// and the cast cache's misses reach.
import { DefType } from '../typesystem/types.js';
import { type BodyHandler, fnBody, onStackPtr } from './bodies.js';

/**
 * CastHelpers, called by name from CoreLib code (Array.Copy's element checks): the runtime's
 * casting functions, which isinst/castclass use too. (Their IL would consult CoreCLR's cast
 * cache, which the CLR allocates at start-up, and the runtime's QCalls.)
 */
export const CAST_HELPERS: Record<string, BodyHandler> = castHelpers();

function castHelpers(): Record<string, BodyHandler> {
  const out: Record<string, BodyHandler> = {};
  const pairs: [string, string][] = [
    ['IsInstanceOfAny', 'dn_isinst_any'], ['IsInstanceOfInterface', 'dn_isinst_interface'], ['IsInstanceOfClass', 'dn_isinst_class'],
    ['ChkCastAny', 'dn_castclass_any'], ['ChkCastInterface', 'dn_castclass_interface'], ['ChkCastClass', 'dn_castclass_class'],
    ['ChkCastClassSpecial', 'dn_castclass_class'],
  ];
  // TypeHandle.CanCastTo's cache lookup answers every question (CastResult: 0 CannotCast, 1 CanCast).
  out['System.Runtime.CompilerServices.TypeHandle::TryCanCastTo'] = (m, g, d) => {
    const th = m.signature.params[0];
    if (m.signature.params.length !== 2 || !(th instanceof DefType)) return undefined;
    g.useStruct(d, th);
    const p = g.ctypes.member(th.fields.find((f) => !f.isStatic)!);
    return fnBody(m, g, d, [`return dn_is_assignable((const DnMethodTable *)a0.${p}, (const DnMethodTable *)a1.${p}) ? 1 : 0;`]);
  };
  for (const [name, fn] of pairs) {
    out[`System.Runtime.CompilerServices.CastHelpers::${name}`] = (m, g, d) =>
      (m.signature.params.length === 2 ? fnBody(m, g, d, [`return ${fn}(a1, (const DnMethodTable *)a0);`]) : undefined);
  }
  return out;
}

/** QCalls (by entry point) of the casting slow paths. */
export const CAST_QCALLS: Record<string, BodyHandler> = {
  TypeHandle_CanCastTo_NoCacheLookup: (m, g, d) => (m.signature.params.length !== 2 ? undefined
    : fnBody(m, g, d, ['return dn_is_assignable((const DnMethodTable *)a0, (const DnMethodTable *)a1) ? 1 : 0;'])),
  // (toType, throwCastException, object on stack): whether the object is an instance.
  IsInstanceOf_NoCacheLookup: (m, g, d) => {
    if (m.signature.params.length !== 3) return undefined;
    return fnBody(m, g, d, [
      `DnObject *obj = *(DnObject **)a2.${onStackPtr(g, d, m.signature.params[2]!)};`,
      'if (obj == NULL || dn_isinst_any(obj, (const DnMethodTable *)a0) != NULL) return 1;',
      'if (a1) dn_throw_invalid_cast(obj->mt, (const DnMethodTable *)a0);',
      'return 0;',
    ]);
  },
  // CastHelpers.ThrowInvalidCastExceptionInternal(fromType, toType).
  ThrowInvalidCastException: (m, g, d) => (m.signature.params.length !== 2 ? undefined
    : fnBody(m, g, d, ['dn_throw_invalid_cast((const DnMethodTable *)a0, (const DnMethodTable *)a1);'])),
};
