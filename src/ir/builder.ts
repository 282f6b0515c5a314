// The state of one block being translated and the helpers every instruction uses: the
// evaluation stack, the statements emitted so far, the pending prefixes, token resolution in
// the method's generic context, kind checks and branch-target validation. The instruction
// families (translate.ts, calls.ts, memory.ts, objects.ts) work through a BlockBuilder.
import type { AssemblyFile } from '../metadata/assembly.js';
import type { Instruction } from '../metadata/il/decoder.js';
import type { FieldDesc, MethodDesc } from '../typesystem/members.js';
import type { GenericContext } from '../typesystem/resolve.js';
import type { TypeDesc } from '../typesystem/types.js';
import type { RawBlock } from './blocks.js';
import { type CoerceOptions, coerce, describe } from './coerce.js';
import { exitedRegions } from './eh.js';
import { fail } from './errors.js';
import type { IrBlock, IrConst, IrRegion, IrStmt, IrValue, IrVar, MemoryFlags, StackKind } from './ir.js';
import type { TypeKit } from './stack.js';

/** What block translation needs from the method being imported. */
export interface ImportContext {
  readonly method: MethodDesc;
  readonly file: AssemblyFile;
  readonly gc: GenericContext;
  readonly kit: TypeKit;
  readonly args: readonly IrVar[];
  readonly locals: readonly IrVar[];
  readonly returnType: TypeDesc;
  readonly initLocals: boolean;
  readonly ilLength: number;
  newTemp(type: TypeDesc): IrVar;
  /** The block starting at an IL offset (block boundaries are already validated). */
  blockAt(offset: number): IrBlock;
  regionAt(offset: number): IrRegion | undefined;
}

/** Prefixes seen before the current instruction. */
export interface Prefixes {
  start?: number;
  constrained?: TypeDesc;
  tail?: boolean;
  readonly?: boolean;
  volatile?: boolean;
  unaligned?: number;
}

export class BlockBuilder {
  stack: IrValue[] = [];
  readonly stmts: IrStmt[] = [];
  readonly kit: TypeKit;
  /** Innermost region of the block. */
  readonly region: IrRegion | undefined;
  /** The instruction being translated. */
  ins!: Instruction;
  pre: Prefixes = {};
  /** Temps produced by ldftn / ldvirtftn in this block, for delegate construction. */
  readonly fnptrs = new Map<IrVar, { method: MethodDesc; virtual: boolean }>();
  /** Offset given to the statements being emitted (the instruction's first prefix). */
  offset = 0;

  constructor(readonly cx: ImportContext, readonly raw: RawBlock) {
    this.kit = cx.kit;
    this.region = cx.regionAt(raw.start);
  }

  get ctx() {
    return this.kit.ctx;
  }
  /** Offset of the instruction being translated (its own, not its prefix's). */
  get errorOffset(): number {
    return this.ins ? this.ins.offset : this.raw.start;
  }
  get name(): string {
    return this.ins.opcode.name;
  }

  // ---- the stack ----------------------------------------------------------------------------

  pop(): IrValue {
    const v = this.stack.pop();
    if (!v) fail(`stack underflow: ${this.name} needs a value, the stack is empty`);
    return v;
  }
  /** Pops n values, returned bottom first (in push order). */
  popN(n: number): IrValue[] {
    if (this.stack.length < n) fail(`stack underflow: ${this.name} needs ${n} values, ${this.stack.length} on the stack`);
    return this.stack.splice(this.stack.length - n, n);
  }
  push(v: IrValue): void {
    this.stack.push(v);
  }
  /** Replaces pending references to `v` on the stack by a copy, before `v` is assigned. */
  spill(v: IrVar): void {
    let copy: IrVar | undefined;
    for (let i = 0; i < this.stack.length; i++) {
      if (this.stack[i] !== v) continue;
      if (!copy) {
        copy = this.newTemp(v.type);
        this.emit({ kind: 'assign', offset: this.offset, dst: copy, src: v });
      }
      this.stack[i] = copy;
    }
  }

  // ---- emitting -----------------------------------------------------------------------------

  newTemp(type: TypeDesc): IrVar {
    return this.cx.newTemp(type);
  }
  emit(s: IrStmt): void {
    this.stmts.push(s);
  }
  /** Emits a statement producing a new temp of `type` and pushes it. */
  produce(type: TypeDesc, make: (dst: IrVar) => IrStmt): IrVar {
    const dst = this.newTemp(type);
    this.emit(make(dst));
    this.push(dst);
    return dst;
  }
  coerce(v: IrValue, to: TypeDesc, opts?: CoerceOptions): IrValue {
    return coerce(this, v, to, opts);
  }
  constI4(n: number): IrConst {
    return { kind: 'const', type: this.kit.i4, stack: 'int32', value: n | 0 };
  }
  /** The volatile. / unaligned. flags of a memory access. */
  mem(): MemoryFlags {
    const f: MemoryFlags = { volatile: this.pre.volatile === true };
    if (this.pre.unaligned !== undefined) f.unaligned = this.pre.unaligned;
    return f;
  }

  // ---- operands -----------------------------------------------------------------------------

  resolveType(): TypeDesc {
    return this.ctx.resolver.resolveType(this.cx.file, this.ins.operand as number, this.cx.gc);
  }
  resolveMethod(): MethodDesc {
    return this.ctx.resolver.resolveMethod(this.cx.file, this.ins.operand as number, this.cx.gc);
  }
  resolveField(): FieldDesc {
    return this.ctx.resolver.resolveField(this.cx.file, this.ins.operand as number, this.cx.gc);
  }
  expectKind(v: IrValue, kinds: readonly StackKind[], what: string): void {
    if (!kinds.includes(v.stack) && v.stack !== 'generic') fail(`${this.name}: ${what} is ${describe(v)}, expected ${kinds.join(' or ')}`);
  }
  /** Validates a branch target (no region entered other than a try start, none left) and returns its block. */
  branch(target: number, what: string): IrBlock {
    const exits = exitedRegions(this.region, this.cx.regionAt(target), target, what);
    if (exits.length) fail(`${what} to 0x${target.toString(16)} leaves a ${exits[0]!.kind} region (only leave may)`);
    return this.cx.blockAt(target);
  }

  /** Records a prefix instruction for the instruction that follows. */
  prefix(ins: Instruction): void {
    this.pre.start ??= ins.offset;
    switch (ins.opcode.name) {
      case 'constrained.':
        this.ins = ins;
        this.pre.constrained = this.resolveType();
        break;
      case 'tail.': this.pre.tail = true; break;
      case 'readonly.': this.pre.readonly = true; break;
      case 'volatile.': this.pre.volatile = true; break;
      case 'unaligned.': this.pre.unaligned = ins.operand as number; break;
      default: break; // no. only permits skipping checks: ignored
    }
  }
}
