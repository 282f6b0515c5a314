// Turns every failure into the one line the user sees on stderr, and an exit code. User errors
// (bad options, missing files, malformed assemblies, unknown names) exit with 1; anything else
// is a dotnative bug: "internal error", exit code 70 (EX_SOFTWARE), stack only with
// DOTNATIVE_DEBUG=1.
import { BadImageError } from '../metadata/errors.js';
import { FrameworkNotFoundError } from '../metadata/framework.js';
import { AssemblyNotFoundError } from '../metadata/loader.js';

export const PROGRAM = 'dotnative';
export const EXIT_USER_ERROR = 1;
export const EXIT_INTERNAL_ERROR = 70;

/** A failure caused by the user's input; its message is shown as is after "error: ". */
export class CliError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CliError';
  }
}

/** Bad command line: unknown command or option, missing or extra argument. */
export class UsageError extends CliError {
  constructor(message: string, readonly helpCommand = `${PROGRAM} --help`) {
    super(`${message} (see '${helpCommand}')`);
    this.name = 'UsageError';
  }
}

/** A BadImageError attributed to the file it came from. */
export class InvalidAssemblyError extends CliError {
  constructor(readonly file: string, readonly reason: string) {
    super(`${file}: not a valid .NET assembly: ${reason}`);
    this.name = 'InvalidAssemblyError';
  }
}

/** Runs `fn`, turning a BadImageError it raises into an InvalidAssemblyError naming `file`. */
export function blamingFile<T>(file: string, fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    if (e instanceof BadImageError) throw new InvalidAssemblyError(file, e.message);
    throw e;
  }
}

/** Node's util.parseArgs errors, reworded as usage errors. */
export function fromParseArgsError(e: unknown, helpCommand: string): UsageError | undefined {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  if (typeof code !== 'string' || !code.startsWith('ERR_PARSE_ARGS_')) return undefined;
  const msg = (e as Error).message;
  const quoted = /'([^']*)'/.exec(msg)?.[1];
  switch (code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return new UsageError(`unknown option '${quoted ?? msg}'`, helpCommand);
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return new UsageError(`unexpected argument '${quoted ?? msg}'`, helpCommand);
    default:
      return new UsageError(oneLine(msg.charAt(0).toLowerCase() + msg.slice(1)), helpCommand);
  }
}

export function oneLine(s: string): string {
  return s.replace(/\s*[\r\n]+\s*/g, ' ').trim();
}

export interface Report {
  /** What goes to stderr (one line, unless a debug stack follows). */
  text: string;
  exitCode: number;
}

/** The stderr text and exit code for an error that reached the top of the CLI. */
export function report(e: unknown, env: NodeJS.ProcessEnv = process.env): Report {
  if (e instanceof CliError || e instanceof FrameworkNotFoundError || e instanceof AssemblyNotFoundError) {
    return { text: `${PROGRAM}: error: ${oneLine(e.message)}\n`, exitCode: EXIT_USER_ERROR };
  }
  if (e instanceof BadImageError) {
    return { text: `${PROGRAM}: error: not a valid .NET assembly: ${oneLine(e.message)}\n`, exitCode: EXIT_USER_ERROR };
  }
  const message = e instanceof Error ? e.message : String(e);
  let text = `${PROGRAM}: internal error: ${oneLine(message) || (e instanceof Error ? e.name : 'unknown error')}\n`;
  if (env.DOTNATIVE_DEBUG === '1' && e instanceof Error && e.stack) text += e.stack + '\n';
  return { text, exitCode: EXIT_INTERNAL_ERROR };
}
