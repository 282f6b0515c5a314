// Type identities. Every type the compiler sees is one interned object per TypeSystemContext:
// DefType (a TypeDef, possibly instantiated), ArrayType, PointerType, ByRefType,
// FunctionPointerType, GenericParameter (of a definition) and SignatureVariable (an
// unsubstituted !n / !!n, used only to compare signatures across modules).
import type { AssemblyFile } from '../metadata/assembly.js';
import type { TypeSystemContext } from './context.js';
import type { FieldDesc, MethodDesc, MethodSignature } from './members.js';

// TypeAttributes (ECMA-335 II.23.1.15).
export const enum TypeAttr {
  VisibilityMask = 0x7, NestedPublic = 0x2, LayoutMask = 0x18, AutoLayout = 0x0,
  SequentialLayout = 0x8, ExplicitLayout = 0x10, Interface = 0x20, Abstract = 0x80, Sealed = 0x100,
  SpecialName = 0x400, Import = 0x1000, Serializable = 0x2000, BeforeFieldInit = 0x100000,
}

let nextId = 1;

export abstract class TypeDesc {
  /** Interning identity, stable within a context. */
  readonly id = nextId++;
  constructor(readonly ctx: TypeSystemContext) {}
  abstract toString(): string;
  get isValueType(): boolean {
    return false;
  }
  get isInterface(): boolean {
    return false;
  }
  /** True for types containing a GenericParameter or SignatureVariable anywhere. */
  abstract get containsGenericParameters(): boolean;
  /** The base type (undefined for Object, interfaces, pointers, byrefs and generic parameters). */
  get baseType(): TypeDesc | undefined {
    return undefined;
  }
}

/** A TypeDef in an assembly, before instantiation. Shared by all of its instantiations. */
export class TypeDefinition {
  constructor(
    readonly assembly: AssemblyFile,
    readonly rid: number,
  ) {}
  get row() {
    return this.assembly.md.row('TypeDef', this.rid);
  }
  get token(): number {
    return (0x02000000 | this.rid) >>> 0;
  }
}

export class DefType extends TypeDesc {
  private cache: {
    base?: TypeDesc | null;
    interfaces?: DefType[];
    methods?: MethodDesc[];
    fields?: FieldDesc[];
    flags?: number;
    valueType?: boolean;
    enumUnderlying?: DefType | null;
  } = {};

  constructor(
    ctx: TypeSystemContext,
    readonly def: TypeDefinition,
    /** Type arguments; for a generic type definition, its own GenericParameters. */
    readonly instantiation: readonly TypeDesc[],
  ) {
    super(ctx);
  }

  get assembly(): AssemblyFile {
    return this.def.assembly;
  }
  get flags(): number {
    return (this.cache.flags ??= this.def.row.Flags);
  }
  get name(): string {
    return this.def.row.TypeName;
  }
  get namespace(): string {
    return this.def.row.TypeNamespace;
  }
  get containingType(): DefType | undefined {
    const outer = this.assembly.md.enclosingTypeOf(this.def.rid);
    return outer ? this.ctx.typeForDefinition(this.assembly, outer) : undefined;
  }
  /** Namespace.Name, nested types as Outer+Inner, without instantiation. */
  get fullName(): string {
    const outer = this.containingType;
    if (outer) return outer.fullName + '+' + this.name;
    return this.namespace ? this.namespace + '.' + this.name : this.name;
  }
  get isGeneric(): boolean {
    return this.instantiation.length > 0;
  }
  /** True for the open generic definition itself (instantiated over its own parameters). */
  get isTypeDefinition(): boolean {
    return this.instantiation.every((t, i) => t instanceof GenericParameter && t.kind === 'type' && t.index === i && t.ownerType === this.def);
  }
  /** The open generic definition of this (possibly instantiated) type. */
  get typeDefinition(): DefType {
    return this.ctx.typeForDefinition(this.assembly, this.def.rid);
  }
  override get isInterface(): boolean {
    return (this.flags & TypeAttr.Interface) !== 0;
  }
  get isAbstract(): boolean {
    return (this.flags & TypeAttr.Abstract) !== 0;
  }
  get isSealed(): boolean {
    return (this.flags & TypeAttr.Sealed) !== 0;
  }
  get isBeforeFieldInit(): boolean {
    return (this.flags & TypeAttr.BeforeFieldInit) !== 0;
  }
  get layoutKind(): 'auto' | 'sequential' | 'explicit' {
    const l = this.flags & TypeAttr.LayoutMask;
    return l === TypeAttr.ExplicitLayout ? 'explicit' : l === TypeAttr.SequentialLayout ? 'sequential' : 'auto';
  }
  override get isValueType(): boolean {
    if (this.cache.valueType === undefined) {
      const base = this.baseType;
      const vt = this.ctx.wellKnown('System.ValueType');
      const en = this.ctx.wellKnown('System.Enum');
      this.cache.valueType = base !== undefined && (base === vt || base === en) && this.def !== en.def;
    }
    return this.cache.valueType;
  }
  get isEnum(): boolean {
    return this.baseType === this.ctx.wellKnown('System.Enum');
  }
  get isDelegate(): boolean {
    const md = this.ctx.wellKnown('System.MulticastDelegate');
    return this.baseType === md;
  }
  /** For an enum: its underlying primitive type (the type of its instance field value__). */
  get enumUnderlyingType(): DefType | undefined {
    if (this.cache.enumUnderlying === undefined) {
      this.cache.enumUnderlying = null;
      if (this.isEnum) {
        const f = this.fields.find((x) => !x.isStatic);
        if (f && f.type instanceof DefType) this.cache.enumUnderlying = f.type;
      }
    }
    return this.cache.enumUnderlying ?? undefined;
  }
  /** The primitive kind for System.Int32 and friends (ECMA element type names), else undefined. */
  get primitiveKind(): string | undefined {
    return this.ctx.primitiveKindOf(this);
  }
  override get containsGenericParameters(): boolean {
    return this.instantiation.some((t) => t.containsGenericParameters);
  }
  override get baseType(): TypeDesc | undefined {
    if (this.cache.base === undefined) this.cache.base = this.ctx.resolver.baseTypeOf(this) ?? null;
    return this.cache.base ?? undefined;
  }
  /** Interfaces this type declares it implements (not inherited ones), instantiated. */
  get declaredInterfaces(): DefType[] {
    return (this.cache.interfaces ??= this.ctx.resolver.declaredInterfacesOf(this));
  }
  /** Methods declared on this type, in metadata order. */
  get methods(): MethodDesc[] {
    return (this.cache.methods ??= this.ctx.resolver.methodsOf(this));
  }
  /** Fields declared on this type, in metadata order. */
  get fields(): FieldDesc[] {
    return (this.cache.fields ??= this.ctx.resolver.fieldsOf(this));
  }
  /** Generic parameters of the definition (own ones only for nested types, as metadata lists them). */
  get genericParameters(): GenericParameter[] {
    return this.typeDefinition.instantiation as GenericParameter[];
  }
  findMethod(name: string): MethodDesc | undefined {
    return this.methods.find((m) => m.name === name);
  }
  findField(name: string): FieldDesc | undefined {
    return this.fields.find((f) => f.name === name);
  }
  toString(): string {
    if (!this.instantiation.length) return this.fullName;
    const base = this.fullName.replace(/`\d+$/, '');
    return `${base}<${this.instantiation.map((t) => t.toString()).join(',')}>`;
  }
}

export class ArrayType extends TypeDesc {
  constructor(
    ctx: TypeSystemContext,
    readonly elementType: TypeDesc,
    /** Rank; -1 for a single-dimensional zero-based (SZ) array. */
    readonly rankOrSz: number,
  ) {
    super(ctx);
  }
  get isSzArray(): boolean {
    return this.rankOrSz < 0;
  }
  get rank(): number {
    return this.rankOrSz < 0 ? 1 : this.rankOrSz;
  }
  override get baseType(): TypeDesc {
    return this.ctx.wellKnown('System.Array');
  }
  override get containsGenericParameters(): boolean {
    return this.elementType.containsGenericParameters;
  }
  toString(): string {
    if (this.isSzArray) return this.elementType.toString() + '[]';
    return this.elementType.toString() + '[' + (this.rank === 1 ? '*' : ','.repeat(this.rank - 1)) + ']';
  }
}

export class PointerType extends TypeDesc {
  constructor(ctx: TypeSystemContext, readonly elementType: TypeDesc) {
    super(ctx);
  }
  override get isValueType(): boolean {
    return true;
  }
  override get containsGenericParameters(): boolean {
    return this.elementType.containsGenericParameters;
  }
  toString(): string {
    return this.elementType.toString() + '*';
  }
}

export class ByRefType extends TypeDesc {
  constructor(ctx: TypeSystemContext, readonly elementType: TypeDesc) {
    super(ctx);
  }
  override get containsGenericParameters(): boolean {
    return this.elementType.containsGenericParameters;
  }
  toString(): string {
    return this.elementType.toString() + '&';
  }
}

export class FunctionPointerType extends TypeDesc {
  constructor(ctx: TypeSystemContext, readonly signature: MethodSignature) {
    super(ctx);
  }
  override get isValueType(): boolean {
    return true;
  }
  override get containsGenericParameters(): boolean {
    const s = this.signature;
    return s.returnType.containsGenericParameters || s.params.some((p) => p.containsGenericParameters);
  }
  toString(): string {
    const s = this.signature;
    return `delegate*<${[...s.params, s.returnType].map((t) => t.toString()).join(',')}>`;
  }
}

// GenericParameterAttributes (II.23.1.7).
export const enum GenericParamAttr {
  VarianceMask = 0x3, Covariant = 0x1, Contravariant = 0x2,
  ReferenceTypeConstraint = 0x4, NotNullableValueTypeConstraint = 0x8, DefaultConstructorConstraint = 0x10,
  AllowByRefLike = 0x20,
}

/** A generic parameter of a type or method definition. */
export class GenericParameter extends TypeDesc {
  private constraintCache?: TypeDesc[];
  constructor(
    ctx: TypeSystemContext,
    readonly kind: 'type' | 'method',
    readonly index: number,
    readonly assembly: AssemblyFile,
    /** GenericParam row id. */
    readonly rid: number,
    readonly ownerType: TypeDefinition | undefined,
    readonly ownerMethodRid: number,
  ) {
    super(ctx);
  }
  get name(): string {
    return this.assembly.md.row('GenericParam', this.rid).Name;
  }
  get flags(): number {
    return this.assembly.md.row('GenericParam', this.rid).Flags;
  }
  get variance(): 'none' | 'covariant' | 'contravariant' {
    const v = this.flags & GenericParamAttr.VarianceMask;
    return v === GenericParamAttr.Covariant ? 'covariant' : v === GenericParamAttr.Contravariant ? 'contravariant' : 'none';
  }
  /** Constraint types, expressed over the owner's own generic parameters. */
  get constraints(): TypeDesc[] {
    return (this.constraintCache ??= this.ctx.resolver.constraintsOf(this));
  }
  override get containsGenericParameters(): boolean {
    return true;
  }
  toString(): string {
    return this.name;
  }
}

/** An unsubstituted !n or !!n: the type system's form for comparing signatures by shape. */
export class SignatureVariable extends TypeDesc {
  constructor(
    ctx: TypeSystemContext,
    readonly kind: 'type' | 'method',
    readonly index: number,
  ) {
    super(ctx);
  }
  override get containsGenericParameters(): boolean {
    return true;
  }
  toString(): string {
    return (this.kind === 'type' ? '!' : '!!') + this.index;
  }
}
