// One assembly file on disk: its PE image, metadata and identity. Opening it decodes only the
// headers; rows, signatures and method bodies are read when asked for.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { BadImageError, bad } from './errors.js';
import { Metadata } from './metadata.js';
import { type MethodBody, readCodeSize, readMethodBody } from './methodbody.js';
import { type PeImage, parsePe, rvaToOffset } from './pe.js';

export interface AssemblyName {
  name: string;
  version: string;
  culture: string;
  /** Public key token (hex) or public key (hex), '' when none. */
  publicKeyOrToken: string;
}

export class AssemblyFile {
  readonly pe: PeImage;
  readonly md: Metadata;

  constructor(
    readonly path: string,
    readonly bytes: Uint8Array,
  ) {
    this.pe = parsePe(bytes);
    const { rva, size } = this.pe.cli.metadata;
    const off = rvaToOffset(this.pe, rva);
    if (off + size > bytes.length) bad('metadata runs past the end of the file');
    this.md = new Metadata(bytes.subarray(off, off + size));
  }

  static open(path: string): AssemblyFile {
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(path);
    } catch (e) {
      throw new BadImageError(`cannot read file (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
    }
    return new AssemblyFile(path, bytes);
  }

  get isAssembly(): boolean {
    return this.md.rows('Assembly') > 0;
  }

  /** Simple name: the Assembly row's name, else the module name without extension. */
  get name(): string {
    if (this.isAssembly) return this.md.row('Assembly', 1).Name;
    return basename(this.path).replace(/\.(dll|exe)$/i, '');
  }

  get identity(): AssemblyName {
    if (!this.isAssembly) return { name: this.name, version: '0.0.0.0', culture: '', publicKeyOrToken: '' };
    const a = this.md.row('Assembly', 1);
    return {
      name: a.Name,
      version: `${a.MajorVersion}.${a.MinorVersion}.${a.BuildNumber}.${a.RevisionNumber}`,
      culture: a.Culture,
      publicKeyOrToken: hex(this.md.blobs.get(a.PublicKey)),
    };
  }

  references(): AssemblyName[] {
    const out: AssemblyName[] = [];
    for (let rid = 1; rid <= this.md.rows('AssemblyRef'); rid++) out.push(this.assemblyRef(rid));
    return out;
  }

  assemblyRef(rid: number): AssemblyName {
    const a = this.md.row('AssemblyRef', rid);
    return {
      name: a.Name,
      version: `${a.MajorVersion}.${a.MinorVersion}.${a.BuildNumber}.${a.RevisionNumber}`,
      culture: a.Culture,
      publicKeyOrToken: hex(this.md.blobs.get(a.PublicKeyOrToken)),
    };
  }

  get entryPointToken(): number {
    return this.pe.cli.flags & 0x10 ? 0 : this.pe.cli.entryPointToken;
  }

  /** The body of a MethodDef, or undefined when it has no IL (abstract, extern, runtime). */
  methodBody(methodRid: number): MethodBody | undefined {
    const rva = this.md.row('MethodDef', methodRid).RVA;
    if (rva === 0) return undefined;
    return readMethodBody(this.bytes, rvaToOffset(this.pe, rva));
  }

  /** IL size of a MethodDef's body (0 without one), reading only the header. */
  methodCodeSize(methodRid: number): number {
    const rva = this.md.tables.raw('MethodDef', methodRid, 0);
    if (rva === 0) return 0;
    return readCodeSize(this.bytes, rvaToOffset(this.pe, rva));
  }

  /** Bytes at an RVA (field initial data), `size` long. */
  dataAt(rva: number, size: number): Uint8Array {
    const off = rvaToOffset(this.pe, rva);
    if (off + size > this.bytes.length) bad(`data at RVA 0x${rva.toString(16)} runs past the end of the file`);
    return this.bytes.subarray(off, off + size);
  }
}

export function hex(b: Uint8Array): string {
  let s = '';
  for (const x of b) s += x.toString(16).padStart(2, '0');
  return s;
}
