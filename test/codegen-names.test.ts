// C names of string literals: distinct texts get distinct symbols, lone surrogates included
// (a symbol shared by two literals would be defined twice in the data unit).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CNames } from '../src/codegen/names.js';
import { utf16 } from '../src/metadata/bytes.js';

test('literals that differ only in a lone surrogate get different names', () => {
  const names = new CNames();
  const texts = ['a\uD800b', 'a\uFFFDb', 'a\uDC00b', 'a\uD83D\uDE00b', 'ab'];
  const symbols = texts.map((t) => names.stringLiteral(t));
  assert.equal(new Set(symbols).size, texts.length, symbols.join(' '));
  assert.equal(names.stringLiteral('a\uD800b'), symbols[0], 'stable');
});

test('metadata UTF-16 keeps a leading byte order mark and lone surrogates', () => {
  const bytes = Uint8Array.from([0xff, 0xfe, 0x41, 0x00, 0x00, 0xd8, 0x42, 0x00]);
  assert.equal(utf16.decode(bytes), '\uFEFFA\uD800B');
});
