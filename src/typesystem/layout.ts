// Object and value layout, computed as CoreCLR computes it (ARCHITECTURE.md, decision 2): the
// instance field offsets of every type, the size of values, the MethodTable BaseSize and
// component size, and the positions of GC references and byrefs inside an instance.
//
// The rules follow the runtime's type loader (MethodTableBuilder::HandleAutoLayout and
// EEClassLayoutInfo's sequential and explicit layout, followed by
// MethodTableBuilder::ValidateExplicitLayout), checked fact by fact against the JIT runtime
// by test/layout.test.ts and the LayoutProbe fixture:
//
// - Offsets are computed in "field bytes": for a reference type measured from just after the
//   MethodTable pointer, for a value type from the start of the value. Reported offsets of
//   reference types add the pointer size (MethodTable pointer at offset 0).
// - Auto layout (classes by default; structs marked Auto; sequential types that contain GC
//   references, or whose parent is not sequential): first, if the parent's field bytes are not
//   pointer-aligned, small non-GC fields fill the gap; then the remaining primitive-like fields
//   by size, largest first (GC references first in the pointer-sized group), each group in
//   metadata order; then value-type fields in metadata order, each aligned to its field
//   alignment (pointer size when it contains GC references). Pack and Size are ignored.
// - Sequential layout: metadata order, each field aligned to min(its alignment, Pack); the
//   size is Size (+ parent) if given and large enough, else rounded up to the alignment.
// - Explicit layout: FieldOffset + parent size, then (as the runtime does) shifted once more by
//   the parent's field bytes; value types round up to their alignment unless Size is given.
// - Int128/UInt128 and Vector64/128/256/512<T> carry alignments 16 and 8/16/32/64.
// - [InlineArray(N)] multiplies the size after rounding, without changing the alignment.
//
// Not modelled: Vector<T> (its size depends on the machine the JIT runs on), the 32-bit
// specifics (8-byte alignment of long/double on ARM32, x86 Unix double packing), ReadyToRun's
// aligned base offsets, LayoutKind.Extended (CStruct) of .NET 11.
import type { TypeSystemContext } from './context.js';
import type { FieldDesc } from './members.js';
import { ArrayType, ByRefType, DefType, FunctionPointerType, PointerType, type TypeDesc } from './types.js';

export interface LayoutTarget {
  /** Size of a pointer, object reference or byref in bytes. */
  readonly pointerSize: 4 | 8;
}

export const TARGET_64: LayoutTarget = Object.freeze({ pointerSize: 8 });

export class LayoutError extends Error {}

export interface SizeAndAlignment {
  size: number;
  alignment: number;
}

export interface FieldOffset {
  field: FieldDesc;
  /** Reference types: from the object start (MethodTable pointer at 0). Value types: from the value start. */
  offset: number;
}

export type EffectiveLayoutKind = 'auto' | 'sequential' | 'explicit';

export interface InstanceLayout {
  readonly type: TypeDesc;
  /** Every instance field, inherited ones first (base-most type first), each type's fields in metadata order. */
  readonly fields: readonly FieldOffset[];
  /**
   * Value types: the size of a value (at least 1). Reference types: the bytes of the instance
   * fields, the parent's included, measured from the object start (MethodTable pointer
   * included, not rounded).
   */
  readonly instanceSize: number;
  /** CoreCLR's NumInstanceFieldBytes: the field bytes after the MethodTable pointer (value types: the size). */
  readonly fieldBytes: number;
  /**
   * MethodTable BaseSize: object header + MethodTable pointer + field bytes, rounded up to the
   * pointer size, at least three pointers; for value types the size of the boxed object.
   */
  readonly baseSize: number;
  /** Value types: the alignment required when stored in a field or array element. Reference types: the pointer size. */
  readonly alignment: number;
  /** Arrays: the element size; String: 2; otherwise 0. */
  readonly componentSize: number;
  /** Offsets of GC references in an instance, sorted (same origin as `fields`); excludes byrefs. */
  readonly gcPointerMap: readonly number[];
  /** Offsets of byref (ref T) slots, for ref structs; sorted. */
  readonly byRefMap: readonly number[];
  /** Arrays: GC reference offsets inside one element, relative to the element start. */
  readonly elementGcPointerMap: readonly number[];
  /** True if an instance holds GC references (for arrays: if the elements do). */
  readonly containsGCPointers: boolean;
  /** The layout actually applied (a sequential type with GC references is laid out as auto). */
  readonly layoutKind: EffectiveLayoutKind;
  readonly isValueType: boolean;
  readonly isByRefLike: boolean;
}

export interface StaticFieldOffset {
  field: FieldDesc;
  /** Offset inside its block. */
  offset: number;
}

export interface StaticBlock {
  size: number;
  alignment: number;
  fields: StaticFieldOffset[];
}

export interface StaticLayout {
  /** Static fields holding GC references: reference-typed fields and value-typed ones that contain references. */
  readonly gc: StaticBlock;
  /** Other static fields. */
  readonly nonGc: StaticBlock;
  /** [ThreadStatic] fields, split the same way. */
  readonly threadGc: StaticBlock;
  readonly threadNonGc: StaticBlock;
}

/** Size and alignment of a value of type `t` stored in a field, local or array element. */
export function fieldSizeAndAlignment(t: TypeDesc, target: LayoutTarget = TARGET_64): SizeAndAlignment {
  return calculator(t.ctx, target).fieldSizeAndAlignment(t);
}

/** The instance layout of a type (DefType or ArrayType), as CoreCLR lays it out. */
export function instanceLayout(t: DefType | ArrayType, target: LayoutTarget = TARGET_64): InstanceLayout {
  return calculator(t.ctx, target).instanceLayout(t);
}

/** Offsets of the static fields (excluding literal and RVA fields) in their blocks. */
export function staticLayout(t: DefType, target: LayoutTarget = TARGET_64): StaticLayout {
  return calculator(t.ctx, target).staticLayout(t);
}

const calculators = new WeakMap<TypeSystemContext, Map<number, LayoutCalculator>>();

/** The (cached) layout calculator of a context for a target. */
export function calculator(ctx: TypeSystemContext, target: LayoutTarget = TARGET_64): LayoutCalculator {
  let perCtx = calculators.get(ctx);
  if (!perCtx) calculators.set(ctx, (perCtx = new Map()));
  let c = perCtx.get(target.pointerSize);
  if (!c) perCtx.set(target.pointerSize, (c = new LayoutCalculator(ctx, target)));
  return c;
}

// ---------------------------------------------------------------------------------------------

/** How a field's type takes part in layout (the CorElementType view of the type loader). */
type FieldCategory =
  | { kind: 'scalar'; size: number } // primitive, enum, pointer, function pointer
  | { kind: 'gc' } // object reference
  | { kind: 'byref' } // managed pointer (ref field of a ref struct)
  | { kind: 'struct'; type: DefType; layout: DefLayout }; // value type stored inline

/** The layout of a DefType in CoreCLR's terms ("field bytes": after the MethodTable pointer for classes). */
interface DefLayout {
  /** NumInstanceFieldBytes. */
  fieldBytes: number;
  /** Own and inherited instance fields with their field-bytes offsets. */
  offsets: { field: FieldDesc; offset: number }[];
  /** GC reference slots, field-bytes relative, sorted. */
  gc: number[];
  /** Byref slots, field-bytes relative, sorted. */
  byrefs: number[];
  containsGC: boolean;
  /** CoreCLR HasLayout(): sequential or explicit layout metadata. */
  hasLayout: boolean;
  kind: EffectiveLayoutKind;
  /** Sequential/explicit types that had no field bytes (size bumped to 1). */
  zeroSized: boolean;
  /** EEClassLayoutInfo alignment requirement (types with layout). */
  layoutAlignment: number;
  /** MethodTable::GetFieldAlignmentRequirement (value types). */
  fieldAlignment: number;
  isByRefLike: boolean;
}

const scalarSizes: Record<string, number> = {
  bool: 1, i1: 1, u1: 1, char: 2, i2: 2, u2: 2, i4: 4, u4: 4, r4: 4, i8: 8, u8: 8, r8: 8,
};

/** Alignment CoreCLR assigns to intrinsic CoreLib value types (CheckForSystemTypes, x64/arm64). */
const intrinsicAlignment: Record<string, number> = {
  'System.Int128': 16,
  'System.UInt128': 16,
  'System.Runtime.Intrinsics.Vector64`1': 8,
  'System.Runtime.Intrinsics.Vector128`1': 16,
  'System.Runtime.Intrinsics.Vector256`1': 32,
  'System.Runtime.Intrinsics.Vector512`1': 64,
};

const DEFAULT_PACKING_SIZE = 64;
const MAX_LOG2_PRIMITIVE_FIELD_SIZE = 3;

const alignUp = (n: number, a: number): number => Math.ceil(n / a) * a;
const sortedUnique = (xs: Iterable<number>): number[] => [...new Set(xs)].sort((a, b) => a - b);

export class LayoutCalculator {
  private readonly ptr: number;
  private readonly log2Ptr: number;
  private readonly defs = new Map<DefType, DefLayout>();
  private readonly inProgress = new Set<DefType>();
  private readonly instances = new Map<TypeDesc, InstanceLayout>();
  private readonly statics = new Map<DefType, StaticLayout>();

  constructor(
    readonly ctx: TypeSystemContext,
    readonly target: LayoutTarget,
  ) {
    this.ptr = target.pointerSize;
    this.log2Ptr = Math.log2(this.ptr);
  }

  fieldSizeAndAlignment(t: TypeDesc): SizeAndAlignment {
    return this.placementInfo(this.categorize(t));
  }

  instanceLayout(t: DefType | ArrayType): InstanceLayout {
    let l = this.instances.get(t);
    if (!l) this.instances.set(t, (l = t instanceof ArrayType ? this.arrayLayout(t) : this.defInstanceLayout(t)));
    return l;
  }

  staticLayout(t: DefType): StaticLayout {
    let l = this.statics.get(t);
    if (!l) this.statics.set(t, (l = this.computeStatics(t)));
    return l;
  }

  // ---- classification ----

  private categorize(t: TypeDesc): FieldCategory {
    if (t instanceof PointerType || t instanceof FunctionPointerType) return { kind: 'scalar', size: this.ptr };
    if (t instanceof ByRefType) return { kind: 'byref' };
    if (t instanceof ArrayType) return { kind: 'gc' };
    if (!(t instanceof DefType)) return { kind: 'gc' }; // generic parameters: CoreCLR's "fake" layout of open types
    const prim = t.primitiveKind;
    if (prim !== undefined) {
      if (prim === 'string' || prim === 'object') return { kind: 'gc' };
      if (prim === 'i' || prim === 'u') return { kind: 'scalar', size: this.ptr };
      if (prim === 'void') throw new LayoutError(`${t}: a field cannot have type void`);
      if (prim !== 'typedref') return { kind: 'scalar', size: scalarSizes[prim]! };
    }
    if (!t.isValueType) return { kind: 'gc' };
    if (t.isEnum) {
      const u = t.enumUnderlyingType;
      const k = u?.primitiveKind;
      if (!k || !(k in scalarSizes || k === 'i' || k === 'u')) throw new LayoutError(`${t}: enum without a primitive underlying type`);
      return { kind: 'scalar', size: k === 'i' || k === 'u' ? this.ptr : scalarSizes[k]! };
    }
    return { kind: 'struct', type: t, layout: this.defLayout(t) };
  }

  /** Alignment of a value-type field: pointer size if it holds references, else its field alignment requirement. */
  private structFieldAlignment(l: DefLayout): number {
    return l.containsGC ? this.ptr : l.fieldAlignment;
  }

  /** Size and alignment the sequential/explicit algorithms use for a field (GetFieldPlacementInfo). */
  private placementInfo(c: FieldCategory): SizeAndAlignment {
    switch (c.kind) {
      case 'scalar':
        return { size: c.size, alignment: c.size };
      case 'gc':
      case 'byref':
        return { size: this.ptr, alignment: this.ptr };
      case 'struct':
        return { size: c.layout.fieldBytes, alignment: this.structFieldAlignment(c.layout) };
    }
  }

  /** The size the type loader records for a field ("GetFieldSize"): used by explicit layout validation. */
  private fieldSize(c: FieldCategory): number {
    return c.kind === 'struct' ? c.layout.fieldBytes : c.kind === 'scalar' ? c.size : this.ptr;
  }

  // ---- DefType layout ----

  private defLayout(t: DefType): DefLayout {
    const cached = this.defs.get(t);
    if (cached) return cached;
    if (this.inProgress.has(t)) throw new LayoutError(`${t}: the type contains itself (recursive value type layout)`);
    this.inProgress.add(t);
    try {
      const l = this.computeDefLayout(t);
      this.defs.set(t, l);
      return l;
    } finally {
      this.inProgress.delete(t);
    }
  }

  private parentLayout(t: DefType): DefLayout | undefined {
    if (t.isValueType || t.isInterface) return undefined;
    const base = t.baseType;
    if (!(base instanceof DefType)) return undefined;
    return this.defLayout(base);
  }

  private computeDefLayout(t: DefType): DefLayout {
    const isValueType = t.isValueType;
    const parent = this.parentLayout(t);
    const parentType = parent ? (t.baseType as DefType) : undefined;
    const fields = t.fields.filter((f) => !f.isStatic);
    const cats = fields.map((f) => this.categorize(f.type));
    const isByRefLike = isValueType && this.hasAttribute(t, 'System.Runtime.CompilerServices.IsByRefLikeAttribute');
    for (let i = 0; i < fields.length; i++) {
      const c = cats[i]!;
      if ((c.kind === 'byref' || (c.kind === 'struct' && c.layout.isByRefLike)) && !isByRefLike) {
        throw new LayoutError(`${t}: field ${fields[i]!.name} is a byref or ref struct, which only ref structs may contain`);
      }
    }
    const inlineLength = isValueType ? this.inlineArrayLength(t) : undefined;
    if (inlineLength !== undefined && fields.length !== 1) throw new LayoutError(`${t}: an inline array must have exactly one instance field`);

    const declared = t.layoutKind;
    const hasLayout = declared !== 'auto' && !t.containsGenericParameters && !t.isEnum && !t.isInterface;
    if (hasLayout && parent && !parent.hasLayout && !this.isTrivialParent(parentType!)) {
      // The runtime refuses to load it (HasLayoutMetadata): layout needs a parent with layout.
      throw new LayoutError(`${t}: a type with ${declared} layout must derive from Object or from a type with layout`);
    }
    const classLayout = hasLayout ? t.assembly.md.classLayoutOf(t.def.rid) : undefined;
    const packing = classLayout && classLayout.packingSize !== 0 ? classLayout.packingSize : DEFAULT_PACKING_SIZE;
    if (packing > 128 || (packing & (packing - 1)) !== 0) throw new LayoutError(`${t}: invalid packing size ${packing}`);
    const classSize = classLayout?.classSize ?? 0;

    let kind: EffectiveLayoutKind = hasLayout ? declared : 'auto';
    if (kind === 'sequential') {
      const hasGcFields = (parent?.containsGC ?? false) || cats.some((c) => c.kind === 'gc' || (c.kind === 'struct' && c.layout.containsGC));
      const nonTrivialParent = parent !== undefined && !this.isTrivialParent(parentType!);
      if ((nonTrivialParent && !(parent!.hasLayout && parent!.kind === 'sequential')) || hasGcFields) kind = 'auto';
    }
    if (kind === 'explicit' && t.instantiation.length) throw new LayoutError(`${t}: generic types cannot have explicit layout`);

    let placed: { offsets: number[]; fieldBytes: number; layoutAlignment: number; fieldAlignment: number; zeroSized: boolean };
    switch (kind) {
      case 'auto':
        placed = this.autoLayout(t, cats, parent, inlineLength);
        break;
      case 'sequential':
        placed = this.sequentialLayout(cats, parent, packing, classSize, inlineLength);
        break;
      case 'explicit':
        placed = this.explicitLayout(t, fields, cats, parent, packing, classSize);
        break;
    }

    const intrinsic = this.intrinsicAlignmentOf(t);
    if (intrinsic !== undefined && hasLayout) {
      placed.layoutAlignment = intrinsic;
      placed.fieldAlignment = intrinsic;
    }

    // Reference maps: the parent's, then each own field's (value-type fields contribute theirs).
    const gc: number[] = parent ? [...parent.gc] : [];
    const byrefs: number[] = parent ? [...parent.byrefs] : [];
    const repeat = inlineLength ?? 1;
    for (let i = 0; i < fields.length; i++) {
      const c = cats[i]!;
      const base = placed.offsets[i]!;
      const stride = this.fieldSize(c);
      for (let r = 0; r < repeat; r++) {
        const at = base + r * stride;
        if (c.kind === 'gc') gc.push(at);
        else if (c.kind === 'byref') byrefs.push(at);
        else if (c.kind === 'struct') {
          for (const o of c.layout.gc) gc.push(at + o);
          for (const o of c.layout.byrefs) byrefs.push(at + o);
        }
      }
    }

    const offsets = parent ? [...parent.offsets] : [];
    fields.forEach((field, i) => offsets.push({ field, offset: placed.offsets[i]! }));
    return {
      fieldBytes: placed.fieldBytes,
      offsets,
      gc: sortedUnique(gc),
      byrefs: sortedUnique(byrefs),
      containsGC: gc.length > 0,
      hasLayout,
      kind,
      zeroSized: placed.zeroSized,
      layoutAlignment: placed.layoutAlignment,
      fieldAlignment: placed.fieldAlignment,
      isByRefLike,
    };
  }

  private isTrivialParent(p: DefType): boolean {
    return p === this.ctx.wellKnown('System.Object') || p === this.ctx.wellKnown('System.ValueType');
  }

  private intrinsicAlignmentOf(t: DefType): number | undefined {
    if (t.assembly !== this.ctx.coreLib) return undefined;
    return intrinsicAlignment[t.fullName];
  }

  private hasAttribute(t: DefType, name: string): boolean {
    return this.ctx.resolver.hasAttribute(t.assembly, t.def.token, name);
  }

  /** N of [InlineArray(N)], read from the attribute blob (prolog, then the int32 argument). */
  private inlineArrayLength(t: DefType): number | undefined {
    const md = t.assembly.md;
    for (const ca of md.customAttributesOf(t.def.token)) {
      if (this.ctx.resolver.attributeTypeName(t.assembly, ca) !== 'System.Runtime.CompilerServices.InlineArrayAttribute') continue;
      const blob = md.blobs.get(md.row('CustomAttribute', ca).Value);
      if (blob.length < 6) throw new LayoutError(`${t}: malformed InlineArrayAttribute`);
      const n = (blob[2]! | (blob[3]! << 8) | (blob[4]! << 16) | (blob[5]! << 24)) | 0;
      if (n <= 0) throw new LayoutError(`${t}: inline array length must be positive (is ${n})`);
      return n;
    }
    return undefined;
  }

  /** MethodTableBuilder::HandleAutoLayout. */
  private autoLayout(t: DefType, cats: FieldCategory[], parent: DefLayout | undefined, inlineLength: number | undefined) {
    const ptr = this.ptr;
    const LOG2SLOT = this.log2Ptr;
    const n = cats.length;
    // Per field: its size class (log2 of the size; for value-type fields the type loader stores
    // the byte size in the same slot) and its state.
    const sizeTag = new Array<number>(n);
    const offsets = new Array<number>(n).fill(-1);
    const count = new Array<number>(MAX_LOG2_PRIMITIVE_FIELD_SIZE + 1).fill(0);
    const first = new Array<number>(MAX_LOG2_PRIMITIVE_FIELD_SIZE + 1).fill(-1);
    let gcCount = 0;
    for (let i = 0; i < n; i++) {
      const c = cats[i]!;
      if (c.kind === 'struct') {
        sizeTag[i] = c.layout.fieldBytes;
        continue;
      }
      const log2 = c.kind === 'scalar' ? Math.log2(c.size) : LOG2SLOT;
      sizeTag[i] = log2;
      if (++count[log2]! === 1) first[log2] = i;
      if (c.kind === 'gc') gcCount++;
    }
    const isUnplaced = (i: number) => offsets[i] === -1;

    let pos = 0;
    if (parent) pos = parent.hasLayout && parent.zeroSized ? 0 : parent.fieldBytes;

    // Fill the parent's unaligned tail with small fields.
    if (pos % ptr !== 0) {
      for (let i = 0; i < MAX_LOG2_PRIMITIVE_FIELD_SIZE; i++) {
        if (pos % (1 << (i + 1)) === 0) continue;
        let j: number;
        for (j = i + 1; j <= MAX_LOG2_PRIMITIVE_FIELD_SIZE; j++) if (count[j] !== 0) break;
        if (j > MAX_LOG2_PRIMITIVE_FIELD_SIZE) break;
        for (j = i; j >= 0; j--) if (count[j] !== 0) break;
        if (j < 0) break;
        i = j;
        j = first[i]!;
        if (i === LOG2SLOT) {
          // Do not reorder GC references: only a non-GC pointer-sized field may fill.
          for (; j < n; j++) if (isUnplaced(j) && cats[j]!.kind !== 'gc' && cats[j]!.kind !== 'struct' && sizeTag[j] === i) break;
          if (j >= n) break;
        }
        pos = alignUp(pos, 1 << i);
        offsets[j] = pos;
        pos += 1 << i;
        if (--count[i]! === 0) continue;
        if (first[i] !== j) continue;
        // Like the runtime, this compares the size class with the byte size stored for value-type
        // fields, so a 1-byte struct can be taken for a short here (it is placed again with the
        // value types, and the short it displaced lands at offset 0: LayoutProbe's CFillQuirk).
        for (j = j + 1; j < n; j++) {
          if (sizeTag[j] === i) {
            first[i] = j;
            break;
          }
        }
      }
    }

    // The remaining primitive-like fields, largest first; GC references lead the pointer-sized group.
    const start = new Array<number>(MAX_LOG2_PRIMITIVE_FIELD_SIZE + 1).fill(0);
    for (let i = MAX_LOG2_PRIMITIVE_FIELD_SIZE; i >= 0; i--) {
      if (count[i] === 0) continue;
      pos = alignUp(pos, 1 << i);
      start[i] = pos;
      pos += count[i]! << i;
      count[i] = 0;
    }
    let gcStart = 0;
    if (gcCount) {
      gcStart = start[LOG2SLOT]!;
      start[LOG2SLOT]! += gcCount << LOG2SLOT;
    }
    let gcPlaced = 0;
    for (let i = 0; i < n; i++) {
      if (!isUnplaced(i)) continue;
      const c = cats[i]!;
      if (c.kind === 'gc') offsets[i] = gcStart + (gcPlaced++ << LOG2SLOT);
      else if (c.kind !== 'struct') {
        const s = sizeTag[i]!;
        offsets[i] = start[s]! + (count[s]!++ << s);
      }
    }

    // Value-type fields last, in metadata order.
    let containsGC = gcCount > 0;
    let largestAlignment = 1;
    for (let i = 0; i < n; i++) {
      const c = cats[i]!;
      if (c.kind !== 'struct') {
        largestAlignment = Math.max(largestAlignment, ptr);
        continue;
      }
      let align: number;
      if (c.layout.containsGC) {
        align = ptr;
        containsGC = true;
      } else align = c.layout.fieldAlignment;
      largestAlignment = Math.max(largestAlignment, align);
      pos = alignUp(pos, align);
      offsets[i] = pos;
      pos += c.layout.fieldBytes;
    }

    let fieldBytes = pos;
    let fieldAlignment = Math.min(fieldBytes, ptr);
    if (t.isValueType) {
      if (fieldBytes === 0) fieldBytes = 1;
      let minAlign: number;
      if (fieldBytes > ptr) minAlign = containsGC ? ptr : largestAlignment;
      else {
        minAlign = 1;
        while (minAlign < fieldBytes) minAlign *= 2;
      }
      const custom = minAlign !== Math.min(fieldBytes, ptr);
      fieldBytes = alignUp(fieldBytes, minAlign);
      if (inlineLength !== undefined) fieldBytes *= inlineLength;
      fieldAlignment = custom ? minAlign : Math.min(fieldBytes, ptr);
    }
    return { offsets, fieldBytes, layoutAlignment: 0, fieldAlignment, zeroSized: false };
  }

  /** Parent size and alignment a type with layout starts from (TryGetParentLayoutInfo). */
  private parentLayoutInfo(parent: DefLayout | undefined): { size: number; alignment: number } {
    if (!parent || !parent.hasLayout) return { size: 0, alignment: 0 };
    const size = parent.zeroSized ? 0 : parent.fieldBytes;
    const alignment = parent.kind === 'sequential' || parent.kind === 'explicit' ? parent.layoutAlignment : 0;
    return { size, alignment };
  }

  /** EEClassLayoutInfo::InitializeSequentialFieldLayout. */
  private sequentialLayout(cats: FieldCategory[], parent: DefLayout | undefined, packing: number, classSize: number, inlineLength: number | undefined) {
    const p = this.parentLayoutInfo(parent);
    const infos = cats.map((c) => this.placementInfo(c));
    let fieldsAlignment = 0;
    for (const info of infos) fieldsAlignment = Math.max(fieldsAlignment, Math.min(info.alignment, packing));
    const alignment = Math.max(Math.max(1, Math.min(packing, p.alignment)), fieldsAlignment);
    let cur = p.size;
    let lastFieldEnd = p.size;
    const offsets = infos.map((info) => {
      cur = alignUp(cur, Math.min(info.alignment, packing));
      const at = cur;
      cur += info.size;
      lastFieldEnd = Math.max(lastFieldEnd, cur);
      return at;
    });
    let size = classSize !== 0 ? Math.max(classSize + p.size, lastFieldEnd) : alignUp(lastFieldEnd, alignment);
    let zeroSized = false;
    if (size === 0) {
      zeroSized = true;
      size = 1;
    }
    if (inlineLength !== undefined) size *= inlineLength;
    return { offsets, fieldBytes: size, layoutAlignment: alignment, fieldAlignment: alignment, zeroSized };
  }

  /** EEClassLayoutInfo::InitializeExplicitFieldLayout followed by MethodTableBuilder::ValidateExplicitLayout. */
  private explicitLayout(t: DefType, fields: FieldDesc[], cats: FieldCategory[], parent: DefLayout | undefined, packing: number, classSize: number) {
    const p = this.parentLayoutInfo(parent);
    const infos = cats.map((c) => this.placementInfo(c));
    let fieldsAlignment = 0;
    for (const info of infos) fieldsAlignment = Math.max(fieldsAlignment, Math.min(info.alignment, packing));
    const alignment = Math.max(Math.max(1, Math.min(packing, p.alignment)), fieldsAlignment);
    const md = t.assembly.md;
    const offsets = fields.map((f) => {
      const o = md.fieldOffsetOf(f.rid);
      if (o === undefined) throw new LayoutError(`${t}: field ${f.name} of an explicit-layout type has no FieldOffset`);
      if (o > 0x7fffffff) throw new LayoutError(`${t}: field ${f.name} has a negative offset`);
      return o + p.size;
    });
    let lastFieldEnd = 0;
    offsets.forEach((o, i) => (lastFieldEnd = Math.max(lastFieldEnd, o + infos[i]!.size)));
    const zeroSized = (classSize !== 0 ? Math.max(classSize + p.size, lastFieldEnd) : alignUp(lastFieldEnd, alignment)) === 0;

    // ValidateExplicitLayout: references must be pointer-aligned and may overlap only references.
    let slice = 0;
    offsets.forEach((o, i) => (slice = Math.max(slice, o + this.fieldSize(cats[i]!))));
    const tags = new Uint8Array(slice); // 0 empty, 1 scalar, 2 reference, 3 byref
    const mark = (at: number, len: number, tag: number, what: string) => {
      if (tag !== 1 && at % this.ptr !== 0) throw new LayoutError(`${t}: ${what} at offset ${at} is not pointer-aligned`);
      for (let k = at; k < at + len; k++) {
        if (tags[k] !== 0 && tags[k] !== tag) throw new LayoutError(`${t}: ${what} at offset ${at} overlaps a field of another kind`);
        tags[k] = tag;
      }
    };
    let ownGc = false;
    fields.forEach((f, i) => {
      const c = cats[i]!;
      const o = offsets[i]!;
      if (c.kind === 'gc') {
        mark(o, this.ptr, 2, `object field ${f.name}`);
        ownGc = true;
      } else if (c.kind === 'byref') mark(o, this.ptr, 3, `byref field ${f.name}`);
      else if (c.kind === 'scalar') mark(o, c.size, 1, `field ${f.name}`);
      else {
        const l = c.layout;
        if ((l.containsGC || l.byrefs.length) && o % this.ptr !== 0) throw new LayoutError(`${t}: field ${f.name} holds references but is not pointer-aligned`);
        const refTag = new Map<number, number>();
        for (const g of l.gc) refTag.set(g, 2);
        for (const b of l.byrefs) refTag.set(b, 3);
        for (let k = 0; k < l.fieldBytes; ) {
          const tag = refTag.get(k);
          if (tag !== undefined) {
            mark(o + k, this.ptr, tag, `a reference inside field ${f.name}`);
            k += this.ptr;
          } else {
            mark(o + k, 1, 1, `field ${f.name}`);
            k++;
          }
        }
        if (l.containsGC) ownGc = true;
      }
    });
    let sliceOffset = parent ? parent.fieldBytes : 0;
    if (ownGc) sliceOffset = alignUp(sliceOffset, this.ptr);
    let bytes = sliceOffset + slice;
    if (t.isValueType) {
      if (classSize !== 0) {
        if (classSize >= bytes) bytes = classSize;
      } else bytes = alignUp(bytes, alignment);
      if (bytes === 0) bytes = 1;
    }
    if (ownGc) bytes = alignUp(bytes, this.ptr);
    return { offsets: offsets.map((o) => o + sliceOffset), fieldBytes: bytes, layoutAlignment: alignment, fieldAlignment: alignment, zeroSized };
  }

  // ---- public views ----

  private defInstanceLayout(t: DefType): InstanceLayout {
    const l = this.defLayout(t);
    const isValueType = t.isValueType;
    const origin = isValueType ? 0 : this.ptr;
    const isString = t.primitiveKind === 'string';
    const objectOverhead = 2 * this.ptr; // object header + MethodTable pointer
    let baseSize: number;
    if (isString) baseSize = objectOverhead + 4 + 2; // length + terminating NUL char
    else baseSize = Math.max(3 * this.ptr, alignUp(l.fieldBytes + objectOverhead, this.ptr));
    return {
      type: t,
      fields: l.offsets.map((f) => ({ field: f.field, offset: f.offset + origin })),
      instanceSize: isValueType ? l.fieldBytes : l.fieldBytes + this.ptr,
      fieldBytes: l.fieldBytes,
      baseSize,
      alignment: isValueType ? this.structFieldAlignment(l) : this.ptr,
      componentSize: isString ? 2 : 0,
      gcPointerMap: l.gc.map((o) => o + origin),
      byRefMap: l.byrefs.map((o) => o + origin),
      elementGcPointerMap: [],
      containsGCPointers: l.containsGC,
      layoutKind: l.kind,
      isValueType,
      isByRefLike: l.isByRefLike,
    };
  }

  private arrayLayout(t: ArrayType): InstanceLayout {
    const elem = this.categorize(t.elementType);
    if (elem.kind === 'byref' || (elem.kind === 'struct' && elem.layout.isByRefLike)) throw new LayoutError(`${t}: arrays of byrefs or ref structs are not allowed`);
    const componentSize = this.fieldSize(elem);
    const elementGc = elem.kind === 'gc' ? [0] : elem.kind === 'struct' ? elem.layout.gc : [];
    // Header, MethodTable pointer, 32-bit length padded to a pointer; MD arrays add a bound and a lower bound per dimension.
    const base = 2 * this.ptr + this.ptr;
    const baseSize = t.isSzArray ? base : base + 8 * t.rank;
    return {
      type: t,
      fields: [],
      instanceSize: baseSize - this.ptr,
      fieldBytes: baseSize - 2 * this.ptr,
      baseSize,
      alignment: this.ptr,
      componentSize,
      gcPointerMap: [],
      byRefMap: [],
      elementGcPointerMap: elementGc,
      containsGCPointers: elementGc.length > 0,
      layoutKind: 'auto',
      isValueType: false,
      isByRefLike: false,
    };
  }

  private computeStatics(t: DefType): StaticLayout {
    const block = (): StaticBlock => ({ size: 0, alignment: 1, fields: [] });
    const out = { gc: block(), nonGc: block(), threadGc: block(), threadNonGc: block() };
    for (const f of t.fields) {
      if (!f.isStatic || f.isLiteral || f.hasRva) continue;
      const c = this.categorize(f.type);
      if (c.kind === 'byref' || (c.kind === 'struct' && c.layout.isByRefLike)) throw new LayoutError(`${t}: static field ${f.name} is a byref or ref struct`);
      const holdsGc = c.kind === 'gc' || (c.kind === 'struct' && c.layout.containsGC);
      const thread = f.isThreadStatic;
      const b = thread ? (holdsGc ? out.threadGc : out.threadNonGc) : holdsGc ? out.gc : out.nonGc;
      const { size, alignment } = this.fieldSizeAndAlignment(f.type);
      b.size = alignUp(b.size, alignment);
      b.fields.push({ field: f, offset: b.size });
      b.size += size;
      b.alignment = Math.max(b.alignment, alignment);
    }
    return out;
  }
}
