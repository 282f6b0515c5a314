// Mutation fuzzing of the metadata reader: a small assembly (the Hello fixture) and a mid-sized
// framework assembly (System.Linq) get random bit flips, special-value overwrites, zeroed runs
// and truncations aimed at the PE headers, the metadata root, the table stream header, the table
// rows, the four heaps and the method bodies. Every mutated image is then read deeply; the only
// exception allowed out of the reader is BadImageError, and no case may take more than 2 s.
//
// Reproduce a failure with the seed and case number it prints:
//   DOTNATIVE_FUZZ_SEED=<seed> DOTNATIVE_FUZZ_CASES=<n> node --test dist/test/fuzz.test.js
// DOTNATIVE_FUZZ_CASES (default 1000) is the number of cases over both assemblies.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, test } from 'node:test';
import { AssemblyFile } from '../src/metadata/assembly.js';
import { BadImageError } from '../src/metadata/errors.js';
import { findSharedFramework } from '../src/metadata/framework.js';
import { rvaToOffset } from '../src/metadata/pe.js';
import { TableNames, type TableName, Tables } from '../src/metadata/schema.js';
import {
  decodeFieldSig, decodeLocalsSig, decodeMethodSig, decodeMethodSpec, decodePropertySig, decodeTypeSpec, isLocalsSig,
} from '../src/metadata/signatures.js';
import { overview, summary } from '../src/cli/inspect.js';
import { findTypeDefs, typeDefFullName } from '../src/cli/names.js';
import { fixtureDll } from './support/fixtures.js';

const TOTAL_CASES = Math.max(1, Number.parseInt(process.env.DOTNATIVE_FUZZ_CASES ?? '', 10) || 1000);
const BASE_SEED = (Number.parseInt(process.env.DOTNATIVE_FUZZ_SEED ?? '', 10) || 0x5eed2025) >>> 0;
const CASE_LIMIT_MS = 2000;

// ---- deterministic PRNG (mulberry32) ----------------------------------------------------------

type Rng = () => number;

function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const int = (rng: Rng, n: number) => Math.floor(rng() * n);
const pick = <T>(rng: Rng, xs: readonly T[]): T => xs[int(rng, xs.length)]!;

// ---- regions of an image ----------------------------------------------------------------------

interface Region {
  name: string;
  start: number;
  end: number;
  /** For a table's rows: the row layout, for cell-aware mutations. */
  table?: { rowSize: number; columns: { name: string; offset: number; wide: boolean }[] };
  /** Values worth trying in a cell: row counts and heap sizes around their limits. */
  limits?: number[];
}

/** The interesting byte ranges of a well-formed assembly, found with the reader itself. */
function regionsOf(file: AssemblyFile): Region[] {
  const pe = file.pe;
  const bytes = file.bytes;
  const peOffset = new DataView(bytes.buffer, bytes.byteOffset).getUint32(0x3c, true);
  const headersEnd = peOffset + 24 + (pe.is64 ? 240 : 224) + 40 * pe.sections.length;
  const cliOff = rvaToOffset(pe, pe.directories[14]!.rva);
  const mdOff = rvaToOffset(pe, pe.cli.metadata.rva);
  const md = file.md;
  const limits = [md.strings.bytes.length, md.blobs.bytes.length, md.userStrings.bytes.length, md.guids.bytes.length / 16,
    ...md.tables.rowCounts.filter((n) => n > 0)].flatMap((n) => [n - 1, n, n + 1]);
  const regions: Region[] = [
    { name: 'DOS/PE/section headers', start: 0, end: headersEnd },
    { name: 'CLI header', start: cliOff, end: cliOff + 72 },
    { name: 'metadata root', start: mdOff, end: mdOff + (md.streams[0]?.offset ?? 64) },
  ];
  for (const s of md.streams) {
    const start = mdOff + s.offset;
    if (s.name === '#~' || s.name === '#-') {
      const firstTable = md.tables.tables.find((t) => t !== undefined);
      const headerEnd = start + (firstTable?.offset ?? 24);
      regions.push({ name: 'table stream header', start, end: headerEnd });
      for (const t of md.tables.tables) {
        if (!t) continue;
        regions.push({ name: `${t.name} rows`, start: start + t.offset, end: start + t.offset + t.rows * t.rowSize, table: t, limits });
      }
    } else {
      regions.push({ name: `${s.name} heap`, start, end: start + s.size });
    }
  }
  // Method bodies: from the first to the last body offset (plus the last body's size).
  let lo = Infinity, hi = 0;
  for (let rid = 1; rid <= md.rows('MethodDef'); rid++) {
    const rva = md.row('MethodDef', rid).RVA;
    if (!rva) continue;
    const off = rvaToOffset(pe, rva);
    lo = Math.min(lo, off);
    hi = Math.max(hi, off + 12 + file.methodCodeSize(rid));
  }
  if (hi > lo) regions.push({ name: 'method bodies', start: lo, end: Math.min(hi, bytes.length) });
  return regions.filter((r) => r.end > r.start);
}

// ---- mutations --------------------------------------------------------------------------------

interface Mutation {
  description: string;
  /** The mutated image (a fresh copy, or a truncated view of the original). */
  bytes: Uint8Array;
  /** The byte range touched (for focused decoding of large assemblies). */
  at: number;
}

const SPECIAL_U32 = [0, 1, 0x7f, 0x80, 0xff, 0xffff, 0x10000, 0x7fffffff, 0x80000000, 0xffffffff, 0x00ffffff];

function mutate(original: Uint8Array, regions: Region[], rng: Rng): Mutation {
  const region = pick(rng, regions);
  const at = region.start + int(rng, region.end - region.start);
  const op = int(rng, region.table ? 12 : 10);
  if (op >= 10) {
    // A cell of a row set to a limit: an index one past a table's rows or a heap's end, etc.
    const t = region.table!;
    const row = Math.floor((at - region.start) / t.rowSize);
    const col = pick(rng, t.columns);
    const cell = region.start + row * t.rowSize + col.offset;
    const raw = pick(rng, region.limits!);
    // Coded indexes keep a tag in their low bits: shift the limit above a random tag.
    const value = (rng() < 0.5 ? raw : raw * 32 + int(rng, 32)) >>> 0;
    const bytes = new Uint8Array(original);
    const view = new DataView(bytes.buffer);
    if (col.wide) view.setUint32(cell, value, true);
    else view.setUint16(cell, value & 0xffff, true);
    return { description: `${region.name}: row ${row + 1} ${col.name} = 0x${value.toString(16)}`, bytes, at: cell };
  }
  if (op === 0) {
    // Truncation anywhere in or just after the region.
    const cut = Math.min(original.length - 1, at);
    return { description: `truncate to ${cut} bytes (in ${region.name})`, bytes: original.subarray(0, cut), at: cut };
  }
  const bytes = new Uint8Array(original); // a copy
  const view = new DataView(bytes.buffer);
  let description: string;
  switch (op) {
    case 1:
    case 2:
    case 3: {
      const n = 1 + int(rng, 4);
      const hits: string[] = [];
      for (let i = 0; i < n; i++) {
        const p = Math.min(bytes.length - 1, at + int(rng, 16));
        const bit = int(rng, 8);
        bytes[p]! ^= 1 << bit;
        hits.push(`0x${p.toString(16)}.${bit}`);
      }
      description = `flip bits ${hits.join(' ')}`;
      break;
    }
    case 4:
    case 5: {
      const v = pick(rng, SPECIAL_U32);
      const p = Math.min(bytes.length - 4, at & ~1);
      view.setUint32(p, v, true);
      description = `u32 0x${v.toString(16)} at 0x${p.toString(16)}`;
      break;
    }
    case 6: {
      const v = pick(rng, SPECIAL_U32) & 0xffff;
      const p = Math.min(bytes.length - 2, at);
      view.setUint16(p, v, true);
      description = `u16 0x${v.toString(16)} at 0x${p.toString(16)}`;
      break;
    }
    case 7: {
      const n = 1 + int(rng, 64);
      const v = pick(rng, [0, 0xff, int(rng, 256)]);
      bytes.fill(v, at, Math.min(bytes.length, at + n));
      description = `fill ${n} bytes with 0x${v.toString(16)} at 0x${at.toString(16)}`;
      break;
    }
    case 8: {
      const n = 1 + int(rng, 32);
      for (let i = 0; i < n && at + i < bytes.length; i++) bytes[at + i] = int(rng, 256);
      description = `${n} random bytes at 0x${at.toString(16)}`;
      break;
    }
    default: {
      // Copy a run from elsewhere in the same region (plausible-looking garbage).
      const n = 1 + int(rng, 16);
      const from = region.start + int(rng, region.end - region.start);
      bytes.copyWithin(at, from, Math.min(from + n, bytes.length));
      description = `copy ${n} bytes from 0x${from.toString(16)} to 0x${at.toString(16)}`;
      break;
    }
  }
  return { description: `${description} (in ${region.name})`, bytes, at };
}

// ---- deep reading -----------------------------------------------------------------------------

/** Runs `fn`; a BadImageError is an accepted outcome for one unit of work, anything else escapes. */
function tolerate(fn: () => void): void {
  try {
    fn();
  } catch (e) {
    if (!(e instanceof BadImageError)) throw e;
    stats.rejectedReads++;
  }
}

/** What the campaign reached: images the reader opened, rejected outright, reads it refused. */
const stats = { opened: 0, rejectedAtOpen: 0, rejectedReads: 0 };

interface Focus {
  /** File offset of the mutation. */
  at: number;
  /** Blobs and strings within this many bytes of `at` go through every decoder. */
  window: number;
  /** Decode only the rows near the mutation (plus the first and last two of each table). */
  nearOnly: boolean;
  /** File offset of the table stream, to place rows. */
  tablesOff: number;
  /** Every how many methods to read a body outside the window. */
  bodyStride: number;
}

const SIGNATURE_DECODERS: Partial<Record<TableName, (md: AssemblyFile['md'], rid: number) => void>> = {
  MethodDef: (md, rid) => void decodeMethodSig(md.blobs.get(md.row('MethodDef', rid).Signature)),
  Field: (md, rid) => void decodeFieldSig(md.blobs.get(md.row('Field', rid).Signature)),
  MemberRef: (md, rid) => {
    const blob = md.blobs.get(md.row('MemberRef', rid).Signature);
    if (blob.length > 0 && (blob[0]! & 0x0f) === 0x06) decodeFieldSig(blob);
    else decodeMethodSig(blob);
  },
  TypeSpec: (md, rid) => void decodeTypeSpec(md.blobs.get(md.row('TypeSpec', rid).Signature)),
  StandAloneSig: (md, rid) => {
    const blob = md.blobs.get(md.row('StandAloneSig', rid).Signature);
    if (isLocalsSig(blob)) decodeLocalsSig(blob);
    else decodeMethodSig(blob);
  },
  MethodSpec: (md, rid) => void decodeMethodSpec(md.blobs.get(md.row('MethodSpec', rid).Instantiation)),
  Property: (md, rid) => void decodePropertySig(md.blobs.get(md.row('Property', rid).Type)),
};

/** Opens the image and reads everything the reader offers (or, with `focus`, what is near the mutation). */
function exercise(bytes: Uint8Array, focus?: Focus): void {
  let file: AssemblyFile;
  try {
    file = new AssemblyFile('fuzz.dll', bytes);
    stats.opened++;
  } catch (e) {
    if (!(e instanceof BadImageError)) throw e;
    stats.rejectedAtOpen++;
    return;
  }
  const md = file.md;
  tolerate(() => void file.name);
  tolerate(() => void file.identity);
  tolerate(() => void file.references());
  tolerate(() => void file.entryPointToken);
  tolerate(() => void summary(file));
  tolerate(() => void overview(file, 'fuzz.dll'));

  const near = (table: TableName, rid: number): boolean => {
    if (!focus?.nearOnly) return true;
    const n = md.rows(table);
    if (rid <= 2 || rid >= n - 1) return true;
    const t = md.tables.layout(table)!;
    const off = focus.tablesOff + t.offset + (rid - 1) * t.rowSize;
    return Math.abs(off - focus.at) <= focus.window;
  };

  // Every row of every table: strings and GUIDs are decoded by row(); blobs are fetched here.
  for (let id = 0; id < TableNames.length; id++) {
    const name = TableNames[id];
    if (!name) continue;
    const n = md.rows(name);
    const blobs = blobColumns(name);
    const decodeSig = SIGNATURE_DECODERS[name];
    for (let rid = 1; rid <= n; rid++) {
      if (!near(name, rid)) continue;
      tolerate(() => {
        const row = md.row(name, rid) as Record<string, string | number>;
        for (const col of blobs) tolerate(() => void md.blobs.get(row[col] as number));
      });
      if (decodeSig) tolerate(() => decodeSig(md, rid));
    }
  }
  if (focus) tolerate(() => walkHeapsNear(file, focus));

  // Lists and lookups over types.
  const types = md.rows('TypeDef');
  for (let rid = 1; rid <= types; rid++) {
    if (!near('TypeDef', rid)) continue;
    tolerate(() => void typeDefFullName(md, rid));
    tolerate(() => void md.typeFields(rid));
    tolerate(() => {
      for (const m of md.typeMethods(rid).slice(0, 64)) tolerate(() => void md.methodParams(m));
    });
    tolerate(() => void md.typeProperties(rid));
    tolerate(() => void md.typeEvents(rid));
    tolerate(() => void md.interfacesOf(rid));
    tolerate(() => void md.nestedTypesOf(rid));
    tolerate(() => void md.classLayoutOf(rid));
    tolerate(() => void md.genericParamsOf((0x02 << 24) | rid));
  }
  tolerate(() => void findTypeDefs(md, 'Program'));

  // User strings: walk the #US heap entry by entry.
  tolerate(() => {
    const us = md.userStrings.bytes;
    for (let off = 1, i = 0; off < us.length && i < 1_000_000; i++) {
      const at = off;
      tolerate(() => void md.userStrings.get(at));
      const [h, len] = entryHeader(us, off);
      off += h + len;
    }
  });
  tolerate(() => {
    const guids = md.guids.bytes.length / 16;
    for (let i = 1; i <= guids; i++) tolerate(() => void md.guids.get(i));
  });

  // Method bodies, with their local signatures and EH clause tokens.
  const methods = md.rows('MethodDef');
  /** Whether a method's row or its body lies near the mutation. */
  const methodNear = (rid: number): boolean => {
    if (near('MethodDef', rid)) return true;
    try {
      const rva = md.tables.raw('MethodDef', rid, 0);
      return rva !== 0 && Math.abs(rvaToOffset(file.pe, rva) - focus!.at) <= focus!.window;
    } catch (e) {
      if (e instanceof BadImageError) return true;
      throw e;
    }
  };
  for (let rid = 1; rid <= methods; rid++) {
    const close = focus?.nearOnly ? methodNear(rid) : true;
    if (!close && rid % focus!.bodyStride !== 0) continue;
    tolerate(() => void file.methodCodeSize(rid));
    tolerate(() => {
      const body = file.methodBody(rid);
      if (!body) return;
      if (body.localVarSigToken) {
        md.checkToken(body.localVarSigToken);
        const sig = md.blobs.get(md.row('StandAloneSig', body.localVarSigToken & 0xffffff).Signature);
        decodeLocalsSig(sig);
      }
      for (const c of body.ehClauses) if (c.classToken) tolerate(() => md.checkToken(c.classToken));
    });
    tolerate(() => void md.declaringTypeOf('MethodDef', rid));
    const sampled = methods <= 64 || rid % DISASM_STRIDE === 0 || (focus?.nearOnly && close);
    if (disassemble && sampled) tolerate(() => void disassemble!(file, rid));
  }
}

/** The IL disassembler (src/metadata/il/disasm.ts), when built: decodes IL and resolves tokens. */
let disassemble: ((file: AssemblyFile, rid: number) => string) | undefined;
const DISASM_STRIDE = 31;

const blobColumnCache = new Map<TableName, string[]>();
function blobColumns(table: TableName): string[] {
  let cols = blobColumnCache.get(table);
  if (!cols) {
    cols = (Tables[table] as readonly (readonly [string, string])[]).filter(([, kind]) => kind === 'blob').map(([n]) => n);
    blobColumnCache.set(table, cols);
  }
  return cols;
}

/** Length prefix of a #Blob or #US entry (ECMA-335 II.24.2.4): [header bytes, length]. */
function entryHeader(heap: Uint8Array, off: number): [number, number] {
  const b0 = heap[off]!;
  if ((b0 & 0x80) === 0) return [1, b0];
  if ((b0 & 0xc0) === 0x80) return [2, ((b0 & 0x3f) << 8) | (heap[off + 1] ?? 0)];
  return [4, (((b0 & 0x1f) << 24) | ((heap[off + 1] ?? 0) << 16) | ((heap[off + 2] ?? 0) << 8) | (heap[off + 3] ?? 0)) >>> 0];
}

/**
 * Every #Blob entry near the mutation through every signature decoder (whatever the blob was
 * meant to be), and the #Strings entries near it.
 */
function walkHeapsNear(file: AssemblyFile, focus: Focus): void {
  const md = file.md;
  const mdOff = rvaToOffset(file.pe, file.pe.cli.metadata.rva);
  const stream = (name: string) => md.streams.find((s) => s.name === name);
  const blob = stream('#Blob');
  if (blob) {
    const heap = md.blobs.bytes;
    const rel = focus.at - (mdOff + blob.offset);
    if (rel >= -focus.window && rel < heap.length + focus.window) {
      for (let off = 1, i = 0; off < heap.length && i < 1_000_000; i++) {
        const [h, len] = entryHeader(heap, off);
        if (Math.abs(off - rel) <= focus.window) {
          const bytes = heap.subarray(off + h, off + h + len);
          tolerate(() => void md.blobs.get(off));
          for (const decode of [decodeMethodSig, decodeFieldSig, decodeTypeSpec, decodeLocalsSig, decodeMethodSpec, decodePropertySig]) {
            tolerate(() => void decode(bytes));
          }
        }
        off += h + len;
      }
    }
  }
  const strings = stream('#Strings');
  if (strings) {
    const rel = focus.at - (mdOff + strings.offset);
    const lo = Math.max(0, rel - 256), hi = Math.min(md.strings.bytes.length, rel + 256);
    for (let off = lo; off < hi; off++) tolerate(() => void md.strings.get(off));
  }
}

// ---- the campaigns ----------------------------------------------------------------------------

/**
 * Runs `cases` mutations of the assembly at `path`. With `nearOnly`, only the rows near each
 * mutation and a sample of method bodies are decoded (for assemblies too large to read whole
 * a thousand times).
 */
function campaign(label: string, path: string, cases: number, seed: number, nearOnly: boolean): void {
  const original = new Uint8Array(readFileSync(path));
  const clean = new AssemblyFile(path, original);
  const regions = regionsOf(clean);
  const tablesStream = clean.md.streams.find((s) => s.name === '#~' || s.name === '#-')!;
  const tablesOff = rvaToOffset(clean.pe, clean.pe.cli.metadata.rva) + tablesStream.offset;
  // The unmutated image must read cleanly all the way through.
  Object.assign(stats, { opened: 0, rejectedAtOpen: 0, rejectedReads: 0 });
  exercise(original);
  assert.equal(stats.rejectedReads, 0, `${label}: the unmutated image must read without errors`);
  Object.assign(stats, { opened: 0, rejectedAtOpen: 0, rejectedReads: 0 });
  let slowest = 0;
  for (let i = 0; i < cases; i++) {
    const caseSeed = (seed + Math.imul(i, 0x9e3779b1)) >>> 0;
    const rng = mulberry32(caseSeed);
    const m = mutate(original, regions, rng);
    const started = performance.now();
    try {
      exercise(m.bytes, { at: m.at, window: 2048, nearOnly, tablesOff, bodyStride: 97 });
    } catch (e) {
      const err = e as Error;
      assert.fail(
        `${label}: case ${i} (DOTNATIVE_FUZZ_SEED=${seed}, case seed 0x${caseSeed.toString(16)}): ${m.description}: ` +
        `${err.name}: ${err.message}\n${err.stack ?? ''}`,
      );
    }
    const ms = performance.now() - started;
    slowest = Math.max(slowest, ms);
    assert.ok(ms < CASE_LIMIT_MS,
      `${label}: case ${i} (DOTNATIVE_FUZZ_SEED=${seed}, case seed 0x${caseSeed.toString(16)}) took ${ms.toFixed(0)} ms: ${m.description}`);
  }
  process.stdout.write(`${label}: ${cases} cases (seed ${seed}): ${stats.opened} opened, ${stats.rejectedAtOpen} rejected ` +
    `at open, ${stats.rejectedReads} reads rejected; slowest case ${slowest.toFixed(1)} ms\n`);
}

// The cases are shared out: 60% to the small fixture, 30% to System.Linq (both read whole every
// time), 10% to System.Private.CoreLib (read near the mutation).
const helloCases = Math.ceil(TOTAL_CASES * 0.6);
const linqCases = Math.ceil(TOTAL_CASES * 0.3);
const coreLibCases = TOTAL_CASES - helloCases - linqCases;
const frameworkDll = (name: string) => join(findSharedFramework().dir, name + '.dll');

before(async () => {
  try {
    const mod = (await import('../src/metadata/il/disasm.js')) as { disassembleMethod: typeof disassemble };
    disassemble = mod.disassembleMethod;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ERR_MODULE_NOT_FOUND') throw e;
  }
});

test(`fuzz: Hello fixture, ${helloCases} mutated images`, () => {
  campaign('Hello', fixtureDll('Hello'), helloCases, BASE_SEED, false);
});

test(`fuzz: System.Linq, ${linqCases} mutated images`, { skip: linqCases === 0 }, () => {
  campaign('System.Linq', frameworkDll('System.Linq'), linqCases, (BASE_SEED ^ 0xa5a5a5a5) >>> 0, false);
});

test(`fuzz: System.Private.CoreLib, ${coreLibCases} mutated images`, { skip: coreLibCases <= 0 }, () => {
  campaign('System.Private.CoreLib', frameworkDll('System.Private.CoreLib'), coreLibCases, (BASE_SEED ^ 0x3c3c3c3c) >>> 0, true);
});
