// Compiling loose C# test programs with the SDK's own C# compiler (csc), as the external test
// runner needs: one assembly per test, referencing the installed reference pack, with a
// runtimeconfig.json so `dotnet x.dll` runs it.
import { execFile } from 'node:child_process';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { compareVersions, findSharedFramework } from '../../src/metadata/framework.js';

const run = promisify(execFile);

export interface CSharpToolchain {
  dotnetRoot: string;
  cscDll: string;
  references: string[];
  frameworkVersion: string;
}

function newest(dir: string, prefix = ''): string | undefined {
  if (!existsSync(dir)) return undefined;
  const versions = readdirSync(dir).filter((v) => v.startsWith(prefix)).sort(compareVersions);
  return versions[versions.length - 1];
}

export function findCSharpToolchain(): CSharpToolchain {
  const fw = findSharedFramework();
  const sdk = newest(join(fw.dotnetRoot, 'sdk'), '10.');
  if (!sdk) throw new Error(`no .NET 10 SDK under ${fw.dotnetRoot}/sdk`);
  const cscDll = join(fw.dotnetRoot, 'sdk', sdk, 'Roslyn', 'bincore', 'csc.dll');
  const refPackBase = join(fw.dotnetRoot, 'packs', 'Microsoft.NETCore.App.Ref');
  const refVersion = newest(refPackBase, '10.');
  if (!refVersion) throw new Error(`no Microsoft.NETCore.App.Ref 10.x under ${refPackBase}`);
  const refDir = join(refPackBase, refVersion, 'ref', 'net10.0');
  const references = readdirSync(refDir).filter((f) => f.endsWith('.dll')).map((f) => join(refDir, f));
  return { dotnetRoot: fw.dotnetRoot, cscDll, references, frameworkVersion: fw.version };
}

export interface CompileOptions {
  sources: string[];
  outputDll: string;
  optimize: boolean;
  unsafe: boolean;
  defines?: string[];
  /** Use the compiler server (VBCSCompiler, started on first use and left running): a few
   * hundred ms per program instead of two seconds. */
  shared?: boolean;
  /** The type whose Main is the entry point, when several types have one. */
  mainType?: string;
  /** Write a portable PDB next to the assembly (stack traces then show source lines). */
  debug?: boolean;
  /** A library (no entry point) rather than an executable. */
  library?: boolean;
  /** More assemblies to reference, each `path` or `alias=path` (an extern alias). */
  references?: string[];
}

/** Compiles sources into an assembly; returns the compiler's error lines on failure. */
export async function compileCSharp(tc: CSharpToolchain, o: CompileOptions): Promise<{ ok: boolean; errors: string[] }> {
  const args = [
    tc.cscDll, ...(o.shared ? ['-shared'] : []), '-nologo', '-noconfig', `-target:${o.library ? 'library' : 'exe'}`, '-nostdlib+', '-langversion:latest', '-deterministic+',
    `-out:${o.outputDll}`, `-optimize${o.optimize ? '+' : '-'}`, `-unsafe${o.unsafe ? '+' : '-'}`, '-nowarn:CS0162,CS0168,CS0169,CS0219,CS0414,CS0649,CS0659,CS0660,CS0661,CS8981',
    ...(o.defines?.length ? [`-define:${o.defines.join(';')}`] : []),
    ...(o.mainType ? [`-main:${o.mainType}`] : []),
    ...(o.debug ? ['-debug:portable'] : []),
    ...tc.references.map((r) => `-reference:${r}`),
    ...(o.references ?? []).map((r) => `-reference:${r}`),
    ...o.sources,
  ];
  try {
    await run('dotnet', args, { maxBuffer: 16 << 20, env: { ...process.env, DOTNET_CLI_TELEMETRY_OPTOUT: '1', DOTNET_NOLOGO: '1' } });
  } catch (e) {
    const out = String((e as { stdout?: string }).stdout ?? '') + String((e as { stderr?: string }).stderr ?? '');
    return { ok: false, errors: out.split('\n').filter((l) => /error/.test(l)).slice(0, 5) };
  }
  const rc = o.outputDll.replace(/\.dll$/, '.runtimeconfig.json');
  writeFileSync(rc, JSON.stringify({
    // Invariant globalization, as dotnative builds programs by default (src/analysis/features.ts):
    // the JIT run is the oracle, so both see the same culture data.
    runtimeOptions: {
      tfm: 'net10.0',
      framework: { name: 'Microsoft.NETCore.App', version: tc.frameworkVersion },
      configProperties: { 'System.Globalization.Invariant': true },
    },
  }, null, 2));
  return { ok: true, errors: [] };
}
