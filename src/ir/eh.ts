// Exception-handling structure (ECMA-335 Partition I 12.4.2, Partition II 19): the method's EH
// clauses become properly nested regions (one 'try' region per distinct protected range, one
// region per handler and per filter), each block belongs to its innermost region, and control
// transfers between regions are checked: a branch may only stay in its region or enter try
// regions at their first instruction; `leave` may also exit try regions and catch handlers, and
// the finally handlers of the try regions it exits run on the way, innermost first.
import { EhKind, type EhClause } from '../metadata/methodbody.js';
import type { IrEhClause, IrRegion, RegionKind } from './ir.js';
import { fail } from './errors.js';

export interface EhStructure {
  regions: IrRegion[];
  clauses: IrEhClause[];
  /** Innermost region containing an IL offset (undefined: method level). */
  regionAt(offset: number): IrRegion | undefined;
}

const KIND_NAMES: Record<number, IrEhClause['kind']> = {
  [EhKind.Catch]: 'catch', [EhKind.Filter]: 'filter', [EhKind.Finally]: 'finally', [EhKind.Fault]: 'fault',
};

/**
 * Builds the regions of `clauses`; `catchType` resolves a catch clause's class token. Raises an
 * IlError for ranges outside the body or regions that overlap without nesting.
 */
export function buildEh(clauses: readonly EhClause[], ilLength: number, catchType: (token: number) => IrEhClause['catchType']): EhStructure {
  const regions: IrRegion[] = [];
  const tryByRange = new Map<string, IrRegion>();
  const newRegion = (kind: RegionKind, start: number, end: number): IrRegion => {
    if (start < 0 || end > ilLength || start >= end) fail(`EH ${kind} range 0x${start.toString(16)}..0x${end.toString(16)} is outside the method body`);
    const r: IrRegion = { id: -1, kind, ilStart: start, ilEnd: end, handlers: [] };
    regions.push(r);
    return r;
  };
  const irClauses = clauses.map((c, index): IrEhClause => {
    const kind = KIND_NAMES[c.kind]!;
    const key = c.tryOffset + ':' + (c.tryOffset + c.tryLength);
    let tryRegion = tryByRange.get(key);
    if (!tryRegion) tryByRange.set(key, (tryRegion = newRegion('try', c.tryOffset, c.tryOffset + c.tryLength)));
    const handlerKind: RegionKind = kind === 'filter' ? 'catch' : kind;
    const handler = newRegion(handlerKind, c.handlerOffset, c.handlerOffset + c.handlerLength);
    const clause: IrEhClause = { index, kind, tryRegion, handler };
    handler.clause = clause;
    if (kind === 'filter') {
      clause.filter = newRegion('filter', c.filterOffset, c.handlerOffset);
      clause.filter.clause = clause;
    }
    if (kind === 'catch') clause.catchType = catchType(c.classToken);
    tryRegion.handlers.push(clause);
    return clause;
  });
  // Outer regions first: by start, then longest; at equal ranges a handler encloses a try.
  regions.sort((a, b) => a.ilStart - b.ilStart || b.ilEnd - a.ilEnd || (a.kind === 'try' ? 1 : 0) - (b.kind === 'try' ? 1 : 0));
  const open: IrRegion[] = [];
  for (const r of regions) {
    while (open.length && open[open.length - 1]!.ilEnd <= r.ilStart) open.pop();
    const parent = open[open.length - 1];
    if (parent && r.ilEnd > parent.ilEnd) {
      fail(`EH ${r.kind} region 0x${r.ilStart.toString(16)}..0x${r.ilEnd.toString(16)} overlaps ${parent.kind} region 0x${parent.ilStart.toString(16)}..0x${parent.ilEnd.toString(16)} without nesting`);
    }
    r.parent = parent;
    open.push(r);
  }
  regions.forEach((r, i) => (r.id = i));
  const innermost = new Int32Array(ilLength + 1).fill(-1);
  for (const r of regions) innermost.fill(r.id, r.ilStart, r.ilEnd);
  return {
    regions,
    clauses: irClauses,
    regionAt: (offset) => (innermost[offset]! >= 0 ? regions[innermost[offset]!] : undefined),
  };
}

/** True when `inner` is `outer` or nested in it (undefined = method level contains everything). */
export function within(inner: IrRegion | undefined, outer: IrRegion | undefined): boolean {
  for (let r = inner; ; r = r.parent) {
    if (r === outer) return true;
    if (!r) return false;
  }
}

/**
 * The regions a transfer from region `from` to the instruction at `target` (innermost region
 * `to`) leaves, innermost first. Entering try regions at their first instruction is allowed;
 * any other entry into a region raises an IlError.
 */
export function exitedRegions(from: IrRegion | undefined, to: IrRegion | undefined, target: number, what: string): IrRegion[] {
  for (let r = to; r; r = r.parent) {
    if (r.kind !== 'try' && r.ilStart === target) fail(`${what} targets the start of a ${r.kind} region, which only exceptions enter`);
  }
  let dst = to;
  while (dst && dst.kind === 'try' && dst.ilStart === target && !within(from, dst)) dst = dst.parent;
  const exits: IrRegion[] = [];
  for (let r = from; r !== dst; r = r.parent) {
    if (!r) fail(`${what} to 0x${target.toString(16)} enters a ${dst!.kind} region other than at a try start`);
    exits.push(r);
  }
  return exits;
}

/** Finally clauses run by a leave that exits `exits` (innermost first). */
export function finallysOf(exits: readonly IrRegion[]): IrEhClause[] {
  const out: IrEhClause[] = [];
  for (const r of exits) {
    if (r.kind === 'try') for (const c of r.handlers) if (c.kind === 'finally') out.push(c);
  }
  return out;
}

/** The nearest enclosing handler or filter region (not try), or undefined. */
export function enclosingHandler(r: IrRegion | undefined): IrRegion | undefined {
  for (; r; r = r.parent) if (r.kind !== 'try') return r;
  return undefined;
}
