// Differential program tests (ARCHITECTURE "Tests"): each tests/programs/<name>.cs is compiled
// with the SDK's csc, run under `dotnet` (the oracle) and published with `dotnative publish`,
// and both runs must give the same exit code, stdout and stderr.
//
// Everything is cached under <repo>/.cache/: assemblies by a hash of the source (csc is slow to
// start), the JIT's results by a hash of the assembly, and compiled C objects in the object
// cache shared with the other tests (DOTNATIVE_CACHE_DIR), so framework code compiles once.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { compileCSharp, findCSharpToolchain, type CSharpToolchain } from '../external/csharp.js';
import { cliPath, repoRoot } from './fixtures.js';
import {
  ASSEMBLY_ACCESS, type BatchExecutable, COMPILE_OPTIONS, DRIVER_ASSEMBLY, type Wrapped, buildBatchExecutable, compileBatchAssembly, driverSource,
  programAssembly, wrapProgram,
} from './batch.js';

export const programsDir = join(repoRoot, 'tests', 'programs');
export const cacheRoot = join(repoRoot, '.cache');
export const objectCacheDir = join(cacheRoot, 'objects');

export interface Outcome {
  code: number | null;
  signal: string | null;
  stdout: string;
  stderr: string;
  ms: number;
}

/** The test programs (tests/programs/*.cs), by name. */
export function programNames(): string[] {
  if (!existsSync(programsDir)) return [];
  return readdirSync(programsDir).filter((f) => f.endsWith('.cs')).map((f) => f.slice(0, -3)).sort();
}

export function run(cmd: string, args: string[], env: NodeJS.ProcessEnv = process.env, timeoutMs = 300_000): Promise<Outcome> {
  const start = performance.now();
  return new Promise((done, fail) => {
    const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'], env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', fail);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      done({ code, signal, stdout, stderr, ms: Math.round(performance.now() - start) });
    });
  });
}

let toolchain: CSharpToolchain | undefined;

function sha(data: string | Buffer): string {
  return createHash('sha256').update(data).digest('hex').slice(0, 16);
}

/** Compiles a C# source into <cache>/programs/<name>/<name>.dll (skipped when the source is unchanged). */
export async function buildProgram(name: string, source = join(programsDir, `${name}.cs`)): Promise<string> {
  const dir = join(cacheRoot, 'programs', name);
  const dll = join(dir, `${name}.dll`);
  const stampFile = join(dir, 'source.sha');
  const hash = sha(COMPILE_OPTIONS + '\0' + readFileSync(source, 'utf8'));
  if (existsSync(dll) && existsSync(stampFile) && readFileSync(stampFile, 'utf8') === hash) return dll;
  mkdirSync(dir, { recursive: true });
  toolchain ??= findCSharpToolchain();
  const r = await compileCSharp(toolchain, { sources: [source], outputDll: dll, optimize: true, unsafe: true, shared: true, debug: true });
  if (!r.ok) throw new Error(`csc failed on ${source}:\n${r.errors.join('\n')}`);
  writeFileSync(stampFile, hash);
  return dll;
}

const testEnv = (): NodeJS.ProcessEnv => ({ ...process.env, DOTNET_CLI_TELEMETRY_OPTOUT: '1', DOTNET_NOLOGO: '1' });

/** The program's behaviour under the JIT (cached by the assembly's hash). */
export async function runUnderDotnet(dll: string): Promise<Outcome> {
  const cache = join(dll, '..', 'dotnet-result.json');
  const hash = sha(readFileSync(dll));
  if (existsSync(cache)) {
    const saved = JSON.parse(readFileSync(cache, 'utf8')) as { hash: string; outcome: Outcome };
    if (saved.hash === hash) return saved.outcome;
  }
  const outcome = await run('dotnet', [dll], testEnv());
  writeFileSync(cache, JSON.stringify({ hash, outcome }));
  return outcome;
}

/**
 * The runtime the link stage uses: runtime/build.json when the runtime has one, otherwise a
 * stand-in under .cache/ listing runtime/src/*.c (DOTNATIVE_RUNTIME_DIR).
 */
export function runtimeEnv(): NodeJS.ProcessEnv {
  const runtimeDir = join(repoRoot, 'runtime');
  if (existsSync(join(runtimeDir, 'build.json')) || !existsSync(join(runtimeDir, 'src'))) return {};
  const dir = join(cacheRoot, 'runtime-build');
  mkdirSync(dir, { recursive: true });
  const sources = readdirSync(join(runtimeDir, 'src')).filter((f) => f.endsWith('.c')).sort().map((f) => join(runtimeDir, 'src', f));
  const text = JSON.stringify({ sources, includeDirs: [join(runtimeDir, 'include')], libs: ['gc', 'pthread', 'm', 'dl'] }, null, 1) + '\n';
  const file = join(dir, 'build.json');
  if (!existsSync(file) || readFileSync(file, 'utf8') !== text) writeFileSync(file, text);
  return { DOTNATIVE_RUNTIME_DIR: dir };
}

/** Environment for `dotnative` subprocesses in tests. */
export function dotnativeEnv(): NodeJS.ProcessEnv {
  return { ...testEnv(), DOTNATIVE_DEBUG: '', DOTNATIVE_DRIVER: '', DOTNATIVE_CACHE_DIR: objectCacheDir, ...runtimeEnv() };
}

/** `dotnative publish <dll> -o <dir>`; the executable's path on success. */
export async function publish(dll: string, outDir: string, extra: string[] = [], timeoutMs = 900_000): Promise<{ outcome: Outcome; exe?: string }> {
  rmSync(outDir, { recursive: true, force: true });
  const outcome = await run(process.execPath, [cliPath, 'publish', dll, '-o', outDir, ...extra], dotnativeEnv(), timeoutMs);
  if (outcome.code !== 0) return { outcome };
  const exe = outcome.stdout.trim().split('\n').pop()!;
  return { outcome, exe };
}

export interface ProgramResult {
  name: string;
  dotnet: Outcome;
  native?: Outcome;
  publish: Outcome;
}

/** Builds, runs under dotnet, publishes and runs one program. */
export async function runProgram(name: string): Promise<ProgramResult> {
  const dll = await buildProgram(name);
  const dotnet = await runUnderDotnet(dll);
  const { outcome: pub, exe } = await publish(dll, join(cacheRoot, 'programs', name, 'native'));
  if (!exe) return { name, dotnet, publish: pub };
  const native = await run(exe, [], testEnv(), 60_000);
  return { name, dotnet, native, publish: pub };
}

// ---- batches (test/support/batch.ts) -------------------------------------------------------

/**
 * At most this many programs per batch executable. Fewer, larger batches compile less C: the
 * framework code two batches share is compiled once (the suite's eight batches of 49 compiled
 * 212 MB of framework C, four of 97 compile 147 MB).
 */
const MAX_BATCH_SIZE = 100;
/** Batches build two at a time (the next one starts with the current one: its single-threaded
 * analysis overlaps the other's C compiler), so their count is kept even and their sizes equal. */
const PARALLEL_BATCHES = 2;

/** Set DOTNATIVE_PROGRAMS=separate to publish every program on its own (slow; finds trimming
 * bugs another program in the same batch would hide). */
const separate = process.env.DOTNATIVE_PROGRAMS === 'separate';

type BatchBuild = BatchExecutable;

const batchBuilds = new Map<number, Promise<BatchBuild>>();
let wrappedPrograms: Map<string, Wrapped | { reason: string }> | undefined;

function wrapped(): Map<string, Wrapped | { reason: string }> {
  wrappedPrograms ??= new Map(programNames().map((n) => [n, wrapProgram(n, readFileSync(join(programsDir, `${n}.cs`), 'utf8'))]));
  return wrappedPrograms;
}

/** The batchable programs, in name order, cut into batches. */
function batches(): string[][] {
  const names = [...wrapped()].filter(([, w]) => 'call' in w).map(([n]) => n);
  const rounds = Math.ceil(names.length / (MAX_BATCH_SIZE * PARALLEL_BATCHES));
  const size = Math.ceil(names.length / (rounds * PARALLEL_BATCHES));
  const out: string[][] = [];
  for (let i = 0; i < names.length; i += size) out.push(names.slice(i, i + size));
  return out;
}

async function compileBatch(files: string[], dll: string): Promise<string | undefined> {
  toolchain ??= findCSharpToolchain();
  const r = await compileCSharp(toolchain, { sources: files, outputDll: dll, optimize: true, unsafe: true, shared: true, mainType: DRIVER_ASSEMBLY, debug: true });
  return r.ok ? undefined : (r.errors[0] ?? '');
}

const batchDir = (index: number) => join(cacheRoot, 'batches', String(index));
const batchDlls = new Map<number, Promise<string | undefined>>();

/** Batch `index`'s assembly, compiled once (undefined when csc fails on it). */
function batchDll(index: number): Promise<string | undefined> {
  let dll = batchDlls.get(index);
  if (!dll) {
    dll = compileBatchAssembly(batchDir(index), batches()[index]!.map((n) => wrapped().get(n) as Wrapped), compileBatch).then((r) => ('dll' in r ? r.dll : undefined));
    batchDlls.set(index, dll);
  }
  return dll;
}

async function buildBatch(index: number, names: string[]): Promise<BatchBuild> {
  await batchDll(index); // buildBatchExecutable finds it compiled
  return buildBatchExecutable(batchDir(index), names.map((n) => wrapped().get(n) as Wrapped), compileBatch, publish);
}

/** The program's behaviour under the JIT, run from a batch (cached by the hash of the batch's assemblies). */
async function runBatchUnderDotnet(dll: string, name: string, assemblies = [dll]): Promise<Outcome> {
  const cache = join(dll, '..', `dotnet-${name}.json`);
  const hash = sha(Buffer.concat(assemblies.map((a) => readFileSync(a))));
  if (existsSync(cache)) {
    const saved = JSON.parse(readFileSync(cache, 'utf8')) as { hash: string; outcome: Outcome };
    if (saved.hash === hash) return saved.outcome;
  }
  const outcome = await run('dotnet', [dll, name], testEnv());
  writeFileSync(cache, JSON.stringify({ hash, outcome }));
  return outcome;
}

// ---- the batch of assemblies ---------------------------------------------------------------
// A program that sees the namespace batch (a type's full name, its assembly's name) or that the
// namespace wrapping cannot take (an assembly attribute) goes into one more batch, built of
// one assembly per program (<name>.dll, its types as written) and a driver that calls each
// Main through an extern alias. One publish for all of them instead of one each.

let assemblyBatchMembers: Promise<string[]> | undefined;

/** The programs of the batch of assemblies: every namespace batch is compiled and run under dotnet (results cached) to find them. */
function assemblyMembers(): Promise<string[]> {
  assemblyBatchMembers ??= (async () => {
    const out = [...wrapped()].filter(([, w]) => 'reason' in w).map(([n]) => n);
    const all = batches();
    for (let i = 0; i < all.length; i++) {
      const dll = await batchDll(i);
      if (!dll) continue;
      for (const n of all[i]!) if ((await runBatchUnderDotnet(dll, n)).code !== 100) out.push(n);
    }
    return out.filter((n) => 'call' in assemblyForm(n)).sort();
  })();
  return assemblyBatchMembers;
}

function assemblyForm(name: string): Wrapped | { reason: string } {
  return programAssembly(name, readFileSync(join(programsDir, `${name}.cs`), 'utf8'));
}

/** Compiles `sources` (name -> text) into `dll` unless the stamp beside it matches. */
async function compileStamped(dll: string, sources: Map<string, string>, options: { library?: boolean; references?: string[]; mainType?: string }, salt = ''): Promise<boolean> {
  const dir = join(dll, '..', 'src', basename(dll, '.dll'));
  const hash = sha([COMPILE_OPTIONS, salt, ...[...sources].flat()].join('\0'));
  const stamp = `${dll}.sha`;
  if (existsSync(dll) && existsSync(stamp) && readFileSync(stamp, 'utf8') === hash) return true;
  mkdirSync(dir, { recursive: true });
  const files = [...sources].map(([file, text]) => {
    const path = join(dir, file);
    writeFileSync(path, text);
    return path;
  });
  toolchain ??= findCSharpToolchain();
  const r = await compileCSharp(toolchain, { sources: files, outputDll: dll, optimize: true, unsafe: true, shared: true, debug: true, ...options });
  if (!r.ok) return false;
  writeFileSync(stamp, hash);
  return true;
}

let assemblyBatch: Promise<BatchBuild & { assemblies?: Map<string, string> }> | undefined;

function buildAssemblyBatch(): Promise<BatchBuild & { assemblies?: Map<string, string> }> {
  assemblyBatch ??= (async () => {
    const dir = join(cacheRoot, 'batches', 'assemblies');
    const programs = (await assemblyMembers()).map((n) => assemblyForm(n) as Wrapped);
    const assemblies = new Map<string, string>();
    for (const p of programs) {
      const dll = join(dir, `${p.name}.dll`);
      const files = new Map([[`${p.name}.cs`, p.text], ['DotnativeBatchAccess.cs', ASSEMBLY_ACCESS]]);
      if (await compileStamped(dll, files, { library: true })) assemblies.set(p.name, dll);
    }
    const members = programs.filter((p) => assemblies.has(p.name));
    const driver = join(dir, `${DRIVER_ASSEMBLY}.dll`);
    const references = members.map((p) => `A_${p.name}=${assemblies.get(p.name)!}`);
    const salt = members.map((p) => readFileSync(assemblies.get(p.name)!.replace(/\.dll$/, '.dll.sha'), 'utf8')).join(',');
    if (!(await compileStamped(driver, new Map([[`${DRIVER_ASSEMBLY}.cs`, driverSource(members, true)]]), { references }, salt))) {
      return { fallback: 'csc failed on the driver of the batch of assemblies' };
    }
    const { outcome, exe } = await publish(driver, join(dir, 'native'));
    if (!exe) return { publish: outcome, fallback: `publishing the batch of assemblies failed: ${outcome.stderr.split('\n')[0]}` };
    return { dll: driver, exe, publish: outcome, members: members.map((p) => p.name), assemblies };
  })();
  return assemblyBatch;
}

/** Runs a program from the batch of assemblies, else on its own. */
async function runFromAssemblyBatch(name: string): Promise<ProgramResult> {
  if (!(await assemblyMembers()).includes(name)) return runProgram(name);
  const b = await buildAssemblyBatch();
  if (b.fallback) console.log(`batch of assemblies: ${b.fallback}; its programs run on their own`);
  if (b.fallback || !b.exe || !b.dll || !b.members?.includes(name)) return runProgram(name);
  const dotnet = await runBatchUnderDotnet(b.dll, name, [b.dll, b.assemblies!.get(name)!]);
  if (dotnet.code !== 100) return runProgram(name);
  const native = await run(b.exe, [name], testEnv(), 60_000);
  return { name, dotnet, native, publish: b.publish! };
}

/** Batch `index`'s build, started on first call. */
function startBatch(index: number): Promise<BatchBuild> {
  let build = batchBuilds.get(index);
  if (!build) {
    build = buildBatch(index, batches()[index]!).then((b) => {
      if (b.fallback) console.log(`batch ${index}: ${b.fallback}; its programs run on their own`);
      if (b.excluded?.length) console.log(`batch ${index}: left out (rejected by the compiler): ${b.excluded.join(', ')}`);
      return b;
    });
    batchBuilds.set(index, build);
  }
  return build;
}

/**
 * Runs one program under dotnet and dotnative: from its batch's executable when it is batchable
 * and the batch builds, else from the batch of assemblies, else on its own (runProgram).
 */
export async function runBatchedProgram(name: string): Promise<ProgramResult> {
  if (separate) return runProgram(name);
  if (!('call' in (wrapped().get(name) ?? { reason: 'unknown' }))) return runFromAssemblyBatch(name);
  const index = batches().findIndex((b) => b.includes(name));
  const build = startBatch(index);
  if (index + 1 < batches().length) startBatch(index + 1).catch(() => {}); // awaited (and reported) by its own programs
  const b = await build;
  if (b.fallback || !b.exe || !b.dll || !b.members?.includes(name)) return runProgram(name);
  const dotnet = await runBatchUnderDotnet(b.dll, name);
  // A program that sees the batch (its command line, its namespace in a type's full name) and
  // so does not return 100 under dotnet from the batch runs from the batch of assemblies.
  if (dotnet.code !== 100) return runFromAssemblyBatch(name);
  const native = await run(b.exe, [name], testEnv(), 60_000);
  return { name, dotnet, native, publish: b.publish! };
}

/** Why a program runs on its own rather than in a batch (undefined when it is batched). */
export function notBatchedReason(name: string): string | undefined {
  const w = wrapped().get(name);
  return w && 'reason' in w ? w.reason : undefined;
}
