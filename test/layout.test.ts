// CoreCLR-compatible layout: the LayoutProbe fixture runs under `dotnet` and reports, for a
// matrix of its own types and of CoreLib types, the MethodTable BaseSize and component size,
// the size of value types, every instance field offset and the GC reference slots (decoded from
// the runtime's GCDesc). layout.ts must compute exactly the same facts from metadata.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { describe, it } from 'node:test';
import type { AssemblyFile } from '../src/metadata/assembly.js';
import { AssemblyLoader } from '../src/metadata/loader.js';
import { TypeSystemContext } from '../src/typesystem/context.js';
import { fieldSizeAndAlignment, instanceLayout, type InstanceLayout, staticLayout } from '../src/typesystem/layout.js';
import { ArrayType, DefType, type TypeDesc } from '../src/typesystem/types.js';
import { fixtureDll } from './support/fixtures.js';

const dll = fixtureDll('LayoutProbe');
const ctx = new TypeSystemContext(AssemblyLoader.forApp(dll));
const probeAsm: AssemblyFile = ctx.loader.loaded.find((a) => a.name === 'LayoutProbe')!;

/** Parses the probe's type names: Namespace.Name`N<Arg,...>, nested with '+', arrays [] / [,]. */
function parseType(text: string): TypeDesc {
  let pos = 0;
  const parse = (): TypeDesc => {
    const start = pos;
    while (pos < text.length && !'<>,['.includes(text[pos]!)) pos++;
    const name = text.slice(start, pos);
    let t: TypeDesc = findDef(name);
    if (text[pos] === '<') {
      pos++;
      const args: TypeDesc[] = [];
      for (;;) {
        args.push(parse());
        if (text[pos] === ',') pos++;
        else break;
      }
      assert.equal(text[pos], '>', `bad type name ${text}`);
      pos++;
      t = ctx.instantiate(t as DefType, args);
    }
    while (text[pos] === '[') {
      const end = text.indexOf(']', pos);
      const inner = text.slice(pos + 1, end);
      t = inner === '' ? ctx.arrayType(t, -1) : ctx.arrayType(t, inner.length + 1);
      pos = end + 1;
    }
    return t;
  };
  const t = parse();
  assert.equal(pos, text.length, `bad type name ${text}`);
  return t;
}

function findDef(name: string): DefType {
  for (const file of [probeAsm, ctx.coreLib]) {
    const h = ctx.loader.findType(file, name);
    if (h) return ctx.typeForDefinition(h.assembly, h.rid);
  }
  throw new Error(`type ${name} not found`);
}

interface ProbedType {
  name: string;
  baseSize?: number;
  size?: number;
  component?: number;
  gc?: number[];
  gcElem?: number[];
  fields: { declaring: string; name: string; offset: number }[];
  error?: string;
}

function runProbe(): Map<string, ProbedType> {
  const out = execFileSync('dotnet', [dll], { encoding: 'utf8', env: { ...process.env, DOTNET_CLI_TELEMETRY_OPTOUT: '1', DOTNET_NOLOGO: '1' } });
  const types = new Map<string, ProbedType>();
  const get = (name: string) => {
    let t = types.get(name);
    if (!t) types.set(name, (t = { name, fields: [] }));
    return t;
  };
  const list = (s: string | undefined) => (s ? s.split(',').map(Number) : []);
  for (const line of out.split('\n')) {
    if (!line) continue;
    const [kind, name, ...rest] = line.split(' ');
    const t = get(name!);
    switch (kind) {
      case 'basesize': t.baseSize = Number(rest[0]); break;
      case 'size': t.size = Number(rest[0]); break;
      case 'component': t.component = Number(rest[0]); break;
      case 'gc': t.gc = list(rest[0]); break;
      case 'gcelem': t.gcElem = list(rest[0]); break;
      case 'field': {
        const [declaring, fieldName] = rest[0]!.split('::');
        t.fields.push({ declaring: declaring!, name: fieldName!, offset: Number(rest[1]) });
        break;
      }
      case 'error': t.error = rest.join(' '); break;
      default: throw new Error(`unexpected probe line: ${line}`);
    }
  }
  return types;
}

const boxedOrigin = (l: InstanceLayout) => (l.isValueType ? 8 : 0);

function compare(p: ProbedType, problems: string[]): void {
  const fail = (what: string, expected: unknown, actual: unknown) =>
    problems.push(`${p.name}: ${what}: CoreCLR ${JSON.stringify(expected)}, layout.ts ${JSON.stringify(actual)}`);
  if (p.error) {
    problems.push(`${p.name}: the probe failed: ${p.error}`);
    return;
  }
  let l: InstanceLayout;
  try {
    const t = parseType(p.name);
    assert.ok(t instanceof DefType || t instanceof ArrayType);
    l = instanceLayout(t);
  } catch (e) {
    problems.push(`${p.name}: ${(e as Error).stack}`);
    return;
  }
  if (p.baseSize !== undefined && p.baseSize !== l.baseSize) fail('BaseSize', p.baseSize, l.baseSize);
  if ((p.component ?? 0) !== l.componentSize) fail('component size', p.component ?? 0, l.componentSize);
  if (p.size !== undefined) {
    if (!l.isValueType) fail('kind', 'value type', 'reference type');
    if (p.size !== l.instanceSize) fail('size', p.size, l.instanceSize);
  }
  if (p.gc !== undefined) {
    const mine = l.gcPointerMap.map((o) => o + boxedOrigin(l));
    if (JSON.stringify(mine) !== JSON.stringify(p.gc)) fail('GC slots', p.gc, mine);
  }
  if (p.gcElem !== undefined && JSON.stringify(p.gcElem) !== JSON.stringify(l.elementGcPointerMap)) fail('element GC slots', p.gcElem, l.elementGcPointerMap);
  if (l.type instanceof ArrayType) return;
  const mine = new Map(l.fields.map((f) => [`${f.field.owningType.toString()}::${f.field.name}`, f.offset]));
  const keyOf = (declaring: string, name: string) => `${parseType(declaring).toString()}::${name}`;
  const seen = new Set<string>();
  for (const f of p.fields) {
    const key = keyOf(f.declaring, f.name);
    seen.add(key);
    const offset = mine.get(key);
    if (offset === undefined) problems.push(`${p.name}: field ${key} (CoreCLR offset ${f.offset}) missing from layout.ts`);
    else if (offset !== f.offset) fail(`offset of ${key}`, f.offset, offset);
  }
  for (const key of mine.keys()) if (!seen.has(key)) problems.push(`${p.name}: layout.ts has field ${key}, CoreCLR has not`);
}

describe('layout: CoreCLR compatibility', () => {
  it('matches every fact the probe reports under dotnet', () => {
    const probed = runProbe();
    assert.ok(probed.size > 150, `the probe reported only ${probed.size} types`);
    const problems: string[] = [];
    for (const p of probed.values()) compare(p, problems);
    assert.equal(problems.length, 0, `${problems.length} mismatches:\n${problems.join('\n')}`);
    const fieldFacts = [...probed.values()].reduce((n, p) => n + p.fields.length, 0);
    assert.ok(fieldFacts > 600, `only ${fieldFacts} field offsets compared`);
  });
});

describe('layout: GC and byref maps', () => {
  const own = (name: string) => findDef('LayoutProbe.' + name);

  it('a class with two object fields and an int', () => {
    const l = instanceLayout(own('CTwoObjsAndInt'));
    assert.deepEqual(l.gcPointerMap, [8, 16]);
    assert.deepEqual(l.fields.map((f) => [f.field.name, f.offset]), [['a', 8], ['i', 24], ['b', 16]]);
    assert.equal(l.baseSize, 40);
    assert.ok(l.containsGCPointers);
  });

  it('a struct holding a string, inside a class', () => {
    const s = instanceLayout(own('SWithRef'));
    assert.deepEqual(s.gcPointerMap, [0]);
    assert.equal(s.layoutKind, 'auto'); // declared sequential, but it holds a reference
    const c = instanceLayout(own('CStructOnlyHolder'));
    assert.deepEqual(c.gcPointerMap, [8]);
    assert.equal(c.instanceSize, 24);
  });

  it('KeyValuePair<string,int>[] element layout', () => {
    const kvp = ctx.instantiate(ctx.wellKnown('System.Collections.Generic.KeyValuePair`2'), [ctx.primitive('string'), ctx.primitive('i4')]);
    const a = instanceLayout(ctx.arrayType(kvp));
    assert.equal(a.componentSize, 16);
    assert.equal(a.baseSize, 24);
    assert.deepEqual(a.elementGcPointerMap, [0]);
    assert.ok(a.containsGCPointers);
    assert.deepEqual(instanceLayout(ctx.arrayType(ctx.primitive('object'))).elementGcPointerMap, [0]);
    assert.deepEqual(instanceLayout(ctx.arrayType(ctx.primitive('i4'))).elementGcPointerMap, []);
  });

  it('byref slots of ref structs are kept apart from GC references', () => {
    const l = instanceLayout(own('RSByRefObj'));
    assert.deepEqual(l.gcPointerMap, [0]);
    assert.deepEqual(l.byRefMap, [8, 16]);
    assert.ok(l.isByRefLike);
    const nested = instanceLayout(own('RSNested'));
    assert.deepEqual(nested.gcPointerMap, [8]);
    assert.deepEqual(nested.byRefMap, [16, 24]);
    const span = ctx.instantiate(ctx.wellKnown('System.Span`1'), [ctx.primitive('i4')]);
    assert.deepEqual(instanceLayout(span).byRefMap, [0]);
    assert.deepEqual(instanceLayout(span).gcPointerMap, []);
  });

  it('field sizes and alignments', () => {
    const sa = (t: TypeDesc) => fieldSizeAndAlignment(t);
    assert.deepEqual(sa(ctx.primitive('bool')), { size: 1, alignment: 1 });
    assert.deepEqual(sa(ctx.primitive('char')), { size: 2, alignment: 2 });
    assert.deepEqual(sa(ctx.primitive('i')), { size: 8, alignment: 8 });
    assert.deepEqual(sa(ctx.primitive('string')), { size: 8, alignment: 8 });
    assert.deepEqual(sa(ctx.pointerType(ctx.primitive('i1'))), { size: 8, alignment: 8 });
    assert.deepEqual(sa(ctx.byRefType(ctx.primitive('i1'))), { size: 8, alignment: 8 });
    assert.deepEqual(sa(own('E16')), { size: 2, alignment: 2 });
    assert.deepEqual(sa(own('SSeq')), { size: 12, alignment: 4 });
    assert.deepEqual(sa(own('SWithRef')), { size: 16, alignment: 8 });
    assert.deepEqual(sa(own('SAutoSmall')), { size: 4, alignment: 4 });
    assert.deepEqual(sa(ctx.wellKnown('System.Int128')), { size: 16, alignment: 16 });
    assert.deepEqual(sa(own('SPack1')), { size: 13, alignment: 1 });
  });

  it('static fields: two blocks, literal fields left out', () => {
    const s = staticLayout(own('CStatics'));
    assert.deepEqual(s.gc.fields.map((f) => [f.field.name, f.offset]), [['s2', 0]]);
    assert.equal(s.gc.size, 8);
    assert.deepEqual(s.nonGc.fields.map((f) => [f.field.name, f.offset]), [['s1', 0], ['s3', 4], ['s4', 16]]);
    assert.equal(s.nonGc.size, 32);
    assert.deepEqual(s.threadGc.fields.map((f) => f.field.name), ['t1']);
    assert.deepEqual(s.threadNonGc.fields.map((f) => f.field.name), ['t2']);
    const inst = instanceLayout(own('CStatics'));
    assert.deepEqual(inst.fields.map((f) => f.field.name), ['x', 'y']);
  });

  it('32-bit targets: pointer-sized slots shrink', () => {
    const t32 = { pointerSize: 4 } as const;
    const c = instanceLayout(own('CTwoObjsAndInt'), t32);
    assert.deepEqual(c.fields.map((f) => [f.field.name, f.offset]), [['a', 4], ['i', 12], ['b', 8]]);
    assert.equal(c.baseSize, 20);
    assert.deepEqual(c.gcPointerMap, [4, 8]);
    assert.equal(instanceLayout(own('CEmpty'), t32).baseSize, 12);
    assert.equal(instanceLayout(ctx.wellKnown('System.String'), t32).baseSize, 14);
    const objs = instanceLayout(ctx.arrayType(ctx.primitive('object')), t32);
    assert.deepEqual([objs.baseSize, objs.componentSize], [12, 4]);
    assert.deepEqual(fieldSizeAndAlignment(ctx.primitive('u'), t32), { size: 4, alignment: 4 });
    assert.deepEqual(instanceLayout(own('SWithRef'), t32).instanceSize, 8);
    // The 64-bit results are cached separately.
    assert.equal(instanceLayout(own('CTwoObjsAndInt')).baseSize, 40);
  });

  it('lays out every type of CoreLib without error', () => {
    const coreLib = ctx.coreLib;
    let count = 0;
    for (let rid = 2; rid <= coreLib.md.rows('TypeDef'); rid++) {
      const t = ctx.typeForDefinition(coreLib, rid);
      if (t.isInterface) continue;
      const l = instanceLayout(t);
      staticLayout(t);
      assert.ok(l.baseSize >= 24 && l.baseSize % 8 === 0 || t.primitiveKind === 'string', `${t}: BaseSize ${l.baseSize}`);
      count++;
    }
    assert.ok(count > 2000);
  });

  it('caches results per type', () => {
    const t = own('CMixed');
    assert.equal(instanceLayout(t), instanceLayout(t));
  });
});
