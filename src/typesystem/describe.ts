// `dotnative inspect --type`: a type as the compiler sees it — kind, base, size and field
// offsets (CoreCLR layout), static fields, virtual slots with their implementations, and the
// interface map with the method each interface slot dispatches to.
import type { AssemblyFile } from '../metadata/assembly.js';
import type { AssemblyLoader } from '../metadata/loader.js';
import { TypeSystemContext } from './context.js';
import { allInterfaces, resolveInterfaceMethod } from './interfaces.js';
import { instanceLayout, staticLayout } from './layout.js';
import type { MethodDesc } from './members.js';
import { parseTypeName } from './typename.js';
import { ArrayType, DefType, type TypeDesc } from './types.js';
import { vtableOf } from './vtable.js';

const contexts = new WeakMap<AssemblyLoader, TypeSystemContext>();

function contextFor(loader: AssemblyLoader): TypeSystemContext {
  let ctx = contexts.get(loader);
  if (!ctx) contexts.set(loader, (ctx = new TypeSystemContext(loader)));
  return ctx;
}

/**
 * Describes a type named as on the command line (`NS.Outer+Inner`, `List<int>`, `int[]`). An
 * uninstantiated generic type is shown over System.__Canon, as CoreCLR lays out shared code.
 */
export function describeType(loader: AssemblyLoader, file: AssemblyFile, fullName: string): string {
  const ctx = contextFor(loader);
  let t: TypeDesc = parseTypeName(ctx, file, fullName);
  if (t instanceof DefType && t.isTypeDefinition && t.instantiation.length) {
    t = ctx.instantiate(t, t.instantiation.map(() => ctx.wellKnown('System.__Canon')));
  }
  const out: string[] = [];
  if (t instanceof ArrayType) {
    const l = instanceLayout(t);
    out.push(`type ${t} (array, ${t.isSzArray ? 'single-dimensional' : `rank ${t.rank}`})`);
    out.push(`  base size: ${l.baseSize}  component size: ${l.componentSize}`);
    return out.join('\n');
  }
  if (!(t instanceof DefType)) return `type ${t}: not a class, struct, interface or array`;
  const kind = t.isInterface ? 'interface' : t.isEnum ? 'enum' : t.isValueType ? 'struct' : t.isDelegate ? 'delegate' : 'class';
  const mods = [t.isAbstract && !t.isInterface ? 'abstract' : '', t.isSealed && !t.isValueType ? 'sealed' : ''].filter(Boolean);
  out.push(`type ${t} (${[...mods, kind].join(' ')}, ${t.assembly.name})`);
  if (t.baseType) out.push(`  base: ${t.baseType}`);
  if (t.isEnum) out.push(`  underlying type: ${t.enumUnderlyingType}`);
  if (!t.isInterface) {
    const l = instanceLayout(t);
    if (t.isValueType) out.push(`  size: ${l.instanceSize}  alignment: ${l.alignment}  boxed base size: ${l.baseSize}  layout: ${l.layoutKind}`);
    else out.push(`  base size: ${l.baseSize}  field bytes: ${l.fieldBytes}  layout: ${l.layoutKind}`);
    if (l.gcPointerMap.length) out.push(`  gc references at: ${l.gcPointerMap.join(', ')}`);
    if (l.fields.length) {
      out.push('  instance fields:');
      for (const { field, offset } of l.fields) {
        const inherited = field.owningType !== t ? `  (from ${field.owningType})` : '';
        out.push(`    +${String(offset).padEnd(5)} ${field.type} ${field.name}${inherited}`);
      }
    }
    const s = staticLayout(t);
    const statics: string[] = [];
    for (const [label, block] of [['gc', s.gc], ['non-gc', s.nonGc], ['thread gc', s.threadGc], ['thread non-gc', s.threadNonGc]] as const) {
      for (const { field, offset } of block.fields) statics.push(`    ${label} +${String(offset).padEnd(5)} ${field.type} ${field.name}`);
    }
    if (statics.length) out.push('  static fields:', ...statics);
    const literals = t.fields.filter((f) => f.isLiteral);
    if (literals.length) out.push(`  constants: ${literals.map((f) => f.name).join(', ')}`);
  }
  if (!t.isInterface) {
    const slots = vtableOf(t);
    if (slots.length) {
      out.push('  virtual slots:');
      for (const s of slots) {
        const impl = s.implementation ? name(s.implementation) : '(abstract)';
        out.push(`    ${String(s.slot).padStart(3)}  ${name(s.declaration)} -> ${impl}`);
      }
    }
  }
  const interfaces = allInterfaces(t);
  if (interfaces.length) {
    out.push('  interfaces:');
    for (const i of interfaces) {
      out.push(`    ${i}`);
      if (t.isInterface) continue;
      for (const m of i.methods) {
        if (!m.isVirtual && !m.isAbstract) continue;
        let target: string;
        try {
          const impl = resolveInterfaceMethod(t, m);
          target = impl ? name(impl) : t.isAbstract ? '(abstract)' : '(none)';
        } catch (e) {
          target = `(${(e as Error).message})`;
        }
        out.push(`      ${m.name} -> ${target}`);
      }
    }
  }
  return out.join('\n');
}

function name(m: MethodDesc): string {
  const inst = m.instantiation.length ? `<${m.instantiation.map(String).join(',')}>` : '';
  return `${m.owningType}::${m.name}${inst}(${m.signature.params.map(String).join(', ')})`;
}
