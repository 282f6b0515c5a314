// The link stage (src/toolchain/): targets, the C compiler, parallel compilation through the
// content-addressed object cache, linking with the static Boehm GC, stripping, and the failure
// paths (a C error is a one-line internal error with the C file and its log kept; a failed link
// leaves no executable).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { report } from '../src/cli/errors.js';
import { buildExecutable } from '../src/toolchain/build.js';
import { ObjectCache, defaultCacheDir } from '../src/toolchain/cache.js';
import { compileUnits, keyFlags } from '../src/toolchain/compile.js';
import { CCompilerError, LinkError, ToolchainSetupError } from '../src/toolchain/errors.js';
import { runPool } from '../src/toolchain/exec.js';
import { linkExecutable } from '../src/toolchain/link.js';
import { loadRuntimeBuild, parseRuntimeBuildFile } from '../src/toolchain/runtime.js';
import { configurationCflags, executableName, findCompiler, knownRids, libraryArgument, targetFor } from '../src/toolchain/target.js';
import { repoRoot } from './support/fixtures.js';

// Scratch space inside the repository's git-ignored .cache/, with a cache of its own so the
// first compilation below is a guaranteed miss.
mkdirSync(join(repoRoot, '.cache'), { recursive: true });
const scratch = mkdtempSync(join(repoRoot, '.cache', 'toolchain-test-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

const target = targetFor('linux-x64');
const flags = [...configurationCflags('Release'), ...target.cflags];
const gcLibs = target.defaultLibs.map((l) => libraryArgument(target, l));

function dir(name: string): string {
  const d = join(scratch, name);
  mkdirSync(d, { recursive: true });
  return d;
}

describe('targets', () => {
  test('RIDs describe triple, pointer size, executable suffix and libraries', () => {
    assert.deepEqual(knownRids().sort(), ['linux-arm64', 'linux-musl-x64', 'linux-x64', 'wasi-wasm32', 'win-x64']);
    const x64 = targetFor('linux-x64');
    assert.equal(x64.pointerSize, 8);
    assert.equal(x64.exeSuffix, '');
    assert.equal(x64.triple, 'x86_64-linux-gnu');
    assert.equal(libraryArgument(x64, 'gc'), '-l:libgc.a');
    assert.equal(libraryArgument(x64, 'm'), '-lm');
    assert.equal(libraryArgument(x64, '-lfoo'), '-lfoo');
    assert.equal(executableName(targetFor('win-x64'), 'Hello'), 'Hello.exe');
    assert.equal(targetFor('win-x64').triple, 'x86_64-w64-mingw32');
    assert.equal(targetFor('linux-arm64').pointerSize, 8);
    assert.ok(targetFor('linux-musl-x64').ldflags.includes('-static'));
    const wasi = targetFor('wasi-wasm32');
    assert.equal(wasi.pointerSize, 4);
    assert.equal(executableName(wasi, 'Hello'), 'Hello.wasm');
    assert.throws(() => targetFor('linux-sparc'), ToolchainSetupError);
  });

  test('the C compiler: clang if present, CC overrides, a missing CC is a set-up error', async () => {
    const cc = await findCompiler(target);
    assert.ok(existsSync(cc.command));
    assert.match(cc.identity, /^[0-9a-f]{64}$/);
    const gcc = await findCompiler(target, { ...process.env, CC: 'gcc' });
    assert.equal(gcc.family, 'gcc');
    assert.equal(gcc.source, 'CC');
    if (cc.family === 'clang') assert.notEqual(gcc.identity, cc.identity);
    await assert.rejects(findCompiler(target, { ...process.env, CC: 'no-such-cc-xyz' }), ToolchainSetupError);
    // A cross target through clang gets --target=<triple>.
    const arm = await findCompiler(targetFor('linux-arm64'), { ...process.env, CC: 'clang' });
    assert.ok(arm.args.includes('--target=aarch64-linux-gnu'), arm.args.join(' '));
  });

  test('the cache directory: DOTNATIVE_CACHE_DIR, else XDG_CACHE_HOME, else ~/.cache', () => {
    assert.equal(defaultCacheDir({ DOTNATIVE_CACHE_DIR: '/x/y' }), '/x/y');
    assert.equal(defaultCacheDir({ XDG_CACHE_HOME: '/c' }), join('/c', 'dotnative'));
    assert.match(defaultCacheDir({}), /[\\/]\.cache[\\/]dotnative$/);
  });

  test('path-valued flags are not part of the cache key', () => {
    assert.deepEqual(keyFlags(['-O2', '-I/a', '-I', '/b', '-isystem', '/c', '-ffile-prefix-map=/d=.', '-DX=1']), ['-O2', '-DX=1']);
  });
});

describe('runtime/build.json', () => {
  test('sources, include directories, flags and libraries, with per-RID replacements', () => {
    const rt = dir('runtime-desc');
    writeFileSync(join(rt, 'build.json'), JSON.stringify({
      sources: ['src/a.c'], includeDirs: ['include'], cflags: ['-DRT'], libs: ['gc', 'm', '-Wl,--as-needed'],
      targets: { 'wasi-wasm32': { libs: [] } },
    }));
    const b = loadRuntimeBuild(target, rt);
    assert.deepEqual(b.sources, [join(rt, 'src', 'a.c')]);
    assert.deepEqual(b.includeDirs, [join(rt, 'include')]);
    assert.deepEqual(b.cflags, ['-DRT']);
    assert.deepEqual(b.libs, ['-l:libgc.a', '-lm', '-Wl,--as-needed']);
    assert.deepEqual(loadRuntimeBuild(targetFor('wasi-wasm32'), rt).libs, []);
    // Without build.json: no sources, the target's default libraries.
    const none = loadRuntimeBuild(target, dir('runtime-none'));
    assert.deepEqual(none.sources, []);
    assert.ok(none.libs.includes('-l:libgc.a'));
    assert.throws(() => parseRuntimeBuildFile('build.json', '{"sources": "a.c"}'), /'sources' must be an array of strings/);
    assert.throws(() => parseRuntimeBuildFile('build.json', '[1]'), /expected a JSON object/);
  });
});

const MAIN_C = `#include <gc.h>
#include <stdio.h>
#include "shared.h"
int main(int argc, char **argv) {
  GC_INIT();
  long *cells = GC_MALLOC(sizeof(long) * 1000);
  for (int i = 0; i < 1000; i++) cells[i] = i;
  for (int i = 0; i < 100000; i++) (void)GC_MALLOC(64); /* enough garbage to collect */
  printf("sum=%ld twice=%d\\n", cells[999] + cells[1], twice(21));
  return SHARED_EXIT;
}
`;
const HELPER_C = `#include "shared.h"
int twice(int x) { return 2 * x; }
`;

describe('compile and link', () => {
  test('two units compile in parallel; the second time both come from the cache; the program links with the GC and runs', async () => {
    const src = dir('prog');
    const inc = dir('prog-include');
    writeFileSync(join(src, 'main.c'), MAIN_C);
    writeFileSync(join(src, 'helper.c'), HELPER_C);
    writeFileSync(join(inc, 'shared.h'), 'int twice(int);\n#define SHARED_EXIT 42\n');
    const compiler = await findCompiler(target);
    const cache = new ObjectCache(join(scratch, 'cache'));
    const units = [{ path: join(src, 'main.c') }, { path: join(src, 'helper.c') }];
    const options = { compiler, cflags: [...flags, `-I${inc}`], cache, objDir: join(scratch, 'obj'), jobs: 2 };

    const t0 = performance.now();
    const first = await compileUnits(units, options);
    const t1 = performance.now();
    assert.deepEqual({ units: first.stats.units, hits: first.stats.hits, misses: first.stats.misses }, { units: 2, hits: 0, misses: 2 });
    assert.ok(first.units.every((u) => !u.cached && u.object.startsWith(cache.dir) && existsSync(u.object)));
    assert.notEqual(first.units[0]!.key, first.units[1]!.key);

    const second = await compileUnits(units, options);
    const t2 = performance.now();
    assert.deepEqual({ hits: second.stats.hits, misses: second.stats.misses }, { hits: 2, misses: 0 });
    assert.deepEqual(second.units.map((u) => u.object), first.units.map((u) => u.object));
    console.log(`compile: ${Math.round(t1 - t0)} ms cold, ${Math.round(t2 - t1)} ms from the cache`);
    // No temporary files are left in the cache.
    assert.deepEqual(readdirSync(cache.dir).filter((f) => !f.endsWith('.o')), []);

    // The same unit text in another directory hits too (the directory is not part of the key).
    const elsewhere = dir('prog-copy');
    writeFileSync(join(elsewhere, 'helper.c'), HELPER_C);
    const moved = await compileUnits([{ path: join(elsewhere, 'helper.c') }], options);
    assert.equal(moved.stats.hits, 1);

    // A changed header is a miss for the units whose preprocessed text it changes: main.c uses
    // SHARED_EXIT, helper.c does not.
    writeFileSync(join(inc, 'shared.h'), 'int twice(int);\n#define SHARED_EXIT 43\n');
    const third = await compileUnits(units, options);
    assert.deepEqual(third.units.map((u) => u.cached), [false, true]);
    writeFileSync(join(inc, 'shared.h'), 'int twice(int);\n#define SHARED_EXIT 42\n');
    assert.equal((await compileUnits(units, options)).stats.hits, 2);

    // Link with -l:libgc.a, stripped, and run.
    const out = join(dir('prog-out'), 'prog');
    const linked = await linkExecutable({ compiler, target, objects: second.units.map((u) => u.object), output: out, ldflags: target.ldflags, libs: gcLibs, strip: true });
    assert.equal(linked.path, out);
    assert.ok(linked.strippedSize !== undefined && linked.strippedSize < linked.size, `${linked.strippedSize} < ${linked.size}`);
    assert.equal(statSync(out).size, linked.strippedSize);
    assert.deepEqual(readdirSync(join(scratch, 'prog-out')), ['prog']);
    const run = spawnSync(out, [], { encoding: 'utf8' });
    assert.equal(run.stdout, 'sum=1000 twice=42\n');
    assert.equal(run.status, 42);
    // libgc is linked statically.
    const ldd = spawnSync('ldd', [out], { encoding: 'utf8' });
    if (ldd.status === 0) assert.doesNotMatch(ldd.stdout, /libgc/);
  });

  test('keyByHeaders: units with only #include directives are keyed by their text and their headers\' macros', async () => {
    const src = dir('by-headers');
    const inc = dir('by-headers-include');
    writeFileSync(join(src, 'uses.c'), '#include "h.h"\nint uses(void) { return VALUE; }\n');
    writeFileSync(join(src, 'plain.c'), '#include "h.h"\nint plain(void) { return 1; }\n');
    writeFileSync(join(src, 'cond.c'), '#include "h.h"\n#if VALUE > 0\nint cond(void) { return 2; }\n#endif\n');
    writeFileSync(join(inc, 'h.h'), '#define VALUE 1\n');
    const compiler = await findCompiler(target);
    const cache = new ObjectCache(join(scratch, 'cache-by-headers'));
    const units = ['uses.c', 'plain.c', 'cond.c'].map((f) => ({ path: join(src, f), keyByHeaders: true }));
    const options = { compiler, cflags: [...flags, `-I${inc}`], cache, objDir: join(scratch, 'obj-by-headers'), jobs: 2 };
    assert.equal((await compileUnits(units, options)).stats.misses, 3);
    assert.equal((await compileUnits(units, options)).stats.hits, 3);
    // A macro change in the header misses for every unit keyed by headers, even one that does
    // not use it; cond.c has an #if, so it is keyed by its preprocessed text and still hits.
    writeFileSync(join(inc, 'h.h'), '#define VALUE 2\n');
    assert.deepEqual((await compileUnits(units, options)).units.map((u) => u.cached), [false, false, true]);
    assert.deepEqual(readdirSync(src).sort(), ['cond.c', 'plain.c', 'uses.c'], 'no prelude file left behind');
  });

  test('units run at most `jobs` at a time', async () => {
    let running = 0, peak = 0;
    const task = async () => {
      peak = Math.max(peak, ++running);
      await new Promise((r) => setTimeout(r, 20));
      running--;
      return peak;
    };
    await runPool(Array.from({ length: 8 }, () => task), 3);
    assert.equal(peak, 3);
    await assert.rejects(runPool([async () => { throw new Error('boom'); }, task], 1), /boom/);
  });

  test('a C compiler error: one-line internal error naming the kept file, full output in <file>.log', async () => {
    const src = dir('bad');
    const bad = join(src, 'bad.c');
    writeFileSync(bad, 'int f(void) { return undeclared_thing + ; }\n');
    writeFileSync(join(src, 'good.c'), 'int g(void) { return 1; }\n');
    const compiler = await findCompiler(target);
    for (const cache of [new ObjectCache(join(scratch, 'cache')), undefined]) {
      rmSync(bad + '.log', { force: true });
      let error: unknown;
      await compileUnits([{ path: join(src, 'good.c') }, { path: bad }], { compiler, cflags: flags, cache, objDir: join(scratch, 'bad-obj') }).catch((e) => (error = e));
      assert.ok(error instanceof CCompilerError, String(error));
      assert.equal(error.message, `C compiler failed on bad.c (kept at ${bad})`);
      assert.equal(error.keptAt, bad);
      assert.equal(error.logPath, bad + '.log');
      assert.ok(existsSync(bad));
      const log = readFileSync(error.logPath, 'utf8');
      assert.match(log, /^\$ .*bad\.c/);
      assert.match(log, /undeclared_thing/);
      const r = report(error, {});
      assert.equal(r.text, `dotnative: internal error: C compiler failed on bad.c (kept at ${bad})\n`);
      assert.notEqual(r.exitCode, 0);
    }
  });

  test('a failed link leaves no executable (and an earlier one intact)', async () => {
    const src = dir('unresolved');
    writeFileSync(join(src, 'main.c'), 'int missing_function(void);\nint main(void) { return missing_function(); }\n');
    const compiler = await findCompiler(target);
    const { units } = await compileUnits([{ path: join(src, 'main.c') }], { compiler, cflags: flags, objDir: join(scratch, 'unresolved-obj') });
    const outDir = join(scratch, 'unresolved-out');
    const logDir = dir('unresolved-log');
    let error: unknown;
    await linkExecutable({ compiler, target, objects: units.map((u) => u.object), output: join(outDir, 'app'), libs: gcLibs, logDir }).catch((e) => (error = e));
    assert.ok(error instanceof LinkError, String(error));
    assert.match(error.message, /^C linker failed on app \(output at .*app\.link\.log\)$/);
    assert.match(readFileSync(error.logPath, 'utf8'), /missing_function/);
    assert.deepEqual(readdirSync(outDir), []);

    writeFileSync(join(outDir, 'app'), 'old executable');
    await assert.rejects(linkExecutable({ compiler, target, objects: units.map((u) => u.object), output: join(outDir, 'app'), libs: gcLibs, logDir }), LinkError);
    assert.deepEqual(readdirSync(outDir), ['app']);
    assert.equal(readFileSync(join(outDir, 'app'), 'utf8'), 'old executable');
  });

  test('buildExecutable compiles the runtime described by build.json with the generated units', async () => {
    const rt = dir('runtime');
    mkdirSync(join(rt, 'include'), { recursive: true });
    mkdirSync(join(rt, 'src'), { recursive: true });
    writeFileSync(join(rt, 'include', 'rt.h'), 'int rt_exit_code(void);\n');
    writeFileSync(join(rt, 'src', 'rt.c'), '#include <gc.h>\n#include "rt.h"\nint rt_exit_code(void) { GC_INIT(); return RT_CODE; }\n');
    writeFileSync(join(rt, 'build.json'), JSON.stringify({ sources: ['src/rt.c'], includeDirs: ['include'], cflags: ['-DRT_CODE=77'], libs: ['gc', 'pthread'] }));
    const gen = dir('generated');
    writeFileSync(join(gen, 'program.h'), '#include "rt.h"\n');
    writeFileSync(join(gen, 'main.c'), '#include "program.h"\nint main(void) { return rt_exit_code(); }\n');
    const cache = new ObjectCache(join(scratch, 'cache'));
    const output = join(scratch, 'built', 'app');
    const result = await buildExecutable({
      target, configuration: 'Debug', units: [{ path: join(gen, 'main.c') }], includeDirs: [gen], output, strip: false,
      workDir: dir('built-work'), cache, runtime: loadRuntimeBuild(target, rt),
    });
    assert.equal(result.compile.units, 2);
    assert.equal(result.link.strippedSize, undefined);
    assert.equal(spawnSync(output).status, 77);
    const again = await buildExecutable({
      target, configuration: 'Debug', units: [{ path: join(gen, 'main.c') }], includeDirs: [gen], output, strip: false,
      workDir: dir('built-work'), cache, runtime: loadRuntimeBuild(target, rt),
    });
    assert.equal(again.compile.hits, 2);
  });
});
