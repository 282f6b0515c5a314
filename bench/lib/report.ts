// The result model of one harness run, and its rendering as a Markdown table.
import type { Summary } from './stats.js';
import { pairedRatios } from './stats.js';

export const CONFIGS = ['jit', 'aot', 'dotnative'] as const;
export type ConfigId = (typeof CONFIGS)[number];

export const CONFIG_TITLES: Record<ConfigId, string> = {
  jit: 'JIT',
  aot: 'Native AOT',
  dotnative: 'dotnative',
};

export type Status = 'ok' | 'fails' | 'unavailable' | 'wrong output';

export interface ConfigResult {
  status: Status;
  /** Why it fails or is unavailable (first error line). */
  reason?: string;
  /** The command that was measured (argv; paths relative to the repository). */
  command?: string[];
  /** Per counted round: the measurement, or null where this configuration did not run. */
  wallMs: (number | null)[];
  maxRssKiB: (number | null)[];
  userMs: (number | null)[];
  sysMs: (number | null)[];
  warmupWallMs?: number;
  time?: Summary | null;
  rss?: Summary | null;
  outputSha256?: string;
  /** Executable size as published, and after strip --strip-all (bytes). */
  bytes?: number;
  strippedBytes?: number | null;
  /** JIT only: the installed shared runtime `dotnet app.dll` needs (bytes). */
  runtimeBytes?: number;
  build?: { coldMs: number | null; warmMs: number | null; cached: boolean; builtAt?: string };
}

export interface ProgramResult {
  name: string;
  what: string;
  startup: boolean;
  args: string[];
  input?: { fastaN: number; bytes: number; sha256: string };
  referenceSha256?: string;
  configs: Record<ConfigId, ConfigResult>;
}

export interface RunInfo {
  date: string;
  mode: 'quick' | 'full';
  runs: number;
  warmupRuns: number;
  elapsedS: number;
  machine: { cpu: string; cores: number; memoryGiB: number; kernel: string; loadAverageAtStart: number[]; loadAverageAtEnd: number[] };
  versions: Record<string, string>;
  aot: { ilCompilerVersion: string | null; unavailable: string | null };
  measuredWith: string;
}

export interface Results {
  info: RunInfo;
  programs: ProgramResult[];
}

// ---------------------------------------------------------------------------------------------
// Formatting

function sig3(x: number): string {
  if (x >= 100) return x.toFixed(0);
  if (x >= 10) return x.toFixed(1);
  return x.toFixed(2);
}

/** A duration in ms as "123 ms" or "4.56 s", with an optional range in the same unit. */
export function fmtTime(ms: number, range?: [number, number]): string {
  const useS = ms >= 1000;
  const f = (v: number) => (useS ? sig3(v / 1000) : sig3(v));
  const unit = useS ? 's' : 'ms';
  return range ? `${f(ms)} ${unit} (${f(range[0])}–${f(range[1])})` : `${f(ms)} ${unit}`;
}

export function fmtMiB(kib: number, range?: [number, number]): string {
  const f = (v: number) => (v / 1024).toFixed(1);
  return range ? `${f(kib)} MiB (${f(range[0])}–${f(range[1])})` : `${f(kib)} MiB`;
}

export function fmtBytes(n: number): string {
  return n.toLocaleString('en-US');
}

function fmtRatio(s: Summary | null | undefined): string {
  if (!s) return '—';
  const f = (v: number) => (v >= 10 ? v.toFixed(1) : v >= 0.1 ? v.toFixed(2) : v.toPrecision(2));
  return s.n > 1 && s.min !== s.max ? `${f(s.median)}× (${f(s.min)}–${f(s.max)})` : `${f(s.median)}×`;
}

function single(x: number | null | undefined): Summary | null {
  return x == null ? null : { n: 1, median: x, min: x, max: x };
}

function ratio(a: number | null | undefined, b: number | null | undefined): Summary | null {
  return a != null && b != null && b > 0 ? single(a / b) : null;
}

function statusText(c: ConfigResult): string {
  if (c.status === 'fails') return `fails: ${c.reason ?? 'unknown error'}`;
  if (c.status === 'unavailable') return 'unavailable';
  if (c.status === 'wrong output') return 'wrong output';
  return '—';
}

/** The cell of a build or size figure: the figure if there is one, else the failure. */
function figureOr(c: ConfigResult, value: string | null): string {
  if (value !== null) return value;
  return c.status === 'ok' || c.status === 'wrong output' ? '—' : statusText(c);
}

function escapeCell(s: string): string {
  return s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

interface Row {
  figure: string;
  cells: Record<ConfigId, string>;
  vsJit: string;
  vsAot: string;
}

function runRows(p: ProgramResult): Row[] {
  const { jit, aot, dotnative: dn } = p.configs;
  const usable = (c: ConfigResult) => c.status === 'ok';
  const timeCell = (c: ConfigResult) =>
    usable(c) && c.time ? fmtTime(c.time.median, [c.time.min, c.time.max]) : statusText(c);
  const rssCell = (c: ConfigResult) =>
    usable(c) && c.rss ? fmtMiB(c.rss.median, [c.rss.min, c.rss.max]) : statusText(c);
  const pair = (key: 'wallMs' | 'maxRssKiB', other: ConfigResult) =>
    usable(dn) && usable(other) ? fmtRatio(pairedRatios(dn[key], other[key])) : '—';

  const rows: Row[] = [
    {
      figure: p.startup ? 'start-up time' : 'time',
      cells: { jit: timeCell(jit), aot: timeCell(aot), dotnative: timeCell(dn) },
      vsJit: pair('wallMs', jit),
      vsAot: pair('wallMs', aot),
    },
    {
      figure: 'peak RSS',
      cells: { jit: rssCell(jit), aot: rssCell(aot), dotnative: rssCell(dn) },
      vsJit: pair('maxRssKiB', jit),
      vsAot: pair('maxRssKiB', aot),
    },
  ];

  const jitTotal = jit.bytes != null && jit.runtimeBytes != null ? jit.bytes + jit.runtimeBytes : null;
  const sizeCell = (c: ConfigResult, id: ConfigId) => {
    if (c.bytes == null) return figureOr(c, null);
    if (id === 'jit') return `${fmtBytes(c.bytes)} + ${fmtBytes(c.runtimeBytes ?? 0)} runtime`;
    return fmtBytes(c.bytes);
  };
  rows.push({
    figure: 'executable size (bytes)',
    cells: { jit: sizeCell(jit, 'jit'), aot: sizeCell(aot, 'aot'), dotnative: sizeCell(dn, 'dotnative') },
    vsJit: fmtRatio(ratio(dn.bytes, jitTotal)),
    vsAot: fmtRatio(ratio(dn.bytes, aot.bytes)),
  });
  if (p.startup) {
    const stripped = (c: ConfigResult) => figureOr(c, c.strippedBytes != null ? fmtBytes(c.strippedBytes) : null);
    rows.push({
      figure: 'stripped size (bytes)',
      cells: { jit: '—', aot: stripped(aot), dotnative: stripped(dn) },
      vsJit: '—',
      vsAot: fmtRatio(ratio(dn.strippedBytes, aot.strippedBytes)),
    });
  }

  const buildCell = (c: ConfigResult, which: 'coldMs' | 'warmMs') => {
    const ms = c.build?.[which];
    return figureOr(c, ms != null ? fmtTime(ms) : null);
  };
  rows.push({
    figure: 'build time, cold',
    cells: { jit: '—', aot: buildCell(aot, 'coldMs'), dotnative: buildCell(dn, 'coldMs') },
    vsJit: '—',
    vsAot: fmtRatio(ratio(dn.build?.coldMs, aot.build?.coldMs)),
  });
  rows.push({
    figure: 'build time, warm cache',
    cells: {
      jit: '—',
      aot: aot.build?.coldMs != null ? `${fmtTime(aot.build.coldMs)} ¹` : figureOr(aot, null),
      dotnative: buildCell(dn, 'warmMs'),
    },
    vsJit: '—',
    vsAot: fmtRatio(ratio(dn.build?.warmMs, aot.build?.coldMs)),
  });
  return rows;
}

export function renderTable(results: Results): string {
  const header = ['Program', 'Figure', 'JIT', 'Native AOT', 'dotnative', 'dotnative/JIT', 'dotnative/Native AOT'];
  const lines = [`| ${header.join(' | ')} |`, `|${header.map((_, i) => (i < 2 ? ' --- ' : ' ---: ')).join('|')}|`];
  for (const p of results.programs) {
    runRows(p).forEach((r, i) => {
      const cells = [
        i === 0 ? `**${p.name}**` : '',
        r.figure,
        r.cells.jit,
        r.cells.aot,
        r.cells.dotnative,
        r.vsJit,
        r.vsAot,
      ];
      lines.push(`| ${cells.map(escapeCell).join(' | ')} |`);
    });
  }
  return lines.join('\n');
}

export function renderMarkdown(results: Results): string {
  const { info } = results;
  const v = info.versions;
  const aotLine = info.aot.unavailable
    ? `Native AOT: unavailable here (${info.aot.unavailable}).`
    : `Native AOT: runtime.linux-x64.Microsoft.DotNet.ILCompiler ${info.aot.ilCompilerVersion ?? '(version not found)'}, linked with ${v['aotLinker'] ?? 'clang'}.`;
  const sizes = results.programs.map((p) => `${p.name} ${p.input ? `(fasta ${p.input.fastaN} on stdin)` : p.args.join(' ')}`.trim());
  const cachedAot = results.programs.some((p) => p.configs.aot.build?.cached);
  const out = [
    '# dotnative against the JIT and Native AOT',
    '',
    `Generated by \`npm run bench${info.mode === 'quick' ? ' -- --quick' : ''}\` (bench/compare.ts) on ${info.date}; ` +
      `${info.mode} sizes, ${info.warmupRuns} warm-up + ${info.runs} counted runs of each configuration, ` +
      `run alternately (JIT, Native AOT, dotnative, JIT, ...); ${Math.round(info.elapsedS)} s in all.`,
    '',
    `Machine: ${info.machine.cpu}, ${info.machine.cores} cores, ${info.machine.memoryGiB} GiB, Linux ${info.machine.kernel} ` +
      `(1/5/15-minute load average ${info.machine.loadAverageAtStart.map((x) => x.toFixed(2)).join(' ')} at the start, ` +
      `${info.machine.loadAverageAtEnd.map((x) => x.toFixed(2)).join(' ')} at the end). ` +
      `.NET SDK ${v['sdk']}, runtime ${v['runtime']}; Node ${v['node']}; dotnative ${v['dotnative']}.`,
    '',
    aotLine,
    '',
    renderTable(results),
    '',
    'Each time and peak-RSS cell is the median of the counted runs with (min–max). Ratios are taken',
    'run by run within a round (dotnative run i over JIT run i) and summarized the same way; below',
    '1 means dotnative is faster or smaller. Every run\'s standard output must hash (SHA-256) to',
    'the same digest as the JIT\'s, otherwise the cell reads "wrong output".',
    '',
    '- time: wall time of the whole process, from fork to exit, including runtime start-up.',
    '- peak RSS: the largest resident set size of the process (getrusage ru_maxrss).',
    '- executable size: Native AOT and dotnative: the executable as published. JIT: the',
    '  application\'s files (.dll, .runtimeconfig.json, .deps.json) plus the shared runtime',
    '  `dotnet app.dll` needs installed (Microsoft.NETCore.App, hostfxr and the dotnet host); the',
    '  dotnative/JIT size ratio is against that sum. Stripped: after `strip --strip-all`.',
    '- build time: wall time of one publish from a fresh copy of the project (packages already in',
    '  the NuGet cache). dotnative: cold = empty dotnative cache, warm = a second fresh copy',
    '  published with the cache the first left. The JIT column has no build figure.',
    '- ¹ Native AOT has no cache of compiled code between builds: its warm figure is its cold one.',
    ...(cachedAot
      ? ['- Native AOT executables are cached in bench/.cache/aot while the program and the SDK do not',
         '  change; a cached build\'s time is the one measured when it was built (see latest.json).']
      : []),
    '',
    `Sizes: ${sizes.join('; ')}.`,
    '',
  ];
  return out.join('\n');
}
