// The argument handling every command shares: util.parseArgs errors turned into usage errors,
// --help, and exactly one positional argument, with messages that point at the command's help.
import { UsageError, fromParseArgsError } from './errors.js';

/** Runs a parseArgs call, turning its errors into UsageErrors that name the command's help. */
export function parseOrUsage<T>(parse: () => T, helpCommand: string): T {
  try {
    return parse();
  } catch (e) {
    throw fromParseArgsError(e, helpCommand) ?? e;
  }
}

export interface PositionalSpec {
  /** Command name, for messages ('inspect'). */
  name: string;
  /** What the positional argument is ('<assembly>'). */
  what: string;
  help: string;
  helpCommand: string;
  /** Appended to the "unexpected argument" message. */
  extraHint?: string;
}

/**
 * The command's single positional argument; undefined after printing the help when --help was
 * given (the caller then exits 0).
 */
export function onePositional(parsed: { values: { help?: boolean }; positionals: string[] }, spec: PositionalSpec): string | undefined {
  if (parsed.values.help) {
    process.stdout.write(spec.help);
    return undefined;
  }
  const p = parsed.positionals;
  if (p.length === 0) throw new UsageError(`${spec.name}: missing ${spec.what} argument`, spec.helpCommand);
  if (p.length > 1) throw new UsageError(`${spec.name}: unexpected argument '${p[1]}'${spec.extraHint ?? ''}`, spec.helpCommand);
  return p[0]!;
}
