// The C type of every .NET type, and the C structs of value types and object layouts. Structs
// reproduce layout.ts's offsets exactly (ARCHITECTURE decision 2): members are placed at their
// CoreCLR offsets with explicit padding, the struct is packed only when C's natural alignment
// would put a member elsewhere, explicit-layout types with overlapping fields become a union of
// one packed struct per field, and every offset and size is checked by _Static_assert so a
// mismatch is a C compile error, never a silent wrong offset.
import type { IrVar } from '../ir/ir.js';
import { instanceLayout, fieldSizeAndAlignment, type InstanceLayout } from '../typesystem/layout.js';
import type { FieldDesc } from '../typesystem/members.js';
import { ArrayType, ByRefType, DefType, FunctionPointerType, PointerType, type TypeDesc } from '../typesystem/types.js';
import { memberName, type CNames } from './names.js';

const PRIMITIVE_C: Record<string, string> = {
  bool: 'uint8_t', char: 'uint16_t', i1: 'int8_t', u1: 'uint8_t', i2: 'int16_t', u2: 'uint16_t', i4: 'int32_t', u4: 'uint32_t',
  i8: 'int64_t', u8: 'uint64_t', r4: 'float', r8: 'double', i: 'intptr_t', u: 'uintptr_t', void: 'void',
  string: 'DnObject *', object: 'DnObject *',
};

export class CodegenError extends Error {}

/**
 * The most a C struct is aligned: the GC heap aligns objects to 8 only, so a Vector128 or
 * Int128 (CoreCLR layout alignment 16) in an array element, class field or box may sit at an
 * address that is 8 mod 16, as in CoreCLR. A C type aligned to 16 would let the C compiler
 * read it with aligned SSE moves (movaps) through a pointer, which fault there. Field offsets
 * still follow CoreCLR's layout (explicit padding), only the C alignment is capped.
 */
const C_MAX_ALIGNMENT = 8;

export interface StructMember {
  field: FieldDesc;
  name: string;
  offset: number;
  size: number;
  alignment: number;
  ctype: string;
}

export interface StructInfo {
  /** The C typedef name. */
  name: string;
  /** The full definition text (typedef + struct + checks). */
  text: string;
  /** Value types whose structs must be defined first (members stored inline). */
  deps: DefType[];
  /** Value types only pointed to (byref and pointer members): declared, not necessarily defined. */
  refs: DefType[];
  /** Field -> member name. */
  members: Map<FieldDesc, string>;
}

export class CTypes {
  private readonly structs = new Map<TypeDesc, StructInfo>();

  constructor(readonly names: CNames) {}

  private readonly primitives = new Map<TypeDesc, string | null>();
  private readonly storages = new Map<TypeDesc, string>();

  /** The primitive kind of t, enums by their underlying type. */
  primitiveOf(t: TypeDesc): string | undefined {
    let p = this.primitives.get(t);
    if (p === undefined) this.primitives.set(t, (p = this.computePrimitive(t) ?? null));
    return p ?? undefined;
  }

  private computePrimitive(t: TypeDesc): string | undefined {
    if (!(t instanceof DefType)) return undefined;
    const k = t.primitiveKind;
    if (k !== undefined && k !== 'typedref') return k;
    if (t.isEnum) return t.enumUnderlyingType?.primitiveKind;
    return undefined;
  }

  /** True for value types represented by a struct (not primitives, enums, pointers). */
  isStruct(t: TypeDesc): t is DefType {
    return t instanceof DefType && t.isValueType && this.primitiveOf(t) === undefined;
  }

  /** True for object references (classes, interfaces, arrays, string, object). */
  isReference(t: TypeDesc): boolean {
    if (t instanceof ArrayType) return true;
    if (t instanceof DefType) {
      const k = this.primitiveOf(t);
      if (k === 'string' || k === 'object') return true;
      return !t.isValueType && k !== 'void';
    }
    return false;
  }

  /** The C type of a declared location of type t (argument, local, field, element, return). */
  storage(t: TypeDesc): string {
    let s = this.storages.get(t);
    if (s === undefined) this.storages.set(t, (s = this.computeStorage(t)));
    return s;
  }

  private computeStorage(t: TypeDesc): string {
    if (t instanceof PointerType || t instanceof ByRefType) {
      const inner = this.storage(t.elementType);
      return inner.endsWith('*') ? `${inner}*` : `${inner} *`;
    }
    if (t instanceof FunctionPointerType) return 'void *';
    if (t instanceof ArrayType) return 'DnObject *';
    if (t instanceof DefType) {
      const p = this.primitiveOf(t);
      if (p !== undefined) return PRIMITIVE_C[p]!;
      if (t.isValueType) {
        if (t.containsGenericParameters) throw new CodegenError(`open generic type ${t} in generated code`);
        return this.names.type(t);
      }
      return 'DnObject *';
    }
    throw new CodegenError(`no C type for ${t}`);
  }

  /** The C type of an IR variable: declared types for args and locals, stack kinds for temps. */
  ofVar(v: IrVar): string {
    if (v.storage !== 'temp') return this.storage(v.type);
    switch (v.stack) {
      case 'int32': return 'int32_t';
      case 'int64': return 'int64_t';
      case 'nativeint': return 'intptr_t';
      case 'float': return this.primitiveOf(v.type) === 'r4' ? 'float' : 'double';
      case 'objref': return 'DnObject *';
      default: return this.storage(v.type);
    }
  }

  /** Declarator: `int32_t x`, `DnObject *x`. */
  decl(ctype: string, name: string): string {
    return ctype.endsWith('*') ? `${ctype}${name}` : `${ctype} ${name}`;
  }

  /** Size of a value of t as stored in a field/element. */
  sizeOf(t: TypeDesc): number {
    return fieldSizeAndAlignment(t).size;
  }

  /** The struct of a value type (its value) or of a class (the object: MethodTable pointer at 0). */
  struct(t: DefType): StructInfo {
    let s = this.structs.get(t);
    if (!s) this.structs.set(t, (s = this.buildStruct(t)));
    return s;
  }

  /** The member name of a field in its owning type's struct. */
  member(f: FieldDesc): string {
    const s = this.struct(f.owningType);
    const m = s.members.get(f);
    if (!m) throw new CodegenError(`field ${f} is not in the struct of ${f.owningType}`);
    return m;
  }

  private buildStruct(t: DefType): StructInfo {
    const name = this.names.type(t);
    const layout: InstanceLayout = instanceLayout(t);
    const isValue = t.isValueType;
    const members: StructMember[] = [];
    const deps: DefType[] = [];
    const refs: DefType[] = [];
    // Unique member names: a base class's field hidden by a derived one gets its depth appended.
    const used = new Map<string, number>();
    for (const { field } of layout.fields) used.set(memberName(field.name), (used.get(memberName(field.name)) ?? 0) + 1);
    const depthOf = (d: TypeDesc) => {
      let n = 0;
      for (let b = d.baseType; b; b = b.baseType) n++;
      return n;
    };
    const seen = new Set<string>();
    for (const { field, offset } of layout.fields) {
      const ft = field.type;
      let mname = memberName(field.name);
      if ((used.get(mname) ?? 0) > 1) mname = `${mname}_d${depthOf(field.owningType)}`;
      while (seen.has(mname)) mname += '_';
      seen.add(mname);
      const { size, alignment } = fieldSizeAndAlignment(ft);
      const ctype = this.storage(ft);
      if (this.isStruct(ft)) deps.push(ft);
      else this.pointedStructs(ft, refs);
      members.push({ field, name: mname, offset, size, alignment, ctype });
    }
    const memberMap = new Map(members.map((m) => [m.field, m.name] as const));
    const sorted = [...members].sort((a, b) => a.offset - b.offset || a.size - b.size);
    const start = isValue ? 0 : 8;
    const total = isValue ? layout.fieldBytes : layout.instanceSize;
    const align = isValue ? Math.min(layout.alignment, C_MAX_ALIGNMENT) : 8;
    let overlap = false;
    let end = start;
    for (const m of sorted) {
      if (m.offset < end) overlap = true;
      end = Math.max(end, m.offset + m.size);
    }
    const lines: string[] = [];
    const title = `${isValue ? 'value type' : 'object layout of'} ${t}`;
    lines.push(`/* ${title.replace(/\*\//g, '* /')} */`);
    if (overlap) {
      // Explicit layout with overlapping fields: each field in its own packed struct, all at once.
      lines.push(`struct ${name} {`);
      lines.push('    union {');
      if (!isValue) lines.push('        const DnMethodTable *_mt_;');
      for (const [i, m] of sorted.entries()) {
        const pad = m.offset > 0 ? `uint8_t _pad${i}_${m.offset}[${m.offset}]; ` : '';
        lines.push(`        struct __attribute__((packed)) { ${pad}${this.decl(m.ctype, m.name)}; };`);
      }
      lines.push(`        uint8_t _size_[${Math.max(total, 1)}];`);
      lines.push('    };');
      lines.push(`} __attribute__((aligned(${align})));`);
    } else {
      // Natural C placement of the members in order, with explicit padding where CoreCLR leaves a gap.
      let packed = false;
      let at = start;
      let natural = start;
      let maxAlign = isValue ? 1 : 8;
      const body: string[] = [];
      if (!isValue) body.push('    const DnMethodTable *_mt_;');
      for (const m of sorted) {
        if (m.offset > at) {
          body.push(`    uint8_t _pad${at}[${m.offset - at}];`);
          natural += m.offset - at;
          at = m.offset;
        }
        const ca = this.cAlignment(m);
        natural = Math.ceil(natural / ca) * ca;
        if (natural !== m.offset) packed = true;
        maxAlign = Math.max(maxAlign, ca);
        body.push(`    ${this.decl(m.ctype, m.name)};`);
        at = m.offset + m.size;
        natural = at;
      }
      if (isValue) {
        if (at < total) body.push(`    uint8_t _pad${at}[${total - at}];`);
        if (at === 0 && total > 0 && sorted.length === 0) {
          // An empty struct has size 1 in .NET.
        }
        const naturalSize = Math.ceil(Math.max(total, 1) / maxAlign) * maxAlign;
        if (naturalSize !== total) packed = true;
      }
      // A member C aligns more strictly than CoreCLR aligns the whole (a Vector256 inside a
      // struct CoreCLR aligns to 8): only `packed` lowers the alignment `aligned` cannot.
      if (maxAlign > align) packed = true;
      const attrs: string[] = [];
      if (packed) attrs.push('packed');
      if (packed || maxAlign !== align) attrs.push(`aligned(${align})`);
      lines.push(`struct ${name} {`);
      lines.push(...body);
      lines.push(`}${attrs.length ? ` __attribute__((${attrs.join(', ')}))` : ''};`);
    }
    for (const m of sorted) lines.push(`_Static_assert(offsetof(struct ${name}, ${m.name}) == ${m.offset}, "${name}.${m.name}");`);
    if (isValue) lines.push(`_Static_assert(sizeof(struct ${name}) == ${total}, "sizeof ${name}");`);
    return { name, text: lines.join('\n'), deps, refs, members: memberMap };
  }

  /** Struct types reached through pointers and byrefs of t. */
  pointedStructs(t: TypeDesc, out: DefType[]): void {
    while (t instanceof PointerType || t instanceof ByRefType) t = t.elementType;
    if (this.isStruct(t)) out.push(t);
  }

  /** The alignment C gives a member. */
  private cAlignment(m: StructMember): number {
    const ft = m.field.type;
    if (this.isStruct(ft)) return Math.min(fieldSizeAndAlignment(ft).alignment, C_MAX_ALIGNMENT);
    return m.size;
  }
}
