// The lowered form of one method body (stage 4 of ARCHITECTURE.md): the IL evaluation stack
// replaced by typed variables, basic blocks of three-address statements ending in one
// terminator each, and explicit exception-handling regions. Every operand is resolved
// (TypeDesc / MethodDesc / FieldDesc, never a token). src/ir/README.md is the full reference:
// the semantics of every node, the typing rules and what is left to the code generator.
import type { FieldDesc, MethodDesc, MethodSignature } from '../typesystem/members.js';
import type { ArrayType, TypeDesc } from '../typesystem/types.js';

/**
 * ECMA-335 stack kind of a value (Partition III 1.1), plus two distinctions ECMA does not make:
 * 'ptr' is a native int known to be an unmanaged pointer (T*, function pointers), and 'generic'
 * is a type containing unsubstituted generic parameters whose kind depends on the instantiation
 * (only when importing open generic definitions).
 */
export type StackKind = 'int32' | 'int64' | 'nativeint' | 'float' | 'objref' | 'byref' | 'ptr' | 'valuetype' | 'generic';

/** An argument (`this` is argument 0 of instance methods), an IL local or a temporary. */
export interface IrVar {
  readonly kind: 'var';
  readonly storage: 'arg' | 'local' | 'temp';
  /** Position among the method's args / locals / temps; the name is a0, l0, t0 ... */
  index: number;
  /** Exact type: the declared type of args and locals, the produced type for temps. */
  type: TypeDesc;
  stack: StackKind;
  /** IL local declared `pinned`. */
  readonly pinned: boolean;
  /** ldloca / ldarga is applied to it somewhere in the method. */
  readonly addressTaken: boolean;
  /** Temp that carries a stack slot into a block: stored by every predecessor (see IrBlock.entryStack). */
  readonly merge: boolean;
}

/** A constant operand: ldc.*, ldnull, and int constants folded through implicit widening. */
export interface IrConst {
  readonly kind: 'const';
  /** Int32, Int64, IntPtr, Single, Double; System.Object for null. */
  readonly type: TypeDesc;
  readonly stack: 'int32' | 'int64' | 'nativeint' | 'float' | 'objref';
  /** int32 / nativeint: a number; int64: a bigint; float: the number (Single: already rounded); null. */
  readonly value: number | bigint | null;
}

export type IrValue = IrVar | IrConst;

export type BinaryOp = 'add' | 'sub' | 'mul' | 'div' | 'rem' | 'and' | 'or' | 'xor' | 'shl' | 'shr';
export type UnaryOp = 'neg' | 'not';
/** Comparison; compare statements use only eq/gt/lt (ceq/cgt/clt), branch conditions all six. */
export type CompareOp = 'eq' | 'ne' | 'lt' | 'le' | 'gt' | 'ge';
/**
 * Conversion target: the conv.* suffixes (conv.r.un is 'r8' with unsigned), plus 'ptr' and
 * 'byref' (implicit reinterpretations of an address as the destination's pointer type).
 */
export type ConvTarget = 'i1' | 'u1' | 'i2' | 'u2' | 'i4' | 'u4' | 'i8' | 'u8' | 'i' | 'u' | 'r4' | 'r8' | 'ptr' | 'byref';

/** volatile. / unaligned. prefixes of a memory access. */
export interface MemoryFlags {
  volatile: boolean;
  /** unaligned. N: the guaranteed alignment (1, 2 or 4); undefined for naturally aligned. */
  unaligned?: number;
}

interface StmtBase {
  /** IL offset of the instruction (of its first prefix) that produced the statement. */
  offset: number;
}

// ---- statements -------------------------------------------------------------------------------

/** dst = src (stloc, starg, stack copies, merge stores). */
export interface AssignStmt extends StmtBase { kind: 'assign'; dst: IrVar; src: IrValue }
export interface BinaryStmt extends StmtBase {
  kind: 'binary'; op: BinaryOp; dst: IrVar; a: IrValue; b: IrValue;
  /** .ovf: throws OverflowException (add/sub/mul only). */
  checked: boolean;
  /** .un: unsigned div/rem/shr and unsigned overflow checks. */
  unsigned: boolean;
}
export interface UnaryStmt extends StmtBase { kind: 'unary'; op: UnaryOp; dst: IrVar; src: IrValue }
export interface ConvStmt extends StmtBase {
  kind: 'conv'; to: ConvTarget; dst: IrVar; src: IrValue;
  /** conv.ovf.*: throws OverflowException when the value does not fit. */
  checked: boolean;
  /** The source is read as unsigned (conv.ovf.*.un, conv.r.un; implicit zero extension). */
  unsigned: boolean;
  /** Inserted by the importer for an implicit ECMA conversion, not written in the IL. */
  implicit: boolean;
}
/** dst (int32 0/1) = a op b: ceq, cgt, cgt.un, clt, clt.un. */
export interface CompareStmt extends StmtBase { kind: 'compare'; op: 'eq' | 'gt' | 'lt'; unsigned: boolean; dst: IrVar; a: IrValue; b: IrValue }
/** dst = src, throwing ArithmeticException when src is NaN or infinite. */
export interface CkFiniteStmt extends StmtBase { kind: 'ckfinite'; dst: IrVar; src: IrValue }
export interface LdStrStmt extends StmtBase { kind: 'ldstr'; dst: IrVar; value: string }
/** dst = &var (ldloca, ldarga). */
export interface AddrOfStmt extends StmtBase { kind: 'addrof'; dst: IrVar; var: IrVar }
/** dst = *(type*)addr (ldind.*, ldobj). */
export interface LoadStmt extends StmtBase, MemoryFlags { kind: 'load'; dst: IrVar; addr: IrValue; type: TypeDesc }
/** *(type*)addr = value (stind.*, stobj). */
export interface StoreStmt extends StmtBase, MemoryFlags { kind: 'store'; addr: IrValue; value: IrValue; type: TypeDesc }
/** *(type*)dstAddr = *(type*)srcAddr (cpobj). */
export interface CpObjStmt extends StmtBase { kind: 'cpobj'; dstAddr: IrValue; srcAddr: IrValue; type: TypeDesc }
/** *(type*)addr = default(type) (initobj). */
export interface InitObjStmt extends StmtBase { kind: 'initobj'; addr: IrValue; type: TypeDesc }
/** Copy of size bytes between non-overlapping areas (cpblk). */
export interface CpBlkStmt extends StmtBase, MemoryFlags { kind: 'cpblk'; dstAddr: IrValue; srcAddr: IrValue; size: IrValue }
/** memset(addr, (uint8)value, size) (initblk). */
export interface InitBlkStmt extends StmtBase, MemoryFlags { kind: 'initblk'; addr: IrValue; value: IrValue; size: IrValue }
/** dst (uint32) = size in bytes of a value of `type` (sizeof). */
export interface SizeOfStmt extends StmtBase { kind: 'sizeof'; dst: IrVar; type: TypeDesc }
/** dst (void*) = stack allocation of size bytes, zeroed when `zeroed` (method has localsinit). */
export interface LocAllocStmt extends StmtBase { kind: 'localloc'; dst: IrVar; size: IrValue; zeroed: boolean }
export interface CallStmt extends StmtBase {
  kind: 'call'; dst?: IrVar; method: MethodDesc;
  /** `this` first for instance methods, then the parameters, then vararg arguments. */
  args: IrValue[];
  /** callvirt: null-check `this`, dispatch when method.isVirtual. */
  virtual: boolean;
  /** constrained. prefix the importer could not resolve (only in open generic definitions). */
  constrained?: TypeDesc;
  /** tail. prefix. */
  tail: boolean;
  /** Vararg call: the types of the arguments after the fixed parameters. */
  varargTypes?: TypeDesc[];
}
export interface CallIStmt extends StmtBase { kind: 'calli'; dst?: IrVar; signature: MethodSignature; fn: IrValue; args: IrValue[]; tail: boolean }
/** dst = new object (or value) constructed by ctor(args); args exclude `this`. */
export interface NewObjStmt extends StmtBase {
  kind: 'newobj'; dst: IrVar; ctor: MethodDesc; args: IrValue[];
  /** Delegate construction whose function pointer came from ldftn / ldvirtftn in the same block. */
  delegateTarget?: { method: MethodDesc; virtual: boolean };
}
/** dst = new elementType[length] (newarr: single-dimensional, zero-based). */
export interface NewArrStmt extends StmtBase { kind: 'newarr'; dst: IrVar; arrayType: ArrayType; length: IrValue }
/** dst = new multi-dimensional array (newobj of an array constructor). */
export interface NewMdArrStmt extends StmtBase { kind: 'newmdarr'; dst: IrVar; arrayType: ArrayType; lengths: IrValue[]; lowerBounds?: IrValue[] }
export interface LdFtnStmt extends StmtBase {
  kind: 'ldftn'; dst: IrVar; method: MethodDesc;
  /** constrained. prefix (static virtual method) the importer could not resolve: open definitions only. */
  constrained?: TypeDesc;
}
export interface LdVirtFtnStmt extends StmtBase { kind: 'ldvirtftn'; dst: IrVar; method: MethodDesc; obj: IrValue }
/** dst = obj.field; obj is an objref, a byref or pointer to the owner, or a value of the owner. */
export interface LdFldStmt extends StmtBase, MemoryFlags { kind: 'ldfld'; dst: IrVar; field: FieldDesc; obj: IrValue }
export interface LdFldaStmt extends StmtBase { kind: 'ldflda'; dst: IrVar; field: FieldDesc; obj: IrValue }
export interface StFldStmt extends StmtBase, MemoryFlags { kind: 'stfld'; field: FieldDesc; obj: IrValue; value: IrValue }
export interface LdSFldStmt extends StmtBase, MemoryFlags { kind: 'ldsfld'; dst: IrVar; field: FieldDesc }
export interface LdSFldaStmt extends StmtBase { kind: 'ldsflda'; dst: IrVar; field: FieldDesc }
export interface StSFldStmt extends StmtBase, MemoryFlags { kind: 'stsfld'; field: FieldDesc; value: IrValue }
/** dst (objref) = box of value as `type` (a value type or an open type). */
export interface BoxStmt extends StmtBase { kind: 'box'; dst: IrVar; type: TypeDesc; value: IrValue }
/** dst (byref type) = address of the value inside boxed obj (unbox). */
export interface UnboxStmt extends StmtBase { kind: 'unbox'; dst: IrVar; type: TypeDesc; obj: IrValue }
/** dst (type) = copy of the value inside boxed obj (unbox.any of a value type or an open type). */
export interface UnboxAnyStmt extends StmtBase { kind: 'unbox.any'; dst: IrVar; type: TypeDesc; obj: IrValue }
export interface CastStmt extends StmtBase { kind: 'castclass' | 'isinst'; dst: IrVar; type: TypeDesc; obj: IrValue }
/** dst (native uint) = number of elements of array. */
export interface LdLenStmt extends StmtBase { kind: 'ldlen'; dst: IrVar; array: IrValue }
interface ElemBase extends StmtBase {
  array: IrValue;
  /** One index (int32 or nativeint) for an SZ array; `rank` int32 indices for a multi-dimensional one. */
  indices: IrValue[];
  elementType: TypeDesc;
  /** Multi-dimensional access (an array Get/Set/Address call): the array type. */
  multiDim?: ArrayType;
}
export interface LdElemStmt extends ElemBase { kind: 'ldelem'; dst: IrVar }
export interface LdElemaStmt extends ElemBase {
  kind: 'ldelema'; dst: IrVar;
  /** readonly. prefix: no array covariance type check. */
  readonly: boolean;
}
export interface StElemStmt extends ElemBase { kind: 'stelem'; value: IrValue }
/** dst (RuntimeTypeHandle / RuntimeMethodHandle / RuntimeFieldHandle) = handle of member. */
export interface LdTokenStmt extends StmtBase { kind: 'ldtoken'; dst: IrVar; member: TypeDesc | MethodDesc | FieldDesc }
export interface MkRefAnyStmt extends StmtBase { kind: 'mkrefany'; dst: IrVar; type: TypeDesc; addr: IrValue }
export interface RefAnyValStmt extends StmtBase { kind: 'refanyval'; dst: IrVar; type: TypeDesc; typedRef: IrValue }
export interface RefAnyTypeStmt extends StmtBase { kind: 'refanytype'; dst: IrVar; typedRef: IrValue }
/** dst (RuntimeArgumentHandle) = handle of this vararg method's argument list. */
export interface ArgListStmt extends StmtBase { kind: 'arglist'; dst: IrVar }
/** dst = the exception being handled: first statement of every catch handler and filter. */
export interface ExceptionStmt extends StmtBase { kind: 'exception'; dst: IrVar }
/** Debugger breakpoint (break). */
export interface BreakStmt extends StmtBase { kind: 'break' }

export type IrStmt =
  | AssignStmt | BinaryStmt | UnaryStmt | ConvStmt | CompareStmt | CkFiniteStmt | LdStrStmt | AddrOfStmt
  | LoadStmt | StoreStmt | CpObjStmt | InitObjStmt | CpBlkStmt | InitBlkStmt | SizeOfStmt | LocAllocStmt
  | CallStmt | CallIStmt | NewObjStmt | NewArrStmt | NewMdArrStmt | LdFtnStmt | LdVirtFtnStmt
  | LdFldStmt | LdFldaStmt | StFldStmt | LdSFldStmt | LdSFldaStmt | StSFldStmt
  | BoxStmt | UnboxStmt | UnboxAnyStmt | CastStmt | LdLenStmt | LdElemStmt | LdElemaStmt | StElemStmt
  | LdTokenStmt | MkRefAnyStmt | RefAnyValStmt | RefAnyTypeStmt | ArgListStmt | ExceptionStmt | BreakStmt;

// ---- terminators ------------------------------------------------------------------------------

/** Branch condition: truth of one value, or a comparison of two (unsigned: .un). */
export type Condition =
  | { op: 'true' | 'false'; value: IrValue }
  | { op: CompareOp; a: IrValue; b: IrValue; unsigned: boolean };

interface TermBase { offset: number }
export interface GotoTerm extends TermBase { kind: 'goto'; target: IrBlock }
export interface CondBrTerm extends TermBase { kind: 'condbr'; cond: Condition; ifTrue: IrBlock; ifFalse: IrBlock }
export interface SwitchTerm extends TermBase { kind: 'switch'; value: IrValue; targets: IrBlock[]; otherwise: IrBlock }
export interface ReturnTerm extends TermBase { kind: 'return'; value?: IrValue }
export interface ThrowTerm extends TermBase { kind: 'throw'; value: IrValue }
export interface RethrowTerm extends TermBase { kind: 'rethrow' }
export interface LeaveTerm extends TermBase {
  kind: 'leave'; target: IrBlock;
  /** Finally handlers run on the way, innermost first. */
  finallys: IrEhClause[];
  /** Every region left (try regions and catch handlers), innermost first. */
  exits: IrRegion[];
}
/** End of a finally or fault handler (endfinally / endfault). */
export interface EndFinallyTerm extends TermBase { kind: 'endfinally'; region: IrRegion }
/** End of a filter: value (int32) 1 = handle, 0 = continue search. */
export interface EndFilterTerm extends TermBase { kind: 'endfilter'; value: IrValue; region: IrRegion }
/** jmp: tail-transfer to method with the current arguments. */
export interface JmpTerm extends TermBase { kind: 'jmp'; method: MethodDesc }

export type IrTerminator =
  | GotoTerm | CondBrTerm | SwitchTerm | ReturnTerm | ThrowTerm | RethrowTerm | LeaveTerm | EndFinallyTerm | EndFilterTerm | JmpTerm;

// ---- blocks, regions, method -----------------------------------------------------------------

export interface IrBlock {
  /** Position in IrMethod.blocks; the name is B<id>. */
  id: number;
  /** IL range [ilStart, ilEnd). */
  ilStart: number;
  ilEnd: number;
  /** Merge temps holding the evaluation stack at entry, bottom first; empty for most blocks. */
  entryStack: IrVar[];
  stmts: IrStmt[];
  term: IrTerminator;
  /** Normal control-flow successors (no exception edges), without duplicates, in terminator order. */
  succs: IrBlock[];
  preds: IrBlock[];
  /** Innermost EH region containing the block; undefined at method level. */
  region?: IrRegion;
}

export type RegionKind = 'try' | 'filter' | 'catch' | 'finally' | 'fault';

/**
 * A protected range or a handler. Regions nest properly; a try range shared by several clauses
 * (try { } catch (A) { } catch (B) { }) is one 'try' region with several handlers. The handler
 * of a filter clause is a 'catch' region whose clause has kind 'filter'.
 */
export interface IrRegion {
  id: number;
  kind: RegionKind;
  ilStart: number;
  ilEnd: number;
  parent?: IrRegion;
  /** First block; undefined only for a try region whose code is unreachable. */
  entry?: IrBlock;
  /** 'try': its clauses in metadata order (the order handlers are tried). */
  handlers: IrEhClause[];
  /** Handler and filter regions: their clause. */
  clause?: IrEhClause;
}

export interface IrEhClause {
  /** Position in the method's clause table (ECMA: inner clauses first). */
  index: number;
  kind: 'catch' | 'filter' | 'finally' | 'fault';
  tryRegion: IrRegion;
  handler: IrRegion;
  filter?: IrRegion;
  /** 'catch': the exception type caught. */
  catchType?: TypeDesc;
}

export interface IrMethod {
  method: MethodDesc;
  returnType: TypeDesc;
  args: IrVar[];
  locals: IrVar[];
  temps: IrVar[];
  /** localsinit: locals (and localloc memory) start zeroed. */
  initLocals: boolean;
  /** Reachable blocks in IL order; blocks[0] is the entry (it may have predecessors). */
  blocks: IrBlock[];
  /** Every region, outer before inner, in IL order. */
  regions: IrRegion[];
  clauses: IrEhClause[];
}
