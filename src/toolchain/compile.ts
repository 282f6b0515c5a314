// Compiles C translation units to object files: in parallel (a pool of compiler processes, one
// per available CPU by default) and through the content-addressed object cache (cache.ts).
//
// The cache key of a unit is the SHA-256 of
//   - the compiler's identity (its path, fixed arguments and full `--version` output),
//   - the flags, except the path-valued ones (-I, -iquote, -isystem, -ffile-prefix-map): their
//     only effect is on which text gets included, and that text is hashed itself,
//   - the unit's own text, and
//   - its preprocessed text (`cc -E -P` with the same flags): every header it includes, runtime
//     and system headers alike, and every macro, as the compiler will see them.
// So the same framework method generated into the same unit text hits the cache in any later
// publish, from any working directory, while a change to a runtime header misses. The unit's
// directory is mapped to '.' (-ffile-prefix-map) so neither the object nor __FILE__ depends on
// where the unit was written (deterministic output, and a shared key for temporary directories).
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import type { ObjectCache } from './cache.js';
import { CCompilerError } from './errors.js';
import { commandLine, runPool, runProcess } from './exec.js';
import type { CCompiler } from './target.js';

export interface TranslationUnit {
  /** The C file. */
  path: string;
  /** Flags for this unit only, after the shared ones. */
  cflags?: string[];
}

export interface CompileOptions {
  compiler: CCompiler;
  /** Flags for every unit (optimization, -I, -D, target flags...). */
  cflags: string[];
  /** The object cache; without one every unit is compiled into `objDir`. */
  cache?: ObjectCache;
  /** Where objects go when there is no cache (created if missing). */
  objDir: string;
  /** Compiler processes at once; default os.availableParallelism(). */
  jobs?: number;
  env?: NodeJS.ProcessEnv;
}

export interface CompiledUnit {
  source: string;
  object: string;
  /** True when the object came from the cache. */
  cached: boolean;
  key: string;
}

export interface CompileStats {
  units: number;
  hits: number;
  misses: number;
  /** Wall-clock time of the whole call. */
  ms: number;
  jobs: number;
}

export interface CompileResult {
  /** One per unit, in the order given. */
  units: CompiledUnit[];
  stats: CompileStats;
}

const PATH_FLAG = /^(-I|-iquote|-isystem|-idirafter|-ffile-prefix-map=|-fdebug-prefix-map=|-fmacro-prefix-map=)/;
const PATH_FLAG_WITH_SEPARATE_VALUE = new Set(['-I', '-iquote', '-isystem', '-idirafter']);

/** The flags that take part in the cache key (path-valued ones removed). */
export function keyFlags(flags: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < flags.length; i++) {
    const f = flags[i]!;
    if (PATH_FLAG_WITH_SEPARATE_VALUE.has(f)) {
      i++;
      continue;
    }
    if (PATH_FLAG.test(f)) continue;
    out.push(f);
  }
  return out;
}

export async function compileUnits(units: readonly TranslationUnit[], options: CompileOptions): Promise<CompileResult> {
  const start = performance.now();
  const jobs = Math.max(1, options.jobs ?? availableParallelism());
  const compiled = await runPool(units.map((u, i) => () => compileOne(u, i, options)), jobs);
  const hits = compiled.filter((c) => c.cached).length;
  return {
    units: compiled,
    stats: { units: units.length, hits, misses: units.length - hits, ms: Math.round(performance.now() - start), jobs },
  };
}

function unitFlags(unit: TranslationUnit, options: CompileOptions): string[] {
  const flags = [...options.cflags, ...(unit.cflags ?? [])];
  if (options.compiler.family !== 'other') flags.push(`-ffile-prefix-map=${dirname(unit.path)}=.`);
  return flags;
}

async function compileOne(unit: TranslationUnit, index: number, options: CompileOptions): Promise<CompiledUnit> {
  const { compiler } = options;
  const flags = unitFlags(unit, options);
  const fail = (command: string[], output: string): never => {
    throw new CCompilerError(basename(unit.path), unit.path, saveLog(unit.path, command, output));
  };

  let text: Buffer;
  try {
    text = readFileSync(unit.path);
  } catch (e) {
    throw new Error(`cannot read C file ${unit.path}: ${(e as Error).message}`);
  }
  const hash = createHash('sha256');
  hash.update(JSON.stringify(['dotnative-object-1', compiler.identity, keyFlags(flags)]));
  hash.update(`\0${text.length}\0`).update(text);

  let key: string;
  if (options.cache) {
    const ppArgs = [...compiler.args, ...flags, '-E', '-P', unit.path];
    const pp = await preprocessHash(compiler.command, ppArgs, options.env);
    if (!pp.ok) fail([compiler.command, ...ppArgs], pp.output);
    hash.update(`\0${pp.digest}`);
    key = hash.digest('hex');
    const hit = options.cache.lookup(key);
    if (hit) return { source: unit.path, object: hit, cached: true, key };
  } else {
    key = hash.digest('hex');
  }

  let out: string;
  if (options.cache) {
    out = options.cache.temporaryPath(key);
  } else {
    mkdirSync(options.objDir, { recursive: true });
    out = join(options.objDir, `${index}-${basename(unit.path).replace(/\.[^.]*$/, '')}.o`);
  }
  const args = [...compiler.args, ...flags, '-c', unit.path, '-o', out];
  let r;
  try {
    r = await runProcess(compiler.command, args, { env: options.env });
  } catch (e) {
    rmSync(out, { force: true });
    throw e;
  }
  if (r.code !== 0) {
    rmSync(out, { force: true });
    fail([compiler.command, ...args], r.output + (r.signal ? `\n(killed by ${r.signal})\n` : ''));
  }
  const object = options.cache ? options.cache.commit(key, out) : out;
  return { source: unit.path, object, cached: false, key };
}

/** Runs the preprocessor, hashing its output as it streams (generated units can be large). */
function preprocessHash(command: string, args: string[], env?: NodeJS.ProcessEnv): Promise<{ ok: boolean; digest: string; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env: env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
    const hash = createHash('sha256');
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => hash.update(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      const output = Buffer.concat(err).toString('utf8') + (signal ? `\n(killed by ${signal})\n` : '');
      resolve({ ok: code === 0, digest: hash.digest('hex'), output });
    });
  });
}

/** Writes the compiler's output next to the C file (`<file>.log`), or in the temp dir if that
 * directory is not writable; returns the log's path. */
function saveLog(cFile: string, command: string[], output: string): string {
  const text = `$ ${commandLine(command[0]!, command.slice(1))}\n${output}${output.endsWith('\n') ? '' : '\n'}`;
  const beside = cFile + '.log';
  try {
    writeFileSync(beside, text);
    return beside;
  } catch {
    const fallback = join(tmpdir(), `dotnative-${process.pid}-${basename(cFile)}.log`);
    writeFileSync(fallback, text);
    return fallback;
  }
}
