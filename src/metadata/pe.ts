// PE/COFF container (ECMA-335 II.25): DOS stub, PE signature, COFF header, optional header
// (PE32 or PE32+), data directories, section table and the CLI header. Only what is needed
// to map RVAs to file offsets and to find the metadata, resources and strong-name blobs.
import { ByteReader } from './bytes.js';
import { bad } from './errors.js';

export interface Section {
  name: string;
  virtualAddress: number;
  virtualSize: number;
  rawOffset: number;
  rawSize: number;
}

export interface DataDirectory {
  rva: number;
  size: number;
}

export interface CliHeader {
  majorRuntimeVersion: number;
  minorRuntimeVersion: number;
  metadata: DataDirectory;
  flags: number;
  /** Entry point token (or native RVA when COMIMAGE_FLAGS_NATIVE_ENTRYPOINT is set). */
  entryPointToken: number;
  resources: DataDirectory;
  strongNameSignature: DataDirectory;
}

export interface PeImage {
  bytes: Uint8Array;
  machine: number;
  characteristics: number;
  is64: boolean;
  sections: Section[];
  directories: DataDirectory[];
  cli: CliHeader;
}

const CLI_DIRECTORY = 14;

export function parsePe(bytes: Uint8Array): PeImage {
  const r = new ByteReader(bytes, 0, 'PE image');
  if (bytes.length < 0x40 || bytes[0] !== 0x4d || bytes[1] !== 0x5a) bad('missing MZ signature (not a PE file)');
  r.pos = 0x3c;
  const peOffset = r.u32();
  r.pos = peOffset;
  if (r.u32() !== 0x00004550) bad('missing PE signature');
  const machine = r.u16();
  const sectionCount = r.u16();
  r.skip(12); // timestamp, symbol table, symbol count
  const optionalSize = r.u16();
  const characteristics = r.u16();
  const optStart = r.pos;
  if (optionalSize < 2) bad('PE optional header missing');
  const magic = r.u16();
  let is64: boolean;
  if (magic === 0x10b) is64 = false;
  else if (magic === 0x20b) is64 = true;
  else return bad(`unknown PE optional header magic 0x${magic.toString(16)}`);
  // Offset of NumberOfRvaAndSizes within the optional header.
  r.pos = optStart + (is64 ? 108 : 92);
  const dirCount = r.u32();
  if (dirCount > 16) bad(`too many data directories (${dirCount})`);
  const directories: DataDirectory[] = [];
  for (let i = 0; i < dirCount; i++) directories.push({ rva: r.u32(), size: r.u32() });
  r.pos = optStart + optionalSize;
  if (sectionCount > 96) bad(`too many sections (${sectionCount})`);
  const sections: Section[] = [];
  for (let i = 0; i < sectionCount; i++) {
    const nameBytes = r.slice(8);
    let end = nameBytes.indexOf(0);
    if (end < 0) end = 8;
    const name = String.fromCharCode(...nameBytes.subarray(0, end));
    const virtualSize = r.u32();
    const virtualAddress = r.u32();
    const rawSize = r.u32();
    const rawOffset = r.u32();
    r.skip(16);
    sections.push({ name, virtualAddress, virtualSize, rawOffset, rawSize });
  }
  const cliDir = directories[CLI_DIRECTORY];
  if (!cliDir || cliDir.rva === 0 || cliDir.size === 0) bad('no CLI header (a native PE, not a .NET assembly)');
  const image: PeImage = {
    bytes, machine, characteristics, is64, sections, directories,
    cli: undefined as unknown as CliHeader,
  };
  const c = new ByteReader(bytes, rvaToOffset(image, cliDir.rva), 'CLI header');
  const cb = c.u32();
  if (cb < 72) bad(`CLI header too small (${cb} bytes)`);
  const majorRuntimeVersion = c.u16();
  const minorRuntimeVersion = c.u16();
  const metadata = { rva: c.u32(), size: c.u32() };
  const flags = c.u32();
  const entryPointToken = c.u32();
  const resources = { rva: c.u32(), size: c.u32() };
  const strongNameSignature = { rva: c.u32(), size: c.u32() };
  image.cli = { majorRuntimeVersion, minorRuntimeVersion, metadata, flags, entryPointToken, resources, strongNameSignature };
  if (metadata.rva === 0 || metadata.size === 0) bad('CLI header has no metadata directory');
  return image;
}

/** Maps an RVA to a file offset; raises BadImageError when it falls in no section. */
export function rvaToOffset(image: Pick<PeImage, 'sections' | 'bytes'>, rva: number): number {
  for (const s of image.sections) {
    const span = Math.max(s.virtualSize, s.rawSize);
    if (rva >= s.virtualAddress && rva < s.virtualAddress + span) {
      const off = rva - s.virtualAddress + s.rawOffset;
      if (off >= image.bytes.length) bad(`RVA 0x${rva.toString(16)} maps past the end of the file`);
      return off;
    }
  }
  return bad(`RVA 0x${rva.toString(16)} is in no section`);
}

/** Bytes at an RVA, bounds-checked against the file. */
export function sliceAtRva(image: Pick<PeImage, 'sections' | 'bytes'>, rva: number, size: number): Uint8Array {
  const off = rvaToOffset(image, rva);
  if (off + size > image.bytes.length) bad(`data at RVA 0x${rva.toString(16)} (${size} bytes) runs past the end of the file`);
  return image.bytes.subarray(off, off + size);
}
