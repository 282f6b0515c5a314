// The CIL instruction set (ECMA-335 Partition III; the opcode list of Partition VI annex C):
// every one-byte opcode and every 0xFE-prefixed two-byte opcode, including the prefixes
// (constrained., readonly., volatile., unaligned., tail., no.), as one data table. Each row
// gives the ildasm spelling, the encoded value, the operand kind, the stack transition in the
// spec's Pop*/Push* vocabulary and the control-flow kind. Lookups are derived from the table.

/** Inline operand kinds (Partition III, 1.2 / the Inline* column of the opcode list). */
export type OperandKind =
  | 'none'
  | 'i1' // ldc.i4.s: signed 8-bit immediate
  | 'u1' // unaligned., no.: unsigned 8-bit immediate
  | 'var1' // ldarg.s, ldloc.s, ...: unsigned 8-bit argument or local index
  | 'var2' // ldarg, ldloc, ...: unsigned 16-bit argument or local index
  | 'i4'
  | 'i8'
  | 'r4'
  | 'r8'
  | 'br1' // short branch: signed 8-bit displacement from the next instruction
  | 'br4' // long branch: signed 32-bit displacement from the next instruction
  | 'switch' // u32 count then count signed 32-bit displacements
  | 'method' // MethodDef, MemberRef or MethodSpec token
  | 'field' // Field or MemberRef token
  | 'type' // TypeDef, TypeRef or TypeSpec token
  | 'string' // user-string (0x70) token
  | 'sig' // StandAloneSig token (calli)
  | 'tok'; // ldtoken: type, field or method token

/** Operand kinds whose operand is a metadata token. */
export const TOKEN_OPERANDS: ReadonlySet<OperandKind> = new Set(['method', 'field', 'type', 'string', 'sig', 'tok']);

/** Encoded operand size in bytes (switch: the size of its count word only). */
export const OPERAND_SIZE: Readonly<Record<OperandKind, number>> = {
  none: 0, i1: 1, u1: 1, var1: 1, var2: 2, i4: 4, i8: 8, r4: 4, r8: 8, br1: 1, br4: 4, switch: 4,
  method: 4, field: 4, type: 4, string: 4, sig: 4, tok: 4,
};

/** Control-flow kinds of the opcode list ('break' is the debugger break instruction's own kind). */
export type FlowKind = 'next' | 'break' | 'branch' | 'cond-branch' | 'call' | 'return' | 'throw' | 'meta';

/**
 * One stack slot in a Pop/Push transition: '1' any value, 'i' int32 or native int (or a
 * pointer/byref), 'i8' int64, 'r4'/'r8' floating point, 'ref' object reference.
 */
export type StackSlot = '1' | 'i' | 'i8' | 'r4' | 'r8' | 'ref';

export interface OpCode {
  /** ildasm spelling, e.g. 'ldc.i4.s', 'callvirt', 'constrained.'. */
  readonly name: string;
  /** 0x00-0xFF for one-byte opcodes, 0xFE00-0xFEFF for two-byte ones. */
  readonly value: number;
  /** Encoded opcode length: 1 or 2 bytes. */
  readonly size: 1 | 2;
  readonly operand: OperandKind;
  /** Pop behaviour as written in the opcode list, e.g. 'PopRef+PopI+PopI8'; 'VarPop' for calls and ret. */
  readonly popBehaviour: string;
  /** Push behaviour as written in the opcode list, e.g. 'Push1+Push1'; 'VarPush' for calls. */
  readonly pushBehaviour: string;
  /** Slots popped, first-pushed first; undefined for VarPop. */
  readonly popSlots: readonly StackSlot[] | undefined;
  /** Slots pushed; undefined for VarPush. */
  readonly pushSlots: readonly StackSlot[] | undefined;
  /** Number of values popped, or 'varpop' when it depends on the operand (calls, ret). */
  readonly pops: number | 'varpop';
  /** Number of values pushed, or 'varpush' when it depends on the operand (calls). */
  readonly pushes: number | 'varpush';
  readonly flow: FlowKind;
  /** A prefix that modifies the instruction that follows it. */
  readonly prefix: boolean;
}

type Row = readonly [name: string, value: number, operand: OperandKind, pop: string, push: string, flow: FlowKind];

// prettier-ignore
const TABLE: readonly Row[] = [
  ['nop', 0x00, 'none', 'Pop0', 'Push0', 'next'],
  ['break', 0x01, 'none', 'Pop0', 'Push0', 'break'],
  ['ldarg.0', 0x02, 'none', 'Pop0', 'Push1', 'next'],
  ['ldarg.1', 0x03, 'none', 'Pop0', 'Push1', 'next'],
  ['ldarg.2', 0x04, 'none', 'Pop0', 'Push1', 'next'],
  ['ldarg.3', 0x05, 'none', 'Pop0', 'Push1', 'next'],
  ['ldloc.0', 0x06, 'none', 'Pop0', 'Push1', 'next'],
  ['ldloc.1', 0x07, 'none', 'Pop0', 'Push1', 'next'],
  ['ldloc.2', 0x08, 'none', 'Pop0', 'Push1', 'next'],
  ['ldloc.3', 0x09, 'none', 'Pop0', 'Push1', 'next'],
  ['stloc.0', 0x0a, 'none', 'Pop1', 'Push0', 'next'],
  ['stloc.1', 0x0b, 'none', 'Pop1', 'Push0', 'next'],
  ['stloc.2', 0x0c, 'none', 'Pop1', 'Push0', 'next'],
  ['stloc.3', 0x0d, 'none', 'Pop1', 'Push0', 'next'],
  ['ldarg.s', 0x0e, 'var1', 'Pop0', 'Push1', 'next'],
  ['ldarga.s', 0x0f, 'var1', 'Pop0', 'PushI', 'next'],
  ['starg.s', 0x10, 'var1', 'Pop1', 'Push0', 'next'],
  ['ldloc.s', 0x11, 'var1', 'Pop0', 'Push1', 'next'],
  ['ldloca.s', 0x12, 'var1', 'Pop0', 'PushI', 'next'],
  ['stloc.s', 0x13, 'var1', 'Pop1', 'Push0', 'next'],
  ['ldnull', 0x14, 'none', 'Pop0', 'PushRef', 'next'],
  ['ldc.i4.m1', 0x15, 'none', 'Pop0', 'PushI', 'next'],
  ['ldc.i4.0', 0x16, 'none', 'Pop0', 'PushI', 'next'],
  ['ldc.i4.1', 0x17, 'none', 'Pop0', 'PushI', 'next'],
  ['ldc.i4.2', 0x18, 'none', 'Pop0', 'PushI', 'next'],
  ['ldc.i4.3', 0x19, 'none', 'Pop0', 'PushI', 'next'],
  ['ldc.i4.4', 0x1a, 'none', 'Pop0', 'PushI', 'next'],
  ['ldc.i4.5', 0x1b, 'none', 'Pop0', 'PushI', 'next'],
  ['ldc.i4.6', 0x1c, 'none', 'Pop0', 'PushI', 'next'],
  ['ldc.i4.7', 0x1d, 'none', 'Pop0', 'PushI', 'next'],
  ['ldc.i4.8', 0x1e, 'none', 'Pop0', 'PushI', 'next'],
  ['ldc.i4.s', 0x1f, 'i1', 'Pop0', 'PushI', 'next'],
  ['ldc.i4', 0x20, 'i4', 'Pop0', 'PushI', 'next'],
  ['ldc.i8', 0x21, 'i8', 'Pop0', 'PushI8', 'next'],
  ['ldc.r4', 0x22, 'r4', 'Pop0', 'PushR4', 'next'],
  ['ldc.r8', 0x23, 'r8', 'Pop0', 'PushR8', 'next'],
  ['dup', 0x25, 'none', 'Pop1', 'Push1+Push1', 'next'],
  ['pop', 0x26, 'none', 'Pop1', 'Push0', 'next'],
  ['jmp', 0x27, 'method', 'Pop0', 'Push0', 'call'],
  ['call', 0x28, 'method', 'VarPop', 'VarPush', 'call'],
  ['calli', 0x29, 'sig', 'VarPop', 'VarPush', 'call'],
  ['ret', 0x2a, 'none', 'VarPop', 'Push0', 'return'],
  ['br.s', 0x2b, 'br1', 'Pop0', 'Push0', 'branch'],
  ['brfalse.s', 0x2c, 'br1', 'PopI', 'Push0', 'cond-branch'],
  ['brtrue.s', 0x2d, 'br1', 'PopI', 'Push0', 'cond-branch'],
  ['beq.s', 0x2e, 'br1', 'Pop1+Pop1', 'Push0', 'cond-branch'],
  ['bge.s', 0x2f, 'br1', 'Pop1+Pop1', 'Push0', 'cond-branch'],
  ['bgt.s', 0x30, 'br1', 'Pop1+Pop1', 'Push0', 'cond-branch'],
  ['ble.s', 0x31, 'br1', 'Pop1+Pop1', 'Push0', 'cond-branch'],
  ['blt.s', 0x32, 'br1', 'Pop1+Pop1', 'Push0', 'cond-branch'],
  ['bne.un.s', 0x33, 'br1', 'Pop1+Pop1', 'Push0', 'cond-branch'],
  ['bge.un.s', 0x34, 'br1', 'Pop1+Pop1', 'Push0', 'cond-branch'],
  ['bgt.un.s', 0x35, 'br1', 'Pop1+Pop1', 'Push0', 'cond-branch'],
  ['ble.un.s', 0x36, 'br1', 'Pop1+Pop1', 'Push0', 'cond-branch'],
  ['blt.un.s', 0x37, 'br1', 'Pop1+Pop1', 'Push0', 'cond-branch'],
  ['br', 0x38, 'br4', 'Pop0', 'Push0', 'branch'],
  ['brfalse', 0x39, 'br4', 'PopI', 'Push0', 'cond-branch'],
  ['brtrue', 0x3a, 'br4', 'PopI', 'Push0', 'cond-branch'],
  ['beq', 0x3b, 'br4', 'Pop1+Pop1', 'Push0', 'cond-branch'],
  ['bge', 0x3c, 'br4', 'Pop1+Pop1', 'Push0', 'cond-branch'],
  ['bgt', 0x3d, 'br4', 'Pop1+Pop1', 'Push0', 'cond-branch'],
  ['ble', 0x3e, 'br4', 'Pop1+Pop1', 'Push0', 'cond-branch'],
  ['blt', 0x3f, 'br4', 'Pop1+Pop1', 'Push0', 'cond-branch'],
  ['bne.un', 0x40, 'br4', 'Pop1+Pop1', 'Push0', 'cond-branch'],
  ['bge.un', 0x41, 'br4', 'Pop1+Pop1', 'Push0', 'cond-branch'],
  ['bgt.un', 0x42, 'br4', 'Pop1+Pop1', 'Push0', 'cond-branch'],
  ['ble.un', 0x43, 'br4', 'Pop1+Pop1', 'Push0', 'cond-branch'],
  ['blt.un', 0x44, 'br4', 'Pop1+Pop1', 'Push0', 'cond-branch'],
  ['switch', 0x45, 'switch', 'PopI', 'Push0', 'cond-branch'],
  ['ldind.i1', 0x46, 'none', 'PopI', 'PushI', 'next'],
  ['ldind.u1', 0x47, 'none', 'PopI', 'PushI', 'next'],
  ['ldind.i2', 0x48, 'none', 'PopI', 'PushI', 'next'],
  ['ldind.u2', 0x49, 'none', 'PopI', 'PushI', 'next'],
  ['ldind.i4', 0x4a, 'none', 'PopI', 'PushI', 'next'],
  ['ldind.u4', 0x4b, 'none', 'PopI', 'PushI', 'next'],
  ['ldind.i8', 0x4c, 'none', 'PopI', 'PushI8', 'next'],
  ['ldind.i', 0x4d, 'none', 'PopI', 'PushI', 'next'],
  ['ldind.r4', 0x4e, 'none', 'PopI', 'PushR4', 'next'],
  ['ldind.r8', 0x4f, 'none', 'PopI', 'PushR8', 'next'],
  ['ldind.ref', 0x50, 'none', 'PopI', 'PushRef', 'next'],
  ['stind.ref', 0x51, 'none', 'PopI+PopI', 'Push0', 'next'],
  ['stind.i1', 0x52, 'none', 'PopI+PopI', 'Push0', 'next'],
  ['stind.i2', 0x53, 'none', 'PopI+PopI', 'Push0', 'next'],
  ['stind.i4', 0x54, 'none', 'PopI+PopI', 'Push0', 'next'],
  ['stind.i8', 0x55, 'none', 'PopI+PopI8', 'Push0', 'next'],
  ['stind.r4', 0x56, 'none', 'PopI+PopR4', 'Push0', 'next'],
  ['stind.r8', 0x57, 'none', 'PopI+PopR8', 'Push0', 'next'],
  ['add', 0x58, 'none', 'Pop1+Pop1', 'Push1', 'next'],
  ['sub', 0x59, 'none', 'Pop1+Pop1', 'Push1', 'next'],
  ['mul', 0x5a, 'none', 'Pop1+Pop1', 'Push1', 'next'],
  ['div', 0x5b, 'none', 'Pop1+Pop1', 'Push1', 'next'],
  ['div.un', 0x5c, 'none', 'Pop1+Pop1', 'Push1', 'next'],
  ['rem', 0x5d, 'none', 'Pop1+Pop1', 'Push1', 'next'],
  ['rem.un', 0x5e, 'none', 'Pop1+Pop1', 'Push1', 'next'],
  ['and', 0x5f, 'none', 'Pop1+Pop1', 'Push1', 'next'],
  ['or', 0x60, 'none', 'Pop1+Pop1', 'Push1', 'next'],
  ['xor', 0x61, 'none', 'Pop1+Pop1', 'Push1', 'next'],
  ['shl', 0x62, 'none', 'Pop1+Pop1', 'Push1', 'next'],
  ['shr', 0x63, 'none', 'Pop1+Pop1', 'Push1', 'next'],
  ['shr.un', 0x64, 'none', 'Pop1+Pop1', 'Push1', 'next'],
  ['neg', 0x65, 'none', 'Pop1', 'Push1', 'next'],
  ['not', 0x66, 'none', 'Pop1', 'Push1', 'next'],
  ['conv.i1', 0x67, 'none', 'Pop1', 'PushI', 'next'],
  ['conv.i2', 0x68, 'none', 'Pop1', 'PushI', 'next'],
  ['conv.i4', 0x69, 'none', 'Pop1', 'PushI', 'next'],
  ['conv.i8', 0x6a, 'none', 'Pop1', 'PushI8', 'next'],
  ['conv.r4', 0x6b, 'none', 'Pop1', 'PushR4', 'next'],
  ['conv.r8', 0x6c, 'none', 'Pop1', 'PushR8', 'next'],
  ['conv.u4', 0x6d, 'none', 'Pop1', 'PushI', 'next'],
  ['conv.u8', 0x6e, 'none', 'Pop1', 'PushI8', 'next'],
  ['callvirt', 0x6f, 'method', 'VarPop', 'VarPush', 'call'],
  ['cpobj', 0x70, 'type', 'PopI+PopI', 'Push0', 'next'],
  ['ldobj', 0x71, 'type', 'PopI', 'Push1', 'next'],
  ['ldstr', 0x72, 'string', 'Pop0', 'PushRef', 'next'],
  ['newobj', 0x73, 'method', 'VarPop', 'PushRef', 'call'],
  ['castclass', 0x74, 'type', 'PopRef', 'PushRef', 'next'],
  ['isinst', 0x75, 'type', 'PopRef', 'PushI', 'next'],
  ['conv.r.un', 0x76, 'none', 'Pop1', 'PushR8', 'next'],
  ['unbox', 0x79, 'type', 'PopRef', 'PushI', 'next'],
  ['throw', 0x7a, 'none', 'PopRef', 'Push0', 'throw'],
  ['ldfld', 0x7b, 'field', 'PopRef', 'Push1', 'next'],
  ['ldflda', 0x7c, 'field', 'PopRef', 'PushI', 'next'],
  ['stfld', 0x7d, 'field', 'PopRef+Pop1', 'Push0', 'next'],
  ['ldsfld', 0x7e, 'field', 'Pop0', 'Push1', 'next'],
  ['ldsflda', 0x7f, 'field', 'Pop0', 'PushI', 'next'],
  ['stsfld', 0x80, 'field', 'Pop1', 'Push0', 'next'],
  ['stobj', 0x81, 'type', 'PopI+Pop1', 'Push0', 'next'],
  ['conv.ovf.i1.un', 0x82, 'none', 'Pop1', 'PushI', 'next'],
  ['conv.ovf.i2.un', 0x83, 'none', 'Pop1', 'PushI', 'next'],
  ['conv.ovf.i4.un', 0x84, 'none', 'Pop1', 'PushI', 'next'],
  ['conv.ovf.i8.un', 0x85, 'none', 'Pop1', 'PushI8', 'next'],
  ['conv.ovf.u1.un', 0x86, 'none', 'Pop1', 'PushI', 'next'],
  ['conv.ovf.u2.un', 0x87, 'none', 'Pop1', 'PushI', 'next'],
  ['conv.ovf.u4.un', 0x88, 'none', 'Pop1', 'PushI', 'next'],
  ['conv.ovf.u8.un', 0x89, 'none', 'Pop1', 'PushI8', 'next'],
  ['conv.ovf.i.un', 0x8a, 'none', 'Pop1', 'PushI', 'next'],
  ['conv.ovf.u.un', 0x8b, 'none', 'Pop1', 'PushI', 'next'],
  ['box', 0x8c, 'type', 'Pop1', 'PushRef', 'next'],
  ['newarr', 0x8d, 'type', 'PopI', 'PushRef', 'next'],
  ['ldlen', 0x8e, 'none', 'PopRef', 'PushI', 'next'],
  ['ldelema', 0x8f, 'type', 'PopRef+PopI', 'PushI', 'next'],
  ['ldelem.i1', 0x90, 'none', 'PopRef+PopI', 'PushI', 'next'],
  ['ldelem.u1', 0x91, 'none', 'PopRef+PopI', 'PushI', 'next'],
  ['ldelem.i2', 0x92, 'none', 'PopRef+PopI', 'PushI', 'next'],
  ['ldelem.u2', 0x93, 'none', 'PopRef+PopI', 'PushI', 'next'],
  ['ldelem.i4', 0x94, 'none', 'PopRef+PopI', 'PushI', 'next'],
  ['ldelem.u4', 0x95, 'none', 'PopRef+PopI', 'PushI', 'next'],
  ['ldelem.i8', 0x96, 'none', 'PopRef+PopI', 'PushI8', 'next'],
  ['ldelem.i', 0x97, 'none', 'PopRef+PopI', 'PushI', 'next'],
  ['ldelem.r4', 0x98, 'none', 'PopRef+PopI', 'PushR4', 'next'],
  ['ldelem.r8', 0x99, 'none', 'PopRef+PopI', 'PushR8', 'next'],
  ['ldelem.ref', 0x9a, 'none', 'PopRef+PopI', 'PushRef', 'next'],
  ['stelem.i', 0x9b, 'none', 'PopRef+PopI+PopI', 'Push0', 'next'],
  ['stelem.i1', 0x9c, 'none', 'PopRef+PopI+PopI', 'Push0', 'next'],
  ['stelem.i2', 0x9d, 'none', 'PopRef+PopI+PopI', 'Push0', 'next'],
  ['stelem.i4', 0x9e, 'none', 'PopRef+PopI+PopI', 'Push0', 'next'],
  ['stelem.i8', 0x9f, 'none', 'PopRef+PopI+PopI8', 'Push0', 'next'],
  ['stelem.r4', 0xa0, 'none', 'PopRef+PopI+PopR4', 'Push0', 'next'],
  ['stelem.r8', 0xa1, 'none', 'PopRef+PopI+PopR8', 'Push0', 'next'],
  ['stelem.ref', 0xa2, 'none', 'PopRef+PopI+PopRef', 'Push0', 'next'],
  ['ldelem', 0xa3, 'type', 'PopRef+PopI', 'Push1', 'next'],
  ['stelem', 0xa4, 'type', 'PopRef+PopI+Pop1', 'Push0', 'next'],
  ['unbox.any', 0xa5, 'type', 'PopRef', 'Push1', 'next'],
  ['conv.ovf.i1', 0xb3, 'none', 'Pop1', 'PushI', 'next'],
  ['conv.ovf.u1', 0xb4, 'none', 'Pop1', 'PushI', 'next'],
  ['conv.ovf.i2', 0xb5, 'none', 'Pop1', 'PushI', 'next'],
  ['conv.ovf.u2', 0xb6, 'none', 'Pop1', 'PushI', 'next'],
  ['conv.ovf.i4', 0xb7, 'none', 'Pop1', 'PushI', 'next'],
  ['conv.ovf.u4', 0xb8, 'none', 'Pop1', 'PushI', 'next'],
  ['conv.ovf.i8', 0xb9, 'none', 'Pop1', 'PushI8', 'next'],
  ['conv.ovf.u8', 0xba, 'none', 'Pop1', 'PushI8', 'next'],
  ['refanyval', 0xc2, 'type', 'Pop1', 'PushI', 'next'],
  ['ckfinite', 0xc3, 'none', 'Pop1', 'PushR8', 'next'],
  ['mkrefany', 0xc6, 'type', 'PopI', 'Push1', 'next'],
  ['ldtoken', 0xd0, 'tok', 'Pop0', 'PushI', 'next'],
  ['conv.u2', 0xd1, 'none', 'Pop1', 'PushI', 'next'],
  ['conv.u1', 0xd2, 'none', 'Pop1', 'PushI', 'next'],
  ['conv.i', 0xd3, 'none', 'Pop1', 'PushI', 'next'],
  ['conv.ovf.i', 0xd4, 'none', 'Pop1', 'PushI', 'next'],
  ['conv.ovf.u', 0xd5, 'none', 'Pop1', 'PushI', 'next'],
  ['add.ovf', 0xd6, 'none', 'Pop1+Pop1', 'Push1', 'next'],
  ['add.ovf.un', 0xd7, 'none', 'Pop1+Pop1', 'Push1', 'next'],
  ['mul.ovf', 0xd8, 'none', 'Pop1+Pop1', 'Push1', 'next'],
  ['mul.ovf.un', 0xd9, 'none', 'Pop1+Pop1', 'Push1', 'next'],
  ['sub.ovf', 0xda, 'none', 'Pop1+Pop1', 'Push1', 'next'],
  ['sub.ovf.un', 0xdb, 'none', 'Pop1+Pop1', 'Push1', 'next'],
  ['endfinally', 0xdc, 'none', 'Pop0', 'Push0', 'return'],
  ['leave', 0xdd, 'br4', 'Pop0', 'Push0', 'branch'],
  ['leave.s', 0xde, 'br1', 'Pop0', 'Push0', 'branch'],
  ['stind.i', 0xdf, 'none', 'PopI+PopI', 'Push0', 'next'],
  ['conv.u', 0xe0, 'none', 'Pop1', 'PushI', 'next'],
  // Two-byte opcodes (first byte 0xFE).
  ['arglist', 0xfe00, 'none', 'Pop0', 'PushI', 'next'],
  ['ceq', 0xfe01, 'none', 'Pop1+Pop1', 'PushI', 'next'],
  ['cgt', 0xfe02, 'none', 'Pop1+Pop1', 'PushI', 'next'],
  ['cgt.un', 0xfe03, 'none', 'Pop1+Pop1', 'PushI', 'next'],
  ['clt', 0xfe04, 'none', 'Pop1+Pop1', 'PushI', 'next'],
  ['clt.un', 0xfe05, 'none', 'Pop1+Pop1', 'PushI', 'next'],
  ['ldftn', 0xfe06, 'method', 'Pop0', 'PushI', 'next'],
  ['ldvirtftn', 0xfe07, 'method', 'PopRef', 'PushI', 'next'],
  ['ldarg', 0xfe09, 'var2', 'Pop0', 'Push1', 'next'],
  ['ldarga', 0xfe0a, 'var2', 'Pop0', 'PushI', 'next'],
  ['starg', 0xfe0b, 'var2', 'Pop1', 'Push0', 'next'],
  ['ldloc', 0xfe0c, 'var2', 'Pop0', 'Push1', 'next'],
  ['ldloca', 0xfe0d, 'var2', 'Pop0', 'PushI', 'next'],
  ['stloc', 0xfe0e, 'var2', 'Pop1', 'Push0', 'next'],
  ['localloc', 0xfe0f, 'none', 'PopI', 'PushI', 'next'],
  ['endfilter', 0xfe11, 'none', 'PopI', 'Push0', 'return'],
  ['unaligned.', 0xfe12, 'u1', 'Pop0', 'Push0', 'meta'],
  ['volatile.', 0xfe13, 'none', 'Pop0', 'Push0', 'meta'],
  ['tail.', 0xfe14, 'none', 'Pop0', 'Push0', 'meta'],
  ['initobj', 0xfe15, 'type', 'PopI', 'Push0', 'next'],
  ['constrained.', 0xfe16, 'type', 'Pop0', 'Push0', 'meta'],
  ['cpblk', 0xfe17, 'none', 'PopI+PopI+PopI', 'Push0', 'next'],
  ['initblk', 0xfe18, 'none', 'PopI+PopI+PopI', 'Push0', 'next'],
  ['no.', 0xfe19, 'u1', 'Pop0', 'Push0', 'meta'],
  ['rethrow', 0xfe1a, 'none', 'Pop0', 'Push0', 'throw'],
  ['sizeof', 0xfe1c, 'type', 'Pop0', 'PushI', 'next'],
  ['refanytype', 0xfe1d, 'none', 'Pop1', 'PushI', 'next'],
  ['readonly.', 0xfe1e, 'none', 'Pop0', 'Push0', 'meta'],
];

const SLOT_NAMES: Record<string, StackSlot> = { '1': '1', I: 'i', I8: 'i8', R4: 'r4', R8: 'r8', Ref: 'ref' };

function slots(behaviour: string, word: 'Pop' | 'Push'): StackSlot[] | undefined {
  if (behaviour === 'Var' + word) return undefined;
  if (behaviour === word + '0') return [];
  return behaviour.split('+').map((part) => {
    const slot = part.startsWith(word) ? SLOT_NAMES[part.slice(word.length)] : undefined;
    if (!slot) throw new Error(`opcode table: bad stack behaviour '${behaviour}'`);
    return slot;
  });
}

/** Every opcode, in encoding order (one-byte opcodes first). */
export const OPCODES: readonly OpCode[] = TABLE.map(([name, value, operand, pop, push, flow]): OpCode => {
  const popSlots = slots(pop, 'Pop');
  const pushSlots = slots(push, 'Push');
  return Object.freeze({
    name, value, size: value > 0xff ? 2 : 1, operand,
    popBehaviour: pop, pushBehaviour: push, popSlots, pushSlots,
    pops: popSlots ? popSlots.length : 'varpop',
    pushes: pushSlots ? pushSlots.length : 'varpush',
    flow,
    prefix: flow === 'meta',
  } satisfies OpCode);
});

/** One-byte opcodes by their byte (0xFE itself is the two-byte escape, absent here). */
export const ONE_BYTE: readonly (OpCode | undefined)[] = (() => {
  const t: (OpCode | undefined)[] = new Array(256).fill(undefined);
  for (const op of OPCODES) if (op.size === 1) t[op.value] = op;
  return t;
})();

/** Two-byte opcodes by their second byte. */
export const TWO_BYTE: readonly (OpCode | undefined)[] = (() => {
  const t: (OpCode | undefined)[] = new Array(256).fill(undefined);
  for (const op of OPCODES) if (op.size === 2) t[op.value & 0xff] = op;
  return t;
})();

/** The byte introducing two-byte opcodes. */
export const TWO_BYTE_ESCAPE = 0xfe;

const BY_NAME = new Map(OPCODES.map((op) => [op.name, op]));

/** Opcode by ildasm name ('ldc.i4.s'), or undefined. */
export function opcodeByName(name: string): OpCode | undefined {
  return BY_NAME.get(name);
}

/** Opcode by encoded value (0x00-0xFF, or 0xFE00-0xFEFF for two-byte opcodes), or undefined. */
export function opcodeByValue(value: number): OpCode | undefined {
  if (value >= 0 && value <= 0xff) return ONE_BYTE[value];
  if ((value & 0xff00) === 0xfe00) return TWO_BYTE[value & 0xff];
  return undefined;
}

/** Whether the instruction transfers control other than to the next instruction. */
export function isBranch(op: OpCode): boolean {
  return op.flow === 'branch' || op.flow === 'cond-branch';
}
