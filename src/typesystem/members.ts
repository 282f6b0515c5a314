// Methods, fields and resolved method signatures. Like types, every member is interned per
// context: the same MethodDef on the same instantiated owner with the same method arguments is
// one object.
import type { AssemblyFile } from '../metadata/assembly.js';
import type { TypeSystemContext } from './context.js';
import { ArrayType, DefType, GenericParameter, type TypeDesc } from './types.js';

// MethodAttributes (II.23.1.10) and MethodImplAttributes (II.23.1.11).
export const enum MethodAttr {
  MemberAccessMask = 0x7, Private = 0x1, Public = 0x6, Static = 0x10, Final = 0x20, Virtual = 0x40,
  HideBySig = 0x80, NewSlot = 0x100, CheckAccessOnOverride = 0x200, Abstract = 0x400,
  SpecialName = 0x800, RTSpecialName = 0x1000, PinvokeImpl = 0x2000,
}
export const enum MethodImplAttr {
  CodeTypeMask = 0x3, Native = 0x1, Runtime = 0x3, InternalCall = 0x1000, Synchronized = 0x20,
  NoInlining = 0x8, AggressiveInlining = 0x100, PreserveSig = 0x80,
}
// FieldAttributes (II.23.1.5).
export const enum FieldAttr {
  Static = 0x10, InitOnly = 0x20, Literal = 0x40, HasFieldRVA = 0x100, HasDefault = 0x8000,
}

export interface MethodSignature {
  hasThis: boolean;
  explicitThis: boolean;
  callingConvention: number;
  genericParamCount: number;
  returnType: TypeDesc;
  params: TypeDesc[];
  varargParams: TypeDesc[];
}

export function signaturesEqual(a: MethodSignature, b: MethodSignature): boolean {
  return (
    a.hasThis === b.hasThis &&
    a.callingConvention === b.callingConvention &&
    a.genericParamCount === b.genericParamCount &&
    a.returnType === b.returnType &&
    a.params.length === b.params.length &&
    a.params.every((p, i) => p === b.params[i])
  );
}

/** A MethodDef row in an assembly. */
export interface MethodDefinitionRef {
  assembly: AssemblyFile;
  rid: number;
}

let nextMemberId = 1;

export class MethodDesc {
  readonly id = nextMemberId++;
  private sigCache?: MethodSignature;

  constructor(
    readonly ctx: TypeSystemContext,
    readonly owningType: DefType | ArrayType,
    /** The MethodDef; undefined for the runtime-provided methods of multi-dimensional arrays. */
    readonly def: MethodDefinitionRef | undefined,
    /** Method type arguments; for a generic method definition, its own GenericParameters. */
    readonly instantiation: readonly TypeDesc[],
    /** Name and signature of an array method (def undefined). */
    private readonly arrayMethod?: { name: string; signature: MethodSignature },
  ) {}

  get row() {
    if (!this.def) throw new Error(`${this.arrayMethod?.name}: array methods have no metadata row`);
    return this.def.assembly.md.row('MethodDef', this.def.rid);
  }
  get token(): number {
    return this.def ? (0x06000000 | this.def.rid) >>> 0 : 0;
  }
  private nameCache?: string;
  private flagsCache?: number;
  get name(): string {
    return (this.nameCache ??= this.def ? this.row.Name : this.arrayMethod!.name);
  }
  get flags(): number {
    return (this.flagsCache ??= this.def ? this.row.Flags : MethodAttr.Public);
  }
  get implFlags(): number {
    return this.def ? this.row.ImplFlags : MethodImplAttr.Runtime | MethodImplAttr.InternalCall;
  }
  get isStatic(): boolean {
    return (this.flags & MethodAttr.Static) !== 0;
  }
  get isVirtual(): boolean {
    return (this.flags & MethodAttr.Virtual) !== 0;
  }
  get isAbstract(): boolean {
    return (this.flags & MethodAttr.Abstract) !== 0;
  }
  get isFinal(): boolean {
    return (this.flags & MethodAttr.Final) !== 0;
  }
  get isNewSlot(): boolean {
    return (this.flags & MethodAttr.NewSlot) !== 0;
  }
  get isConstructor(): boolean {
    return this.name === '.ctor' && !this.isStatic;
  }
  get isStaticConstructor(): boolean {
    return this.name === '.cctor' && this.isStatic;
  }
  get isInternalCall(): boolean {
    return (this.implFlags & MethodImplAttr.InternalCall) !== 0;
  }
  get isPInvoke(): boolean {
    return (this.flags & MethodAttr.PinvokeImpl) !== 0;
  }
  get isRuntimeImplemented(): boolean {
    return (this.implFlags & MethodImplAttr.CodeTypeMask) === MethodImplAttr.Runtime;
  }
  get hasIL(): boolean {
    return !!this.def && this.row.RVA !== 0;
  }
  get isGenericMethod(): boolean {
    return this.instantiation.length > 0;
  }
  get isMethodDefinition(): boolean {
    return this.instantiation.every((t, i) => t instanceof GenericParameter && t.kind === 'method' && t.index === i);
  }
  /** The uninstantiated generic method on the same owning type (itself if not generic). */
  get methodDefinition(): MethodDesc {
    if (!this.isGenericMethod || this.isMethodDefinition || !this.def || !(this.owningType instanceof DefType)) return this;
    return this.ctx.methodForDefinition(this.owningType, this.def.rid);
  }
  /** The method on the open owning type definition, uninstantiated (the "typical" definition). */
  get typicalDefinition(): MethodDesc {
    if (!this.def || !(this.owningType instanceof DefType)) return this;
    return this.ctx.methodForDefinition(this.owningType.typeDefinition, this.def.rid);
  }
  get signature(): MethodSignature {
    if (this.arrayMethod) return this.arrayMethod.signature;
    return (this.sigCache ??= this.ctx.resolver.methodSignatureOf(this));
  }
  toString(): string {
    const sig = this.signature;
    const inst = this.instantiation.length ? `<${this.instantiation.map(String).join(',')}>` : '';
    return `${sig.returnType} ${this.owningType}::${this.name}${inst}(${sig.params.map(String).join(',')})`;
  }
}

export class FieldDesc {
  readonly id = nextMemberId++;
  private typeCache?: TypeDesc;
  constructor(
    readonly ctx: TypeSystemContext,
    readonly owningType: DefType,
    readonly assembly: AssemblyFile,
    readonly rid: number,
  ) {}
  get row() {
    return this.assembly.md.row('Field', this.rid);
  }
  get token(): number {
    return (0x04000000 | this.rid) >>> 0;
  }
  get name(): string {
    return this.row.Name;
  }
  get flags(): number {
    return this.row.Flags;
  }
  get isStatic(): boolean {
    return (this.flags & FieldAttr.Static) !== 0;
  }
  get isLiteral(): boolean {
    return (this.flags & FieldAttr.Literal) !== 0;
  }
  get isInitOnly(): boolean {
    return (this.flags & FieldAttr.InitOnly) !== 0;
  }
  get hasRva(): boolean {
    return (this.flags & FieldAttr.HasFieldRVA) !== 0;
  }
  /** True for [ThreadStatic] static fields. */
  get isThreadStatic(): boolean {
    return this.isStatic && this.ctx.resolver.hasAttribute(this.assembly, this.token, 'System.ThreadStaticAttribute');
  }
  /** The field's type, substituted for the owning type's instantiation. */
  get type(): TypeDesc {
    return (this.typeCache ??= this.ctx.resolver.fieldTypeOf(this));
  }
  toString(): string {
    return `${this.type} ${this.owningType}::${this.name}`;
  }
}

/** Low four bits of a method signature's calling convention byte. */
export const enum CallConvKind {
  Default = 0x0, C = 0x1, StdCall = 0x2, ThisCall = 0x3, FastCall = 0x4, VarArg = 0x5, Unmanaged = 0x9,
}
