// Basic-block discovery over decoded IL: a block starts at offset 0, at every branch, leave and
// switch target, after every instruction that does not fall through (branches, returns, throws,
// endfinally, endfilter, jmp) or that branches conditionally, and at every EH boundary (try
// start and end, handler start and end, filter start). Prefixes stay with their instruction.
import type { Instruction } from '../metadata/il/decoder.js';
import { branchTargets } from '../metadata/il/decoder.js';
import type { EhClause } from '../metadata/methodbody.js';
import { fail } from './errors.js';

export interface RawBlock {
  /** Position in IL order. */
  index: number;
  /** IL range [start, end). */
  start: number;
  end: number;
  /** Indexes of its first and last instruction. */
  first: number;
  last: number;
}

export interface BlockMap {
  blocks: RawBlock[];
  /** Block starting at an IL offset, or undefined. */
  at(offset: number): RawBlock | undefined;
  /** Instruction index starting at an IL offset, or -1. */
  instrAt(offset: number): number;
}

/** True when control never continues to the next instruction. */
export function endsFlow(ins: Instruction): boolean {
  const f = ins.opcode.flow;
  return f === 'branch' || f === 'return' || f === 'throw' || ins.opcode.name === 'jmp';
}

export function findBlocks(instrs: readonly Instruction[], ilLength: number, clauses: readonly EhClause[]): BlockMap {
  if (instrs.length === 0) fail('empty method body');
  const instrIndex = new Int32Array(ilLength + 1).fill(-1);
  instrs.forEach((ins, i) => (instrIndex[ins.offset] = i));
  const isStart = new Uint8Array(ilLength + 1);
  const mark = (offset: number, what: string, allowEnd = false) => {
    if (offset === ilLength && allowEnd) return;
    if (offset < 0 || offset >= ilLength || instrIndex[offset] === -1) {
      fail(`${what} 0x${offset.toString(16)} is not an instruction boundary`);
    }
    isStart[offset] = 1;
  };
  mark(0, 'method start');
  for (const ins of instrs) {
    const targets = branchTargets(ins);
    for (const t of targets) mark(t, `${ins.opcode.name} target`);
    const next = ins.offset + ins.size;
    if (targets.length || endsFlow(ins)) mark(next, `instruction after ${ins.opcode.name} at`, true);
  }
  for (const c of clauses) {
    mark(c.tryOffset, 'try start');
    mark(c.tryOffset + c.tryLength, 'try end', true);
    mark(c.handlerOffset, 'handler start');
    mark(c.handlerOffset + c.handlerLength, 'handler end', true);
    if (c.kind === 1) mark(c.filterOffset, 'filter start');
  }
  const blocks: RawBlock[] = [];
  const byOffset = new Int32Array(ilLength + 1).fill(-1);
  let current: RawBlock | undefined;
  for (let i = 0; i < instrs.length; i++) {
    const ins = instrs[i]!;
    if (isStart[ins.offset]) {
      if (i > 0 && instrs[i - 1]!.opcode.prefix) fail(`block boundary at 0x${ins.offset.toString(16)} splits a prefix from its instruction`);
      if (current) current.end = ins.offset;
      current = { index: blocks.length, start: ins.offset, end: ilLength, first: i, last: i };
      byOffset[ins.offset] = blocks.length;
      blocks.push(current);
    }
    current!.last = i;
  }
  return {
    blocks,
    at: (offset) => (offset >= 0 && offset <= ilLength && byOffset[offset]! >= 0 ? blocks[byOffset[offset]!] : undefined),
    instrAt: (offset) => (offset >= 0 && offset <= ilLength ? instrIndex[offset]! : -1),
  };
}
