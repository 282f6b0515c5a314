// The object model: arrays (newarr, ldlen, ldelem*, ldelema, stelem*), boxing (box, unbox,
// unbox.any), casts (castclass, isinst), strings (ldstr), runtime handles (ldtoken), typed
// references (mkrefany, refanyval, refanytype) and arglist.
import { CallConvKind, MethodDesc } from '../typesystem/members.js';
import { ArrayType, TypeDesc } from '../typesystem/types.js';
import type { BlockBuilder } from './builder.js';
import { describe } from './coerce.js';
import { fail } from './errors.js';
import type { ConvTarget, IrValue } from './ir.js';
import { TYPE_SUFFIX } from './memory.js';
import { convType } from './stack.js';

/** Translates an object-model instruction; false when `name` is not one. */
export function translateObject(b: BlockBuilder, name: string): boolean {
  if ((name.startsWith('ldelem') && name !== 'ldelema') || name.startsWith('stelem')) {
    element(b, name);
    return true;
  }
  const kit = b.kit;
  switch (name) {
    case 'ldstr': {
      const value = b.cx.file.md.userString(b.ins.operand as number);
      b.produce(kit.string, (dst) => ({ kind: 'ldstr', offset: b.offset, dst, value }));
      return true;
    }
    case 'newarr': {
      const length = b.pop();
      b.expectKind(length, ['int32', 'nativeint'], 'the length');
      const arrayType = b.ctx.arrayType(b.resolveType());
      b.produce(arrayType, (dst) => ({ kind: 'newarr', offset: b.offset, dst, arrayType, length }));
      return true;
    }
    case 'ldlen': {
      const array = b.pop();
      b.expectKind(array, ['objref'], 'the array');
      b.produce(kit.u, (dst) => ({ kind: 'ldlen', offset: b.offset, dst, array }));
      return true;
    }
    case 'ldelema': {
      const type = b.resolveType();
      const [array, index] = b.popN(2) as [IrValue, IrValue];
      b.expectKind(index, ['int32', 'nativeint'], 'the index');
      b.expectKind(array, ['objref'], 'the array');
      const readonly = b.pre.readonly === true;
      b.produce(b.ctx.byRefType(type), (dst) => ({ kind: 'ldelema', offset: b.offset, dst, array, indices: [index], elementType: type, readonly }));
      return true;
    }
    case 'box': {
      const type = b.resolveType();
      const v = b.pop();
      if (kit.kind(type) === 'objref') {
        b.push(v); // boxing a reference type leaves it unchanged
        return true;
      }
      const value = b.coerce(v, type);
      b.produce(kit.object, (dst) => ({ kind: 'box', offset: b.offset, dst, type, value }));
      return true;
    }
    case 'unbox': {
      const type = b.resolveType();
      const obj = b.pop();
      b.expectKind(obj, ['objref'], 'the object');
      b.produce(b.ctx.byRefType(type), (dst) => ({ kind: 'unbox', offset: b.offset, dst, type, obj }));
      return true;
    }
    case 'unbox.any': case 'castclass': case 'isinst': {
      const type = b.resolveType();
      const obj = b.pop();
      b.expectKind(obj, ['objref'], 'the object');
      const isRef = kit.kind(type) === 'objref';
      if (name === 'unbox.any' && !isRef) {
        b.produce(type, (dst) => ({ kind: 'unbox.any', offset: b.offset, dst, type, obj }));
        return true;
      }
      // unbox.any of a reference type is castclass.
      const kind = name === 'isinst' ? 'isinst' : 'castclass';
      b.produce(isRef ? type : kit.object, (dst) => ({ kind, offset: b.offset, dst, type, obj }));
      return true;
    }
    case 'ldtoken': {
      const member = b.ctx.resolver.resolveAny(b.cx.file, b.ins.operand as number, b.cx.gc);
      const handle = member instanceof TypeDesc ? 'System.RuntimeTypeHandle' : member instanceof MethodDesc ? 'System.RuntimeMethodHandle' : 'System.RuntimeFieldHandle';
      b.produce(kit.wellKnown(handle), (dst) => ({ kind: 'ldtoken', offset: b.offset, dst, member }));
      return true;
    }
    case 'mkrefany': {
      const type = b.resolveType();
      const addr = b.pop();
      b.expectKind(addr, ['byref', 'ptr', 'nativeint'], 'the address');
      b.produce(kit.typedRef, (dst) => ({ kind: 'mkrefany', offset: b.offset, dst, type, addr }));
      return true;
    }
    case 'refanyval': {
      const type = b.resolveType();
      const tr = typedRef(b);
      b.produce(b.ctx.byRefType(type), (dst) => ({ kind: 'refanyval', offset: b.offset, dst, type, typedRef: tr }));
      return true;
    }
    case 'refanytype': {
      const tr = typedRef(b);
      b.produce(kit.wellKnown('System.RuntimeTypeHandle'), (dst) => ({ kind: 'refanytype', offset: b.offset, dst, typedRef: tr }));
      return true;
    }
    case 'arglist':
      if ((b.cx.method.signature.callingConvention & 0xf) !== CallConvKind.VarArg) fail('arglist in a method that is not vararg');
      b.produce(kit.wellKnown('System.RuntimeArgumentHandle'), (dst) => ({ kind: 'arglist', offset: b.offset, dst }));
      return true;
    default:
      return false;
  }
}

/** ldelem, ldelem.*, stelem, stelem.* of a single-dimensional array. */
function element(b: BlockBuilder, name: string): void {
  const store = name.startsWith('st');
  const [array, index, value] = b.popN(store ? 3 : 2) as [IrValue, IrValue, IrValue | undefined];
  b.expectKind(index, ['int32', 'nativeint'], 'the index');
  b.expectKind(array, ['objref'], 'the array');
  const suffix = name.slice(7);
  let type: TypeDesc;
  if (name === 'ldelem' || name === 'stelem') type = b.resolveType();
  else if (suffix === 'ref') type = refElement(b, array);
  else type = convType(b.kit, TYPE_SUFFIX[suffix] as ConvTarget);
  if (store) b.emit({ kind: 'stelem', offset: b.offset, array, indices: [index], value: b.coerce(value!, type), elementType: type });
  else b.produce(type, (dst) => ({ kind: 'ldelem', offset: b.offset, dst, array, indices: [index], elementType: type }));
}

/** Element type of ldelem.ref / stelem.ref: the array's, when it is known to hold references. */
function refElement(b: BlockBuilder, array: IrValue): TypeDesc {
  const t = array.type;
  if (t instanceof ArrayType && b.kit.kind(t.elementType) === 'objref') return t.elementType;
  return b.kit.object;
}

function typedRef(b: BlockBuilder): IrValue {
  const v = b.pop();
  if (v.type !== b.kit.typedRef) fail(`${b.name}: expected a System.TypedReference, found ${describe(v)}`);
  return v;
}
