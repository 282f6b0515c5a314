// Method bodies (ECMA-335 II.25.4): tiny and fat headers, the IL bytes, the local variable
// signature token and extra data sections with small and fat exception-handling clauses.
import { ByteReader } from './bytes.js';
import { bad } from './errors.js';

export const enum EhKind {
  Catch = 0, Filter = 1, Finally = 2, Fault = 4,
}

export interface EhClause {
  kind: EhKind;
  tryOffset: number;
  tryLength: number;
  handlerOffset: number;
  handlerLength: number;
  /** Catch: the class token. */
  classToken: number;
  /** Filter: the offset of the filter block. */
  filterOffset: number;
}

export interface MethodBody {
  maxStack: number;
  initLocals: boolean;
  localVarSigToken: number;
  il: Uint8Array;
  ehClauses: EhClause[];
}

const TINY = 0x2, FAT = 0x3, MORE_SECTS = 0x8, INIT_LOCALS = 0x10;
const SECT_EH = 0x1, SECT_FAT = 0x40, SECT_MORE = 0x80;

/** Only the IL size, without decoding sections (for summaries). */
export function readCodeSize(bytes: Uint8Array, offset: number): number {
  const r = new ByteReader(bytes, offset, 'method body');
  const b0 = r.u8();
  if ((b0 & 3) === TINY) return b0 >> 2;
  if ((b0 & 3) !== FAT) bad(`method body at 0x${offset.toString(16)}: invalid header`);
  r.pos = offset + 4;
  return r.u32();
}

export function readMethodBody(bytes: Uint8Array, offset: number): MethodBody {
  const r = new ByteReader(bytes, offset, 'method body');
  const b0 = r.u8();
  if ((b0 & 3) === TINY) {
    const size = b0 >> 2;
    return { maxStack: 8, initLocals: false, localVarSigToken: 0, il: r.slice(size), ehClauses: [] };
  }
  if ((b0 & 3) !== FAT) bad(`method body at file offset 0x${offset.toString(16)}: invalid header byte 0x${b0.toString(16)}`);
  r.pos = offset;
  const flagsAndSize = r.u16();
  const headerSize = (flagsAndSize >> 12) * 4;
  if (headerSize < 12) bad(`method body at file offset 0x${offset.toString(16)}: fat header size ${headerSize}`);
  const maxStack = r.u16();
  const codeSize = r.u32();
  const localVarSigToken = r.u32();
  r.pos = offset + headerSize;
  const il = r.slice(codeSize);
  const ehClauses: EhClause[] = [];
  let more = (flagsAndSize & MORE_SECTS) !== 0;
  while (more) {
    r.pos = (r.pos + 3) & ~3;
    const kind = r.u8();
    if ((kind & SECT_EH) === 0) bad(`method body at file offset 0x${offset.toString(16)}: unknown data section kind 0x${kind.toString(16)}`);
    const fat = (kind & SECT_FAT) !== 0;
    let dataSize: number;
    if (fat) {
      dataSize = r.u8() | (r.u8() << 8) | (r.u8() << 16);
    } else {
      dataSize = r.u8();
      r.skip(2);
    }
    const clauseSize = fat ? 24 : 12;
    const count = Math.floor((dataSize - 4) / clauseSize);
    if (count < 0) bad(`method body at file offset 0x${offset.toString(16)}: EH section too small`);
    for (let i = 0; i < count; i++) {
      const flags = fat ? r.u32() : r.u16();
      const tryOffset = fat ? r.u32() : r.u16();
      const tryLength = fat ? r.u32() : r.u8();
      const handlerOffset = fat ? r.u32() : r.u16();
      const handlerLength = fat ? r.u32() : r.u8();
      const extra = r.u32();
      if (flags !== 0 && flags !== 1 && flags !== 2 && flags !== 4) bad(`method body at file offset 0x${offset.toString(16)}: unknown EH clause kind ${flags}`);
      ehClauses.push({
        kind: flags as EhKind,
        tryOffset, tryLength, handlerOffset, handlerLength,
        classToken: flags === EhKind.Catch ? extra : 0,
        filterOffset: flags === EhKind.Filter ? extra : 0,
      });
    }
    more = (kind & SECT_MORE) !== 0;
  }
  return { maxStack, initLocals: (flagsAndSize & INIT_LOCALS) !== 0, localVarSigToken, il, ehClauses };
}
