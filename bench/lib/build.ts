// Builds each benchmark program for the three configurations:
//   JIT        `dotnet build -c Release` (all programs in one batch; run as `dotnet <name>.dll`)
//   Native AOT `dotnet publish -c Release -r linux-x64 -p:PublishAot=true`, one program at a
//              time, timed; the result is cached under bench/.cache/aot/ and reused while the
//              program's sources and the SDK stay the same
//   dotnative  `dotnative publish <project dir> -o <dir>`, timed twice: with an empty cache
//              (cold) and again, for a fresh copy of the project, with the cache the first
//              publish left (warm); never cached by the harness
// Every build works on a copy of the program's sources under bench/.cache/, so builds never
// write into bench/programs/ and a "clean" build really starts from nothing.
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileSize, firstBuildError, firstLine, runCommand, sha256Text, which } from './util.js';

export type Failure = { state: 'fails'; reason: string } | { state: 'unavailable'; reason: string };

export interface Paths {
  repoRoot: string;
  programsDir: string;
  cacheDir: string;
  dotnet: string;
}

/**
 * Environment for builds (dotnet's and dotnative's): no telemetry, no first-run banner, and the
 * SDK's default of compiling C# with the shared compiler server, even where the caller's
 * environment turned it off (UseSharedCompilation=false, as some CI set-ups do): every build in
 * a run is timed on the same footing, the way a developer's machine builds.
 */
export function buildEnv(): NodeJS.ProcessEnv {
  return {
    ...process.env,
    DOTNET_CLI_TELEMETRY_OPTOUT: '1',
    DOTNET_NOLOGO: '1',
    DOTNET_SKIP_FIRST_TIME_EXPERIENCE: '1',
    UseSharedCompilation: 'true',
  };
}

/** MSBuild options common to every build: quiet, no lingering worker nodes, no audit download. */
const MSBUILD_FLAGS = ['-nologo', '-v', 'q', '-clp:ErrorsOnly', '-nodeReuse:false', '-p:NuGetAudit=false'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isFile() && !e.name.startsWith('.'))
    .map((e) => e.name)
    .sort();
}

/** A key that changes when a program's sources or the toolchain change. */
export function sourceKey(paths: Paths, name: string, toolchain: string): string {
  const dir = join(paths.programsDir, name);
  const parts = [toolchain];
  for (const f of sourceFiles(dir)) parts.push(f, readFileSync(join(dir, f), 'utf8'));
  return sha256Text(parts.join('\0')).slice(0, 16);
}

/** Error text with the project copy's directory written `<project>` and other paths relative to the repository. */
function shortenPaths(text: string, paths: Paths, projectDir: string): string {
  return text.split(projectDir).join('<project>').split(paths.repoRoot + '/').join('');
}

/** Copies a program's sources (not bin/ or obj/) into a fresh directory. */
function copySources(paths: Paths, name: string, dest: string): void {
  rmSync(dest, { recursive: true, force: true });
  mkdirSync(dest, { recursive: true });
  const src = join(paths.programsDir, name);
  for (const f of sourceFiles(src)) copyFileSync(join(src, f), join(dest, f));
}

// ---------------------------------------------------------------------------------------------
// JIT

export interface JitBuild {
  dll: string;
  /** The files `dotnet <name>.dll` needs besides the shared runtime: .dll, .runtimeconfig.json, .deps.json. */
  appBytes: number;
}

/** Builds (or reuses) the JIT version of each program, in one `dotnet build` of a generated .slnx. */
export function buildJit(paths: Paths, programs: string[], toolchain: string, log: (s: string) => void): Map<string, JitBuild | Failure> {
  const root = join(paths.cacheDir, 'jit');
  mkdirSync(root, { recursive: true });
  const result = new Map<string, JitBuild | Failure>();
  const keys = new Map<string, string>();
  const pending: string[] = [];
  const dllOf = (name: string) => join(root, name, 'bin', 'Release', 'net10.0', `${name}.dll`);

  for (const name of programs) {
    const key = sourceKey(paths, name, toolchain);
    keys.set(name, key);
    const stamp = join(root, name, '.bench-key');
    if (existsSync(stamp) && readFileSync(stamp, 'utf8') === key && existsSync(dllOf(name))) continue;
    copySources(paths, name, join(root, name));
    pending.push(name);
  }

  if (pending.length > 0) {
    log(`JIT: dotnet build -c Release of ${pending.join(', ')}`);
    const slnx = join(root, 'bench-programs.slnx');
    writeFileSync(
      slnx,
      ['<Solution>', ...pending.map((n) => `  <Project Path="${n}/${n}.csproj" />`), '</Solution>', ''].join('\n'),
    );
    const r = runCommand([paths.dotnet, 'build', slnx, '-c', 'Release', ...MSBUILD_FLAGS], {
      env: buildEnv(),
      timeoutMs: 20 * 60_000,
    });
    const logText = r.stdout + r.stderr;
    for (const name of pending) {
      if (existsSync(dllOf(name))) {
        writeFileSync(join(root, name, '.bench-key'), keys.get(name)!);
      } else {
        const mine = logText.split('\n').filter((l) => l.includes(`/${name}/`)).join('\n');
        result.set(name, { state: 'fails', reason: firstBuildError(mine || logText) || `dotnet build exited with ${r.exitCode}` });
      }
    }
  }

  for (const name of programs) {
    if (result.has(name)) continue;
    const dir = join(root, name, 'bin', 'Release', 'net10.0');
    const appBytes = [`${name}.dll`, `${name}.runtimeconfig.json`, `${name}.deps.json`]
      .map((f) => join(dir, f))
      .filter((f) => existsSync(f))
      .reduce((sum, f) => sum + fileSize(f), 0);
    result.set(name, { dll: dllOf(name), appBytes });
  }
  return result;
}

// ---------------------------------------------------------------------------------------------
// Native AOT

export interface NativeBuild {
  exe: string;
  /** Size of the executable as published. */
  bytes: number;
  /** Size after `strip --strip-all` of a copy (null without strip). */
  strippedBytes: number | null;
  /** Wall time of the publish, in ms (for a cached Native AOT build: when it was built). */
  buildMs: number;
  cached: boolean;
  builtAt: string;
}

export interface AotInfo {
  /** Version of runtime.linux-x64.Microsoft.DotNet.ILCompiler the restore chose. */
  ilCompilerVersion: string | null;
  /** Set when Native AOT cannot be used at all here. */
  unavailable: string | null;
}

const AOT_FLAGS = ['-c', 'Release', '-r', 'linux-x64', '-p:PublishAot=true'];

function isMissingIlCompiler(log: string): boolean {
  return /ILCompiler/i.test(log) && /(NU1100|NU1101|NU1102|NU1103|Unable to find package|Unable to resolve)/i.test(log);
}

function ilCompilerVersionIn(projectDir: string): string | null {
  const assets = join(projectDir, 'obj', 'project.assets.json');
  if (!existsSync(assets)) return null;
  const m = /"runtime\.linux-x64\.Microsoft\.DotNet\.ILCompiler\/([^"]+)"/i.exec(readFileSync(assets, 'utf8'));
  return m ? m[1]! : null;
}

/**
 * Restores the hello program for Native AOT once, untimed, so that the ILCompiler packages are
 * in the NuGet cache before the first timed publish, and so that a registry without them is
 * found out in seconds.
 */
export function aotPreflight(paths: Paths, log: (s: string) => void): AotInfo {
  const dir = join(paths.cacheDir, 'aot', '.preflight');
  copySources(paths, 'hello', dir);
  log('Native AOT: restoring the ILCompiler packages (untimed)');
  const r = runCommand([paths.dotnet, 'restore', join(dir, 'hello.csproj'), '-r', 'linux-x64', '-p:PublishAot=true', ...MSBUILD_FLAGS], {
    env: buildEnv(),
    timeoutMs: 10 * 60_000,
  });
  const logText = r.stdout + r.stderr;
  if (!r.ok) {
    const reason = firstBuildError(logText) || `dotnet restore exited with ${r.exitCode}`;
    if (isMissingIlCompiler(logText)) return { ilCompilerVersion: null, unavailable: reason };
    return { ilCompilerVersion: null, unavailable: `restore failed: ${reason}` };
  }
  return { ilCompilerVersion: ilCompilerVersionIn(dir), unavailable: null };
}

function strippedSize(exe: string, dir: string): number | null {
  const strip = which('strip');
  if (!strip) return null;
  mkdirSync(dir, { recursive: true });
  const copy = join(dir, basename(exe));
  copyFileSync(exe, copy);
  const r = runCommand([strip, '--strip-all', copy]);
  return r.ok ? fileSize(copy) : null;
}

interface AotMeta {
  key: string;
  buildMs: number;
  builtAt: string;
  bytes: number;
  strippedBytes: number | null;
}

/** Publishes one program with Native AOT, or reuses the cached publish for the same sources. */
export function buildAot(paths: Paths, name: string, toolchain: string, rebuild: boolean, log: (s: string) => void): NativeBuild | Failure {
  const dir = join(paths.cacheDir, 'aot', name);
  const exe = join(dir, 'out', name);
  const metaPath = join(dir, 'meta.json');
  const key = sourceKey(paths, name, toolchain);
  if (!rebuild && existsSync(metaPath) && existsSync(exe)) {
    const meta = JSON.parse(readFileSync(metaPath, 'utf8')) as AotMeta;
    if (meta.key === key) {
      log(`Native AOT: ${name}: cached (built ${meta.builtAt} in ${(meta.buildMs / 1000).toFixed(1)} s)`);
      return { exe, bytes: meta.bytes, strippedBytes: meta.strippedBytes, buildMs: meta.buildMs, cached: true, builtAt: meta.builtAt };
    }
  }
  rmSync(dir, { recursive: true, force: true });
  const src = join(dir, 'src');
  copySources(paths, name, src);
  log(`Native AOT: ${name}: dotnet publish -p:PublishAot=true`);
  const r = runCommand([paths.dotnet, 'publish', join(src, `${name}.csproj`), ...AOT_FLAGS, '-o', join(dir, 'out'), ...MSBUILD_FLAGS], {
    env: buildEnv(),
    timeoutMs: 20 * 60_000,
  });
  const logText = r.stdout + r.stderr;
  if (!r.ok || !existsSync(exe)) {
    const reason = r.timedOut ? 'timed out' : firstBuildError(shortenPaths(logText, paths, src)) || `dotnet publish exited with ${r.exitCode}`;
    if (isMissingIlCompiler(logText)) return { state: 'unavailable', reason };
    return { state: 'fails', reason };
  }
  const meta: AotMeta = {
    key,
    buildMs: r.wallMs,
    builtAt: new Date().toISOString(),
    bytes: fileSize(exe),
    strippedBytes: strippedSize(exe, join(dir, 'stripped')),
  };
  writeFileSync(metaPath, JSON.stringify(meta, null, 2) + '\n');
  // Keep the executable and the metadata; the intermediate files are large and not needed.
  rmSync(join(src, 'obj'), { recursive: true, force: true });
  rmSync(join(src, 'bin'), { recursive: true, force: true });
  return { exe, bytes: meta.bytes, strippedBytes: meta.strippedBytes, buildMs: meta.buildMs, cached: false, builtAt: meta.builtAt };
}

// ---------------------------------------------------------------------------------------------
// dotnative

export interface DotnativeBuild extends NativeBuild {
  /** Wall time of the second publish, with the cache the first one filled. */
  warmBuildMs: number;
}

export interface DotnativeFailure {
  state: 'fails';
  reason: string;
  /** Set when the cold publish worked and the warm one failed. */
  coldBuildMs?: number;
}

/**
 * Publishes one program with dotnative: first with an empty cache (cold), then a fresh copy of
 * the project with the cache the first publish left (warm). The cache location is handed to
 * dotnative as DOTNATIVE_CACHE_DIR and XDG_CACHE_HOME. The executable of the warm publish is
 * the one measured.
 */
export function buildDotnative(paths: Paths, name: string, cli: string, log: (s: string) => void): DotnativeBuild | DotnativeFailure {
  const dir = join(paths.cacheDir, 'dotnative', name);
  rmSync(dir, { recursive: true, force: true });
  const cache = join(dir, 'cache');
  mkdirSync(join(cache, 'xdg'), { recursive: true });
  const env = { ...buildEnv(), DOTNATIVE_CACHE_DIR: cache, XDG_CACHE_HOME: join(cache, 'xdg') };

  const publish = (which: 'cold' | 'warm') => {
    const src = join(dir, `src-${which}`);
    const out = join(dir, `out-${which}`);
    copySources(paths, name, src);
    const r = runCommand([process.execPath, cli, 'publish', src, '-o', out], { env, timeoutMs: 30 * 60_000 });
    // publish prints the executable's path; otherwise it is <out>/<AssemblyName>.
    const printed = r.stdout.trim().split('\n').pop()?.trim() ?? '';
    const exe = printed && existsSync(printed) ? printed : join(out, name);
    const ok = r.ok && existsSync(exe);
    const reason = r.timedOut
      ? 'timed out'
      : !r.ok
        ? firstLine(shortenPaths(r.stderr, paths, src)) || `exit code ${r.exitCode}`
        : `no executable at ${shortenPaths(exe, paths, src)}`;
    return { ok, exe, wallMs: r.wallMs, reason };
  };

  log(`dotnative: ${name}: publish (cold cache)`);
  const cold = publish('cold');
  if (!cold.ok) return { state: 'fails', reason: cold.reason };
  log(`dotnative: ${name}: publish (warm cache)`);
  const warm = publish('warm');
  if (!warm.ok) return { state: 'fails', reason: warm.reason, coldBuildMs: cold.wallMs };
  return {
    exe: warm.exe,
    bytes: fileSize(warm.exe),
    strippedBytes: strippedSize(warm.exe, join(dir, 'stripped')),
    buildMs: cold.wallMs,
    warmBuildMs: warm.wallMs,
    cached: false,
    builtAt: new Date().toISOString(),
  };
}

export function isFailure(x: object): x is Failure {
  return 'state' in x;
}
