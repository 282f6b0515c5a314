// Bounds-checked little-endian reading over a byte buffer. Every read past the end raises
// BadImageError, so malformed input can never surface as a RangeError or a wrong value.
import { bad } from './errors.js';

export class ByteReader {
  readonly view: DataView;
  constructor(
    readonly bytes: Uint8Array,
    public pos = 0,
    readonly what = 'data',
  ) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  get length(): number {
    return this.bytes.length;
  }
  get remaining(): number {
    return this.bytes.length - this.pos;
  }

  need(n: number, at = this.pos): void {
    if (at < 0 || n < 0 || at + n > this.bytes.length) {
      bad(`${this.what} truncated (needs ${n} bytes at offset 0x${at.toString(16)}, has ${this.bytes.length})`);
    }
  }

  u8(): number {
    this.need(1);
    return this.bytes[this.pos++]!;
  }
  i8(): number {
    this.need(1);
    return this.view.getInt8(this.pos++);
  }
  u16(): number {
    this.need(2);
    const v = this.view.getUint16(this.pos, true);
    this.pos += 2;
    return v;
  }
  i16(): number {
    this.need(2);
    const v = this.view.getInt16(this.pos, true);
    this.pos += 2;
    return v;
  }
  u32(): number {
    this.need(4);
    const v = this.view.getUint32(this.pos, true);
    this.pos += 4;
    return v;
  }
  i32(): number {
    this.need(4);
    const v = this.view.getInt32(this.pos, true);
    this.pos += 4;
    return v;
  }
  u64(): bigint {
    this.need(8);
    const v = this.view.getBigUint64(this.pos, true);
    this.pos += 8;
    return v;
  }
  i64(): bigint {
    this.need(8);
    const v = this.view.getBigInt64(this.pos, true);
    this.pos += 8;
    return v;
  }
  f32(): number {
    this.need(4);
    const v = this.view.getFloat32(this.pos, true);
    this.pos += 4;
    return v;
  }
  f64(): number {
    this.need(8);
    const v = this.view.getFloat64(this.pos, true);
    this.pos += 8;
    return v;
  }
  slice(n: number): Uint8Array {
    this.need(n);
    const s = this.bytes.subarray(this.pos, this.pos + n);
    this.pos += n;
    return s;
  }
  skip(n: number): void {
    this.need(n);
    this.pos += n;
  }
  /** Reads a 2- or 4-byte unsigned integer depending on `wide`. */
  index(wide: boolean): number {
    return wide ? this.u32() : this.u16();
  }

  /** ECMA-335 II.23.2 compressed unsigned integer. */
  compressedU32(): number {
    const b0 = this.u8();
    if ((b0 & 0x80) === 0) return b0;
    if ((b0 & 0xc0) === 0x80) return ((b0 & 0x3f) << 8) | this.u8();
    if ((b0 & 0xe0) === 0xc0) {
      const b1 = this.u8(), b2 = this.u8(), b3 = this.u8();
      return (((b0 & 0x1f) << 24) | (b1 << 16) | (b2 << 8) | b3) >>> 0;
    }
    return bad(`${this.what}: invalid compressed integer lead byte 0x${b0.toString(16)}`);
  }

  /** ECMA-335 II.23.2 compressed signed integer (rotated sign bit). */
  compressedI32(): number {
    const start = this.pos;
    const b0 = this.bytes[start];
    const raw = this.compressedU32();
    if (b0 === undefined) return raw;
    let bits: number;
    if ((b0 & 0x80) === 0) bits = 7;
    else if ((b0 & 0xc0) === 0x80) bits = 14;
    else bits = 29;
    const negative = (raw & 1) !== 0;
    const mag = raw >>> 1;
    return negative ? mag - (1 << (bits - 1)) : mag;
  }

  /** Null-terminated UTF-8 string of at most `max` bytes. */
  cstring(max = this.remaining): string {
    const end = Math.min(this.bytes.length, this.pos + max);
    let i = this.pos;
    while (i < end && this.bytes[i] !== 0) i++;
    const s = utf8.decode(this.bytes.subarray(this.pos, i));
    this.pos = Math.min(i + 1, this.bytes.length);
    return s;
  }
}

// A leading U+FEFF is text like any other (TextDecoder drops it by default), and UTF-16 is
// decoded code unit by code unit so that lone surrogates in a C# literal survive.
export const utf8 = new TextDecoder('utf-8', { ignoreBOM: true });
export const utf16 = {
  decode(bytes: Uint8Array): string {
    let s = '';
    for (let i = 0; i + 1 < bytes.length; i += 2 * 4096) {
      const end = Math.min(bytes.length & ~1, i + 2 * 4096);
      const units: number[] = [];
      for (let j = i; j < end; j += 2) units.push(bytes[j]! | (bytes[j + 1]! << 8));
      s += String.fromCharCode(...units);
    }
    return s;
  },
};
