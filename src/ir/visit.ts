// Generic access to the values a statement or terminator reads and the variable it writes, so
// passes (temp pruning, the dumper, the code generator's liveness or GC-root analysis) need not
// know every node kind.
import type { IrStmt, IrTerminator, IrValue, IrVar } from './ir.js';

/** The variable a statement assigns (assign's dst included), or undefined. */
export function stmtDst(s: IrStmt): IrVar | undefined {
  return 'dst' in s ? s.dst : undefined;
}

/** The values a statement reads, in evaluation order. */
export function stmtOperands(s: IrStmt): IrValue[] {
  switch (s.kind) {
    case 'assign': return [s.src];
    case 'binary': case 'compare': return [s.a, s.b];
    case 'unary': case 'conv': case 'ckfinite': return [s.src];
    case 'addrof': return [s.var];
    case 'load': case 'initobj': return [s.addr];
    case 'store': return [s.addr, s.value];
    case 'cpobj': return [s.dstAddr, s.srcAddr];
    case 'cpblk': return [s.dstAddr, s.srcAddr, s.size];
    case 'initblk': return [s.addr, s.value, s.size];
    case 'localloc': return [s.size];
    case 'call': case 'newobj': return [...s.args];
    case 'calli': return [...s.args, s.fn];
    case 'newarr': return [s.length];
    case 'newmdarr': return s.lowerBounds ? s.lowerBounds.flatMap((lb, i) => [lb, s.lengths[i]!]) : [...s.lengths];
    case 'ldvirtftn': return [s.obj];
    case 'ldfld': case 'ldflda': return [s.obj];
    case 'stfld': return [s.obj, s.value];
    case 'stsfld': return [s.value];
    case 'box': return [s.value];
    case 'unbox': case 'unbox.any': case 'castclass': case 'isinst': return [s.obj];
    case 'ldlen': return [s.array];
    case 'ldelem': case 'ldelema': return [s.array, ...s.indices];
    case 'stelem': return [s.array, ...s.indices, s.value];
    case 'mkrefany': return [s.addr];
    case 'refanyval': case 'refanytype': return [s.typedRef];
    case 'ldstr': case 'sizeof': case 'ldftn': case 'ldsfld': case 'ldsflda': case 'ldtoken': case 'arglist':
    case 'exception': case 'break':
      return [];
  }
}

/** The values a terminator reads. */
export function termOperands(t: IrTerminator): IrValue[] {
  switch (t.kind) {
    case 'condbr': return 'value' in t.cond ? [t.cond.value] : [t.cond.a, t.cond.b];
    case 'switch': return [t.value];
    case 'return': return t.value ? [t.value] : [];
    case 'throw': case 'endfilter': return [t.value];
    default: return [];
  }
}
