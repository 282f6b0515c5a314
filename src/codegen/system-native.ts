// The native functions the runtime exports for methods without IL that are bound by name
// (ARCHITECTURE decision 1): runtime/include/dn_system_native.h, read at compile time. A
// P/Invoke whose entry point the header declares is compiled as a direct call with each
// argument cast to the declared parameter type (LibraryImport's generated `__PInvoke` methods
// take blittable arguments); any other P/Invoke keeps the warning and the fail-fast body.
//
//   import module          C function
//   libSystem.Native       the entry point itself (SystemNative_Write ...)
//   QCall                  DnQCall_<entry point> (blittable QCalls only)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultRuntimeDir } from '../toolchain/runtime.js';

export interface NativeFunction {
  name: string;
  /** C return type ('void' for none). */
  returnType: string;
  /** C parameter types, in order. */
  params: string[];
  /** A declaration a translation unit can contain as is (struct tags forward-declared). */
  declaration: string;
}

export const SYSTEM_NATIVE_HEADER = 'dn_system_native.h';

/** Parses the one-line prototypes of the header. */
export function parseNativeHeader(text: string): Map<string, NativeFunction> {
  const out = new Map<string, NativeFunction>();
  const noComments = text.replace(/\/\*[\s\S]*?\*\//g, ' ').replace(/\/\/[^\n]*/g, '');
  for (const raw of noComments.split('\n')) {
    const line = raw.trim();
    if (!line || line.startsWith('#') || line.startsWith('struct ') || line.startsWith('typedef') || line.startsWith('extern "C"') || line.startsWith('}')) continue;
    const m = /^([A-Za-z_][\w\s*]*?)\s*\b([A-Za-z_]\w*)\s*\(([^()]*)\)\s*;$/.exec(line);
    if (!m) continue;
    const returnType = normalizeType(m[1]!);
    const name = m[2]!;
    const plist = m[3]!.trim();
    const params = plist === 'void' || plist === '' ? [] : plist.split(',').map((p) => paramType(p.trim()));
    const tags = new Set<string>();
    for (const t of [returnType, ...params]) for (const s of t.matchAll(/struct\s+(\w+)/g)) tags.add(s[1]!);
    const decl = `${[...tags].sort().map((t) => `struct ${t}; `).join('')}${returnType}${returnType.endsWith('*') ? '' : ' '}${name}(${params.join(', ') || 'void'});`;
    out.set(name, { name, returnType, params, declaration: decl });
  }
  return out;
}

function normalizeType(t: string): string {
  return t.replace(/\s*\*\s*/g, '*').replace(/\s+/g, ' ').trim().replace(/\*+/, (stars) => ' ' + stars);
}

/** The type of one parameter declaration ("const char *path" -> "const char *"). */
function paramType(p: string): string {
  const m = /^(.*?[\s*])([A-Za-z_]\w*)(\[\d*\])?$/.exec(p);
  if (!m) return normalizeType(p);
  let t = m[1]!.trim();
  if (m[3]) t += ' *';
  return normalizeType(t);
}

let cache: Map<string, NativeFunction> | undefined;

/** The functions runtime/include/dn_system_native.h declares (read once). */
export function nativeFunctions(): Map<string, NativeFunction> {
  if (cache) return cache;
  const file = join(defaultRuntimeDir(), 'include', SYSTEM_NATIVE_HEADER);
  let text = '';
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    // No runtime next to this installation: nothing is bound by name.
  }
  cache = parseNativeHeader(text);
  return cache;
}

/** The C function implementing a P/Invoke of `entry` imported from `module`, if the runtime has one. */
export function nativeFunctionFor(module: string, entry: string): NativeFunction | undefined {
  const fns = nativeFunctions();
  const lib = module.replace(/\.(so|dll|dylib)$/i, '');
  if (lib === 'libSystem.Native' || lib === 'System.Native') return entry.startsWith('SystemNative_') ? fns.get(entry) : undefined;
  if (module === 'QCall') return fns.get(`DnQCall_${entry}`);
  return undefined;
}
