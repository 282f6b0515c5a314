// Running the external tools of the link stage (C compiler, strip): find a program on PATH,
// run it with its output captured, never through a shell.
import { spawn } from 'node:child_process';
import { accessSync, constants, statSync } from 'node:fs';
import { delimiter, isAbsolute, join } from 'node:path';

/** The absolute path of `program` on PATH (or `program` itself if it is a path), if executable. */
export function which(program: string, env: NodeJS.ProcessEnv = process.env): string | undefined {
  const executable = (p: string) => {
    try {
      accessSync(p, constants.X_OK);
      return statSync(p).isFile();
    } catch {
      return false;
    }
  };
  if (program.includes('/') || isAbsolute(program)) return executable(program) ? program : undefined;
  for (const dir of (env.PATH ?? '').split(delimiter)) {
    if (!dir) continue;
    const p = join(dir, program);
    if (executable(p)) return p;
  }
  return undefined;
}

export interface ProcessResult {
  /** Exit code, or null when killed by a signal. */
  code: number | null;
  signal: NodeJS.Signals | null;
  /** stdout and stderr interleaved in arrival order. */
  output: string;
  stdout: string;
}

/** Runs `command` with `args`, capturing output; rejects only when it cannot be started. */
export function runProcess(command: string, args: readonly string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<ProcessResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
    const all: Buffer[] = [];
    const out: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => {
      all.push(b);
      out.push(b);
    });
    child.stderr.on('data', (b: Buffer) => all.push(b));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      resolve({ code, signal, output: Buffer.concat(all).toString('utf8'), stdout: Buffer.concat(out).toString('utf8') });
    });
  });
}

/** The command line as one shell-like string, for logs. */
export function commandLine(command: string, args: readonly string[]): string {
  const quote = (s: string) => (/^[\w@%+=:,./-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`);
  return [command, ...args].map(quote).join(' ');
}

/** Runs `tasks` with at most `limit` running at once; results in task order. After the first
 * failure no new task starts; the ones running are awaited, then the first error is thrown. */
export async function runPool<T>(tasks: (() => Promise<T>)[], limit: number): Promise<T[]> {
  const results = new Array<T>(tasks.length);
  let next = 0;
  let failure: { error: unknown } | undefined;
  const worker = async () => {
    while (!failure && next < tasks.length) {
      const i = next++;
      try {
        results[i] = await tasks[i]!();
      } catch (error) {
        failure ??= { error };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, tasks.length)) }, worker));
  if (failure) throw failure.error;
  return results;
}
