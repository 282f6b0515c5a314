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
import { join } from 'node:path';
import { compileCSharp, findCSharpToolchain, type CSharpToolchain } from '../external/csharp.js';
import { cliPath, repoRoot } from './fixtures.js';

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
  const hash = sha(readFileSync(source));
  if (existsSync(dll) && existsSync(stampFile) && readFileSync(stampFile, 'utf8') === hash) return dll;
  mkdirSync(dir, { recursive: true });
  toolchain ??= findCSharpToolchain();
  const r = await compileCSharp(toolchain, { sources: [source], outputDll: dll, optimize: true, unsafe: true, shared: true });
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
export async function publish(dll: string, outDir: string, extra: string[] = []): Promise<{ outcome: Outcome; exe?: string }> {
  rmSync(outDir, { recursive: true, force: true });
  const outcome = await run(process.execPath, [cliPath, 'publish', dll, '-o', outDir, ...extra], dotnativeEnv());
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
