// The type system context: owns the assembly loader and interns every type, method and field,
// so identity comparison (===) is type equality throughout the compiler.
import type { AssemblyFile } from '../metadata/assembly.js';
import { BadImageError } from '../metadata/errors.js';
import type { AssemblyLoader } from '../metadata/loader.js';
import type { PrimitiveKind } from '../metadata/signatures.js';
import { FieldDesc, MethodDesc, type MethodSignature } from './members.js';
import { Resolver } from './resolve.js';
import {
  ArrayType, ByRefType, DefType, FunctionPointerType, GenericParameter, PointerType, SignatureVariable,
  TypeDefinition, type TypeDesc,
} from './types.js';

export class TypeNotFoundError extends Error {}

const primitiveNames: Record<string, PrimitiveKind> = {
  'System.Void': 'void', 'System.Boolean': 'bool', 'System.Char': 'char', 'System.SByte': 'i1',
  'System.Byte': 'u1', 'System.Int16': 'i2', 'System.UInt16': 'u2', 'System.Int32': 'i4',
  'System.UInt32': 'u4', 'System.Int64': 'i8', 'System.UInt64': 'u8', 'System.Single': 'r4',
  'System.Double': 'r8', 'System.IntPtr': 'i', 'System.UIntPtr': 'u', 'System.String': 'string',
  'System.Object': 'object', 'System.TypedReference': 'typedref',
};
const primitiveTypeNames: Record<PrimitiveKind, string> = Object.fromEntries(
  Object.entries(primitiveNames).map(([n, k]) => [k, n]),
) as Record<PrimitiveKind, string>;

export class TypeSystemContext {
  readonly resolver: Resolver;
  private assemblyIds = new Map<AssemblyFile, number>();
  private definitions = new Map<string, TypeDefinition>();
  private types = new Map<string, TypeDesc>();
  private methods = new Map<string, MethodDesc>();
  private methodDefinitions = new Map<string, MethodDesc>();
  private fields = new Map<string, FieldDesc>();
  private wellKnownCache = new Map<string, DefType>();

  constructor(readonly loader: AssemblyLoader) {
    this.resolver = new Resolver(this);
  }

  private asmId(file: AssemblyFile): number {
    let id = this.assemblyIds.get(file);
    if (id === undefined) this.assemblyIds.set(file, (id = this.assemblyIds.size + 1));
    return id;
  }

  private intern<T extends TypeDesc>(key: string, make: () => T): T {
    let t = this.types.get(key);
    if (!t) this.types.set(key, (t = make()));
    return t as T;
  }

  definition(file: AssemblyFile, rid: number): TypeDefinition {
    const key = this.asmId(file) + ':' + rid;
    let d = this.definitions.get(key);
    if (!d) {
      if (rid < 1 || rid > file.md.rows('TypeDef')) throw new BadImageError(`${file.name}: TypeDef ${rid} out of range`);
      this.definitions.set(key, (d = new TypeDefinition(file, rid)));
    }
    return d;
  }

  /** The type for a TypeDef; for a generic type, the open definition over its own parameters. */
  typeForDefinition(file: AssemblyFile, rid: number): DefType {
    const key = 'd' + this.asmId(file) + ':' + rid;
    const existing = this.types.get(key);
    if (existing) return existing as DefType;
    const def = this.definition(file, rid);
    const params = file.md.genericParamsOf((0x02000000 | rid) >>> 0).map((gp, i) =>
      this.genericParameter(file, gp, 'type', i, def, 0));
    const t = new DefType(this, def, params);
    this.types.set(key, t);
    if (params.length) this.types.set(this.instKey(def, params), t);
    return t;
  }

  private instKey(def: TypeDefinition, args: readonly TypeDesc[]): string {
    return 'i' + this.asmId(def.assembly) + ':' + def.rid + '<' + args.map((a) => a.id).join(',') + '>';
  }

  /** Instantiates a generic type definition over `args`. */
  instantiate(generic: DefType, args: readonly TypeDesc[]): DefType {
    const open = generic.typeDefinition;
    if (open.instantiation.length !== args.length) {
      throw new BadImageError(`${open.assembly.name}: ${open.fullName} takes ${open.instantiation.length} type arguments, given ${args.length}`);
    }
    if (!args.length) return open;
    return this.intern(this.instKey(open.def, args), () => new DefType(this, open.def, [...args]));
  }

  genericParameter(file: AssemblyFile, gpRid: number, kind: 'type' | 'method', index: number, ownerType: TypeDefinition | undefined, ownerMethodRid: number): GenericParameter {
    return this.intern('g' + this.asmId(file) + ':' + gpRid, () =>
      new GenericParameter(this, kind, index, file, gpRid, ownerType, ownerMethodRid));
  }

  signatureVariable(kind: 'type' | 'method', index: number): SignatureVariable {
    return this.intern('v' + kind + index, () => new SignatureVariable(this, kind, index));
  }

  /** An array type; rank -1 for the single-dimensional zero-based (SZ) array. */
  arrayType(element: TypeDesc, rank = -1): ArrayType {
    return this.intern('a' + element.id + ':' + rank, () => new ArrayType(this, element, rank));
  }
  pointerType(element: TypeDesc): PointerType {
    return this.intern('p' + element.id, () => new PointerType(this, element));
  }
  byRefType(element: TypeDesc): ByRefType {
    return this.intern('r' + element.id, () => new ByRefType(this, element));
  }
  functionPointerType(sig: MethodSignature): FunctionPointerType {
    const key = `f${sig.callingConvention}:${sig.hasThis ? 1 : 0}${sig.explicitThis ? 1 : 0}:${sig.returnType.id}(${sig.params.map((p) => p.id).join(',')})`;
    return this.intern(key, () => new FunctionPointerType(this, sig));
  }

  /** A method on `owningType` (an instantiation of the method's declaring type). */
  method(owningType: DefType, rid: number, instantiation: readonly TypeDesc[]): MethodDesc {
    const key = owningType.id + ':' + rid + '<' + instantiation.map((t) => t.id).join(',') + '>';
    let m = this.methods.get(key);
    if (!m) this.methods.set(key, (m = new MethodDesc(this, owningType, { assembly: owningType.assembly, rid }, [...instantiation])));
    return m;
  }

  /** A method, generic ones instantiated over their own method type parameters. */
  methodForDefinition(owningType: DefType, rid: number): MethodDesc {
    const key = owningType.id + ':' + rid;
    let m = this.methodDefinitions.get(key);
    if (!m) this.methodDefinitions.set(key, (m = this.makeMethodDefinition(owningType, rid)));
    return m;
  }

  private makeMethodDefinition(owningType: DefType, rid: number): MethodDesc {
    const file = owningType.assembly;
    const params = file.md.genericParamsOf((0x06000000 | rid) >>> 0).map((gp, i) =>
      this.genericParameter(file, gp, 'method', i, undefined, rid));
    return this.method(owningType, rid, params);
  }

  /** A runtime-provided method of a multi-dimensional array (Get, Set, Address, .ctor). */
  arrayMethod(owningType: ArrayType, name: string, signature: MethodSignature): MethodDesc {
    const key = 'A' + owningType.id + ':' + name + '(' + signature.params.map((p) => p.id).join(',') + ')';
    let m = this.methods.get(key);
    if (!m) this.methods.set(key, (m = new MethodDesc(this, owningType, undefined, [], { name, signature })));
    return m;
  }

  field(owningType: DefType, rid: number): FieldDesc {
    const key = owningType.id + ':' + rid;
    let f = this.fields.get(key);
    if (!f) this.fields.set(key, (f = new FieldDesc(this, owningType, owningType.assembly, rid)));
    return f;
  }

  get coreLib(): AssemblyFile {
    return this.loader.coreLib;
  }

  /** A CoreLib type by full name (System.Object, System.Int32, ...). */
  wellKnown(fullName: string): DefType {
    let t = this.wellKnownCache.get(fullName);
    if (!t) {
      const h = this.loader.findType(this.coreLib, fullName);
      if (!h) throw new TypeNotFoundError(`System.Private.CoreLib has no type ${fullName}`);
      t = this.typeForDefinition(h.assembly, h.rid);
      this.wellKnownCache.set(fullName, t);
    }
    return t;
  }

  primitive(kind: PrimitiveKind): DefType {
    return this.wellKnown(primitiveTypeNames[kind]);
  }

  primitiveKindOf(t: DefType): PrimitiveKind | undefined {
    if (t.assembly !== this.coreLib || t.instantiation.length) return undefined;
    return primitiveNames[t.fullName];
  }

  /** Finds a type by full name (Namespace.Name, nested with '+') in an assembly, through forwarders. */
  findType(file: AssemblyFile, fullName: string): DefType {
    const h = this.loader.findType(file, fullName);
    if (!h) throw new TypeNotFoundError(`${file.name} has no type ${fullName}`);
    return this.typeForDefinition(h.assembly, h.rid);
  }
}
