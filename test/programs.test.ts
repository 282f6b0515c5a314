// End-to-end tests of `dotnative publish`: every tests/programs/*.cs behaves as it does under
// `dotnet` (exit code, stdout, stderr); Main => 100 (the Hello fixture) publishes, runs and
// keeps no unrelated framework code; failures are one line and leave no executable.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { fixtureDll } from './support/fixtures.js';
import { buildProgram, cacheRoot, programNames, programsDir, publish, run, runBatchedProgram } from './support/programs.js';

/**
 * tests/programs/known-failures.txt: `<program>: <cause>` lines, programs dotnative does not run
 * correctly yet. They still run, as `todo` tests: their failures are reported, not counted.
 */
function knownFailures(): Map<string, string> {
  const file = join(programsDir, 'known-failures.txt');
  const known = new Map<string, string>();
  if (!existsSync(file)) return known;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const m = /^([\w-]+):\s*(.+)$/.exec(line.trim());
    if (m) known.set(m[1]!, m[2]!);
  }
  return known;
}

describe('differential programs (tests/programs)', { concurrency: 2 }, () => {
  const known = knownFailures();
  for (const name of programNames()) {
    const todo = known.get(name);
    test(name, todo ? { todo: `known failure: ${todo}` } : {}, async () => {
      const r = await runBatchedProgram(name);
      assert.equal(r.publish.code, 0, `publish failed:\n${r.publish.stderr}`);
      const native = r.native!;
      const show = (o: typeof native) => `exit ${o.code ?? o.signal}\n--- stdout\n${o.stdout}--- stderr\n${o.stderr}`;
      assert.equal(r.dotnet.code, 100, `the program must return 100 under dotnet:\n${show(r.dotnet)}`);
      assert.equal(`${native.code}/${native.signal}`, `${r.dotnet.code}/${r.dotnet.signal}`, `native:\n${show(native)}\ndotnet:\n${show(r.dotnet)}`);
      assert.equal(native.stdout, r.dotnet.stdout);
      assert.equal(native.stderr, r.dotnet.stderr);
      // The build warns of each reached method it has no implementation for (from a batch: of any of its programs).
      const missing = r.publish.stderr.split('\n').filter((l) => l.includes('with no implementation in dotnative'));
      assert.deepEqual(missing, [], 'reached methods with no implementation');
    });
  }
});

describe('Main => 100 (the Hello fixture)', () => {
  test('publishes an executable that exits with 100 and keeps no unrelated framework code', async () => {
    const out = join(cacheRoot, 'programs-test', 'hello');
    const { outcome, exe } = await publish(fixtureDll('Hello'), out, ['--why', 'System.Collections.Generic.List`1', '--why', 'Program::Main']);
    assert.equal(outcome.code, 0, outcome.stderr);
    assert.equal(outcome.stderr, '', 'no warnings');
    assert.match(outcome.stdout, /^System\.Collections\.Generic\.List`1 is not part of the program/m);
    assert.match(outcome.stdout, /^method System\.Int32 Program::Main\(\) is kept because:\n {2}root: entry point -> method System\.Int32 Program::Main\(\)$/m);
    const r = await run(exe!, []);
    assert.equal(r.code, 100);
    assert.equal(r.stdout + r.stderr, '');
    console.log(`Hello: publish ${outcome.ms} ms, executable ${statSync(exe!).size} bytes`);
  });

  test('the generated C is deterministic', async () => {
    const { generateProgram } = await import('../src/compiler/driver.js');
    const dll = await buildProgram('arithmetic', join(programsDir, 'arithmetic.cs'));
    const a = generateProgram(dll);
    const b = generateProgram(dll);
    assert.deepEqual([...a.files.keys()], [...b.files.keys()]);
    for (const [k, v] of a.files) assert.equal(b.files.get(k), v, `${k} differs between two runs`);
  });
});

/** Builds a one-off program from source text under .cache/programs-test/<name>/. */
async function oneOff(name: string, lines: string[]): Promise<string> {
  const dir = join(cacheRoot, 'programs-test', `${name}-src`);
  mkdirSync(dir, { recursive: true });
  const src = join(dir, `${name}.cs`);
  writeFileSync(src, lines.join('\n') + '\n');
  return buildProgram(name, src);
}

describe('process behaviour', { concurrency: 2 }, () => {
  test('an unhandled exception aborts with dotnet\'s report: message, inner exception, stack lines', async () => {
    const dll = await oneOff('Unhandled', [
      'using System;',
      'static class Program {',
      '    static int Main() {',
      '        try { throw new ArgumentException("inner"); }',
      '        catch (Exception e) { throw new InvalidOperationException("boom", e); }',
      '    }',
      '}',
    ]);
    const dotnet = await run('dotnet', [dll]);
    const { outcome, exe } = await publish(dll, join(cacheRoot, 'programs-test', 'unhandled'));
    assert.equal(outcome.code, 0, outcome.stderr);
    const native = await run(exe!, []);
    assert.equal(`${native.code}/${native.signal}`, `${dotnet.code}/${dotnet.signal}`);
    assert.match(native.stderr, / ---> System\.ArgumentException: inner\n   at Program\.Main\(\) in .*Unhandled\.cs:line 4\n/);
    assert.equal(native.stderr, dotnet.stderr);
    assert.equal(native.stdout, dotnet.stdout);
  });

  test('Environment.FailFast prints dotnet\'s "Process terminated." report and aborts', async () => {
    const dll = await oneOff('FailFast', [
      'using System;',
      'static class Program {',
      '    static int Main() { Console.WriteLine("before"); Environment.FailFast("stopping \u00e9 here"); return 0; }',
      '}',
    ]);
    const dotnet = await run('dotnet', [dll]);
    const { outcome, exe } = await publish(dll, join(cacheRoot, 'programs-test', 'failfast'));
    assert.equal(outcome.code, 0, outcome.stderr);
    assert.equal(outcome.stderr, '', 'no warnings');
    const native = await run(exe!, []);
    assert.equal(`${native.code}/${native.signal}`, `${dotnet.code}/${dotnet.signal}`);
    assert.equal(native.stdout, dotnet.stdout);
    const head = (s: string) => s.split('\n').slice(0, 2).join('\n');
    assert.equal(head(native.stderr), 'Process terminated.\nstopping \u00e9 here');
    assert.equal(head(native.stderr), head(dotnet.stderr));
  });

  test('StackTraceSupport=false (System.Diagnostics.StackTrace.IsSupported) leaves the stack trace data out', async () => {
    const lines = [
      'using System;',
      'static class Program {',
      '    static void Fail() => throw new InvalidOperationException("no trace");',
      '    static int Main() {',
      '        try { Fail(); } catch (Exception e) { Console.WriteLine(e.StackTrace == null ? "null" : e.StackTrace); }',
      '        Fail();',
      '        return 0;',
      '    }',
      '}',
    ];
    const dll = await oneOff('NoTraces', lines);
    const withTraces = await publish(dll, join(cacheRoot, 'programs-test', 'traces'));
    assert.equal(withTraces.outcome.code, 0, withTraces.outcome.stderr);
    const traced = await run(withTraces.exe!, []);
    assert.match(traced.stdout, /^   at Program\.Fail\(\) in .*NoTraces\.cs:line 3\n   at Program\.Main\(\)/);
    // The same assembly with the switch set as `<StackTraceSupport>false</StackTraceSupport>` sets it.
    const dir = join(cacheRoot, 'programs-test', 'no-traces-src');
    mkdirSync(dir, { recursive: true });
    const copy = join(dir, 'NoTraces.dll');
    writeFileSync(copy, readFileSync(dll));
    const config = JSON.parse(readFileSync(dll.replace(/\.dll$/, '.runtimeconfig.json'), 'utf8')) as { runtimeOptions: { configProperties?: Record<string, unknown> } };
    config.runtimeOptions.configProperties = { ...config.runtimeOptions.configProperties, 'System.Diagnostics.StackTrace.IsSupported': false };
    writeFileSync(join(dir, 'NoTraces.runtimeconfig.json'), JSON.stringify(config));
    const without = await publish(copy, join(cacheRoot, 'programs-test', 'no-traces'));
    assert.equal(without.outcome.code, 0, without.outcome.stderr);
    const plain = await run(without.exe!, []);
    assert.equal(plain.stdout, 'null\n');
    assert.equal(plain.stderr, 'Unhandled exception. System.InvalidOperationException: no trace\n');
    assert.equal(plain.signal, 'SIGABRT');
    assert.ok(statSync(without.exe!).size < statSync(withTraces.exe!).size, 'smaller without stack trace data');
  });

  test('Main(string[] args) receives the command line; a void Main exits with Environment.ExitCode', async () => {
    const dll = await oneOff('Args', [
      'using System;',
      'static class Program {',
      '    static void Main(string[] args) {',
      '        int sum = 0;',
      '        foreach (var a in args) sum += a.Length;',
      '        Environment.ExitCode = args.Length == 3 && args[1] == "\u00e9t\u00e9" ? 40 + sum : 1;',
      '    }',
      '}',
    ]);
    const args = ['a', 'été', 'xyz'];
    const dotnet = await run('dotnet', [dll, ...args]);
    const { outcome, exe } = await publish(dll, join(cacheRoot, 'programs-test', 'args'));
    assert.equal(outcome.code, 0, outcome.stderr);
    const native = await run(exe!, args);
    assert.equal(dotnet.code, 47);
    assert.equal(native.code, dotnet.code, native.stderr);
  });
});

describe('failing publishes: one line, no executable', () => {
  const assertOneLine = (stderr: string, pattern: RegExp) => {
    const lines = stderr.split('\n').filter((l) => l !== '');
    assert.equal(lines.length, 1, `expected one line, got:\n${stderr}`);
    assert.match(lines[0]!, pattern);
  };

  test('a library has no entry point', async () => {
    const out = join(cacheRoot, 'programs-test', 'library');
    const { outcome, exe } = await publish(fixtureDll('DispatchLib'), out);
    assert.equal(outcome.code, 1);
    assertOneLine(outcome.stderr, /^dotnative: error: .*DispatchLib\.dll: has no entry point/);
    assert.equal(exe, undefined);
    assert.ok(!existsSync(join(out, 'DispatchLib')));
  });

  test('an unsupported construct names the assembly, method and IL offset', async () => {
    const dir = join(cacheRoot, 'programs-test', 'unsupported-src');
    mkdirSync(dir, { recursive: true });
    const src = join(dir, 'Unsupported.cs');
    writeFileSync(src, [
      'static class Program {',
      '    static int Count(__arglist) => new System.ArgIterator(__arglist).GetRemainingCount();',
      '    static int Main() => Count(__arglist(1, 2)) == 2 ? 100 : 1;',
      '}',
      '',
    ].join('\n'));
    const dll = await buildProgram('Unsupported', src);
    const out = join(cacheRoot, 'programs-test', 'unsupported');
    const { outcome, exe } = await publish(dll, out);
    assert.equal(outcome.code, 1, outcome.stderr);
    assertOneLine(outcome.stderr, /^dotnative: error: Unsupported: Program::Count IL_[0-9a-f]{4}: .*arglist/);
    assert.equal(exe, undefined);
    assert.ok(!existsSync(join(out, 'Unsupported')));
  });
});
