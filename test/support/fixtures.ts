// Locations of the C# fixture assemblies under test/fixtures/<Name>/, built by build-fixtures.
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (this file runs from dist/test/support/). */
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
export const fixturesDir = join(repoRoot, 'test', 'fixtures');

export function fixtureNames(): string[] {
  return readdirSync(fixturesDir).filter((n) => existsSync(join(fixturesDir, n, n + '.csproj'))).sort();
}

export function fixtureOutDir(name: string): string {
  return join(fixturesDir, name, 'bin', 'out');
}

/** Path of a built fixture assembly. */
export function fixtureDll(name: string): string {
  return join(fixtureOutDir(name), name + '.dll');
}

/** The dotnative CLI entry point (compiled). */
export const cliPath = join(repoRoot, 'dist', 'src', 'cli', 'main.js');
