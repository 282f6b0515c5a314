// Constant-branch pruning on imported IR, the counterpart of analysis/reachable-il.ts: a
// `brtrue`/`brfalse` on a compile-time constant — a call to a substituted or constant-returning
// method (`call get_IsSupported`), a substituted static field, an ldc — goes one way only, and
// blocks reachable only the other way are dropped. Analysis scanned exactly the instructions
// reachable-il.ts keeps, so after this pass the code refers only to what analysis kept.
// (The importer could take the live instruction set itself; until it does, this pass applies
// the same rule to its output: the constant producer and the branch are in one block.)
//
// Two more conditions are constants in a compiled instantiation, as the JIT folds them in
// generic code: `box T; brtrue` with T a value type other than Nullable (a box is never null),
// and `typeof(T).IsValueType`. Analysis keeps both ways of these; pruning one is safe. The
// statements that computed such a condition are dropped with it (no allocation per call).
import type { ConstantMethods } from '../analysis/constant-methods.js';
import type { Substitutions } from '../analysis/substitutions.js';
import type { IrBlock, IrMethod, IrRegion, IrStmt, IrValue, IrVar } from '../ir/ir.js';
import { stmtOperands, termOperands } from '../ir/visit.js';
import { isNullable } from '../typesystem/casting.js';
import { DefType, TypeDesc } from '../typesystem/types.js';

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
  dropUnusedConditions(ir);
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
    if (s.kind === 'box') return isBoxOfValue(s) ? 1n : undefined;
    if (s.kind === 'call') {
      const t = isValueTypeOperand(b, s, i);
      if (t !== undefined) return t.isValueType ? 1n : 0n;
      return s.virtual && s.method.isVirtual && !s.method.isFinal ? undefined : constants.valueOf(s.method);
    }
    if (s.kind === 'ldsfld') return substitutions.forField(s.field);
    if (s.kind === 'assign') return constantOf(b, s.src, substitutions, constants);
    return undefined;
  }
  return undefined;
}

/** `box T` of a value type that is not Nullable: never null. */
function isBoxOfValue(s: IrStmt): boolean {
  return s.kind === 'box' && s.type.isValueType && !isNullable(s.type) && !s.type.containsGenericParameters;
}

const isMethod = (s: IrStmt, type: string, name: string) =>
  s.kind === 'call' && s.method.name === name && s.method.owningType instanceof DefType && s.method.owningType.fullName === type;

/** The statement before index `before` of `b` that assigns temp `v`. */
function definition(b: IrBlock, v: IrValue | undefined, before: number): { s: IrStmt; i: number } | undefined {
  if (!v || v.kind !== 'var' || v.storage !== 'temp' || v.merge) return undefined;
  for (let i = before - 1; i >= 0; i--) {
    const s = b.stmts[i]!;
    if ('dst' in s && s.dst === v) return { s, i };
  }
  return undefined;
}

/** T when statement `i` of `b` is `typeof(T).IsValueType` (ldtoken T; GetTypeFromHandle; get_IsValueType). */
function isValueTypeOperand(b: IrBlock, s: IrStmt, i: number) {
  if (s.kind !== 'call' || !isMethod(s, 'System.Type', 'get_IsValueType')) return undefined;
  const type = definition(b, s.args[0], i);
  if (!type || type.s.kind !== 'call' || !isMethod(type.s, 'System.Type', 'GetTypeFromHandle')) return undefined;
  const token = definition(b, type.s.args[0], type.i);
  if (!token || token.s.kind !== 'ldtoken' || !(token.s.member instanceof TypeDesc)) return undefined;
  const t = token.s.member;
  return t.containsGenericParameters ? undefined : t;
}

/** Whether a statement only computes a folded condition: nothing happens if it is left out. */
function conditionOnly(s: IrStmt): boolean {
  return isBoxOfValue(s) || s.kind === 'ldtoken' || isMethod(s, 'System.Type', 'GetTypeFromHandle') || isMethod(s, 'System.Type', 'get_IsValueType');
}

/** Drops the statements of folded conditions whose temps nothing reads any more. */
function dropUnusedConditions(ir: IrMethod): void {
  for (;;) {
    const used = new Set<IrVar>();
    for (const b of ir.blocks) {
      for (const s of b.stmts) for (const v of stmtOperands(s)) if (v.kind === 'var') used.add(v);
      for (const v of termOperands(b.term)) if (v.kind === 'var') used.add(v);
    }
    let dropped = false;
    for (const b of ir.blocks) {
      const keep = b.stmts.filter((s) => {
        const dst = 'dst' in s ? s.dst : undefined;
        const dead = dst !== undefined && dst.storage === 'temp' && !dst.merge && !used.has(dst) && conditionOnly(s);
        if (dead) dropped = true;
        return !dead;
      });
      b.stmts = keep;
    }
    if (!dropped) return;
  }
}
