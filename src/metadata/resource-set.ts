// The binary .resources format (what System.Resources.ResourceReader reads): the string
// resources an assembly's SR class looks up. Read at compile time so that SR lookups become a
// table in the executable instead of ResourceManager and reflection at run time.
//
// Layout: a resource manager header (magic 0xBEEFCACE, version, reader/set type names), a
// reader header (version, count, type table, padding to 8, name hashes, name positions, data
// section offset), the name section (UTF-16 names, each followed by its data offset) and the
// data section (a 7-bit encoded type code, then the value; strings are a 7-bit length + UTF-8).
import { ByteReader, utf16, utf8 } from './bytes.js';
import { bad } from './errors.js';

const MAGIC = 0xbeefcace;
const TYPE_STRING = 1;

function read7BitInt(r: ByteReader): number {
  let result = 0;
  for (let shift = 0; shift < 35; shift += 7) {
    const b = r.u8();
    result |= (b & 0x7f) << shift;
    if ((b & 0x80) === 0) return result >>> 0;
  }
  return bad(`${r.what}: bad 7-bit encoded integer`);
}

function readPrefixedUtf8(r: ByteReader): string {
  const len = read7BitInt(r);
  return utf8.decode(r.slice(len));
}

/** The string resources of a .resources blob, by name. Non-string resources are skipped. */
export function readStringResources(bytes: Uint8Array): Map<string, string> {
  const r = new ByteReader(bytes, 0, '.resources data');
  if (r.u32() !== MAGIC) bad('.resources data: bad magic number');
  const headerVersion = r.u32();
  const headerSize = r.u32();
  if (headerVersion > 1) {
    r.skip(headerSize);
  } else {
    readPrefixedUtf8(r); // reader type
    readPrefixedUtf8(r); // resource set type
  }
  const version = r.u32();
  if (version !== 1 && version !== 2) bad(`.resources data: unsupported version ${version}`);
  const count = r.u32();
  const typeCount = r.u32();
  if (count > r.remaining || typeCount > r.remaining) bad('.resources data: counts exceed the data');
  const types: string[] = [];
  for (let i = 0; i < typeCount; i++) types.push(readPrefixedUtf8(r));
  // Align to 8 bytes; the padding spells "PAD".
  while ((r.pos & 7) !== 0) r.skip(1);
  r.skip(4 * count); // name hashes
  const namePositions: number[] = [];
  for (let i = 0; i < count; i++) namePositions.push(r.u32());
  const dataSectionOffset = r.u32();
  const nameSectionOffset = r.pos;
  const out = new Map<string, string>();
  for (const pos of namePositions) {
    r.pos = nameSectionOffset + pos;
    const nameBytes = read7BitInt(r);
    const name = utf16.decode(r.slice(nameBytes));
    const dataOffset = r.u32();
    r.pos = dataSectionOffset + dataOffset;
    const typeCode = read7BitInt(r);
    // Version 1 indexes the type table; version 2 uses ResourceTypeCode (String = 1).
    const isString = version === 1 ? types[typeCode]?.startsWith('System.String') === true : typeCode === TYPE_STRING;
    if (isString) out.set(name, readPrefixedUtf8(r));
  }
  return out;
}
