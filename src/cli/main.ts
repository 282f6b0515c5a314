#!/usr/bin/env node
// The dotnative command line: dispatches to one module per command and turns every failure
// into one line on stderr (see errors.ts).
import { readFileSync } from 'node:fs';
import { inspectCommand, inspectHelp } from './inspect.js';
import { publishCommand, publishHelp } from './publish.js';
import { runCommand, runHelp } from './run.js';
import { PROGRAM, UsageError, report } from './errors.js';

interface Command {
  summary: string;
  usage: string;
  help: string;
  run(argv: string[]): Promise<number>;
}

const commands: Record<string, Command> = {
  inspect: {
    summary: 'Show what an assembly contains: metadata table sizes, a type, the IL of a method',
    usage: 'inspect <assembly>',
    help: inspectHelp,
    run: inspectCommand,
  },
  publish: {
    summary: 'Compile a project or assembly into one native executable',
    usage: 'publish <project | assembly>',
    help: publishHelp,
    run: publishCommand,
  },
  run: {
    summary: 'Publish (if out of date) and run the executable',
    usage: 'run <project | assembly> [-- args]',
    help: runHelp,
    run: runCommand,
  },
};

function version(): string {
  // dist/src/cli/main.js -> package.json at the repository root.
  const pkg = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

function mainHelp(): string {
  const width = Math.max(...Object.values(commands).map((c) => c.usage.length)) + 2;
  const lines = [
    `${PROGRAM} ${version()}: ahead-of-time compiler for .NET (IL to C to a native executable)`,
    '',
    `Usage: ${PROGRAM} <command> [options]`,
    '',
    'Commands:',
    ...Object.values(commands).map((c) => `  ${c.usage.padEnd(width)}${c.summary}`),
    `  ${'help [command]'.padEnd(width)}Show this help, or a command's`,
    '',
    'Options:',
    `  ${'-h, --help'.padEnd(width)}Show this help (${PROGRAM} <command> --help: a command's options)`,
    `  ${'-V, --version'.padEnd(width)}Print the version`,
    '',
    'Environment:',
    `  ${'DOTNET_ROOT'.padEnd(width)}The .NET installation whose shared framework is used`,
    `  ${'DOTNATIVE_DEBUG=1'.padEnd(width)}Print a stack trace with internal errors`,
    '',
  ];
  return lines.join('\n');
}

export async function main(argv: string[]): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined || first === '-h' || first === '--help') {
    process.stdout.write(mainHelp());
    return 0;
  }
  if (first === '-V' || first === '--version') {
    process.stdout.write(version() + '\n');
    return 0;
  }
  if (first === 'help') {
    const topic = rest[0];
    if (topic === undefined) process.stdout.write(mainHelp());
    else if (Object.hasOwn(commands, topic)) process.stdout.write(commands[topic]!.help);
    else throw new UsageError(`unknown command '${topic}'`);
    return 0;
  }
  if (first.startsWith('-')) throw new UsageError(`unknown option '${first}'`);
  if (!Object.hasOwn(commands, first)) throw new UsageError(`unknown command '${first}'`);
  return commands[first]!.run(rest);
}

// A closed pipe (e.g. `| head`) is not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  const r = report(e);
  process.stderr.write(r.text);
  process.exit(r.exitCode);
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    const r = report(e);
    process.stderr.write(r.text);
    process.exitCode = r.exitCode;
  },
);
