// Differential test against System.Reflection.Metadata: test/fixtures/SrmDump (C#, SRM) and
// test/support/metadata-dump.ts (dotnative's reader) print the same facts about an assembly —
// table row counts, each method's RVA, IL size and signature, field / member reference /
// TypeSpec / standalone signatures, every custom attribute's decoded value, and the documents
// and sequence points of its portable PDB — and the two dumps must be identical.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { test } from 'node:test';
import { promisify } from 'node:util';
import type { AssemblyFile } from '../src/metadata/assembly.js';
import { findSharedFramework } from '../src/metadata/framework.js';
import { AssemblyLoader } from '../src/metadata/loader.js';
import { fixtureDll } from './support/fixtures.js';
import { dumpAssembly } from './support/metadata-dump.js';

const run = promisify(execFile);
const framework = findSharedFramework();
const env = { ...process.env, DOTNET_CLI_TELEMETRY_OPTOUT: '1', DOTNET_NOLOGO: '1' };

function srmDump(path: string): Promise<string> {
  return run('dotnet', [fixtureDll('SrmDump'), path, framework.dir], { env, maxBuffer: 1 << 30, encoding: 'utf8' }).then((r) => r.stdout);
}

interface Subject {
  label: string;
  path: string;
  loader: () => { loader: AssemblyLoader; file: AssemblyFile };
}

const subjects: Subject[] = [
  {
    label: 'System.Private.CoreLib',
    path: join(framework.dir, 'System.Private.CoreLib.dll'),
    loader: () => { const l = new AssemblyLoader(framework); return { loader: l, file: l.coreLib }; },
  },
  {
    label: 'System.Linq',
    path: join(framework.dir, 'System.Linq.dll'),
    loader: () => { const l = new AssemblyLoader(framework); return { loader: l, file: l.load('System.Linq') }; },
  },
  {
    label: 'AttrFixture (with its portable PDB)',
    path: fixtureDll('AttrFixture'),
    loader: () => { const l = AssemblyLoader.forApp(fixtureDll('AttrFixture')); return { loader: l, file: l.loaded[0]! }; },
  },
  {
    label: 'SrmDump (with its embedded PDB)',
    path: fixtureDll('SrmDump'),
    loader: () => { const l = AssemblyLoader.forApp(fixtureDll('SrmDump')); return { loader: l, file: l.loaded[0]! }; },
  },
];

// Start every SRM dump at once; the TypeScript dumps run while they do.
const srm = new Map(subjects.map((s) => {
  const p = srmDump(s.path);
  p.catch(() => undefined); // reported by the test that awaits it
  return [s.label, p] as const;
}));

/**
 * Lines where SRM is known to fall short and dotnative is right. System.Reflection.Metadata
 * 10.0's CustomAttributeDecoder rejects a constructor parameter whose type is an enum nested in
 * a generic type (GENERICINST in the signature), which the runtime's reflection accepts.
 */
function knownSrmLimitation(srmLine: string, ourLine: string): boolean {
  const m = /^(C 0x[0-9a-f]{8} parent=0x[0-9a-f]{8} ctor=AttrFixture\.GenericEnumAttribute::\.ctor sig=.*) !error$/.exec(srmLine);
  return m !== null && ourLine === `${m[1]} fixed=(enum[AttrFixture.Holder\`1+E:i2] 3) named=()`;
}

function compare(label: string, expected: string, actual: string): void {
  const e = expected.split('\n');
  const a = actual.split('\n');
  const n = Math.max(e.length, a.length);
  let limitations = 0;
  for (let i = 0; i < n; i++) {
    if (e[i] === a[i]) continue;
    if (e[i] !== undefined && a[i] !== undefined && knownSrmLimitation(e[i]!, a[i]!)) {
      limitations++;
      continue;
    }
    const context = e.slice(Math.max(0, i - 3), i).map((l) => '    ' + l).join('\n');
    assert.fail(
      `${label}: dumps differ at line ${i + 1} (SRM ${e.length} lines, dotnative ${a.length})\n` +
      `  preceding lines:\n${context}\n  SRM:       ${e[i] ?? '<end of dump>'}\n  dotnative: ${a[i] ?? '<end of dump>'}`,
    );
  }
  assert.ok(limitations <= 1, `${label}: ${limitations} lines excused as a known SRM limitation`);
}

for (const s of subjects) {
  test(`SRM and dotnative dump ${s.label} identically`, { timeout: 60_000 }, async () => {
    const { loader, file } = s.loader();
    const ours = dumpAssembly(loader, file);
    const theirs = await srm.get(s.label)!;
    assert.ok(theirs.length > 0, 'SRM dump is empty');
    compare(s.label, theirs, ours);
    // Everything in these assemblies is well-formed: nothing may fail to decode on our side.
    const failures = ours.split('\n').filter((l) => l.includes('!error'));
    assert.deepEqual(failures, []);
    // The facts are all there.
    for (const kind of ['T', 'M', 'C']) assert.ok(ours.split('\n').some((l) => l.startsWith(kind + ' ')), `no ${kind} lines`);
  });
}
