// Methods that return a compile-time constant without being substituted themselves, such as
// `static bool PackedIndexOfIsSupported => Sse2.IsSupported;` or `A.IsSupported && B.IsSupported`:
// their IL is evaluated over constants only (constant loads, calls of constant methods with no
// arguments, conditional branches, return). Anything else makes the result unknown. This is the
// small constant propagation the trimmer does, so feature checks behind helpers still prune.
import { decodeIl } from '../metadata/il/decoder.js';
import type { MethodDesc } from '../typesystem/members.js';
import { DefType } from '../typesystem/types.js';
import type { Substitutions } from './substitutions.js';

const MAX_STEPS = 64;
const MAX_DEPTH = 4;
const UNKNOWN = Symbol('unknown');

export class ConstantMethods {
  private readonly cache = new Map<MethodDesc, bigint | null | typeof UNKNOWN>();

  constructor(private readonly substitutions: Substitutions) {}

  /** The constant `m` always returns, or undefined when it is not known at compile time. */
  valueOf(m: MethodDesc, depth = 0): bigint | null | undefined {
    const s = this.substitutions.forMethod(m);
    if (s) return s.kind === 'constant' ? s.value : undefined;
    let v = this.cache.get(m);
    if (v === undefined) {
      v = depth > MAX_DEPTH ? UNKNOWN : this.evaluate(m, depth);
      if (depth <= MAX_DEPTH) this.cache.set(m, v);
    }
    return v === UNKNOWN ? undefined : v;
  }

  private evaluate(m: MethodDesc, depth: number): bigint | null | typeof UNKNOWN {
    if (!m.isStatic || !m.hasIL || m.signature.params.length || !m.def || !(m.owningType instanceof DefType)) return UNKNOWN;
    const file = m.def.assembly;
    const body = file.methodBody(m.def.rid)!;
    if (body.il.length > 64 || body.ehClauses.length) return UNKNOWN;
    const instrs = decodeIl(body.il);
    const at = new Map(instrs.map((ins, i) => [ins.offset, i]));
    const gc = { typeArgs: m.owningType.instantiation, methodArgs: m.instantiation };
    const stack: (bigint | null)[] = [];
    let i = 0;
    for (let step = 0; step < MAX_STEPS; step++) {
      const ins = instrs[i];
      if (!ins) return UNKNOWN;
      const name = ins.opcode.name;
      let next = i + 1;
      if (name === 'nop') {
        // nothing
      } else if (name === 'ldnull') {
        stack.push(null);
      } else if (name.startsWith('ldc.i4')) {
        if (typeof ins.operand === 'number') stack.push(BigInt(ins.operand));
        else stack.push(name === 'ldc.i4.m1' ? -1n : BigInt(name.slice(7)));
      } else if (name === 'call') {
        let callee: MethodDesc;
        try {
          callee = m.ctx.resolver.resolveMethod(file, ins.operand as number, gc);
        } catch {
          return UNKNOWN;
        }
        if (callee.signature.params.length || callee.signature.hasThis) return UNKNOWN;
        const v = this.valueOf(callee, depth + 1);
        if (v === undefined) return UNKNOWN;
        stack.push(v);
      } else if (name === 'brtrue' || name === 'brtrue.s' || name === 'brfalse' || name === 'brfalse.s') {
        const v = stack.pop();
        if (v === undefined) return UNKNOWN;
        const truthy = v !== null && v !== 0n;
        if (truthy === name.startsWith('brtrue')) next = at.get(ins.operand as number) ?? -1;
      } else if (name === 'br' || name === 'br.s') {
        next = at.get(ins.operand as number) ?? -1;
      } else if (name === 'ret') {
        return stack.length === 1 ? stack[0]! : UNKNOWN;
      } else {
        return UNKNOWN;
      }
      if (next < 0) return UNKNOWN;
      i = next;
    }
    return UNKNOWN;
  }
}
