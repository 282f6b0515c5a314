// The native runtime (runtime/): compiles it with gcc and with clang (-std=gnu11 -Wall -Wextra
// -Werror -O1), links each C test program under runtime/test/ (a hand-written stand-in for a
// generated program: fake_program.c) and runs it. The programs check the object layout,
// allocation, the GC over Boehm (collection, finalizers, handles, 10 GiB in a loop under 200 MiB
// RSS), exceptions, casting, interface dispatch and class constructors; test_startup's modes
// check what the process prints and how it ends, against what dotnet 10 does (verified by
// hand, see runtime/README.md): "Unhandled exception. " + ToString, "Stack overflow.",
// "Out of memory.", SIGABRT (exit status 134) for all of them, exit codes passed through.
import assert from 'node:assert/strict';
import { execFile, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, test } from 'node:test';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** The repository root (this file runs from dist/test/). */
const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const runtimeDir = join(repoRoot, 'runtime');
const scratch = mkdtempSync(join(tmpdir(), 'dotnative-runtime-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

interface BuildJson {
  sources: string[];
  includeDirs: string[];
  cflags: string[];
  libs: string[];
  ldflags: string[];
}

const buildJson = JSON.parse(readFileSync(join(runtimeDir, 'build.json'), 'utf8')) as BuildJson;
const testPrograms = readdirSync(join(runtimeDir, 'test'))
  .filter((f) => /^test_.*\.c$/.test(f))
  .map((f) => basename(f, '.c'))
  .sort();

function hasCompiler(cc: string): boolean {
  return spawnSync(cc, ['--version'], { stdio: 'ignore' }).status === 0;
}

/** Runs async jobs with at most `limit` at once. */
async function pool<T>(jobs: (() => Promise<T>)[], limit: number): Promise<T[]> {
  const results: T[] = new Array(jobs.length);
  let next = 0;
  const worker = async () => {
    while (next < jobs.length) {
      const i = next++;
      results[i] = await jobs[i]!();
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, jobs.length) }, worker));
  return results;
}

const linkLib = (l: string) => (l.startsWith('-') ? l : l === 'gc' ? '-l:libgc.a' : `-l${l}`);

/** Compiles the runtime and every test program with `cc`; returns the executables by name. */
async function buildAll(cc: string): Promise<Map<string, string>> {
  const out = join(scratch, cc);
  mkdirSync(out, { recursive: true });
  const cflags = [
    ...buildJson.cflags,
    '-Wall', '-Wextra', '-Werror', '-O1',
    ...buildJson.includeDirs.map((d) => `-I${join(runtimeDir, d)}`),
    `-I${join(runtimeDir, 'src')}`, // the tests may use runtime-private helpers
  ];
  const runtimeSources = buildJson.sources.map((s) => join(runtimeDir, s));
  const sources = [...runtimeSources, join(runtimeDir, 'test', 'fake_program.c'), ...testPrograms.map((t) => join(runtimeDir, 'test', `${t}.c`))];
  const objectOf = (src: string) => join(out, basename(src, '.c') + '.o');
  await pool(
    sources.map((src) => async () => {
      try {
        await run(cc, [...cflags, '-c', src, '-o', objectOf(src)]);
      } catch (e) {
        const err = e as { stderr?: string; message: string };
        throw new Error(`${cc} failed on ${basename(src)}:\n${err.stderr ?? err.message}`);
      }
    }),
    Math.max(2, availableParallelism()),
  );
  const runtimeObjects = runtimeSources.map(objectOf);
  const exes = new Map<string, string>();
  await pool(
    testPrograms.map((t) => async () => {
      const exe = join(out, t);
      await run(cc, [...runtimeObjects, objectOf(join(runtimeDir, 'test', 'fake_program.c')), objectOf(join(runtimeDir, 'test', `${t}.c`)), '-o', exe, ...buildJson.ldflags, ...buildJson.libs.map(linkLib)]);
      exes.set(t, exe);
    }),
    Math.max(2, availableParallelism()),
  );
  return exes;
}

interface Result {
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Runs a test executable (asynchronously, so that the two compilers' suites overlap). */
function exec(exe: string, args: string[] = []): Promise<Result> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(exe, args, { cwd: scratch, timeout: 120_000, env: { ...process.env, DOTNATIVE_GC_WARNINGS: '' } });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('error', reject);
    child.on('close', (status, signal) =>
      resolvePromise({ status, signal, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }),
    );
  });
}

/** A C test program passed: exit code 0, every section "ok", no failure lines. */
function assertPassed(name: string, r: Result): void {
  const detail = `${name}\n--- stdout\n${r.stdout}--- stderr\n${r.stderr}`;
  assert.equal(r.signal, null, detail);
  assert.equal(r.status, 0, detail);
  assert.doesNotMatch(r.stdout, /^(not ok|FAILED)/m, detail);
  assert.match(r.stdout, /^checks: \d+ passed, 0 failed$/m, detail);
  assert.equal(r.stderr, '', detail);
}

/** How a test_startup mode must end: exit code, or SIGABRT (status 134 in a shell). */
interface StartupCase {
  args: string[];
  status?: number;
  abort?: true;
  signal?: NodeJS.Signals;
  stdout?: string;
  stderr?: string;
}

const ABORT = { abort: true } as const;
const startupCases: StartupCase[] = [
  { args: ['exit-code', '42'], status: 42, stdout: '', stderr: '' },
  { args: ['exit-code', '300'], status: 44 }, // 300 & 0xFF, as dotnet's exit status
  { args: ['exit-code', '-1'], status: 255 },
  {
    args: ['args', 'h\u00e9llo', 'w\u20acrld', '\u{1F600}', ''],
    status: 0,
    stdout: '5: 0068 00E9 006C 006C 006F |h\u00e9llo|\n5: 0077 20AC 0072 006C 0064 |w\u20acrld|\n2: D83D DE00 |\u{1F600}|\n0: ||\n',
  },
  { args: ['throw'], ...ABORT, stdout: '', stderr: 'Unhandled exception. System.InvalidOperationException: boom\n' },
  {
    args: ['throw-nested'], // AppDomain.UnhandledException handlers run before the text is printed
    ...ABORT,
    stderr:
      '[handler]\nUnhandled exception. System.InvalidOperationException: outer\n ---> System.ArgumentException: inner\n   --- End of inner exception stack trace ---\n',
  },
  { args: ['null-reference'], ...ABORT, stderr: 'Unhandled exception. System.NullReferenceException: Object reference not set to an instance of an object.\n' },
  { args: ['oom'], ...ABORT, stderr: 'Out of memory.\n' }, // dotnet ignores the message here
  { args: ['tostring-fails'], ...ABORT, stderr: '\n   Cannot print exception string because Exception.ToString() failed.\n' },
  { args: ['stack-overflow'], ...ABORT, stderr: 'Stack overflow.\n' },
  { args: ['stack-overflow-thread'], ...ABORT, stderr: 'Stack overflow.\n' },
  { args: ['thread-throw'], ...ABORT, stderr: 'Unhandled exception. System.ArgumentException: from a thread\n' },
  { args: ['finalizer-throw'], ...ABORT, stderr: 'Unhandled exception. System.InvalidOperationException: from a finalizer\n' },
  { args: ['exit', '7'], status: 7, stdout: '[before exit]\n[process exit]\n', stderr: '' }, // Environment.Exit
  { args: ['foreground'], status: 3, stdout: '[main returns]\n[thread done]\n[process exit]\n', stderr: '' },
  { args: ['failfast'], ...ABORT, stderr: 'Process terminated.\nbye now\n' },
  { args: ['segv'], signal: 'SIGSEGV', stderr: '' }, // a fault that is not a stack overflow
  { args: ['sigpipe'], status: 5, stdout: 'write: -1 EPIPE\n', stderr: '' }, // dotnet ignores SIGPIPE
  // dotnet 10: `new object().GetHashCode()` is 58225482 first on the main thread (id 1), and
  // 6044116 on the first thread the program starts (id 4).
  { args: ['hash'], status: 0, stdout: 'main 1 58225482\nthread 4 6044116\n' },
];

describe('native runtime', { concurrency: 2 }, () => {
for (const cc of ['gcc', 'clang']) {
  describe(`built with ${cc}`, { skip: hasCompiler(cc) ? false : `${cc} is not installed` }, () => {
    let exes: Map<string, string>;
    before(async () => {
      exes = await buildAll(cc);
    });

    for (const t of testPrograms) {
      test(t, async () => {
        const r = await exec(exes.get(t)!);
        assertPassed(t, r);
      });
    }

    test('test_gc rss: 10 GiB allocated in a loop, peak RSS under 200 MiB', async (t) => {
      const r = await exec(exes.get('test_gc')!, ['rss']);
      assertPassed('test_gc rss', r);
      const line = r.stdout.split('\n').find((l) => l.includes('peak RSS'));
      if (line) t.diagnostic(`${cc}: ${line.trim()}`);
    });

    for (const c of startupCases) {
      test(`test_startup ${c.args.join(' ')}`, async () => {
        const r = await exec(exes.get('test_startup')!, c.args);
        const detail = `--- stdout\n${r.stdout}--- stderr\n${r.stderr}`;
        if (c.abort) {
          assert.equal(r.signal, 'SIGABRT', `expected an abort (exit status 134)\n${detail}`);
        } else if (c.signal) {
          assert.equal(r.signal, c.signal, detail);
        } else {
          assert.equal(r.signal, null, detail);
          assert.equal(r.status, c.status, detail);
        }
        if (c.stdout !== undefined) assert.equal(r.stdout, c.stdout, detail);
        if (c.stderr !== undefined) assert.equal(r.stderr, c.stderr, detail);
      });
    }
  });
}
});

test('runtime/build.json lists every runtime source and only existing files', () => {
  // Sources are listed relative to runtime/ (src/*.c and src/native/*.c, the System.Native shim).
  const listed = new Set(buildJson.sources);
  const present = (readdirSync(join(runtimeDir, 'src'), { recursive: true }) as string[])
    .filter((f) => f.endsWith('.c'))
    .map((f) => `src/${f.split('\\').join('/')}`);
  assert.deepEqual([...listed].sort(), present.sort());
  // Object files are named by basename in buildAll: no two sources may share one.
  assert.equal(new Set(buildJson.sources.map((s) => basename(s))).size, buildJson.sources.length);
  for (const s of buildJson.sources) assert.ok(existsSync(join(runtimeDir, s)), s);
  for (const d of buildJson.includeDirs) assert.ok(existsSync(join(runtimeDir, d, 'dotnative.h')), d);
});
