// Virtual and interface dispatch and casting, checked against the JIT. The DispatchProbe fixture
// prints, for a matrix of calls, the string its implementation returned (every implementation
// begins by loading a unique string literal; shapes C# cannot write are emitted at run time
// into DispatchIl.dll beside it), the implementation reflection reports for a set of CoreLib
// cases, and IsAssignableFrom / isinst results for a matrix of type pairs. The test
// resolves each call with vtable.ts / interfaces.ts, reads the literal the resolved method
// loads, and compares; and compares every cast with casting.ts.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { test } from 'node:test';
import { AssemblyLoader } from '../src/metadata/loader.js';
import { TypeSystemContext } from '../src/typesystem/context.js';
import { canCastTo, isAssignableTo } from '../src/typesystem/casting.js';
import {
  AmbiguousImplementationError, interfacesOf, resolveConstrainedCall, resolveConstrainedStatic, resolveInterfaceMethod,
  resolveInterfaceMethodDetailed,
} from '../src/typesystem/interfaces.js';
import type { MethodDesc } from '../src/typesystem/members.js';
import { ArrayType, DefType, type TypeDesc } from '../src/typesystem/types.js';
import { TypeLoadError, resolveVirtualMethod, slotDefiningMethod, vtableOf, vtableSlotOf } from '../src/typesystem/vtable.js';
import { fixtureDll } from './support/fixtures.js';

const dll = fixtureDll('DispatchProbe');
const env = { ...process.env, DOTNET_CLI_TELEMETRY_OPTOUT: '1', DOTNET_NOLOGO: '1' };
const output = execFileSync('dotnet', [dll], { env, maxBuffer: 64 << 20, encoding: 'utf8' });
const lines = output.split('\n').filter((l) => l.length);
const ctx = new TypeSystemContext(AssemblyLoader.forApp(dll));

// ---- the probe's type names ----

type TypeAst =
  | { kind: 'def'; asm: string; name: string; args: TypeAst[] }
  | { kind: 'array'; elem: TypeAst; rank: number }
  | { kind: 'ptr' | 'byref'; elem: TypeAst }
  | { kind: 'fnptr'; params: TypeAst[]; ret: TypeAst }
  | { kind: 'var'; owner: TypeAst; index: number }
  | { kind: 'mvar'; index: number };

function parseType(text: string): TypeAst {
  let pos = 0;
  const peek = (s: string) => text.startsWith(s, pos);
  const expect = (s: string) => {
    if (!peek(s)) throw new Error(`type name '${text}': expected '${s}' at ${pos}`);
    pos += s.length;
  };
  const name = () => {
    const start = pos;
    while (pos < text.length && !'<>[]*&,;#() '.includes(text[pos]!)) pos++;
    return text.slice(start, pos);
  };
  const list = (sep: string, end: string): TypeAst[] => {
    const out: TypeAst[] = [];
    while (!peek(end)) {
      out.push(one());
      if (peek(sep)) pos++;
    }
    expect(end);
    return out;
  };
  const one = (): TypeAst => {
    let t: TypeAst;
    if (peek('!!')) {
      pos += 2;
      expect('[');
      name();
      expect(']');
      name();
      expect('#');
      t = { kind: 'mvar', index: Number(name()) };
    } else if (peek('!')) {
      pos++;
      const owner = one();
      expect('#');
      t = { kind: 'var', owner, index: Number(name()) };
    } else if (peek('fnptr<')) {
      pos += 6;
      const all = list(';', '>');
      t = { kind: 'fnptr', params: all.slice(0, -1), ret: all[all.length - 1]! };
    } else {
      expect('[');
      const asm = name();
      expect(']');
      const n = name();
      const args = peek('<') ? (pos++, list(',', '>')) : [];
      t = { kind: 'def', asm, name: n, args };
    }
    for (;;) {
      if (peek('[]')) { pos += 2; t = { kind: 'array', elem: t, rank: -1 }; }
      else if (peek('[*]')) { pos += 3; t = { kind: 'array', elem: t, rank: 1 }; }
      else if (peek('[,')) {
        let rank = 1;
        pos++;
        while (peek(',')) { rank++; pos++; }
        expect(']');
        t = { kind: 'array', elem: t, rank };
      } else if (peek('*')) { pos++; t = { kind: 'ptr', elem: t }; }
      else if (peek('&')) { pos++; t = { kind: 'byref', elem: t }; }
      else return t;
    }
  };
  const t = one();
  if (pos !== text.length) throw new Error(`type name '${text}': trailing text at ${pos}`);
  return t;
}

function resolveAst(a: TypeAst, methodArgs?: readonly TypeDesc[]): TypeDesc {
  switch (a.kind) {
    case 'def': {
      const open = ctx.findType(ctx.loader.load(a.asm), a.name);
      return a.args.length ? ctx.instantiate(open, a.args.map((x) => resolveAst(x, methodArgs))) : open;
    }
    case 'array': return ctx.arrayType(resolveAst(a.elem, methodArgs), a.rank);
    case 'ptr': return ctx.pointerType(resolveAst(a.elem, methodArgs));
    case 'byref': return ctx.byRefType(resolveAst(a.elem, methodArgs));
    case 'fnptr':
      return ctx.functionPointerType({
        hasThis: false, explicitThis: false, callingConvention: 0, genericParamCount: 0,
        returnType: resolveAst(a.ret, methodArgs), params: a.params.map((p) => resolveAst(p, methodArgs)), varargParams: [],
      });
    case 'var': return (resolveAst(a.owner) as DefType).instantiation[a.index]!;
    case 'mvar':
      if (!methodArgs) throw new Error('method generic parameter outside a method');
      return methodArgs[a.index]!;
  }
}

const typeCache = new Map<string, TypeDesc>();
function typeNamed(text: string): TypeDesc {
  let t = typeCache.get(text);
  if (!t) typeCache.set(text, (t = resolveAst(parseType(text))));
  return t;
}

function splitList(s: string, sep: string): string[] {
  const out: string[] = [];
  let depth = 0, start = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (c === '<' || c === '[') depth++;
    else if (c === '>' || c === ']') depth--;
    else if (c === sep && depth === 0) { out.push(s.slice(start, i)); start = i + 1; }
  }
  if (s.length) out.push(s.slice(start));
  return out;
}

/** The method `name` of `decl` whose parameters are `params` (given over the definition's or the instantiation's types). */
function findMethod(decl: DefType, name: string, params: string[], margs: TypeDesc[]): MethodDesc {
  const asts = params.map(parseType);
  // Like reflection, an inherited method is found through a derived declaring type.
  let owner: DefType = decl;
  while (!owner.methods.some((m) => m.name === name) && owner.baseType instanceof DefType) owner = owner.baseType;
  const hits = owner.methods.filter((m) => {
    if (m.name !== name || m.signature.params.length !== asts.length) return false;
    const open = m.typicalDefinition;
    return asts.every((a, i) => {
      const p = resolveAst(a, m.instantiation);
      return p === m.signature.params[i] || p === open.signature.params[i];
    });
  });
  assert.equal(hits.length, 1, `${decl}::${name}(${params.join(', ')}): ${hits.length} matches`);
  const m = hits[0]!;
  return margs.length ? ctx.method(owner, m.def!.rid, margs) : m;
}

const lineRe = /^(call|map) (\S+) (\S+) (\S+) (\S+) (\S+) \((.*?)\) \{(.*?)\} => (.*)$/;

interface Case { kind: 'call' | 'map'; id: string; via: string; exact: TypeDesc; method: MethodDesc; margs: TypeDesc[]; result: string }

function parseCase(line: string): Case {
  const m = lineRe.exec(line);
  if (!m) throw new Error(`unparsed probe line: ${line}`);
  const [, kind, id, via, exact, decl, name, ps, ms, result] = m as unknown as string[];
  const declType = typeNamed(decl!);
  assert.ok(declType instanceof DefType, `${id}: declaring type ${decl}`);
  const margs = splitList(ms!, ';').map(typeNamed);
  return { kind: kind as 'call' | 'map', id: id!, via: via!, exact: typeNamed(exact!), method: findMethod(declType, name!, splitList(ps!, ';'), margs), margs, result: result! };
}

/** What a call of the case reaches, as dotnative resolves it. */
function resolveCase(c: Case): MethodDesc {
  const exact = c.exact;
  assert.ok(exact instanceof DefType || exact instanceof ArrayType, `${c.id}: exact type ${exact}`);
  switch (c.via) {
    case 'virtual': return resolveVirtualMethod(exact, c.method);
    case 'interface': {
      const impl = resolveInterfaceMethod(exact, c.method);
      assert.ok(impl, `${c.id}: no implementation of ${c.method} on ${exact}`);
      return impl;
    }
    case 'constrained': return resolveConstrainedCall(exact, c.method) ?? resolveVirtualMethod(exact, c.method);
    case 'static': {
      assert.ok(exact instanceof DefType);
      const impl = resolveConstrainedStatic(exact, c.method);
      assert.ok(impl, `${c.id}: no implementation of static ${c.method} on ${exact}`);
      return impl;
    }
    default: throw new Error(`${c.id}: unknown via ${c.via}`);
  }
}

/** The string literal a method starts by loading (every probe implementation does). */
function leadingLiteral(m: MethodDesc): string | undefined {
  if (!m.def || !m.hasIL) return undefined;
  const body = m.def.assembly.methodBody(m.def.rid);
  if (!body || body.il[0] !== 0x72) return undefined;
  const token = body.il[1]! | (body.il[2]! << 8) | (body.il[3]! << 16) | (body.il[4]! << 24);
  return m.def.assembly.md.userString(token >>> 0);
}

function implName(m: MethodDesc): string {
  const owner = m.owningType instanceof DefType ? m.owningType.typeDefinition : m.owningType;
  const asm = owner instanceof DefType ? `[${owner.assembly.name}]${owner.fullName}` : String(owner);
  return `${asm}::${m.name}`;
}

/** Calls whose implementation is a CoreLib method without a literal of its own. */
const corelibImpls: Record<string, string> = {
  s_constrained_tostring_inherited: '[System.Private.CoreLib]System.ValueType::ToString',
  s_constrained_enum_tostring: '[System.Private.CoreLib]System.Enum::ToString',
  s_constrained_int_tostring: '[System.Private.CoreLib]System.Int32::ToString',
};

/** constrained. calls that call the value type's own method directly (the others box). */
const directConstrained = new Set([
  's_constrained', 's_constrained_explicit', 's_constrained_tostring', 's_constrained_dim_e', 's_generic_struct',
  's_generic_struct_explicit', 's_constrained_int_tostring', 's_constrained_gvm', 's_constrained_gvm_n', 's_constrained_equatable',
  's_constrained_equals_object', 's_constrained_gethashcode',
]);

const cases = lines.filter((l) => l.startsWith('call ') || l.startsWith('map ')).map(parseCase);

test('the probe ran and printed every section', () => {
  assert.ok(cases.filter((c) => c.kind === 'call').length >= 140, 'call lines');
  assert.ok(cases.filter((c) => c.kind === 'map').length >= 20, 'map lines');
  assert.ok(lines.filter((l) => l.startsWith('cast ')).length > 10000, 'cast lines');
  assert.ok(lines.filter((l) => l.startsWith('isinst ')).length > 5000, 'isinst lines');
});

test('every call reaches the implementation the JIT called', () => {
  const failures: string[] = [];
  for (const c of cases.filter((x) => x.kind === 'call')) {
    try {
      if (c.result.startsWith('!TypeLoadException')) {
        assert.throws(() => resolveCase(c), TypeLoadError, `${c.id}: the JIT refused to load the type`);
        continue;
      }
      const impl = resolveCase(c);
      if (c.margs.length) assert.deepEqual(impl.instantiation, c.margs, `${c.id}: method instantiation of ${impl}`);
      const expected = corelibImpls[c.id];
      if (expected) assert.equal(implName(impl), expected, c.id);
      else assert.equal(leadingLiteral(impl), c.result, `${c.id}: resolved ${impl}`);
      if (c.via === 'constrained') {
        const direct = resolveConstrainedCall(c.exact, c.method);
        assert.equal(!!direct, directConstrained.has(c.id), `${c.id}: direct call ${direct ?? '(box)'}`);
      }
    } catch (e) {
      failures.push(`${c.id}: ${(e as Error).message}`);
    }
  }
  assert.deepEqual(failures, []);
});

test('CoreLib implementations match what reflection reports', () => {
  const failures: string[] = [];
  for (const c of cases.filter((x) => x.kind === 'map')) {
    try {
      assert.equal(implName(resolveCase(c)), c.result, c.id);
    } catch (e) {
      failures.push(`${c.id}: ${(e as Error).message}`);
    }
  }
  assert.deepEqual(failures, []);
});

function castLines(prefix: string, relation: (s: TypeDesc, t: TypeDesc) => boolean): string[] {
  const failures: string[] = [];
  for (const l of lines) {
    if (!l.startsWith(prefix)) continue;
    const [, source, target, result] = l.split(' ');
    let got: boolean | string;
    try {
      got = relation(typeNamed(source!), typeNamed(target!));
    } catch (e) {
      got = (e as Error).message;
    }
    if (String(got) !== (result === 'True' ? 'true' : 'false')) failures.push(`${source} -> ${target}: JIT ${result}, got ${got}`);
  }
  return failures;
}

test('isAssignableTo agrees with Type.IsAssignableFrom on the whole matrix', () => {
  const failures = castLines('cast ', isAssignableTo);
  assert.deepEqual(failures.slice(0, 40), [], `${failures.length} mismatches`);
});

test('canCastTo agrees with isinst on boxed values and objects', () => {
  const failures = castLines('isinst ', canCastTo);
  assert.deepEqual(failures.slice(0, 40), [], `${failures.length} mismatches`);
});

// ---- properties of the layout itself ----

const probe = (name: string) => ctx.findType(ctx.loader.load('DispatchProbe'), 'DispatchProbe.' + name);

test('a vtable extends its parent vtable slot by slot', () => {
  for (const name of ['Derived', 'DerivedNew2', 'MoreD', 'Leaf', 'CDer3', 'GDerived3', 'VSub', 'Concrete2']) {
    const t = probe(name);
    const base = t.baseType as DefType;
    const mine = vtableOf(t), parent = vtableOf(base);
    assert.ok(mine.length >= parent.length, name);
    parent.forEach((s, i) => {
      assert.equal(mine[i]!.slot, i);
      assert.equal(mine[i]!.declaration, s.declaration, `${name} slot ${i}`);
    });
  }
  const object = vtableOf(ctx.wellKnown('System.Object'));
  assert.deepEqual(object.map((s) => s.declaration.name).sort(), ['Equals', 'Finalize', 'GetHashCode', 'ToString']);
});

test('newslot, override and generic virtual methods get the slots CoreCLR gives them', () => {
  const base = probe('Base'), derivedNew = probe('DerivedNew'), derived = probe('Derived');
  const m = base.findMethod('M')!;
  assert.equal(vtableSlotOf(derived.findMethod('M')!), vtableSlotOf(m));
  assert.notEqual(vtableSlotOf(derivedNew.findMethod('M')!), vtableSlotOf(m));
  assert.equal(slotDefiningMethod(derived.findMethod('M')!), m);
  assert.equal(vtableSlotOf(base.findMethod('GM')!), undefined, 'generic virtual methods have no slot');
  assert.ok(!vtableOf(derived).some((s) => s.declaration.isGenericMethod));
  // The covariant override takes a new slot and also fills the base slot.
  const cder = probe('CDer'), cbase = probe('CBase');
  const make = cder.findMethod('Make')!;
  assert.notEqual(vtableSlotOf(make), vtableSlotOf(cbase.findMethod('Make')!));
  assert.equal(vtableOf(cder)[vtableSlotOf(cbase.findMethod('Make')!)!]!.implementation, make);
  // Interface methods have slots in the interface's own table.
  const ibar = probe('IBar');
  assert.equal(vtableSlotOf(ibar.findMethod('Bar')!), 0);
  assert.equal(vtableOf(ibar).length, 1);
  // Reference types are never called directly by constrained. callvirt; value types only for their own methods.
  assert.equal(resolveConstrainedCall(probe('Leaf'), m), undefined);
  assert.equal(resolveConstrainedCall(probe('SNoToString'), ctx.wellKnown('System.Object').findMethod('ToString')!), undefined);
  assert.equal(String(resolveConstrainedCall(probe('SImpl'), ctx.wellKnown('System.Object').findMethod('ToString')!)?.owningType), 'DispatchProbe.SImpl');
  // Instantiated layouts carry instantiated methods.
  const gd2 = ctx.instantiate(probe('GDerived2`1'), [ctx.wellKnown('System.String')]);
  const get = vtableOf(gd2).find((s) => s.implementation.name === 'Get')!;
  assert.equal(String(get.implementation.owningType), 'DispatchProbe.GDerived2<System.String>');
  assert.equal(String(get.declaration.owningType), 'DispatchProbe.GBase<System.String>');
});

test('interface sets are complete, ordered parent-first and instantiated', () => {
  const names = (t: TypeDesc) => interfacesOf(t).map(String);
  assert.deepEqual(names(probe('BarImpl')), ['DispatchProbe.IBar', 'DispatchProbe.IFoo']);
  assert.deepEqual(names(probe('OutSub')), ['DispatchProbe.IOut<System.String>', 'DispatchProbe.IOut<DispatchProbe.Cat>']);
  const listInt = ctx.instantiate(ctx.wellKnown('System.Collections.Generic.List`1'), [ctx.wellKnown('System.Int32')]);
  for (const i of ['System.Collections.Generic.IList<System.Int32>', 'System.Collections.Generic.ICollection<System.Int32>',
    'System.Collections.Generic.IEnumerable<System.Int32>', 'System.Collections.IEnumerable', 'System.Collections.IList',
    'System.Collections.Generic.IReadOnlyList<System.Int32>']) {
    assert.ok(names(listInt).includes(i), i);
  }
  assert.equal(new Set(names(listInt)).size, names(listInt).length, 'no duplicates');
  const intArray = ctx.arrayType(ctx.wellKnown('System.Int32'));
  assert.ok(names(intArray).includes('System.Collections.Generic.IList<System.Int32>'));
  assert.ok(names(intArray).includes('System.Collections.ICollection'));
});

test('default interface method diamonds and re-abstraction are distinct results', () => {
  const d = probe('IDim').findMethod('D')!;
  const both = resolveInterfaceMethodDetailed(probe('IDimBoth'), d);
  assert.equal(both.kind, 'ambiguous');
  assert.deepEqual(both.kind === 'ambiguous' && both.candidates.map((m) => `${m.owningType}::${m.name}`).sort(),
    ['DispatchProbe.IDimL::DispatchProbe.IDim.D', 'DispatchProbe.IDimR::DispatchProbe.IDim.D']);
  assert.throws(() => resolveInterfaceMethod(probe('IDimBoth') as DefType, d), AmbiguousImplementationError);
  const joined = resolveInterfaceMethodDetailed(probe('IDimJoin'), d);
  assert.equal(joined.kind === 'method' && String(joined.method.owningType), 'DispatchProbe.IDimJoin');
  const reab = resolveInterfaceMethodDetailed(probe('IDimReab'), d);
  assert.equal(reab.kind, 'reabstracted');
  assert.equal(resolveInterfaceMethod(probe('IDimReab'), d), undefined);
  // E has no default anywhere: nothing to call on an interface alone.
  assert.equal(resolveInterfaceMethodDetailed(probe('IDim2'), probe('IDim').findMethod('E')!).kind, 'none');
});

test('arrays dispatch their generic interfaces to SZArrayHelper', () => {
  const intArray = ctx.arrayType(ctx.wellKnown('System.Int32'));
  const ienum = ctx.instantiate(ctx.wellKnown('System.Collections.Generic.IEnumerable`1'), [ctx.wellKnown('System.Int32')]);
  const impl = resolveInterfaceMethod(intArray, ienum.findMethod('GetEnumerator')!)!;
  assert.equal(String(impl.owningType), 'System.SZArrayHelper');
  assert.deepEqual(impl.instantiation, [ctx.wellKnown('System.Int32')]);
  const count = resolveInterfaceMethod(intArray, ctx.wellKnown('System.Collections.ICollection').findMethod('get_Count')!)!;
  assert.equal(String(count.owningType), 'System.Array');
});

// ---- framework sweep: the runtime's interface maps and overrides for every concrete type ----

// DOTNATIVE_SWEEP_ASSEMBLIES=all (or a comma-separated list) widens the sweep to the whole framework.
const sweepAll = () => readdirSync(ctx.loader.framework.dir).filter((f) => f.endsWith('.dll')).map((f) => f.slice(0, -4))
  .filter((n) => !['Microsoft.DiaSymReader.Native.amd64', 'mscorlib', 'netstandard', 'Microsoft.VisualBasic'].includes(n));
const sweepAssemblies = process.env.DOTNATIVE_SWEEP_ASSEMBLIES === 'all' ? sweepAll() : process.env.DOTNATIVE_SWEEP_ASSEMBLIES?.split(',') ?? [
  'System.Private.CoreLib', 'System.Collections', 'System.Linq', 'System.Collections.Immutable', 'System.Text.Json',
  'System.Private.Xml', 'System.Linq.Expressions', 'System.Net.Http', 'System.Collections.Concurrent', 'System.ObjectModel',
  'System.Private.Uri', 'System.Runtime.Numerics',
];

test('interface maps and overrides of every concrete framework type match the runtime', () => {
  const sweep = execFileSync('dotnet', [dll, '--sweep', ...sweepAssemblies], { env, maxBuffer: 256 << 20, encoding: 'utf8' });
  const failures: string[] = [];
  let imaps = 0, vmaps = 0;
  const sweepRe = /^(imap|vmap) (\S+) (\S+) ([0-9a-f]{8}) => (\S+) ([0-9a-f]{8})$/;
  for (const line of sweep.split('\n')) {
    if (!line) continue;
    const m = sweepRe.exec(line);
    if (!m) { failures.push(`unparsed: ${line}`); continue; }
    const [, kind, typeName, declName, token, implType, implToken] = m as unknown as string[];
    try {
      const t = typeNamed(typeName!);
      const decl = typeNamed(declName!);
      assert.ok(t instanceof DefType && decl instanceof DefType);
      const method = ctx.methodForDefinition(decl, Number.parseInt(token!, 16) & 0xffffff);
      let impl: MethodDesc | undefined;
      if (kind === 'imap') {
        imaps++;
        impl = method.isStatic ? resolveConstrainedStatic(t, method) : resolveInterfaceMethod(t, method);
      } else {
        vmaps++;
        impl = resolveVirtualMethod(t, method);
      }
      assert.ok(impl, 'no implementation');
      const owner = (impl.owningType as DefType).typeDefinition;
      const got = `[${owner.assembly.name}]${owner.fullName} ${impl.token.toString(16).padStart(8, '0')}`;
      if (got === `${implType} ${implToken}`) continue;
      // Reflection's GetBaseDefinition does not follow C# 9 covariant overrides (a newslot method
      // plus a MethodImpl): it reports the base method where the runtime calls the override.
      const covariant = kind === 'vmap' && ctx.resolver.hasAttribute(impl.def!.assembly, impl.token, 'System.Runtime.CompilerServices.PreserveBaseOverridesAttribute')
        && `${implType} ${implToken}` === `${declName} ${token}`;
      if (!covariant) failures.push(`${line}: got ${got} (${impl})`);
    } catch (e) {
      failures.push(`${line}: ${(e as Error).message}`);
    }
  }
  assert.ok(imaps > 1000 && vmaps > 1000, `${imaps} interface maps, ${vmaps} overrides`);
  assert.deepEqual(failures.slice(0, 30), [], `${failures.length} mismatches`);
});
