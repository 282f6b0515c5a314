// Typed references: mkrefany, refanyval and refanytype (C#'s __makeref, __refvalue, __reftype).
// A System.TypedReference is CoreLib's struct { ref byte _value; IntPtr _type }: the address and
// the exact type's descriptor, which CoreLib's own code (TypedReference.ToObject, GetTargetType)
// reads as a TypeHandle — so `_type` holds the DnMethodTable pointer, as CoreCLR keeps its
// MethodTable there. (`arglist`, the other instruction of this family, stays unsupported: vararg
// methods do not exist in CoreCLR on Unix either.)
import type { MkRefAnyStmt, RefAnyTypeStmt, RefAnyValStmt } from '../ir/ir.js';
import type { FieldDesc } from '../typesystem/members.js';
import type { MethodEmitter } from './methods.js';

/** The C member names of TypedReference's two fields. */
function members(em: MethodEmitter): { value: string; type: string } {
  const gen = em.gen;
  const tr = gen.kit.typedRef;
  const field = (name: string): FieldDesc => tr.fields.find((f) => f.name === name && !f.isStatic)!;
  return { value: gen.ctypes.member(field('_value')), type: gen.ctypes.member(field('_type')) };
}

/** Emits one typed-reference statement. */
export function emitTypedRef(em: MethodEmitter, s: MkRefAnyStmt | RefAnyValStmt | RefAnyTypeStmt): void {
  const gen = em.gen;
  const ct = gen.ctypes;
  const f = members(em);
  switch (s.kind) {
    case 'mkrefany': {
      gen.useType(em.deps, s.dst.type);
      const mt = gen.mt(em.deps, s.type);
      em.assignTo(s.dst, `(${ct.storage(s.dst.type)}){ .${f.value} = (uint8_t *)${em.val(s.addr)}, .${f.type} = (intptr_t)${mt} }`);
      break;
    }
    case 'refanyval': {
      // The exact type must match (no variance, no boxing): CoreCLR's refanyval helper raises
      // InvalidCastException with its default message otherwise.
      const mt = gen.mt(em.deps, s.type);
      gen.needException('InvalidCast');
      const tr = em.val(s.typedRef);
      em.emit(`if (DN_UNLIKELY((${tr}).${f.type} != (intptr_t)${mt})) { dn_throw_kind(DN_EXC_INVALID_CAST, NULL); goto ${em.unwindLabel()}; }`);
      em.assignTo(s.dst, `(${ct.storage(s.dst.type)})(${tr}).${f.value}`);
      break;
    }
    case 'refanytype': {
      // A RuntimeTypeHandle holds the type's RuntimeType object; a default TypedReference has
      // none (its handle wraps null, as under CoreCLR).
      gen.useType(em.deps, s.dst.type);
      gen.needTypeObjects();
      const obj = em.hidden('DnObject *', 'rt');
      const tr = em.val(s.typedRef);
      em.emit(`${obj} = NULL;`);
      em.emit(`if ((${tr}).${f.type} != 0 && (${obj} = dn_program_type_object((const DnMethodTable *)(${tr}).${f.type})) == NULL) goto ${em.unwindLabel()};`);
      em.assignTo(s.dst, `(${ct.storage(s.dst.type)}){ ${obj} }`);
      break;
    }
  }
}
