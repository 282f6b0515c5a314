// Translates the instructions of one basic block into IR statements and a terminator, given
// the values on the evaluation stack at its entry. This file has the driver, the stack and
// variable instructions, arithmetic, comparisons, conversions and control flow; calls.ts,
// memory.ts and objects.ts the other families. Values pushed by ldarg/ldloc stay references to
// the variable (no copy) unless its address is taken; a store to the variable first copies
// such pending references to temps.
import type { Instruction } from '../metadata/il/decoder.js';
import type { TypeDesc } from '../typesystem/types.js';
import type { RawBlock } from './blocks.js';
import { BlockBuilder, type ImportContext } from './builder.js';
import { translateCall } from './calls.js';
import { describe } from './coerce.js';
import { enclosingHandler, exitedRegions, finallysOf } from './eh.js';
import { IlError, fail } from './errors.js';
import type { BinaryOp, CompareOp, Condition, ConvTarget, IrBlock, IrStmt, IrTerminator, IrValue, IrVar, StackKind, UnaryOp } from './ir.js';
import { translateMemory } from './memory.js';
import { translateObject } from './objects.js';
import { binaryPlan, compareKind, convType, shiftKind } from './stack.js';

export type { ImportContext } from './builder.js';

export interface Translation {
  stmts: IrStmt[];
  term: IrTerminator;
  /** Evaluation stack handed to the successors that continue it (goto, condbr, switch). */
  stackOut: IrValue[];
}

const BRANCH_OPS: Record<string, [CompareOp, boolean]> = {
  beq: ['eq', false], 'bne.un': ['ne', true], bge: ['ge', false], 'bge.un': ['ge', true], bgt: ['gt', false],
  'bgt.un': ['gt', true], ble: ['le', false], 'ble.un': ['le', true], blt: ['lt', false], 'blt.un': ['lt', true],
};

/** Translates one block; `entry` is the stack at its start, `exception` the caught type for handler and filter entries. */
export function translateBlock(cx: ImportContext, instrs: readonly Instruction[], raw: RawBlock, entry: readonly IrValue[], exception?: TypeDesc): Translation {
  const t = new Translator(cx, raw);
  try {
    return t.run(instrs, entry, exception);
  } catch (e) {
    throw new TranslateError(e, t.errorOffset);
  }
}

/** Any failure inside a block, with the IL offset of the instruction being translated. */
export class TranslateError extends Error {
  constructor(readonly inner: unknown, readonly offset: number) {
    super((inner as Error)?.message ?? String(inner));
  }
}

class Translator extends BlockBuilder {
  run(instrs: readonly Instruction[], entry: readonly IrValue[], exception?: TypeDesc): Translation {
    this.stack = [...entry];
    if (exception) {
      this.offset = this.raw.start;
      const dst = this.newTemp(exception);
      this.emit({ kind: 'exception', offset: this.offset, dst });
      this.stack.push(dst);
    }
    for (let i = this.raw.first; i <= this.raw.last; i++) {
      const ins = (this.ins = instrs[i]!);
      if (ins.opcode.prefix) {
        this.prefix(ins);
        continue;
      }
      this.offset = this.pre.start ?? ins.offset;
      const term = this.instruction(ins);
      this.pre = {};
      if (term) return { stmts: this.stmts, term, stackOut: term.kind === 'leave' ? [] : this.stack };
    }
    if (this.pre.start !== undefined) fail('prefix without an instruction at the end of a block');
    const next = this.raw.end;
    if (next >= this.cx.ilLength) fail('control falls through the end of the method body');
    this.offset = this.ins.offset;
    return { stmts: this.stmts, term: { kind: 'goto', offset: this.offset, target: this.branch(next, 'fall-through') }, stackOut: this.stack };
  }

  // ---- the instruction set --------------------------------------------------------------------

  private instruction(ins: Instruction): IrTerminator | undefined {
    const name = ins.opcode.name;
    if (this.pre.constrained && name !== 'callvirt' && name !== 'call' && name !== 'ldftn') fail(`constrained. prefix on ${name}`);
    switch (name) {
      case 'nop':
        return undefined;
      case 'break':
        this.emit({ kind: 'break', offset: this.offset });
        return undefined;
      case 'ldarg.0': case 'ldarg.1': case 'ldarg.2': case 'ldarg.3':
        this.loadVar(this.arg(name.charCodeAt(6) - 48));
        return undefined;
      case 'ldarg.s': case 'ldarg':
        this.loadVar(this.arg(ins.operand as number));
        return undefined;
      case 'ldloc.0': case 'ldloc.1': case 'ldloc.2': case 'ldloc.3':
        this.loadVar(this.local(name.charCodeAt(6) - 48));
        return undefined;
      case 'ldloc.s': case 'ldloc':
        this.loadVar(this.local(ins.operand as number));
        return undefined;
      case 'ldarga.s': case 'ldarga':
        this.addrOf(this.arg(ins.operand as number));
        return undefined;
      case 'ldloca.s': case 'ldloca':
        this.addrOf(this.local(ins.operand as number));
        return undefined;
      case 'starg.s': case 'starg':
        this.storeVar(this.arg(ins.operand as number));
        return undefined;
      case 'stloc.0': case 'stloc.1': case 'stloc.2': case 'stloc.3':
        this.storeVar(this.local(name.charCodeAt(6) - 48));
        return undefined;
      case 'stloc.s': case 'stloc':
        this.storeVar(this.local(ins.operand as number));
        return undefined;
      case 'ldnull':
        this.push({ kind: 'const', type: this.kit.object, stack: 'objref', value: null });
        return undefined;
      case 'ldc.i4.m1':
        this.push(this.constI4(-1));
        return undefined;
      case 'ldc.i4.0': case 'ldc.i4.1': case 'ldc.i4.2': case 'ldc.i4.3': case 'ldc.i4.4':
      case 'ldc.i4.5': case 'ldc.i4.6': case 'ldc.i4.7': case 'ldc.i4.8':
        this.push(this.constI4(name.charCodeAt(7) - 48));
        return undefined;
      case 'ldc.i4.s': case 'ldc.i4':
        this.push(this.constI4(ins.operand as number));
        return undefined;
      case 'ldc.i8':
        this.push({ kind: 'const', type: this.kit.i8, stack: 'int64', value: ins.operand as bigint });
        return undefined;
      case 'ldc.r4':
        this.push({ kind: 'const', type: this.kit.r4, stack: 'float', value: Math.fround(ins.operand as number) });
        return undefined;
      case 'ldc.r8':
        this.push({ kind: 'const', type: this.kit.r8, stack: 'float', value: ins.operand as number });
        return undefined;
      case 'dup': {
        const v = this.pop();
        this.push(v);
        this.push(v);
        return undefined;
      }
      case 'pop':
        this.pop();
        return undefined;
      case 'jmp':
        if (this.stack.length) fail('jmp with a non-empty stack');
        if (this.region) fail(`jmp inside a ${this.region.kind} region`);
        return { kind: 'jmp', offset: this.offset, method: this.resolveMethod() };
      case 'ret':
        return this.ret();
      case 'br.s': case 'br':
        return { kind: 'goto', offset: this.offset, target: this.branch(ins.operand as number, name) };
      case 'brfalse.s': case 'brfalse': case 'brtrue.s': case 'brtrue': {
        const v = this.pop();
        this.expectKind(v, ['int32', 'int64', 'nativeint', 'objref', 'byref', 'ptr'], 'the condition');
        return this.condBranch({ op: name.startsWith('brtrue') ? 'true' : 'false', value: v });
      }
      case 'switch': {
        const v = this.pop();
        this.expectKind(v, ['int32', 'nativeint'], 'the switch value');
        const targets = (ins.operand as number[]).map((t) => this.branch(t, 'switch'));
        return { kind: 'switch', offset: this.offset, value: v, targets, otherwise: this.fallThrough() };
      }
      case 'leave.s': case 'leave':
        return this.leave(ins.operand as number);
      case 'endfinally': {
        const h = enclosingHandler(this.region);
        if (!h || (h.kind !== 'finally' && h.kind !== 'fault')) fail('endfinally outside a finally or fault handler');
        this.stack = [];
        return { kind: 'endfinally', offset: this.offset, region: h };
      }
      case 'endfilter': {
        const v = this.pop();
        const h = enclosingHandler(this.region);
        if (!h || h.kind !== 'filter') fail('endfilter outside a filter');
        if (this.stack.length) fail('endfilter with more than the result on the stack');
        this.expectKind(v, ['int32'], 'the filter result');
        return { kind: 'endfilter', offset: this.offset, value: v, region: h };
      }
      case 'throw': {
        const v = this.pop();
        this.expectKind(v, ['objref'], 'the exception');
        this.stack = [];
        return { kind: 'throw', offset: this.offset, value: v };
      }
      case 'rethrow': {
        const h = enclosingHandler(this.region);
        if (!h || h.kind !== 'catch') fail('rethrow outside a catch handler');
        this.stack = [];
        return { kind: 'rethrow', offset: this.offset };
      }
      default:
        break;
    }
    const branchOp = BRANCH_OPS[name.endsWith('.s') ? name.slice(0, -2) : name];
    if (branchOp && Object.hasOwn(BRANCH_OPS, name.endsWith('.s') ? name.slice(0, -2) : name)) {
      const [op, unsigned] = branchOp;
      const [a, b] = this.popN(2) as [IrValue, IrValue];
      const [ca, cb] = this.compareOperands(a, b, unsigned);
      return this.condBranch({ op, a: ca, b: cb, unsigned });
    }
    if (!this.simple(name) && !translateCall(this, name) && !translateMemory(this, name) && !translateObject(this, name)) {
      throw new IlError(`unsupported instruction ${name}`, name);
    }
    return undefined;
  }

  /** Arithmetic, comparisons and conversions; false for any other instruction. */
  private simple(name: string): boolean {
    if (name.startsWith('conv.')) {
      this.conv(name);
      return true;
    }
    switch (name) {
      case 'add': case 'sub': case 'mul': case 'div': case 'rem': case 'and': case 'or': case 'xor':
        this.binary(name, false, false);
        return true;
      case 'div.un': case 'rem.un':
        this.binary(name.slice(0, 3) as BinaryOp, false, true);
        return true;
      case 'add.ovf': case 'sub.ovf': case 'mul.ovf':
        this.binary(name.slice(0, 3) as BinaryOp, true, false);
        return true;
      case 'add.ovf.un': case 'sub.ovf.un': case 'mul.ovf.un':
        this.binary(name.slice(0, 3) as BinaryOp, true, true);
        return true;
      case 'shl': case 'shr': case 'shr.un':
        this.shift(name === 'shl' ? 'shl' : 'shr', name === 'shr.un');
        return true;
      case 'neg': case 'not': {
        const v = this.pop();
        const ok: StackKind[] = name === 'neg' ? ['int32', 'int64', 'nativeint', 'float'] : ['int32', 'int64', 'nativeint'];
        this.expectKind(v, ok, 'the operand');
        const type = v.stack === 'float' || v.stack === 'generic' ? v.type : this.kit.canonical(v.stack);
        this.produce(type, (dst) => ({ kind: 'unary', offset: this.offset, op: name as UnaryOp, dst, src: v }));
        return true;
      }
      case 'ceq': case 'cgt': case 'cgt.un': case 'clt': case 'clt.un': {
        const [a, b] = this.popN(2) as [IrValue, IrValue];
        const unsigned = name.endsWith('.un');
        const [ca, cb] = this.compareOperands(a, b, unsigned);
        const op = name.slice(1, 3) as 'eq' | 'gt' | 'lt';
        this.produce(this.kit.i4, (dst) => ({ kind: 'compare', offset: this.offset, op, unsigned, dst, a: ca, b: cb }));
        return true;
      }
      case 'ckfinite': {
        const v = this.pop();
        this.expectKind(v, ['float'], 'the operand');
        this.produce(v.type, (dst) => ({ kind: 'ckfinite', offset: this.offset, dst, src: v }));
        return true;
      }
      default:
        return false;
    }
  }


  // ---- variables ----------------------------------------------------------------------------

  private arg(i: number): IrVar {
    const v = this.cx.args[i];
    if (!v) fail(`argument ${i} out of range (the method has ${this.cx.args.length})`);
    return v;
  }
  private local(i: number): IrVar {
    const v = this.cx.locals[i];
    if (!v) fail(`local ${i} out of range (the method has ${this.cx.locals.length})`);
    return v;
  }
  private loadVar(v: IrVar): void {
    if (!v.addressTaken) {
      this.push(v);
      return;
    }
    this.produce(v.type, (dst) => ({ kind: 'assign', offset: this.offset, dst, src: v }));
  }
  private storeVar(v: IrVar): void {
    const value = this.coerce(this.pop(), v.type);
    this.spill(v);
    this.emit({ kind: 'assign', offset: this.offset, dst: v, src: value });
  }
  private addrOf(v: IrVar): void {
    this.produce(this.ctx.byRefType(v.type), (dst) => ({ kind: 'addrof', offset: this.offset, dst, var: v }));
  }

  // ---- arithmetic ---------------------------------------------------------------------------

  private binary(op: BinaryOp, checked: boolean, unsigned: boolean): void {
    const [a, b] = this.popN(2) as [IrValue, IrValue];
    const plan = binaryPlan(op, a.stack, b.stack);
    if (!plan) fail(`${this.name} cannot combine ${describe(a)} and ${describe(b)}`);
    if (checked && plan.result === 'float') fail(`${this.name} on floating-point operands`);
    const kit = this.kit;
    const ca = this.coerce(a, plan.a === a.stack ? a.type : kit.canonical(plan.a), { unsigned });
    const cb = this.coerce(b, plan.b === b.stack ? b.type : kit.canonical(plan.b), { unsigned });
    let type: TypeDesc;
    if (plan.result === 'byref' || plan.result === 'ptr') type = ca.stack === plan.result ? ca.type : cb.type;
    else if (plan.result === 'float') type = kit.floatResult(ca.type, cb.type);
    else type = kit.canonical(plan.result);
    const fa = plan.result === 'float' ? this.coerce(ca, type) : ca;
    const fb = plan.result === 'float' ? this.coerce(cb, type) : cb;
    this.produce(type, (dst) => ({ kind: 'binary', offset: this.offset, op, dst, a: fa, b: fb, checked, unsigned }));
  }

  private shift(op: 'shl' | 'shr', unsigned: boolean): void {
    const [value, amount] = this.popN(2) as [IrValue, IrValue];
    const k = shiftKind(value.stack);
    if (!k) fail(`${this.name}: cannot shift ${describe(value)}`);
    this.expectKind(amount, ['int32', 'nativeint'], 'the shift amount');
    const v = k === value.stack ? value : this.coerce(value, this.kit.canonical(k));
    this.produce(this.kit.canonical(k), (dst) => ({ kind: 'binary', offset: this.offset, op, dst, a: v, b: amount, checked: false, unsigned }));
  }

  /** Brings comparison operands to one kind (and one float precision). */
  private compareOperands(a: IrValue, b: IrValue, unsigned: boolean): [IrValue, IrValue] {
    if (a.stack === 'generic' || b.stack === 'generic') return [a, b];
    const k = compareKind(a.stack, b.stack);
    if (!k) fail(`${this.name} cannot compare ${describe(a)} with ${describe(b)}`);
    if (k === 'float') {
      const t = this.kit.floatResult(a.type, b.type);
      return [this.coerce(a, t), this.coerce(b, t)];
    }
    if (a.stack === b.stack) return [a, b];
    const t = this.kit.canonical(k);
    const opts = { unsigned, objrefAsInt: true };
    return [a.stack === k ? a : this.coerce(a, t, opts), b.stack === k ? b : this.coerce(b, t, opts)];
  }

  private conv(name: string): void {
    const kit = this.kit;
    const parts = name.split('.');
    const checked = parts[1] === 'ovf';
    const unsignedSource = parts[parts.length - 1] === 'un';
    let to = (checked ? parts[2] : parts[1]) as ConvTarget | 'r';
    if (to === 'r') to = 'r8';
    const v = this.pop();
    const toFloat = to === 'r4' || to === 'r8';
    const ok: StackKind[] = toFloat ? ['int32', 'int64', 'nativeint', 'float'] : ['int32', 'int64', 'nativeint', 'float', 'ptr', 'byref', 'objref'];
    if (!ok.includes(v.stack)) fail(`${name}: cannot convert ${describe(v)}`);
    const type = convType(kit, to);
    this.produce(type, (dst) => ({ kind: 'conv', offset: this.offset, to, dst, src: v, checked, unsigned: unsignedSource, implicit: false }));
  }

  // ---- control flow -------------------------------------------------------------------------

  private fallThrough(): IrBlock {
    const next = this.ins.offset + this.ins.size;
    if (next >= this.cx.ilLength) fail(`${this.name} falls through the end of the method body`);
    return this.branch(next, 'fall-through');
  }

  private condBranch(cond: Condition): IrTerminator {
    const ifTrue = this.branch(this.ins.operand as number, this.name);
    return { kind: 'condbr', offset: this.offset, cond, ifTrue, ifFalse: this.fallThrough() };
  }

  private ret(): IrTerminator {
    if (this.region) fail(`ret inside a ${this.region.kind} region`);
    const rt = this.cx.returnType;
    if (this.kit.isVoid(rt)) {
      if (this.stack.length) fail(`ret from a void method with ${this.stack.length} values on the stack`);
      return { kind: 'return', offset: this.offset };
    }
    const v = this.coerce(this.pop(), rt);
    if (this.stack.length) fail(`ret with ${this.stack.length} extra values on the stack`);
    return { kind: 'return', offset: this.offset, value: v };
  }

  private leave(target: number): IrTerminator {
    const exits = exitedRegions(this.region, this.cx.regionAt(target), target, this.name);
    for (const r of exits) {
      if (r.kind !== 'try' && r.kind !== 'catch') fail(`leave out of a ${r.kind} region`);
    }
    this.stack = [];
    return { kind: 'leave', offset: this.offset, target: this.cx.blockAt(target), finallys: finallysOf(exits), exits };
  }

}
