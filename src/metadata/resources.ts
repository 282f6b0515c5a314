// Manifest resources (ECMA-335 II.22.24 and II.24.2.4 / II.25.3.3): the ManifestResource table
// names each resource; an embedded one (Implementation null) lives in the CLI header's
// Resources directory at its Offset, as a 4-byte length followed by the bytes.
import type { AssemblyFile } from './assembly.js';
import { ByteReader } from './bytes.js';
import { bad } from './errors.js';
import { sliceAtRva } from './pe.js';
import { TableId, tokenTable } from './schema.js';

export const enum ManifestResourceFlags {
  VisibilityMask = 0x7,
  Public = 0x1,
  Private = 0x2,
}

export interface ManifestResource {
  rid: number;
  name: string;
  flags: number;
  isPublic: boolean;
  /** 0 when embedded in this file; else the File or AssemblyRef token that holds it. */
  implementation: number;
  /** Offset in the Resources directory (embedded) or in the File (linked). */
  offset: number;
  /** Byte length of an embedded resource; undefined for resources held elsewhere. */
  size?: number;
}

/** The Resources directory of the CLI header (empty when the image has none). */
function resourceDirectory(file: AssemblyFile): Uint8Array {
  const { rva, size } = file.pe.cli.resources;
  if (rva === 0 || size === 0) return new Uint8Array(0);
  return sliceAtRva(file.pe, rva, size);
}

/** Location (start, length) of an embedded resource's bytes inside the Resources directory. */
function embeddedSpan(dir: Uint8Array, offset: number, name: string): [number, number] {
  const r = new ByteReader(dir, 0, `manifest resource '${name}'`);
  if (dir.length === 0) bad(`manifest resource '${name}' is embedded but the image has no resources directory`);
  r.pos = offset;
  const length = r.u32();
  r.need(length);
  return [r.pos, length];
}

/** All ManifestResource rows, in table order. */
export function manifestResources(file: AssemblyFile): ManifestResource[] {
  const md = file.md;
  const out: ManifestResource[] = [];
  let dir: Uint8Array | undefined;
  for (let rid = 1; rid <= md.rows('ManifestResource'); rid++) {
    const row = md.row('ManifestResource', rid);
    const res: ManifestResource = {
      rid,
      name: row.Name,
      flags: row.Flags,
      isPublic: (row.Flags & ManifestResourceFlags.VisibilityMask) === ManifestResourceFlags.Public,
      implementation: row.Implementation,
      offset: row.Offset,
    };
    if (row.Implementation === 0) {
      dir ??= resourceDirectory(file);
      res.size = embeddedSpan(dir, row.Offset, row.Name)[1];
    } else {
      const t = tokenTable(row.Implementation);
      if (t !== TableId.File && t !== TableId.AssemblyRef) bad(`manifest resource '${row.Name}': invalid Implementation`);
      md.checkToken(row.Implementation);
    }
    out.push(res);
  }
  return out;
}

/** The resource with this exact (case-sensitive) name, if any. */
export function findManifestResource(file: AssemblyFile, name: string): ManifestResource | undefined {
  return manifestResources(file).find((r) => r.name === name);
}

/**
 * The bytes of an embedded resource (a view into the file). Raises BadImageError for a
 * resource held in another file or assembly, or when there is none with that name.
 */
export function manifestResourceBytes(file: AssemblyFile, resource: ManifestResource | string): Uint8Array {
  const res = typeof resource === 'string' ? findManifestResource(file, resource) : resource;
  if (!res) return bad(`${file.name} has no manifest resource '${String(resource)}'`);
  if (res.implementation !== 0) bad(`manifest resource '${res.name}' is not embedded in ${file.name}`);
  const dir = resourceDirectory(file);
  const [start, length] = embeddedSpan(dir, res.offset, res.name);
  return dir.subarray(start, start + length);
}
