// C identifiers for everything the generated program defines: types (their structs and
// MethodTables), methods, fields, statics and string literals. Names are readable (the C is
// meant to be read: `System_String__get_Length`, `Program__Main`) and deterministic: a name
// depends only on the item's own identity, never on what else is in the program, so the same
// framework method gets the same name — and the same translation unit text — in every program
// (decision 8, and the object cache). Where the readable form loses information (characters C
// cannot spell, overloads, generic instantiations, very long names) a short hash of the exact
// identity is appended.
import { createHash } from 'node:crypto';
import type { FieldDesc, MethodDesc } from '../typesystem/members.js';
import { ArrayType, ByRefType, DefType, FunctionPointerType, GenericParameter, PointerType, SignatureVariable, type TypeDesc } from '../typesystem/types.js';

const MAX_NAME = 96;

const fullNames = new WeakMap<DefType, string>();

/** DefType.fullName, memoized (the type system decodes metadata rows on every call). */
export function fullNameOf(t: DefType): string {
  let n = fullNames.get(t);
  if (n === undefined) fullNames.set(t, (n = t.fullName));
  return n;
}

/** Short hash of a text (stable across runs and machines). */
export function shortHash(text: string, length = 6): string {
  return createHash('sha256').update(text).digest('hex').slice(0, length);
}

/**
 * A readable C spelling of `text`: letters, digits and '_' kept, '.' as '_', '+' (nested
 * types) as '__', anything else as '_'. `lossy` tells whether characters other than '.' and
 * '+' were replaced (then two different texts may share the spelling).
 */
export function mangle(text: string): { text: string; lossy: boolean } {
  let out = '';
  let lossy = false;
  for (const ch of text) {
    if (/[A-Za-z0-9_]/.test(ch)) out += ch;
    else if (ch === '.') out += '_';
    else if (ch === '+') out += '__';
    else {
      out += '_';
      lossy = true;
    }
  }
  if (/^[0-9]/.test(out)) out = '_' + out;
  return { text: out, lossy };
}

/** Short names of primitive types inside generic instantiations and array element types. */
const SHORT: Record<string, string> = {
  'System.Boolean': 'bool', 'System.Char': 'char', 'System.SByte': 'int8', 'System.Byte': 'uint8',
  'System.Int16': 'int16', 'System.UInt16': 'uint16', 'System.Int32': 'int32', 'System.UInt32': 'uint32',
  'System.Int64': 'int64', 'System.UInt64': 'uint64', 'System.Single': 'float32', 'System.Double': 'float64',
  'System.IntPtr': 'nint', 'System.UIntPtr': 'nuint', 'System.String': 'string', 'System.Object': 'object',
  'System.Void': 'void',
};

/** The exact identity of a type as text (assembly-qualified where it matters). */
export function typeIdentity(t: TypeDesc): string {
  if (t instanceof DefType) {
    const base = `[${t.assembly.name}]${fullNameOf(t)}`;
    return t.instantiation.length ? `${base}<${t.instantiation.map(typeIdentity).join(',')}>` : base;
  }
  if (t instanceof ArrayType) return `${typeIdentity(t.elementType)}[${t.isSzArray ? '' : t.rank === 1 ? '*' : ','.repeat(t.rank - 1)}]`;
  if (t instanceof PointerType) return `${typeIdentity(t.elementType)}*`;
  if (t instanceof ByRefType) return `${typeIdentity(t.elementType)}&`;
  if (t instanceof FunctionPointerType) {
    const s = t.signature;
    return `fnptr<${s.callingConvention}:${[...s.params, s.returnType].map(typeIdentity).join(',')}>`;
  }
  if (t instanceof GenericParameter) return `${t.kind === 'type' ? '!' : '!!'}${t.index}:${t.name}`;
  if (t instanceof SignatureVariable) return String(t);
  return String(t);
}

/** Identity of a method: owner, name, instantiation and signature. */
export function methodIdentity(m: MethodDesc): string {
  const sig = m.signature;
  const inst = m.instantiation.length ? `<${m.instantiation.map(typeIdentity).join(',')}>` : '';
  return `${typeIdentity(m.owningType)}::${m.name}${inst}(${sig.params.map(typeIdentity).join(',')})${typeIdentity(sig.returnType)}`;
}

const C_KEYWORDS = new Set([
  'auto', 'break', 'case', 'char', 'const', 'continue', 'default', 'do', 'double', 'else', 'enum', 'extern', 'float', 'for',
  'goto', 'if', 'inline', 'int', 'long', 'register', 'restrict', 'return', 'short', 'signed', 'sizeof', 'static', 'struct',
  'switch', 'typedef', 'union', 'unsigned', 'void', 'volatile', 'while', 'asm', 'typeof', 'bool', 'true', 'false',
]);

/** The names of one program's items, memoized. */
export class CNames {
  private readonly types = new Map<TypeDesc, string>();
  private readonly methods = new Map<MethodDesc, string>();
  private readonly statics = new Map<FieldDesc, string>();
  /** C name -> identity, to catch collisions (an internal error, never silent). */
  private readonly taken = new Map<string, string>();

  private claim(name: string, identity: string): string {
    const prev = this.taken.get(name);
    if (prev !== undefined && prev !== identity) throw new Error(`C name collision: ${name} for ${prev} and ${identity}`);
    this.taken.set(name, identity);
    return name;
  }

  /**
   * Internal types of framework assemblies other than CoreLib are named after their assembly too:
   * every assembly has its own System.SR, Interop+Sys, ThrowHelper... (public names are unique).
   * So are all types of the application's assemblies other than the entry assembly: two of them
   * may each define a `Program`, public or not.
   */
  constructor(
    private readonly isFrameworkAssembly: (path: string) => boolean = () => true,
    private readonly entryAssemblyPath?: string,
  ) {}

  private assemblyPrefix(t: DefType): string {
    if (t.assembly === t.ctx.coreLib || t.assembly.path === this.entryAssemblyPath) return '';
    if (!this.isFrameworkAssembly(t.assembly.path)) return this.entryAssemblyPath === undefined ? '' : mangle(t.assembly.name).text + '__';
    let outer: DefType = t;
    for (let o = outer.containingType; o; o = o.containingType) outer = o;
    if ((outer.flags & 0x7) === 1) return '';
    return mangle(t.assembly.name).text + '__';
  }

  /** The readable part of a type's name (no hash), for composing with others. */
  private readable(t: TypeDesc): { text: string; lossy: boolean } {
    if (t instanceof DefType) {
      const full = this.assemblyPrefix(t) + fullNameOf(t);
      if (!t.instantiation.length) {
        return mangle(full);
      }
      const base = mangle(full);
      const args = t.instantiation.map((a) => this.readableArg(a));
      return { text: `${base.text}_${args.join('_')}`, lossy: true };
    }
    if (t instanceof ArrayType) {
      const e = this.readableArg(t.elementType);
      return { text: `${e}_${t.isSzArray ? 'Array' : `Array${t.rank}D`}`, lossy: true };
    }
    if (t instanceof PointerType) return { text: `${this.readableArg(t.elementType)}_Ptr`, lossy: true };
    if (t instanceof ByRefType) return { text: `${this.readableArg(t.elementType)}_Ref`, lossy: true };
    if (t instanceof FunctionPointerType) return { text: 'FnPtr', lossy: true };
    return { text: mangle(String(t)).text, lossy: true };
  }

  private readableArg(t: TypeDesc): string {
    if (t instanceof DefType && !t.instantiation.length && SHORT[fullNameOf(t)] && t.assembly === t.ctx.coreLib) return SHORT[fullNameOf(t)]!;
    if (t instanceof DefType && !t.instantiation.length) return mangle(t.name).text;
    if (t instanceof DefType) return `${mangle(t.name).text}_${t.instantiation.map((a) => this.readableArg(a)).join('_')}`;
    return this.readable(t).text;
  }

  /** The base name of a type: its struct (value types, object layouts) and the prefix of its members. */
  type(t: TypeDesc): string {
    let n = this.types.get(t);
    if (n) return n;
    if (t instanceof GenericParameter && t.kind === 'type' && t.ownerType) {
      // A generic parameter is named after its owner: `T` alone is not unique.
      const owner = t.ctx.typeForDefinition(t.assembly, t.ownerType.rid);
      n = this.claim(`${this.type(owner)}__gp${t.index}`, `generic parameter ${t.index} of ${typeIdentity(owner)}`);
      this.types.set(t, n);
      return n;
    }
    const r = this.readable(t);
    const id = typeIdentity(t);
    let text = r.text;
    if (r.lossy || text.length > MAX_NAME) text = `${text.slice(0, MAX_NAME)}_${shortHash(id)}`;
    n = this.claim(text, 'type ' + id);
    this.types.set(t, n);
    return n;
  }

  /** The MethodTable of a type. */
  mt(t: TypeDesc): string {
    return `${this.type(t)}__MT`;
  }

  /** A method's C function. */
  method(m: MethodDesc): string {
    let n = this.methods.get(m);
    if (n) return n;
    const owner = this.type(m.owningType);
    const mn = mangle(m.name === '.ctor' ? 'ctor' : m.name === '.cctor' ? 'cctor' : m.name);
    let text = `${owner}__${mn.text}`;
    if (m.instantiation.length) text += `_${m.instantiation.map((a) => this.readableArg(a)).join('_')}`;
    const overloaded = m.owningType instanceof DefType && m.owningType.methods.filter((x) => x.name === m.name).length > 1;
    const id = methodIdentity(m);
    if (mn.lossy || overloaded || m.instantiation.length || text.length > MAX_NAME) {
      text = `${text.slice(0, MAX_NAME)}_${shortHash(id)}`;
    }
    n = this.claim(text, 'method ' + id);
    this.methods.set(m, n);
    return n;
  }

  /** A static field's storage. */
  staticField(f: FieldDesc): string {
    let n = this.statics.get(f);
    if (n) return n;
    const mn = mangle(f.name);
    let text = `${this.type(f.owningType)}__${mn.text}`;
    if (mn.lossy) text += `_${shortHash(typeIdentity(f.owningType) + '::' + f.name)}`;
    n = this.claim(text, `field ${typeIdentity(f.owningType)}::${f.name}`);
    this.statics.set(f, n);
    return n;
  }

  /** The class-constructor state (DnCctorState) of a type. */
  cctorState(t: TypeDesc): string {
    return `${this.type(t)}__cctor_state`;
  }

  /** A string literal's frozen object. */
  stringLiteral(value: string): string {
    let readable = '';
    for (const ch of value) {
      if (readable.length >= 24) break;
      if (/[A-Za-z0-9]/.test(ch)) readable += ch;
      else if (!readable.endsWith('_')) readable += '_';
    }
    // Hashing encodes text as UTF-8, where every lone surrogate becomes U+FFFD: such literals
    // are hashed by their UTF-16 code units instead, so "a\uD800b" and "a\uFFFDb" differ.
    const key = !/[\uD800-\uDFFF]/.test(value) || Buffer.from(value, 'utf8').toString('utf8') === value ? value : `\u0000utf-16:${Buffer.from(value, 'utf16le').toString('hex')}`;
    return `str_${readable}_${shortHash(key, 8)}`.replace(/__+/g, '_');
  }
}

/** A struct member name for a field (unique inside the struct it is used in). */
export function memberName(name: string): string {
  let n = mangle(name).text;
  if (C_KEYWORDS.has(n) || n === '_mt_' || /^_pad\d/.test(n) || n === '_size_') n += '_';
  return n;
}
