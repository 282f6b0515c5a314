// Virtual slot assignment and override resolution, as CoreCLR's MethodTableBuilder does it.
//
// A class's vtable is its parent's slots followed by new ones. Each declared virtual instance
// method, in metadata order, either
//   - takes a new slot (it is `newslot`, the type is an interface, or nothing matches), or
//   - reuses the slot of the most derived parent slot whose declaring method has the same name
//     and signature (the parent's signatures substituted with the type's own generic
//     parameters, so the layout is decided once for the generic definition and shared by all
//     its instantiations). Access does not matter (a private virtual is overridden too), except
//     that overriding a `final` method, or a `strict` (CheckAccessOnOverride) one this type
//     cannot see, makes the type unloadable (TypeLoadError), as in CoreCLR.
// Then the type's MethodImpls (`.override`) put their bodies into the slots of their
// declarations (a base-class method's own slot; interface declarations go to interfaces.ts).
// A slot filled by a MethodImpl follows its body's own slot in derived types: overriding the
// body overrides it too. A C# 9 covariant override is exactly that: a `newslot` method plus a
// MethodImpl of the base method (marked PreserveBaseOverridesAttribute), so an override of the
// covariant override in a further derived type also replaces the base slot.
//
// Generic virtual methods take part in the layout (that is how an override finds its slot),
// but are resolved per instantiation: vtableOf() leaves them out, resolveVirtualMethod()
// instantiates the implementation found with the call's method arguments.
import { ByteReader } from '../metadata/bytes.js';
import { readSerString } from '../metadata/customattributes.js';
import { decodeMethodSig } from '../metadata/signatures.js';
import { type GenericContext } from './resolve.js';
import { MethodAttr, type MethodDesc, type MethodSignature, signaturesEqual } from './members.js';
import { ArrayType, ByRefType, DefType, FunctionPointerType, GenericParameter, PointerType, type TypeDesc } from './types.js';
import { resolveInterfaceMethod } from './interfaces.js';

export interface VTableSlot {
  /** Slot number (in vtableOf order; generic virtual methods have no slot). */
  slot: number;
  /** The method that introduced the slot. */
  declaration: MethodDesc;
  /** The implementation a call through this slot reaches on this type (an abstract method when there is none). */
  implementation: MethodDesc;
}

/** A type the runtime would refuse to load (CoreCLR: TypeLoadException). */
export class TypeLoadError extends Error {}

/** @internal One slot of the full layout (generic virtual methods included). */
export interface RawSlot {
  decl: MethodDesc;
  /** The most derived method that took this slot by name and signature (matched by overrides). */
  last: MethodDesc;
  impl: MethodDesc;
}

/** @internal The full layout of a type; `slotOf` maps typical method definitions to raw slots. */
export interface Layout {
  slots: RawSlot[];
  slotOf: Map<MethodDesc, number>;
  /** Raw slot number to vtableOf slot number (-1 for generic virtual methods). */
  exported: number[];
}

const layouts = new WeakMap<DefType, Layout>();

/** @internal The full slot layout of a class, struct or interface. */
export function layoutOf(t: DefType): Layout {
  let l = layouts.get(t);
  if (!l) {
    l = t.typeDefinition === t ? buildLayout(t) : instantiateLayout(layoutOf(t.typeDefinition), t);
    layouts.set(t, l);
  }
  return l;
}

/** The vtable of a type: inherited slots first, then the new ones, generic virtual methods left out. */
export function vtableOf(t: DefType): VTableSlot[] {
  const l = layoutOf(t);
  const out: VTableSlot[] = [];
  l.slots.forEach((s, i) => {
    if (l.exported[i]! >= 0) out.push({ slot: l.exported[i]!, declaration: s.decl, implementation: s.impl });
  });
  return out;
}

/**
 * The vtableOf slot number a virtual method occupies in its owning type (for an interface
 * method, its slot in the interface's own vtableOf); undefined for non-virtual, static and
 * generic virtual methods.
 */
export function vtableSlotOf(method: MethodDesc): number | undefined {
  const owner = method.owningType;
  if (!(owner instanceof DefType) || !method.isVirtual || method.isStatic) return undefined;
  const l = layoutOf(owner);
  const raw = l.slotOf.get(method.typicalDefinition);
  if (raw === undefined) return undefined;
  const e = l.exported[raw]!;
  return e >= 0 ? e : undefined;
}

/** The method that introduced the slot `method` occupies (itself for newslot methods; `method` if it is not virtual). */
export function slotDefiningMethod(method: MethodDesc): MethodDesc {
  const owner = method.owningType;
  if (!(owner instanceof DefType) || !method.isVirtual || method.isStatic) return method;
  const l = layoutOf(owner);
  const raw = l.slotOf.get(method.typicalDefinition);
  if (raw === undefined) return method;
  return instantiateLike(l.slots[raw]!.decl, method);
}

/**
 * The method a `callvirt method` reaches on an object whose exact type is `t`. Non-virtual
 * methods are returned as they are; interface methods go through resolveInterfaceMethod
 * (TypeLoadError when `t` has no implementation); generic virtual methods are instantiated
 * with the call's method arguments.
 */
export function resolveVirtualMethod(t: DefType | ArrayType, method: MethodDesc): MethodDesc {
  if (!method.isVirtual) return method;
  const owner = method.owningType;
  if (owner instanceof ArrayType) return method;
  if (owner.isInterface) {
    const impl = resolveInterfaceMethod(t, method);
    if (!impl) throw new TypeLoadError(`${t} does not implement ${method}`);
    return impl;
  }
  if (method.isStatic) return method;
  const type = t instanceof ArrayType ? t.ctx.wellKnown('System.Array') : t;
  let derives = false;
  for (let b: TypeDesc | undefined = type; b && !derives; b = b.baseType) derives = b === owner;
  if (!derives) throw new Error(`${t} does not derive from ${owner}, which declares ${method}`);
  const l = layoutOf(type);
  const raw = l.slotOf.get(method.typicalDefinition);
  if (raw === undefined) throw new TypeLoadError(`${method} is not a virtual method of ${t} or its base types`);
  return instantiateLike(l.slots[raw]!.impl, method);
}

/** `impl` (a method definition) instantiated with the method type arguments of `call`, if it has any. */
export function instantiateLike(impl: MethodDesc, call: MethodDesc): MethodDesc {
  if (!call.isGenericMethod || call.isMethodDefinition || !impl.def || !(impl.owningType instanceof DefType)) return impl;
  return impl.ctx.method(impl.owningType, impl.def.rid, call.instantiation);
}

// ---- building ----

function buildLayout(t: DefType): Layout {
  const parent = t.isInterface ? undefined : t.baseType;
  const pl = parent instanceof DefType ? layoutOf(parent) : undefined;
  const slots: RawSlot[] = pl ? pl.slots.map((s) => ({ ...s })) : [];
  const slotOf = new Map(pl?.slotOf);
  const parentCount = slots.length;

  for (const m of t.methods) {
    if (!m.isVirtual || m.isStatic) continue;
    let slot = -1;
    if (!t.isInterface && !m.isNewSlot && parentCount) slot = findOverridden(slots, parentCount, m);
    if (slot >= 0) {
      const overridden = slots[slot]!.last;
      if (overridden.isFinal) throw new TypeLoadError(`${m} overrides the final method ${overridden}`);
      if ((overridden.flags & MethodAttr.CheckAccessOnOverride) !== 0 && !accessibleForOverride(overridden, t)) {
        throw new TypeLoadError(`${m} overrides ${overridden}, which is not visible from ${t.assembly.name}`);
      }
      slots[slot] = { decl: slots[slot]!.decl, last: m, impl: m };
    } else {
      slot = slots.length;
      slots.push({ decl: m, last: m, impl: m });
    }
    slotOf.set(m, slot);
  }

  // MethodImpls whose declaration is a class method: the body goes into the declaration's slot.
  const explicit = new Set<number>();
  if (!t.isInterface) {
    for (const { decl, body } of methodImplsOf(t)) {
      if (decl.isStatic || !(decl.owningType instanceof DefType) || decl.owningType.isInterface) continue;
      const slot = slotOf.get(decl.typicalDefinition);
      if (slot === undefined) throw new TypeLoadError(`${t}: MethodImpl declaration ${decl} is not a virtual method of the type or its bases`);
      if (!body.isVirtual) throw new TypeLoadError(`${t}: MethodImpl body ${body} is not virtual`);
      slots[slot] = { ...slots[slot]!, impl: body };
      explicit.add(slot);
    }
  }

  // An inherited slot filled by a MethodImpl follows its body's own slot: overriding the body
  // (by name and signature or by another MethodImpl) also overrides the slots it was placed in,
  // unless this type gives such a slot an implementation of its own. (This is what makes a C# 9
  // covariant override, a newslot method plus a MethodImpl of the base method, overridable.)
  for (let i = 0; i < parentCount; i++) {
    if (explicit.has(i)) continue;
    const inherited = pl!.slots[i]!.impl;
    if (slots[i]!.impl !== inherited) continue;
    const own = slotOf.get(inherited.typicalDefinition);
    if (own === undefined || own === i || own >= parentCount) continue;
    if (slots[own]!.impl !== pl!.slots[own]!.impl) slots[i] = { ...slots[i]!, impl: slots[own]!.impl };
  }

  const exported: number[] = [];
  let n = 0;
  for (const s of slots) exported.push(s.decl.isGenericMethod ? -1 : n++);
  return { slots, slotOf, exported };
}

/** The parent slot a non-newslot virtual overrides: the most derived slot whose method matches by name and signature. */
function findOverridden(slots: RawSlot[], parentCount: number, m: MethodDesc): number {
  const sig = slotSignature(m);
  for (let i = parentCount - 1; i >= 0; i--) {
    const cand = slots[i]!.last;
    // Compiler-controlled (privatescope) methods are never matched by name.
    if ((cand.flags & MethodAttr.MemberAccessMask) === 0) continue;
    if (cand.name === m.name && signaturesEqual(slotSignature(cand), sig)) return i;
  }
  return -1;
}

/**
 * Whether `t` can see `parent` for a `strict` (CheckAccessOnOverride) override. Without
 * `strict`, CoreCLR lets any name-and-signature match override, private methods included.
 */
function accessibleForOverride(parent: MethodDesc, t: DefType): boolean {
  switch (parent.flags & MethodAttr.MemberAccessMask) {
    case MethodAttr.Private:
      return isNestedIn(t, parent.owningType as DefType);
    case 2: // family-and-assembly
    case 3: // assembly
      return sameAssemblyOrFriend(parent.owningType as DefType, t);
    default: // family, family-or-assembly, public
      return true;
  }
}

function isNestedIn(t: DefType, outer: DefType): boolean {
  for (let c: DefType | undefined = t; c; c = c.containingType) if (c.def === outer.def) return true;
  return false;
}

const friendCache = new WeakMap<object, Set<string>>();

/** Same assembly, or `owner`'s assembly grants InternalsVisibleTo to `t`'s. */
function sameAssemblyOrFriend(owner: DefType, t: DefType): boolean {
  if (owner.assembly === t.assembly) return true;
  const file = owner.assembly;
  let friends = friendCache.get(file);
  if (!friends) {
    friends = new Set();
    for (const ca of file.md.customAttributesOf(0x20000001)) {
      if (owner.ctx.resolver.attributeTypeName(file, ca) !== 'System.Runtime.CompilerServices.InternalsVisibleToAttribute') continue;
      const blob = file.md.blobs.get(file.md.row('CustomAttribute', ca).Value);
      const name = readSerString(new ByteReader(blob, 2, 'InternalsVisibleTo'));
      if (name) friends.add(name.split(',')[0]!.trim().toLowerCase());
    }
    friendCache.set(file, friends);
  }
  return friends.has(t.assembly.name.toLowerCase());
}

const implCache = new WeakMap<DefType, { decl: MethodDesc; body: MethodDesc }[]>();

/** The MethodImpl records of a type, resolved in the type's own generic context. */
export function methodImplsOf(t: DefType): { decl: MethodDesc; body: MethodDesc }[] {
  let list = implCache.get(t);
  if (!list) {
    const file = t.assembly, md = file.md;
    const gc: GenericContext = { typeArgs: t.instantiation };
    list = md.methodImplsOf(t.def.rid).map((r) => {
      const row = md.row('MethodImpl', r);
      return { decl: t.ctx.resolver.resolveMethod(file, row.MethodDeclaration, gc), body: t.ctx.resolver.resolveMethod(file, row.MethodBody, gc) };
    });
    implCache.set(t, list);
  }
  return list;
}

const sigCache = new WeakMap<MethodDesc, MethodSignature>();

/**
 * The signature used to match methods by name and signature: type-level generic parameters
 * substituted (so they compare by identity), method-level ones left as !!n so that the
 * generic methods of two different types compare by position.
 */
export function slotSignature(m: MethodDesc): MethodSignature {
  if (!m.isGenericMethod || !m.def || !(m.owningType instanceof DefType)) return m.signature;
  let s = sigCache.get(m);
  if (!s) {
    const file = m.def.assembly;
    s = m.ctx.resolver.methodSigFrom(file, decodeMethodSig(file.md.blobs.get(m.row.Signature)), { typeArgs: m.owningType.instantiation });
    sigCache.set(m, s);
  }
  return s;
}

// ---- instantiation ----

function instantiateLayout(open: Layout, t: DefType): Layout {
  const map = (m: MethodDesc) => substituteMethod(m, t);
  return {
    slots: open.slots.map((s) => ({ decl: map(s.decl), last: map(s.last), impl: map(s.impl) })),
    slotOf: open.slotOf,
    exported: open.exported,
  };
}

/**
 * A type written over the generic parameters of `inst`'s definition, with those parameters
 * replaced by `inst`'s type arguments.
 */
export function substituteType(t: TypeDesc, inst: DefType): TypeDesc {
  if (!inst.instantiation.length) return t;
  const def = inst.def;
  const ctx = inst.ctx;
  const sub = (x: TypeDesc): TypeDesc => {
    if (!x.containsGenericParameters) return x;
    if (x instanceof GenericParameter) return x.kind === 'type' && x.ownerType === def ? inst.instantiation[x.index]! : x;
    if (x instanceof DefType) {
      const args = x.instantiation.map(sub);
      return args.every((a, i) => a === x.instantiation[i]) ? x : ctx.instantiate(x, args);
    }
    if (x instanceof ArrayType) return ctx.arrayType(sub(x.elementType), x.rankOrSz);
    if (x instanceof PointerType) return ctx.pointerType(sub(x.elementType));
    if (x instanceof ByRefType) return ctx.byRefType(sub(x.elementType));
    if (x instanceof FunctionPointerType) {
      const s = x.signature;
      return ctx.functionPointerType({ ...s, returnType: sub(s.returnType), params: s.params.map(sub), varargParams: s.varargParams.map(sub) });
    }
    return x;
  };
  return sub(t);
}

/** A method on a type written over `inst`'s definition's parameters, moved onto `inst`'s instantiation. */
export function substituteMethod(m: MethodDesc, inst: DefType): MethodDesc {
  if (!inst.instantiation.length || !m.def || !(m.owningType instanceof DefType)) return m;
  const owner = substituteType(m.owningType, inst) as DefType;
  const args = m.instantiation.map((a) => substituteType(a, inst));
  if (owner === m.owningType && args.every((a, i) => a === m.instantiation[i])) return m;
  if (m.isMethodDefinition) return m.ctx.methodForDefinition(owner, m.def.rid);
  return m.ctx.method(owner, m.def.rid, args);
}
