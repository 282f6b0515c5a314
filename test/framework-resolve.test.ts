// Acceptance: every assembly of the installed Microsoft.NETCore.App 10.x loads, and every
// TypeRef, MemberRef, TypeSpec, MethodSpec and every token in every method body resolves.
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { test } from 'node:test';
import { AssemblyLoader } from '../src/metadata/loader.js';
import { TypeSystemContext } from '../src/typesystem/context.js';
import { type ResolveFailure, emptyCounts, resolveEverything } from '../src/typesystem/resolve-all.js';

test('every framework assembly resolves completely', () => {
  const started = performance.now();
  const loader = AssemblyLoader.forFramework();
  const ctx = new TypeSystemContext(loader);
  const counts = emptyCounts();
  const failures: ResolveFailure[] = [];
  const names = readdirSync(loader.framework.dir).filter((f) => f.endsWith('.dll')).map((f) => f.slice(0, -4)).sort();
  for (const name of names) resolveEverything(ctx, loader.load(name), counts, failures);
  const ms = Math.round(performance.now() - started);
  console.log(`resolved ${names.length} assemblies in ${ms} ms: ${JSON.stringify(counts)}`);
  assert.ok(names.length > 150, `expected the whole framework, found ${names.length} assemblies`);
  assert.ok(counts.bodyTokens > 500_000, `suspiciously few body tokens: ${counts.bodyTokens}`);
  assert.deepEqual(failures.slice(0, 20), []);
});
