// What a method looks like as a line of a stack trace: the text CoreCLR's StackTrace.ToString
// builds through reflection ("Ns.Outer.Inner`1.Method[T](Int32 count, List`1 items)"), worked
// out here at compile time from metadata so that the executable needs no reflection to print
// it. The rules follow StackTrace.ToString and ShowInStackTrace:
//   - the typical definition is shown: type parameters by name, the declaring type's FullName
//     with '+' turned into '.', the method's type parameters in brackets;
//   - each parameter is its type's Name (no namespace, `1 arity suffix, & for byref) and name;
//   - MoveNext of a compiler-generated state machine is shown as the method that created it
//     (an iterator's with "+MoveNext()" appended);
//   - methods marked [StackTraceHidden] (or whose type is), and AggressiveInlining methods,
//     are not shown.
import type { AssemblyFile } from '../metadata/assembly.js';
import { LoaderAttributeResolver, decodeCustomAttributeRow } from '../metadata/customattributes.js';
import { type PortablePdb, openPdbFor } from '../metadata/pdb.js';
import { MethodImplAttr, type MethodDesc } from '../typesystem/members.js';
import { ArrayType, ByRefType, DefType, GenericParameter, PointerType, type TypeDesc } from '../typesystem/types.js';

export interface StackFrameName {
  /** The declaring type's part of the text after "   at " ("Ns.Outer.Inner`1"), if any. */
  type?: string;
  /** The method's part ("Method[T](Int32 x)"). */
  method: string;
  /** MoveNext of an async state machine (no "End of stack trace" line after it). */
  isAsync: boolean;
}

const HIDDEN = 'System.Diagnostics.StackTraceHiddenAttribute';
const STATE_MACHINE_ATTRIBUTES = new Map<string, 'async' | 'iterator'>([
  ['System.Runtime.CompilerServices.AsyncStateMachineAttribute', 'async'],
  ['System.Runtime.CompilerServices.IteratorStateMachineAttribute', 'iterator'],
  ['System.Runtime.CompilerServices.AsyncIteratorStateMachineAttribute', 'iterator'],
]);

/** Type.Name as reflection gives it for a parameter type of a typical method definition. */
export function reflectionTypeName(t: TypeDesc): string {
  if (t instanceof DefType) return t.name;
  if (t instanceof GenericParameter) return t.name;
  if (t instanceof ByRefType) return reflectionTypeName(t.elementType) + '&';
  if (t instanceof PointerType) return reflectionTypeName(t.elementType) + '*';
  if (t instanceof ArrayType) return reflectionTypeName(t.elementType) + (t.isSzArray ? '[]' : t.rank === 1 ? '[*]' : `[${','.repeat(t.rank - 1)}]`);
  return String(t);
}

function hasAttribute(file: AssemblyFile, token: number, name: string, m: MethodDesc): boolean {
  return m.ctx.resolver.hasAttribute(file, token, name);
}

/** The parameter names of a method definition, by position (undefined where unnamed). */
function parameterNames(m: MethodDesc): (string | undefined)[] {
  const names: (string | undefined)[] = [];
  if (!m.def) return names;
  const md = m.def.assembly.md;
  for (const rid of md.methodParams(m.def.rid)) {
    const row = md.row('Param', rid);
    if (row.Sequence > 0) names[row.Sequence - 1] = row.Name || undefined;
  }
  return names;
}

/** "Method[T](Int32 x)" for a typical method definition. */
function signatureText(m: MethodDesc): string {
  let s = m.name;
  if (m.instantiation.length) s += `[${m.instantiation.map(reflectionTypeName).join(',')}]`;
  const names = parameterNames(m);
  const params = m.signature.params.map((p, i) => (names[i] !== undefined ? `${reflectionTypeName(p)} ${names[i]}` : reflectionTypeName(p)));
  return `${s}(${params.join(', ')})`;
}

/** The declaring type as a frame shows it: FullName with nested types joined by '.'. */
function typeText(t: DefType): string {
  return t.fullName.replace(/\+/g, '.');
}

/** The method a state machine type was generated for, found by its StateMachine attribute. */
function stateMachineOwner(machine: DefType): { method: MethodDesc; kind: 'async' | 'iterator' } | undefined {
  const outer = machine.containingType;
  if (!outer) return undefined;
  const file = outer.assembly;
  const resolver = new LoaderAttributeResolver(machine.ctx.loader, file);
  const machineName = machine.fullName;
  for (const m of outer.methods) {
    if (!m.def) continue;
    for (const ca of file.md.customAttributesOf(m.token)) {
      const kind = STATE_MACHINE_ATTRIBUTES.get(machine.ctx.resolver.attributeTypeName(file, ca));
      if (!kind) continue;
      const arg = decodeCustomAttributeRow(file.md, ca, resolver).value.fixed[0]?.value;
      if (typeof arg === 'string' && arg.split(',')[0]!.trim() === machineName) return { method: m, kind };
    }
  }
  return undefined;
}

/** The stack trace text of a method, or undefined when stack traces do not show it. */
export function stackFrameName(method: MethodDesc): StackFrameName | undefined {
  const m = method.typicalDefinition;
  if (!m.def) return undefined;
  const file = m.def.assembly;
  if (m.implFlags & MethodImplAttr.AggressiveInlining) return undefined;
  if (hasAttribute(file, m.token, HIDDEN, m)) return undefined;
  const owner = m.owningType instanceof DefType ? m.owningType : undefined;
  if (owner && hasAttribute(owner.assembly, (0x02000000 | owner.def.rid) >>> 0, HIDDEN, m)) return undefined;
  if (owner && m.name === 'MoveNext' && owner.containingType && hasAttribute(owner.assembly, (0x02000000 | owner.def.rid) >>> 0, 'System.Runtime.CompilerServices.CompilerGeneratedAttribute', m)) {
    const sm = stateMachineOwner(owner);
    if (sm) {
      const text = signatureText(sm.method);
      const type = sm.method.owningType instanceof DefType ? typeText(sm.method.owningType) : undefined;
      return { type, method: sm.kind === 'iterator' ? `${text}+${m.name}()` : text, isAsync: sm.kind === 'async' };
    }
  }
  return { type: owner ? typeText(owner) : undefined, method: signatureText(m), isAsync: false };
}

/** A method's source lines by IL offset, from its assembly's portable PDB. */
export interface MethodLines {
  file: string;
  /** The line a stack frame at this IL offset shows (0: none). */
  lineAt(ilOffset: number): number;
}

const pdbs = new WeakMap<AssemblyFile, PortablePdb | null>();

function pdbOf(file: AssemblyFile): PortablePdb | undefined {
  let p = pdbs.get(file);
  if (p === undefined) {
    try {
      p = openPdbFor(file) ?? null;
    } catch {
      p = null; // an unreadable PDB only costs the line numbers, as under dotnet
    }
    pdbs.set(file, p);
  }
  return p ?? undefined;
}

/**
 * The source lines of a method, when its assembly has a PDB. A frame shows the line of the
 * last visible sequence point at or before its IL offset (hidden points are skipped), as
 * CoreCLR's StackTraceSymbols reads it.
 */
export function methodLines(method: MethodDesc): MethodLines | undefined {
  const m = method.typicalDefinition;
  if (!m.def) return undefined;
  const pdb = pdbOf(m.def.assembly);
  if (!pdb || m.def.rid > pdb.methodCount) return undefined;
  const points = pdb.sequencePoints(m.def.rid).filter((p) => !p.hidden).sort((a, b) => a.ilOffset - b.ilOffset);
  if (!points.length) return undefined;
  const file = pdb.document(points[0]!.document).name;
  return {
    file,
    lineAt(ilOffset: number): number {
      let line = 0;
      for (const p of points) {
        if (p.ilOffset > ilOffset) break;
        line = p.startLine;
      }
      return line;
    },
  };
}
