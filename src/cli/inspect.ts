// `dotnative inspect <assembly>`: what an assembly contains, read straight from its metadata.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { AssemblyFile, type AssemblyName } from '../metadata/assembly.js';
import { findSharedFramework, requestedFrameworkVersion } from '../metadata/framework.js';
import { AssemblyLoader } from '../metadata/loader.js';
import { TableId, TableNames, tokenHex, tokenRid, tokenTable } from '../metadata/schema.js';
import { parseArgs } from 'node:util';
import { onePositional, parseOrUsage } from './args.js';
import { CliError, UsageError, blamingFile } from './errors.js';
import { findTypeDefs, forwardedTo, normalizeTypeName, splitMethodName, typeDefFullName } from './names.js';

export const inspectHelp = `Usage: dotnative inspect <assembly> [options]

Reads a .NET assembly and prints what its metadata holds. <assembly> is the path of a .dll or
.exe, or the simple name of an assembly of the installed shared framework (for example
System.Private.CoreLib). Without options, prints the assembly's identity, the assemblies it
references and its entry point. The options may be combined; --type and --il may be repeated.

Options:
  --summary                 One line per metadata table present with its row count
                            (e.g. "TypeDef 2760"), then one line
                            "types: N methods: N fields: N il-bytes: N" (il-bytes: total
                            size of the IL of all method bodies).
  --type <Full.Name>        Describe a type: Namespace.Name, nested types as Outer+Inner,
                            generic types with their arity (System.Collections.Generic.List\`1).
  --il <Full.Type::Method>  Disassemble the IL of a method, e.g. 'Program::Main'; every
                            overload of that name is printed.
  -h, --help                Show this help.
`;

const HELP_COMMAND = 'dotnative inspect --help';

interface Target {
  /** The path as shown to the user. */
  path: string;
  /** Set when the argument was resolved as a framework assembly name. */
  frameworkName?: string;
}

/** A path, or a simple name looked up in the shared framework. */
function resolveAssembly(arg: string): Target {
  if (existsSync(arg)) {
    if (statSync(arg).isDirectory()) throw new CliError(`${arg}: is a directory, not an assembly`);
    return { path: arg };
  }
  if (/[\\/]/.test(arg) || arg.startsWith('.')) throw new CliError(`${arg}: no such file`);
  const name = arg.replace(/\.(dll|exe)$/i, '');
  const fw = findSharedFramework();
  const want = name.toLowerCase() + '.dll';
  const hit = readdirSync(fw.dir).find((f) => f.toLowerCase() === want);
  if (!hit) throw new CliError(`${arg}: no such file, and no assembly '${name}' in the shared framework (${fw.dir})`);
  return { path: join(fw.dir, hit), frameworkName: hit.slice(0, -4) };
}

export async function inspectCommand(argv: string[]): Promise<number> {
  const parsed = parseOrUsage(() => parseArgs({
    args: argv,
    options: {
      summary: { type: 'boolean' },
      type: { type: 'string', multiple: true },
      il: { type: 'string', multiple: true },
      help: { type: 'boolean', short: 'h' },
    },
    allowPositionals: true,
    strict: true,
  }), HELP_COMMAND);
  const positional = onePositional(parsed, { name: 'inspect', what: '<assembly>', help: inspectHelp, helpCommand: HELP_COMMAND });
  if (positional === undefined) return 0;
  const { values } = parsed;
  const ilSpecs = (values.il ?? []).map((spec) => {
    const parts = splitMethodName(spec);
    if (!parts) throw new UsageError(`--il expects 'Full.Type.Name::Method', got '${spec}'`, HELP_COMMAND);
    return parts;
  });
  const typeNames = (values.type ?? []).map((t) => {
    if (!t.trim()) throw new UsageError('--type expects a type name', HELP_COMMAND);
    return normalizeTypeName(t);
  });

  const target = resolveAssembly(positional);
  const file = blamingFile(target.path, () => AssemblyFile.open(target.path));
  let sections = 0;
  const emit = (text: string) => {
    // Sections are separated by one blank line; each ends with exactly one newline.
    process.stdout.write((sections++ > 0 ? '\n' : '') + (text.endsWith('\n') ? text : text + '\n'));
  };

  if (!values.summary && typeNames.length === 0 && ilSpecs.length === 0) {
    emit(blamingFile(target.path, () => overview(file, target.path)));
  }
  if (values.summary) emit(blamingFile(target.path, () => summary(file)));
  if (typeNames.length > 0) {
    const loader = blamingFile(target.path, () => loaderFor(file, target));
    for (const name of typeNames) {
      // Plain names are checked up front for a helpful hint; constructed ones (List<int>,
      // int[]) are checked by the type-name parser.
      if (/[<>[\]*]/.test(name)) continue;
      blamingFile(target.path, () => {
        if (!loader.findType(file, name)) throw new CliError(`${target.path}: no type '${name}'${hint(file, name)}`);
      });
    }
    const { describeType } = await import('../typesystem/describe.js').catch(notBuilt('--type'));
    const { TypeNotFoundError } = await import('../typesystem/context.js');
    for (const name of typeNames) {
      emit(blamingFile(target.path, () => {
        try {
          return describeType(loader, file, name);
        } catch (e) {
          if (e instanceof TypeNotFoundError) throw new CliError(`${target.path}: ${e.message}`);
          throw e;
        }
      }));
    }
  }
  if (ilSpecs.length > 0) {
    const methods = ilSpecs.map((spec) => blamingFile(target.path, () => findMethods(file, target.path, spec.type, spec.method)));
    const { disassembleMethod } = await import('../metadata/il/disasm.js').catch(notBuilt('--il'));
    for (const rid of methods.flat()) emit(blamingFile(target.path, () => disassembleMethod(file, rid)));
  }
  return 0;
}

function notBuilt(option: string) {
  return (e: unknown): never => {
    if ((e as NodeJS.ErrnoException).code === 'ERR_MODULE_NOT_FOUND') {
      throw new CliError(`${option} is not available in this build`);
    }
    throw e;
  };
}

/** A loader that resolves the assembly's references the way its host would. */
function loaderFor(file: AssemblyFile, target: Target): AssemblyLoader {
  if (target.frameworkName) {
    const loader = AssemblyLoader.forFramework();
    loader.add(file);
    return loader;
  }
  const rc = target.path.replace(/\.(dll|exe)$/i, '') + '.runtimeconfig.json';
  const loader = new AssemblyLoader(findSharedFramework(requestedFrameworkVersion(rc)), dirname(target.path));
  loader.add(file);
  return loader;
}

function hint(file: AssemblyFile, typeName: string): string {
  const to = forwardedTo(file.md, typeName);
  return to ? ` (it is forwarded to ${to}; inspect that assembly)` : '';
}

/** MethodDef rids named `method` in the type `typeName`, in metadata order. */
function findMethods(file: AssemblyFile, path: string, typeName: string, method: string): number[] {
  const md = file.md;
  const types = findTypeDefs(md, typeName);
  if (types.length === 0) throw new CliError(`${path}: no type '${normalizeTypeName(typeName)}'${hint(file, typeName)}`);
  const out: number[] = [];
  for (const t of types) for (const m of md.typeMethods(t)) if (md.row('MethodDef', m).Name === method) out.push(m);
  if (out.length === 0) throw new CliError(`${path}: type '${normalizeTypeName(typeName)}' has no method '${method}'`);
  return out;
}

/** One line per table present with its row count, then the totals line. */
export function summary(file: AssemblyFile): string {
  const md = file.md;
  const lines: string[] = [];
  for (let id = 0; id < TableNames.length; id++) {
    const name = TableNames[id];
    if (!name) continue;
    const n = md.rows(name);
    if (n > 0) lines.push(`${name} ${n}`);
  }
  const methods = md.rows('MethodDef');
  let ilBytes = 0;
  for (let rid = 1; rid <= methods; rid++) ilBytes += file.methodCodeSize(rid);
  lines.push(`types: ${md.rows('TypeDef')} methods: ${methods} fields: ${md.rows('Field')} il-bytes: ${ilBytes}`);
  return lines.join('\n') + '\n';
}

/** The assembly's identity, references and entry point. */
export function overview(file: AssemblyFile, path: string): string {
  const md = file.md;
  const lines: string[] = [];
  const kind = file.isAssembly ? 'assembly' : 'module';
  lines.push(`${kind}: ${file.isAssembly ? displayName(file.identity, true) : file.name}`);
  lines.push(`file: ${path}`);
  lines.push(`metadata: ${md.version} (${file.pe.is64 ? 'PE32+' : 'PE32'}, machine 0x${file.pe.machine.toString(16)})`);
  const refs = file.references();
  lines.push(`references: ${refs.length}`);
  for (const r of refs) lines.push(`  ${displayName(r, false)}`);
  const ep = file.entryPointToken;
  if (ep !== 0 && tokenTable(ep) === TableId.MethodDef) {
    md.checkToken(ep);
    const rid = tokenRid(ep);
    const owner = md.declaringTypeOf('MethodDef', rid);
    const typeName = owner ? typeDefFullName(md, owner) : '<unknown>';
    lines.push(`entry point: ${typeName}::${md.row('MethodDef', rid).Name} (${tokenHex(ep)})`);
  } else lines.push('entry point: none');
  return lines.join('\n') + '\n';
}

function displayName(a: AssemblyName, isDefinition: boolean): string {
  let token = a.publicKeyOrToken;
  // An Assembly row carries the full public key: its token is the last 8 bytes of its
  // SHA-1, reversed. An AssemblyRef normally carries the token already.
  if (token.length > 16 || (isDefinition && token.length > 0)) {
    const sha = createHash('sha1').update(Buffer.from(token, 'hex')).digest();
    token = Buffer.from(sha.subarray(sha.length - 8)).reverse().toString('hex');
  }
  return `${a.name}, Version=${a.version}, Culture=${a.culture || 'neutral'}, PublicKeyToken=${token || 'null'}`;
}
