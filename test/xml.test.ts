// The minimal XML reader used for the framework's ILLink descriptor files.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { BadImageError } from '../src/metadata/errors.js';
import { parseXml } from '../src/metadata/xml.js';

test('elements, attributes, comments and entities', () => {
  const root = parseXml('\ufeff<?xml version="1.0"?>\n<!-- c --><linker a="1">\n <assembly fullname="X &amp; Y" feature=\'f\'>\n  <type fullname="A/B"/><!-- inner -->\n </assembly>\n</linker>\n');
  assert.equal(root.name, 'linker');
  assert.deepEqual(root.attributes, { a: '1' });
  const asm = root.children[0]!;
  assert.deepEqual(asm.attributes, { fullname: 'X & Y', feature: 'f' });
  assert.deepEqual(asm.children, [{ name: 'type', attributes: { fullname: 'A/B' }, children: [] }]);
});

test('malformed input raises BadImageError', () => {
  for (const bad of ['', '<a>', '<a></b>', '<a x=1/>', '<a/><b/>', '<!-- x', '<a>' + '<b>'.repeat(100)]) {
    assert.throws(() => parseXml(bad), BadImageError, JSON.stringify(bad));
  }
});
