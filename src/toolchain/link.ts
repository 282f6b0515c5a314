// Links object files into the executable. The linker writes a temporary file in the output
// directory, which is stripped there if asked and then renamed over the final name: a failed
// link never leaves a half-written executable, and an executable from an earlier link stays
// intact (and runnable) until the new one replaces it in one step.
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { LinkError } from './errors.js';
import { commandLine, runProcess, which } from './exec.js';
import type { CCompiler, Target } from './target.js';

export interface LinkOptions {
  compiler: CCompiler;
  target: Target;
  objects: readonly string[];
  /** The executable to write. Its directory is created if missing. */
  output: string;
  /** Link flags before the objects (target and runtime flags). */
  ldflags?: readonly string[];
  /** Library arguments after the objects (e.g. `-l:libgc.a`, `-lm`). */
  libs?: readonly string[];
  /** Remove symbols and debug information (with the target's `strip`, else the linker's -s). */
  strip?: boolean;
  /** Where the linker's output is saved when it fails; default a new temporary directory. */
  logDir?: string;
  env?: NodeJS.ProcessEnv;
}

export interface LinkResult {
  path: string;
  /** Size as the linker wrote it, in bytes. */
  size: number;
  /** Size after stripping, when `strip` was asked. */
  strippedSize?: number;
  ms: number;
}

export async function linkExecutable(options: LinkOptions): Promise<LinkResult> {
  const start = performance.now();
  const { compiler, output } = options;
  const dir = dirname(output);
  mkdirSync(dir, { recursive: true });
  const temp = join(dir, `.${basename(output)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  const linkArgs = (out: string, extra: string[] = []) => [
    ...compiler.args, ...(compiler.linkFlags ?? []), ...(options.ldflags ?? []), ...extra, '-o', out, ...options.objects, ...(options.libs ?? []),
  ];
  const failed = (args: string[], command: string, text: string): never => {
    const logDir = options.logDir ?? mkdtempSync(join(tmpdir(), 'dotnative-link-'));
    mkdirSync(logDir, { recursive: true });
    const log = join(logDir, `${basename(output)}.link.log`);
    writeFileSync(log, `$ ${commandLine(command, args)}\n${text}${text.endsWith('\n') ? '' : '\n'}`);
    throw new LinkError(basename(output), log);
  };

  try {
    const args = linkArgs(temp);
    const r = await runProcess(compiler.command, args, { env: options.env });
    if (r.code !== 0) failed(args, compiler.command, r.output + (r.signal ? `\n(killed by ${r.signal})\n` : ''));
    const size = statSync(temp).size;
    let strippedSize: number | undefined;
    if (options.strip) {
      const tool = stripTool(options.target, options.env);
      if (tool) {
        const stripArgs = [temp];
        const s = await runProcess(tool, stripArgs, { env: options.env });
        if (s.code !== 0) failed(stripArgs, tool, s.output);
      } else {
        // No strip tool for this target: link again with -s.
        const args2 = linkArgs(temp, ['-s']);
        const r2 = await runProcess(compiler.command, args2, { env: options.env });
        if (r2.code !== 0) failed(args2, compiler.command, r2.output);
      }
      strippedSize = statSync(temp).size;
    }
    renameSync(temp, output);
    return { path: output, size, strippedSize, ms: Math.round(performance.now() - start) };
  } finally {
    rmSync(temp, { force: true });
  }
}

/** `strip` for the host, `<triple>-strip` or `llvm-strip` for a cross target. */
export function stripTool(target: Target, env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (target.runnable) return which('strip', env) ?? which('llvm-strip', env);
  return (target.gnuPrefix ? which(`${target.gnuPrefix}strip`, env) : undefined) ?? which('llvm-strip', env);
}
