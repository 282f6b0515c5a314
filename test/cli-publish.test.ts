// `dotnative publish` and `dotnative run`, as subprocesses: help, usage errors, the Hello
// fixture (which fails cleanly while there is no IL compiler stage, and must exit with 100 once
// src/compiler/driver.ts exists), and — through DOTNATIVE_DRIVER, a stand-in driver written
// below that emits hand-written C — the whole publish path: compile, cache, link, the
// up-to-date stamp, run's arguments, exit codes and signals, and C compiler failures.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { cliPath, fixtureDll, fixturesDir, repoRoot } from './support/fixtures.js';

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
  ms: number;
}

mkdirSync(join(repoRoot, '.cache'), { recursive: true });
const scratch = mkdtempSync(join(repoRoot, '.cache', 'cli-publish-test-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

// Objects are cached across test runs in the repository's git-ignored .cache/ (compiled
// framework code is what makes a second publish fast).
const baseEnv: NodeJS.ProcessEnv = { ...process.env, DOTNATIVE_DEBUG: '', DOTNATIVE_DRIVER: '', DOTNATIVE_CACHE_DIR: join(repoRoot, '.cache', 'objects') };

function cli(args: string[], env: NodeJS.ProcessEnv = {}, cwd = repoRoot): Run {
  const start = performance.now();
  const r = spawnSync(process.execPath, [cliPath, ...args], { encoding: 'utf8', cwd, env: { ...baseEnv, ...env } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, ms: Math.round(performance.now() - start) };
}

function assertOneLineError(r: Run, pattern: RegExp, status = 1): void {
  const lines = r.stderr.split('\n').filter((l) => l !== '');
  assert.equal(lines.length, 1, `expected one stderr line, got:\n${r.stderr}`);
  assert.match(lines[0]!, pattern);
  assert.doesNotMatch(r.stderr, /\n\s+at /, 'no stack trace');
  assert.equal(r.status, status, `exit code (stderr: ${r.stderr})`);
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const hello = fixtureDll('Hello');
const driverExists = existsSync(join(repoRoot, 'dist', 'src', 'compiler', 'driver.js'));

describe('help', () => {
  test('publish --help describes every option', () => {
    for (const args of [['publish', '--help'], ['help', 'publish'], ['publish', '-h']]) {
      const r = cli(args);
      assert.equal(r.status, 0);
      assert.equal(r.stderr, '');
      assert.match(r.stdout, /^Usage: dotnative publish <project dir \| project file \| assembly\.dll> \[options\]/);
      for (const option of ['-o, --output <dir>', '-c, --configuration <Release|Debug>', '-r, --runtime <rid>', '--keep-c', '--no-strip', '--why <Type | Type::Method>', '-v, --verbose', '-h, --help', 'CC', 'DOTNATIVE_CACHE_DIR']) {
        assert.ok(r.stdout.includes(option), `publish --help mentions ${option}`);
      }
      for (const rid of ['linux-x64', 'linux-arm64', 'linux-musl-x64', 'win-x64', 'wasi-wasm32']) assert.ok(r.stdout.includes(rid), rid);
    }
  });

  test('run --help describes every option', () => {
    for (const args of [['run', '--help'], ['help', 'run']]) {
      const r = cli(args);
      assert.equal(r.status, 0);
      assert.match(r.stdout, /^Usage: dotnative run <project dir \| project file \| assembly\.dll> \[options\] \[-- <args>\.\.\.\]/);
      for (const option of ['-o, --output <dir>', '-c, --configuration <Release|Debug>', '--keep-c', '-v, --verbose', '-h, --help', '-- <args>...', '134']) {
        assert.ok(r.stdout.includes(option), `run --help mentions ${option}`);
      }
    }
  });

  test('dotnative --help lists publish and run', () => {
    const r = cli(['--help']);
    assert.match(r.stdout, /^\s+publish <project \| assembly>\s+\S/m);
    assert.match(r.stdout, /^\s+run <project \| assembly> \[-- args\]\s+\S/m);
  });
});

describe('usage errors: one line, exit 1', () => {
  test('bad arguments and inputs', () => {
    assertOneLineError(cli(['publish']), /^dotnative: error: publish: missing <project dir .*\(see 'dotnative publish --help'\)$/);
    assertOneLineError(cli(['run']), /^dotnative: error: run: missing <project dir .*\(see 'dotnative run --help'\)$/);
    assertOneLineError(cli(['publish', hello, '-r', 'linux-sparc']), /^dotnative: error: unknown runtime identifier 'linux-sparc' \(known: linux-x64, .*\)/);
    assertOneLineError(cli(['publish', hello, '-c', 'Fast']), /^dotnative: error: --configuration must be Release or Debug, got 'Fast'/);
    assertOneLineError(cli(['publish', hello, '--frobnicate']), /^dotnative: error: unknown option '--frobnicate'/);
    assertOneLineError(cli(['publish', 'no/such/App.dll']), /^dotnative: error: no\/such\/App\.dll: no such file or directory$/);
    assertOneLineError(cli(['run', hello, 'extra']), /^dotnative: error: run: unexpected argument 'extra' \(arguments for the program go after '--'\)/);
    assertOneLineError(cli(['publish', scratch]), /: no project file \(\.csproj, \.fsproj, \.vbproj\) in this directory$/);
    const notDll = join(scratch, 'notes.dll');
    writeFileSync(notDll, 'not a PE file');
    assertOneLineError(cli(['publish', notDll]), new RegExp(`^dotnative: error: ${escape(notDll)}: not a valid \\.NET assembly: `));
    assertOneLineError(cli(['publish', fixtureDll('DispatchLib')]), /DispatchLib\.dll: has no entry point \(a library, not a program\)$/);
  });
});

describe('the Hello fixture', () => {
  test(driverExists ? 'publish produces an executable that exits with 100' : 'publish fails cleanly: no IL compiler stage yet, no executable', () => {
    const out = join(scratch, 'hello-out');
    const exe = join(out, 'Hello');
    const r = cli(['publish', hello, '-o', out]);
    if (!driverExists) {
      assertOneLineError(r, new RegExp(`^dotnative: error: ${escape(hello)}: publish is not implemented yet \\(no IL compiler stage\\)$`));
      assert.equal(r.stdout, '');
      assert.ok(!existsSync(exe), 'no executable');
      const run = cli(['run', hello, '-o', out]);
      assertOneLineError(run, /publish is not implemented yet \(no IL compiler stage\)$/);
      assert.ok(!existsSync(exe), 'no executable');
      return;
    }
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout, exe + '\n');
    console.log(`publish Hello: ${r.ms} ms`);
    assert.equal(spawnSync(exe).status, 100);
    const run = cli(['run', hello, '-o', out]);
    assert.equal(run.status, 100, run.stderr);
  });
});

// ---- The publish path through a stand-in driver (hand-written C) ----

const fakeDriver = join(scratch, 'fake-driver.mjs');
writeFileSync(fakeDriver, `// Stand-in for src/compiler/driver.ts: writes a small C program.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
export async function compileProgram(o) {
  const main = join(o.cDir, 'main.c'), helper = join(o.cDir, 'helper.c');
  writeFileSync(join(o.cDir, 'program.h'), '#include <stdlib.h>\\nint helper(int);\\n');
  writeFileSync(main, [
    '#include "program.h"',
    '#include <gc.h>',
    '#include <stdio.h>',
    '#include <string.h>',
    'int main(int argc, char **argv) {',
    '  GC_INIT();',
    '  for (int i = 1; i < argc; i++) printf("[%s]", argv[i]);',
    '  printf("\\\\n");',
    '  if (argc > 1 && strcmp(argv[1], "abort") == 0) abort();',
    '  if (argc > 1) return atoi(argv[argc - 1]);',
    '  return helper(' + (process.env.FAKE_DRIVER_ERROR ? '' : '50') + ');',
    '}', ''].join('\\n'));
  writeFileSync(helper, '#include "program.h"\\nint helper(int x) { return 2 * x; }\\n');
  return {
    cFiles: [main, helper],
    cflags: ['-DFAKE=1'],
    inputs: [],
    why: o.why.map((query) => ({ query, text: query === 'Program::Main' ? 'Program::Main is kept because:\\n  root -> Program::Main' : undefined })),
  };
}
`);
// An empty runtime directory: the stand-in's C is a whole program, independent of runtime/.
const noRuntime = join(scratch, 'no-runtime');
mkdirSync(noRuntime, { recursive: true });
const fakeEnv = { DOTNATIVE_DRIVER: fakeDriver, DOTNATIVE_RUNTIME_DIR: noRuntime };

describe('publish and run through a stand-in driver', () => {
  test('publish writes the executable, prints its path and the --why explanations', () => {
    const out = join(scratch, 'fake-out');
    const r = cli(['publish', hello, '-o', out, '--why', 'Program::Main', '--why', 'System.Gone', '-v'], fakeEnv);
    assert.equal(r.status, 0, r.stderr);
    const exe = join(out, 'Hello');
    assert.equal(r.stdout, 'Program::Main is kept because:\n  root -> Program::Main\nSystem.Gone is not part of the program (nothing kept matches it)\n' + exe + '\n');
    assert.match(r.stderr, /^dotnative: compiled 2 C files .* with \d+ jobs/m);
    assert.match(r.stderr, /dotnative: linked .* \d+ bytes, \d+ stripped/);
    assert.equal(spawnSync(exe).status, 100);
    // The generated C is not kept by default; the stamp is.
    assert.deepEqual(readdirSync(out).sort(), ['.Hello.dotnative.json', 'Hello']);

    const kept = cli(['publish', hello, '-o', out, '--keep-c', '-c', 'Debug'], fakeEnv);
    assert.equal(kept.status, 0, kept.stderr);
    assert.deepEqual(readdirSync(join(out, 'c')).sort(), ['helper.c', 'main.c', 'program.h']);
  });

  test('the default output directory is bin/dotnative/<rid>/ beside the assembly; CC chooses the compiler', () => {
    const dir = join(scratch, 'app');
    mkdirSync(dir, { recursive: true });
    for (const f of ['Hello.dll', 'Hello.runtimeconfig.json']) copyFileSync(join(fixturesDir, 'Hello', 'bin', 'out', f), join(dir, f));
    const exe = join(dir, 'bin', 'dotnative', 'linux-x64', 'Hello');
    const missing = cli(['publish', join(dir, 'Hello.dll')], { ...fakeEnv, CC: 'no-such-cc-xyz' });
    assertOneLineError(missing, /^dotnative: error: C compiler 'no-such-cc-xyz' \(from CC\) not found$/);
    assert.ok(!existsSync(exe));
    const r = cli(['publish', join(dir, 'Hello.dll'), '-v'], { ...fakeEnv, CC: 'gcc' });
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stderr, /C compiler: \S*gcc/);
    assert.equal(r.stdout, exe + '\n');
    assert.equal(spawnSync(exe).status, 100);
  });

  test('run passes arguments through, exits with the exit code, reports a signal as 128 + n, reuses an up-to-date executable', () => {
    const out = join(scratch, 'run-out');
    const first = cli(['run', hello, '-o', out, '-v', '--', 'a b', '--x', '7'], fakeEnv);
    assert.equal(first.stdout, '[a b][--x][7]\n');
    assert.equal(first.status, 7, first.stderr);
    assert.match(first.stderr, /dotnative: linked /);
    const exe = join(out, 'Hello');
    const mtime = statSync(exe).mtimeMs;

    const second = cli(['run', hello, '-o', out, '-v'], fakeEnv);
    assert.equal(second.status, 100);
    assert.match(second.stderr, /is up to date/);
    assert.doesNotMatch(second.stderr, /linked/);
    assert.equal(statSync(exe).mtimeMs, mtime);

    const aborted = cli(['run', hello, '-o', out, '--', 'abort'], fakeEnv);
    assert.equal(aborted.status, 134, aborted.stderr);

    // A changed input assembly means a new publish.
    const dir = join(scratch, 'run-app');
    mkdirSync(dir, { recursive: true });
    copyFileSync(hello, join(dir, 'Hello.dll'));
    const r1 = cli(['run', join(dir, 'Hello.dll'), '-v'], fakeEnv);
    assert.equal(r1.status, 100, r1.stderr);
    writeFileSync(join(dir, 'Hello.dll'), readFileSync(hello));
    const r2 = cli(['run', join(dir, 'Hello.dll'), '-v'], fakeEnv);
    assert.match(r2.stderr, /linked/);
    assert.equal(r2.status, 100);
  });

  test('a C compiler error: one-line internal error, C file and log kept, no executable', () => {
    const out = join(scratch, 'cerror-out');
    const r = cli(['publish', hello, '-o', out], { ...fakeEnv, FAKE_DRIVER_ERROR: '1' });
    const m = /^dotnative: internal error: C compiler failed on main\.c \(kept at (\S+main\.c)\)$/.exec(r.stderr.trim());
    assert.ok(m, r.stderr);
    assert.equal(r.stderr.trim().split('\n').length, 1);
    assert.notEqual(r.status, 0);
    assert.equal(r.stdout, '');
    assert.ok(existsSync(m[1]!), 'the C file is kept');
    assert.match(readFileSync(m[1]! + '.log', 'utf8'), /error/);
    assert.ok(!existsSync(join(out, 'Hello')), 'no executable');
    rmSync(join(m[1]!, '..'), { recursive: true, force: true });
  });
});

describe('projects', () => {
  test('a project directory is built with dotnet build; build errors are shown, exit 1', () => {
    const proj = mkdtempSync(join(tmpdir(), 'dotnative-project-'));
    try {
      copyFileSync(join(fixturesDir, 'Hello', 'Hello.csproj'), join(proj, 'Hello.csproj'));
      writeFileSync(join(proj, 'Program.cs'), 'public static class Program { public static int Main() { int x = "no"; return x; } }\n');
      const bad = cli(['publish', proj]);
      assert.equal(bad.status, 1);
      const lines = bad.stderr.trim().split('\n');
      assert.match(lines[0]!, /Program\.cs\(1,\d+\): error CS0029:/);
      assert.equal(lines.filter((l) => /CS0029/.test(l)).length, 1, 'each error once');
      assert.match(lines.at(-1)!, new RegExp(`^dotnative: error: ${escape(join(proj, 'Hello.csproj'))}: dotnet build failed$`));

      copyFileSync(join(fixturesDir, 'Hello', 'Program.cs'), join(proj, 'Program.cs'));
      const r = cli(['publish', proj], fakeEnv);
      assert.equal(r.status, 0, r.stderr);
      const exe = join(proj, 'bin', 'dotnative', 'linux-x64', 'Hello');
      assert.equal(r.stdout, exe + '\n');
      assert.equal(spawnSync(exe).status, 100);
      assert.ok(existsSync(join(proj, 'bin', 'Release', 'net10.0', 'Hello.dll')), 'built with -c Release');
    } finally {
      rmSync(proj, { recursive: true, force: true });
    }
  });
});
