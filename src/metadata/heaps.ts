// The four metadata heaps (ECMA-335 II.24.2.3-6). Entries are decoded on first use and cached.
import { ByteReader, utf16, utf8 } from './bytes.js';
import { bad } from './errors.js';

export class StringHeap {
  private cache = new Map<number, string>();
  constructor(readonly bytes: Uint8Array) {}
  get(offset: number): string {
    let s = this.cache.get(offset);
    if (s !== undefined) return s;
    if (offset === 0) return '';
    if (offset >= this.bytes.length) bad(`#Strings index 0x${offset.toString(16)} out of range (heap size 0x${this.bytes.length.toString(16)})`);
    let end = offset;
    while (end < this.bytes.length && this.bytes[end] !== 0) end++;
    s = utf8.decode(this.bytes.subarray(offset, end));
    this.cache.set(offset, s);
    return s;
  }
}

export class UserStringHeap {
  constructor(readonly bytes: Uint8Array) {}
  get(offset: number): string {
    if (offset === 0) return '';
    if (offset >= this.bytes.length) bad(`#US index 0x${offset.toString(16)} out of range`);
    const r = new ByteReader(this.bytes, offset, '#US heap');
    const len = r.compressedU32();
    const body = r.slice(len);
    // The last byte is the "has special characters" flag, not part of the string.
    return utf16.decode(body.subarray(0, len & ~1));
  }
}

export class GuidHeap {
  constructor(readonly bytes: Uint8Array) {}
  /** GUID by 1-based index, in its canonical text form; '' for the null index. */
  get(index: number): string {
    if (index === 0) return '';
    const off = (index - 1) * 16;
    if (off + 16 > this.bytes.length) bad(`#GUID index ${index} out of range`);
    return formatGuid(this.bytes.subarray(off, off + 16));
  }
}

export function formatGuid(b: Uint8Array): string {
  const h = (i: number) => b[i]!.toString(16).padStart(2, '0');
  return (
    h(3) + h(2) + h(1) + h(0) + '-' + h(5) + h(4) + '-' + h(7) + h(6) + '-' + h(8) + h(9) + '-' +
    h(10) + h(11) + h(12) + h(13) + h(14) + h(15)
  );
}

export class BlobHeap {
  constructor(readonly bytes: Uint8Array) {}
  get(offset: number): Uint8Array {
    if (offset === 0) return new Uint8Array(0);
    if (offset >= this.bytes.length) bad(`#Blob index 0x${offset.toString(16)} out of range (heap size 0x${this.bytes.length.toString(16)})`);
    const r = new ByteReader(this.bytes, offset, '#Blob heap');
    const len = r.compressedU32();
    return r.slice(len);
  }
  reader(offset: number, what = 'signature blob'): ByteReader {
    return new ByteReader(this.get(offset), 0, what);
  }
}
