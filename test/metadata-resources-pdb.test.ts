// Manifest resources (src/metadata/resources.ts) and portable PDBs (src/metadata/pdb.ts):
// the AttrFixture's embedded resources and standalone PDB, CoreLib's ILLink XML resources and
// the SrmDump fixture's embedded PDB.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { AssemblyFile } from '../src/metadata/assembly.js';
import { typeDefFullName } from '../src/metadata/customattributes.js';
import { BadImageError } from '../src/metadata/errors.js';
import { findSharedFramework } from '../src/metadata/framework.js';
import {
  HIDDEN_LINE, HashAlgorithms, Languages, PortablePdb, type SequencePoint, codeViewInfo, decodeSequencePoints,
  embeddedPdb, findPdbPath, openPdbFor,
} from '../src/metadata/pdb.js';
import { rvaToOffset } from '../src/metadata/pe.js';
import { findManifestResource, manifestResourceBytes, manifestResources } from '../src/metadata/resources.js';
import { fixtureDll, fixturesDir } from './support/fixtures.js';

const attr = AssemblyFile.open(fixtureDll('AttrFixture'));
const attrSrc = join(fixturesDir, 'AttrFixture');

/** The MethodDef rid of Type::name in an assembly. */
function methodRid(file: AssemblyFile, type: string, name: string): number {
  for (let t = 1; t <= file.md.rows('TypeDef'); t++) {
    if (typeDefFullName(file.md, t) !== type) continue;
    for (const m of file.md.typeMethods(t)) if (file.md.row('MethodDef', m).Name === name) return m;
  }
  throw new Error(`no method ${type}::${name}`);
}

/** 1-based line of the `// MARK:<mark>` comment in a fixture source file. */
function markLine(fileName: string, mark: string): number {
  const lines = readFileSync(join(attrSrc, fileName), 'utf8').split('\n');
  const i = lines.findIndex((l) => l.includes(`// MARK:${mark}`));
  assert.ok(i >= 0, `marker ${mark} not found`);
  return i + 1;
}

test('manifest resources of the fixture: names, visibility, sizes and bytes', () => {
  const list = manifestResources(attr);
  assert.deepEqual(list.map(({ name, flags, isPublic, implementation, size }) => ({ name, flags, isPublic, implementation, size })), [
    { name: 'AttrFixture.data.txt', flags: 1, isPublic: true, implementation: 0, size: 24 },
    { name: 'AttrFixture.secret.bin', flags: 2, isPublic: false, implementation: 0, size: 4 },
  ]);
  const bytes = (b: Uint8Array) => [...b];
  assert.deepEqual(bytes(manifestResourceBytes(attr, 'AttrFixture.data.txt')), bytes(readFileSync(join(attrSrc, 'data.txt'))));
  assert.deepEqual(bytes(manifestResourceBytes(attr, list[1]!)), [0x00, 0x01, 0x02, 0xff]);
  assert.equal(findManifestResource(attr, 'attrfixture.data.txt'), undefined); // names are case-sensitive
  assert.throws(() => manifestResourceBytes(attr, 'NoSuchResource'), BadImageError);
});

test('a resource length running past the resources directory raises BadImageError', () => {
  const bytes = Uint8Array.from(attr.bytes);
  const copy = new AssemblyFile(attr.path, bytes);
  const dirOffset = rvaToOffset(copy.pe, copy.pe.cli.resources.rva);
  new DataView(bytes.buffer).setUint32(dirOffset, 0xfffffff0, true);
  assert.throws(() => manifestResources(copy), BadImageError);
  assert.throws(() => manifestResourceBytes(copy, 'AttrFixture.data.txt'), BadImageError);
});

test('CoreLib embeds ILLink.Substitutions.xml and ILLink.Descriptors.xml', () => {
  const coreLib = AssemblyFile.open(join(findSharedFramework().dir, 'System.Private.CoreLib.dll'));
  const names = manifestResources(coreLib).map((r) => r.name);
  for (const name of ['ILLink.Substitutions.xml', 'ILLink.Descriptors.xml']) {
    assert.ok(names.includes(name), `${name} missing from ${names.join(', ')}`);
    const text = new TextDecoder('utf-8').decode(manifestResourceBytes(coreLib, name)); // drops a BOM
    assert.match(text, /^\s*<linker>/);
    assert.match(text, /<assembly fullname="System\.Private\.CoreLib"/);
    assert.match(text, /<\/linker>\s*$/);
  }
});

test('the standalone PDB: found next to the assembly, matching its CodeView GUID; documents', () => {
  const path = findPdbPath(attr.path);
  assert.equal(path, fixtureDll('AttrFixture').replace(/\.dll$/, '.pdb'));
  const pdb = PortablePdb.open(path!);
  assert.equal(pdb.guid, codeViewInfo(attr)!.guid);
  assert.equal(pdb.entryPoint, 0x06000000 | methodRid(attr, 'Program', 'Main'));
  const docs = pdb.documents();
  const byName = new Map(docs.map((d) => [d.name, d]));
  for (const f of ['Attributes.cs', 'Lines.cs', 'Multi.cs', 'Program.cs']) {
    const d = byName.get(join(attrSrc, f));
    assert.ok(d, `document ${f} missing from ${docs.map((x) => x.name).join(', ')}`);
    assert.equal(d.language, Languages.csharp);
    assert.equal(d.hashAlgorithm, HashAlgorithms.sha256);
    assert.equal(Buffer.from(d.hash).toString('hex'), createHash('sha256').update(readFileSync(join(attrSrc, f))).digest('hex'));
  }
  assert.deepEqual(docs.map((d) => d.rid), docs.map((_, i) => i + 1));
});

test('sequence points: statements, hidden points and a method spanning two documents', () => {
  const pdb = PortablePdb.open(findPdbPath(attr.path)!);
  const docRid = (f: string) => pdb.documents().find((d) => d.name === join(attrSrc, f))!.rid;
  const lines = docRid('Lines.cs');
  const visible = (ps: SequencePoint[]) => ps.filter((q) => !q.hidden).map((q) => [q.startLine, q.document]);

  const add = pdb.sequencePoints(methodRid(attr, 'AttrFixture.Lines', 'Add'));
  assert.deepEqual(add.map((q) => q.ilOffset), [0, 3]);
  assert.deepEqual(visible(add), [[markLine('Lines.cs', 'add-1'), lines], [markLine('Lines.cs', 'add-2'), lines]]);
  // `int c = a + b;` spans from `int` to the semicolon.
  const src = readFileSync(join(attrSrc, 'Lines.cs'), 'utf8').split('\n')[add[0]!.startLine - 1]!;
  assert.equal(src.slice(add[0]!.startColumn - 1, add[0]!.endColumn - 1), 'int c = a + b;');
  assert.equal(add[0]!.endLine, add[0]!.startLine);

  const loop = pdb.sequencePoints(methodRid(attr, 'AttrFixture.Lines', 'Loop'));
  const hidden = loop.filter((q) => q.hidden);
  assert.ok(hidden.length >= 1, 'the for loop has a hidden sequence point');
  for (const h of hidden) assert.deepEqual([h.startLine, h.startColumn, h.endLine, h.endColumn], [HIDDEN_LINE, 0, HIDDEN_LINE, 0]);
  const loopLines = visible(loop).map(([l]) => l);
  for (const m of ['loop-1', 'loop-2', 'loop-3']) assert.ok(loopLines.includes(markLine('Lines.cs', m)), `no sequence point on ${m}`);
  const offsets = loop.map((q) => q.ilOffset);
  assert.deepEqual(offsets, [...offsets].sort((a, b) => a - b));

  // Multi's constructor runs the field initialisers of both partial declarations.
  const ctor = pdb.sequencePoints(methodRid(attr, 'AttrFixture.Multi', '.ctor'));
  assert.deepEqual(visible(ctor).slice(0, 2), [[markLine('Lines.cs', 'multi-x'), lines], [markLine('Multi.cs', 'multi-y'), docRid('Multi.cs')]]);

  // A method without sequence points (abstract/runtime) has none; rids out of range are errors.
  assert.throws(() => pdb.sequencePoints(attr.md.rows('MethodDef') + 1), BadImageError);
});

test('sequence point blobs: hand-made records, document changes, malformed input', () => {
  // Local sig 0, initial document 2 (the row has none), then: IL 0 lines 5:3-5:10; IL 4 hidden;
  // document record -> 1; IL 6 lines 7:5-8:2 (deltas from 5:3).
  const blob = Uint8Array.from([0x00, 0x02, 0x00, 0x00, 0x07, 0x05, 0x03, 0x04, 0x00, 0x00, 0x00, 0x01, 0x02, 0x01, 0x7b, 0x04, 0x04]);
  assert.deepEqual(decodeSequencePoints(blob, 0, 2), [
    { ilOffset: 0, startLine: 5, startColumn: 3, endLine: 5, endColumn: 10, document: 2, hidden: false },
    { ilOffset: 4, startLine: HIDDEN_LINE, startColumn: 0, endLine: HIDDEN_LINE, endColumn: 0, document: 2, hidden: true },
    { ilOffset: 6, startLine: 7, startColumn: 5, endLine: 8, endColumn: 2, document: 1, hidden: false },
  ]);
  for (let n = 1; n < blob.length; n++) {
    const cut = blob.subarray(0, n);
    try {
      decodeSequencePoints(cut, 0, 2); // some prefixes are complete records
    } catch (err) {
      assert.ok(err instanceof BadImageError, String(err));
    }
  }
  assert.throws(() => decodeSequencePoints(blob, 0, 1), BadImageError); // document 2 of 1
  assert.throws(() => decodeSequencePoints(Uint8Array.from([0x00, 0x01, 0x00, 0x00, 0x01, 0xc0, 0x00, 0x00]), 1, 1), BadImageError);
  assert.throws(() => decodeSequencePoints(Uint8Array.from([0x00, 0x00, 0x00, 0x01]), 1, 1), BadImageError);
});

test('not a portable PDB: BadImageError', () => {
  assert.throws(() => new PortablePdb(attr.bytes), BadImageError); // a PE file
  assert.throws(() => new PortablePdb(attr.md.bytes), /no #Pdb stream/); // metadata without #Pdb
  const msf = new TextEncoder().encode('Microsoft C/C++ MSF 7.00\r\n\x1aDS\0\0\0');
  assert.throws(() => new PortablePdb(msf), /Windows \(MSF\) PDB/);
  assert.throws(() => PortablePdb.open(join(attrSrc, 'no-such.pdb')), BadImageError);
});

test('the embedded PDB of SrmDump (DebugType=embedded)', () => {
  const srm = AssemblyFile.open(fixtureDll('SrmDump'));
  assert.equal(findPdbPath(srm.path), undefined);
  const pdb = embeddedPdb(srm);
  assert.ok(pdb);
  assert.equal(pdb.guid, codeViewInfo(srm)!.guid);
  assert.equal(openPdbFor(srm)?.guid, pdb.guid);
  const program = join(fixturesDir, 'SrmDump', 'Program.cs');
  const doc = pdb.documents().find((d) => d.name === program);
  assert.ok(doc);
  assert.equal(Buffer.from(doc.hash).toString('hex'), createHash('sha256').update(readFileSync(program)).digest('hex'));
  const main = pdb.sequencePoints(methodRid(srm, 'Program', 'Main'));
  assert.ok(main.length > 3);
  assert.ok(main.every((q) => q.document === doc.rid));
  assert.equal(embeddedPdb(attr), undefined);
});
