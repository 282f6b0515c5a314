// What `publish` and `run` are given: a project (a directory holding one project file, or the
// .csproj/.fsproj/.vbproj itself), built here with `dotnet build`, or an already built assembly.
// Either way the result is the main assembly's path and name, and where dotnative's output
// goes by default: bin/dotnative/<rid>/ beside the project or the assembly.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { AssemblyFile } from '../metadata/assembly.js';
import { CliError, blamingFile } from './errors.js';

const PROJECT_EXTENSIONS = ['.csproj', '.fsproj', '.vbproj'];

export interface ProgramInput {
  /** The argument as the user gave it. */
  arg: string;
  /** The project file that was built, if the input was a project. */
  project?: string;
  /** The main assembly (absolute path). */
  dll: string;
  /** The main assembly as messages name it: the argument for an assembly, the built path for a project. */
  display: string;
  /** The assembly's simple name: the executable's name. */
  assemblyName: string;
  /** The project's directory, or the assembly's: default output goes under <baseDir>/bin/dotnative/<rid>/. */
  baseDir: string;
}

export interface ResolveOptions {
  configuration: string;
  env?: NodeJS.ProcessEnv;
  log?(message: string): void;
}

/** Finds the project or assembly `arg` names; builds a project with `dotnet build`. */
export async function resolveProgramInput(arg: string, options: ResolveOptions): Promise<ProgramInput> {
  if (!existsSync(arg)) throw new CliError(`${arg}: no such file or directory`);
  const abs = resolve(arg);
  let project: string;
  if (statSync(abs).isDirectory()) {
    const found = readdirSync(abs).filter((f) => PROJECT_EXTENSIONS.includes(extname(f).toLowerCase()));
    if (found.length === 0) throw new CliError(`${arg}: no project file (${PROJECT_EXTENSIONS.join(', ')}) in this directory`);
    if (found.length > 1) throw new CliError(`${arg}: several project files (${found.sort().join(', ')}); name one`);
    project = join(abs, found[0]!);
  } else if (PROJECT_EXTENSIONS.includes(extname(abs).toLowerCase())) {
    project = abs;
  } else if (/\.(dll|exe)$/i.test(abs)) {
    const file = blamingFile(arg, () => AssemblyFile.open(abs));
    const assemblyName = blamingFile(arg, () => file.name);
    return { arg, dll: abs, display: arg, assemblyName, baseDir: dirname(abs) };
  } else {
    throw new CliError(`${arg}: not a project (${PROJECT_EXTENSIONS.join(', ')}), project directory or assembly (.dll)`);
  }
  const built = await buildProject(project, options);
  if (!existsSync(built.targetPath)) throw new CliError(`${project}: dotnet build reported ${built.targetPath}, which does not exist`);
  return { arg, project, dll: built.targetPath, display: built.targetPath, assemblyName: built.assemblyName, baseDir: dirname(project) };
}

/** The default output directory for `input` and a RID. */
export function defaultOutputDir(input: ProgramInput, rid: string): string {
  return join(input.baseDir, 'bin', 'dotnative', rid);
}

interface BuiltProject {
  targetPath: string;
  assemblyName: string;
}

/**
 * `dotnet build -c <configuration>`, quiet. MSBuild's -getProperty after the Build target gives
 * the built assembly's path and name in the same run. On failure the build's error lines go to
 * stderr, then a CliError.
 */
async function buildProject(project: string, options: ResolveOptions): Promise<BuiltProject> {
  options.log?.(`building ${project} (${options.configuration})`);
  const env = { ...(options.env ?? process.env), DOTNET_CLI_TELEMETRY_OPTOUT: '1', DOTNET_NOLOGO: '1', DOTNET_SKIP_FIRST_TIME_EXPERIENCE: '1' };
  const args = [
    'build', project, '-c', options.configuration, '-nologo', '-t:Build',
    '-getProperty:TargetPath', '-getProperty:AssemblyName', '-getProperty:TargetFrameworks', '-getProperty:TargetFramework',
  ];
  const r = await new Promise<{ code: number | null; stdout: string; output: string }>((res, rej) => {
    const child = spawn('dotnet', args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [], all: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => (out.push(b), all.push(b)));
    child.stderr.on('data', (b: Buffer) => all.push(b));
    child.on('error', rej);
    child.on('close', (code) => res({ code, stdout: Buffer.concat(out).toString('utf8'), output: Buffer.concat(all).toString('utf8') }));
  }).catch((e: NodeJS.ErrnoException) => {
    if (e.code === 'ENOENT') throw new CliError(`${project}: 'dotnet' not found: install the .NET SDK to build projects, or pass a built .dll`);
    throw e;
  });
  if (r.code !== 0) {
    process.stderr.write(buildErrorLines(r.output).map((l) => l + '\n').join(''));
    throw new CliError(`${project}: dotnet build failed`);
  }
  const json = r.stdout.slice(r.stdout.indexOf('{'), r.stdout.lastIndexOf('}') + 1);
  let props: Record<string, string>;
  try {
    props = (JSON.parse(json) as { Properties: Record<string, string> }).Properties;
  } catch {
    throw new Error(`unexpected output from dotnet build -getProperty: ${r.stdout.slice(0, 200)}`);
  }
  if (!props.TargetPath) {
    if (props.TargetFrameworks && !props.TargetFramework) {
      throw new CliError(`${project}: targets several frameworks (${props.TargetFrameworks}); not supported yet, build one and pass its .dll`);
    }
    throw new CliError(`${project}: dotnet build did not report the built assembly (TargetPath)`);
  }
  return { targetPath: props.TargetPath, assemblyName: props.AssemblyName || basename(props.TargetPath).replace(/\.(dll|exe)$/i, '') };
}

/** The lines of a failed build worth showing: its errors once each, else its last lines. */
export function buildErrorLines(output: string): string[] {
  const lines = output.split(/\r?\n/).map((l) => l.trimEnd()).filter((l) => l.trim() !== '');
  const errors = [...new Set(lines.filter((l) => /(^|:\s)error\s*[A-Z]*\d*\s*:/i.test(l)).map((l) => l.trim()))];
  return errors.length > 0 ? errors : lines.slice(-10);
}
