// Calls and method pointers: call, callvirt (with constrained. resolved for exact types),
// calli, newobj (objects, values, delegates, multi-dimensional arrays), ldftn and ldvirtftn.
// Arguments are converted to the parameter kinds; the runtime methods of array types become
// element accesses.
import { decodeMethodSig } from '../metadata/signatures.js';
import { TableId, tokenRid, tokenTable } from '../metadata/schema.js';
import { resolveConstrainedCall } from '../typesystem/interfaces.js';
import { CallConvKind, type MethodDesc, type MethodSignature } from '../typesystem/members.js';
import { ArrayType, DefType, type TypeDesc } from '../typesystem/types.js';
import type { BlockBuilder } from './builder.js';
import { address, convert } from './coerce.js';
import { IlError, fail } from './errors.js';
import type { IrValue, IrVar } from './ir.js';

/** Translates a call-family instruction; false when `name` is not one. */
export function translateCall(b: BlockBuilder, name: string): boolean {
  switch (name) {
    case 'call': case 'callvirt':
      call(b, name === 'callvirt');
      return true;
    case 'calli':
      calli(b);
      return true;
    case 'newobj':
      newobj(b);
      return true;
    case 'ldftn': case 'ldvirtftn':
      methodPointer(b, name);
      return true;
    default:
      return false;
  }
}

/** The signature of a call site: a vararg MemberRef adds the types of the extra arguments. */
function callSite(b: BlockBuilder, method: MethodDesc): { sig: MethodSignature; varargTypes?: TypeDesc[] } {
  const sig = method.signature;
  if ((sig.callingConvention & 0xf) !== CallConvKind.VarArg) return { sig };
  const token = b.ins.operand as number;
  if (tokenTable(token) !== TableId.MemberRef) return { sig };
  const md = b.cx.file.md;
  const site = b.ctx.resolver.methodSigFrom(b.cx.file, decodeMethodSig(md.blobs.get(md.row('MemberRef', tokenRid(token)).Signature)), b.cx.gc);
  return { sig, varargTypes: site.varargParams };
}

/** Pops and converts the arguments of a call to `sig`, `this` first when it has one. */
function popArgs(b: BlockBuilder, method: MethodDesc | undefined, sig: MethodSignature, varargTypes: readonly TypeDesc[] = []): IrValue[] {
  const params = [...sig.params, ...varargTypes];
  const hasThis = sig.hasThis && !sig.explicitThis;
  const raw = b.popN(params.length + (hasThis ? 1 : 0));
  const out: IrValue[] = [];
  let i = 0;
  if (hasThis) {
    out.push(thisArg(b, raw[0]!, method));
    i = 1;
  }
  for (const p of params) out.push(b.coerce(raw[i++]!, p));
  return out;
}

/** `this` of a value type's method given as a pointer becomes the byref the method expects. */
function thisArg(b: BlockBuilder, v: IrValue, method: MethodDesc | undefined): IrValue {
  const owner = method?.owningType;
  if (owner instanceof DefType && owner.isValueType && (v.stack === 'ptr' || v.stack === 'nativeint')) {
    return convert(b, v, 'byref', b.ctx.byRefType(owner), false);
  }
  return v;
}

/** The implementation a constrained. static virtual (or its default body) reaches on an exact type. */
function constrainedStatic(constrained: TypeDesc, method: MethodDesc): MethodDesc {
  const impl = resolveConstrainedCall(constrained, method) ?? (method.isAbstract ? undefined : method);
  return impl ?? fail(`constrained. ${constrained} has no implementation of ${method}`);
}

function call(b: BlockBuilder, isVirtual: boolean): void {
  let method = b.resolveMethod();
  if (method.owningType instanceof ArrayType) {
    arrayMethod(b, method, method.owningType);
    return;
  }
  const { sig, varargTypes } = callSite(b, method);
  const args = popArgs(b, method, sig, varargTypes);
  let constrained = b.pre.constrained;
  let virtual = isVirtual;
  if (constrained && !constrained.containsGenericParameters) {
    // Resolved at import: a reference type is dereferenced, a value type calls its own
    // implementation with the byref or is boxed; static virtuals resolve to the implementation.
    if (method.isStatic) {
      method = constrainedStatic(constrained, method);
      virtual = false;
    } else if (b.kit.kind(constrained) === 'objref') {
      const ref = b.newTemp(constrained);
      b.emit({ kind: 'load', offset: b.offset, dst: ref, addr: address(b, args[0]!, constrained, 'constrained.'), type: constrained, volatile: false });
      args[0] = ref;
    } else {
      const impl = resolveConstrainedCall(constrained, method);
      if (impl) {
        method = impl;
        virtual = false;
      } else {
        const value = b.newTemp(constrained);
        b.emit({ kind: 'load', offset: b.offset, dst: value, addr: address(b, args[0]!, constrained, 'constrained.'), type: constrained, volatile: false });
        const boxed = b.newTemp(b.kit.object);
        b.emit({ kind: 'box', offset: b.offset, dst: boxed, type: constrained, value });
        args[0] = boxed;
      }
    }
    constrained = undefined;
  }
  const rt = sig.returnType;
  const dst = b.kit.isVoid(rt) ? undefined : b.newTemp(rt);
  b.emit({
    kind: 'call', offset: b.offset, ...(dst ? { dst } : {}), method, args, virtual, ...(constrained ? { constrained } : {}),
    tail: b.pre.tail === true, ...(varargTypes ? { varargTypes } : {}),
  });
  if (dst) b.push(dst);
}

/** Get / Set / Address of a multi-dimensional array (and the rare call of them on T[]). */
function arrayMethod(b: BlockBuilder, method: MethodDesc, arrayType: ArrayType): void {
  const args = b.popN(method.signature.params.length + 1);
  const array = args[0]!;
  const md = arrayType.isSzArray ? {} : { multiDim: arrayType };
  const elementType = arrayType.elementType;
  const rank = arrayType.rank;
  const indices = args.slice(1, 1 + rank);
  for (const ix of indices) b.expectKind(ix, ['int32', 'nativeint'], 'an index');
  switch (method.name) {
    case 'Get':
      b.produce(elementType, (dst) => ({ kind: 'ldelem', offset: b.offset, dst, array, indices, elementType, ...md }));
      return;
    case 'Set':
      b.emit({ kind: 'stelem', offset: b.offset, array, indices, value: b.coerce(args[1 + rank]!, elementType), elementType, ...md });
      return;
    case 'Address':
      b.produce(b.ctx.byRefType(elementType), (dst) => ({
        kind: 'ldelema', offset: b.offset, dst, array, indices, elementType, readonly: b.pre.readonly === true, ...md,
      }));
      return;
    default:
      fail(`call of unknown array method ${arrayType}::${method.name}`);
  }
}

function calli(b: BlockBuilder): void {
  const sig = b.ctx.resolver.standAloneMethodSig(b.cx.file, b.ins.operand as number, b.cx.gc);
  const fn = b.pop();
  b.expectKind(fn, ['ptr', 'nativeint'], 'the function pointer');
  const args = popArgs(b, undefined, sig, sig.varargParams);
  const dst = b.kit.isVoid(sig.returnType) ? undefined : b.newTemp(sig.returnType);
  b.emit({ kind: 'calli', offset: b.offset, ...(dst ? { dst } : {}), signature: sig, fn, args, tail: b.pre.tail === true });
  if (dst) b.push(dst);
}

function newobj(b: BlockBuilder): void {
  const ctor = b.resolveMethod();
  const owner = ctor.owningType;
  const n = ctor.signature.params.length;
  if (owner instanceof ArrayType) {
    const args = b.popN(n);
    for (const a of args) b.expectKind(a, ['int32', 'nativeint'], 'an array bound');
    if (owner.isSzArray && n === 1) {
      b.produce(owner, (dst) => ({ kind: 'newarr', offset: b.offset, dst, arrayType: owner, length: args[0]! }));
      return;
    }
    const rank = owner.rank;
    if (n === rank) {
      b.produce(owner, (dst) => ({ kind: 'newmdarr', offset: b.offset, dst, arrayType: owner, lengths: args }));
    } else if (n === 2 * rank && !owner.isSzArray) {
      const lowerBounds = args.filter((_, i) => i % 2 === 0), lengths = args.filter((_, i) => i % 2 === 1);
      b.produce(owner, (dst) => ({ kind: 'newmdarr', offset: b.offset, dst, arrayType: owner, lengths, lowerBounds }));
    } else {
      throw new IlError(`newobj of array constructor ${ctor} with ${n} arguments`, 'newobj (jagged array constructor)');
    }
    return;
  }
  const raw = b.popN(n);
  const args = raw.map((a, i) => b.coerce(a, ctor.signature.params[i]!));
  const dst = b.newTemp(owner);
  const fn = owner.isDelegate && raw.length === 2 && raw[1]!.kind === 'var' ? b.fnptrs.get(raw[1] as IrVar) : undefined;
  b.emit({ kind: 'newobj', offset: b.offset, dst, ctor, args, ...(fn ? { delegateTarget: fn } : {}) });
  b.push(dst);
}

function methodPointer(b: BlockBuilder, name: 'ldftn' | 'ldvirtftn'): void {
  let method = b.resolveMethod();
  let constrained = b.pre.constrained;
  if (constrained && !constrained.containsGenericParameters) {
    method = constrainedStatic(constrained, method);
    constrained = undefined;
  }
  const fnType = b.ctx.functionPointerType(method.signature);
  if (name === 'ldftn') {
    const dst = b.produce(fnType, (d) => ({ kind: 'ldftn', offset: b.offset, dst: d, method, ...(constrained ? { constrained } : {}) }));
    b.fnptrs.set(dst, { method, virtual: false });
  } else {
    const obj = b.pop();
    b.expectKind(obj, ['objref'], 'the object');
    const dst = b.produce(fnType, (d) => ({ kind: 'ldvirtftn', offset: b.offset, dst: d, method, obj }));
    b.fnptrs.set(dst, { method, virtual: true });
  }
}
