// Compiles C translation units to object files: in parallel (a pool of compiler processes, one
// per available CPU by default) and through the content-addressed object cache (cache.ts).
//
// The cache key of a unit is the SHA-256 of
//   - the compiler's identity (its path, fixed arguments and full `--version` output),
//   - the flags, except the path-valued ones (-I, -iquote, -isystem, -ffile-prefix-map): their
//     only effect is on which text gets included, and that text is hashed itself,
//   - the unit's own text, and
//   - its preprocessed text (`cc -E -P` with the same flags): every header it includes, runtime
//     and system headers alike, and every macro, as the compiler will see them. A unit marked
//     keyByHeaders whose only directives are #include lines (every generated unit) is keyed
//     instead by its name and the digest of those headers preprocessed with their macro
//     definitions (-dD), computed once per set of includes and call: no preprocessing per unit.
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
  /**
   * Key the unit by its text and its headers (preprocessed once per compileUnits call for all
   * units that include the same ones) instead of preprocessing it whole. Coarser — any change in
   * those headers misses, even one the unit does not use — and much cheaper for many large units.
   * Only applies when the unit's preprocessor directives are all #include lines.
   */
  keyByHeaders?: boolean;
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
  const preludes: PreludeDigests = new Map();
  const compiled = await runPool(units.map((u, i) => () => compileOne(u, i, options, preludes)), jobs);
  const hits = compiled.filter((c) => c.cached).length;
  return {
    units: compiled,
    stats: { units: units.length, hits, misses: units.length - hits, ms: Math.round(performance.now() - start), jobs },
  };
}

/** Defined for the units of a program that walks its stack (src/codegen/stack-walk.ts). */
export const STACK_WALK_CFLAG = '-DDN_STACK_WALK';

function unitFlags(unit: TranslationUnit, options: CompileOptions): string[] {
  // -DDN_STACK_WALK changes only what gcc does (dotnative_gen.h turns off its function
  // splitting and folding); without it under clang, a program that walks its stack shares the
  // object cache with every other program.
  const unitOwn = (unit.cflags ?? []).filter((f) => !(f === STACK_WALK_CFLAG && options.compiler.family === 'clang'));
  const flags = [...options.cflags, ...unitOwn];
  if (options.compiler.family !== 'other') flags.push(`-ffile-prefix-map=${dirname(unit.path)}=.`);
  return flags;
}

async function compileOne(unit: TranslationUnit, index: number, options: CompileOptions, preludes: PreludeDigests): Promise<CompiledUnit> {
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
    const includes = unit.keyByHeaders ? includeOnlyDirectives(text) : undefined;
    if (includes !== undefined) {
      // Only #include lines: the headers' text and macros (-dD) stand for the preprocessed unit.
      hash.update(`\0includes\0${basename(unit.path)}\0`);
      const pp = await preludeDigest(preludes, unit.path, includes, compiler, flags, options.env);
      if (!pp.ok) fail([compiler.command, ...flags, '-E', '-P', '-dD', unit.path], pp.output);
      hash.update(`\0${pp.digest}`);
    } else {
      const ppArgs = [...compiler.args, ...flags, '-E', '-P', unit.path];
      const pp = await preprocessHash(compiler.command, ppArgs, options.env);
      if (!pp.ok) fail([compiler.command, ...ppArgs], pp.output);
      hash.update(`\0${pp.digest}`);
    }
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

/**
 * The unit's #include lines when they are its only preprocessor directives (as in the units
 * dotnative generates), else undefined. Such a unit preprocesses to its headers' expansion plus
 * its own text with those headers' macros expanded, so hashing the unit's text together with
 * the headers preprocessed with their #defines kept (-dD) identifies it as well as preprocessing
 * the whole unit would, and the headers need preprocessing once per publish, not once per unit.
 */
function includeOnlyDirectives(text: Buffer): string | undefined {
  const includes: string[] = [];
  const s = text.toString('latin1');
  for (const m of s.matchAll(/^[ \t]*#.*$/gm)) {
    const line = m[0].trim();
    if (!/^#\s*include\s*("[^"\n]+"|<[^>\n]+>)$/.test(line)) return undefined;
    includes.push(line);
  }
  if (/\\\r?\n/.test(s) || s.includes('??=') || s.includes('%:')) return undefined; // line splices, trigraphs, digraphs
  return includes.join('\n') + '\n';
}

type PreludeDigests = Map<string, Promise<{ ok: boolean; digest: string; output: string }>>;

/** Digest of the headers named by `includes`, preprocessed as if from the unit's directory. */
function preludeDigest(preludeDigests: PreludeDigests, unitPath: string, includes: string, compiler: CCompiler, flags: string[], env?: NodeJS.ProcessEnv) {
  const dir = dirname(unitPath);
  const memo = JSON.stringify([dir, compiler.command, compiler.args, flags, includes]);
  let p = preludeDigests.get(memo);
  if (!p) {
    const file = join(dir, `.dn-prelude-${createHash('sha256').update(memo).digest('hex').slice(0, 16)}.c`);
    writeFileSync(file, includes);
    p = preprocessHash(compiler.command, [...compiler.args, ...flags, '-E', '-P', '-dD', file], env).finally(() => rmSync(file, { force: true }));
    preludeDigests.set(memo, p);
  }
  return p;
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
