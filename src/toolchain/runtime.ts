// The native runtime as the link stage sees it: runtime/build.json (format in types.ts)
// resolved for one target into absolute source paths, include directories, flags and link
// arguments.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { isAbsolute, join, resolve } from 'node:path';
import { libraryArgument, type Target } from './target.js';
import type { RuntimeBuild, RuntimeBuildFile } from './types.js';

/** runtime/ in this dotnative installation (this file runs from dist/src/toolchain/). */
export function defaultRuntimeDir(): string {
  return fileURLToPath(new URL('../../../runtime/', import.meta.url)).replace(/[\\/]$/, '');
}

const KEYS = ['sources', 'includeDirs', 'cflags', 'libs', 'ldflags'] as const;

function checkStrings(file: string, where: string, v: unknown): string[] | undefined {
  if (v === undefined) return undefined;
  if (!Array.isArray(v) || !v.every((x) => typeof x === 'string')) throw new Error(`${file}: '${where}' must be an array of strings`);
  return v as string[];
}

/** Parses and checks build.json text (a malformed file is a dotnative bug: plain Error). */
export function parseRuntimeBuildFile(file: string, text: string): RuntimeBuildFile {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw new Error(`${file}: ${(e as Error).message}`);
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new Error(`${file}: expected a JSON object`);
  const obj = raw as Record<string, unknown>;
  const out: RuntimeBuildFile = {};
  for (const k of KEYS) {
    const v = checkStrings(file, k, obj[k]);
    if (v) out[k] = v;
  }
  if (obj.targets !== undefined) {
    if (typeof obj.targets !== 'object' || obj.targets === null || Array.isArray(obj.targets)) throw new Error(`${file}: 'targets' must be an object`);
    out.targets = {};
    for (const [rid, t] of Object.entries(obj.targets as Record<string, unknown>)) {
      if (typeof t !== 'object' || t === null) throw new Error(`${file}: 'targets.${rid}' must be an object`);
      const entry: Omit<RuntimeBuildFile, 'targets'> = {};
      for (const k of KEYS) {
        const v = checkStrings(file, `targets.${rid}.${k}`, (t as Record<string, unknown>)[k]);
        if (v) entry[k] = v;
      }
      out.targets[rid] = entry;
    }
  }
  return out;
}

/**
 * The runtime build for `target`, from `<runtimeDir>/build.json`. Without that file: no
 * runtime sources, and the target's default libraries.
 */
export function loadRuntimeBuild(target: Target, runtimeDir: string = process.env.DOTNATIVE_RUNTIME_DIR || defaultRuntimeDir()): RuntimeBuild {
  const file = join(runtimeDir, 'build.json');
  if (!existsSync(file)) {
    return { dir: undefined, sources: [], includeDirs: [], cflags: [], libs: target.defaultLibs.map((l) => libraryArgument(target, l)), ldflags: [] };
  }
  const desc = parseRuntimeBuildFile(file, readFileSync(file, 'utf8'));
  const perTarget = desc.targets?.[target.rid] ?? {};
  const pick = (k: (typeof KEYS)[number]) => perTarget[k] ?? desc[k];
  const abs = (p: string) => (isAbsolute(p) ? p : resolve(runtimeDir, p));
  return {
    dir: runtimeDir,
    sources: (pick('sources') ?? []).map(abs),
    includeDirs: (pick('includeDirs') ?? []).map(abs),
    cflags: pick('cflags') ?? [],
    libs: (pick('libs') ?? target.defaultLibs).map((l) => libraryArgument(target, l)),
    ldflags: pick('ldflags') ?? [],
  };
}
