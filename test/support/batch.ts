// Batches of differential programs: many tests/programs/*.cs compiled into one assembly and one
// dotnative executable, each program run in its own process by name. Publishing costs seconds
// of analysis and C generation per program, most of it the same framework code every time; a
// batch pays it once, which keeps the whole suite within CI's time.
//
// Each program's text is wrapped in a namespace of its own (`namespace P_<name> { ... }`), its
// Main made internal, and a generated driver's Main(string[] args) calls the Main named by
// args[0] with the remaining arguments. `dotnet batch.dll <name>` and `<batch exe> <name>` are
// the two runs compared, so both see exactly the same program. A program the wrapping cannot
// handle (global usings, a file-scoped namespace, top-level statements, assembly attributes,
// a Main it cannot find) is reported as not batchable and runs on its own, and so does one that
// notices the batch (its command line, its type names) and fails under dotnet in it.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface Wrapped {
  name: string;
  /** The program's text inside its namespace, Main internal. */
  text: string;
  /** The C# statement(s) of the driver's `case` that run it and return its exit code. */
  call: string;
}

/** Strings, chars and comments blanked out (same length), so braces and keywords can be matched. */
export function codeOnly(src: string): string {
  const out = src.split('');
  const blank = (from: number, to: number) => {
    for (let k = from; k < to; k++) if (out[k] !== '\n') out[k] = ' ';
  };
  let i = 0;
  while (i < src.length) {
    const c = src[i]!;
    const next = src[i + 1];
    if (c === '/' && next === '/') {
      const end = src.indexOf('\n', i);
      const stop = end < 0 ? src.length : end;
      blank(i, stop);
      i = stop;
    } else if (c === '/' && next === '*') {
      const end = src.indexOf('*/', i + 2);
      const stop = end < 0 ? src.length : end + 2;
      blank(i, stop);
      i = stop;
    } else if (c === '"' && src.startsWith('"""', i)) {
      const end = src.indexOf('"""', i + 3);
      const stop = end < 0 ? src.length : end + 3;
      blank(i, stop);
      i = stop;
    } else if (c === '"' || (c === '@' && next === '"') || (c === '$' && (next === '"' || next === '@'))) {
      // Regular, verbatim and interpolated strings; an interpolation's braces are balanced.
      let j = i;
      let verbatim = false;
      while (src[j] !== '"') verbatim ||= src[j++] === '@';
      j++;
      while (j < src.length) {
        if (!verbatim && src[j] === '\\') j += 2;
        else if (src[j] === '"' && verbatim && src[j + 1] === '"') j += 2;
        else if (src[j] === '"') break;
        else j++;
      }
      blank(i, j + 1);
      i = j + 1;
    } else if (c === "'") {
      let j = i + 1;
      while (j < src.length && src[j] !== "'") j += src[j] === '\\' ? 2 : 1;
      blank(i, j + 1);
      i = j + 1;
    } else i++;
  }
  return out.join('');
}

/** Index of the brace closing the one at `open` in code-only text, or -1. */
function closingBrace(code: string, open: number): number {
  let depth = 0;
  for (let i = open; i < code.length; i++) {
    if (code[i] === '{') depth++;
    else if (code[i] === '}' && --depth === 0) return i;
  }
  return -1;
}

const MAIN = /\b((?:public|private|internal|protected)\s+)?static\s+((?:(?:async|unsafe)\s+)*)([\w.<>]+)\s+Main\s*\(\s*([^)]*)\)/g;

/** Where a program's Main is and how the driver calls it. */
interface MainSite {
  /** The Main declaration matched in the code-only text. */
  match: RegExpMatchArray;
  /** The namespaces and types around Main, outermost first (`Ns.Program`). */
  path: string;
  /** The driver's statement(s) for a call target (`return T.Main(rest);`...). */
  call: (target: string) => string;
}

/** Finds Main in code-only text, or a reason the driver cannot call it. */
function findMain(code: string): MainSite | { reason: string } {
  const mains = [...code.matchAll(MAIN)];
  if (mains.length !== 1) return { reason: `${mains.length} Main methods` };
  const main = mains[0]!;
  // The namespaces and types whose bodies contain Main, outermost first.
  const chain: { name: string; start: number; isType: boolean }[] = [];
  const decl = /\b(namespace|class|struct|record(?:\s+class|\s+struct)?)\s+([\w.]+)[^{;]*\{/g;
  for (const d of code.matchAll(decl)) {
    const open = d.index! + d[0].length - 1;
    const close = closingBrace(code, open);
    if (open < main.index! && main.index! < close) chain.push({ name: d[2]!, start: d.index!, isType: d[1] !== 'namespace' });
  }
  const types = chain.filter((t) => t.isType);
  if (!types.length) return { reason: 'top-level statements or no type around Main' };
  // Types must be reachable from the driver: no private/protected nesting.
  for (const t of types.slice(1)) {
    const before = code.slice(Math.max(0, t.start - 40), t.start);
    if (/\b(private|protected)\s+(static\s+|sealed\s+|abstract\s+|partial\s+)*$/.test(before)) return { reason: 'Main in a private nested type' };
  }
  const [, , modifiers, ret, params] = main;
  const async = /\basync\b/.test(modifiers!);
  const args = params!.trim() !== '' ? 'rest' : '';
  const awaited = (target: string) => (async ? `${target}(${args}).GetAwaiter().GetResult()` : `${target}(${args})`);
  let call: (target: string) => string;
  if (ret === 'int' || ret === 'Task<int>' || ret === 'System.Threading.Tasks.Task<int>') call = (t) => `return ${awaited(t)};`;
  else if (ret === 'void' || ret === 'Task' || ret === 'System.Threading.Tasks.Task') call = (t) => `${awaited(t)}; return System.Environment.ExitCode;`;
  else return { reason: `Main returns ${ret}` };
  return { match: main, path: chain.map((t) => t.name).join('.'), call };
}

/** The source with Main made internal (the driver calls it); everything else is unchanged. */
function withInternalMain(src: string, site: MainSite): string {
  const [, , modifiers, ret, params] = site.match;
  const at = site.match.index!;
  return `${src.slice(0, at)}internal static ${modifiers}${ret} Main(${params})${src.slice(at + site.match[0].length)}`;
}

/** The wrapped program, or a reason it cannot be batched. */
export function wrapProgram(name: string, src: string): Wrapped | { reason: string } {
  const code = codeOnly(src);
  if (/^\s*global\s+using\b/m.test(code)) return { reason: 'global using' };
  if (/^\s*namespace\s+[\w.]+\s*;/m.test(code)) return { reason: 'file-scoped namespace' };
  if (/^\s*\[\s*assembly\s*:/m.test(code)) return { reason: 'assembly attribute' };
  if (/^\s*extern\s+alias\b/m.test(code)) return { reason: 'extern alias' };
  const site = findMain(code);
  if ('reason' in site) return site;
  // #define/#undef must come before the first token of the file: they move above the
  // namespace (blanked in place, so the offsets found in `code` still hold).
  const directives: string[] = [];
  let blanked = src;
  for (const d of code.matchAll(/^[ \t]*#[ \t]*(?:define|undef)\b[^\r\n]*/gm)) {
    directives.push(src.slice(d.index!, d.index! + d[0].length).trim() + '\n');
    blanked = blanked.slice(0, d.index!) + ' '.repeat(d[0].length) + blanked.slice(d.index! + d[0].length);
  }
  const body = withInternalMain(blanked, site);
  const text = `${directives.join('')}namespace P_${name} {\n${body}\n}\n`;
  return { name, text, call: site.call(`P_${name}.${site.path}.Main`) };
}

/**
 * A program for a batch of assemblies (one per program, so its type and assembly names are its
 * own): its text with Main internal, and the driver's call through the extern alias `A_<name>`.
 * The assembly grants the driver access by an InternalsVisibleTo attribute (ASSEMBLY_ACCESS).
 */
export function programAssembly(name: string, src: string): Wrapped | { reason: string } {
  const code = codeOnly(src);
  if (/^\s*extern\s+alias\b/m.test(code)) return { reason: 'extern alias' };
  const site = findMain(code);
  if ('reason' in site) return site;
  return { name, text: withInternalMain(src, site), call: site.call(`A_${name}::${site.path}.Main`) };
}

/** The driver assembly's name, and the source each program assembly adds to let it call Main. */
export const DRIVER_ASSEMBLY = 'DotnativeBatchDriver';
export const ASSEMBLY_ACCESS = `[assembly: System.Runtime.CompilerServices.InternalsVisibleTo("${DRIVER_ASSEMBLY}")]\n`;

/** The driver: Main(string[] args) runs the program named by args[0]. */
export function driverSource(programs: Wrapped[], externAliases = false): string {
  const cases = programs.map((p) => `            case "${p.name}": ${p.call}`);
  return [
    ...(externAliases ? programs.map((p) => `extern alias A_${p.name};`) : []),
    '// Generated by test/support/batch.ts: runs the program named by the first argument.',
    'internal static class DotnativeBatchDriver',
    '{',
    '    private static int Main(string[] args)',
    '    {',
    '        string[] rest = args.Length > 1 ? args[1..] : new string[0];',
    '        switch (args.Length > 0 ? args[0] : "")',
    '        {',
    ...cases,
    '            default: return 3;',
    '        }',
    '    }',
    '}',
    '',
  ].join('\n');
}

/**
 * Writes the batch's sources under `dir` (only files whose text changed) and returns their
 * paths, the driver last, with a hash of all of them.
 */
/** How test programs are compiled (part of every build stamp: a change rebuilds them). */
export const COMPILE_OPTIONS = 'optimize+ unsafe+ debug:portable';

export function writeBatchSources(dir: string, programs: Wrapped[]): { files: string[]; hash: string } {
  mkdirSync(dir, { recursive: true });
  const files: string[] = [];
  const hash = createHash('sha256').update(COMPILE_OPTIONS).update('\0');
  const put = (file: string, text: string) => {
    const path = join(dir, file);
    if (!existsSync(path) || readFileSync(path, 'utf8') !== text) writeFileSync(path, text);
    hash.update(file).update('\0').update(text).update('\0');
    files.push(path);
  };
  for (const p of programs) put(`${p.name}.cs`, p.text);
  put('DotnativeBatchDriver.cs', driverSource(programs));
  return { files, hash: hash.digest('hex').slice(0, 16) };
}

/** What publishing a batch reports (test/support/programs.ts's Outcome is one). */
export interface PublishOutcome {
  code: number | null;
  signal: string | null;
  stdout: string;
  stderr: string;
  ms: number;
}

export interface BatchExecutable {
  dll?: string;
  exe?: string;
  publish?: PublishOutcome;
  /** Why the batch could not be built as one (its programs then run on their own). */
  fallback?: string;
  /** The programs in the executable, and those left out because the compiler rejected them. */
  members?: string[];
  excluded?: string[];
}

/** Compiles wrapped programs into `<dir>/batch.dll`, skipped when its sources are unchanged. */
export async function compileBatchAssembly(
  dir: string,
  programs: Wrapped[],
  compile: (files: string[], dll: string) => Promise<string | undefined>,
): Promise<{ dll: string } | { error: string }> {
  const { files, hash } = writeBatchSources(join(dir, 'src'), programs);
  const dll = join(dir, 'batch.dll');
  const stamp = join(dir, 'sources.sha');
  if (!(existsSync(dll) && existsSync(stamp) && readFileSync(stamp, 'utf8') === hash)) {
    if (existsSync(stamp)) writeFileSync(stamp, '');
    const error = await compile(files, dll);
    if (error !== undefined) return { error };
    writeFileSync(stamp, hash);
  }
  return { dll };
}

/**
 * Compiles wrapped programs into `<dir>/batch.dll` (skipped when its sources are unchanged) and
 * publishes it into `<dir>/native`. A program dotnative rejects is named in the error by its
 * namespace (`P_<name>.`): it is left out and the batch built again, at most `maxExcluded` times.
 */
export async function buildBatchExecutable(
  dir: string,
  programs: Wrapped[],
  compile: (files: string[], dll: string) => Promise<string | undefined>,
  publish: (dll: string, outDir: string) => Promise<{ outcome: PublishOutcome; exe?: string }>,
  maxExcluded = 8,
): Promise<BatchExecutable> {
  let members = programs;
  const excluded: string[] = [];
  for (;;) {
    const built = await compileBatchAssembly(dir, members, compile);
    if ('error' in built) return { fallback: `csc failed on the batch: ${built.error}` };
    const dll = built.dll;
    const { outcome, exe } = await publish(dll, join(dir, 'native'));
    const names = members.map((p) => p.name);
    if (exe) return { dll, exe, publish: outcome, members: names, excluded };
    const culprit = /\bP_(\w+)\./.exec(outcome.stderr)?.[1];
    if (!culprit || !names.includes(culprit) || excluded.length >= maxExcluded) {
      const how = outcome.signal ? `killed by ${outcome.signal} after ${outcome.ms} ms` : `exit ${outcome.code}`;
      const first = outcome.stderr.split('\n').find((l) => l.trim() !== '' && !/: warning: /.test(l)) ?? '';
      return { dll, publish: outcome, fallback: `publishing the batch failed (${how}): ${first}` };
    }
    excluded.push(culprit);
    members = members.filter((p) => p.name !== culprit);
  }
}
