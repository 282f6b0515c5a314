// The link stage as one call: generated C + the native runtime -> one executable. Finds the C
// compiler for the target, compiles the runtime's sources and the generated units together
// (parallel, cached), and links them with the runtime's libraries.
import { ObjectCache, defaultCacheDir } from './cache.js';
import { compileUnits, type CompileStats, type TranslationUnit } from './compile.js';
import { linkExecutable, type LinkResult } from './link.js';
import { loadRuntimeBuild } from './runtime.js';
import { configurationCflags, findCompiler, type CCompiler, type Target } from './target.js';
import type { Configuration, RuntimeBuild } from './types.js';

export interface BuildOptions {
  target: Target;
  configuration: Configuration;
  /** The generated translation units. */
  units: readonly TranslationUnit[];
  /** Include directories for the generated units (e.g. the directory holding them). */
  includeDirs?: readonly string[];
  /** The executable to write. */
  output: string;
  strip: boolean;
  /** Scratch directory: uncached objects, the link log on failure. */
  workDir: string;
  /** The object cache; default one at defaultCacheDir(); null: no caching. */
  cache?: ObjectCache | null;
  /** Default: runtime/build.json for the target. */
  runtime?: RuntimeBuild;
  jobs?: number;
  env?: NodeJS.ProcessEnv;
  log?(message: string): void;
}

export interface BuildResult {
  compiler: CCompiler;
  compile: CompileStats;
  link: LinkResult;
}

export async function buildExecutable(options: BuildOptions): Promise<BuildResult> {
  const { target } = options;
  const env = options.env ?? process.env;
  const log = options.log ?? (() => {});
  const compiler = await findCompiler(target, env);
  const runtime = options.runtime ?? loadRuntimeBuild(target);
  const cache = options.cache === null ? undefined : options.cache ?? new ObjectCache(defaultCacheDir(env));
  log(`C compiler: ${compiler.command} ${compiler.args.join(' ')} (${compiler.version})`.replace(/ +\(/, ' ('));

  const cflags = [
    ...configurationCflags(options.configuration),
    ...target.cflags,
    ...runtime.includeDirs.map((d) => `-I${d}`),
    ...runtime.cflags,
  ];
  const units: TranslationUnit[] = [
    ...runtime.sources.map((path) => ({ path })),
    ...options.units.map((u) => ({ ...u, cflags: [...(options.includeDirs ?? []).map((d) => `-I${d}`), ...(u.cflags ?? [])] })),
  ];
  const compiled = await compileUnits(units, { compiler, cflags, cache, objDir: options.workDir, jobs: options.jobs, env });
  const s = compiled.stats;
  log(`compiled ${s.units} C files in ${s.ms} ms with ${s.jobs} jobs (${s.hits} from the cache${cache ? ` ${cache.dir}` : ''}, ${s.misses} compiled)`);

  const link = await linkExecutable({
    compiler,
    target,
    objects: compiled.units.map((u) => u.object),
    output: options.output,
    ldflags: [...target.ldflags, ...runtime.ldflags],
    libs: runtime.libs,
    strip: options.strip,
    logDir: options.workDir,
    env,
  });
  log(`linked ${link.path} in ${link.ms} ms: ${link.size} bytes${link.strippedSize !== undefined ? `, ${link.strippedSize} stripped` : ''}`);
  return { compiler, compile: compiled.stats, link };
}
