// Whole-program analysis: only what is reachable is kept, virtual overrides only for
// constructed types, and every kept item can explain itself.
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { type AnalysisResult, analyzeProgram } from '../src/analysis/analyze.js';
import { featureSettings } from '../src/analysis/features.js';
import { Substitutions } from '../src/analysis/substitutions.js';
import { explain } from '../src/analysis/why.js';
import { AssemblyLoader } from '../src/metadata/loader.js';
import { TypeSystemContext } from '../src/typesystem/context.js';
import { fixtureDll } from './support/fixtures.js';

function analyze(name: string): AnalysisResult {
  const loader = AssemblyLoader.forApp(fixtureDll(name));
  const ctx = new TypeSystemContext(loader);
  const file = loader.loaded[0]!;
  const main = ctx.resolver.resolveMethod(file, file.entryPointToken, {});
  return analyzeProgram([{ method: main, why: 'entry point' }], new Substitutions(ctx, featureSettings()));
}

let result: AnalysisResult;
const kept = (query: string) => explain(result, query) !== undefined;

before(() => {
  result = analyze('AnalysisFixture');
});

test('Main => 100 keeps nothing but Main', () => {
  const r = analyze('Hello');
  assert.deepEqual(r.methods.map(String), ['System.Int32 Program::Main()']);
  assert.deepEqual(r.constructedTypes, []);
});

test('virtual overrides are kept only for constructed types and called slots', () => {
  assert.ok(kept('Square::Area'));
  assert.ok(!kept('Circle::Area'), 'Circle is never constructed');
  assert.ok(!kept('Square::Name'), 'Name is never called');
  assert.ok(!kept('Circle'), 'no trace of Circle at all');
});

test('interface calls reach the implementation on boxed structs', () => {
  assert.ok(kept('Greeter::Greet'));
});

test('finalizers, class constructors and generic instantiations are kept', () => {
  assert.ok(kept('Finalizable::Finalize'));
  assert.ok(kept('Statics::.cctor'));
  assert.ok(kept('Statics::Compute'));
  assert.ok(result.methods.some((m) => String(m) === 'System.Int32 Generic::Echo<System.Int32>(System.Int32)'));
  assert.ok(kept('System.Collections.Generic.List<System.String>::Add'));
});

test('unreachable code is trimmed', () => {
  assert.ok(!kept('Unused::F'));
  assert.ok(!kept('Unused'));
});

test('--why gives the chain from the entry point', () => {
  const text = explain(result, 'Square::Area')!;
  const lines = text.split('\n');
  assert.equal(lines[0], 'method System.Int32 Square::Area() is kept because:');
  assert.match(lines[1]!, /^ {2}root: entry point -> method System\.Int32 Program::Main\(\)$/);
  assert.ok(lines.some((l) => /override on constructed type Square -> method System\.Int32 Square::Area\(\)/.test(l)), text);
});

test('feature switches and substitutions prune framework code', () => {
  // EventSource.IsSupported is false ([FeatureSwitchDefinition] + Native AOT default).
  assert.ok(!kept('System.Diagnostics.Tracing.EventSource::Initialize'), explain(result, 'System.Diagnostics.Tracing.EventSource::Initialize'));
  // SR.GetResourceString is looked up in a compile-time table, not through ResourceManager.
  assert.ok(kept('System.SR::GetResourceString'));
  assert.ok(!kept('System.Resources.ResourceManager'), explain(result, 'System.Resources.ResourceManager'));
  // Hardware intrinsics are off: no vectorized paths are analyzed.
  const vectorized = result.methods.filter((m) => String(m.owningType).startsWith('System.Runtime.Intrinsics.X86.') && m.name !== 'get_IsSupported');
  assert.deepEqual(vectorized.map(String), []);
});
