// Finds the installed shared framework (Microsoft.NETCore.App) the way the .NET host does:
// DOTNET_ROOT, then the `dotnet` on PATH, then the standard install locations; the version
// named by the app's runtimeconfig.json (rolling forward to the newest patch), else the
// highest installed 10.x.
import { existsSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';

export const FRAMEWORK_NAME = 'Microsoft.NETCore.App';

export class FrameworkNotFoundError extends Error {}

export interface SharedFramework {
  dotnetRoot: string;
  version: string;
  dir: string;
}

function isDir(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}

export function candidateDotnetRoots(env: NodeJS.ProcessEnv = process.env): string[] {
  const roots: string[] = [];
  if (env.DOTNET_ROOT) roots.push(env.DOTNET_ROOT);
  for (const dir of (env.PATH ?? '').split(delimiter)) {
    if (!dir) continue;
    const exe = join(dir, 'dotnet');
    if (existsSync(exe)) {
      try {
        roots.push(dirname(realpathSync(exe)));
      } catch {
        /* dangling link: ignore */
      }
    }
  }
  roots.push('/usr/share/dotnet', '/usr/lib/dotnet', '/usr/local/share/dotnet', '/opt/dotnet', join(homedir(), '.dotnet'));
  return [...new Set(roots)];
}

function parseVersion(v: string): number[] {
  const core = v.split('-')[0]!;
  return core.split('.').map((x) => Number.parseInt(x, 10) || 0);
}

export function compareVersions(a: string, b: string): number {
  const x = parseVersion(a), y = parseVersion(b);
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = (x[i] ?? 0) - (y[i] ?? 0);
    if (d) return d;
  }
  // A release sorts above its prereleases.
  return (a.includes('-') ? 0 : 1) - (b.includes('-') ? 0 : 1);
}

/** The framework version a runtimeconfig.json asks for, if any. */
export function requestedFrameworkVersion(runtimeConfigPath: string): string | undefined {
  if (!existsSync(runtimeConfigPath)) return undefined;
  try {
    const json = JSON.parse(readFileSync(runtimeConfigPath, 'utf8')) as {
      runtimeOptions?: { framework?: { name: string; version: string }; frameworks?: { name: string; version: string }[] };
    };
    const opts = json.runtimeOptions ?? {};
    const fws = opts.frameworks ?? (opts.framework ? [opts.framework] : []);
    return fws.find((f) => f.name === FRAMEWORK_NAME)?.version;
  } catch {
    return undefined;
  }
}

/**
 * Locates the shared framework. With `requested` (e.g. "10.0.0"), picks the newest installed
 * version with the same major.minor that is not older (the host's default roll-forward);
 * otherwise the highest 10.x.
 */
export function findSharedFramework(requested?: string, env: NodeJS.ProcessEnv = process.env): SharedFramework {
  const tried: string[] = [];
  for (const root of candidateDotnetRoots(env)) {
    const base = join(root, 'shared', FRAMEWORK_NAME);
    if (!isDir(base)) {
      tried.push(root);
      continue;
    }
    const versions = readdirSync(base).filter((v) => existsSync(join(base, v, 'System.Private.CoreLib.dll')));
    let pick: string[];
    if (requested) {
      const [maj, min] = parseVersion(requested);
      pick = versions.filter((v) => {
        const [a, b] = parseVersion(v);
        return a === maj && b === min && compareVersions(v, requested) >= 0;
      });
    } else {
      pick = versions.filter((v) => parseVersion(v)[0] === 10);
    }
    pick.sort(compareVersions);
    const version = pick[pick.length - 1];
    if (version) return { dotnetRoot: root, version, dir: join(base, version) };
    tried.push(root);
  }
  throw new FrameworkNotFoundError(
    `no ${FRAMEWORK_NAME} ${requested ?? '10.x'} found (looked in ${tried.join(', ')}); install the .NET 10 SDK or set DOTNET_ROOT`,
  );
}
