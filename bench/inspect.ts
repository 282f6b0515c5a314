// Benchmark of the metadata reader and the inspect command (not a test: prints timings and
// writes bench/results/inspect.json).
//   (a) wall time of `dotnative inspect System.Private.CoreLib --summary` as a subprocess:
//       one warm-up run, then the median (and min-max) of 5;
//   (b) in-process: open every assembly of the shared framework and read every row of every
//       table and every method body: one warm-up pass, then the median (and min-max) of 3.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { AssemblyFile } from '../src/metadata/assembly.js';
import { BadImageError } from '../src/metadata/errors.js';
import { findSharedFramework } from '../src/metadata/framework.js';
import { TableNames } from '../src/metadata/schema.js';

/** Repository root (this file runs from dist/bench/). */
const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const cliPath = join(repoRoot, 'dist', 'src', 'cli', 'main.js');

interface Stats {
  runsMs: number[];
  medianMs: number;
  minMs: number;
  maxMs: number;
}

function stats(runs: number[]): Stats {
  const sorted = [...runs].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  const round = (x: number) => Math.round(x * 10) / 10;
  return { runsMs: runs.map(round), medianMs: round(median), minMs: round(sorted[0]!), maxMs: round(sorted[sorted.length - 1]!) };
}

function summaryWallTime(runs: number): Stats {
  const once = (): number => {
    const t0 = performance.now();
    const r = spawnSync(process.execPath, [cliPath, 'inspect', 'System.Private.CoreLib', '--summary'], { encoding: 'utf8' });
    const ms = performance.now() - t0;
    if (r.status !== 0) throw new Error(`dotnative inspect failed (exit ${r.status}): ${r.stderr.trim()}`);
    return ms;
  };
  once(); // warm-up (file cache)
  return stats(Array.from({ length: runs }, once));
}

interface FrameworkRead {
  assemblies: number;
  skipped: string[];
  rows: number;
  methodBodies: number;
  ilBytes: number;
}

/** Opens every assembly of the framework and reads every row and every method body. */
function readFramework(dir: string): FrameworkRead {
  const out: FrameworkRead = { assemblies: 0, skipped: [], rows: 0, methodBodies: 0, ilBytes: 0 };
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.dll')).sort()) {
    let file: AssemblyFile;
    try {
      file = AssemblyFile.open(join(dir, name));
    } catch (e) {
      if (e instanceof BadImageError) {
        out.skipped.push(name); // a native library named .dll, if any
        continue;
      }
      throw e;
    }
    out.assemblies++;
    const md = file.md;
    for (const table of TableNames) {
      if (!table) continue;
      const n = md.rows(table);
      for (let rid = 1; rid <= n; rid++) md.row(table, rid);
      out.rows += n;
    }
    const methods = md.rows('MethodDef');
    for (let rid = 1; rid <= methods; rid++) {
      const body = file.methodBody(rid);
      if (!body) continue;
      out.methodBodies++;
      out.ilBytes += body.il.length;
    }
  }
  return out;
}

export interface InspectBenchResult {
  date: string;
  node: string;
  cpu: string;
  framework: string;
  summaryWallTime: Stats;
  frameworkRead: FrameworkRead & Stats;
}

export function run(): InspectBenchResult {
  const fw = findSharedFramework();
  const summary = summaryWallTime(5);
  readFramework(fw.dir); // warm-up
  const passes: number[] = [];
  let read: FrameworkRead | undefined;
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    read = readFramework(fw.dir);
    passes.push(performance.now() - t0);
  }
  const result: InspectBenchResult = {
    date: new Date().toISOString(),
    node: process.version,
    cpu: cpus()[0]?.model ?? 'unknown',
    framework: `${fw.version} (${fw.dir})`,
    summaryWallTime: summary,
    frameworkRead: { ...read!, ...stats(passes) },
  };

  const f = result.frameworkRead;
  const rows: [string, string, string, string][] = [
    ['benchmark', 'median', 'min-max', 'runs'],
    ['inspect System.Private.CoreLib --summary (subprocess)', `${summary.medianMs} ms`, `${summary.minMs}-${summary.maxMs} ms`, String(summary.runsMs.length)],
    [`read framework: ${f.assemblies} assemblies, ${f.rows} rows, ${f.methodBodies} bodies`, `${f.medianMs} ms`, `${f.minMs}-${f.maxMs} ms`, String(f.runsMs.length)],
  ];
  const widths = [0, 1, 2, 3].map((i) => Math.max(...rows.map((r) => r[i]!.length)));
  const line = (r: string[]) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  process.stdout.write(`inspect (framework ${fw.version}, node ${process.version})\n`);
  process.stdout.write(line(rows[0]!) + '\n' + widths.map((w) => '-'.repeat(w)).join('  ') + '\n');
  for (const r of rows.slice(1)) process.stdout.write(line(r) + '\n');

  const resultsDir = join(repoRoot, 'bench', 'results');
  mkdirSync(resultsDir, { recursive: true });
  const out = join(resultsDir, 'inspect.json');
  writeFileSync(out, JSON.stringify(result, null, 2) + '\n');
  process.stdout.write(`wrote ${out}\n`);
  return result;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) run();
