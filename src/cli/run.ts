// `dotnative run`: publish (unless the executable from an earlier publish is up to date), then
// run the executable with the given arguments, its stdio the terminal's, and exit with its
// exit code — 128 + the signal number when it was killed by a signal, as a shell reports it.
import { spawn } from 'node:child_process';
import { constants } from 'node:os';
import { parseArgs } from 'node:util';
import { onePositional, parseOrUsage } from './args.js';
import { CliError } from './errors.js';
import { resolveProgramInput } from './project.js';
import { executablePath, isUpToDate, parseConfiguration, publishProgram, targetOrUsageError, verboseLog } from './publish.js';

export const runHelp = `Usage: dotnative run <project dir | project file | assembly.dll> [options] [-- <args>...]

Publishes the program (as 'dotnative publish' does, for this machine) and runs the executable,
passing it the arguments after '--'. Its standard input, output and error are the terminal's;
dotnative exits with the program's exit code (128 + the signal number if a signal ended it,
e.g. 134 for SIGABRT). A project is built with 'dotnet build' first. The publish is skipped when
the executable from an earlier one is up to date: same dotnative, same configuration, and no
input assembly (nor runtime file) changed since.

Options:
  -o, --output <dir>        Directory of the executable (default: bin/dotnative/<rid>/ beside
                            the project or the assembly).
  -c, --configuration <Release|Debug>
                            Release (default) or Debug, as for publish.
  --keep-c                  Publish even if up to date, keeping the generated C in
                            <output dir>/c/.
  -v, --verbose             Report the build and publish steps on stderr.
  -h, --help                Show this help.
  -- <args>...              Everything after '--' is passed to the program.
`;

const HELP_COMMAND = 'dotnative run --help';

export async function runCommand(argv: string[]): Promise<number> {
  const dashes = argv.indexOf('--');
  const own = dashes >= 0 ? argv.slice(0, dashes) : argv;
  const programArgs = dashes >= 0 ? argv.slice(dashes + 1) : [];
  const parsed = parseOrUsage(() => parseArgs({
    args: own,
    options: {
      output: { type: 'string', short: 'o' },
      configuration: { type: 'string', short: 'c' },
      'keep-c': { type: 'boolean' },
      verbose: { type: 'boolean', short: 'v' },
      help: { type: 'boolean', short: 'h' },
    },
    allowPositionals: true,
    strict: true,
  }), HELP_COMMAND);
  const positional = onePositional(parsed, {
    name: 'run', what: '<project dir | project file | assembly.dll>', help: runHelp, helpCommand: HELP_COMMAND,
    extraHint: " (arguments for the program go after '--')",
  });
  if (positional === undefined) return 0;
  const { values } = parsed;
  const configuration = parseConfiguration(values.configuration, HELP_COMMAND);
  const target = targetOrUsageError(undefined, HELP_COMMAND);
  if (!target.runnable) throw new CliError(`this machine (${process.platform}-${process.arch}) cannot run ${target.rid} executables`);
  const verbose = values.verbose ?? false;
  const log = verboseLog(verbose);

  const input = await resolveProgramInput(positional, { configuration, log });
  let exe = executablePath(input, target, values.output);
  if (!values['keep-c'] && isUpToDate(exe, configuration, target.rid, input.dll)) {
    log(`${exe} is up to date`);
  } else {
    const result = await publishProgram(input, {
      output: values.output,
      configuration,
      rid: target.rid,
      keepC: values['keep-c'] ?? false,
      strip: configuration === 'Release',
      why: [],
      verbose,
    });
    for (const w of result.warnings) process.stderr.write(`dotnative: warning: ${w}\n`);
    exe = result.executable;
  }
  return runExecutable(exe, programArgs);
}

/** Runs `exe` with inherited stdio; resolves to its exit code, or 128 + signal number. */
export function runExecutable(exe: string, args: string[]): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(exe, args, { stdio: 'inherit' });
    // Ctrl-C reaches the whole foreground process group, the program included: let the program
    // decide what it means, and report its exit. Signals sent to dotnative alone are passed on.
    const ignore = () => {};
    const forward = (signal: NodeJS.Signals) => child.kill(signal);
    const forwarded: NodeJS.Signals[] = ['SIGTERM', 'SIGHUP'];
    process.on('SIGINT', ignore);
    for (const s of forwarded) process.on(s, forward);
    const done = () => {
      process.off('SIGINT', ignore);
      for (const s of forwarded) process.off(s, forward);
    };
    child.on('error', (e: NodeJS.ErrnoException) => {
      done();
      reject(new CliError(`${exe}: cannot run (${e.code ?? e.message})`));
    });
    child.on('exit', (code, signal) => {
      done();
      if (signal) resolve(128 + (constants.signals[signal] ?? 0));
      else resolve(code ?? 1);
    });
  });
}
