// The metadata root (ECMA-335 II.24.2.1): version string, stream headers, and the heaps and
// tables behind them. Also the list lookups every consumer needs (a type's fields and methods,
// a method's parameters, rows owned by a parent), with the EnC *Ptr indirection tables honoured.
import { ByteReader } from './bytes.js';
import { bad } from './errors.js';
import { BlobHeap, GuidHeap, StringHeap, UserStringHeap } from './heaps.js';
import { type TableName, TABLE_COUNT, TableId, makeToken, tokenRid, tokenTable } from './schema.js';
import { TableStream } from './tables.js';

export interface StreamHeader {
  name: string;
  offset: number;
  size: number;
}

/** The #Pdb stream of a portable PDB. */
export interface PdbStream {
  id: Uint8Array;
  entryPoint: number;
  typeSystemRowCounts: number[];
}

export class Metadata {
  readonly version: string;
  readonly streams: StreamHeader[] = [];
  readonly strings: StringHeap;
  readonly userStrings: UserStringHeap;
  readonly guids: GuidHeap;
  readonly blobs: BlobHeap;
  readonly tables: TableStream;
  readonly pdb?: PdbStream;

  /**
   * @param typeSystemRowCounts for a portable PDB without its own type system tables: the row
   *   counts of the assembly it describes (taken from the #Pdb stream when absent).
   */
  constructor(readonly bytes: Uint8Array, typeSystemRowCounts?: number[]) {
    const r = new ByteReader(bytes, 0, 'metadata root');
    if (r.u32() !== 0x424a5342) bad('bad metadata signature (expected BSJB)');
    r.skip(8); // major, minor, reserved
    const len = r.u32();
    if (len > 255) bad(`metadata version string too long (${len})`);
    this.version = r.slice(len).reduce((s, b) => (b === 0 ? s : s + String.fromCharCode(b)), '');
    r.skip(2); // flags
    const count = r.u16();
    for (let i = 0; i < count; i++) {
      const offset = r.u32();
      const size = r.u32();
      const start = r.pos;
      const name = r.cstring(32);
      r.pos = start + (((r.pos - start) + 3) & ~3);
      if (offset + size > bytes.length) bad(`metadata stream ${name} runs past the end of the metadata`);
      this.streams.push({ name, offset, size });
    }
    const stream = (name: string) => {
      const s = this.streams.find((h) => h.name === name);
      return s ? bytes.subarray(s.offset, s.offset + s.size) : new Uint8Array(0);
    };
    this.strings = new StringHeap(stream('#Strings'));
    this.userStrings = new UserStringHeap(stream('#US'));
    this.guids = new GuidHeap(stream('#GUID'));
    this.blobs = new BlobHeap(stream('#Blob'));
    const pdbBytes = this.streams.some((s) => s.name === '#Pdb') ? stream('#Pdb') : undefined;
    let external = typeSystemRowCounts;
    if (pdbBytes) {
      const p = new ByteReader(pdbBytes, 0, '#Pdb stream');
      const id = p.slice(20);
      const entryPoint = p.u32();
      const mask = p.u64();
      const counts: number[] = new Array(TABLE_COUNT).fill(0);
      for (let i = 0; i < 64; i++) if ((mask >> BigInt(i)) & 1n) counts[i] = p.u32();
      this.pdb = { id, entryPoint, typeSystemRowCounts: counts };
      external ??= counts;
    }
    const compressed = this.streams.find((s) => s.name === '#~');
    const uncompressed = this.streams.find((s) => s.name === '#-');
    const tableHeader = compressed ?? uncompressed;
    if (!tableHeader) bad('metadata has no table stream (#~ or #-)');
    this.tables = new TableStream(
      bytes.subarray(tableHeader.offset, tableHeader.offset + tableHeader.size),
      { strings: this.strings, guids: this.guids, blobs: this.blobs },
      tableHeader === uncompressed,
      external,
    );
  }

  row<T extends TableName>(table: T, rid: number) {
    return this.tables.row(table, rid);
  }
  rows(table: TableName): number {
    return this.tables.rows(table);
  }

  /**
   * Resolves a run of a list column (TypeDef.FieldList, MethodDef.ParamList, ...): the rids
   * of the target table from this row's start up to the next row's start, through the
   * indirection table when the image has one.
   */
  private listRange(owner: TableName, rid: number, column: string, target: TableName, ptr: TableName): number[] {
    const ownerRows = this.rows(owner);
    const colIndex = (this.tables.layout(owner)?.columns ?? []).findIndex((c) => c.name === column);
    if (colIndex < 0) return [];
    const ptrRows = this.rows(ptr);
    const targetRows = ptrRows > 0 ? ptrRows : this.rows(target);
    const start = this.tables.raw(owner, rid, colIndex);
    const end = rid < ownerRows ? this.tables.raw(owner, rid + 1, colIndex) : targetRows + 1;
    const out: number[] = [];
    if (start === 0) return out;
    const last = Math.min(end, targetRows + 1);
    for (let i = start; i < last; i++) {
      if (ptrRows > 0) {
        const ptrCol = this.tables.raw(ptr, i, 0);
        out.push(ptrCol);
      } else out.push(i);
    }
    return out;
  }

  typeFields(typeRid: number): number[] {
    return this.listRange('TypeDef', typeRid, 'FieldList', 'Field', 'FieldPtr');
  }
  typeMethods(typeRid: number): number[] {
    return this.listRange('TypeDef', typeRid, 'MethodList', 'MethodDef', 'MethodPtr');
  }
  methodParams(methodRid: number): number[] {
    return this.listRange('MethodDef', methodRid, 'ParamList', 'Param', 'ParamPtr');
  }
  private mapped(map: 'EventMap' | 'PropertyMap', typeRid: number, target: 'Event' | 'Property'): number[] {
    const mapRid = this.tables.lowerBound(map, 0, typeRid);
    if (!mapRid) return [];
    return this.listRange(map, mapRid, map === 'EventMap' ? 'EventList' : 'PropertyList', target,
      target === 'Event' ? 'EventPtr' : 'PropertyPtr');
  }
  typeEvents(typeRid: number): number[] {
    return this.mapped('EventMap', typeRid, 'Event');
  }
  typeProperties(typeRid: number): number[] {
    return this.mapped('PropertyMap', typeRid, 'Property');
  }

  private ownerIndex = new Map<string, Map<number, number[]>>();

  /**
   * Rows of `table` whose key column refers to `token` (or, for simple index columns, to
   * `rid`). Built once per (table, column) as a hash index, so it works for sorted and
   * unsorted tables alike.
   */
  ownedBy(table: TableName, column: string, key: number): number[] {
    const k = table + '.' + column;
    let index = this.ownerIndex.get(k);
    if (!index) {
      index = new Map();
      const n = this.rows(table);
      for (let rid = 1; rid <= n; rid++) {
        const row = this.tables.row(table, rid) as Record<string, unknown>;
        const v = row[column] as number;
        let list = index.get(v);
        if (!list) index.set(v, (list = []));
        list.push(rid);
      }
      this.ownerIndex.set(k, index);
    }
    return index.get(key) ?? [];
  }

  customAttributesOf(token: number): number[] {
    return this.ownedBy('CustomAttribute', 'Parent', token);
  }
  genericParamsOf(ownerToken: number): number[] {
    return this.ownedBy('GenericParam', 'Owner', ownerToken).sort(
      (a, b) => this.row('GenericParam', a).Number - this.row('GenericParam', b).Number);
  }
  genericParamConstraints(gpRid: number): number[] {
    return this.ownedBy('GenericParamConstraint', 'Owner', gpRid);
  }
  interfacesOf(typeRid: number): number[] {
    return this.ownedBy('InterfaceImpl', 'Class', typeRid);
  }
  methodImplsOf(typeRid: number): number[] {
    return this.ownedBy('MethodImpl', 'Class', typeRid);
  }
  nestedTypesOf(typeRid: number): number[] {
    return this.ownedBy('NestedClass', 'EnclosingClass', typeRid).map((r) => this.row('NestedClass', r).NestedClass);
  }
  enclosingTypeOf(typeRid: number): number {
    const r = this.ownedBy('NestedClass', 'NestedClass', typeRid)[0];
    return r ? this.row('NestedClass', r).EnclosingClass : 0;
  }
  classLayoutOf(typeRid: number): { packingSize: number; classSize: number } | undefined {
    const r = this.ownedBy('ClassLayout', 'Parent', typeRid)[0];
    if (!r) return undefined;
    const row = this.row('ClassLayout', r);
    return { packingSize: row.PackingSize, classSize: row.ClassSize };
  }
  fieldOffsetOf(fieldRid: number): number | undefined {
    const r = this.ownedBy('FieldLayout', 'Field', fieldRid)[0];
    return r ? this.row('FieldLayout', r).Offset : undefined;
  }
  fieldRvaOf(fieldRid: number): number | undefined {
    const r = this.ownedBy('FieldRVA', 'Field', fieldRid)[0];
    return r ? this.row('FieldRVA', r).RVA : undefined;
  }
  constantOf(token: number): { type: number; value: number } | undefined {
    const r = this.ownedBy('Constant', 'Parent', token)[0];
    if (!r) return undefined;
    const row = this.row('Constant', r);
    return { type: row.Type & 0xff, value: row.Value };
  }
  implMapOf(methodToken: number): { flags: number; importName: string; moduleName: string } | undefined {
    const r = this.ownedBy('ImplMap', 'MemberForwarded', methodToken)[0];
    if (!r) return undefined;
    const row = this.row('ImplMap', r);
    return { flags: row.MappingFlags, importName: row.ImportName, moduleName: this.row('ModuleRef', row.ImportScope).Name };
  }
  methodSemanticsOf(association: number): { semantics: number; method: number }[] {
    return this.ownedBy('MethodSemantics', 'Association', association).map((r) => {
      const row = this.row('MethodSemantics', r);
      return { semantics: row.Semantics, method: row.Method };
    });
  }

  /** The declaring TypeDef rid of a MethodDef or Field rid (binary search over the list columns). */
  declaringTypeOf(table: 'MethodDef' | 'Field', rid: number): number {
    const column = table === 'MethodDef' ? 5 : 4;
    const ptr = table === 'MethodDef' ? 'MethodPtr' : 'FieldPtr';
    let target = rid;
    if (this.rows(ptr) > 0) {
      // With indirection, find the position of rid in the pointer table.
      const n = this.rows(ptr);
      target = 0;
      for (let i = 1; i <= n; i++) if (this.tables.raw(ptr, i, 0) === rid) { target = i; break; }
      if (!target) return 0;
    }
    const types = this.rows('TypeDef');
    let lo = 1, hi = types;
    let found = 0;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const start = this.tables.raw('TypeDef', mid, column);
      if (start <= target) { found = mid; lo = mid + 1; } else hi = mid - 1;
    }
    return found;
  }

  userString(token: number): string {
    if (tokenTable(token) !== 0x70) bad(`token 0x${token.toString(16)} is not a user string`);
    return this.userStrings.get(tokenRid(token));
  }

  /** Checks that a token names an existing row; raises BadImageError otherwise. */
  checkToken(token: number): void {
    const t = tokenTable(token), rid = tokenRid(token);
    if (t === 0x70) {
      if (rid >= this.userStrings.bytes.length) bad(`user string token 0x${token.toString(16)} out of range`);
      return;
    }
    if (t >= TABLE_COUNT || rid < 1 || rid > this.tables.rows(t)) bad(`token 0x${token.toString(16).padStart(8, '0')} out of range`);
  }
}

export { TableId, makeToken, tokenRid, tokenTable };
