// Decodes a method body's IL bytes (ECMA-335 Partition III) into instructions, driven by the
// opcode table. Every read is bounds-checked: a truncated operand, an unknown opcode or a switch
// table longer than the remaining bytes raises BadImageError naming the IL offset.
import { bad } from '../errors.js';
import { ONE_BYTE, type OpCode, TOKEN_OPERANDS, TWO_BYTE, TWO_BYTE_ESCAPE } from './opcodes.js';

/**
 * A decoded operand, by operand kind:
 * - none: undefined
 * - i1, u1, var1, var2, i4: the integer (i1/i4 signed, the others unsigned)
 * - i8: a bigint (signed)
 * - r4, r8: the floating-point value
 * - br1, br4: the absolute IL offset of the target
 * - switch: the absolute IL offsets of the targets
 * - method, field, type, string, sig, tok: the metadata token (unsigned)
 */
export type Operand = number | bigint | readonly number[] | undefined;

export interface Instruction {
  /** IL offset of the first byte of the opcode. */
  readonly offset: number;
  /** Encoded size in bytes: opcode plus operand. */
  readonly size: number;
  readonly opcode: OpCode;
  readonly operand: Operand;
}

/** 'IL_001a', the label of an IL offset as ildasm writes it. */
export function ilLabel(offset: number): string {
  return 'IL_' + offset.toString(16).padStart(4, '0');
}

function view(il: Uint8Array): DataView {
  return new DataView(il.buffer, il.byteOffset, il.byteLength);
}

function decodeAt(il: Uint8Array, dv: DataView, offset: number): Instruction {
  const len = il.length;
  let pos = offset;
  let b = il[pos++]!;
  let op: OpCode | undefined;
  if (b === TWO_BYTE_ESCAPE) {
    if (pos >= len) bad(`IL ${ilLabel(offset)}: truncated two-byte opcode 0xfe at the end of the method body`);
    b = il[pos++]!;
    op = TWO_BYTE[b];
    if (!op) bad(`IL ${ilLabel(offset)}: unknown opcode 0xfe 0x${b.toString(16).padStart(2, '0')}`);
  } else {
    op = ONE_BYTE[b];
    if (!op) bad(`IL ${ilLabel(offset)}: unknown opcode 0x${b.toString(16).padStart(2, '0')}`);
  }
  const kind = op.operand;
  const need = (n: number) => {
    if (pos + n > len) bad(`IL ${ilLabel(offset)}: ${op.name} operand truncated (needs ${n} bytes, ${len - pos} left)`);
  };
  let operand: Operand;
  switch (kind) {
    case 'none':
      operand = undefined;
      break;
    case 'i1':
      need(1);
      operand = dv.getInt8(pos);
      pos += 1;
      break;
    case 'u1':
    case 'var1':
      need(1);
      operand = il[pos]!;
      pos += 1;
      break;
    case 'var2':
      need(2);
      operand = dv.getUint16(pos, true);
      pos += 2;
      break;
    case 'i4':
      need(4);
      operand = dv.getInt32(pos, true);
      pos += 4;
      break;
    case 'i8':
      need(8);
      operand = dv.getBigInt64(pos, true);
      pos += 8;
      break;
    case 'r4':
      need(4);
      operand = dv.getFloat32(pos, true);
      pos += 4;
      break;
    case 'r8':
      need(8);
      operand = dv.getFloat64(pos, true);
      pos += 8;
      break;
    case 'br1':
      need(1);
      operand = pos + 1 + dv.getInt8(pos);
      pos += 1;
      break;
    case 'br4':
      need(4);
      operand = pos + 4 + dv.getInt32(pos, true);
      pos += 4;
      break;
    case 'switch': {
      need(4);
      const count = dv.getUint32(pos, true);
      pos += 4;
      if (count > (len - pos) / 4) {
        bad(`IL ${ilLabel(offset)}: switch with ${count} targets exceeds the method body (${len - pos} bytes left)`);
      }
      const base = pos + count * 4;
      const targets: number[] = new Array(count);
      for (let i = 0; i < count; i++) targets[i] = base + dv.getInt32(pos + i * 4, true);
      pos = base;
      operand = targets;
      break;
    }
    default:
      // Token operands.
      need(4);
      operand = dv.getUint32(pos, true);
      pos += 4;
      break;
  }
  return { offset, size: pos - offset, opcode: op, operand };
}

/** Decodes the single instruction at `offset`. */
export function decodeInstruction(il: Uint8Array, offset: number): Instruction {
  if (offset < 0 || offset >= il.length) bad(`IL ${ilLabel(offset)}: offset outside the method body (${il.length} bytes)`);
  return decodeAt(il, view(il), offset);
}

/** Decodes a whole method body's IL into its instructions, in order. */
export function decodeIl(il: Uint8Array): Instruction[] {
  const dv = view(il);
  const out: Instruction[] = [];
  let pos = 0;
  while (pos < il.length) {
    const ins = decodeAt(il, dv, pos);
    out.push(ins);
    pos += ins.size;
  }
  return out;
}

/** The absolute target offsets of a branch, leave or switch instruction ([] for others). */
export function branchTargets(ins: Instruction): readonly number[] {
  const k = ins.opcode.operand;
  if (k === 'br1' || k === 'br4') return [ins.operand as number];
  if (k === 'switch') return ins.operand as readonly number[];
  return [];
}

/**
 * Checks that every branch, leave and switch target lands on the first byte of an
 * instruction; raises BadImageError naming the offending instruction otherwise.
 */
export function checkBranchTargets(instructions: readonly Instruction[]): void {
  const starts = new Set<number>();
  for (const ins of instructions) starts.add(ins.offset);
  for (const ins of instructions) {
    for (const t of branchTargets(ins)) {
      if (!starts.has(t)) {
        const where = (t < 0 ? '-0x' : '0x') + Math.abs(t).toString(16);
        bad(`IL ${ilLabel(ins.offset)}: ${ins.opcode.name} target ${where} is not an instruction boundary`);
      }
    }
  }
}

export interface IlToken {
  /** IL offset of the instruction that carries the token. */
  offset: number;
  token: number;
}

/**
 * Every metadata token a method body references (method, field, type, user-string,
 * stand-alone signature and ldtoken operands), in IL order.
 */
export function ilTokens(il: Uint8Array): IlToken[] {
  const out: IlToken[] = [];
  for (const ins of decodeIl(il)) {
    if (TOKEN_OPERANDS.has(ins.opcode.operand)) out.push({ offset: ins.offset, token: ins.operand as number });
  }
  return out;
}
