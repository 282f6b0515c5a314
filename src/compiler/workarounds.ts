// Workarounds for known problems of other stages, kept in one place until they are fixed there.
//
// 1. `constrained. T call I::StaticVirtual` on a generic T resolves (typesystem/interfaces.ts,
//    resolveConstrainedStatic -> methodImplsOf) to the implementing method on T's *open*
//    definition (`BinaryParser<TInteger>::IsValidChar` instead of `BinaryParser<sbyte>::...`):
//    the MethodImpl body token is a MethodDef, which resolves to the typical method whatever the
//    generic context. Both the analysis and the importer see the open method. Here a call whose
//    target lives on an open generic definition, inside an exact method, is re-targeted to the
//    instantiation of that definition found in the caller's own type arguments (where T came
//    from), and the exact method is asked for from the analysis.
import type { IrMethod } from '../ir/ir.js';
import type { MethodDesc } from '../typesystem/members.js';
import { ArrayType, DefType, type TypeDesc } from '../typesystem/types.js';

function instantiationsOf(def: DefType, roots: readonly TypeDesc[], out: Set<DefType>, depth = 0): void {
  if (depth > 8) return;
  for (const t of roots) {
    if (t instanceof DefType) {
      if (t.def === def.def && !t.containsGenericParameters) out.add(t);
      instantiationsOf(def, t.instantiation, out, depth + 1);
    } else if (t instanceof ArrayType) instantiationsOf(def, [t.elementType], out, depth + 1);
  }
}

/**
 * 2. The same bug seen from the other side: the importer resolved the constrained call to the
 *    exact method, the analysis kept only the method on the open definition. Such exact
 *    targets are returned so the driver asks the analysis for them.
 */
export function exactTargetsMissedByAnalysis(ir: IrMethod, kept: (m: MethodDesc) => boolean): MethodDesc[] {
  const out: MethodDesc[] = [];
  for (const b of ir.blocks) {
    for (const s of b.stmts) {
      if (s.kind !== 'call' && s.kind !== 'ldftn') continue;
      const m = s.method;
      if (!m.isStatic || kept(m) || m.owningType.containsGenericParameters || !(m.owningType instanceof DefType)) continue;
      if (!m.owningType.instantiation.length) continue;
      const open = m.typicalDefinition;
      if (open !== m && kept(open)) out.push(m);
    }
  }
  return out;
}

/** Re-targets calls to methods of open generic definitions; returns the methods now called. */
export function fixOpenStaticCalls(ir: IrMethod): MethodDesc[] {
  const caller = ir.method;
  const owner = caller.owningType;
  if (owner.containsGenericParameters || caller.instantiation.some((a) => a.containsGenericParameters)) return [];
  const fixedTargets: MethodDesc[] = [];
  for (const b of ir.blocks) {
    for (const s of b.stmts) {
      if (s.kind !== 'call' && s.kind !== 'ldftn') continue;
      const m = s.method;
      const mo = m.owningType;
      if (!(mo instanceof DefType) || !mo.containsGenericParameters || !mo.isTypeDefinition || !m.def) continue;
      if (m.instantiation.some((a) => a.containsGenericParameters)) continue;
      const found = new Set<DefType>();
      instantiationsOf(mo, [...(owner instanceof DefType ? owner.instantiation : []), ...caller.instantiation], found);
      if (found.size !== 1) continue;
      const inst = [...found][0]!;
      const exact = m.ctx.method(inst, m.def.rid, m.instantiation);
      s.method = exact;
      fixedTargets.push(exact);
    }
  }
  return fixedTargets;
}
