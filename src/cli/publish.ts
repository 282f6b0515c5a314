// `dotnative publish`: builds the project (or takes a built assembly), runs the compiler driver
// (src/compiler/driver.ts: IL -> C), compiles the C with the native runtime and links one
// executable (src/toolchain/). Also the up-to-date stamp that `run` uses to skip a publish.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { AssemblyFile } from '../metadata/assembly.js';
import { buildExecutable } from '../toolchain/build.js';
import { CCompilerError, LinkError, ToolchainSetupError } from '../toolchain/errors.js';
import { loadRuntimeBuild } from '../toolchain/runtime.js';
import { DEFAULT_RID, executableName, hostRid, knownRids, targetFor, targetInfo, type Target } from '../toolchain/target.js';
import type { CompileProgramResult, Configuration, DriverModule } from '../toolchain/types.js';
import { onePositional, parseOrUsage } from './args.js';
import { CliError, UsageError, blamingFile } from './errors.js';
import { defaultOutputDir, resolveProgramInput, type ProgramInput } from './project.js';

export const publishHelp = `Usage: dotnative publish <project dir | project file | assembly.dll> [options]

Compiles a .NET program ahead of time into one native executable. A project (a directory
holding one .csproj/.fsproj/.vbproj, or the project file) is built first with
'dotnet build -c <configuration>'; an assembly (.dll) is compiled as it is. The program's IL and
the shared framework's are translated to C, compiled (in parallel, through the object cache)
with dotnative's runtime and linked. On success prints the executable's path: by default
bin/dotnative/<rid>/<AssemblyName> beside the project or the assembly. A failed publish writes
no executable; one from an earlier publish is left as it was.

Options:
  -o, --output <dir>        Directory of the executable (default: bin/dotnative/<rid>/ beside
                            the project or the assembly).
  -c, --configuration <Release|Debug>
                            Release (default): 'dotnet build -c Release', optimized C (-O2),
                            stripped executable. Debug: 'dotnet build -c Debug', unoptimized C
                            with debug information (-O0 -g), not stripped.
  -r, --runtime <rid>       Target runtime identifier (default: this machine's, else
                            ${DEFAULT_RID}). Known:
                            ${knownRids().join(', ')}.
  --keep-c                  Keep the generated C in <output dir>/c/ (otherwise it is written to a
                            temporary directory and removed).
  --no-strip                Keep symbols in a Release executable.
  --why <Type | Type::Method>
                            Explain why a type or method is part of the program: the chain of
                            dependencies from Main to it, printed before the executable's path.
                            Types as Namespace.Name (nested: Outer+Inner). May be repeated.
  -v, --verbose             Report each step on stderr: build, C compiler, cache hits, sizes.
  -h, --help                Show this help.

Environment:
  CC                        The C compiler (a command, possibly with arguments). Default: clang,
                            else gcc (for another target: clang --target=<triple>, else
                            <triple>-gcc).
  DOTNATIVE_CACHE_DIR       The object cache (default: $XDG_CACHE_HOME/dotnative, else
                            ~/.cache/dotnative). Compiled C is stored by a hash of the compiler,
                            flags and preprocessed text, and reused by later publishes.
  DOTNATIVE_SYSROOT         A --sysroot for the C compiler (WASI_SYSROOT for wasi-wasm32).

A C compiler error on the generated C is a dotnative bug, reported as one line
'internal error: C compiler failed on <file> (kept at <path>)'; the compiler's output is in
<path>.log.
`;

const HELP_COMMAND = 'dotnative publish --help';

export interface PublishOptions {
  output?: string;
  configuration: Configuration;
  rid: string;
  keepC: boolean;
  strip: boolean;
  why: string[];
  verbose: boolean;
  env?: NodeJS.ProcessEnv;
}

export interface PublishResult {
  executable: string;
  /** Explanations for the --why queries, in order. */
  why: { query: string; text: string | undefined }[];
  warnings: string[];
}

/** Parses -c. */
export function parseConfiguration(value: string | undefined, helpCommand: string): Configuration {
  if (value === undefined) return 'Release';
  const v = value.toLowerCase();
  if (v === 'release') return 'Release';
  if (v === 'debug') return 'Debug';
  throw new UsageError(`--configuration must be Release or Debug, got '${value}'`, helpCommand);
}

/** The target for -r, as a user error when unknown. */
export function targetOrUsageError(rid: string | undefined, helpCommand: string): Target {
  try {
    return targetFor(rid ?? hostRid() ?? DEFAULT_RID);
  } catch (e) {
    if (e instanceof ToolchainSetupError) throw new UsageError(e.message, helpCommand);
    throw e;
  }
}

export async function publishCommand(argv: string[]): Promise<number> {
  const parsed = parseOrUsage(() => parseArgs({
    args: argv,
    options: {
      output: { type: 'string', short: 'o' },
      configuration: { type: 'string', short: 'c' },
      runtime: { type: 'string', short: 'r' },
      'keep-c': { type: 'boolean' },
      'no-strip': { type: 'boolean' },
      why: { type: 'string', multiple: true },
      verbose: { type: 'boolean', short: 'v' },
      help: { type: 'boolean', short: 'h' },
    },
    allowPositionals: true,
    strict: true,
  }), HELP_COMMAND);
  const positional = onePositional(parsed, { name: 'publish', what: '<project dir | project file | assembly.dll>', help: publishHelp, helpCommand: HELP_COMMAND });
  if (positional === undefined) return 0;
  const { values } = parsed;
  const why = (values.why ?? []).map((q) => {
    if (!q.trim() || q.trim().endsWith('::') || q.trim().startsWith('::')) throw new UsageError(`--why expects 'Namespace.Type' or 'Namespace.Type::Method', got '${q}'`, HELP_COMMAND);
    return q.trim();
  });
  const configuration = parseConfiguration(values.configuration, HELP_COMMAND);
  const target = targetOrUsageError(values.runtime, HELP_COMMAND);
  const options: PublishOptions = {
    output: values.output,
    configuration,
    rid: target.rid,
    keepC: values['keep-c'] ?? false,
    strip: configuration === 'Release' && !values['no-strip'],
    why,
    verbose: values.verbose ?? false,
  };
  const log = verboseLog(options.verbose);
  const input = await resolveProgramInput(positional, { configuration, log });
  const result = await publishProgram(input, options);
  for (const w of result.warnings) process.stderr.write(`dotnative: warning: ${w}\n`);
  for (const { query, text } of result.why) {
    process.stdout.write((text ?? `${query} is not part of the program (nothing kept matches it)`) + '\n');
  }
  process.stdout.write(result.executable + '\n');
  return 0;
}

export function verboseLog(verbose: boolean): (message: string) => void {
  return verbose ? (m) => process.stderr.write(`dotnative: ${m}\n`) : () => {};
}

/** The executable's path for an input and options. */
export function executablePath(input: ProgramInput, target: Target, output: string | undefined): string {
  return join(resolve(output ?? defaultOutputDir(input, target.rid)), executableName(target, input.assemblyName));
}

const DRIVER_MODULE = '../compiler/driver.js';

/**
 * src/compiler/driver.ts, or undefined while it does not exist. DOTNATIVE_DRIVER (a module path)
 * replaces it: the tests use it to drive the link stage with hand-written C.
 */
async function loadDriver(env: NodeJS.ProcessEnv): Promise<DriverModule | undefined> {
  // A variable specifier: the module is optional, tsc must not resolve it.
  const specifier: string = env.DOTNATIVE_DRIVER ? pathToFileURL(resolve(env.DOTNATIVE_DRIVER)).href : DRIVER_MODULE;
  let mod: Partial<DriverModule>;
  try {
    mod = (await import(specifier)) as Partial<DriverModule>;
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    const missing = err.message.split(' imported from')[0] ?? '';
    if (!env.DOTNATIVE_DRIVER && err.code === 'ERR_MODULE_NOT_FOUND' && /compiler[\\/]driver\.js/.test(missing)) return undefined;
    throw e;
  }
  if (typeof mod.compileProgram !== 'function') throw new Error(`${specifier} does not export compileProgram()`);
  return mod as DriverModule;
}

/** Publishes a resolved input: C generation, compilation, link, stamp. */
export async function publishProgram(input: ProgramInput, options: PublishOptions): Promise<PublishResult> {
  const log = verboseLog(options.verbose);
  const target = targetFor(options.rid);
  const file = blamingFile(input.display, () => AssemblyFile.open(input.dll));
  if (blamingFile(input.display, () => file.entryPointToken) === 0) throw new CliError(`${input.display}: has no entry point (a library, not a program)`);
  const exe = executablePath(input, target, options.output);
  if (existsSync(exe) && statSync(exe).isDirectory()) throw new CliError(`${exe}: is a directory`);
  const outDir = resolve(exe, '..');
  if (existsSync(outDir) && !statSync(outDir).isDirectory()) throw new CliError(`${outDir}: not a directory`);

  const driver = await loadDriver(options.env ?? process.env);
  if (!driver) throw new CliError(`${input.display}: publish is not implemented yet (no IL compiler stage)`);

  let cDir: string;
  if (options.keepC) {
    cDir = join(outDir, 'c');
    rmSync(cDir, { recursive: true, force: true });
    mkdirSync(cDir, { recursive: true });
  } else {
    cDir = mkdtempSync(join(tmpdir(), `dotnative-${input.assemblyName.replace(/[^\w.-]/g, '_')}-`));
  }
  let keepCDir = options.keepC;
  try {
    log(`compiling ${input.dll} to C in ${cDir}`);
    const generated: CompileProgramResult = await driver.compileProgram({
      assemblyPath: input.dll,
      configuration: options.configuration,
      target: targetInfo(target),
      cDir,
      why: options.why,
      log,
    });
    const runtime = loadRuntimeBuild(target);
    let built;
    try {
      built = await buildExecutable({
        target,
        configuration: options.configuration,
        units: generated.cFiles.map((path) => ({ path, cflags: generated.cflags, keyByHeaders: true })),
        includeDirs: [cDir],
        output: exe,
        strip: options.strip,
        workDir: join(cDir, 'obj'),
        runtime,
        env: options.env,
        log,
      });
    } catch (e) {
      // The kept C file and the logs are in cDir: it stays.
      if (e instanceof CCompilerError || e instanceof LinkError) keepCDir = true;
      if (e instanceof ToolchainSetupError) throw new CliError(e.message);
      throw e;
    }
    writeStamp(exe, {
      configuration: options.configuration,
      rid: target.rid,
      inputs: [input.dll, ...(generated.inputs ?? []), ...runtimeInputs(runtime.dir, runtime.sources, runtime.includeDirs)],
    });
    if (options.keepC) rmSync(join(cDir, 'obj'), { recursive: true, force: true });
    const warnings = [...(generated.warnings ?? [])];
    if (options.why.length > 0 && !generated.why) warnings.push('--why: the compiler driver gave no explanations');
    return { executable: built.link.path, why: generated.why ?? [], warnings };
  } finally {
    if (!keepCDir) rmSync(cDir, { recursive: true, force: true });
  }
}

// ---- The up-to-date stamp: <output dir>/.<exe>.dotnative.json ----

interface FileStamp {
  path: string;
  size: number;
  mtimeMs: number;
}

interface Stamp {
  dotnative: string;
  configuration: string;
  rid: string;
  executable: FileStamp;
  inputs: FileStamp[];
}

export function stampPath(exe: string): string {
  return join(resolve(exe, '..'), `.${basename(exe)}.dotnative.json`);
}

function fileStamp(path: string): FileStamp | undefined {
  try {
    const s = statSync(path);
    return { path, size: s.size, mtimeMs: s.mtimeMs };
  } catch {
    return undefined;
  }
}

/** The runtime's files: build.json, sources, headers. */
function runtimeInputs(dir: string | undefined, sources: string[], includeDirs: string[]): string[] {
  if (!dir) return [];
  const out = [join(dir, 'build.json'), ...sources];
  const walk = (d: string) => {
    let entries;
    try {
      entries = readdirSync(d, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) (e.isDirectory() ? walk : (p: string) => out.push(p))(join(d, e.name));
  };
  includeDirs.forEach(walk);
  return out;
}

let fingerprint: string | undefined;

/** The dotnative version, plus a hash of its compiled code (so a changed dotnative is a
 * different version during development, while an unchanged rebuild is not). */
export function dotnativeFingerprint(): string {
  if (fingerprint) return fingerprint;
  const pkg = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version: string };
  const hash = createHash('sha256');
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.js')) hash.update(`${e.name}\0`).update(readFileSync(p));
    }
  };
  walk(fileURLToPath(new URL('..', import.meta.url)));
  return (fingerprint = `${pkg.version}+${hash.digest('hex').slice(0, 16)}`);
}

function writeStamp(exe: string, s: { configuration: string; rid: string; inputs: string[] }): void {
  const executable = fileStamp(exe);
  if (!executable) return;
  const inputs = [...new Set(s.inputs.map((p) => resolve(p)))].map(fileStamp).filter((x): x is FileStamp => x !== undefined);
  const stamp: Stamp = { dotnative: dotnativeFingerprint(), configuration: s.configuration, rid: s.rid, executable, inputs };
  const path = stampPath(exe);
  const temp = `${path}.${process.pid}.tmp`;
  writeFileSync(temp, JSON.stringify(stamp, null, 1) + '\n');
  renameSync(temp, path);
}

/** Whether `exe` was published by this dotnative, with these settings, from inputs that have not
 * changed since. */
export function isUpToDate(exe: string, configuration: string, rid: string, dll: string): boolean {
  let stamp: Stamp;
  try {
    stamp = JSON.parse(readFileSync(stampPath(exe), 'utf8')) as Stamp;
  } catch {
    return false;
  }
  const same = (a: FileStamp | undefined, b: FileStamp) => a !== undefined && a.size === b.size && a.mtimeMs === b.mtimeMs;
  if (stamp.dotnative !== dotnativeFingerprint() || stamp.configuration !== configuration || stamp.rid !== rid) return false;
  if (!same(fileStamp(exe), stamp.executable)) return false;
  if (!stamp.inputs.some((i) => i.path === resolve(dll))) return false;
  return stamp.inputs.every((i) => same(fileStamp(i.path), i));
}
