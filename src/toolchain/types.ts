// The data the link stage exchanges with the rest of dotnative: what it expects from the
// compiler driver (src/compiler/driver.ts, `compileProgram`), and the description of the native
// runtime's sources (runtime/build.json). Plain data only, so each side can be built and tested
// without the other.

/** The target as the compiler stages need to know it (a subset of toolchain/target.ts's Target). */
export interface TargetInfo {
  /** Runtime identifier, e.g. 'linux-x64'. */
  rid: string;
  os: 'linux' | 'windows' | 'wasi';
  arch: 'x64' | 'arm64' | 'wasm32';
  /** 8 or 4. */
  pointerSize: number;
}

export type Configuration = 'Release' | 'Debug';

/** What `publish` passes to the driver's `compileProgram`. */
export interface CompileProgramOptions {
  /** The application's main assembly (absolute path). Its directory is the app directory. */
  assemblyPath: string;
  configuration: Configuration;
  target: TargetInfo;
  /**
   * The directory where the driver writes the generated C (translation units and any header
   * they share). It exists and is empty. With --keep-c it is `<output dir>/c/` and is kept;
   * otherwise it is a temporary directory, removed after a successful publish.
   */
  cDir: string;
  /** The --why queries, 'Namespace.Type' or 'Namespace.Type::Method', in command-line order. */
  why: string[];
  /** Progress messages (shown with --verbose); the driver may ignore it. */
  log(message: string): void;
}

/** What the driver's `compileProgram` resolves to. */
export interface CompileProgramResult {
  /**
   * The generated C translation units, as absolute paths of files inside `cDir`. Each is compiled
   * separately (in parallel, cached by content), with `-I cDir`, the runtime's include
   * directories and flags, and linked with the runtime into the executable.
   */
  cFiles: string[];
  /** Extra compiler flags for the generated units only (e.g. `-DDOTNATIVE_...`); usually none. */
  cflags?: string[];
  /**
   * Every input file the program was compiled from (the assemblies read, framework ones
   * included). `run` reuses an executable only while none of them has changed; the main
   * assembly is always included whether listed or not.
   */
  inputs?: string[];
  /** One entry per --why query: the explanation, or undefined when the item is not kept. */
  why?: { query: string; text: string | undefined }[];
  /** Warnings to show the user (e.g. trim/AOT warnings), one line each. */
  warnings?: string[];
}

/** The module src/compiler/driver.ts, loaded at run time (it may not exist yet). */
export interface DriverModule {
  compileProgram(options: CompileProgramOptions): Promise<CompileProgramResult>;
}

/**
 * runtime/build.json: how the native runtime is built. Paths are relative to the runtime/
 * directory. Every key is optional.
 *
 *     {
 *       "sources": ["src/start.c", "src/gc_boehm.c"],   // C files compiled into every program
 *       "includeDirs": ["include"],                     // -I for runtime AND generated code
 *       "cflags": ["-DDOTNATIVE_RUNTIME"],              // flags for runtime AND generated code
 *       "libs": ["gc", "pthread", "m"],                 // link libraries, see below
 *       "ldflags": [],                                  // extra link flags
 *       "targets": { "wasi-wasm32": { "libs": [] } }    // per-RID replacements of the keys above
 *     }
 *
 * A `libs` entry is a library name ("gc": linked statically where the target says so, as
 * `-l:libgc.a` on Linux, otherwise `-lgc`) or, when it starts with '-', a literal link argument.
 * Without runtime/build.json, a program links with the target's default libraries (the GC and
 * the C library's thread and math libraries) and no runtime sources.
 */
export interface RuntimeBuildFile {
  sources?: string[];
  includeDirs?: string[];
  cflags?: string[];
  libs?: string[];
  ldflags?: string[];
  targets?: Record<string, Omit<RuntimeBuildFile, 'targets'>>;
}

/** runtime/build.json resolved for one target: absolute paths, libraries as link arguments. */
export interface RuntimeBuild {
  /** The runtime/ directory, or undefined when there is none. */
  dir: string | undefined;
  sources: string[];
  includeDirs: string[];
  cflags: string[];
  /** Link arguments for the libraries (e.g. `-l:libgc.a`, `-lm`). */
  libs: string[];
  ldflags: string[];
}
