// [UnsafeAccessor] methods: `static extern` methods whose body the runtime supplies, reaching a
// member that is not accessible from the caller (framework assemblies use them across assembly
// boundaries, e.g. System.Diagnostics.Process calling SerializationInfo's internal
// ThrowIfDeserializationInProgress; source generators use them for init-only members). The
// target is found at compile time by the rules of UnsafeAccessorAttribute:
//   Constructor   T Make(args)               -> new T(args)
//   Method        R M(T target, args)        -> target.M(args), called directly
//   StaticMethod  R M(T ignored, args)       -> T.M(args)
//   Field         ref F F(T target)          -> ref target.F
//   StaticField   ref F F(T ignored)         -> ref T.F
// The name is UnsafeAccessorAttribute.Name, else the accessor's own name; the member is looked
// up on T itself (not its base types) with the same parameter and return types.
import { LoaderAttributeResolver, decodeCustomAttributeRow } from '../metadata/customattributes.js';
import type { FieldDesc, MethodDesc } from '../typesystem/members.js';
import { ByRefType, DefType, type TypeDesc } from '../typesystem/types.js';
import { fnBody } from './bodies.js';
import type { Deps } from './deps.js';
import type { ProgramGen } from './program.js';

const ATTRIBUTE = 'System.Runtime.CompilerServices.UnsafeAccessorAttribute';
/** UnsafeAccessorKind's values, in order (Constructor = 0). */
const KINDS = ['Constructor', 'Method', 'StaticMethod', 'Field', 'StaticField'] as const;
type Kind = (typeof KINDS)[number];

interface Accessor {
  kind: Kind;
  name: string;
}

/** The UnsafeAccessor attribute of a method, if it has one. */
export function unsafeAccessorOf(m: MethodDesc): Accessor | undefined {
  if (!m.def || m.hasIL) return undefined;
  const file = m.def.assembly;
  for (const ca of file.md.customAttributesOf(m.token)) {
    if (m.ctx.resolver.attributeTypeName(file, ca) !== ATTRIBUTE) continue;
    const value = decodeCustomAttributeRow(file.md, ca, new LoaderAttributeResolver(m.ctx.loader, file)).value;
    const kind = KINDS[Number(value.fixed[0]?.value ?? -1)];
    if (!kind) return undefined;
    const named = value.named.find((a) => a.name === 'Name')?.value;
    return { kind, name: typeof named === 'string' ? named : m.name };
  }
  return undefined;
}

const strip = (t: TypeDesc): TypeDesc => (t instanceof ByRefType ? t.elementType : t);

function sameTypes(a: readonly TypeDesc[], b: readonly TypeDesc[]): boolean {
  return a.length === b.length && a.every((t, i) => t === b[i]);
}

function findMethod(type: DefType, name: string, isStatic: boolean, params: readonly TypeDesc[], ret: TypeDesc): MethodDesc | undefined {
  return type.methods.find((x) => x.name === name && x.isStatic === isStatic && sameTypes(x.signature.params, params) && x.signature.returnType === ret);
}

/** The C body of an [UnsafeAccessor] method, or undefined when it has none or names no member. */
export function unsafeAccessorBody(m: MethodDesc, gen: ProgramGen, deps: Deps): string | undefined {
  const acc = unsafeAccessorOf(m);
  if (!acc) return undefined;
  const sig = m.signature;
  const args = (from: number) => sig.params.slice(from).map((_, i) => `a${i + from}`);
  const ret = (expr: string) => (sig.returnType === gen.kit.void ? `${expr};` : `return ${expr};`);
  const how = `[UnsafeAccessor(${acc.kind}, Name = "${acc.name}")]`;
  const ct = gen.ctypes;
  if (acc.kind === 'Constructor') {
    const type = sig.returnType;
    if (!(type instanceof DefType)) return undefined;
    const ctor = type.methods.find((x) => x.isConstructor && sameTypes(x.signature.params, sig.params));
    if (!ctor) return undefined;
    gen.require(ctor, how);
    const call = (self: string) => `${gen.fn(deps, ctor)}(${[self, ...args(0)].join(', ')})`;
    if (type.isValueType) {
      gen.useType(deps, type);
      return fnBody(m, gen, deps, [`${ct.storage(type)} v = {0};`, `${call('&v')};`, 'return v;'], how);
    }
    gen.requireConstructed(type, how);
    return fnBody(m, gen, deps, [`DnObject *o = dn_alloc_object(${gen.mt(deps, type)});`, 'if (o == NULL) return NULL;', `${call('o')};`, 'return o;'], how);
  }
  const target = sig.params.length ? strip(sig.params[0]!) : undefined;
  if (!(target instanceof DefType)) return undefined;
  if (acc.kind === 'Method' || acc.kind === 'StaticMethod') {
    const isStatic = acc.kind === 'StaticMethod';
    const method = findMethod(target, acc.name, isStatic, sig.params.slice(1), sig.returnType);
    if (!method) return undefined;
    gen.require(method, how);
    const callArgs = isStatic ? args(1) : args(0);
    return fnBody(m, gen, deps, [...(isStatic ? ['(void)a0;'] : []), ret(`${gen.fn(deps, method)}(${callArgs.join(', ')})`)], how);
  }
  if (acc.kind === 'Field' || acc.kind === 'StaticField') {
    const field: FieldDesc | undefined = target.fields.find((f) => f.name === acc.name && f.isStatic === (acc.kind === 'StaticField'));
    if (!field || !(sig.returnType instanceof ByRefType)) return undefined;
    const rt = ct.storage(sig.returnType);
    if (acc.kind === 'StaticField') {
      const trigger = gen.staticAccessTrigger(deps, field, m);
      const name = gen.staticField(deps, field);
      return fnBody(m, gen, deps, [
        '(void)a0;',
        ...(trigger ? [`if (DN_UNLIKELY(!dn_ensure_cctor(&${trigger}))) return NULL;`] : []),
        `return (${rt})${field.hasRva ? name : `&${name}`};`,
      ], how);
    }
    gen.useStruct(deps, target);
    const struct = ct.struct(target).name;
    return fnBody(m, gen, deps, [`return (${rt})&((${struct} *)a0)->${ct.member(field)};`], how);
  }
  return undefined;
}
