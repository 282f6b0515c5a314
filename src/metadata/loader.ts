// The set of assemblies a program sees, resolved as the host resolves them: the application's
// directory first, then the shared framework. Each file is opened once and cached. Type
// forwarders (ExportedType rows pointing at an AssemblyRef) are followed by resolveType.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { AssemblyFile } from './assembly.js';
import { BadImageError } from './errors.js';
import { type SharedFramework, findSharedFramework, requestedFrameworkVersion } from './framework.js';
import { TableId, makeToken, tokenRid, tokenTable } from './schema.js';

export class AssemblyNotFoundError extends Error {
  constructor(readonly assemblyName: string, readonly requester: string) {
    super(`cannot find assembly '${assemblyName}' (referenced by ${requester})`);
  }
}

/** A TypeDef in a specific assembly. */
export interface TypeDefHandle {
  assembly: AssemblyFile;
  rid: number;
}

export class AssemblyLoader {
  private readonly byName = new Map<string, AssemblyFile>();
  private readonly typeIndex = new Map<AssemblyFile, Map<string, number>>();
  private readonly exportedIndex = new Map<AssemblyFile, Map<string, number>>();
  private readonly typeRefCache = new Map<AssemblyFile, Map<number, TypeDefHandle>>();
  readonly searchDirs: string[];

  constructor(readonly framework: SharedFramework, appDir?: string) {
    this.searchDirs = appDir ? [appDir, framework.dir] : [framework.dir];
  }

  /** A loader for an application: its directory first, the framework its runtimeconfig names. */
  static forApp(appPath: string): AssemblyLoader {
    const rc = appPath.replace(/\.(dll|exe)$/i, '') + '.runtimeconfig.json';
    const fw = findSharedFramework(requestedFrameworkVersion(rc));
    const loader = new AssemblyLoader(fw, dirname(appPath));
    loader.add(AssemblyFile.open(appPath));
    return loader;
  }

  static forFramework(): AssemblyLoader {
    return new AssemblyLoader(findSharedFramework());
  }

  add(file: AssemblyFile): AssemblyFile {
    const key = file.name.toLowerCase();
    const existing = this.byName.get(key);
    if (existing) return existing;
    this.byName.set(key, file);
    return file;
  }

  get loaded(): AssemblyFile[] {
    return [...this.byName.values()];
  }

  /** Path an assembly name resolves to, or undefined. */
  locate(name: string): string | undefined {
    for (const dir of this.searchDirs) {
      const p = join(dir, name + '.dll');
      if (existsSync(p)) return p;
    }
    return undefined;
  }

  /** Loads an assembly by simple name; raises AssemblyNotFoundError if it is nowhere. */
  load(name: string, requester = 'the application'): AssemblyFile {
    const cached = this.byName.get(name.toLowerCase());
    if (cached) return cached;
    const path = this.locate(name);
    if (!path) throw new AssemblyNotFoundError(name, requester);
    const file = AssemblyFile.open(path);
    return this.add(file);
  }

  tryLoad(name: string): AssemblyFile | undefined {
    try {
      return this.load(name);
    } catch (e) {
      if (e instanceof AssemblyNotFoundError || e instanceof BadImageError) return undefined;
      throw e;
    }
  }

  get coreLib(): AssemblyFile {
    return this.load('System.Private.CoreLib');
  }

  /** Full name (Namespace.Name, nested as Outer+Inner) to TypeDef rid, for one assembly. */
  private index(file: AssemblyFile): Map<string, number> {
    let idx = this.typeIndex.get(file);
    if (idx) return idx;
    idx = new Map();
    const md = file.md;
    const n = md.rows('TypeDef');
    const nameOf = (rid: number, depth = 0): string => {
      const row = md.row('TypeDef', rid);
      const enclosing = depth < 64 ? md.enclosingTypeOf(rid) : 0;
      if (enclosing) return nameOf(enclosing, depth + 1) + '+' + row.TypeName;
      return row.TypeNamespace ? row.TypeNamespace + '.' + row.TypeName : row.TypeName;
    };
    for (let rid = 1; rid <= n; rid++) idx.set(nameOf(rid), rid);
    this.typeIndex.set(file, idx);
    return idx;
  }

  /** Finds a type by full name in an assembly, following type forwarders. */
  findType(file: AssemblyFile, fullName: string, depth = 0): TypeDefHandle | undefined {
    const rid = this.index(file).get(fullName);
    if (rid) return { assembly: file, rid };
    if (depth > 16) return undefined;
    let exported = this.exportedIndex.get(file);
    if (!exported) {
      exported = new Map();
      const n = file.md.rows('ExportedType');
      for (let i = 1; i <= n; i++) exported.set(this.exportedTypeName(file, i), i);
      this.exportedIndex.set(file, exported);
    }
    const i = exported.get(fullName);
    if (!i) return undefined;
    // A nested forwarded type's Implementation is its enclosing ExportedType; follow to the top.
    let et = file.md.row('ExportedType', i);
    for (let guard = 0; tokenTable(et.Implementation) === TableId.ExportedType && guard < 64; guard++) {
      et = file.md.row('ExportedType', tokenRid(et.Implementation));
    }
    if (tokenTable(et.Implementation) !== TableId.AssemblyRef) return undefined;
    const target = this.load(file.assemblyRef(tokenRid(et.Implementation)).name, file.name);
    return this.findType(target, fullName, depth + 1);
  }

  /** The top-level types an assembly forwards (ExportedType rows naming an AssemblyRef): full name and target assembly name. */
  forwardedTypes(file: AssemblyFile): { fullName: string; target: string }[] {
    const out: { fullName: string; target: string }[] = [];
    for (let i = 1; i <= file.md.rows('ExportedType'); i++) {
      const et = file.md.row('ExportedType', i);
      if (tokenTable(et.Implementation) !== TableId.AssemblyRef) continue;
      out.push({ fullName: this.exportedTypeName(file, i), target: file.assemblyRef(tokenRid(et.Implementation)).name });
    }
    return out;
  }

  private exportedTypeName(file: AssemblyFile, rid: number, depth = 0): string {
    const et = file.md.row('ExportedType', rid);
    if (tokenTable(et.Implementation) === TableId.ExportedType && depth < 64) {
      return this.exportedTypeName(file, tokenRid(et.Implementation), depth + 1) + '+' + et.TypeName;
    }
    return et.TypeNamespace ? et.TypeNamespace + '.' + et.TypeName : et.TypeName;
  }

  /** The full name of a TypeRef (nested as Outer+Inner). */
  typeRefName(file: AssemblyFile, rid: number, depth = 0): string {
    const tr = file.md.row('TypeRef', rid);
    const scope = tr.ResolutionScope;
    if (tokenTable(scope) === TableId.TypeRef && depth < 64) {
      return this.typeRefName(file, tokenRid(scope), depth + 1) + '+' + tr.TypeName;
    }
    return tr.TypeNamespace ? tr.TypeNamespace + '.' + tr.TypeName : tr.TypeName;
  }

  /** Resolves a TypeRef to its TypeDef, across assemblies and forwarders. */
  resolveTypeRef(file: AssemblyFile, rid: number): TypeDefHandle {
    let cache = this.typeRefCache.get(file);
    if (!cache) this.typeRefCache.set(file, (cache = new Map()));
    let h = cache.get(rid);
    if (!h) cache.set(rid, (h = this.resolveTypeRefUncached(file, rid)));
    return h;
  }

  private resolveTypeRefUncached(file: AssemblyFile, rid: number): TypeDefHandle {
    const tr = file.md.row('TypeRef', rid);
    const scope = tr.ResolutionScope;
    const name = this.typeRefName(file, rid);
    let target: AssemblyFile;
    switch (tokenTable(scope)) {
      case TableId.AssemblyRef:
        target = this.load(file.assemblyRef(tokenRid(scope)).name, file.name);
        break;
      case TableId.TypeRef: {
        const outer = this.resolveTypeRef(file, tokenRid(scope));
        const nested = outer.assembly.md.nestedTypesOf(outer.rid).find((n) => outer.assembly.md.row('TypeDef', n).TypeName === tr.TypeName);
        if (!nested) throw new BadImageError(`${file.name}: cannot resolve type '${name}'`);
        return { assembly: outer.assembly, rid: nested };
      }
      case TableId.Module:
      case 0:
        target = file;
        break;
      case TableId.ModuleRef:
        // Multi-module assemblies are not produced by the SDK; treat the module as this assembly.
        target = file;
        break;
      default:
        throw new BadImageError(`${file.name}: TypeRef ${rid} has an invalid resolution scope`);
    }
    const found = this.findType(target, name);
    if (!found) throw new BadImageError(`${file.name}: cannot resolve type '${name}' in ${target.name}`);
    return found;
  }

  /** Resolves a TypeDef or TypeRef token of `file` to a TypeDef handle. */
  resolveTypeDefOrRef(file: AssemblyFile, token: number): TypeDefHandle {
    const t = tokenTable(token);
    if (t === TableId.TypeDef) {
      file.md.checkToken(token);
      return { assembly: file, rid: tokenRid(token) };
    }
    if (t === TableId.TypeRef) {
      file.md.checkToken(token);
      return this.resolveTypeRef(file, tokenRid(token));
    }
    throw new BadImageError(`${file.name}: token ${makeToken(t, tokenRid(token)).toString(16)} is not a TypeDef or TypeRef`);
  }
}
