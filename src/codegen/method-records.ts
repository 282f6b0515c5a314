// Method records: what CoreLib's member reflection (Type.GetMethods/GetMethod/GetConstructors,
// MethodInfo.Invoke, Activator.CreateInstance(Type, args), Delegate.CreateDelegate, Delegate.Method)
// asks the runtime about methods, as compile-time data (DnMethodInfo, runtime/include/dn_typeinfo.h).
//
// In a closed world, reflection sees the methods of the types the application can name: those
// it names by a token (typeof) or constructs (non-generic ones), with their base types (GetMethods lists inherited
// members), and the targets of the delegates it creates (Delegate.Method). When the program keeps
// CoreLib's method enumeration (RuntimeTypeHandle.GetFirstIntroducedMethod) or
// Delegate.FindMethodHandle, each of those types gets an array of records, one per method whose
// signature reflection can describe (no byref, pointer or generic-parameter types, no generic
// methods), and every such method is kept and compiled: reflection may call it. A record holds
// the method's name, attributes, vtable slot, signature as MethodTables, its code, an entry that
// takes `this` as an object (delegates), and an invoke thunk (MethodBase.Invoke).
import { decodeIl } from '../metadata/il/decoder.js';
import { VirtualUseNode } from '../analysis/nodes.js';
import { isDevirtualizable } from '../analysis/scanner.js';
import { isNullable } from '../typesystem/casting.js';
import { MethodDesc } from '../typesystem/members.js';
import { ArrayType, DefType, type TypeDesc } from '../typesystem/types.js';
import { vtableOf, vtableSlotOf } from '../typesystem/vtable.js';
import type { Deps } from './deps.js';
import { cString, type ProgramGen } from './program.js';

/** What the kept methods ask for. */
export interface MethodRecordUse {
  /** Member enumeration (GetMethods, GetMethod, GetConstructors, Activator with arguments). */
  members: boolean;
  /** Delegate.Method (Delegate_FindMethodHandle). */
  delegates: boolean;
  /** Exception.TargetSite (ExceptionNative_GetMethodFromStackTrace): application methods, found by their code. */
  targetSite: boolean;
}

/** The kept methods whose presence makes records necessary. */
export const MEMBER_ENUMERATION = 'System.RuntimeTypeHandle::GetFirstIntroducedMethod';
export const DELEGATE_METHOD = 'Delegate_FindMethodHandle';
export const TARGET_SITE = 'ExceptionNative_GetMethodFromStackTrace';

interface Plan {
  /** Types with records, and their described methods. */
  types: Map<DefType, MethodDesc[]>;
  /** The record arrays written so far (the data unit lists them). */
  emitted: string[];
}
const plans = new WeakMap<ProgramGen, Plan>();

function planOf(gen: ProgramGen): Plan {
  let p = plans.get(gen);
  if (!p) plans.set(gen, (p = { types: new Map(), emitted: [] }));
  return p;
}

/** Application methods already scanned, the types they name by a token and the methods they
 * take the address of (accumulated: what a round finds counts in every later one). */
interface Scan {
  scanned: Set<MethodDesc>;
  named: Set<DefType>;
  delegateTargets: Set<MethodDesc>;
}
const scans = new WeakMap<ProgramGen, Scan>();

function scanOf(gen: ProgramGen): Scan {
  let s = scans.get(gen);
  if (!s) scans.set(gen, (s = { scanned: new Set(), named: new Set(), delegateTargets: new Set() }));
  return s;
}

/**
 * The types member reflection (methods and fields) describes: those the application names by
 * a token and its constructed non-generic types, each followed by its base chain (GetMethods and
 * GetFields list inherited members). Constructed generic instantiations are described only when
 * named: describing every method of each would keep methods that construct deeper
 * instantiations, without end.
 */
export function reflectedTypes(gen: ProgramGen): DefType[] {
  const scan = scanOf(gen);
  scanApplication(gen, scan);
  const roots: DefType[] = [...scan.named];
  for (const t of gen.constructed) {
    if (t instanceof DefType && !t.instantiation.length && !gen.isFrameworkAssembly(t.assembly)) roots.push(t);
  }
  const out = new Set<DefType>();
  for (const t of roots) for (let b: TypeDesc | undefined = t; b instanceof DefType; b = b.baseType) out.add(b);
  return [...out];
}

/** A type reflection can hand out as a RuntimeType of a signature. */
export function describableType(t: TypeDesc): boolean {
  if (t.containsGenericParameters) return false;
  if (t instanceof ArrayType) return describableType(t.elementType);
  return t instanceof DefType && !(t.isValueType && t.ctx.resolver.hasAttribute(t.assembly, t.def.token, 'System.Runtime.CompilerServices.IsByRefLikeAttribute'));
}

/** Whether reflection can describe (and call) `m` with what the records hold. */
function describable(m: MethodDesc): boolean {
  if (m.isGenericMethod || m.instantiation.length || m.name === '.cctor') return false;
  const owner = m.owningType as DefType;
  // A delegate's asynchronous pair has no implementation in .NET Core; String's constructors
  // are allocating String.Ctor methods in disguise (a `newobj` of them is rewritten).
  if (owner.isDelegate && m.name !== 'Invoke' && !m.isConstructor) return false;
  if (owner === owner.ctx.wellKnown('System.String') && m.isConstructor) return false;
  const sig = m.signature;
  if ((sig.callingConvention & 0xf) !== 0) return false;
  return [sig.returnType, ...sig.params].every(describableType);
}

/** The methods of `t` that get records, in metadata order. */
function describedMethods(t: DefType): MethodDesc[] {
  return t.methods.filter(describable);
}

/** Adds to the plan the types the application names by a token and the targets of its ldftn/ldvirtftn. */
function scanApplication(gen: ProgramGen, scan: Scan): void {
  const { named, delegateTargets } = scan;
  for (const m of gen.kept) {
    if (scan.scanned.has(m) || gen.isFrameworkMethod(m) || !m.hasIL || !m.def) continue;
    const owner = m.owningType;
    if (!(owner instanceof DefType) || owner.containsGenericParameters || m.instantiation.some((a) => a.containsGenericParameters)) continue;
    scan.scanned.add(m);
    const file = m.def.assembly;
    const body = file.methodBody(m.def.rid);
    if (!body) continue;
    const gc = { typeArgs: owner.instantiation, methodArgs: m.instantiation };
    for (const ins of decodeIl(body.il)) {
      const name = ins.opcode.name;
      if (name !== 'ldtoken' && name !== 'ldftn' && name !== 'ldvirtftn') continue;
      try {
        const x = m.ctx.resolver.resolveAny(file, ins.operand as number, gc);
        if (name === 'ldtoken' && x instanceof DefType && !x.containsGenericParameters) named.add(x);
        else if (name !== 'ldtoken' && x instanceof MethodDesc) delegateTargets.add(x);
      } catch {
        // An unresolvable token is reported where the method is compiled.
      }
    }
  }
}

/** Adds `t` (with its described methods) to the plan and keeps what its records point at. */
function describe(gen: ProgramGen, plan: Plan, t: DefType, only?: MethodDesc): void {
  let list = plan.types.get(t);
  if (!list) plan.types.set(t, (list = []));
  const methods = only ? (describable(only) ? [only] : []) : describedMethods(t);
  gen.mtsUsed.add(t);
  for (const m of methods) {
    if (list.includes(m)) continue;
    list.push(m);
    const why = `reflection over ${t}`;
    for (const x of [m.signature.returnType, ...m.signature.params]) {
      gen.mtsUsed.add(x);
      // Invoke boxes returned values and unboxes arguments.
      if (x.isValueType && x !== gen.kit.void) gen.requireConstructed(isNullable(x) ? (x as DefType).instantiation[0]! : x, why);
    }
    if (m.isConstructor && !t.isAbstract && !t.isInterface) gen.requireConstructed(t, why);
    if (m.isAbstract) {
      if (!m.isStatic) gen.pendingRoots.push({ node: new VirtualUseNode(m), why });
      continue;
    }
    // Internal calls are described (GetMethods lists them) but not called through the record.
    if (!hasCode(m)) continue;
    gen.require(m, why);
    if (m.isVirtual && !m.isStatic && !isDevirtualizable(m)) gen.pendingRoots.push({ node: new VirtualUseNode(m), why });
  }
  list.sort((a, b) => a.token - b.token);
}

/** Gives `m` a record (and keeps it), whatever else reflection describes: custom attribute constructors. */
export function requireMethodRecord(gen: ProgramGen, m: MethodDesc): void {
  const owner = m.owningType;
  if (owner instanceof DefType && !owner.containsGenericParameters) describe(gen, planOf(gen), owner, m);
}

/** Whether the record can point at compiled code: methods with IL, and P/Invokes. */
function hasCode(m: MethodDesc): boolean {
  return !m.isAbstract && (m.hasIL || m.isPInvoke);
}

/** Called every code generation round while the program keeps reflection over methods. */
export function planMethodRecords(gen: ProgramGen, use: MethodRecordUse): void {
  const plan = planOf(gen);
  if (use.members) {
    for (const b of reflectedTypes(gen)) {
      if (!plan.types.has(b) || plan.types.get(b)!.length < describedMethods(b).length) describe(gen, plan, b);
    }
  }
  if (use.targetSite) {
    // The methods an exception can be thrown from that Exception.TargetSite can name: the
    // application's (their stack trace records hold their code, methods.ts).
    for (const m of gen.kept) {
      const owner = m.owningType;
      if (gen.isFrameworkMethod(m) || !m.hasIL || !(owner instanceof DefType) || owner.containsGenericParameters) continue;
      if (!plan.types.get(owner)?.includes(m)) describe(gen, plan, owner, m);
    }
  }
  if (use.delegates) {
    const scan = scanOf(gen);
    scanApplication(gen, scan);
    for (const m of scan.delegateTargets) {
      const owner = m.owningType;
      if (owner instanceof DefType && !owner.containsGenericParameters) describe(gen, plan, owner, m);
    }
  }
}

/**
 * The data unit's list of every record array, NULL-terminated (Delegate.FindMethodHandle
 * searches it): after the descriptors, when the program has records at all.
 */
export function methodRecordList(gen: ProgramGen): string[] {
  const plan = plans.get(gen);
  if (!plan) return [];
  const names = [...plan.emitted].sort();
  return [`const DnMethodInfo *const dn_program_method_records[] = {${[...names, 'NULL'].join(', ')}};`];
}

/** Every emitted record: its method, array and index (metadata-import.ts's token tables). */
export function methodRecordRefs(gen: ProgramGen): { method: MethodDesc; array: string; index: number }[] {
  const plan = plans.get(gen);
  if (!plan) return [];
  const emitted = new Set(plan.emitted);
  const out: { method: MethodDesc; array: string; index: number }[] = [];
  for (const [t, methods] of plan.types) {
    const array = methodRecordsName(gen, t);
    if (!emitted.has(array)) continue;
    methods.forEach((method, index) => {
      if (method.def) out.push({ method, array, index });
    });
  }
  return out;
}

/** The C name of a type's record array. */
export function methodRecordsName(gen: ProgramGen, t: TypeDesc): string {
  return `${gen.names.mt(t)}__methods`;
}

// ---- emission (typeinfo.ts, for each descriptor with records) --------------------------------

/** The side tables of `t`'s records (thunks and the record array) and the `.methods` initializer. */
export function methodRecordsFor(gen: ProgramGen, t: TypeDesc, deps: Deps): { lines: string[]; field: string } | undefined {
  const methods = t instanceof DefType ? plans.get(gen)?.types.get(t) : undefined;
  if (!methods) return undefined;
  const name = methodRecordsName(gen, t);
  plans.get(gen)!.emitted.push(name);
  const lines: string[] = [];
  const records: string[] = [];
  methods.forEach((m, i) => {
    const compiled = hasCode(m) && gen.isCompiled(m);
    const sig = m.signature;
    let params = 'NULL';
    if (sig.params.length) {
      params = `${name}_p${i}`;
      lines.push(`static const DnMethodTable *const ${params}[] = {${sig.params.map((p) => gen.mt(deps, p)).join(', ')}};`);
    }
    const code = compiled ? `(DnFnPtr)${gen.fnAddress(deps, m, false)}` : 'NULL';
    const objectCode = objectEntry(gen, deps, m, `${name}_o${i}`, lines) ?? code;
    const invoke = invokeThunk(gen, deps, m, `${name}_i${i}`, lines);
    const slot = m.isVirtual && !m.isStatic ? vtableSlotOf(m) ?? -1 : -1;
    records.push(`{ .owner = ${gen.mt(deps, t)}, .name = ${cString(m.name)}, .attributes = 0x${m.flags.toString(16)}, ` +
      `.impl_attributes = 0x${m.implFlags.toString(16)}, .token = 0x${recordToken(gen, m).toString(16)}, .slot = ${slot}, .param_count = ${sig.params.length}, ` +
      `.ret = ${gen.mt(deps, sig.returnType)}, .params = ${params}, .code = ${code}, .object_code = ${objectCode}, .invoke = ${invoke} }`);
  });
  records.push(`{ .owner = NULL, .slot = ${vtableOf(t as DefType).length} }`);
  lines.push(`const DnMethodInfo ${name}[] = {\n    ${records.join(',\n    ')},\n};`);
  return { lines, field: `.methods = ${name}` };
}

/**
 * The MethodDef token a record answers (RuntimeMethodHandle.GetMethodDef): the real one for the
 * application's methods, whose assemblies embed their metadata (metadata-import.ts); the nil
 * token for framework methods, whose metadata is not embedded: CoreLib then builds their
 * parameters from the signature alone (ParameterInfo.Name null, no default values) and finds
 * no custom attributes on them, instead of failing on the missing metadata.
 */
function recordToken(gen: ProgramGen, m: MethodDesc): number {
  return m.def && !gen.isFrameworkAssembly(m.def.assembly) ? m.token : 0x06000000;
}

/** Whether a virtual call of `m` must look the code up in the object's vtable. */
function dispatchesVirtually(m: MethodDesc): boolean {
  const owner = m.owningType as DefType;
  return m.isVirtual && !m.isStatic && !isDevirtualizable(m) && !owner.isValueType && !owner.isInterface && vtableSlotOf(m) !== undefined;
}

/** The entry taking `this` as an object, when it is not the method's own code. */
function objectEntry(gen: ProgramGen, deps: Deps, m: MethodDesc, name: string, lines: string[]): string | undefined {
  if (m.isStatic) return undefined;
  const owner = m.owningType as DefType;
  if (owner.isInterface) return 'NULL';
  if (owner.isValueType) return !hasCode(m) || !gen.isCompiled(m) ? 'NULL' : `(DnFnPtr)${gen.fnAddress(deps, m, true)}`;
  if (!dispatchesVirtually(m)) return undefined;
  const ct = gen.ctypes;
  const ps = gen.paramTypes(m).slice(1).map((p) => ct.storage(p));
  const ret = ct.storage(m.signature.returnType);
  const formals = ['DnObject *self', ...ps.map((p, i) => `${p} a${i}`)].join(', ');
  const actuals = ['self', ...ps.map((_, i) => `a${i}`)].join(', ');
  const fnType = `${ret} (*)(${['DnObject *', ...ps].join(', ')})`;
  const call = `((${fnType})DN_VIRTUAL(self, ${vtableSlotOf(m)}))(${actuals})`;
  lines.push(`static ${ret} ${name}(${formals}) {\n    ${m.signature.returnType === gen.kit.void ? `${call};` : `return ${call};`}\n}`);
  return `(DnFnPtr)${name}`;
}

/** The MethodBase.Invoke thunk of `m` (DnMethodInvoker), or 'NULL' when it cannot be called. */
function invokeThunk(gen: ProgramGen, deps: Deps, m: MethodDesc, name: string, lines: string[]): string {
  const owner = m.owningType as DefType;
  if (owner.isInterface && !m.isStatic) return 'NULL';
  const virtual = dispatchesVirtually(m);
  if (!virtual && (!hasCode(m) || !gen.isCompiled(m))) return 'NULL';
  const ct = gen.ctypes;
  const sig = m.signature;
  const body: string[] = ['(void)target; (void)args; (void)construct;'];
  const actuals: string[] = [];
  if (!m.isStatic) {
    if (m.isConstructor) {
      body.push('DnObject *self = target;');
      if (!owner.isAbstract) body.push(`if (construct) { self = dn_alloc_object(${gen.mt(deps, owner)}); if (self == NULL) return NULL; }`);
    } else body.push('DnObject *self = target;');
    actuals.push(owner.isValueType ? `(${ct.storage(gen.ctx.byRefType(owner))})((uint8_t *)self + 8)` : `(${ct.storage(owner)})self`);
  }
  sig.params.forEach((p, i) => actuals.push(`*(${ct.storage(p)} *)args[${i}]`));
  let callee: string;
  if (virtual) {
    const ps = gen.paramTypes(m).map((p) => ct.storage(p));
    ps[0] = 'DnObject *';
    actuals[0] = 'self';
    callee = `((${ct.storage(sig.returnType)} (*)(${ps.join(', ')}))DN_VIRTUAL(self, ${vtableSlotOf(m)}))`;
  } else callee = gen.fnAddress(deps, m, false);
  const ret = sig.returnType;
  const isVoid = ret === gen.kit.void;
  body.push(`${isVoid ? '' : `${ct.decl(ct.storage(ret), 'r')} = `}${callee}(${actuals.join(', ')});`);
  body.push('if (DN_UNLIKELY(dn_exception_pending())) return NULL;');
  if (m.isConstructor && !m.isStatic) body.push('return self;');
  else if (isVoid) body.push('return NULL;');
  else if (ct.isReference(ret)) body.push('return (DnObject *)r;');
  else if (isNullable(ret)) body.push(`return dn_box_nullable(${gen.mt(deps, ret)}, &r);`);
  else body.push(`return dn_box(${gen.mt(deps, ret)}, &r);`);
  lines.push(`static DnObject *${name}(DnObject *target, void **args, bool construct) {\n    ${body.join('\n    ')}\n}`);
  return name;
}
