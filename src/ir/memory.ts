// Memory access: ldind/stind, ldobj/stobj/cpobj/initobj, cpblk/initblk, sizeof, localloc, and
// instance and static fields (ldfld/ldflda/stfld, ldsfld/ldsflda/stsfld), with the volatile. and
// unaligned. prefixes. Addresses given as native ints become typed pointers first.
import type { FieldDesc } from '../typesystem/members.js';
import type { TypeDesc } from '../typesystem/types.js';
import type { BlockBuilder } from './builder.js';
import { address, convert, describe, pointee } from './coerce.js';
import { fail } from './errors.js';
import type { ConvTarget, IrValue } from './ir.js';
import { convType } from './stack.js';

/** The type suffixes of ldind.* / stind.* / ldelem.* / stelem.* ('ref': object references). */
export const TYPE_SUFFIX: Record<string, ConvTarget | 'ref'> = {
  i1: 'i1', u1: 'u1', i2: 'i2', u2: 'u2', i4: 'i4', u4: 'u4', i8: 'i8', u8: 'i8', i: 'i', r4: 'r4', r8: 'r8', ref: 'ref',
};

/** Translates a memory or field instruction; false when `name` is not one. */
export function translateMemory(b: BlockBuilder, name: string): boolean {
  const kit = b.kit;
  if (name.startsWith('ldind.') || name.startsWith('stind.')) {
    const load = name.startsWith('ld');
    const [addr, value] = b.popN(load ? 1 : 2) as [IrValue, IrValue | undefined];
    const k = TYPE_SUFFIX[name.slice(6)]!;
    let type: TypeDesc;
    if (k === 'ref') {
      const e = pointee(addr.type);
      type = e && kit.kind(e) === 'objref' ? e : kit.object;
    } else type = convType(kit, k);
    const a = address(b, addr, type, name);
    if (load) b.produce(type, (dst) => ({ kind: 'load', offset: b.offset, dst, addr: a, type, ...b.mem() }));
    else b.emit({ kind: 'store', offset: b.offset, addr: a, value: b.coerce(value!, type), type, ...b.mem() });
    return true;
  }
  switch (name) {
    case 'ldobj': {
      const type = b.resolveType();
      const a = address(b, b.pop(), type, name);
      b.produce(type, (dst) => ({ kind: 'load', offset: b.offset, dst, addr: a, type, ...b.mem() }));
      return true;
    }
    case 'stobj': {
      const type = b.resolveType();
      const [addr, value] = b.popN(2) as [IrValue, IrValue];
      const a = address(b, addr, type, name);
      b.emit({ kind: 'store', offset: b.offset, addr: a, value: b.coerce(value, type), type, ...b.mem() });
      return true;
    }
    case 'cpobj': {
      const type = b.resolveType();
      const [d, s] = b.popN(2) as [IrValue, IrValue];
      const dstAddr = address(b, d, type, name);
      const srcAddr = address(b, s, type, name);
      b.emit({ kind: 'cpobj', offset: b.offset, dstAddr, srcAddr, type });
      return true;
    }
    case 'initobj': {
      const type = b.resolveType();
      const a = address(b, b.pop(), type, name);
      b.emit({ kind: 'initobj', offset: b.offset, addr: a, type });
      return true;
    }
    case 'cpblk': {
      const [dst, src, size] = b.popN(3) as [IrValue, IrValue, IrValue];
      b.expectKind(size, ['int32', 'nativeint'], 'the size');
      b.emit({ kind: 'cpblk', offset: b.offset, dstAddr: address(b, dst, kit.u1, name), srcAddr: address(b, src, kit.u1, name), size, ...b.mem() });
      return true;
    }
    case 'initblk': {
      const [addr, value, size] = b.popN(3) as [IrValue, IrValue, IrValue];
      b.expectKind(size, ['int32', 'nativeint'], 'the size');
      b.expectKind(value, ['int32'], 'the value');
      b.emit({ kind: 'initblk', offset: b.offset, addr: address(b, addr, kit.u1, name), value, size, ...b.mem() });
      return true;
    }
    case 'sizeof': {
      const type = b.resolveType();
      b.produce(kit.u4, (dst) => ({ kind: 'sizeof', offset: b.offset, dst, type }));
      return true;
    }
    case 'localloc': {
      const size = b.pop();
      b.expectKind(size, ['int32', 'nativeint'], 'the size');
      b.produce(kit.voidPtr, (dst) => ({ kind: 'localloc', offset: b.offset, dst, size, zeroed: b.cx.initLocals }));
      return true;
    }
    case 'ldfld': case 'ldflda': case 'stfld':
      instanceField(b, name);
      return true;
    case 'ldsfld': case 'ldsflda': case 'stsfld':
      staticField(b, name, b.resolveField());
      return true;
    default:
      return false;
  }
}

function instanceField(b: BlockBuilder, name: string): void {
  const field = b.resolveField();
  const popped = b.popN(name === 'stfld' ? 2 : 1);
  let obj = popped[0]!;
  const value = popped[1];
  if (field.isStatic) {
    // ECMA allows the instance forms on static fields; the object is evaluated and ignored.
    if (value) b.push(value);
    staticField(b, name === 'ldfld' ? 'ldsfld' : name === 'ldflda' ? 'ldsflda' : 'stsfld', field);
    return;
  }
  b.expectKind(obj, ['objref', 'byref', 'ptr', 'nativeint', 'valuetype', 'int32', 'int64', 'float'], 'the object');
  if (obj.stack === 'nativeint') obj = convert(b, obj, 'ptr', b.ctx.pointerType(field.owningType), false);
  const isAddress = obj.stack === 'objref' || obj.stack === 'byref' || obj.stack === 'ptr' || obj.stack === 'generic';
  if (name === 'ldfld') {
    b.produce(field.type, (dst) => ({ kind: 'ldfld', offset: b.offset, dst, field, obj, ...b.mem() }));
  } else if (name === 'ldflda') {
    if (!isAddress) fail(`ldflda on ${describe(obj)}`);
    const type = obj.stack === 'ptr' ? b.ctx.pointerType(field.type) : b.ctx.byRefType(field.type);
    b.produce(type, (dst) => ({ kind: 'ldflda', offset: b.offset, dst, field, obj }));
  } else {
    if (!isAddress) fail(`stfld on ${describe(obj)}`);
    b.emit({ kind: 'stfld', offset: b.offset, field, obj, value: b.coerce(value!, field.type), ...b.mem() });
  }
}

function staticField(b: BlockBuilder, name: string, field: FieldDesc): void {
  if (!field.isStatic) fail(`${name} of instance field ${field}`);
  if (name === 'ldsfld') {
    b.produce(field.type, (dst) => ({ kind: 'ldsfld', offset: b.offset, dst, field, ...b.mem() }));
  } else if (name === 'ldsflda') {
    // The address of an RVA static is an unmanaged pointer (its data never moves).
    const type = field.hasRva ? b.ctx.pointerType(field.type) : b.ctx.byRefType(field.type);
    b.produce(type, (dst) => ({ kind: 'ldsflda', offset: b.offset, dst, field }));
  } else {
    b.emit({ kind: 'stsfld', offset: b.offset, field, value: b.coerce(b.pop(), field.type), ...b.mem() });
  }
}
