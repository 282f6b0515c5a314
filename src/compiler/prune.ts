// Constant-branch pruning on imported IR, the counterpart of analysis/reachable-il.ts: a
// `brtrue`/`brfalse` on a compile-time constant — a call to a substituted or constant-returning
// method (`call get_IsSupported`), a substituted static field, an ldc — goes one way only, and
// blocks reachable only the other way are dropped. Analysis scanned exactly the instructions
// reachable-il.ts keeps, so after this pass the code refers only to what analysis kept.
// (The importer could take the live instruction set itself; until it does, this pass applies
// the same rule to its output: the constant producer and the branch are in one block.)
import type { ConstantMethods } from '../analysis/constant-methods.js';
import type { Substitutions } from '../analysis/substitutions.js';
import type { IrBlock, IrMethod, IrRegion, IrValue } from '../ir/ir.js';

export function pruneConstantBranches(ir: IrMethod, substitutions: Substitutions, constants: ConstantMethods): void {
  let changed = false;
  for (const b of ir.blocks) {
    const t = b.term;
    if (t.kind !== 'condbr' || (t.cond.op !== 'true' && t.cond.op !== 'false')) continue;
    const v = constantOf(b, t.cond.value, substitutions, constants);
    if (v === undefined) continue;
    const truthy = v !== null && v !== 0n;
    const taken = t.cond.op === 'true' ? truthy : !truthy;
    b.term = { kind: 'goto', offset: t.offset, target: taken ? t.ifTrue : t.ifFalse };
    changed = true;
  }
  if (!changed) return;
  const reached = new Set<IrBlock>();
  const work: IrBlock[] = [];
  const reach = (blk: IrBlock | undefined) => {
    if (blk && !reached.has(blk)) {
      reached.add(blk);
      work.push(blk);
    }
  };
  reach(ir.blocks[0]);
  const inRegion = (blk: IrBlock, r: IrRegion) => {
    for (let x = blk.region; x; x = x.parent) if (x === r) return true;
    return false;
  };
  const queued = new Set<IrRegion>();
  for (;;) {
    while (work.length) {
      const blk = work.pop()!;
      const t = blk.term;
      switch (t.kind) {
        case 'goto': reach(t.target); break;
        case 'condbr': reach(t.ifTrue); reach(t.ifFalse); break;
        case 'switch': t.targets.forEach(reach); reach(t.otherwise); break;
        case 'leave': reach(t.target); for (const f of t.finallys) reach(f.handler.entry); break;
        case 'endfilter': reach(t.region.clause?.handler.entry); break;
        default: break;
      }
    }
    // Handlers of a try region with reachable code are reachable.
    let added = false;
    for (const r of ir.regions) {
      if (r.kind !== 'try' || queued.has(r)) continue;
      if (![...reached].some((blk) => inRegion(blk, r))) continue;
      queued.add(r);
      for (const c of r.handlers) {
        reach(c.handler.entry);
        reach(c.filter?.entry);
      }
      added = true;
    }
    if (!added) break;
  }
  ir.blocks = ir.blocks.filter((blk) => reached.has(blk));
}

function constantOf(b: IrBlock, v: IrValue, substitutions: Substitutions, constants: ConstantMethods): bigint | null | undefined {
  if (v.kind === 'const') {
    if (v.value === null) return null;
    if (typeof v.value === 'bigint') return v.value;
    if (v.stack === 'float') return undefined;
    return BigInt(v.value);
  }
  if (v.storage !== 'temp' || v.merge) return undefined;
  for (let i = b.stmts.length - 1; i >= 0; i--) {
    const s = b.stmts[i]!;
    if (!('dst' in s) || s.dst !== v) continue;
    if (s.kind === 'call') return s.virtual && s.method.isVirtual && !s.method.isFinal ? undefined : constants.valueOf(s.method);
    if (s.kind === 'ldsfld') return substitutions.forField(s.field);
    if (s.kind === 'assign') return constantOf(b, s.src, substitutions, constants);
    return undefined;
  }
  return undefined;
}
