// Which instructions of a method body can execute, given compile-time constants: a conditional
// branch right after a call to a substituted method (`call get_IsSupported; brfalse L`) or a
// constant load goes one way only, so the other way — often whole vectorized or feature-gated
// code paths — is neither analyzed nor compiled. The IL importer uses the same function, so
// analysis and code generation agree on what exists.
import type { Instruction } from '../metadata/il/decoder.js';
import type { MethodBody } from '../metadata/methodbody.js';

/** The constant an instruction pushes, if known at compile time (undefined when not). */
export type ConstantOf = (ins: Instruction) => bigint | null | undefined;

export function reachableInstructions(instrs: readonly Instruction[], body: MethodBody, constantOf: ConstantOf): Set<number> {
  const indexOf = new Map<number, number>();
  instrs.forEach((ins, i) => indexOf.set(ins.offset, i));
  // Instructions that are jumped to cannot be folded with their predecessor.
  const jumpTargets = new Set<number>();
  for (const ins of instrs) for (const t of targets(ins)) jumpTargets.add(t);
  for (const eh of body.ehClauses) {
    jumpTargets.add(eh.handlerOffset);
    if (eh.kind === 1) jumpTargets.add(eh.filterOffset);
  }
  const reached = new Set<number>();
  const work: number[] = [];
  const push = (offset: number) => {
    const i = indexOf.get(offset);
    if (i !== undefined && !reached.has(offset)) {
      reached.add(offset);
      work.push(i);
    }
  };
  push(0);
  const handlersQueued = new Set<number>();
  for (;;) {
    while (work.length) {
      const i = work.pop()!;
      const ins = instrs[i]!;
      const next = instrs[i + 1]?.offset;
      const flow = ins.opcode.flow;
      if (flow === 'cond-branch' && ins.opcode.name.startsWith('br') && i > 0 && !jumpTargets.has(ins.offset)) {
        const value = constantOf(instrs[i - 1]!);
        if (value !== undefined) {
          const truthy = value !== null && value !== 0n;
          const taken = ins.opcode.name.startsWith('brtrue') ? truthy : !truthy;
          if (taken) push(ins.operand as number);
          else if (next !== undefined) push(next);
          continue;
        }
      }
      switch (flow) {
        case 'branch':
          for (const t of targets(ins)) push(t);
          break;
        case 'cond-branch':
          for (const t of targets(ins)) push(t);
          if (next !== undefined) push(next);
          break;
        case 'return':
        case 'throw':
          break;
        default:
          if (next !== undefined) push(next);
      }
    }
    // A handler is reachable when any instruction of its protected region is.
    let added = false;
    body.ehClauses.forEach((eh, k) => {
      if (handlersQueued.has(k)) return;
      for (const off of reached) {
        if (off >= eh.tryOffset && off < eh.tryOffset + eh.tryLength) {
          handlersQueued.add(k);
          push(eh.handlerOffset);
          if (eh.kind === 1) push(eh.filterOffset);
          added = true;
          return;
        }
      }
    });
    if (!added) return reached;
  }
}

function targets(ins: Instruction): readonly number[] {
  const op = ins.opcode.operand;
  if (op === 'br1' || op === 'br4') return [ins.operand as number];
  if (op === 'switch') return ins.operand as readonly number[];
  return [];
}
