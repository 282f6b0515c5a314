// Small helpers shared by the benchmark harness: hashing, finding tools, running commands for
// builds, reading first error lines, file sizes.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { closeSync, existsSync, openSync, readdirSync, readSync, statSync } from 'node:fs';
import { delimiter, join } from 'node:path';

export function sha256Text(text: string | Buffer): string {
  return createHash('sha256').update(text).digest('hex');
}

/** SHA-256 of a file, read in chunks (outputs can be hundreds of MB). */
export function sha256File(path: string): string {
  const hash = createHash('sha256');
  const fd = openSync(path, 'r');
  try {
    const buf = Buffer.allocUnsafe(1 << 20);
    for (;;) {
      const n = readSync(fd, buf, 0, buf.length, null);
      if (n === 0) break;
      hash.update(buf.subarray(0, n));
    }
  } finally {
    closeSync(fd);
  }
  return hash.digest('hex');
}

/** The full path of an executable on PATH, or undefined. */
export function which(name: string): string | undefined {
  for (const dir of (process.env['PATH'] ?? '').split(delimiter)) {
    if (!dir) continue;
    const p = join(dir, name);
    try {
      if (statSync(p).isFile()) return p;
    } catch {
      // not there
    }
  }
  return undefined;
}

export interface CommandResult {
  ok: boolean;
  exitCode: number | null;
  stdout: string;
  stderr: string;
  wallMs: number;
  timedOut: boolean;
}

/** Runs a command (a build step) to completion, capturing its output, timed in Node. */
export function runCommand(
  argv: string[],
  opts: { cwd?: string; env?: NodeJS.ProcessEnv; timeoutMs?: number } = {},
): CommandResult {
  const t0 = performance.now();
  const r = spawnSync(argv[0]!, argv.slice(1), {
    cwd: opts.cwd,
    env: opts.env ?? process.env,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: opts.timeoutMs,
    killSignal: 'SIGKILL',
  });
  const wallMs = performance.now() - t0;
  const timedOut = (r.error as NodeJS.ErrnoException | undefined)?.code === 'ETIMEDOUT';
  const stderr = (r.stderr ?? '') + (r.error && !timedOut ? `${r.error.message}\n` : '');
  return { ok: r.status === 0, exitCode: r.status, stdout: r.stdout ?? '', stderr, wallMs, timedOut };
}

/** The first non-empty line of a text, trimmed and cut to a readable length. */
export function firstLine(text: string, max = 160): string {
  const line = text.split('\n').map((l) => l.trim()).find((l) => l.length > 0) ?? '';
  return line.length > max ? line.slice(0, max - 1) + '…' : line;
}

/** The first MSBuild/NuGet error line of a build log (or its first line, if none says error). */
export function firstBuildError(log: string): string {
  const lines = log.split('\n').map((l) => l.trim()).filter((l) => l.length > 0);
  const error = lines.find((l) => /\berror\b/i.test(l) && /\b(error [A-Z]*\d+|error :|error:)/i.test(l));
  // MSBuild prefixes errors with a file's path and appends the project's in brackets: keep the
  // file's name and position, drop the rest.
  const line = (error ?? lines[0] ?? '')
    .replace(/\s*\[[^\]]*\.csproj[^\]]*\]\s*$/, '')
    .replace(/^\S*?([^/\s]+\.(csproj|targets|props|cs)(\(\d+(,\d+)?\))?)\s*:\s*/, '$1: ');
  return firstLine(line);
}

export function fileSize(path: string): number {
  return statSync(path).size;
}

/** Total size in bytes of the regular files under a directory. */
export function dirSize(dir: string): number {
  let total = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) total += dirSize(p);
    else if (e.isFile()) total += statSync(p).size;
  }
  return total;
}

export function exists(path: string): boolean {
  return existsSync(path);
}
