// Exception filters with the CLI's two passes (runtime/include/dotnative.h, "Exception
// filters"). A method with catch or filter clauses registers a record (a DnEhFrame at the start
// of a per-method struct) for as long as it runs, and keeps its `state` (the innermost try
// region with catch/filter clauses around the running block) up to date; a generated search
// function answers the runtime's first pass from that state. Each filter block is outlined
// into a function of its own, called by the first pass while the frames above still exist;
// the arguments and locals a filter reads or writes live in the record so both can reach them.
// Methods without catch or filter clauses pay nothing. Methods with typed catches but no
// filter register only when the thread already has a record (some filter method is running
// below them): a typed catch matters to the first pass only to stop it before a filter further
// out, and a filter method entered later is above it, so the walk reaches that filter first
// and, past the unregistered frame, finds no filter left to run.
import type { IrBlock, IrEhClause, IrMethod, IrRegion, IrVar } from '../ir/ir.js';
import { stmtDst, stmtOperands, termOperands } from '../ir/visit.js';
import type { Deps } from './deps.js';
import type { ProgramGen } from './program.js';

export interface EhPlan {
  /** C name of the record's struct type. */
  readonly frameType: string;
  /** The search function the runtime's first pass calls. */
  readonly searchFn: string;
  /** Slot in the record of each filter clause. */
  readonly slots: Map<IrEhClause, number>;
  /** Arguments and locals the filters use: fields of the record. */
  readonly frameVars: Set<IrVar>;
  /** The filter region each block of filter code belongs to (outermost filter). */
  readonly filterOf: Map<IrBlock, IrRegion>;
  /** Filter regions, in clause order. */
  readonly filters: IrRegion[];
  /** The outlined function of a filter clause. */
  filterFn(c: IrEhClause): string;
}

const takesExceptions = (r: IrRegion) => r.kind === 'try' && r.handlers.some((c) => c.kind === 'catch' || c.kind === 'filter');

/** The `state` value of code in region r: 1 + id of the innermost try with catch/filter clauses. */
export function ehState(r: IrRegion | undefined): number {
  for (; r; r = r.parent) if (takesExceptions(r)) return r.id + 1;
  return 0;
}

/** undefined when the method has no catch or filter clause (it registers nothing). */
export function planEh(ir: IrMethod, fnName: string): EhPlan | undefined {
  if (!ir.regions.some(takesExceptions)) return undefined;
  const slots = new Map<IrEhClause, number>();
  const filters: IrRegion[] = [];
  const live = new Set(ir.blocks);
  for (const c of ir.clauses) {
    // A filter whose code was pruned (its try region is unreachable, e.g. behind a constant
    // `NetEventSource.Log.IsEnabled()`) is never asked: branch pruning drops its blocks but
    // leaves the region's entry set.
    if (c.kind !== 'filter' || !c.filter?.entry || !live.has(c.filter.entry)) continue;
    slots.set(c, slots.size);
    filters.push(c.filter);
  }
  const filterOf = new Map<IrBlock, IrRegion>();
  const frameVars = new Set<IrVar>();
  for (const b of ir.blocks) {
    let outer: IrRegion | undefined;
    for (let r = b.region; r; r = r.parent) if (r.kind === 'filter') outer = r;
    if (!outer) continue;
    filterOf.set(b, outer);
    const use = (v: { kind: string } | undefined) => {
      const x = v as IrVar | undefined;
      if (x && x.kind === 'var' && (x.storage === 'arg' || x.storage === 'local')) frameVars.add(x);
    };
    for (const s of b.stmts) {
      stmtOperands(s).forEach(use);
      use(stmtDst(s));
    }
    termOperands(b.term).forEach(use);
  }
  return {
    frameType: `${fnName}__eh`,
    searchFn: `${fnName}__search`,
    slots,
    frameVars,
    filterOf,
    filters,
    filterFn: (c) => `${fnName}__filter${c.index}`,
  };
}

/** The record's struct: the DnEhFrame, the filter slots, the shared variables. */
export function frameStruct(gen: ProgramGen, plan: EhPlan, varName: (v: IrVar) => string): string {
  const fields = ['    DnEhFrame eh;'];
  if (plan.slots.size) fields.push(`    DnFilterSlot slot[${plan.slots.size}];`);
  for (const v of plan.frameVars) fields.push(`    ${gen.ctypes.decl(gen.ctypes.ofVar(v), varName(v))};`);
  return `struct ${plan.frameType} {\n${fields.join('\n')}\n};`;
}

/** The search function: from the record's state, the clauses of each try region around it,
 * innermost first (catches by type, filters through dn_filter_first_pass). */
export function searchFunction(gen: ProgramGen, deps: Deps, ir: IrMethod, plan: EhPlan): string {
  const out: string[] = [];
  out.push(`static int32_t ${plan.searchFn}(DnEhFrame *dn_f, DnObject *dn_ex) {`);
  out.push(`    struct ${plan.frameType} *fr = (struct ${plan.frameType} *)(void *)dn_f; (void)fr;`);
  const tries = ir.regions.filter(takesExceptions);
  out.push('    switch (dn_f->state) {');
  for (const r of tries) out.push(`    case ${r.id + 1}: goto s${r.id + 1};`);
  out.push('    default: return 0;');
  out.push('    }');
  for (const r of tries) {
    out.push(`s${r.id + 1}:`);
    for (const c of r.handlers) {
      if (c.kind === 'catch') {
        const test = gen.catchTest(deps, c.catchType!, 'dn_ex');
        out.push(test === 'true' ? '    return 1;' : `    if (${test}) return 1;`);
      } else if (c.kind === 'filter' && plan.slots.has(c)) {
        out.push(`    if (dn_filter_first_pass(&fr->slot[${plan.slots.get(c)}], ${plan.filterFn(c)}, fr, dn_ex)) return 1;`);
      }
    }
    const up = ehState(r.parent);
    out.push(up ? `    goto s${up};` : '    return 0;');
  }
  out.push('}');
  return out.join('\n');
}
