// Type descriptors: one DnMethodTable per type the program needs (dotnative.h, "MethodTable"):
// the CoreLib-compatible prefix (flags, base size, parent, interface map, element type or
// per-instantiation info) and dotnative's extension (name, element kind, finalizer, interface
// slot tables, class-constructor state, generic identity and variance, vtable). Constructed
// types get their vtable and interface slot tables filled with the compiled implementations of
// the slots the program uses (others NULL); types only cast to or named get an empty vtable.
// The set is closed over parents, interfaces, element types and generic arguments, so every
// pointer a descriptor holds is to another emitted descriptor.
import { canCastTo, isArrayGenericInterface, isNullable } from '../typesystem/casting.js';
import { interfacesOf, resolveInterfaceMethodDetailed } from '../typesystem/interfaces.js';
import { instanceLayout } from '../typesystem/layout.js';
import type { MethodDesc } from '../typesystem/members.js';
import { ArrayType, ByRefType, DefType, FunctionPointerType, GenericParameter, PointerType, type TypeDesc } from '../typesystem/types.js';
import { TypeLoadError, resolveVirtualMethod, vtableOf } from '../typesystem/vtable.js';
import type { Deps } from './deps.js';
import { cmp } from './deps.js';
import { cString, hasVariance, type ProgramGen } from './program.js';
import { fullNameOf } from './names.js';
import { describedConstraints, structureRelatives, typeInfoFor, wantsGenericParameters, wantsTypeStructure } from './typeinfo.js';

const TRUE_PRIMITIVES = new Set(['bool', 'char', 'i1', 'u1', 'i2', 'u2', 'i4', 'u4', 'i8', 'u8', 'r4', 'r8', 'i', 'u']);
const ELEMENT_TYPE: Record<string, string> = {
  void: 'DN_ELEMENT_TYPE_VOID', bool: 'DN_ELEMENT_TYPE_BOOLEAN', char: 'DN_ELEMENT_TYPE_CHAR', i1: 'DN_ELEMENT_TYPE_I1',
  u1: 'DN_ELEMENT_TYPE_U1', i2: 'DN_ELEMENT_TYPE_I2', u2: 'DN_ELEMENT_TYPE_U2', i4: 'DN_ELEMENT_TYPE_I4', u4: 'DN_ELEMENT_TYPE_U4',
  i8: 'DN_ELEMENT_TYPE_I8', u8: 'DN_ELEMENT_TYPE_U8', r4: 'DN_ELEMENT_TYPE_R4', r8: 'DN_ELEMENT_TYPE_R8', i: 'DN_ELEMENT_TYPE_I',
  u: 'DN_ELEMENT_TYPE_U', string: 'DN_ELEMENT_TYPE_STRING', object: 'DN_ELEMENT_TYPE_OBJECT',
};

/** The name of a type as `dotnet` prints it in messages (Type.ToString()). */
export function runtimeTypeName(t: TypeDesc): string {
  if (t instanceof DefType) {
    if (!t.instantiation.length) return fullNameOf(t);
    return `${fullNameOf(t)}[${t.instantiation.map(runtimeTypeName).join(',')}]`;
  }
  if (t instanceof ArrayType) return `${runtimeTypeName(t.elementType)}[${t.isSzArray ? '' : t.rank === 1 ? '*' : ','.repeat(t.rank - 1)}]`;
  if (t instanceof PointerType) return `${runtimeTypeName(t.elementType)}*`;
  if (t instanceof ByRefType) return `${runtimeTypeName(t.elementType)}&`;
  return String(t);
}

export class TypeDescriptors {
  /**
   * Interfaces that appear in interface maps: those the program casts to, dispatches through or
   * names, and other instantiations of the same generic interfaces (variance). An interface
   * nothing tests for is left out of every map, as ILC does.
   */
  private relevant = new Set<DefType>();
  private relevantDefinitions = new Set<DefType>();

  constructor(private readonly gen: ProgramGen) {}

  private interfacesOf(t: DefType | ArrayType): DefType[] {
    const own = interfacesOf(t).filter((i) => this.relevant.has(i) || (i.instantiation.length > 0 && this.relevantDefinitions.has(i.typeDefinition)));
    if (!(t instanceof ArrayType) || !t.isSzArray) return own;
    // Array covariance: a Dog[] used as IList<Animal> is dispatched through an IList<Animal>
    // entry of its own (its slots are SZArrayHelper's methods over Animal, as the analysis
    // resolved them), so the program's array interfaces a Dog[] converts to join its map.
    this.arrayInterfaces ??= [...this.relevant].filter((i) => isArrayGenericInterface(i));
    const extra = this.arrayInterfaces.filter((q) => !own.includes(q) && q.instantiation[0] !== t.elementType && canCastTo(t, q));
    return extra.length ? [...own, ...extra] : own;
  }
  private arrayInterfaces: DefType[] | undefined;

  /** Every type needing a descriptor: `roots` closed over parents, interfaces, elements and generic arguments. */
  closure(roots: Iterable<TypeDesc>): TypeDesc[] {
    const seen = new Set<TypeDesc>();
    const work: TypeDesc[] = [];
    roots = [...roots];
    const rootSet = new Set(roots);
    for (const t of roots) {
      if (t instanceof DefType && t.isInterface) {
        this.relevant.add(t);
        if (t.instantiation.length) this.relevantDefinitions.add(t.typeDefinition);
      }
    }
    this.arrayInterfaces = undefined;
    // Reflection over a type's shape: its records point at its relatives (typeinfo.ts).
    const structure = wantsTypeStructure(this.gen);
    // Type.GetGenericArguments of a definition: its generic parameters, with their constraints.
    const params = wantsGenericParameters(this.gen);
    const add = (t: TypeDesc | undefined) => {
      // Byref types are described only when named (Type.MakeByRefType: byref-types.ts).
      if (!t || seen.has(t) || (t instanceof ByRefType && !rootSet.has(t))) return;
      if (t.containsGenericParameters) {
        // Open generic definitions (typeof(List<>)) get a descriptor of their own, nothing more.
        if (t instanceof DefType && t.isTypeDefinition) {
          seen.add(t);
          if (structure) for (const r of structureRelatives(t)) add(r);
          if (params) {
            for (const p of t.typeDefinition.genericParameters) seen.add(p);
            for (const p of t.typeDefinition.genericParameters) for (const c of describedConstraints(p) ?? []) add(c);
          }
        }
        return;
      }
      seen.add(t);
      work.push(t);
    };
    for (const t of roots) add(t);
    while (work.length) {
      const t = work.pop()!;
      add(t.baseType);
      if (structure) for (const r of structureRelatives(t)) add(r);
      if (t instanceof ArrayType) add(t.elementType);
      if (t instanceof PointerType || t instanceof ByRefType) continue;
      if (t instanceof DefType || t instanceof ArrayType) for (const i of this.interfacesOf(t)) add(i);
      if (t instanceof DefType) for (const a of t.instantiation) add(a);
    }
    const names = this.gen.names;
    return [...seen].sort((a, b) => cmp(names.mt(a), names.mt(b)));
  }

  /** The definitions of all descriptors (with their side tables), in name order. */
  emit(types: TypeDesc[], deps: Deps, usedVirtuals: Set<MethodDesc>): string[] {
    const first: string[] = [];
    const second: string[] = [];
    const mts: string[] = [];
    const definitions = new Set<string>();
    for (const t of types) {
      if (t instanceof DefType && t.instantiation.length && !t.containsGenericParameters) {
        const def = this.gen.names.type(t.typeDefinition) + '__gdef';
        if (!definitions.has(def)) {
          definitions.add(def);
          first.push(`static const uint8_t ${def} = 0;`);
        }
      }
    }
    for (const t of types) {
      const d = this.descriptor(t, deps, usedVirtuals);
      first.push(...d.first);
      second.push(...d.second);
      mts.push(d.mt);
    }
    return [...first, '', ...second, '', ...mts];
  }

  /** A descriptor: its self-contained side tables, the tables referring to others, the MethodTable. */
  private descriptor(t: TypeDesc, deps: Deps, usedVirtuals: Set<MethodDesc>): { first: string[]; second: string[]; mt: string } {
    const gen = this.gen;
    const names = gen.names;
    const base = names.type(t);
    const name = names.mt(t);
    if (t instanceof DefType && t.containsGenericParameters) return this.openDescriptor(t, deps);
    if (t instanceof GenericParameter) return this.parameterDescriptor(t, deps);
    const constructed = gen.constructed.has(t);
    const pre: string[] = [];
    const first: string[] = [];
    const fields: string[] = [];
    const mtRef = (x: TypeDesc) => `&${names.mt(x)}`;
    let flags: string[] = [];
    let componentSize: number | undefined;
    let baseSize = 0;
    let fieldBytes = 0;
    let cor = 'DN_ELEMENT_TYPE_CLASS';
    let dnFlags: string[] = [];
    let rank = 0;
    let containsGc = false;
    if (t instanceof DefType) {
      const prim = t.primitiveKind;
      const nullable: boolean = isNullable(t);
      if (t.isInterface) flags.push('DN_MT_FLAG_CATEGORY_INTERFACE');
      else if (nullable) flags.push('DN_MT_FLAG_CATEGORY_NULLABLE');
      else if (t.isEnum) flags.push('DN_MT_FLAG_CATEGORY_PRIMITIVE_VALUETYPE');
      else if (prim && TRUE_PRIMITIVES.has(prim)) flags.push('DN_MT_FLAG_CATEGORY_TRUE_PRIMITIVE');
      else if (t.isValueType) flags.push('DN_MT_FLAG_CATEGORY_VALUETYPE');
      if (t.instantiation.length) flags.push('DN_MT_FLAG_GENERICS_GENERIC_INST');
      if (!t.isInterface) {
        const l = instanceLayout(t);
        baseSize = l.baseSize;
        fieldBytes = l.fieldBytes;
        containsGc = l.containsGCPointers;
        if (l.isByRefLike) flags.push('DN_MT_FLAG_IS_BYREF_LIKE');
        if (prim === 'string') {
          componentSize = 2;
          fieldBytes = 0;
        }
      } else baseSize = 0;
      const p = gen.ctypes.primitiveOf(t);
      if (prim === 'string' || prim === 'object') cor = ELEMENT_TYPE[prim]!;
      else if (p && ELEMENT_TYPE[p]) cor = ELEMENT_TYPE[p]!;
      else if (prim === 'void') cor = ELEMENT_TYPE.void!;
      else if (t.isValueType) cor = 'DN_ELEMENT_TYPE_VALUETYPE';
      if (prim === 'object') dnFlags.push('DN_TYPE_FLAG_OBJECT');
      if (prim === 'string') dnFlags.push('DN_TYPE_FLAG_STRING');
      if (t.isInterface && isArrayGenericInterface(t)) dnFlags.push('DN_TYPE_FLAG_ARRAY_INTERFACE');
      if (hasVariance(t)) dnFlags.push('DN_TYPE_FLAG_HAS_VARIANCE');
      if (t.isAbstract) dnFlags.push('DN_TYPE_FLAG_ABSTRACT');
      if (t.isDelegate) dnFlags.push('DN_TYPE_FLAG_DELEGATE');
    } else if (t instanceof ArrayType) {
      const l = instanceLayout(t);
      flags.push('DN_MT_FLAG_CATEGORY_ARRAY');
      if (t.isSzArray) flags.push('DN_MT_FLAG_CATEGORY_IF_ARRAY_THEN_SZARRAY');
      componentSize = l.componentSize;
      baseSize = l.baseSize;
      containsGc = l.containsGCPointers;
      cor = t.isSzArray ? 'DN_ELEMENT_TYPE_SZARRAY' : 'DN_ELEMENT_TYPE_ARRAY';
      rank = t.rank;
    } else if (t instanceof PointerType) {
      cor = 'DN_ELEMENT_TYPE_PTR';
      flags.push('DN_MT_FLAG_CATEGORY_VALUETYPE');
      baseSize = 24;
      fieldBytes = 8;
    } else if (t instanceof ByRefType) {
      // Not a MethodTable in CoreCLR (a TypeDesc): only its element type and category are read.
      cor = 'DN_ELEMENT_TYPE_BYREF';
      baseSize = 24;
      fieldBytes = 8;
    } else if (t instanceof FunctionPointerType) {
      cor = 'DN_ELEMENT_TYPE_FNPTR';
      flags.push('DN_MT_FLAG_CATEGORY_VALUETYPE');
      baseSize = 24;
      fieldBytes = 8;
    }
    if (containsGc) flags.push('DN_MT_FLAG_CONTAINS_GC_POINTERS');
    // Finalizer.
    let finalizer: string | undefined;
    if (constructed && t instanceof DefType && !t.isValueType && !t.isInterface) {
      const fin = this.finalizerOf(t);
      if (fin && gen.isCompiled(fin)) {
        finalizer = `(void (*)(DnObject *))${gen.fnAddress(deps, fin, false)}`;
        flags.push('DN_MT_FLAG_HAS_FINALIZER');
      }
    }
    if (!flags.length) flags = ['0'];
    let flagExpr = flags.join(' | ');
    if (componentSize !== undefined) flagExpr = `DN_MT_FLAGS_WITH_COMPONENT_SIZE(${flagExpr}, ${componentSize})`;
    fields.push(`.flags = ${flagExpr}`);
    fields.push(`.base_size = ${baseSize}`);
    // Vtable.
    const vtable: string[] = [];
    if (constructed && (t instanceof DefType || t instanceof ArrayType) && !(t instanceof DefType && t.isInterface)) {
      const vtType = t instanceof ArrayType ? gen.ctx.wellKnown('System.Array') : t;
      for (const slot of vtableOf(vtType)) {
        const impl = slot.implementation;
        if (impl.isAbstract || !gen.isCompiled(impl)) vtable.push('NULL');
        else vtable.push(`(DnFnPtr)${gen.fnAddress(deps, impl, gen.needsUnboxing(impl))}`);
      }
      while (vtable.length && vtable[vtable.length - 1] === 'NULL') vtable.pop();
    }
    // Interfaces.
    const interfaces = t instanceof DefType || t instanceof ArrayType ? this.interfacesOf(t) : [];
    fields.push(`.num_virtuals = ${vtable.length}`);
    fields.push(`.num_interfaces = ${interfaces.length}`);
    const parent = t.baseType;
    if (parent && !(t instanceof DefType && t.isInterface)) fields.push(`.parent = ${mtRef(parent)}`);
    // Value types: whether Equals/GetHashCode may compare bits, decided here as CoreCLR decides it
    // at type load (CoreLib reads these flags before asking the runtime).
    const auxFlags = t instanceof DefType && t.isValueType && !t.isInterface ? (canCompareBits(gen, t) ? '0x2 | 0x4' : '0x2') : undefined;
    first.push(`static DnMethodTableAuxData ${base}__aux${auxFlags ? ` = { .flags = ${auxFlags} }` : ''};`);
    fields.push(`.aux = &${base}__aux`);
    if (t instanceof ArrayType) fields.push(`.element_type = ${mtRef(t.elementType)}`);
    if (t instanceof DefType && t.instantiation.length) {
      // PerInstInfo: the dictionaries of the generic types of the parent chain, base-most first.
      const chain: DefType[] = [];
      for (let b: TypeDesc | undefined = t; b; b = b.baseType) if (b instanceof DefType && b.instantiation.length) chain.unshift(b);
      first.push(`static const DnMethodTable *const ${base}__gargs[] = {${t.instantiation.map(mtRef).join(', ')}};`);
      const dicts = chain.map((c) => (c === t ? `${base}__gargs` : `${names.type(c)}__gargs`));
      // Base dictionaries are defined with their own descriptors (every base is in the closure).
      pre.push(`static const DnMethodTable *const *const ${base}__perinst[] = {${dicts.join(', ')}};`);
      fields.push(`.per_inst_info = ${base}__perinst`);
    }
    if (t instanceof DefType && isNullable(t)) {
      const l = instanceLayout(t);
      const value = l.fields.find((f) => f.field.name === 'value');
      const size = instanceLayout(t).fieldBytes;
      const inner = t.instantiation[0]!;
      fields.push(`.nullable = { .value_offset = ${value?.offset ?? 0}, .value_size = ${gen.ctypes.sizeOf(inner)} }`);
      void size;
    } else if (interfaces.length) {
      pre.push(`static const DnMethodTable *const ${base}__interfaces[] = {${interfaces.map(mtRef).join(', ')}};`);
      fields.push(`.interface_map = ${base}__interfaces`);
    }
    fields.push(`.name = ${cString(runtimeTypeName(t))}`);
    if (dnFlags.length) fields.push(`.dn_flags = ${dnFlags.join(' | ')}`);
    fields.push(`.instance_field_bytes = ${fieldBytes}`);
    fields.push(`.cor_element_type = ${cor}`);
    if (rank) fields.push(`.rank = ${rank}`);
    if (t instanceof DefType && t.instantiation.length) fields.push(`.num_generic_args = ${t.instantiation.length}`);
    if (finalizer) fields.push(`.finalizer = ${finalizer}`);
    // Interface slot tables of constructed classes and structs.
    if (constructed && interfaces.length && !(t instanceof DefType && t.isInterface) && (t instanceof DefType || t instanceof ArrayType)) {
      const tables: string[] = [];
      interfaces.forEach((iface, i) => {
        const slots = vtableOf(iface);
        const entries: string[] = [];
        for (const s of slots) {
          const decl = s.declaration;
          if (decl.isStatic || !usedVirtuals.has(decl.typicalDefinition)) {
            entries.push('NULL');
            continue;
          }
          let impl: MethodDesc | undefined;
          try {
            const r = resolveInterfaceMethodDetailed(t, decl);
            if (r.kind === 'method') impl = r.method;
          } catch (e) {
            if (!(e instanceof TypeLoadError)) throw e;
          }
          if (impl && !impl.isAbstract && gen.isCompiled(impl)) entries.push(`(DnFnPtr)${gen.fnAddress(deps, impl, gen.needsUnboxing(impl))}`);
          else entries.push('NULL');
        }
        while (entries.length && entries[entries.length - 1] === 'NULL') entries.pop();
        if (!entries.length) {
          tables.push('NULL');
          return;
        }
        pre.push(`static const DnFnPtr ${base}__islots${i}[] = {${entries.join(', ')}};`);
        tables.push(`${base}__islots${i}`);
      });
      if (tables.some((x) => x !== 'NULL')) {
        pre.push(`static const DnFnPtr *const ${base}__islots[] = {${tables.join(', ')}};`);
        fields.push(`.interface_slots = ${base}__islots`);
      }
    }
    if (gen.cctorOf(t) && gen.cctorsUsed.has(t)) fields.push(`.cctor = &${names.cctorState(t)}`);
    if (t instanceof DefType && t.instantiation.length) {
      fields.push(`.generic_definition = &${names.type(t.typeDefinition)}__gdef`);
      fields.push(`.generic_args = ${base}__gargs`);
      if (hasVariance(t)) {
        const v = t.typeDefinition.genericParameters.map((p) => (p.variance === 'covariant' ? 'DN_VARIANCE_COVARIANT' : p.variance === 'contravariant' ? 'DN_VARIANCE_CONTRAVARIANT' : 'DN_VARIANCE_NONE'));
        first.push(`static const uint8_t ${base}__variance[] = {${v.join(', ')}};`);
        fields.push(`.generic_variance = ${base}__variance`);
      }
    }
    const info = typeInfoFor(gen, t, base, deps);
    if (info) {
      pre.push(...info.lines);
      fields.push(info.field);
    }
    if (vtable.length) fields.push(`.vtable = {\n        ${vtable.join(',\n        ')},\n    }`);
    return { first, second: pre, mt: `const DnMethodTable ${name} = {\n    ${fields.join(',\n    ')},\n};` };
  }

  /** The descriptor of an open generic type definition: identity, category and name only. */
  private openDescriptor(t: DefType, deps: Deps): { first: string[]; second: string[]; mt: string } {
    const names = this.gen.names;
    const base = names.type(t);
    const category = t.isInterface ? 'DN_MT_FLAG_CATEGORY_INTERFACE' : t.isValueType ? 'DN_MT_FLAG_CATEGORY_VALUETYPE' : '0';
    const fields = [
      `.flags = ${category} | DN_MT_FLAG_GENERICS_TYPICAL_INST | DN_MT_FLAG_CONTAINS_GENERIC_VARIABLES`,
      `.aux = &${base}__aux`,
      `.name = ${cString(t.fullName)}`,
      `.cor_element_type = ${t.isValueType ? 'DN_ELEMENT_TYPE_VALUETYPE' : 'DN_ELEMENT_TYPE_CLASS'}`,
      `.num_generic_args = ${t.instantiation.length}`,
    ];
    const first = [`static DnMethodTableAuxData ${base}__aux;`];
    if (wantsGenericParameters(this.gen)) {
      // Its "type arguments" are its generic parameters (Type.GetGenericArguments()).
      first.push(`static const DnMethodTable *const ${base}__gargs[] = {${t.typeDefinition.genericParameters.map((p) => `&${names.mt(p)}`).join(', ')}};`);
      fields.push(`.generic_args = ${base}__gargs`);
    }
    const info = typeInfoFor(this.gen, t, base, deps);
    if (info) fields.push(info.field);
    return { first, second: info?.lines ?? [], mt: `const DnMethodTable ${names.mt(t)} = {\n    ${fields.join(',\n    ')},\n};` };
  }

  /**
   * The descriptor of a generic definition's parameter (CoreCLR: a TypeDesc of ELEMENT_TYPE_VAR):
   * no instances, no parent; its record holds position, owner and constraints (typeinfo.ts).
   */
  private parameterDescriptor(t: GenericParameter, deps: Deps): { first: string[]; second: string[]; mt: string } {
    const base = this.gen.names.type(t);
    const fields = [
      '.flags = DN_MT_FLAG_CONTAINS_GENERIC_VARIABLES',
      `.aux = &${base}__aux`,
      `.name = ${cString(t.name)}`,
      `.cor_element_type = ${t.kind === 'type' ? '0x13 /* ELEMENT_TYPE_VAR */' : '0x1e /* ELEMENT_TYPE_MVAR */'}`,
    ];
    const info = typeInfoFor(this.gen, t, base, deps);
    if (info) fields.push(info.field);
    return { first: [`static DnMethodTableAuxData ${base}__aux;`], second: info?.lines ?? [], mt: `const DnMethodTable ${this.gen.names.mt(t)} = {\n    ${fields.join(',\n    ')},\n};` };
  }

  /** The Finalize override of a class, other than Object's own. */
  finalizerOf(t: DefType): MethodDesc | undefined {
    const object = this.gen.kit.object;
    if (t === object) return undefined;
    const decl = object.methods.find((m) => m.name === 'Finalize');
    if (!decl) return undefined;
    const impl = resolveVirtualMethod(t, decl);
    return impl.owningType === object ? undefined : impl;
  }
}

/**
 * CoreCLR's CanCompareBitsOrUseFastGetHashCode: a value type without references, tightly packed,
 * without floating-point fields, whose struct fields qualify too and do not override Equals.
 */
export function canCompareBits(gen: ProgramGen, t: DefType, depth = 0): boolean {
  if (depth > 16) return false;
  const p = gen.ctypes.primitiveOf(t);
  if (p !== undefined) return p !== 'r4' && p !== 'r8';
  const l = instanceLayout(t);
  if (l.containsGCPointers || l.byRefMap.length) return false;
  let end = 0;
  const fields = [...l.fields].sort((a, b) => a.offset - b.offset);
  for (const { field, offset } of fields) {
    if (offset !== end) return false;
    const ft = field.type;
    if (!(ft instanceof DefType)) return false;
    const fp = gen.ctypes.primitiveOf(ft);
    if (fp === 'r4' || fp === 'r8') return false;
    if (fp === undefined) {
      if (overridesEquals(ft) || !canCompareBits(gen, ft, depth + 1)) return false;
    }
    end = offset + gen.ctypes.sizeOf(ft);
  }
  return end === l.fieldBytes;
}

function overridesEquals(t: DefType): boolean {
  return t.methods.some((m) => m.isVirtual && (m.name === 'Equals' || m.name === 'GetHashCode') && m.signature.params.length <= 1);
}
