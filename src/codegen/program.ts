// The code generator's view of the whole program: what analysis kept, what the generated code
// refers to (MethodTables, statics, literals, class constructors, runtime exceptions), and the
// helpers every method body uses to name and declare those things. Method bodies come from
// methods.ts; type descriptors, statics, literals, hooks and units from their own files; this
// class ties them together and records what more the generated code needs (roots the driver
// feeds back into the analysis).
import type { AnalysisResult } from '../analysis/analyze.js';
import type { ConstantMethods } from '../analysis/constant-methods.js';
import { ConstructedTypeNode, MethodNode, TypeHandleNode, type AnalysisNode } from '../analysis/nodes.js';
import { hasPlaceholderIL } from '../analysis/intrinsics.js';
import { isDevirtualizable } from '../analysis/scanner.js';
import type { Substitution, Substitutions } from '../analysis/substitutions.js';
import type { AssemblyFile } from '../metadata/assembly.js';
import { typeKit, type TypeKit } from '../ir/stack.js';
import type { IrMethod, IrVar, NewObjStmt } from '../ir/ir.js';
import type { TypeSystemContext } from '../typesystem/context.js';
import { MethodImplAttr, type FieldDesc, type MethodDesc } from '../typesystem/members.js';
import { ArrayType, ByRefType, DefType, PointerType, type TypeDesc } from '../typesystem/types.js';
import { CodegenError, CTypes } from './ctypes.js';
import { Deps } from './deps.js';
import { Intrinsics, isReplacedWithIl } from './intrinsics.js';
import { type CallSite, MethodEmitter } from './methods.js';
import { CNames } from './names.js';
import { Strings } from './strings.js';

/** Exceptions the runtime creates through the new_exception hook, by DnExceptionKind. */
export const EXCEPTION_KINDS: Record<string, { kind: string; type: string }> = {
  NullReference: { kind: 'DN_EXC_NULL_REFERENCE', type: 'System.NullReferenceException' },
  IndexOutOfRange: { kind: 'DN_EXC_INDEX_OUT_OF_RANGE', type: 'System.IndexOutOfRangeException' },
  InvalidCast: { kind: 'DN_EXC_INVALID_CAST', type: 'System.InvalidCastException' },
  DivideByZero: { kind: 'DN_EXC_DIVIDE_BY_ZERO', type: 'System.DivideByZeroException' },
  Overflow: { kind: 'DN_EXC_OVERFLOW', type: 'System.OverflowException' },
  ArrayTypeMismatch: { kind: 'DN_EXC_ARRAY_TYPE_MISMATCH', type: 'System.ArrayTypeMismatchException' },
  OutOfMemory: { kind: 'DN_EXC_OUT_OF_MEMORY', type: 'System.OutOfMemoryException' },
  Arithmetic: { kind: 'DN_EXC_ARITHMETIC', type: 'System.ArithmeticException' },
  NotSupported: { kind: 'DN_EXC_NOT_SUPPORTED', type: 'System.NotSupportedException' },
  PlatformNotSupported: { kind: 'DN_EXC_PLATFORM_NOT_SUPPORTED', type: 'System.PlatformNotSupportedException' },
  InvalidProgram: { kind: 'DN_EXC_INVALID_PROGRAM', type: 'System.InvalidProgramException' },
  EntryPointNotFound: { kind: 'DN_EXC_ENTRY_POINT_NOT_FOUND', type: 'System.EntryPointNotFoundException' },
  AmbiguousImplementation: { kind: 'DN_EXC_AMBIGUOUS_IMPLEMENTATION', type: 'System.Runtime.AmbiguousImplementationException' },
  MissingMethod: { kind: 'DN_EXC_MISSING_METHOD', type: 'System.MissingMethodException' },
  TypeLoad: { kind: 'DN_EXC_TYPE_LOAD', type: 'System.TypeLoadException' },
  InsufficientExecutionStack: { kind: 'DN_EXC_INSUFFICIENT_EXECUTION_STACK', type: 'System.InsufficientExecutionStackException' },
  InvalidOperation: { kind: 'DN_EXC_INVALID_OPERATION', type: 'System.InvalidOperationException' },
  Argument: { kind: 'DN_EXC_ARGUMENT', type: 'System.ArgumentException' },
  ArgumentNull: { kind: 'DN_EXC_ARGUMENT_NULL', type: 'System.ArgumentNullException' },
  ArgumentOutOfRange: { kind: 'DN_EXC_ARGUMENT_OUT_OF_RANGE', type: 'System.ArgumentOutOfRangeException' },
  ThreadState: { kind: 'DN_EXC_THREAD_STATE', type: 'System.Threading.ThreadStateException' },
  SynchronizationLock: { kind: 'DN_EXC_SYNCHRONIZATION_LOCK', type: 'System.Threading.SynchronizationLockException' },
};

/** A compiled method: its C definition and what it refers to. */
export interface Fragment {
  method: MethodDesc;
  text: string;
  deps: Deps;
}

export interface ProgramGenOptions {
  ctx: TypeSystemContext;
  analysis: AnalysisResult;
  substitutions: Substitutions;
  constants: ConstantMethods;
  entryPoint: MethodDesc;
  /** The shared framework's directory (code from there is "framework code"). */
  frameworkDir: string;
  /** Imports a method to IR (with the driver's pruning), or throws ImportError. */
  importMethod(m: MethodDesc): IrMethod;
  /** The runtimeconfig.json properties handed to AppContext at start-up (AppContext.GetData). */
  appContextProperties?: ReadonlyMap<string, string>;
  /** Record stack traces (false with `<StackTraceSupport>false</StackTraceSupport>`, which
   * drops every method's stack trace name from the executable). Default true. */
  stackTraces?: boolean;
}

export class ProgramGen {
  readonly ctx: TypeSystemContext;
  readonly kit: TypeKit;
  readonly names: CNames;
  readonly ctypes: CTypes;
  readonly strings: Strings;
  readonly intrinsics: Intrinsics;
  readonly warnings: string[] = [];
  private readonly warned = new Set<string>();
  /** Methods the analysis keeps (refreshed by the driver after new roots). */
  kept = new Set<MethodDesc>();
  /** Types the analysis found constructed. */
  constructed = new Set<TypeDesc>();
  /** MethodTables referenced anywhere. */
  readonly mtsUsed = new Set<TypeDesc>();
  /** Static fields referenced (their storage is defined in the data unit). */
  readonly staticsUsed = new Set<FieldDesc>();
  /** Types whose class-constructor state is referenced. */
  readonly cctorsUsed = new Set<TypeDesc>();
  /** Runtime exception kinds the generated code can raise. */
  readonly exceptionsNeeded = new Set<string>();
  /** Analysis roots the generated code asks for (drained by the driver). */
  pendingRoots: { node: AnalysisNode; why: string }[] = [];
  private readonly requested = new Set<string>();
  /** Generic virtual methods called through dispatch (their dispatchers go in the data unit). */
  readonly gvmUsed = new Set<MethodDesc>();
  /** Unboxing thunks and static-delegate thunks to define in the data unit. */
  readonly unboxThunks = new Set<MethodDesc>();
  /** Methods the runtime-lookup resource tables are needed for: assembly name -> all keys needed. */
  readonly resourceLookups = new Set<string>();

  constructor(readonly options: ProgramGenOptions) {
    this.ctx = options.ctx;
    this.kit = typeKit(this.ctx);
    this.names = new CNames((path) => path.startsWith(options.frameworkDir), (options.entryPoint.owningType as DefType).assembly.path);
    this.strings = new Strings(this.names);
    this.ctypes = new CTypes(this.names);
    this.intrinsics = new Intrinsics(this);
    this.refresh();
  }

  /** Re-reads the analysis result (after the driver added roots). */
  refresh(): void {
    this.kept = new Set(this.options.analysis.methods);
    this.constructed = new Set(this.options.analysis.constructedTypes);
  }

  warn(message: string): void {
    if (this.warned.has(message)) return;
    this.warned.add(message);
    this.warnings.push(message);
  }

  /** True for an assembly of the shared framework (not one of the application's). */
  isFrameworkAssembly(file: AssemblyFile): boolean {
    return file.path.startsWith(this.options.frameworkDir);
  }

  /** True for methods of the shared framework (not the application). */
  isFrameworkMethod(m: MethodDesc): boolean {
    const def = m.typicalDefinition.def;
    return def !== undefined && this.isFrameworkAssembly(def.assembly);
  }

  warnUnsupported(m: MethodDesc, what: string): void {
    this.warn(`${m}: ${what} is not supported yet; the program stops if it runs`);
  }

  /** Asks the analysis to keep a method (generated code calls it). */
  require(m: MethodDesc, why: string): void {
    if (this.kept.has(m)) return;
    const key = 'm' + m.id;
    if (this.requested.has(key)) return;
    this.requested.add(key);
    this.pendingRoots.push({ node: new MethodNode(m), why });
  }

  /** Asks the analysis to treat a type as constructed. */
  requireConstructed(t: TypeDesc, why: string): void {
    if (this.constructed.has(t)) return;
    const key = 'c' + t.id;
    if (this.requested.has(key)) return;
    this.requested.add(key);
    this.pendingRoots.push({ node: new ConstructedTypeNode(t), why });
  }

  /** Asks the analysis for a type's descriptor (an interface then joins its implementers' maps). */
  requireTypeHandle(t: TypeDesc, why: string): void {
    const key = 'h' + t.id;
    if (this.requested.has(key)) return;
    this.requested.add(key);
    this.pendingRoots.push({ node: new TypeHandleNode(t), why });
  }

  /** String.Intern is compiled: the data unit lists every literal (dn_program_literals). */
  literalTable = false;
  /** A trace of the current stack can be taken: the frame address table is written (stack-walk.ts). */
  stackWalk = false;

  /** Generated code asks for RuntimeType objects (ldtoken of a type). */
  typeObjects = false;
  needTypeObjects(): void {
    if (this.typeObjects) return;
    this.typeObjects = true;
    this.requireConstructed(this.ctx.wellKnown('System.RuntimeType'), 'typeof / ldtoken of a type');
  }

  needException(name: string): void {
    this.exceptionsNeeded.add(name);
  }

  private readonly substitutionCache = new Map<MethodDesc, Substitution | null>();
  substitution(m: MethodDesc): Substitution | undefined {
    let s = this.substitutionCache.get(m);
    if (s === undefined) this.substitutionCache.set(m, (s = isReplacedWithIl(m) ? null : this.options.substitutions.forMethod(m) ?? null));
    return s ?? undefined;
  }

  // ---- types ----------------------------------------------------------------------------------

  /** Registers the struct definitions a value of type t needs in this unit. */
  useType(deps: Deps, t: TypeDesc): void {
    while (t instanceof PointerType || t instanceof ByRefType) t = t.elementType;
    if (this.ctypes.isStruct(t)) deps.structs.add(t);
  }

  /** The struct of a type (value or object layout) is used for field access. */
  useStruct(deps: Deps, t: DefType): void {
    deps.structs.add(t);
  }

  /** `&Name__MT`, recorded as used. */
  mt(deps: Deps, t: TypeDesc): string {
    if (t.containsGenericParameters && !(t instanceof DefType && t.isTypeDefinition)) throw new CodegenError(`MethodTable of open type ${t}`);
    deps.mts.add(t);
    this.mtsUsed.add(t);
    return `&${this.names.mt(t)}`;
  }

  /** The C expression of a string literal object. */
  stringLiteral(deps: Deps, value: string): string {
    const name = this.strings.use(value);
    deps.declare(name, this.strings.declaration(value));
    this.mtsUsed.add(this.kit.string);
    return `DN_STR(${name})`;
  }

  // ---- methods --------------------------------------------------------------------------------

  /** Declared parameter types, `this` (object, or byref to a value type) first. */
  paramTypes(m: MethodDesc): TypeDesc[] {
    const sig = m.signature;
    const out: TypeDesc[] = [];
    if (sig.hasThis && !sig.explicitThis) {
      const owner = m.owningType;
      out.push(owner instanceof DefType && owner.isValueType ? this.ctx.byRefType(owner) : owner);
    }
    out.push(...sig.params);
    return out;
  }

  /** `Ret name(P0, P1)` (with parameter names a0... for a definition). */
  prototype(deps: Deps, m: MethodDesc, definition = false, name = this.names.method(m)): string {
    const ct = this.ctypes;
    const params = this.paramTypes(m);
    for (const p of params) this.useType(deps, p);
    this.useType(deps, m.signature.returnType);
    const ps = params.map((p, i) => (definition ? ct.decl(ct.storage(p), `a${i}`) : ct.storage(p)));
    // The application's [MethodImpl(NoInlining)] is kept: code that looks at its own stack frame
    // (a trace of the current stack) relies on it, as under the JIT. The framework's marks are
    // about the JIT's code layout (throw helpers); the C compiler decides those itself.
    const attrs = definition && m.implFlags & MethodImplAttr.NoInlining && this.isAppCode(m) ? 'DN_NOINLINE ' : '';
    return `${attrs}${ct.decl(ct.storage(m.signature.returnType), name)}(${ps.join(', ') || 'void'})`;
  }

  /** True for a method defined in the application (not in the shared framework). */
  isAppCode(m: MethodDesc): boolean {
    const def = m.typicalDefinition.def;
    return def !== undefined && !this.isFrameworkAssembly(def.assembly);
  }

  /** The C function of a compiled method, declared in `deps`. */
  fn(deps: Deps, m: MethodDesc): string {
    const name = this.names.method(m);
    deps.declare(name, this.prototype(deps, m) + ';');
    return name;
  }

  /** Whether a method's body will be part of the program. */
  isCompiled(m: MethodDesc): boolean {
    return this.kept.has(m) && !(m.owningType instanceof ArrayType) && !this.isInlineOnly(m);
  }

  /** JIT intrinsics with placeholder IL that exist only as expansions at their call sites. */
  private readonly inlineOnly = new Map<MethodDesc, boolean>();
  isInlineOnly(m: MethodDesc): boolean {
    let r = this.inlineOnly.get(m);
    if (r === undefined) this.inlineOnly.set(m, (r = (hasPlaceholderIL(m) || isReplacedWithIl(m)) && this.intrinsics.hasInline(m)));
    return r;
  }

  /** The callee of a direct call: the compiled function, or a fail-fast for a method not kept. */
  directCallee(deps: Deps, m: MethodDesc): string {
    if (this.isCompiled(m) || (this.requested.has('m' + m.id) && !this.isInlineOnly(m))) return this.fn(deps, m);
    return `DN_NOT_COMPILED(${cString(String(m))})`;
  }

  /** The address of a method's code (ldftn, delegates, vtables); `unboxing` for value-type instance methods on a boxed `this`. */
  fnAddress(deps: Deps, m: MethodDesc, unboxing: boolean): string {
    if (!this.isCompiled(m)) {
      this.require(m, 'address taken');
    }
    if (unboxing && this.needsUnboxing(m)) {
      this.unboxThunks.add(m);
      const name = this.unboxThunkName(m);
      deps.declare(name, this.unboxThunkPrototype(deps, m) + ';');
      return name;
    }
    return this.fn(deps, m);
  }

  /** True for an instance method whose `this` is a byref to a value type. */
  needsUnboxing(m: MethodDesc): boolean {
    const owner = m.owningType;
    return m.signature.hasThis && owner instanceof DefType && owner.isValueType;
  }

  unboxThunkName(m: MethodDesc): string {
    return `${this.names.method(m)}__unbox`;
  }

  unboxThunkPrototype(deps: Deps, m: MethodDesc, definition = false): string {
    const ct = this.ctypes;
    const params = this.paramTypes(m).slice(1);
    for (const p of params) this.useType(deps, p);
    this.useType(deps, m.signature.returnType);
    const ps = [definition ? 'DnObject *self' : 'DnObject *', ...params.map((p, i) => (definition ? ct.decl(ct.storage(p), `a${i + 1}`) : ct.storage(p)))];
    return `${ct.decl(ct.storage(m.signature.returnType), this.unboxThunkName(m))}(${ps.join(', ')})`;
  }

  /** Whether a call of m can leave an exception pending (conservative). */
  mayThrow(m: MethodDesc): boolean {
    return this.intrinsics.mayThrow(m);
  }

  /** Calls expanded in place (constants, resource lookups with literal keys, intrinsics). */
  inlineCall(site: CallSite): boolean {
    const m = site.stmt.method;
    const sub = this.substitution(m);
    if (sub && sub.kind === 'constant') {
      if (site.dst !== undefined) site.em.emit(`${site.dst} = ${constantC(sub.value, m.signature.returnType, this)};`);
      return true;
    }
    if (sub && sub.kind === 'resource-lookup' && site.stmt.args.length >= 1) {
      const key = site.em.literalOf(site.stmt.args[0]!);
      if (key !== undefined && site.dst !== undefined) {
        const value = this.resourceString(sub.assembly.name, key);
        if (value !== undefined) {
          site.em.emit(`${site.dst} = ${this.stringLiteral(site.em.deps, value)};`);
          return true;
        }
      }
    }
    return this.intrinsics.inline(site);
  }

  private readonly resourceCache = new Map<string, Map<string, string>>();
  /** The value of a resource string of an assembly (its SR table), or undefined. */
  resourceString(assembly: string, key: string): string | undefined {
    return this.resourceTable(assembly).get(key);
  }

  resourceTable(assembly: string): Map<string, string> {
    let t = this.resourceCache.get(assembly);
    if (!t) this.resourceCache.set(assembly, (t = this.intrinsics.loadResources(assembly)));
    return t;
  }

  /** newobj forms that are not "allocate, then call the constructor": strings, delegates. */
  newobjSpecial(em: MethodEmitter, s: NewObjStmt): boolean {
    return this.intrinsics.newobj(em, s);
  }

  /** Target of a generic virtual method call: resolved by the exact type at run time. */
  genericVirtualTarget(em: MethodEmitter, m: MethodDesc, obj: string): string {
    return this.intrinsics.genericVirtualTarget(em, m, obj);
  }

  /** The value of ldtoken. */
  tokenValue(em: MethodEmitter, member: unknown, dst: IrVar): string {
    return this.intrinsics.token(em, member, dst);
  }

  // ---- casting ---------------------------------------------------------------------------------

  /** The cheapest runtime helper for isinst/castclass to t. */
  castHelper(deps: Deps, t: TypeDesc, castclass: boolean): { name: string; mt: string } {
    const mt = this.mt(deps, t);
    const prefix = castclass ? 'dn_castclass_' : 'dn_isinst_';
    if (t instanceof DefType && t.isInterface) return { name: prefix + 'interface', mt };
    if (t instanceof DefType && !t.isValueType && !hasVariance(t)) return { name: prefix + 'class', mt };
    return { name: prefix + 'any', mt };
  }

  /** The C condition that the exception `ex` is an instance of the catch type. */
  catchTest(deps: Deps, t: TypeDesc, ex: string): string {
    if (t === this.kit.object) return 'true';
    const h = this.castHelper(deps, t, false);
    return `${h.name}(${ex}, ${h.mt}) != NULL`;
  }

  // ---- statics and class constructors ---------------------------------------------------------

  /** The storage of a static field, declared in `deps`. */
  staticField(deps: Deps, f: FieldDesc): string {
    const name = this.names.staticField(f);
    this.staticsUsed.add(f);
    if (f.hasRva) deps.declare(name, `extern const uint8_t ${name}[];`);
    else if (this.isThreadStatic(f)) {
      this.useType(deps, f.type);
      deps.declare(`${name}__tls`, `extern const uint32_t ${name}__tls;`);
      return `DN_THREAD_STATIC(${this.ctypes.storage(f.type)}, ${name}__tls)`;
    } else {
      this.useType(deps, f.type);
      deps.declare(name, `extern ${this.ctypes.decl(this.ctypes.storage(f.type), name)};`);
    }
    return name;
  }

  private readonly threadStatic = new Map<FieldDesc, boolean>();
  isThreadStatic(f: FieldDesc): boolean {
    let r = this.threadStatic.get(f);
    if (r === undefined) this.threadStatic.set(f, (r = f.isThreadStatic));
    return r;
  }

  /** A static field whose value is a compile-time constant (ILLink substitution), as C. */
  constantStatic(f: FieldDesc): string | undefined {
    const v = this.options.substitutions.forField(f);
    if (v === undefined) return undefined;
    return constantC(v, f.type, this);
  }

  /** The class constructor of a type, if it has one the program runs. */
  cctorOf(t: TypeDesc): MethodDesc | undefined {
    if (!(t instanceof DefType)) return undefined;
    const c = t.methods.find((m) => m.isStaticConstructor);
    if (!c || !this.isCompiled(c)) return undefined;
    return c;
  }

  /** Gives a type whose class constructor is compiled its trigger state (DnMethodTable.cctor). */
  useCctor(t: TypeDesc): void {
    if (this.cctorOf(t)) this.cctorsUsed.add(t);
  }

  private cctorState(deps: Deps, t: TypeDesc): string {
    const name = this.names.cctorState(t);
    this.cctorsUsed.add(t);
    deps.declare(name, `extern DnCctorState ${name};`);
    return name;
  }

  /** The cctor state a static method or constructor must trigger on entry (precise types), if any. */
  precisePrologueTrigger(deps: Deps, m: MethodDesc): string | undefined {
    const owner = m.owningType;
    if (!(owner instanceof DefType) || owner.isBeforeFieldInit) return undefined;
    if (!(m.isStatic || m.isConstructor) || m.isStaticConstructor) return undefined;
    if (!this.cctorOf(owner)) return undefined;
    return this.cctorState(deps, owner);
  }

  /** The cctor state an access to static field f from method `from` must trigger, if any. */
  staticAccessTrigger(deps: Deps, f: FieldDesc, from: MethodDesc): string | undefined {
    const owner = f.owningType;
    if (!this.cctorOf(owner)) return undefined;
    if (from.owningType === owner) {
      if (from.isStaticConstructor) return undefined;
      // Precise: the method's own entry (static, constructor) or an existing instance already ran it.
      if (!owner.isBeforeFieldInit && (from.isStatic || from.isConstructor || from.signature.hasThis)) return undefined;
    }
    return this.cctorState(deps, owner);
  }

  // ---- compiling ------------------------------------------------------------------------------

  /** The C definition of one kept method (undefined for intrinsics expanded at every call). */
  compile(m: MethodDesc): Fragment | undefined {
    if (this.isInlineOnly(m)) return undefined;
    const deps = new Deps();
    const text = this.methodText(m, deps);
    return { method: m, text, deps };
  }

  private methodText(m: MethodDesc, deps: Deps): string {
    const sub = this.substitution(m);
    if (sub) return this.substitutedBody(m, sub, deps);
    const special = this.intrinsics.body(m, deps);
    if (special !== undefined) return special;
    if (hasPlaceholderIL(m)) return this.missingBody(m, deps, 'a JIT intrinsic dotnative does not implement');
    if (!m.hasIL) {
      const what = m.isInternalCall ? 'an internal call' : m.isPInvoke ? 'a P/Invoke' : m.isRuntimeImplemented ? 'a runtime-implemented method' : 'a method without IL';
      return this.missingBody(m, deps, what);
    }
    const ir = this.options.importMethod(m);
    const em = new MethodEmitter(this, ir, deps);
    return em.generate();
  }

  /** A function that fails fast: reached methods with no IL and no implementation of ours. */
  missingBody(m: MethodDesc, deps: Deps, what: string): string {
    this.warn(`${m} is ${what} with no implementation in dotnative; the program stops if it is called`);
    return `/* ${commentText(String(m))}: ${what}, not implemented */\n${this.prototype(deps, m, true)} {\n    DN_UNIMPLEMENTED(${cString(String(m))});\n}`;
  }

  private substitutedBody(m: MethodDesc, sub: Substitution, deps: Deps): string {
    const head = `/* ${commentText(String(m))}: substituted */\n${this.prototype(deps, m, true)} {`;
    const rt = m.signature.returnType;
    const isVoid = rt === this.kit.void;
    switch (sub.kind) {
      case 'constant':
        return `${head}\n    ${isVoid ? 'return;' : `return ${constantC(sub.value, rt, this)};`}\n}`;
      case 'throw':
        this.needException('NotSupported');
        return `${head}\n    dn_throw_kind(DN_EXC_NOT_SUPPORTED, "Linked away.");\n    ${isVoid ? 'return;' : this.ctypes.isStruct(rt) ? `return (${this.ctypes.storage(rt)}){0};` : 'return 0;'}\n}`;
      case 'resource-lookup':
        return this.intrinsics.resourceLookupBody(m, sub.assembly.name, deps, head);
    }
  }

  /** Whether a virtual call of m dispatches (the same rule the analysis applies). */
  dispatches(m: MethodDesc): boolean {
    return m.isVirtual && !m.isStatic && !isDevirtualizable(m);
  }
}

/** True when a generic interface or delegate definition has variant parameters. */
export function hasVariance(t: DefType): boolean {
  return t.instantiation.length > 0 && t.typeDefinition.genericParameters.some((p) => p.variance !== 'none');
}

/** A C literal for a constant of type t (bools, integers, null). */
export function constantC(v: bigint | null, t: TypeDesc, gen: ProgramGen): string {
  if (v === null) return 'NULL';
  const p = gen.ctypes.primitiveOf(t);
  if (p === 'r4' || p === 'r8') return `${Number(v)}.0`;
  if (p === 'i8' || p === 'u8') return v < 0n ? `(-INT64_C(${-v}))` : `INT64_C(${v})`;
  if (gen.ctypes.isReference(t)) return v === 0n ? 'NULL' : `(DnObject *)(intptr_t)${v}`;
  return String(v);
}

/** A C string literal (UTF-8, escaped). */
export function cString(s: string): string {
  let out = '"';
  for (const b of Buffer.from(s, 'utf8')) {
    if (b === 0x22) out += '\\"';
    else if (b === 0x5c) out += '\\\\';
    else if (b >= 0x20 && b < 0x7f && b !== 0x3f) out += String.fromCharCode(b);
    else out += '\\' + b.toString(8).padStart(3, '0');
  }
  return out + '"';
}

/** Text safe inside a C comment. */
export function commentText(s: string): string {
  return s.replace(/\*\//g, '* /').replace(/[\r\n]/g, ' ');
}
