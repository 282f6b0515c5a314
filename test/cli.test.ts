// The dotnative command line, run as a subprocess: help, `inspect --summary` against what the
// reader says, and malformed inputs, each of which must give exactly one error line on stderr,
// exit code 1 and no stack trace.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { AssemblyFile } from '../src/metadata/assembly.js';
import { FrameworkNotFoundError, findSharedFramework } from '../src/metadata/framework.js';
import { rvaToOffset } from '../src/metadata/pe.js';
import { TableNames } from '../src/metadata/schema.js';
import { EXIT_INTERNAL_ERROR, report } from '../src/cli/errors.js';
import { cliPath, fixtureDll, repoRoot } from './support/fixtures.js';

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function cli(...args: string[]): Run {
  const r = spawnSync(process.execPath, [cliPath, ...args], { encoding: 'utf8', cwd: repoRoot, env: { ...process.env, DOTNATIVE_DEBUG: '' } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Exactly one stderr line matching `pattern`, exit code 1, nothing that looks like a stack. */
function assertOneLineError(r: Run, pattern: RegExp): void {
  const lines = r.stderr.split('\n').filter((l) => l !== '');
  assert.equal(lines.length, 1, `expected one stderr line, got:\n${r.stderr}`);
  assert.match(lines[0]!, pattern);
  assert.doesNotMatch(r.stderr, /\n\s+at /, 'no stack trace');
  assert.equal(r.status, 1, `exit code (stderr: ${r.stderr})`);
}

const hello = fixtureDll('Hello');
const coreLib = join(findSharedFramework().dir, 'System.Private.CoreLib.dll');
const scratch = mkdtempSync(join(tmpdir(), 'dotnative-cli-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const invalid = (file: string) => new RegExp(`^dotnative: error: ${escape(file)}: not a valid \\.NET assembly: \\S.*$`);

describe('help and version', () => {
  test('--help lists the commands and the global options', () => {
    const r = cli('--help');
    assert.equal(r.status, 0);
    assert.match(r.stdout, /Usage: dotnative <command>/);
    assert.match(r.stdout, /^\s+inspect <assembly>\s+\S/m);
    assert.match(r.stdout, /--help/);
    assert.match(r.stdout, /--version/);
    assert.equal(r.stderr, '');
  });

  test('inspect --help describes every option', () => {
    for (const args of [['inspect', '--help'], ['help', 'inspect']]) {
      const r = cli(...args);
      assert.equal(r.status, 0);
      for (const option of ['--summary', '--type <Full.Name>', '--il <Full.Type::Method>', '--help']) {
        assert.ok(r.stdout.includes(option), `${args.join(' ')} mentions ${option}`);
      }
    }
  });

  test('--version prints the package version', () => {
    const pkg = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string };
    const r = cli('--version');
    assert.equal(r.status, 0);
    assert.equal(r.stdout, pkg.version + '\n');
  });

  test('usage errors are one line', () => {
    assertOneLineError(cli('frobnicate'), /^dotnative: error: unknown command 'frobnicate' \(see 'dotnative --help'\)$/);
    assertOneLineError(cli('--frobnicate'), /^dotnative: error: unknown option '--frobnicate'/);
    assertOneLineError(cli('inspect'), /^dotnative: error: inspect: missing <assembly> argument/);
    assertOneLineError(cli('inspect', hello, '--bogus'), /^dotnative: error: unknown option '--bogus' \(see 'dotnative inspect --help'\)$/);
    assertOneLineError(cli('inspect', hello, '--type'), /^dotnative: error: .*--type.*argument missing/);
    assertOneLineError(cli('inspect', hello, '--il', 'Program'), /^dotnative: error: --il expects 'Full\.Type\.Name::Method'/);
    assertOneLineError(cli('inspect', hello, 'extra'), /^dotnative: error: inspect: unexpected argument 'extra'/);
  });
});

/** Parses --summary output into table counts and the totals line. */
function parseSummary(stdout: string): { tables: Map<string, number>; totals: string } {
  const lines = stdout.trimEnd().split('\n');
  const totals = lines.pop()!;
  const tables = new Map<string, number>();
  for (const line of lines) {
    const m = /^([A-Za-z]+) (\d+)$/.exec(line);
    assert.ok(m, `table line '${line}'`);
    assert.ok(!tables.has(m[1]!), `${m[1]} listed once`);
    tables.set(m[1]!, Number(m[2]));
  }
  return { tables, totals };
}

function expectedSummary(path: string): { tables: [string, number][]; totals: string } {
  const file = AssemblyFile.open(path);
  const md = file.md;
  const tables: [string, number][] = [];
  for (const name of TableNames) if (name && md.rows(name) > 0) tables.push([name, md.rows(name)]);
  // IL size from fully decoded bodies, independently of the header-only path the CLI uses.
  let il = 0;
  for (let rid = 1; rid <= md.rows('MethodDef'); rid++) il += file.methodBody(rid)?.il.length ?? 0;
  return { tables, totals: `types: ${md.rows('TypeDef')} methods: ${md.rows('MethodDef')} fields: ${md.rows('Field')} il-bytes: ${il}` };
}

describe('inspect --summary', () => {
  for (const [label, arg, path] of [
    ['the Hello fixture', hello, hello],
    ['System.Private.CoreLib by simple name', 'System.Private.CoreLib', coreLib],
  ] as const) {
    test(label, () => {
      const r = cli('inspect', arg, '--summary');
      assert.equal(r.stderr, '');
      assert.equal(r.status, 0);
      const got = parseSummary(r.stdout);
      const want = expectedSummary(path);
      assert.deepEqual([...got.tables], want.tables, 'one line per table present, in table order, with its row count');
      assert.equal(got.totals, want.totals);
      assert.match(got.totals, /^types: \d+ methods: \d+ fields: \d+ il-bytes: \d+$/);
    });
  }

  test('the Hello fixture has its expected shape', () => {
    const { tables, totals } = parseSummary(cli('inspect', hello, '--summary').stdout);
    assert.equal(tables.get('TypeDef'), 2); // <Module> and Program
    assert.equal(tables.get('MethodDef'), 1);
    assert.match(totals, /^types: 2 methods: 1 fields: 0 il-bytes: [1-9]\d*$/);
  });
});

describe('inspect without options', () => {
  test('prints the identity, references and entry point', () => {
    const r = cli('inspect', hello);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /^assembly: Hello, Version=\d+\.\d+\.\d+\.\d+, Culture=neutral, PublicKeyToken=null$/m);
    assert.match(r.stdout, /^ {2}System\.Runtime, Version=10\.\d+\.\d+\.\d+, Culture=neutral, PublicKeyToken=b03f5f7f11d50a3a$/m);
    assert.match(r.stdout, /^entry point: Program::Main \(0x06000001\)$/m);
  });

  test('computes the public key token of a signed assembly', () => {
    const r = cli('inspect', 'System.Private.CoreLib');
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /^assembly: System\.Private\.CoreLib, Version=10\.0\.0\.0, Culture=neutral, PublicKeyToken=7cec85d7bea7798e$/m);
  });
});

describe('missing and unknown names', () => {
  test('a missing file', () => {
    assertOneLineError(cli('inspect', join(scratch, 'nope.dll')), new RegExp(`^dotnative: error: ${escape(join(scratch, 'nope.dll'))}: no such file$`));
  });
  test('an unknown framework assembly name', () => {
    assertOneLineError(cli('inspect', 'No.Such.Assembly'), /^dotnative: error: No\.Such\.Assembly: no such file, and no assembly 'No\.Such\.Assembly' in the shared framework/);
  });
  test('a directory', () => {
    assertOneLineError(cli('inspect', scratch), /^dotnative: error: .*: is a directory, not an assembly$/);
  });
  test('an unknown type or method for --il', () => {
    assertOneLineError(cli('inspect', hello, '--il', 'NoSuch.Type::Main'), /^dotnative: error: .*Hello\.dll: no type 'NoSuch\.Type'$/);
    assertOneLineError(cli('inspect', hello, '--il', 'Program::NoSuchMethod'), /^dotnative: error: .*Hello\.dll: type 'Program' has no method 'NoSuchMethod'$/);
  });
  test('an unknown type for --type', () => {
    assertOneLineError(cli('inspect', hello, '--type', 'NoSuch.Type'), /^dotnative: error: .*Hello\.dll: no type 'NoSuch\.Type'$/);
  });
  test('a framework not found', () => {
    // The standard install locations cannot be hidden from a subprocess; check the mapping.
    const r = report(new FrameworkNotFoundError('no Microsoft.NETCore.App 10.x found (looked in /x); install the .NET 10 SDK or set DOTNET_ROOT'), {});
    assert.equal(r.text, 'dotnative: error: no Microsoft.NETCore.App 10.x found (looked in /x); install the .NET 10 SDK or set DOTNET_ROOT\n');
    assert.equal(r.exitCode, 1);
  });
});

const disasmBuilt = existsSync(join(repoRoot, 'dist', 'src', 'metadata', 'il', 'disasm.js'));
const describeBuilt = existsSync(join(repoRoot, 'dist', 'src', 'typesystem', 'describe.js'));

describe('inspect --il and --type', () => {
  test('--il prints what disassembleMethod returns, for every overload', { skip: !disasmBuilt && 'disasm.ts not built yet' }, async () => {
    const { disassembleMethod } = (await import('../src/metadata/il/disasm.js')) as {
      disassembleMethod: (file: AssemblyFile, rid: number) => string;
    };
    const file = AssemblyFile.open(coreLib);
    const md = file.md;
    let mathRid = 0;
    for (let rid = 1; rid <= md.rows('TypeDef') && !mathRid; rid++) {
      const t = md.row('TypeDef', rid);
      if (t.TypeNamespace === 'System' && t.TypeName === 'Math') mathRid = rid;
    }
    const overloads = md.typeMethods(mathRid).filter((m) => md.row('MethodDef', m).Name === 'Abs');
    assert.ok(overloads.length > 1);
    const want = overloads.map((m) => {
      const text = disassembleMethod(file, m);
      return text.endsWith('\n') ? text : text + '\n';
    }).join('\n');
    const r = cli('inspect', 'System.Private.CoreLib', '--il', 'System.Math::Abs');
    assert.equal(r.stderr, '');
    assert.equal(r.status, 0);
    assert.equal(r.stdout, want);

    const h = cli('inspect', hello, '--il', 'Program::Main');
    assert.equal(h.status, 0, h.stderr);
    assert.ok(h.stdout.length > 0);
  });

  test('--type prints what describeType returns', { skip: !describeBuilt && 'describe.ts not built yet' }, () => {
    const r = cli('inspect', hello, '--type', 'Program');
    assert.equal(r.stderr, '');
    assert.equal(r.status, 0);
    assert.ok(r.stdout.length > 0);
  });
});

// ---- malformed assemblies ---------------------------------------------------------------------

/** Writes `bytes` to a scratch file and returns its path. */
function scratchFile(name: string, bytes: Uint8Array | string): string {
  const p = join(scratch, name);
  writeFileSync(p, bytes);
  return p;
}

/** Both the default view and --summary must reject `path` with the one-line message. */
function assertRejected(path: string, reason?: RegExp): void {
  let rejected = 0;
  for (const args of [[], ['--summary']]) {
    const r = cli('inspect', path, ...args);
    if (r.status === 0) continue;
    assertOneLineError(r, invalid(path));
    if (reason) assert.match(r.stderr, reason);
    rejected++;
  }
  assert.ok(rejected > 0, `${path} was accepted`);
}

interface Layout {
  bytes: Uint8Array;
  view: DataView;
  file: AssemblyFile;
  /** File offset of the metadata root. */
  mdOff: number;
  /** File offset of the #~ stream. */
  tablesOff: number;
}

function layoutOf(path: string): Layout {
  const bytes = new Uint8Array(readFileSync(path));
  const file = new AssemblyFile(path, bytes);
  const mdOff = rvaToOffset(file.pe, file.pe.cli.metadata.rva);
  const tables = file.md.streams.find((s) => s.name === '#~')!;
  return { bytes, view: new DataView(bytes.buffer), file, mdOff, tablesOff: mdOff + tables.offset };
}

/** File offset of a column of a row, found through the reader's own layout. */
function cellOffset(l: Layout, table: 'TypeDef' | 'MethodDef', rid: number, column: string): { at: number; wide: boolean } {
  const t = l.file.md.tables.layout(table)!;
  const col = t.columns.find((c) => c.name === column)!;
  return { at: l.tablesOff + t.offset + (rid - 1) * t.rowSize + col.offset, wide: col.wide };
}

/** File offset of the row count of table `id` in the #~ header. */
function rowCountOffset(l: Layout, id: number): number {
  const valid = l.view.getBigUint64(l.tablesOff + 8, true);
  let at = l.tablesOff + 24;
  for (let i = 0; i < id; i++) if ((valid >> BigInt(i)) & 1n) at += 4;
  return at;
}

describe('malformed assemblies give one error line', () => {
  test('a text file', () => {
    assertRejected(scratchFile('text.dll', 'This is not an assembly.\n'.repeat(10)), /missing MZ signature/);
  });

  test('an empty file', () => {
    assertRejected(scratchFile('empty.dll', new Uint8Array(0)));
  });

  test('truncated at several points', () => {
    const l = layoutOf(hello);
    const peOffset = l.view.getUint32(0x3c, true);
    const mdSize = l.file.pe.cli.metadata.size;
    const cuts = [1, 0x3c, 0x40, peOffset + 2, peOffset + 30, peOffset + 200, l.mdOff - 1, l.mdOff + 8, l.mdOff + 40,
      l.tablesOff + 10, l.tablesOff + 100, l.mdOff + (mdSize >> 1), l.mdOff + mdSize - 1];
    for (const cut of cuts) assertRejected(scratchFile(`truncated-${cut}.dll`, l.bytes.subarray(0, cut)));
  });

  test('truncated CoreLib', () => {
    const bytes = readFileSync(coreLib);
    assertRejected(scratchFile('corelib-truncated.dll', bytes.subarray(0, bytes.length >> 1)), /past the end/);
  });

  test('a PE without a CLI header', () => {
    const l = layoutOf(hello);
    const peOffset = l.view.getUint32(0x3c, true);
    const optStart = peOffset + 24;
    const dirs = optStart + (l.file.pe.is64 ? 112 : 96);
    l.view.setUint32(dirs + 14 * 8, 0, true);
    l.view.setUint32(dirs + 14 * 8 + 4, 0, true);
    assertRejected(scratchFile('no-cli-header.dll', l.bytes), /no CLI header/);
  });

  test('a TypeDef name beyond the #Strings heap', () => {
    const l = layoutOf(hello);
    const heapSize = l.file.md.strings.bytes.length;
    const { at, wide } = cellOffset(l, 'TypeDef', 2, 'TypeName'); // Program, the entry point's type
    if (wide) l.view.setUint32(at, heapSize + 16, true);
    else {
      assert.ok(heapSize + 16 < 0x10000);
      l.view.setUint16(at, heapSize + 16, true);
    }
    assertRejected(scratchFile('bad-string-index.dll', l.bytes), /#Strings index .* out of range/);
  });

  test('an entry point token beyond the MethodDef table', () => {
    const l = layoutOf(hello);
    const cli = rvaToOffset(l.file.pe, l.file.pe.directories[14]!.rva);
    l.view.setUint32(cli + 20, 0x06000063, true);
    assertRejected(scratchFile('bad-entry-point.dll', l.bytes), /out of range/);
  });

  test('a method body RVA in no section', () => {
    const l = layoutOf(hello);
    const { at } = cellOffset(l, 'MethodDef', 1, 'RVA');
    l.view.setUint32(at, 0x7ffffff0, true);
    assertRejected(scratchFile('bad-body-rva.dll', l.bytes), /in no section/);
  });

  test('huge row counts', () => {
    for (const count of [0x00ffffff, 0x01000000, 0xffffffff]) {
      const l = layoutOf(hello);
      l.view.setUint32(rowCountOffset(l, 0x02 /* TypeDef */), count, true);
      assertRejected(scratchFile(`huge-rows-${count.toString(16)}.dll`, l.bytes), /rows|past the end/);
    }
  });

  test('a metadata stream running past the metadata', () => {
    const l = layoutOf(hello);
    // First stream header: offset, size at the end of the version string.
    const versionLength = l.view.getUint32(l.mdOff + 12, true);
    const firstStream = l.mdOff + 16 + versionLength + 4;
    l.view.setUint32(firstStream + 4, 0x10000000, true);
    assertRejected(scratchFile('bad-stream-size.dll', l.bytes), /runs past the end of the metadata/);
  });
});

describe('error reporting', () => {
  test('an unexpected exception is an internal error, exit code 70, stack only when debugging', () => {
    const plain = report(new TypeError('boom\nsecond line'), {});
    assert.equal(plain.text, 'dotnative: internal error: boom second line\n');
    assert.equal(plain.exitCode, EXIT_INTERNAL_ERROR);
    const debug = report(new TypeError('boom'), { DOTNATIVE_DEBUG: '1' });
    assert.match(debug.text, /^dotnative: internal error: boom\nTypeError: boom\n\s+at /);
  });
});
