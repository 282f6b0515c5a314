// Failures of the link stage. A C compiler or linker error on code dotnative generated (or on
// its runtime) is a dotnative bug: the message is the one line shown after "internal error: ",
// the details are saved to a log file. A missing tool or an unknown target is a problem with
// the user's set-up or command line: ToolchainSetupError, which the CLI reports as a user error.
// (A malformed runtime/build.json is a dotnative bug too: a plain Error.)

/** The C compiler rejected a translation unit. */
export class CCompilerError extends Error {
  constructor(
    /** The unit's name, as in the message (e.g. `Program.c`). */
    readonly file: string,
    /** Where the C file was kept. */
    readonly keptAt: string,
    /** The compiler's full output (with the command line), next to the kept file. */
    readonly logPath: string,
  ) {
    super(`C compiler failed on ${file} (kept at ${keptAt})`);
    this.name = 'CCompilerError';
  }
}

/** Linking (or stripping) the executable failed; nothing was written at the output path. */
export class LinkError extends Error {
  constructor(
    readonly output: string,
    /** The linker's full output (with the command line). */
    readonly logPath: string,
  ) {
    super(`C linker failed on ${output} (output at ${logPath})`);
    this.name = 'LinkError';
  }
}

/** No usable C compiler, an unknown RID. */
export class ToolchainSetupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ToolchainSetupError';
  }
}
