// Portable PDB (the Portable PDB v1.0 format): a metadata root with a #Pdb stream and the debug
// tables. Documents (source file names, checksums, languages) and the sequence points of each
// method (IL offset to source span). A PDB is found next to its assembly (same base name) or
// embedded in the assembly's debug directory (deflate-compressed, type 17).
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import type { AssemblyFile } from './assembly.js';
import { ByteReader, utf8 } from './bytes.js';
import { BadImageError, bad } from './errors.js';
import { formatGuid } from './heaps.js';
import { Metadata } from './metadata.js';
import { rvaToOffset } from './pe.js';

export interface PdbDocument {
  rid: number;
  name: string;
  /** GUID of the hash algorithm ('' when there is no hash). */
  hashAlgorithm: string;
  hash: Uint8Array;
  /** GUID of the source language. */
  language: string;
}

export interface SequencePoint {
  ilOffset: number;
  /** 0xfeefee for a hidden sequence point. */
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
  /** Document row id. */
  document: number;
  hidden: boolean;
}

export const HIDDEN_LINE = 0xfeefee;

export const HashAlgorithms = {
  sha1: 'ff1816ec-aa5e-4d10-87f7-6f4963833460',
  sha256: '8829d00f-11b8-4213-878b-770e8597ac16',
} as const;

export const Languages = {
  csharp: '3f5162f8-07c6-11d3-9053-00c04fa302a1',
  visualBasic: '3a12d0b8-c26c-11d0-b442-00a0244a1dd2',
  fsharp: 'ab4f38c9-b6e6-43ba-be3b-58080b2ccce3',
} as const;

export class PortablePdb {
  readonly md: Metadata;
  private docCache = new Map<number, PdbDocument>();

  /** @param bytes the whole PDB file (a metadata root). */
  constructor(readonly bytes: Uint8Array, readonly path = '<pdb>') {
    if (bytes.length >= 4 && bytes[0] === 0x4d && bytes[1] === 0x69 && bytes[2] === 0x63 && bytes[3] === 0x72) {
      bad(`${path}: a Windows (MSF) PDB, not a portable PDB`);
    }
    this.md = new Metadata(bytes);
    if (!this.md.pdb) bad(`${path}: metadata has no #Pdb stream (not a portable PDB)`);
  }

  static open(path: string): PortablePdb {
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(path);
    } catch (e) {
      throw new BadImageError(`cannot read PDB ${path} (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
    }
    return new PortablePdb(bytes, path);
  }

  /** The 20-byte PDB id: the GUID and stamp the assembly's CodeView entry names. */
  get id(): Uint8Array {
    return this.md.pdb!.id;
  }

  /** The GUID part of the id, in text form (compare with CodeViewInfo.guid). */
  get guid(): string {
    return formatGuid(this.id.subarray(0, 16));
  }

  /** MethodDef token of the entry point, 0 if none. */
  get entryPoint(): number {
    return this.md.pdb!.entryPoint;
  }

  documents(): PdbDocument[] {
    const out: PdbDocument[] = [];
    for (let rid = 1; rid <= this.md.rows('Document'); rid++) out.push(this.document(rid));
    return out;
  }

  document(rid: number): PdbDocument {
    let d = this.docCache.get(rid);
    if (d) return d;
    const row = this.md.row('Document', rid);
    d = {
      rid,
      name: this.documentName(row.Name),
      hashAlgorithm: row.HashAlgorithm,
      hash: this.md.blobs.get(row.Hash),
      language: row.Language,
    };
    this.docCache.set(rid, d);
    return d;
  }

  /** Document name blob: a separator character, then blob indexes of the UTF-8 parts. */
  private documentName(blobOffset: number): string {
    const r = this.md.blobs.reader(blobOffset, 'document name blob');
    if (r.remaining === 0) return '';
    // The separator is one UTF-8 character; in practice ASCII ('/' or '\\') or 0 for none.
    const sepByte = r.u8();
    if (sepByte >= 0x80) bad('document name blob: separator is not an ASCII character');
    const sep = sepByte === 0 ? '' : String.fromCharCode(sepByte);
    const parts: string[] = [];
    while (r.remaining > 0) {
      const part = r.compressedU32();
      parts.push(part === 0 ? '' : utf8.decode(this.md.blobs.get(part)));
    }
    return parts.join(sep);
  }

  /** Number of MethodDebugInformation rows (one per MethodDef of the assembly). */
  get methodCount(): number {
    return this.md.rows('MethodDebugInformation');
  }

  /** StandAloneSig row id of a method's local signature (from the sequence points header), 0 if none. */
  localSignature(methodRid: number): number {
    const row = this.md.row('MethodDebugInformation', methodRid);
    if (row.SequencePoints === 0) return 0;
    return this.md.blobs.reader(row.SequencePoints, 'sequence points blob').compressedU32();
  }

  /** The sequence points of a method (by MethodDef row id), in blob order. */
  sequencePoints(methodRid: number): SequencePoint[] {
    const row = this.md.row('MethodDebugInformation', methodRid);
    if (row.SequencePoints === 0) return [];
    return decodeSequencePoints(this.md.blobs.get(row.SequencePoints), row.Document, this.md.rows('Document'));
  }
}

const MAX_LINE = 0x20000000;
const MAX_COLUMN = 0x10000;

/**
 * Decodes a sequence points blob.
 * @param document the MethodDebugInformation.Document column (0 when the blob names the
 *   initial document itself).
 * @param documentCount rows of the Document table, to validate document records.
 */
export function decodeSequencePoints(blob: Uint8Array, document: number, documentCount: number): SequencePoint[] {
  const r = new ByteReader(blob, 0, 'sequence points blob');
  const readDocument = (): number => {
    const d = r.compressedU32();
    if (d === 0 || d > documentCount) bad(`sequence points blob: document ${d} out of range`);
    return d;
  };
  r.compressedU32(); // local signature
  let doc = document === 0 ? readDocument() : document;
  const out: SequencePoint[] = [];
  let ilOffset = 0;
  let prevLine = -1;
  let prevColumn = 0;
  let first = true;
  while (r.remaining > 0) {
    let delta = r.compressedU32();
    if (!first) {
      while (delta === 0) {
        doc = readDocument();
        delta = r.compressedU32();
      }
    }
    ilOffset = first ? delta : ilOffset + delta;
    if (ilOffset >= MAX_LINE) bad('sequence points blob: IL offset out of range');
    first = false;
    const deltaLines = r.compressedU32();
    const deltaColumns = deltaLines === 0 ? r.compressedU32() : r.compressedI32();
    if (deltaLines === 0 && deltaColumns === 0) {
      out.push({ ilOffset, startLine: HIDDEN_LINE, startColumn: 0, endLine: HIDDEN_LINE, endColumn: 0, document: doc, hidden: true });
      continue;
    }
    let startLine: number, startColumn: number;
    if (prevLine < 0) {
      startLine = r.compressedU32();
      startColumn = r.compressedU32();
    } else {
      startLine = prevLine + r.compressedI32();
      startColumn = prevColumn + r.compressedI32();
    }
    const endLine = startLine + deltaLines;
    const endColumn = startColumn + deltaColumns;
    if (startLine < 0 || startLine >= HIDDEN_LINE || endLine < 0 || endLine >= HIDDEN_LINE) bad('sequence points blob: line out of range');
    if (startColumn < 0 || startColumn >= MAX_COLUMN || endColumn < 0 || endColumn >= MAX_COLUMN - 1) bad('sequence points blob: column out of range');
    prevLine = startLine;
    prevColumn = startColumn;
    out.push({ ilOffset, startLine, startColumn, endLine, endColumn, document: doc, hidden: false });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Finding the PDB of an assembly.

export const enum DebugDirectoryType {
  CodeView = 2,
  Reproducible = 16,
  EmbeddedPortablePdb = 17,
  PdbChecksum = 19,
}

export interface DebugDirectoryEntry {
  type: number;
  majorVersion: number;
  minorVersion: number;
  timeDateStamp: number;
  /** The entry's data (empty when it has none). */
  data: Uint8Array;
}

const DEBUG_DIRECTORY = 6;

/** The entries of the PE debug directory. */
export function debugDirectory(file: AssemblyFile): DebugDirectoryEntry[] {
  const dd = file.pe.directories[DEBUG_DIRECTORY];
  if (!dd || dd.rva === 0 || dd.size === 0) return [];
  const r = new ByteReader(file.bytes, rvaToOffset(file.pe, dd.rva), 'debug directory');
  r.need(dd.size);
  const out: DebugDirectoryEntry[] = [];
  for (let i = 0; i < Math.floor(dd.size / 28); i++) {
    r.skip(4); // characteristics
    const timeDateStamp = r.u32();
    const majorVersion = r.u16();
    const minorVersion = r.u16();
    const type = r.u32();
    const size = r.u32();
    r.skip(4); // address of raw data (the pointer is what locates it in the file)
    const pointer = r.u32();
    let data: Uint8Array = new Uint8Array(0);
    if (size > 0 && pointer > 0) {
      if (pointer + size > file.bytes.length) bad(`debug directory entry ${i} runs past the end of the file`);
      data = file.bytes.subarray(pointer, pointer + size);
    }
    out.push({ type, majorVersion, minorVersion, timeDateStamp, data });
  }
  return out;
}

export interface CodeViewInfo {
  guid: string;
  age: number;
  /** The PDB path recorded by the compiler. */
  path: string;
}

/** The RSDS CodeView entry, naming the PDB and its GUID. */
export function codeViewInfo(file: AssemblyFile): CodeViewInfo | undefined {
  const e = debugDirectory(file).find((d) => d.type === DebugDirectoryType.CodeView);
  if (!e) return undefined;
  const r = new ByteReader(e.data, 0, 'CodeView debug entry');
  if (r.u32() !== 0x53445352) bad('CodeView debug entry: missing RSDS signature');
  const guid = formatGuid(r.slice(16));
  const age = r.u32();
  return { guid, age, path: r.cstring() };
}

/** The .pdb next to an assembly (same directory, same base name), if it exists. */
export function findPdbPath(assemblyPath: string): string | undefined {
  const p = join(dirname(assemblyPath), basename(assemblyPath, extname(assemblyPath)) + '.pdb');
  return existsSync(p) ? p : undefined;
}

/** The portable PDB embedded in an assembly's debug directory, if any. */
export function embeddedPdb(file: AssemblyFile): PortablePdb | undefined {
  const e = debugDirectory(file).find((d) => d.type === DebugDirectoryType.EmbeddedPortablePdb);
  if (!e) return undefined;
  const r = new ByteReader(e.data, 0, 'embedded PDB');
  if (r.u32() !== 0x4244504d) bad('embedded PDB: missing MPDB signature');
  const size = r.u32();
  let bytes: Uint8Array;
  try {
    bytes = inflateRawSync(r.bytes.subarray(r.pos), { maxOutputLength: Math.max(size, 1) });
  } catch (err) {
    throw new BadImageError(`embedded PDB: cannot decompress (${(err as Error).message})`);
  }
  if (bytes.length !== size) bad(`embedded PDB: decompressed to ${bytes.length} bytes, expected ${size}`);
  return new PortablePdb(bytes, file.path + ' (embedded PDB)');
}

/** The PDB of an assembly: the portable .pdb next to it, else the embedded one. */
export function openPdbFor(file: AssemblyFile): PortablePdb | undefined {
  const p = findPdbPath(file.path);
  if (p) return PortablePdb.open(p);
  return embeddedPdb(file);
}
