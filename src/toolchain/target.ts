// Targets: a runtime identifier (RID) as data — C target triple, pointer size, executable
// suffix, the flags and libraries a program is built with — and the C compiler that builds for
// it (env CC, else clang, else gcc; cross targets through clang --target or <triple>-gcc).
import { createHash } from 'node:crypto';
import { ToolchainSetupError } from './errors.js';
import { runProcess, which } from './exec.js';
import type { Configuration, TargetInfo } from './types.js';

export interface Target extends TargetInfo {
  /** The C target triple (clang --target=...). */
  triple: string;
  /** The executable's file name suffix: '' on Linux, '.exe' on Windows, '.wasm' on WASI. */
  exeSuffix: string;
  /** Prefix of the GNU cross tools for this target (e.g. `x86_64-w64-mingw32-`), '' if native-only. */
  gnuPrefix: string;
  /** Target-specific compiler flags (added to every translation unit). */
  cflags: string[];
  /** Target-specific link flags. */
  ldflags: string[];
  /** Libraries linked statically even when the C library is linked dynamically (`-l:lib<name>.a`). */
  staticLibs: string[];
  /** Libraries linked when runtime/build.json names none: the GC and the C library's extras. */
  defaultLibs: string[];
  /** An environment variable naming the default sysroot (WASI_SYSROOT for wasi-sdk). */
  sysrootEnv?: string;
  /** Whether this machine can run the target's executables directly. */
  runnable: boolean;
}

type TargetData = Omit<Target, 'runnable'>;

const linuxCflags = ['-pthread', '-ffunction-sections', '-fdata-sections'];
const linuxLdflags = ['-pthread', '-Wl,--gc-sections'];

const TARGETS: Record<string, TargetData> = {
  'linux-x64': {
    rid: 'linux-x64', os: 'linux', arch: 'x64', pointerSize: 8, triple: 'x86_64-linux-gnu', exeSuffix: '', gnuPrefix: 'x86_64-linux-gnu-',
    cflags: linuxCflags, ldflags: linuxLdflags, staticLibs: ['gc'], defaultLibs: ['gc', 'pthread', 'm', 'dl'],
  },
  'linux-arm64': {
    rid: 'linux-arm64', os: 'linux', arch: 'arm64', pointerSize: 8, triple: 'aarch64-linux-gnu', exeSuffix: '', gnuPrefix: 'aarch64-linux-gnu-',
    cflags: linuxCflags, ldflags: linuxLdflags, staticLibs: ['gc'], defaultLibs: ['gc', 'pthread', 'm', 'dl'],
  },
  // musl: one fully static executable (musl's static linking has none of glibc's caveats).
  'linux-musl-x64': {
    rid: 'linux-musl-x64', os: 'linux', arch: 'x64', pointerSize: 8, triple: 'x86_64-linux-musl', exeSuffix: '', gnuPrefix: 'x86_64-linux-musl-',
    cflags: linuxCflags, ldflags: [...linuxLdflags, '-static'], staticLibs: [], defaultLibs: ['gc', 'pthread', 'm'],
  },
  // MinGW-w64: static libgcc/winpthreads, so the .exe needs no DLL beyond Windows' own.
  'win-x64': {
    rid: 'win-x64', os: 'windows', arch: 'x64', pointerSize: 8, triple: 'x86_64-w64-mingw32', exeSuffix: '.exe', gnuPrefix: 'x86_64-w64-mingw32-',
    cflags: ['-ffunction-sections', '-fdata-sections'], ldflags: ['-static', '-Wl,--gc-sections'], staticLibs: [], defaultLibs: ['gc', 'pthread'],
  },
  // WASI preview 1 through wasi-sdk's clang and sysroot; no threads, the GC built for wasm.
  'wasi-wasm32': {
    rid: 'wasi-wasm32', os: 'wasi', arch: 'wasm32', pointerSize: 4, triple: 'wasm32-wasi', exeSuffix: '.wasm', gnuPrefix: '',
    cflags: [], ldflags: [], staticLibs: [], defaultLibs: ['gc'], sysrootEnv: 'WASI_SYSROOT',
  },
};

export const DEFAULT_RID = 'linux-x64';

/** The RIDs dotnative knows. */
export function knownRids(): string[] {
  return Object.keys(TARGETS);
}

/** The RID of this machine, if it is one dotnative knows. */
export function hostRid(): string | undefined {
  if (process.platform === 'win32') return process.arch === 'x64' ? 'win-x64' : undefined;
  if (process.platform !== 'linux') return undefined;
  const header = (process.report?.getReport() as { header?: { glibcVersionRuntime?: string } } | undefined)?.header;
  const musl = header !== undefined && header.glibcVersionRuntime === undefined;
  if (process.arch === 'x64') return musl ? 'linux-musl-x64' : 'linux-x64';
  if (process.arch === 'arm64' && !musl) return 'linux-arm64';
  return undefined;
}

/** The target a RID names; throws ToolchainSetupError for an unknown RID. */
export function targetFor(rid: string = hostRid() ?? DEFAULT_RID): Target {
  const data = TARGETS[rid];
  if (!data) throw new ToolchainSetupError(`unknown runtime identifier '${rid}' (known: ${knownRids().join(', ')})`);
  return { ...data, runnable: rid === hostRid() };
}

/** Just the part the compiler stages need. */
export function targetInfo(t: Target): TargetInfo {
  return { rid: t.rid, os: t.os, arch: t.arch, pointerSize: t.pointerSize };
}

/** The executable's file name for an assembly name. */
export function executableName(t: Target, assemblyName: string): string {
  return assemblyName + t.exeSuffix;
}

/** Link argument for a library name: `-l:libgc.a` when the target links it statically. */
export function libraryArgument(t: Target, lib: string): string {
  if (lib.startsWith('-')) return lib;
  return t.staticLibs.includes(lib) ? `-l:lib${lib}.a` : `-l${lib}`;
}

/** Flags every translation unit is compiled with, before the runtime's and the unit's own. */
export function configurationCflags(configuration: Configuration): string[] {
  // IL integer arithmetic wraps and object references are cast freely between types: the C
  // must not assume signed overflow or strict aliasing away.
  const base = ['-std=gnu11', '-fwrapv', '-fno-strict-aliasing'];
  return configuration === 'Debug' ? [...base, '-O0', '-g'] : [...base, '-O2'];
}

export interface CCompiler {
  /** The executable, as an absolute path. */
  command: string;
  /** Arguments always passed first (from CC="ccache clang -m64", --target=..., --sysroot=...). */
  args: string[];
  family: 'clang' | 'gcc' | 'other';
  /** First line of `--version`. */
  version: string;
  /** Hash of the path, the fixed arguments and the whole `--version` output: part of every cache key. */
  identity: string;
  /** Where the compiler came from, for messages: 'CC', 'clang', 'gcc'... */
  source: string;
  /** Link flags this compiler's linker supports for the target (see linkerFlags). */
  linkFlags?: string[];
}

const compilerCache = new Map<string, Promise<CCompiler>>();

/**
 * The C compiler for `target`: `CC` from the environment (a command, possibly with arguments),
 * else clang (with --target=<triple> for a cross target), else gcc (`<triple>-gcc` for a cross
 * target). `DOTNATIVE_SYSROOT` (or the target's own variable, WASI_SYSROOT) adds --sysroot.
 */
export function findCompiler(target: Target, env: NodeJS.ProcessEnv = process.env): Promise<CCompiler> {
  const key = JSON.stringify([target.rid, env.CC ?? '', env.DOTNATIVE_SYSROOT ?? '', target.sysrootEnv ? env[target.sysrootEnv] ?? '' : '', env.PATH ?? '']);
  let p = compilerCache.get(key);
  if (!p) {
    p = probeCompiler(target, env);
    compilerCache.set(key, p);
    p.catch(() => compilerCache.delete(key));
  }
  return p;
}

async function probeCompiler(target: Target, env: NodeJS.ProcessEnv): Promise<CCompiler> {
  const native = target.runnable;
  let command: string | undefined;
  let args: string[] = [];
  let source: string;
  if (env.CC && env.CC.trim()) {
    const words = env.CC.trim().split(/\s+/);
    command = which(words[0]!, env);
    if (!command) throw new ToolchainSetupError(`C compiler '${words[0]}' (from CC) not found`);
    args = words.slice(1);
    source = 'CC';
  } else if ((command = which('clang', env))) {
    source = 'clang';
  } else if ((command = which(native ? 'gcc' : `${target.gnuPrefix}gcc`, env) ?? (native ? which('cc', env) : undefined))) {
    source = native ? 'gcc' : `${target.gnuPrefix}gcc`;
  } else {
    const gcc = native ? 'gcc' : target.gnuPrefix ? `${target.gnuPrefix}gcc` : '';
    throw new ToolchainSetupError(`no C compiler for ${target.rid}: install clang${gcc ? ` or ${gcc}` : ''}, or set CC`);
  }
  let versionOut: string;
  try {
    const r = await runProcess(command, [...args, '--version'], { env });
    if (r.code !== 0) throw new Error(r.output);
    versionOut = r.stdout || r.output;
  } catch (e) {
    throw new ToolchainSetupError(`C compiler ${command} does not run: ${(e as Error).message.split('\n')[0]}`);
  }
  const family = /clang/i.test(versionOut) ? 'clang' : /\bgcc\b|Free Software Foundation/i.test(versionOut) ? 'gcc' : 'other';
  if (family === 'clang' && !native && !args.some((a) => a.startsWith('--target') || a === '-target')) args.push(`--target=${target.triple}`);
  const sysroot = env.DOTNATIVE_SYSROOT || (target.sysrootEnv ? env[target.sysrootEnv] : undefined);
  if (sysroot && !args.some((a) => a.startsWith('--sysroot'))) args.push(`--sysroot=${sysroot}`);
  const identity = createHash('sha256').update(JSON.stringify([command, args, versionOut])).digest('hex');
  const linkFlags = await linkerFlags(target, command, args, env);
  return { command, args, family, version: versionOut.split('\n')[0]!.trim(), identity, source, linkFlags };
}

/**
 * Packed relative relocations (DT_RELR) for glibc targets whose linker has them: a position-
 * independent executable's table of pointers to fix up at load time (type descriptors, vtables,
 * stack trace names) shrinks from 24 bytes a pointer to about one bit. The linker keeps the
 * classic table when the target's glibc predates DT_RELR.
 */
async function linkerFlags(target: Target, command: string, args: string[], env: NodeJS.ProcessEnv): Promise<string[]> {
  if (target.os !== 'linux' || target.rid.includes('musl')) return [];
  try {
    const r = await runProcess(command, [...args, '-Wl,--help'], { env });
    return r.code === 0 && /pack-relative-relocs/.test(r.stdout + r.output) ? ['-Wl,-z,pack-relative-relocs'] : [];
  } catch {
    return [];
  }
}
