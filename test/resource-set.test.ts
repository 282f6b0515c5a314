// The .resources reader: CoreLib's and System.Linq's SR strings as the framework ships them.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { AssemblyLoader } from '../src/metadata/loader.js';
import { BadImageError } from '../src/metadata/errors.js';
import { manifestResourceBytes, manifestResources } from '../src/metadata/resources.js';
import { readStringResources } from '../src/metadata/resource-set.js';

const loader = AssemblyLoader.forFramework();

function strings(assembly: string): Map<string, string> {
  const file = loader.load(assembly);
  const res = manifestResources(file).find((r) => r.name.endsWith('.resources'))!;
  return readStringResources(manifestResourceBytes(file, res));
}

test('CoreLib exception messages', () => {
  const map = strings('System.Private.CoreLib');
  assert.ok(map.size > 1000, `only ${map.size} strings`);
  assert.equal(map.get('Arg_NullReferenceException'), 'Object reference not set to an instance of an object.');
  assert.equal(map.get('Arg_DivideByZero'), 'Attempted to divide by zero.');
  assert.equal(map.get('Arg_OverflowException'), 'Arithmetic operation resulted in an overflow.');
  assert.equal(map.get('Arg_IndexOutOfRangeException'), 'Index was outside the bounds of the array.');
});

test('System.Linq messages', () => {
  const map = strings('System.Linq');
  assert.equal(map.get('NoElements'), 'Sequence contains no elements');
});

test('truncated data raises BadImageError', () => {
  const file = loader.load('System.Private.CoreLib');
  const bytes = manifestResourceBytes(file, 'System.Private.CoreLib.Strings.resources');
  for (const cut of [0, 3, 8, 100, 1000, bytes.length >> 1]) {
    assert.throws(() => readStringResources(bytes.subarray(0, cut)), BadImageError, `cut at ${cut}`);
  }
});
