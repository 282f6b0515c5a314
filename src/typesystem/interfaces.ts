// Interface sets and interface method resolution (ECMA-335 II.12.2, as CoreCLR implements it).
//
// The interface set of a type is its parent's (first, in the parent's order) followed by each
// declared interface and, recursively, the interfaces that interface declares, without
// duplicates, all instantiated.
//
// Each class gets a dispatch map from interface methods to vtable slots, built as CoreCLR's
// MethodTableBuilder::PlaceInterfaceMethods does (on the generic definition, shared by its
// instantiations):
//   - an interface inherited from a non-abstract parent and not re-declared keeps the parent's
//     mapping (a derived override of the slot still takes effect through the vtable);
//   - otherwise each interface method maps to the first public virtual method declared on the
//     type with the same name and signature; failing that, when the parent does not implement
//     the interface, to the most derived public virtual of the parent's vtable that matches;
//     an interface re-declared over an abstract parent only fills the methods the parent left
//     unimplemented;
//   - MethodImpls (explicit implementations) override all of that.
// A call through an interface method looks the method up in the exact type's dispatch map,
// then its parent's, and so on; the slot found is read from the exact type's vtable. Failing
// that, variant-compatible interfaces of the type (same definition, castable) are tried, level
// by level from the most derived type, each level in interface-set order (so a variant
// implementation declared by a derived class wins over one inherited from its base). Only then
// default interface methods: the most specific implementation among the interface itself and
// the interfaces of the type that override it, first for the exact interface, then through
// variance (an `ambiguous` result when there is no single most specific one, `reabstracted`
// when it is abstract). The JIT agrees with this order on every case of test/dispatch.test.ts.
//
// Static virtual members are only implemented through MethodImpls: resolveConstrainedStatic
// walks the type and its bases for one, then variant-compatible interfaces, then defaults.
import { canCastTo, isArrayGenericInterface } from './casting.js';
import { MethodAttr, type MethodDesc, signaturesEqual } from './members.js';
import { ArrayType, DefType, type TypeDesc } from './types.js';
import {
  TypeLoadError, instantiateLike, layoutOf, methodImplsOf, resolveVirtualMethod, slotSignature, substituteType,
} from './vtable.js';

export type InterfaceResolution =
  | { kind: 'method'; method: MethodDesc }
  /** No single most specific default implementation (the runtime throws AmbiguousImplementationException). */
  | { kind: 'ambiguous'; candidates: MethodDesc[] }
  /** The most specific implementation is an abstract re-declaration (the runtime throws EntryPointNotFoundException). */
  | { kind: 'reabstracted'; method: MethodDesc }
  | { kind: 'none' };

/** Thrown by resolveInterfaceMethod for a diamond without a most specific default implementation. */
export class AmbiguousImplementationError extends Error {
  constructor(readonly type: TypeDesc, readonly method: MethodDesc, readonly candidates: MethodDesc[]) {
    super(`${type}: ambiguous implementation of ${method}: ${candidates.map(String).join(', ')}`);
  }
}

const interfaceCache = new WeakMap<TypeDesc, DefType[]>();

/**
 * The full interface set of a type, instantiated and without duplicates: for a class or struct
 * its parent's interfaces then the declared ones each followed by its own base interfaces; for
 * an interface its base interfaces; for an array System.Array's plus, for T[], IList<T> and
 * IReadOnlyList<T> with theirs.
 */
export function interfacesOf(t: TypeDesc): DefType[] {
  let list = interfaceCache.get(t);
  if (list) return list;
  list = [];
  const out = list;
  const add = (i: DefType) => {
    if (out.includes(i)) return;
    out.push(i);
    for (const b of i.declaredInterfaces) add(b);
  };
  if (t instanceof DefType) {
    const base = t.baseType;
    if (base && !t.isInterface) out.push(...interfacesOf(base));
    for (const i of t.declaredInterfaces) add(i);
  } else if (t instanceof ArrayType) {
    const ctx = t.ctx;
    out.push(...interfacesOf(ctx.wellKnown('System.Array')));
    if (t.isSzArray) {
      for (const name of ['System.Collections.Generic.IList`1', 'System.Collections.Generic.IReadOnlyList`1']) {
        add(ctx.instantiate(ctx.wellKnown(name), [t.elementType]));
      }
    }
  }
  interfaceCache.set(t, list);
  return list;
}

/** Alias of interfacesOf. */
export const allInterfaces = interfacesOf;

/** True when `t` implements `iface` exactly (not through variance). */
export function implementsInterface(t: TypeDesc, iface: DefType): boolean {
  return t === iface || interfacesOf(t).includes(iface);
}

/**
 * The method an interface call (callvirt of `interfaceMethod`) reaches on an object whose exact
 * type is `t`; undefined when there is none (or it is re-abstracted). Throws
 * AmbiguousImplementationError for an unresolved diamond. Static virtual methods resolve as
 * resolveConstrainedStatic does.
 */
export function resolveInterfaceMethod(t: DefType | ArrayType, interfaceMethod: MethodDesc): MethodDesc | undefined {
  const r = resolveInterfaceMethodDetailed(t, interfaceMethod);
  switch (r.kind) {
    case 'method': return r.method;
    case 'ambiguous': throw new AmbiguousImplementationError(t, interfaceMethod, r.candidates);
    default: return undefined;
  }
}

/** resolveInterfaceMethod, with the diamond and re-abstraction cases as results. */
export function resolveInterfaceMethodDetailed(t: DefType | ArrayType, interfaceMethod: MethodDesc): InterfaceResolution {
  const q = interfaceMethod.owningType;
  if (!(q instanceof DefType) || !q.isInterface) throw new Error(`${interfaceMethod} is not an interface method`);
  if (!interfaceMethod.isVirtual) return { kind: 'method', method: interfaceMethod };
  if (interfaceMethod.isStatic) {
    if (t instanceof ArrayType) return { kind: 'none' };
    return resolveStatic(t, interfaceMethod);
  }
  if (t instanceof ArrayType) return resolveOnArray(t, q, interfaceMethod);
  if (t.isInterface) return findDefault(t, q, interfaceMethod, true);

  const exact = implementsInterface(t, q);
  if (exact) {
    const slot = findDispatchSlot(t, q, interfaceMethod);
    if (slot !== undefined) return { kind: 'method', method: implFromSlot(t, slot, interfaceMethod) };
  }
  const variants = interfacesOf(t).filter((j) => j !== q && j.def === q.def && canCastTo(j, q));
  if (variants.length) {
    for (let level: DefType | undefined = t; level; level = baseOf(level)) {
      for (const j of variants) {
        const slot = dispatchSlotAtLevel(level, j, interfaceMethod);
        if (slot !== undefined) return { kind: 'method', method: implFromSlot(t, slot, interfaceMethod) };
      }
    }
  }
  if (exact) {
    const d = findDefault(t, q, interfaceMethod, false);
    if (d.kind !== 'none') return d;
  }
  return variants.length ? findDefault(t, q, interfaceMethod, true) : { kind: 'none' };
}

/**
 * A constrained call of a static virtual (or abstract) interface method on `t`: the type's
 * MethodImpl for it, searched on `t` then its bases; then through a variant-compatible
 * interface; then the interface's default implementation. Undefined when there is none.
 */
export function resolveConstrainedStatic(t: DefType, interfaceMethod: MethodDesc): MethodDesc | undefined {
  const r = resolveStatic(t, interfaceMethod);
  switch (r.kind) {
    case 'method': return r.method;
    case 'ambiguous': throw new AmbiguousImplementationError(t, interfaceMethod, r.candidates);
    default: return undefined;
  }
}

/**
 * `constrained. T callvirt method` with T = `constrainedType`: the value type's own
 * implementation, called directly with the managed pointer; undefined means the call boxes the
 * value and makes a virtual call (also the answer for reference types: dereference, then
 * callvirt). Static virtual methods resolve as resolveConstrainedStatic does.
 */
export function resolveConstrainedCall(constrainedType: TypeDesc, method: MethodDesc): MethodDesc | undefined {
  if (method.isStatic) return constrainedType instanceof DefType ? resolveConstrainedStatic(constrainedType, method) : undefined;
  if (!(constrainedType instanceof DefType) || !constrainedType.isValueType) return undefined;
  const owner = method.owningType;
  let impl: MethodDesc | undefined;
  if (owner instanceof DefType && owner.isInterface) impl = resolveInterfaceMethod(constrainedType, method);
  else impl = resolveVirtualMethod(constrainedType, method);
  return impl && impl.owningType === constrainedType ? impl : undefined;
}

// ---- dispatch maps ----

interface DispatchMap {
  /** Interface method definitions (on the open-world interface types of the definition) to raw vtable slots. */
  entries: Map<MethodDesc, number>;
}

const dispatchMaps = new WeakMap<DefType, DispatchMap>();

function baseOf(t: DefType): DefType | undefined {
  const b = t.baseType;
  return b instanceof DefType ? b : undefined;
}

function isPublicVirtual(m: MethodDesc): boolean {
  return m.isVirtual && !m.isStatic && (m.flags & MethodAttr.MemberAccessMask) === MethodAttr.Public;
}

function sameSignature(a: MethodDesc, b: MethodDesc): boolean {
  return a.name === b.name && signaturesEqual(slotSignature(a), slotSignature(b));
}

/** The dispatch map of a class or struct definition (built over its own generic parameters). */
function dispatchMapOf(typical: DefType): DispatchMap {
  let map = dispatchMaps.get(typical);
  if (map) return map;
  const entries = new Map<MethodDesc, number>();
  map = { entries };
  dispatchMaps.set(typical, map);

  const layout = layoutOf(typical);
  const parent = baseOf(typical);
  const parentLayout = parent ? layoutOf(parent) : undefined;
  const parentInterfaces = parent ? interfacesOf(parent) : [];
  const declared = new Set(typical.declaredInterfaces);
  const candidates = typical.methods.filter(isPublicVirtual);

  for (const iface of interfacesOf(typical)) {
    const byParent = parentInterfaces.includes(iface);
    const declaredHere = declared.has(iface);
    if (byParent && !declaredHere && !parent!.isAbstract) continue;
    for (const im of iface.methods) {
      if (!im.isVirtual || im.isStatic) continue;
      // Over an abstract parent, only what the parent left unimplemented.
      if (byParent && !declaredHere && findDispatchSlot(parent!, iface, im) !== undefined) continue;
      const own = candidates.find((m) => sameSignature(m, im));
      let slot = own ? layout.slotOf.get(own) : undefined;
      if (slot === undefined && !byParent && parentLayout) {
        for (let i = parentLayout.slots.length - 1; i >= 0; i--) {
          const m = parentLayout.slots[i]!.last;
          if (isPublicVirtual(m) && sameSignature(m, im)) { slot = i; break; }
        }
      }
      if (slot !== undefined) entries.set(im, slot);
    }
  }
  for (const { decl, body } of methodImplsOf(typical)) {
    if (decl.isStatic || !(decl.owningType instanceof DefType) || !decl.owningType.isInterface) continue;
    const slot = layout.slotOf.get(body.typicalDefinition);
    if (slot === undefined) throw new TypeLoadError(`${typical}: MethodImpl body ${body} of ${decl} is not a virtual method of the type`);
    entries.set(decl.methodDefinition, slot);
  }
  return map;
}

/** The slot `level`'s own dispatch map gives `iface`'s method (iface written in `level`'s instantiation). */
function dispatchSlotAtLevel(level: DefType, iface: DefType, im: MethodDesc): number | undefined {
  const typical = level.typeDefinition;
  const map = dispatchMapOf(typical);
  let found: number | undefined;
  // Several interfaces of the definition may become the same one in this instantiation; the last that maps the method wins.
  for (const open of interfacesOf(typical)) {
    if (open.def !== iface.def || substituteType(open, level) !== iface) continue;
    const slot = map.entries.get(typical.ctx.methodForDefinition(open, im.def!.rid));
    if (slot !== undefined) found = slot;
  }
  return found;
}

/** The vtable slot an interface method is dispatched to on `t`, from `t`'s dispatch map or its parents'. */
function findDispatchSlot(t: DefType, iface: DefType, im: MethodDesc): number | undefined {
  for (let level: DefType | undefined = t; level; level = baseOf(level)) {
    if (!implementsInterface(level, iface)) return undefined;
    const slot = dispatchSlotAtLevel(level, iface, im);
    if (slot !== undefined) return slot;
  }
  return undefined;
}

function implFromSlot(t: DefType, slot: number, call: MethodDesc): MethodDesc {
  return instantiateLike(layoutOf(t).slots[slot]!.impl, call);
}

// ---- default interface methods ----

/** The same method definition on another instantiation of its interface. */
function methodOn(iface: DefType, m: MethodDesc): MethodDesc {
  return iface.ctx.methodForDefinition(iface, m.def!.rid);
}

/**
 * The most specific default implementation of `im` (on interface `q`) among the interfaces of
 * `t` (and `t` itself when it is an interface). With `variance`, interfaces variant-compatible
 * with `q` count as `q`.
 */
function findDefault(t: DefType, q: DefType, im: MethodDesc, variance: boolean): InterfaceResolution {
  const matches = (x: DefType) => x === q || (variance && x.def === q.def && canCastTo(x, q));
  const consider = t.isInterface ? [...interfacesOf(t), t] : interfacesOf(t);
  const found: { iface: DefType; impl: MethodDesc }[] = [];
  for (const j of consider) {
    if (matches(j)) {
      const own = methodOn(j, im);
      if (!own.isAbstract) found.push({ iface: j, impl: own });
      continue;
    }
    for (const { decl, body } of methodImplsOf(j)) {
      const owner = decl.owningType;
      if (!(owner instanceof DefType) || !decl.def || decl.def.rid !== im.def!.rid || owner.assembly !== q.assembly || !matches(owner)) continue;
      found.push({ iface: j, impl: body });
      break;
    }
  }
  const best = found.filter((c) => !found.some((d) => d !== c && d.iface !== c.iface && interfacesOf(d.iface).includes(c.iface)));
  const impls = [...new Set(best.map((c) => c.impl))];
  if (!impls.length) return { kind: 'none' };
  if (impls.length > 1) return { kind: 'ambiguous', candidates: impls.map((m) => instantiateLike(m, im)) };
  const impl = instantiateLike(impls[0]!, im);
  return impl.isAbstract ? { kind: 'reabstracted', method: impl } : { kind: 'method', method: impl };
}

// ---- static virtual methods ----

function staticImplOn(level: DefType, im: MethodDesc): MethodDesc | undefined {
  const def = im.methodDefinition;
  for (const { decl, body } of methodImplsOf(level)) {
    if (decl === def) return instantiateLike(body, im);
  }
  return undefined;
}

function resolveStatic(t: DefType, im: MethodDesc): InterfaceResolution {
  const q = im.owningType as DefType;
  for (let level: DefType | undefined = t; level; level = baseOf(level)) {
    const impl = staticImplOn(level, im);
    if (impl) return { kind: 'method', method: impl };
  }
  const variants = interfacesOf(t).filter((j) => j !== q && j.def === q.def && canCastTo(j, q));
  for (let level: DefType | undefined = t; level && variants.length; level = baseOf(level)) {
    for (const j of variants) {
      const impl = staticImplOn(level, instantiateLike(methodOn(j, im), im));
      if (impl) return { kind: 'method', method: impl };
    }
  }
  const d = findDefault(t, q, im, false);
  if (d.kind !== 'none' || !variants.length) return d;
  return findDefault(t, q, im, true);
}

// ---- arrays ----

/**
 * Interface calls on arrays: the generic collection interfaces of T[] are implemented by the
 * generic methods of System.SZArrayHelper (instantiated over the interface's type argument),
 * everything else by System.Array.
 */
function resolveOnArray(t: ArrayType, q: DefType, im: MethodDesc): InterfaceResolution {
  const ctx = t.ctx;
  if (t.isSzArray && isArrayGenericInterface(q) && canCastTo(t, q)) {
    const helper = ctx.wellKnown('System.SZArrayHelper');
    const m = helper.methods.find((h) => h.name === im.name && h.instantiation.length === 1 && h.signature.params.length === im.signature.params.length);
    if (m) return { kind: 'method', method: ctx.method(helper, m.def!.rid, [q.instantiation[0]!]) };
    return { kind: 'none' };
  }
  return resolveInterfaceMethodDetailed(ctx.wellKnown('System.Array'), im);
}
