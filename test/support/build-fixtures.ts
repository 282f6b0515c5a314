// Builds every C# fixture project under test/fixtures/ (run by `npm test` before the tests, so
// that concurrent test files never build the same project twice). A fixture is rebuilt only
// when one of its sources is newer than its output.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fixtureDll, fixtureNames, fixtureOutDir, fixturesDir } from './fixtures.js';

function newestSource(dir: string): number {
  let newest = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (e.name === 'bin' || e.name === 'obj') continue;
    const p = join(dir, e.name);
    newest = Math.max(newest, e.isDirectory() ? newestSource(p) : statSync(p).mtimeMs);
  }
  return newest;
}

const env = { ...process.env, DOTNET_CLI_TELEMETRY_OPTOUT: '1', DOTNET_NOLOGO: '1', DOTNET_SKIP_FIRST_TIME_EXPERIENCE: '1' };
for (const name of fixtureNames()) {
  const dir = join(fixturesDir, name);
  const dll = fixtureDll(name);
  if (existsSync(dll) && statSync(dll).mtimeMs >= newestSource(dir)) continue;
  process.stdout.write(`building fixture ${name}\n`);
  try {
    execFileSync('dotnet', ['build', join(dir, name + '.csproj'), '-c', 'Release', '-o', fixtureOutDir(name), '-nologo', '-v', 'q', '-clp:ErrorsOnly'], { env, stdio: ['ignore', 'inherit', 'inherit'] });
  } catch {
    process.stderr.write(`fixture ${name} failed to build\n`);
    process.exit(1);
  }
}
