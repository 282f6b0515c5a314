// dotnative against the JIT (`dotnet app.dll`) and Microsoft's Native AOT, side by side in one
// run, on the programs in bench/programs/. Measures start-up and run time, peak RSS, executable
// size and build time; writes bench/results/latest.md and bench/results/latest.json.
//
//   node dist/bench/compare.js [--quick] [--runs N] [--only a,b] [--no-aot] [--rebuild-aot]
//
// Benchmarks are never timed tests: nothing here runs under `npm test`.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, realpathSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, release, totalmem } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  aotPreflight,
  buildAot,
  buildDotnative,
  buildJit,
  isFailure,
  sourceKey,
  type AotInfo,
  type JitBuild,
  type NativeBuild,
  type Paths,
} from './lib/build.js';
import { measure, setUpMeasure } from './lib/measure.js';
import { CONFIG_TITLES, CONFIGS, renderMarkdown, type ConfigId, type ConfigResult, type ProgramResult, type Results } from './lib/report.js';
import { summarize } from './lib/stats.js';
import { SUITE, type ProgramDef } from './lib/suite.js';
import { dirSize, fileSize, firstLine, sha256File, which } from './lib/util.js';

const USAGE = `Usage: node dist/bench/compare.js [options]

Runs the programs in bench/programs/ under the JIT, Native AOT and dotnative and writes
bench/results/latest.md and bench/results/latest.json.

Options:
  --quick          small input sizes (the runs take a minute; publishing most of the rest)
  --runs N         counted runs of each configuration, after one warm-up (default 5)
  --only a,b       only these programs (${SUITE.map((p) => p.name).join(', ')})
  --no-aot         skip Native AOT (its column reads 'unavailable')
  --rebuild-aot    publish with Native AOT again even when bench/.cache/aot has the program
  --dotnative-cli PATH
                   the dotnative command-line script to run as \`node PATH publish ...\`
                   (default: dist/src/cli/main.js of this repository)
  -h, --help       show this help
`;

interface Options {
  quick: boolean;
  runs: number;
  only: string[] | null;
  noAot: boolean;
  rebuildAot: boolean;
  dotnativeCli: string | null;
}

function parseArgs(argv: string[]): Options {
  const o: Options = { quick: false, runs: 5, only: null, noAot: false, rebuildAot: false, dotnativeCli: null };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const value = () => {
      const v = argv[++i];
      if (v === undefined) fail(`${a} needs a value`);
      return v;
    };
    if (a === '--quick') o.quick = true;
    else if (a === '--runs') {
      o.runs = Number(value());
      if (!Number.isInteger(o.runs) || o.runs < 1) fail('--runs needs a whole number of at least 1');
    } else if (a === '--only') {
      o.only = value().split(',').map((s) => s.trim()).filter(Boolean);
      const unknown = o.only.filter((n) => !SUITE.some((p) => p.name === n));
      if (unknown.length) fail(`unknown program(s): ${unknown.join(', ')}`);
    } else if (a === '--no-aot') o.noAot = true;
    else if (a === '--rebuild-aot') o.rebuildAot = true;
    else if (a === '--dotnative-cli') o.dotnativeCli = resolve(value());
    else if (a === '-h' || a === '--help') {
      process.stdout.write(USAGE);
      process.exit(0);
    } else fail(`unknown option '${a}'`);
  }
  return o;
}

function fail(message: string): never {
  process.stderr.write(`compare: ${message}\n\n${USAGE}`);
  process.exit(2);
}

const started = performance.now();
function log(s: string): void {
  const t = ((performance.now() - started) / 1000).toFixed(0).padStart(4);
  process.stderr.write(`[${t} s] ${s}\n`);
}

function capture(argv: string[]): string {
  try {
    return execFileSync(argv[0]!, argv.slice(1), { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return '';
  }
}

/** The highest Microsoft.NETCore.App 10.x runtime (the one `dotnet app.dll` rolls forward to). */
function sharedRuntime(dotnet: string): { version: string; dir: string } | null {
  const found: { version: string; dir: string; parts: number[] }[] = [];
  for (const l of capture([dotnet, '--list-runtimes']).split('\n')) {
    const m = /^Microsoft\.NETCore\.App (10\.\d+\.\d+\S*) \[(.+)\]$/.exec(l.trim());
    if (m) found.push({ version: m[1]!, dir: join(m[2]!, m[1]!), parts: m[1]!.split(/[.-]/).slice(0, 3).map(Number) });
  }
  found.sort((a, b) => a.parts[0]! - b.parts[0]! || a.parts[1]! - b.parts[1]! || a.parts[2]! - b.parts[2]!);
  const best = found[found.length - 1];
  return best ? { version: best.version, dir: best.dir } : null;
}

/** Bytes of what `dotnet app.dll` needs installed: the shared framework, hostfxr and the host. */
function runtimeBytes(dotnet: string, runtime: { version: string; dir: string }): number {
  const root = dirname(realpathSync(dotnet));
  let total = dirSize(runtime.dir) + fileSize(realpathSync(dotnet));
  const fxr = join(root, 'host', 'fxr', runtime.version, 'libhostfxr.so');
  if (existsSync(fxr)) total += fileSize(fxr);
  return total;
}

function cpuModel(): string {
  try {
    const m = /^model name\s*:\s*(.+)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'));
    if (m) return m[1]!.trim();
  } catch {
    // not Linux
  }
  return cpus()[0]?.model ?? 'unknown CPU';
}

function emptyConfig(): ConfigResult {
  return { status: 'ok', wallMs: [], maxRssKiB: [], userMs: [], sysMs: [] };
}

/** Environment for the measured programs: the JIT with its defaults, whatever the caller set. */
function runEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (/^(DOTNET_|COMPlus_)/.test(k) && k !== 'DOTNET_ROOT') continue;
    env[k] = v;
  }
  return env;
}

function main(): void {
  const opts = parseArgs(process.argv.slice(2));
  const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
  const benchDir = join(repoRoot, 'bench');
  const dotnet = which('dotnet');
  if (!dotnet) fail('dotnet (the .NET 10 SDK) is not on PATH');
  const paths: Paths = {
    repoRoot,
    programsDir: join(benchDir, 'programs'),
    cacheDir: join(benchDir, '.cache'),
    dotnet,
  };
  mkdirSync(paths.cacheDir, { recursive: true });
  const loadAtStart = loadavg();

  const selected: ProgramDef[] = SUITE.filter((p) => !opts.only || opts.only.includes(p.name));
  const needsFasta = selected.some((p) => p.fastaInput);

  // ---- tools and versions
  const measuredWith = setUpMeasure(join(paths.cacheDir, 'tools'));
  const sdk = capture([dotnet, '--version']);
  const runtime = sharedRuntime(dotnet);
  if (!runtime) fail('no Microsoft.NETCore.App 10.x runtime found (dotnet --list-runtimes)');
  const aotLinker = which('clang') ? 'clang' : which('gcc') ? 'gcc' : 'none';
  const versions: Record<string, string> = {
    sdk,
    runtime: runtime.version,
    node: process.version,
    dotnative: (() => {
      const pkg = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string };
      const commit = capture(['git', '-C', repoRoot, 'rev-parse', '--short', 'HEAD']);
      return commit ? `${pkg.version} (${commit})` : pkg.version;
    })(),
    cc: firstLine(capture(['cc', '--version'])) || 'none',
    aotLinker: aotLinker === 'none' ? 'none' : firstLine(capture([aotLinker, '--version'])),
  };
  log(`measuring with: ${measuredWith}`);
  log(`.NET SDK ${sdk}, runtime ${runtime.version}; ${selected.length} programs, ${opts.quick ? 'quick' : 'full'} sizes, 1 warm-up + ${opts.runs} runs`);

  // ---- JIT builds (fasta too when it has to make inputs)
  const jitNames = selected.map((p) => p.name);
  if (needsFasta && !jitNames.includes('fasta')) jitNames.push('fasta');
  const jit = buildJit(paths, jitNames, `${sdk}/${runtime.version}`, log);

  // ---- inputs
  const inputs = new Map<string, { path: string; fastaN: number; bytes: number; sha256: string }>();
  if (needsFasta) {
    const fasta = jit.get('fasta')!;
    for (const p of selected) {
      if (!p.fastaInput) continue;
      const n = opts.quick ? p.fastaInput.quick : p.fastaInput.full;
      if (isFailure(fasta)) {
        inputs.set(p.name, { path: '', fastaN: n, bytes: 0, sha256: '' });
        continue;
      }
      const dir = join(paths.cacheDir, 'inputs');
      mkdirSync(dir, { recursive: true });
      const path = join(dir, `fasta-${n}-${sourceKey(paths, 'fasta', sdk)}.fa`);
      if (!existsSync(path)) {
        log(`input: fasta ${n}`);
        const tmp = `${path}.tmp`;
        const m = measure({
          argv: [dotnet, fasta.dll, String(n)],
          stdinPath: '/dev/null',
          stdoutPath: tmp,
          stderrPath: `${tmp}.err`,
          timeoutMs: 10 * 60_000,
          env: runEnv(),
        });
        if (m.exitCode !== 0) fail(`generating the fasta ${n} input failed: ${firstLine(readFileSync(`${tmp}.err`, 'utf8'))}`);
        renameSync(tmp, path);
        rmSync(`${tmp}.err`, { force: true });
      }
      inputs.set(p.name, { path, fastaN: n, bytes: fileSize(path), sha256: sha256File(path) });
    }
  }

  // ---- Native AOT
  let aotInfo: AotInfo;
  if (opts.noAot) aotInfo = { ilCompilerVersion: null, unavailable: 'skipped with --no-aot' };
  else aotInfo = aotPreflight(paths, log);
  if (aotInfo.unavailable) log(`Native AOT unavailable: ${aotInfo.unavailable}`);
  else log(`Native AOT: ILCompiler ${aotInfo.ilCompilerVersion}`);
  const aot = new Map<string, ReturnType<typeof buildAot>>();
  for (const p of selected) {
    if (aotInfo.unavailable) {
      aot.set(p.name, { state: 'unavailable', reason: aotInfo.unavailable });
      continue;
    }
    const r = buildAot(paths, p.name, `${sdk}/${runtime.version}/${aotInfo.ilCompilerVersion}`, opts.rebuildAot, log);
    if (isFailure(r) && r.state === 'fails') log(`Native AOT: ${p.name}: fails: ${r.reason}`);
    aot.set(p.name, r);
  }

  // ---- dotnative
  const dn = new Map<string, ReturnType<typeof buildDotnative>>();
  for (const p of selected) {
    const r = buildDotnative(paths, p.name, opts.dotnativeCli ?? join(repoRoot, 'dist', 'src', 'cli', 'main.js'), log);
    if ('state' in r) log(`dotnative: ${p.name}: fails: ${r.reason}`);
    dn.set(p.name, r);
  }

  // ---- runs
  const rtBytes = runtimeBytes(dotnet, runtime);
  const runDir = join(paths.cacheDir, 'run');
  rmSync(runDir, { recursive: true, force: true });
  mkdirSync(runDir, { recursive: true });
  const timeoutMs = (opts.quick ? 2 : 10) * 60_000;
  const env = runEnv();
  const programs: ProgramResult[] = [];

  for (const p of selected) {
    const args = opts.quick ? p.args.quick : p.args.full;
    const input = inputs.get(p.name);
    const result: ProgramResult = {
      name: p.name,
      what: p.what,
      startup: p.startup === true,
      args,
      ...(input ? { input: { fastaN: input.fastaN, bytes: input.bytes, sha256: input.sha256 } } : {}),
      configs: { jit: emptyConfig(), aot: emptyConfig(), dotnative: emptyConfig() },
    };
    const argv: Partial<Record<ConfigId, string[]>> = {};

    // JIT
    const j = jit.get(p.name)! as JitBuild | { state: 'fails'; reason: string };
    if ('state' in j) Object.assign(result.configs.jit, { status: 'fails', reason: j.reason });
    else {
      argv.jit = [dotnet, j.dll, ...args];
      Object.assign(result.configs.jit, { bytes: j.appBytes, runtimeBytes: rtBytes });
    }
    // Native AOT
    const a = aot.get(p.name)!;
    if ('state' in a) Object.assign(result.configs.aot, { status: a.state, reason: a.reason });
    else {
      argv.aot = [a.exe, ...args];
      setNative(result.configs.aot, a, null);
    }
    // dotnative
    const d = dn.get(p.name)!;
    if ('state' in d) {
      Object.assign(result.configs.dotnative, { status: 'fails', reason: d.reason });
      if (d.coldBuildMs != null) result.configs.dotnative.build = { coldMs: us(d.coldBuildMs), warmMs: null, cached: false };
    } else {
      argv.dotnative = [d.exe, ...args];
      setNative(result.configs.dotnative, d, d.warmBuildMs);
    }
    if (input && !input.path) {
      for (const c of CONFIGS) if (result.configs[c].status === 'ok') Object.assign(result.configs[c], { status: 'fails', reason: 'no input: fasta failed to build' });
    }

    for (const c of CONFIGS) {
      if (argv[c]) result.configs[c].command = argv[c]!.map((x) => (x.startsWith(repoRoot) ? relative(repoRoot, x) : x));
    }

    // Warm-up round, then counted rounds; configurations alternate within each round.
    let reference: string | undefined;
    for (let round = 0; round <= opts.runs; round++) {
      for (const c of CONFIGS) {
        const cr = result.configs[c];
        if (round > 0) for (const k of ['wallMs', 'maxRssKiB', 'userMs', 'sysMs'] as const) cr[k].push(null);
        if (cr.status !== 'ok' || !argv[c]) continue;
        const out = join(runDir, `${c}.out`);
        const err = join(runDir, `${c}.err`);
        const m = measure({ argv: argv[c]!, stdinPath: input?.path || '/dev/null', stdoutPath: out, stderrPath: err, timeoutMs, env });
        if (m.timedOut) {
          Object.assign(cr, { status: 'fails', reason: `timed out after ${timeoutMs / 1000} s` });
          continue;
        }
        if (m.exitCode !== (p.exitCode ?? 0)) {
          const why = firstLine(readFileSync(err, 'utf8'));
          const how = m.exitCode === null ? `killed by signal ${m.signal}` : `exit code ${m.exitCode}`;
          Object.assign(cr, { status: 'fails', reason: why ? `${how}: ${why}` : how });
          continue;
        }
        const digest = sha256File(out);
        if (c === 'jit' && reference === undefined) reference = digest;
        cr.outputSha256 ??= digest;
        if (digest !== reference) {
          Object.assign(cr, { status: 'wrong output', reason: `output SHA-256 ${digest.slice(0, 16)}… differs from the JIT's ${reference?.slice(0, 16) ?? '(none)'}…` });
          continue;
        }
        if (round === 0) cr.warmupWallMs = us(m.wallMs);
        else {
          cr.wallMs[round - 1] = us(m.wallMs);
          cr.maxRssKiB[round - 1] = m.maxRssKiB;
          cr.userMs[round - 1] = us(m.userMs);
          cr.sysMs[round - 1] = us(m.sysMs);
        }
      }
    }
    if (reference) result.referenceSha256 = reference;
    for (const c of CONFIGS) {
      const cr = result.configs[c];
      if (cr.status !== 'ok') {
        // Measurements taken before a later run failed are not reported.
        for (const k of ['wallMs', 'maxRssKiB', 'userMs', 'sysMs'] as const) cr[k] = cr[k].map(() => null);
        continue;
      }
      cr.time = summarize(cr.wallMs.filter((x): x is number => x != null));
      cr.rss = summarize(cr.maxRssKiB.filter((x): x is number => x != null));
    }
    programs.push(result);
    log(
      `${p.name}: ` +
        CONFIGS.map((c) => {
          const cr = result.configs[c];
          const what = cr.status === 'ok' && cr.time ? `${(cr.time.median / 1000).toFixed(3)} s` : cr.status;
          return `${CONFIG_TITLES[c]} ${what}`;
        }).join(', '),
    );
  }
  rmSync(runDir, { recursive: true, force: true });

  // ---- results
  const results: Results = {
    info: {
      date: new Date().toISOString(),
      mode: opts.quick ? 'quick' : 'full',
      runs: opts.runs,
      warmupRuns: 1,
      elapsedS: Math.round(performance.now() - started) / 1000,
      machine: {
        cpu: cpuModel(),
        cores: cpus().length,
        memoryGiB: Math.round(totalmem() / 2 ** 30),
        kernel: release(),
        loadAverageAtStart: loadAtStart.map((x) => Math.round(x * 100) / 100),
        loadAverageAtEnd: loadavg().map((x) => Math.round(x * 100) / 100),
      },
      versions,
      aot: aotInfo,
      measuredWith,
    },
    programs,
  };
  const resultsDir = join(benchDir, 'results');
  mkdirSync(resultsDir, { recursive: true });
  const md = renderMarkdown(results);
  writeFileSync(join(resultsDir, 'latest.json'), JSON.stringify(results, null, 2) + '\n');
  writeFileSync(join(resultsDir, 'latest.md'), md);
  process.stdout.write(md);
  log(`wrote ${relative(process.cwd(), join(resultsDir, 'latest.md'))} and latest.json`);
}

/** Milliseconds rounded to the microsecond (the result file needs no more). */
function us(ms: number): number {
  return Math.round(ms * 1000) / 1000;
}

function setNative(cr: ConfigResult, b: NativeBuild, warmMs: number | null): void {
  cr.bytes = b.bytes;
  cr.strippedBytes = b.strippedBytes;
  cr.build = { coldMs: us(b.buildMs), warmMs: warmMs == null ? null : us(warmMs), cached: b.cached, builtAt: b.builtAt };
}

main();
