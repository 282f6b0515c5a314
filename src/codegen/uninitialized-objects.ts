// RuntimeHelpers.GetUninitializedObject(Type): CoreLib asks the QCall
// ReflectionSerialization_GetCreateUninitializedObjectInfo for an allocator and its argument,
// then calls allocator(argument). The checks are CoreCLR's, in its order and with its exception
// kinds and resource texts (void, arrays/pointers/byrefs, delegates: ArgumentException; string:
// ArgumentException; abstract classes and interfaces: MemberAccessException; open generics:
// MemberAccessException; byref-like: NotSupportedException). Nullable<T> allocates a T. A type
// without beforefieldinit has its class constructor run first, as CoreCLR does: while the QCall is
// kept, the precise class constructors of the types the program can name are kept too.
import { isNullable } from '../typesystem/casting.js';
import { instanceLayout } from '../typesystem/layout.js';
import { DefType, type TypeDesc } from '../typesystem/types.js';
import { type BodyHandler, qcallTypeMt, typeInfoBody } from './bodies.js';
import { cString, type ProgramGen } from './program.js';
import { nameableTypes } from './nameable-types.js';
import { throwNewWithMessage } from './managed-exceptions.js';

const users = new WeakSet<ProgramGen>();

/** QCall (type, &allocator, &allocatorFirstArg). */
export const uninitializedObjectInfoBody: BodyHandler = (m, g, d) => {
  const p = m.signature.params;
  if (p.length !== 3) return undefined;
  users.add(g);
  for (const k of ['Argument', 'NotSupported'] as const) g.needException(k);
  const memberAccess = (key: string) => throwNewWithMessage(g, d, 'System.MemberAccessException', text(key));
  const text = (key: string) => cString(g.resourceString('System.Private.CoreLib', key) ?? key);
  d.declare('dn_uninitialized_allocate', 'static DnObject *dn_uninitialized_allocate(void *mt) { return dn_alloc_object((const DnMethodTable *)mt); }');
  return typeInfoBody(m, g, d, [
    `const DnMethodTable *mt = ${qcallTypeMt(g, d, p[0]!, 'a0')};`,
    'uint8_t et = mt->cor_element_type;',
    `if (et == DN_ELEMENT_TYPE_VOID || et == DN_ELEMENT_TYPE_PTR || et == DN_ELEMENT_TYPE_BYREF || et == DN_ELEMENT_TYPE_FNPTR || dn_mt_is_array(mt) || (mt->dn_flags & DN_TYPE_FLAG_DELEGATE) != 0) { dn_throw_kind(DN_EXC_ARGUMENT, ${text('NotSupported_Type')}); return; }`,
    `if ((mt->flags & DN_MT_FLAG_HAS_COMPONENT_SIZE) != 0) { dn_throw_kind(DN_EXC_ARGUMENT, ${text('Argument_NoUninitializedStrings')}); return; }`,
    `if (dn_mt_is_interface(mt)) { ${memberAccess('Acc_CreateInterface')} return; }`,
    `if ((mt->dn_flags & DN_TYPE_FLAG_ABSTRACT) != 0) { ${memberAccess('Acc_CreateAbst')} return; }`,
    `if ((mt->flags & DN_MT_FLAG_CONTAINS_GENERIC_VARIABLES) != 0 || (mt->flags & DN_MT_FLAG_GENERICS_MASK) == DN_MT_FLAG_GENERICS_TYPICAL_INST) { ${memberAccess('Acc_CreateGeneric')} return; }`,
    `if ((mt->flags & DN_MT_FLAG_IS_BYREF_LIKE) != 0) { dn_throw_kind(DN_EXC_NOT_SUPPORTED, ${text('NotSupported_ByRefLike')}); return; }`,
    'if (dn_mt_is_nullable(mt)) mt = mt->generic_args[0];',
    '*(void **)a1 = (void *)dn_uninitialized_allocate;',
    '*(void **)a2 = (void *)mt;',
    'if (mt->cctor != NULL) (void)dn_ensure_cctor(mt->cctor); /* a failure stays pending */',
  ], 'implemented by dotnative (CoreCLR\'s checks over the type descriptor)');
};

/** A type GetUninitializedObject can allocate (what it allocates for Nullable<T>: T). */
function allocatable(t: TypeDesc): DefType | undefined {
  if (!(t instanceof DefType) || t.containsGenericParameters || t.isInterface || t.isAbstract || t.isDelegate) return undefined;
  if (t.isValueType && instanceLayout(t).isByRefLike) return undefined;
  const p = t.primitiveKind;
  if (p === 'void' || p === 'string') return undefined;
  return isNullable(t) ? allocatable(t.instantiation[0]!) : t;
}

/**
 * Called every code generation round: the types GetUninitializedObject may allocate are
 * constructed (an object needs the full descriptor: a struct named only by typeof has none),
 * and their precise class constructors, which it runs, are kept.
 */
export function planUninitializedObjects(gen: ProgramGen): void {
  if (!users.has(gen)) return;
  for (const named of nameableTypes(gen)) {
    const t = allocatable(named);
    if (!t) continue;
    gen.requireConstructed(t, 'RuntimeHelpers.GetUninitializedObject');
    if (t.isBeforeFieldInit) continue;
    const cctor = t.methods.find((x) => x.isStaticConstructor);
    if (!cctor) continue;
    if (gen.isCompiled(cctor)) gen.useCctor(t);
    else gen.require(cctor, 'RuntimeHelpers.GetUninitializedObject');
  }
}
