// Runs a folder of external C# test programs (e.g. dotnet/coreclr's tests/src/JIT/...) under
// `dotnet` and as dotnative executables, and compares exit code and stdout. Not part of the
// test suite: the programs come from elsewhere and are never committed. A program whose stdout
// under dotnet differs between two runs (its threads race to print) is judged by its exit status,
// and the table says so.
//
//   node dist/test/external/run.js <dir> [--jobs N] [--filter REGEX] [--limit N] [--json FILE] [--batch N]
//
// --batch N publishes N programs to one executable (much faster; see runBatched).
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { cliPath } from '../support/fixtures.js';
import { type CSharpToolchain, compileCSharp, findCSharpToolchain } from './csharp.js';
import { type Wrapped, buildBatchExecutable, wrapProgram } from '../support/batch.js';

interface TestProgram {
  name: string;
  sources: string[];
  optimize: boolean;
  unsafe: boolean;
  defines: string[];
  skip?: string;
}

interface Outcome {
  code: number | null;
  signal: string | null;
  stdout: string;
  stderr: string;
  timedOut: boolean;
}

interface Result {
  name: string;
  status: 'pass' | 'fail' | 'skip' | 'jit-fail';
  reason?: string;
}

const VARIANT_ORDER = ['_ro', '_r', '', '_do', '_d'];

/** One program per test: csproj variants (_d, _r, _do, _ro) collapse into one, optimized preferred. */
export function discover(root: string): TestProgram[] {
  const programs = new Map<string, { rank: number; p: TestProgram }>();
  const walk = (dir: string) => {
    const entries = readdirSync(dir, { withFileTypes: true });
    const projects = entries.filter((e) => e.isFile() && e.name.endsWith('.csproj'));
    for (const e of entries) if (e.isDirectory()) walk(join(dir, e.name));
    if (projects.length === 0) {
      for (const e of entries) {
        if (!e.isFile() || !e.name.endsWith('.cs')) continue;
        const file = join(dir, e.name);
        if (!/static\s+(int|void|async)[^(]*\bMain\s*\(/.test(readFileSync(file, 'utf8'))) continue;
        const name = relative(root, file).replace(/\.cs$/, '');
        programs.set(name, { rank: 0, p: { name, sources: [file], optimize: true, unsafe: true, defines: [] } });
      }
      return;
    }
    for (const proj of projects) {
      const projName = proj.name.replace(/\.csproj$/, '');
      const suffix = VARIANT_ORDER.find((s) => s && projName.endsWith(s)) ?? '';
      const base = suffix ? projName.slice(0, -suffix.length) : projName;
      const name = relative(root, join(dir, base));
      const rank = VARIANT_ORDER.indexOf(suffix);
      const prev = programs.get(name);
      if (prev && prev.rank <= rank) continue;
      programs.set(name, { rank, p: parseProject(join(dir, proj.name), name) });
    }
  };
  walk(root);
  return [...programs.values()].map((x) => x.p).sort((a, b) => a.name.localeCompare(b.name));
}

function parseProject(path: string, name: string): TestProgram {
  const text = readFileSync(path, 'utf8');
  const dir = dirname(path);
  const projName = basename(path, '.csproj');
  const sources = [...text.matchAll(/<Compile\s+Include="([^"]+)"/g)].map((m) =>
    resolve(dir, m[1]!.replace(/\$\(MSBuildProjectName\)/g, projName).replace(/\\/g, '/')));
  const p: TestProgram = {
    name,
    sources,
    optimize: /<Optimize>\s*true\s*<\/Optimize>/i.test(text),
    unsafe: true,
    defines: [...text.matchAll(/<DefineConstants>([^<]*)<\/DefineConstants>/g)].flatMap((m) => m[1]!.split(/[;,]/)).filter((d) => d && !d.includes('$(')),
  };
  if (/<ProjectReference/.test(text)) p.skip = 'needs a project reference';
  else if (/<CLRTestKind>\s*BuildOnly/i.test(text)) p.skip = 'build-only test';
  else if (!sources.length) p.skip = 'no C# sources';
  else if (sources.some((s) => s.includes('*') || !existsSync(s))) p.skip = 'sources not found';
  return p;
}

function execute(cmd: string, args: string[], timeoutMs: number): Promise<Outcome> {
  return new Promise((done) => {
    const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, DOTNET_CLI_TELEMETRY_OPTOUT: '1' } });
    let stdout = '', stderr = '', timedOut = false;
    child.stdout.on('data', (d) => { if (stdout.length < 1 << 20) stdout += d; });
    child.stderr.on('data', (d) => { if (stderr.length < 1 << 20) stderr += d; });
    const timer = setTimeout(() => { timedOut = true; child.kill('SIGKILL'); }, timeoutMs);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      done({ code, signal, stdout, stderr, timedOut });
    });
  });
}

function exitStatus(o: Outcome): string {
  if (o.timedOut) return 'timeout';
  if (o.signal) return `signal ${o.signal}`;
  return `exit ${o.code}`;
}

interface Prepared {
  dll: string;
  asmName: string;
  dir: string;
  jit: Outcome;
  /** dotnet's stdout differed between two runs (thread timing, unseeded Random...): only the
   * exit status is compared, and the result says so. */
  stdoutVaries: boolean;
}

/** Compiles a program and runs it under dotnet: what the native run is compared with. */
async function prepare(tc: CSharpToolchain, p: TestProgram, work: string): Promise<Prepared | Result> {
  if (p.skip) return { name: p.name, status: 'skip', reason: p.skip };
  const dir = join(work, p.name.replace(/[\\/]/g, '__'));
  mkdirSync(dir, { recursive: true });
  const asmName = basename(p.name).replace(/[^\w.-]/g, '_');
  const dll = join(dir, asmName + '.dll');
  const built = await compileCSharp(tc, { sources: p.sources, outputDll: dll, optimize: p.optimize, unsafe: p.unsafe, defines: p.defines, shared: true });
  if (!built.ok) return { name: p.name, status: 'skip', reason: `does not compile: ${built.errors[0] ?? '?'}` };
  const jit = await execute('dotnet', [dll], 120_000);
  if (jit.timedOut || jit.code !== 100) return { name: p.name, status: 'jit-fail', reason: `under dotnet: ${exitStatus(jit)}` };
  const again = await execute('dotnet', [dll], 120_000);
  return { dll, asmName, dir, jit, stdoutVaries: again.stdout !== jit.stdout };
}

/** The verdict on a native run against the JIT's. */
function compare(name: string, native: Outcome, jit: Outcome, stdoutVaries: boolean): Result {
  if (native.timedOut || native.code !== jit.code || native.signal !== jit.signal) {
    return { name, status: 'fail', reason: `${exitStatus(native)} (dotnet: ${exitStatus(jit)})${native.stderr ? ': ' + native.stderr.split('\n')[0] : ''}` };
  }
  if (stdoutVaries) return { name, status: 'pass', reason: EXIT_ONLY };
  if (native.stdout !== jit.stdout) return { name, status: 'fail', reason: 'stdout differs' };
  return { name, status: 'pass' };
}

/** The note on a pass judged by exit status alone. */
const EXIT_ONLY = "exit status only: dotnet's stdout differs between two runs";

/** Publishes one prepared program on its own and compares its run with the JIT's. */
async function runAlone(p: TestProgram, prep: Prepared): Promise<Result> {
  const outDir = join(prep.dir, 'native');
  const publish = await execute(process.execPath, [cliPath, 'publish', prep.dll, '-o', outDir], 600_000);
  if (publish.code !== 0) {
    const line = (publish.stderr || publish.stdout).split('\n').find((l) => l.trim()) ?? exitStatus(publish);
    return { name: p.name, status: 'fail', reason: `publish: ${line.trim()}` };
  }
  const exe = join(outDir, prep.asmName);
  if (!existsSync(exe)) return { name: p.name, status: 'fail', reason: 'publish wrote no executable' };
  return compare(p.name, await execute(exe, [], 120_000), prep.jit, prep.stdoutVaries);
}

async function runOne(tc: CSharpToolchain, p: TestProgram, work: string): Promise<Result> {
  const prep = await prepare(tc, p, work);
  return 'status' in prep ? prep : runAlone(p, prep);
}

/**
 * --batch N: single-file programs that pass under dotnet are wrapped (test/support/batch.ts)
 * and published N to an executable; each runs by name from the batch under dotnet and natively.
 * A program that cannot be batched, or behaves differently under dotnet in its batch, or is left
 * out by the batch's publish, runs on its own.
 */
async function runBatched(tc: CSharpToolchain, programs: TestProgram[], work: string, size: number, jobs: number, report: (r: Result) => void): Promise<void> {
  const alone: [TestProgram, Prepared][] = [];
  const queue: { p: TestProgram; prep: Prepared; w: Wrapped }[] = [];
  await pool(programs, jobs, async (p) => {
    const prep = await prepare(tc, p, work).catch((e: Error): Result => ({ name: p.name, status: 'fail', reason: `runner: ${e.message}` }));
    if ('status' in prep) return report(prep);
    const id = `t${programs.indexOf(p)}_${basename(p.name).replace(/\W/g, '_')}`;
    const w = p.sources.length === 1 && !p.defines.length ? wrapProgram(id, readFileSync(p.sources[0]!, 'utf8')) : { reason: 'several sources' };
    if ('call' in w) queue.push({ p, prep, w });
    else alone.push([p, prep]);
  });
  const groups: (typeof queue)[] = [];
  queue.sort((a, b) => a.w.name.localeCompare(b.w.name));
  for (let i = 0; i < queue.length; i += size) groups.push(queue.slice(i, i + size));
  const compile = async (files: string[], dll: string) => {
    const r = await compileCSharp(tc, { sources: files, outputDll: dll, optimize: true, unsafe: true, shared: true, mainType: 'DotnativeBatchDriver' });
    return r.ok ? undefined : (r.errors[0] ?? '');
  };
  const publishBatch = async (dll: string, outDir: string) => {
    const o = await execute(process.execPath, [cliPath, 'publish', dll, '-o', outDir], 1_800_000);
    const outcome = { code: o.code, signal: o.signal, stdout: o.stdout, stderr: o.stderr, ms: 0 };
    return o.code === 0 ? { outcome, exe: o.stdout.trim().split('\n').pop()! } : { outcome };
  };
  await pool(groups, Math.max(1, Math.floor(jobs / 2)), async (group, gi) => {
    const b = await buildBatchExecutable(join(work, `batch-${gi}`), group.map((g) => g.w), compile, publishBatch, 16);
    if (b.fallback) process.stdout.write(`batch ${gi}: ${b.fallback}; its programs run on their own\n`);
    for (const { p, prep, w } of group) {
      if (!b.exe || !b.dll || !b.members?.includes(w.name)) {
        alone.push([p, prep]);
        continue;
      }
      const jit = await execute('dotnet', [b.dll, w.name], 120_000);
      if (jit.code !== prep.jit.code || (jit.stdout !== prep.jit.stdout && !prep.stdoutVaries)) {
        alone.push([p, prep]);
        continue;
      }
      report(compare(p.name, await execute(b.exe, [w.name], 120_000), jit, prep.stdoutVaries));
    }
  });
  await pool(alone, jobs, async ([p, prep]) => report(await runAlone(p, prep).catch((e: Error): Result => ({ name: p.name, status: 'fail', reason: `runner: ${e.message}` }))));
}

/** Runs `fn` over `items`, `jobs` at a time. */
async function pool<T>(items: T[], jobs: number, fn: (item: T, index: number) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      await fn(items[i]!, i);
    }
  };
  await Promise.all(Array.from({ length: jobs }, worker));
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      jobs: { type: 'string', default: String(Math.max(1, availableParallelism())) },
      filter: { type: 'string' },
      limit: { type: 'string' },
      json: { type: 'string' },
      work: { type: 'string' },
      batch: { type: 'string' },
    },
  });
  const root = positionals[0];
  if (!root || !statSync(root, { throwIfNoEntry: false })?.isDirectory()) {
    process.stderr.write('usage: run.js <dir of C# test programs> [--jobs N] [--filter REGEX] [--limit N] [--json FILE] [--batch N]\n');
    process.exit(2);
  }
  let programs = discover(resolve(root));
  if (values.filter) programs = programs.filter((p) => new RegExp(values.filter!).test(p.name));
  if (values.limit) programs = programs.slice(0, Number(values.limit));
  const tc = findCSharpToolchain();
  const work = values.work ?? join(tmpdir(), `dotnative-external-${process.pid}`);
  const results: Result[] = [];
  const report = (r: Result) => {
    results.push(r);
    process.stdout.write(`${r.status.toUpperCase().padEnd(8)} ${r.name}${r.reason ? `  (${r.reason})` : ''}\n`);
  };
  const jobs = Number(values.jobs);
  if (Number(values.batch) > 0) await runBatched(tc, programs, work, Number(values.batch), jobs, report);
  else {
    await pool(programs, jobs, async (p) => report(await runOne(tc, p, work).catch((e: Error): Result => ({ name: p.name, status: 'fail', reason: `runner: ${e.message}` }))));
  }
  results.sort((a, b) => a.name.localeCompare(b.name));
  const count = (s: Result['status']) => results.filter((r) => r.status === s).length;
  const causes = new Map<string, number>();
  for (const r of results) if (r.status === 'fail') {
    const cause = (r.reason ?? '').replace(/'[^']*'|"[^"]*"|\d+/g, '_').slice(0, 100);
    causes.set(cause, (causes.get(cause) ?? 0) + 1);
  }
  process.stdout.write(`\nfailures by cause:\n${[...causes].sort((a, b) => b[1] - a[1]).map(([c, n]) => `  ${String(n).padStart(4)}  ${c}`).join('\n')}\n`);
  const exitOnly = results.filter((r) => r.status === 'pass' && r.reason === EXIT_ONLY).length;
  if (exitOnly) process.stdout.write(`\n${exitOnly} of the passes compared the exit status only (${EXIT_ONLY})\n`);
  process.stdout.write(`\n${count('pass')} passed, ${count('fail')} failed, ${count('skip') + count('jit-fail')} skipped (${count('jit-fail')} fail under dotnet too)\n`);
  if (values.json) writeFileSync(values.json, JSON.stringify(results, null, 2));
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(new URL(import.meta.url).pathname)) {
  main().catch((e: Error) => {
    process.stderr.write(`external tests: ${e.message}\n`);
    process.exit(1);
  });
}
