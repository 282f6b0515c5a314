// The table stream (#~ or the uncompressed #-, ECMA-335 II.24.2.6): row counts, column widths
// derived from the actual table and heap sizes, and lazy row decoding.
import { ByteReader } from './bytes.js';
import { bad } from './errors.js';
import { CodedIndexes, type CodedIndexName, type Row, TABLE_COUNT, TableNames, type TableName, Tables, makeToken, tableIdOf } from './schema.js';
import type { BlobHeap, GuidHeap, StringHeap } from './heaps.js';

const enum ColKind { U16, U32, Str, Guid, Blob, Table, Coded }

interface ColumnLayout {
  name: string;
  kind: ColKind;
  offset: number;
  wide: boolean;
  /** Target table for simple indexes; tag table list for coded ones. */
  target: number;
  coded?: readonly number[];
  tagBits: number;
}

export interface TableLayout {
  id: number;
  name: TableName;
  rows: number;
  rowSize: number;
  offset: number;
  columns: ColumnLayout[];
}

export interface Heaps {
  strings: StringHeap;
  guids: GuidHeap;
  blobs: BlobHeap;
}

function tagBitsFor(n: number): number {
  let bits = 0;
  while ((1 << bits) < n) bits++;
  return bits;
}

export class TableStream {
  readonly majorVersion: number;
  readonly minorVersion: number;
  readonly heapSizes: number;
  readonly rowCounts: number[] = new Array(TABLE_COUNT).fill(0);
  readonly sorted: bigint;
  readonly tables: (TableLayout | undefined)[] = new Array(TABLE_COUNT);
  private readonly data: Uint8Array;
  private readonly view: DataView;

  /**
   * @param externalRowCounts row counts of tables that live in another metadata (the type
   *   system tables referenced from a portable PDB); they size indexes but have no rows here.
   */
  constructor(
    bytes: Uint8Array,
    readonly heaps: Heaps,
    readonly uncompressed: boolean,
    externalRowCounts?: number[],
  ) {
    const r = new ByteReader(bytes, 0, 'metadata table stream');
    r.skip(4);
    this.majorVersion = r.u8();
    this.minorVersion = r.u8();
    this.heapSizes = r.u8();
    r.skip(1);
    const valid = r.u64();
    this.sorted = r.u64();
    for (let i = 0; i < TABLE_COUNT; i++) {
      if ((valid >> BigInt(i)) & 1n) {
        if (TableNames[i] === undefined) bad(`unknown metadata table 0x${i.toString(16)} present`);
        const n = r.u32();
        if (n > 0x00ffffff) bad(`table ${TableNames[i]} has too many rows (${n})`);
        this.rowCounts[i] = n;
      }
    }
    if (this.heapSizes & 0x40) r.skip(4); // extra data (uncompressed streams)
    const sizingCounts = this.rowCounts.slice();
    if (externalRowCounts) for (let i = 0; i < TABLE_COUNT; i++) sizingCounts[i] = Math.max(sizingCounts[i]!, externalRowCounts[i] ?? 0);
    // A minimal EnC delta uses 4-byte references everywhere.
    const allWide = uncompressed && (this.heapSizes & 0x20) !== 0;
    const strWide = allWide || (this.heapSizes & 1) !== 0;
    const guidWide = allWide || (this.heapSizes & 2) !== 0;
    const blobWide = allWide || (this.heapSizes & 4) !== 0;
    let offset = r.pos;
    for (let id = 0; id < TABLE_COUNT; id++) {
      const name = TableNames[id];
      if (!name || this.rowCounts[id] === 0) continue;
      const columns: ColumnLayout[] = [];
      let rowSize = 0;
      for (const [colName, kind] of Tables[name]) {
        const col: ColumnLayout = { name: colName, kind: ColKind.U16, offset: rowSize, wide: false, target: -1, tagBits: 0 };
        if (kind === 'u16') { col.kind = ColKind.U16; }
        else if (kind === 'u32') { col.kind = ColKind.U32; col.wide = true; }
        else if (kind === 'str') { col.kind = ColKind.Str; col.wide = strWide; }
        else if (kind === 'guid') { col.kind = ColKind.Guid; col.wide = guidWide; }
        else if (kind === 'blob') { col.kind = ColKind.Blob; col.wide = blobWide; }
        else if (kind.startsWith('T:')) {
          col.kind = ColKind.Table;
          col.target = tableIdOf(kind.slice(2) as TableName);
          col.wide = allWide || sizingCounts[col.target]! >= 0x10000;
        } else {
          col.kind = ColKind.Coded;
          const tags = CodedIndexes[kind.slice(2) as CodedIndexName];
          col.coded = tags;
          col.tagBits = tagBitsFor(tags.length);
          const maxRows = Math.max(...tags.map((t) => (t < 0 ? 0 : sizingCounts[t]!)));
          col.wide = allWide || maxRows >= 1 << (16 - col.tagBits);
        }
        rowSize += col.wide ? 4 : 2;
        columns.push(col);
      }
      this.tables[id] = { id, name, rows: this.rowCounts[id]!, rowSize, offset, columns };
      offset += rowSize * this.rowCounts[id]!;
    }
    if (offset > bytes.length) bad(`metadata tables run past the end of the #~ stream (need ${offset} bytes, have ${bytes.length})`);
    this.data = bytes;
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  rows(table: TableName | number): number {
    const id = typeof table === 'number' ? table : tableIdOf(table);
    return this.rowCounts[id] ?? 0;
  }

  has(table: TableName): boolean {
    return this.rows(table) > 0;
  }

  layout(table: TableName): TableLayout | undefined {
    return this.tables[tableIdOf(table)];
  }

  /** Raw (undecoded) column value: heap offset, row id or coded index as stored. */
  raw(table: TableName, rid: number, column: number): number {
    const t = this.tables[tableIdOf(table)];
    if (!t || rid < 1 || rid > t.rows) bad(`${table} row ${rid} out of range (table has ${t?.rows ?? 0} rows)`);
    const col = t.columns[column]!;
    const at = t.offset + (rid - 1) * t.rowSize + col.offset;
    return col.wide ? this.view.getUint32(at, true) : this.view.getUint16(at, true);
  }

  /** Decodes one row. Row ids are 1-based; out-of-range ids raise BadImageError. */
  row<T extends TableName>(table: T, rid: number): Row<T> {
    const t = this.tables[tableIdOf(table)];
    if (!t || rid < 1 || rid > t.rows) bad(`${table} row ${rid} out of range (table has ${t?.rows ?? 0} rows)`);
    const base = t.offset + (rid - 1) * t.rowSize;
    const out: Record<string, string | number> = {};
    for (const col of t.columns) {
      const at = base + col.offset;
      const v = col.wide ? this.view.getUint32(at, true) : this.view.getUint16(at, true);
      switch (col.kind) {
        case ColKind.U16: case ColKind.U32: case ColKind.Blob: case ColKind.Table:
          out[col.name] = v;
          break;
        case ColKind.Str:
          out[col.name] = this.heaps.strings.get(v);
          break;
        case ColKind.Guid:
          out[col.name] = this.heaps.guids.get(v);
          break;
        case ColKind.Coded: {
          const tag = v & ((1 << col.tagBits) - 1);
          const index = v >>> col.tagBits;
          const target = col.coded![tag];
          if (target === undefined || target < 0) bad(`${table} row ${rid}: invalid ${col.name} coded index tag ${tag}`);
          out[col.name] = index === 0 ? 0 : makeToken(target, index);
          break;
        }
      }
    }
    return out as Row<T>;
  }

  /**
   * Binary search in a table sorted by a simple-index or coded-index key column: the first rid
   * whose key equals `key` (raw stored value), or 0. Falls back to a scan if the table is
   * not marked sorted.
   */
  lowerBound(table: TableName, column: number, key: number): number {
    const n = this.rows(table);
    if (n === 0) return 0;
    const id = tableIdOf(table);
    const isSorted = ((this.sorted >> BigInt(id)) & 1n) === 1n;
    if (!isSorted) {
      for (let rid = 1; rid <= n; rid++) if (this.raw(table, rid, column) === key) return rid;
      return 0;
    }
    let lo = 1, hi = n + 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.raw(table, mid, column) < key) lo = mid + 1;
      else hi = mid;
    }
    return lo <= n && this.raw(table, lo, column) === key ? lo : 0;
  }

  /** All rids of a table whose key column equals `key` (raw stored value). */
  equalRange(table: TableName, column: number, key: number): number[] {
    const n = this.rows(table);
    const id = tableIdOf(table);
    const isSorted = ((this.sorted >> BigInt(id)) & 1n) === 1n;
    const out: number[] = [];
    if (!isSorted) {
      for (let rid = 1; rid <= n; rid++) if (this.raw(table, rid, column) === key) out.push(rid);
      return out;
    }
    for (let rid = this.lowerBound(table, column, key); rid > 0 && rid <= n && this.raw(table, rid, column) === key; rid++) out.push(rid);
    return out;
  }

  /** Encodes a token as the raw value a coded-index column of `coded` would store. */
  encodeCoded(coded: CodedIndexName, token: number): number {
    const tags = CodedIndexes[coded] as readonly number[];
    const tag = tags.indexOf(token >>> 24);
    if (tag < 0) return -1;
    return ((token & 0xffffff) << tagBitsFor(tags.length)) | tag;
  }

  get size(): number {
    return this.data.length;
  }
}
