// Finds what one method body needs by scanning its IL in the method's exact generic context:
// the methods it calls, the types it allocates, casts to or names, the statics it touches. It
// works on IL (like ILC's scanner) so analysis does not depend on the full importer.
import type { AssemblyFile } from '../metadata/assembly.js';
import { type Instruction, decodeIl } from '../metadata/il/decoder.js';
import { isNullable } from '../typesystem/casting.js';
import { resolveConstrainedCall } from '../typesystem/interfaces.js';
import { FieldDesc, MethodDesc } from '../typesystem/members.js';
import type { GenericContext } from '../typesystem/resolve.js';
import { ArrayType, DefType, TypeDesc } from '../typesystem/types.js';
import type { DependencySink } from './graph.js';
import { ConstructedTypeNode, FieldNode, MethodNode, StaticBaseNode, TypeHandleNode, VirtualUseNode } from './nodes.js';
import { hasPlaceholderIL, stringConstructorImplementation } from './intrinsics.js';
import { reachableInstructions } from './reachable-il.js';
import { isImpossibleCall } from './impossible-calls.js';
import type { ConstantMethods } from './constant-methods.js';
import type { Substitutions } from './substitutions.js';

export class ScanError extends Error {}

export interface ScanEnvironment {
  substitutions: Substitutions;
  constants: ConstantMethods;
}

/** Adds the dependencies of `method`'s body to `sink`. */
export function scanMethod(method: MethodDesc, sink: DependencySink, env: ScanEnvironment): void {
  const owner = method.owningType;
  if (owner instanceof DefType) {
    // Calling a static method or constructor of a type with a precise (not beforefieldinit)
    // class constructor runs it first.
    if ((method.isStatic || method.isConstructor) && hasCctor(owner) && !owner.isBeforeFieldInit) {
      sink.add(new StaticBaseNode(owner), 'class constructor trigger');
    }
  }
  if (!method.hasIL || !method.def || !(owner instanceof DefType)) return;
  // A substituted body is a constant or a throw; its IL is never compiled.
  if (env.substitutions.forMethod(method) || hasPlaceholderIL(method)) return;
  const file = method.def.assembly;
  const ctx = method.ctx;
  const r = ctx.resolver;
  const gc: GenericContext = { typeArgs: owner.instantiation, methodArgs: method.instantiation };
  const body = file.methodBody(method.def.rid)!;
  let constrained: TypeDesc | undefined;
  const instructions = decodeIl(body.il);
  const live = reachableInstructions(instructions, body, (ins) => constantPushed(ins, file, gc, env));
  for (const ins of instructions) {
    if (!live.has(ins.offset)) continue;
    const name = ins.opcode.name;
    const token = ins.operand as number;
    const where = () => `${method} IL_${ins.offset.toString(16).padStart(4, '0')}`;
    try {
      switch (name) {
        case 'constrained.':
          constrained = r.resolveType(file, token, gc);
          continue;
        case 'call':
        case 'callvirt': {
          const target = r.resolveMethod(file, token, gc);
          if (!isImpossibleCall(method, target)) addCall(target, name === 'callvirt', constrained, sink);
          break;
        }
        case 'newobj': {
          const ctor = r.resolveMethod(file, token, gc);
          sink.add(new ConstructedTypeNode(ctor.owningType), 'newobj');
          const stringCtor = stringConstructorImplementation(ctor);
          if (stringCtor) sink.add(new MethodNode(stringCtor), 'newobj (String.Ctor)');
          else if (ctor.owningType instanceof DefType) sink.add(new MethodNode(ctor), 'newobj');
          break;
        }
        case 'ldftn':
          sink.add(new MethodNode(r.resolveMethod(file, token, gc)), 'ldftn');
          break;
        case 'ldvirtftn': {
          const target = r.resolveMethod(file, token, gc);
          if (isDevirtualizable(target)) sink.add(new MethodNode(target), 'ldvirtftn (non-virtual)');
          else sink.add(new VirtualUseNode(target), 'ldvirtftn');
          break;
        }
        case 'ldsfld':
        case 'ldsflda':
        case 'stsfld': {
          const f = r.resolveField(file, token, gc);
          sink.add(new FieldNode(f), name);
          if (!f.isLiteral) sink.add(new StaticBaseNode(f.owningType), name);
          break;
        }
        case 'ldfld':
        case 'ldflda':
        case 'stfld':
          sink.add(new FieldNode(r.resolveField(file, token, gc)), name);
          break;
        case 'newarr':
          sink.add(new ConstructedTypeNode(ctx.arrayType(r.resolveType(file, token, gc))), 'newarr');
          break;
        case 'box': {
          const t = r.resolveType(file, token, gc);
          if (t.isValueType) sink.add(new ConstructedTypeNode(boxedType(t)), 'box');
          break;
        }
        case 'unbox':
        case 'unbox.any':
        case 'isinst':
        case 'castclass':
        case 'refanyval':
          sink.add(new TypeHandleNode(r.resolveType(file, token, gc)), name);
          break;
        case 'mkrefany': {
          // TypedReference.ToObject boxes the referenced value with the recorded type.
          const t = r.resolveType(file, token, gc);
          sink.add(new TypeHandleNode(t), name);
          if (t.isValueType) sink.add(new ConstructedTypeNode(boxedType(t)), name);
          break;
        }
        case 'ldtoken': {
          const m = r.resolveAny(file, token, gc);
          if (m instanceof TypeDesc) sink.add(new TypeHandleNode(m), 'ldtoken');
          else if (m instanceof MethodDesc) sink.add(new MethodNode(m), 'ldtoken');
          else if (m instanceof FieldDesc) sink.add(new FieldNode(m), 'ldtoken');
          break;
        }
        case 'ldstr':
          sink.add(new ConstructedTypeNode(ctx.wellKnown('System.String')), 'string literal');
          break;
        default:
          break;
      }
    } catch (e) {
      if (e instanceof ScanError) throw e;
      throw new ScanError(`${where()}: ${(e as Error).message}`);
    }
    constrained = undefined;
  }
  for (const eh of body.ehClauses) {
    if (eh.classToken) sink.add(new TypeHandleNode(r.resolveType(file, eh.classToken, gc)), 'catch clause');
  }
}

function hasCctor(t: DefType): boolean {
  return t.methods.some((m) => m.isStaticConstructor);
}

/** True when a virtual call of `m` can only reach `m` itself. */
export function isDevirtualizable(m: MethodDesc): boolean {
  if (!m.isVirtual || m.isFinal) return !m.isAbstract || !m.isVirtual;
  const owner = m.owningType;
  return owner instanceof DefType && !owner.isInterface && owner.isSealed;
}

function addCall(target: MethodDesc, isVirtualCall: boolean, constrained: TypeDesc | undefined, sink: DependencySink): void {
  if (constrained) {
    const direct = resolveConstrainedCall(constrained, target);
    if (direct) {
      sink.add(new MethodNode(direct), 'constrained call');
      return;
    }
    // No own implementation: the value is boxed (value types) or dereferenced, then dispatched.
    if (constrained.isValueType) sink.add(new ConstructedTypeNode(boxedType(constrained)), 'constrained call boxes');
  }
  if (!isVirtualCall || isDevirtualizable(target) || target.isStatic) {
    if (target.owningType instanceof ArrayType || !target.isAbstract) sink.add(new MethodNode(target), isVirtualCall ? 'callvirt (non-virtual)' : 'call');
    return;
  }
  sink.add(new VirtualUseNode(target), 'callvirt');
}

/** The type of the object `box` creates: Nullable<T> boxes to T. */
export function boxedType(t: TypeDesc): TypeDesc {
  return isNullable(t) ? t.instantiation[0]! : t;
}

/** The compile-time constant an instruction pushes: a call to a substituted method, a load of a substituted field, ldc.i4. */
export function constantPushed(ins: Instruction, file: AssemblyFile, gc: GenericContext, env: ScanEnvironment): bigint | null | undefined {
  const name = ins.opcode.name;
  const r = env.substitutions.ctx.resolver;
  if (name === 'call') return env.constants.valueOf(r.resolveMethod(file, ins.operand as number, gc));
  if (name === 'callvirt') {
    // `Log.IsEnabled()` on a method no override can replace: the substituted constant (the call
    // stays, for its null check).
    const m = r.resolveMethod(file, ins.operand as number, gc);
    return m.isVirtual && !m.isFinal ? undefined : env.constants.valueOf(m);
  }
  if (name === 'ldsfld') return env.substitutions.forField(r.resolveField(file, ins.operand as number, gc));
  if (name.startsWith('ldc.i4')) {
    if (typeof ins.operand === 'number') return BigInt(ins.operand);
    const m = /^ldc\.i4\.(m1|\d)$/.exec(name);
    if (m) return m[1] === 'm1' ? -1n : BigInt(m[1]!);
  }
  return undefined;
}
