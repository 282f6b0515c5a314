// ilasm-syntax text for signatures and metadata tokens, as ildasm writes them, from metadata
// alone (no cross-assembly resolution): TypeRefs show their resolution scope as [Assembly],
// nested types as Outer/Inner, generic instantiations as List`1<int32>, generic parameters as
// !0 / !!0 (or !T / !!T inside a generic context that names them), plus arrays with bounds,
// pointers, byrefs, custom modifiers, pinned, function pointers and the vararg sentinel.
import type { AssemblyFile } from '../assembly.js';
import { bad } from '../errors.js';
import type { Metadata } from '../metadata.js';
import { TableId, makeToken, tokenHex, tokenRid, tokenTable } from '../schema.js';
import {
  type MethodSig, type PrimitiveKind, type TypeSig, decodeFieldSig, decodeLocalsSig, decodeMethodSig,
  decodeMethodSpec, decodeTypeSpec, isLocalsSig,
} from '../signatures.js';
import { OPCODES } from './opcodes.js';

/**
 * Names for generic parameters in scope. Without a name (or without a context) a generic
 * parameter is written by position, !0 for a type parameter and !!0 for a method parameter.
 */
export interface GenericContext {
  readonly typeParams?: readonly string[];
  readonly methodParams?: readonly string[];
}

const PRIMITIVE_NAMES: Record<PrimitiveKind, string> = {
  void: 'void', bool: 'bool', char: 'char', i1: 'int8', u1: 'uint8', i2: 'int16', u2: 'uint16',
  i4: 'int32', u4: 'uint32', i8: 'int64', u8: 'uint64', r4: 'float32', r8: 'float64',
  string: 'string', object: 'object', i: 'native int', u: 'native uint', typedref: 'typedref',
};

// Words the ilasm lexer reserves: identifiers spelled like them must be quoted.
const KEYWORDS = new Set<string>([
  ...OPCODES.map((op) => op.name),
  'abstract', 'algorithm', 'alignment', 'ansi', 'any', 'arglist', 'array', 'as', 'assembly', 'assert', 'at',
  'auto', 'autochar', 'beforefieldinit', 'blob', 'blob_object', 'bool', 'bstr', 'bytearray', 'byvalstr',
  'callmostderived', 'carray', 'catch', 'cdecl', 'cf', 'char', 'cil', 'class', 'clsid', 'compilercontrolled',
  'currency', 'custom', 'date', 'decimal', 'default', 'demand', 'deny', 'enum', 'error', 'explicit',
  'extends', 'extern', 'false', 'famandassem', 'family', 'famorassem', 'fastcall', 'fault', 'field',
  'filetime', 'filter', 'final', 'finally', 'fixed', 'flags', 'float', 'float32', 'float64', 'forwardref',
  'fromunmanaged', 'handler', 'hidebysig', 'hresult', 'idispatch', 'il', 'illegal', 'implements',
  'import', 'in', 'inheritcheck', 'init', 'initonly', 'instance', 'int', 'int16', 'int32', 'int64', 'int8',
  'interface', 'internalcall', 'iunknown', 'lasterr', 'lcid', 'linkcheck', 'literal', 'lpstr', 'lpstruct',
  'lptstr', 'lpvoid', 'lpwstr', 'managed', 'marshal', 'method', 'modopt', 'modreq', 'native', 'nested',
  'newslot', 'noappdomain', 'noinlining', 'nomachine', 'nomangle', 'nometadata', 'noncasdemand',
  'noncasinheritance', 'noncaslinkdemand', 'noprocess', 'not', 'not_in_gc_heap', 'notremotable',
  'notserialized', 'null', 'nullref', 'object', 'objectref', 'opt', 'optil', 'out', 'permitonly', 'pinned',
  'pinvokeimpl', 'preservesig', 'private', 'privatescope', 'property', 'public', 'record', 'refany',
  'reqmin', 'reqopt', 'reqrefuse', 'reqsecobj', 'request', 'retval', 'rtspecialname', 'runtime',
  'safearray', 'sealed', 'sequential', 'serializable', 'special', 'specialname', 'static', 'stdcall',
  'storage', 'stored_object', 'stream', 'streamed_object', 'strict', 'string', 'struct', 'synchronized',
  'syschar', 'sysstring', 'tbstr', 'thiscall', 'tls', 'to', 'true', 'type', 'typedref', 'uint', 'uint16',
  'uint32', 'uint64', 'uint8', 'unicode', 'unmanaged', 'unmanagedexp', 'unsigned', 'userdefined',
  'value', 'valuetype', 'vararg', 'variant', 'vector', 'virtual', 'void', 'wchar', 'winapi', 'with',
  'wrapper', 'aggressiveinlining', 'nooptimization', 'aggressiveoptimization', 'mdtoken', 'event',
]);

const ID_PART = /^[\p{L}_$@`?][\p{L}\p{N}_$@`?]*$/u;

/** An ilasm name: kept bare when it is a valid (dotted) identifier, otherwise single-quoted. */
export function quoteName(name: string): string {
  if (name === '.ctor' || name === '.cctor') return name;
  if (name !== '' && !KEYWORDS.has(name) && name.split('.').every((p) => ID_PART.test(p))) return name;
  return "'" + name.replace(/\\/g, '\\\\').replace(/'/g, "\\'") + "'";
}

const STRING_ESCAPES: Record<string, string> = {
  '\t': '\\t', '\n': '\\n', '\r': '\\r', '\b': '\\b', '\f': '\\f', '\v': '\\v', '\x07': '\\a',
  '"': '\\"', '\\': '\\\\',
};

/**
 * An ldstr literal: a quoted string with C escapes, or, when the string holds characters
 * outside printable ASCII, ildasm's `bytearray (..)` of its UTF-16 code units.
 */
export function quoteString(s: string): string {
  let out = '"';
  for (const ch of s) {
    const esc = STRING_ESCAPES[ch];
    if (esc) out += esc;
    else if (ch >= ' ' && ch <= '~') out += ch;
    else return byteArray(s);
  }
  return out + '"';
}

function byteArray(s: string): string {
  const bytes: string[] = [];
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    bytes.push(hex2(c & 0xff), hex2(c >> 8));
  }
  return `bytearray (${bytes.join(' ')})`;
}

function hex2(b: number): string {
  return b.toString(16).toUpperCase().padStart(2, '0');
}

/** C's %.<precision>g. */
function formatG(v: number, precision: number): string {
  const exp = Number(v.toExponential(precision - 1).split('e')[1]);
  if (exp < -4 || exp >= precision) {
    const [mant, e] = v.toExponential(precision - 1).split('e') as [string, string];
    const m = mant.includes('.') ? mant.replace(/0+$/, '').replace(/\.$/, '') : mant;
    const n = Number(e);
    return `${m}e${n < 0 ? '-' : '+'}${String(Math.abs(n)).padStart(2, '0')}`;
  }
  const fixed = v.toFixed(Math.max(0, precision - 1 - exp));
  return fixed.includes('.') ? fixed.replace(/0+$/, '').replace(/\.$/, '') : fixed;
}

/**
 * A floating-point literal as ildasm writes it: zero as 0.0 / -0.0, otherwise %g with 8
 * (float32) or 17 (float64) significant digits and a trailing '.' when the text would read as
 * an integer; values that text does not reproduce exactly (NaN, infinities, float32 values
 * needing 9 digits) as their little-endian bytes in parentheses.
 */
export function formatFloat(v: number, bits: 32 | 64): string {
  if (v === 0) return Object.is(v, -0) ? '-0.0' : '0.0';
  if (Number.isFinite(v)) {
    let s = formatG(v, bits === 32 ? 8 : 17);
    if (!/[.e]/.test(s)) s += '.';
    const back = Number.parseFloat(s);
    if ((bits === 32 ? Math.fround(back) : back) === v) return s;
  }
  const b = new Uint8Array(bits / 8);
  const dv = new DataView(b.buffer);
  if (bits === 32) dv.setFloat32(0, v, true);
  else dv.setFloat64(0, v, true);
  return '(' + [...b].map(hex2).join(' ') + ')';
}

const CALLING_CONVENTIONS: Record<number, string> = {
  0x0: '', 0x1: 'unmanaged cdecl ', 0x2: 'unmanaged stdcall ', 0x3: 'unmanaged thiscall ',
  0x4: 'unmanaged fastcall ', 0x5: 'vararg ', 0x9: 'unmanaged ',
};

/** The calling-convention prefix of a method signature: 'instance ', 'explicit ', 'vararg ', ... */
export function callingConventionText(sig: MethodSig): string {
  let s = '';
  if (sig.hasThis) s += 'instance ';
  if (sig.explicitThis) s += 'explicit ';
  return s + (CALLING_CONVENTIONS[sig.callingConvention] ?? `callconv(${sig.callingConvention}) `);
}

export interface MethodTextOptions {
  /** Rendered owner type, written before '::'. */
  owner?: string;
  /** Method name (quoted as needed here). */
  name?: string;
  /** Rendered generic arguments (MethodSpec) or parameter list (definitions), without the angle brackets. */
  generics?: string;
  /** Parameter names (definitions), by position. */
  paramNames?: readonly (string | undefined)[];
  /** Per-parameter prefixes such as '[out] ', by position. */
  paramPrefixes?: readonly (string | undefined)[];
}

/** Renders signatures and tokens of one module's metadata as ilasm text. */
export class IlFormatter {
  private readonly typeDefNames = new Map<number, string>();
  private readonly typeRefNames = new Map<number, string>();
  /** TypeSpecs being rendered, to reject a TypeSpec that (indirectly) contains itself. */
  private readonly renderingSpecs = new Set<number>();

  constructor(readonly md: Metadata) {}

  private static readonly cache = new WeakMap<object, IlFormatter>();

  /** The (cached) formatter of an assembly's or a metadata's tables. */
  static for(source: AssemblyFile | Metadata): IlFormatter {
    const md = 'md' in source ? source.md : source;
    let f = IlFormatter.cache.get(md);
    if (!f) IlFormatter.cache.set(md, (f = new IlFormatter(md)));
    return f;
  }

  // ---- type names ----

  /** A TypeDef's name: Namespace.Name, nested types as Outer/Inner. */
  typeDefName(rid: number, depth = 0): string {
    let s = this.typeDefNames.get(rid);
    if (s !== undefined) return s;
    if (depth > 64) bad(`TypeDef ${rid}: nesting too deep`);
    const row = this.md.row('TypeDef', rid);
    const enclosing = this.md.enclosingTypeOf(rid);
    if (enclosing && enclosing !== rid) s = this.typeDefName(enclosing, depth + 1) + '/' + quoteName(row.TypeName);
    else s = quoteName(row.TypeNamespace ? row.TypeNamespace + '.' + row.TypeName : row.TypeName);
    this.typeDefNames.set(rid, s);
    return s;
  }

  /** A TypeRef's name with its resolution scope: [Assembly]Namespace.Name, [Assembly]Outer/Inner. */
  typeRefName(rid: number, depth = 0): string {
    let s = this.typeRefNames.get(rid);
    if (s !== undefined) return s;
    if (depth > 64) bad(`TypeRef ${rid}: resolution scope chain too deep`);
    const row = this.md.row('TypeRef', rid);
    const scope = row.ResolutionScope;
    const name = quoteName(row.TypeNamespace ? row.TypeNamespace + '.' + row.TypeName : row.TypeName);
    switch (tokenTable(scope)) {
      case TableId.TypeRef:
        s = this.typeRefName(tokenRid(scope), depth + 1) + '/' + quoteName(row.TypeName);
        break;
      case TableId.AssemblyRef:
        s = '[' + quoteName(this.md.row('AssemblyRef', tokenRid(scope)).Name) + ']' + name;
        break;
      case TableId.ModuleRef:
        s = '[.module ' + quoteName(this.md.row('ModuleRef', tokenRid(scope)).Name) + ']' + name;
        break;
      default:
        // Module scope (or none): a type of this module.
        s = name;
    }
    this.typeRefNames.set(rid, s);
    return s;
  }

  /** The name of a TypeDef or TypeRef token, without a class/valuetype keyword. */
  typeDefOrRefName(token: number): string {
    switch (tokenTable(token)) {
      case TableId.TypeDef: return this.typeDefName(tokenRid(token));
      case TableId.TypeRef: return this.typeRefName(tokenRid(token));
      case TableId.TypeSpec: return this.typeSpecText(tokenRid(token));
      default: return bad(`token ${tokenHex(token)} is not a TypeDef, TypeRef or TypeSpec`);
    }
  }

  typeSpec(rid: number): TypeSig {
    return decodeTypeSpec(this.md.blobs.get(this.md.row('TypeSpec', rid).Signature));
  }

  /** A TypeSpec's signature as text; TypeSpecs nested in each other (or in themselves) are bounded. */
  typeSpecText(rid: number, ctx?: GenericContext): string {
    if (this.renderingSpecs.has(rid)) bad(`TypeSpec ${rid} refers to itself`);
    if (this.renderingSpecs.size >= 64) bad(`TypeSpec ${rid}: TypeSpecs nested too deeply`);
    this.renderingSpecs.add(rid);
    try {
      return this.typeSig(this.typeSpec(rid), ctx);
    } finally {
      this.renderingSpecs.delete(rid);
    }
  }

  /**
   * A type as it appears as an instruction operand (box, newarr, castclass, ldtoken, ...):
   * TypeDef and TypeRef by name, TypeSpec as its full signature.
   */
  typeToken(token: number, ctx?: GenericContext): string {
    if (tokenTable(token) === TableId.TypeSpec) return this.typeSpecText(tokenRid(token), ctx);
    return this.typeDefOrRefName(token);
  }

  // ---- signatures ----

  typeSig(sig: TypeSig, ctx?: GenericContext): string {
    switch (sig.kind) {
      case 'prim': return PRIMITIVE_NAMES[sig.prim];
      case 'class': return 'class ' + this.typeDefOrRefName(sig.token);
      case 'valuetype': return 'valuetype ' + this.typeDefOrRefName(sig.token);
      case 'var': {
        const n = ctx?.typeParams?.[sig.index];
        return '!' + (n !== undefined ? quoteName(n) : String(sig.index));
      }
      case 'mvar': {
        const n = ctx?.methodParams?.[sig.index];
        return '!!' + (n !== undefined ? quoteName(n) : String(sig.index));
      }
      case 'ptr': return this.typeSig(sig.elem, ctx) + '*';
      case 'byref': return this.typeSig(sig.elem, ctx) + '&';
      case 'szarray': return this.typeSig(sig.elem, ctx) + '[]';
      case 'array': {
        const dims: string[] = [];
        for (let i = 0; i < sig.rank; i++) {
          const lo = sig.lowerBounds[i];
          const size = sig.sizes[i];
          if (lo !== undefined && size !== undefined) dims.push(size > 0 ? `${lo}...${lo + size - 1}` : `${lo}...`);
          else if (lo !== undefined) dims.push(`${lo}...`);
          else if (size !== undefined) dims.push(String(size));
          else dims.push('');
        }
        return this.typeSig(sig.elem, ctx) + '[' + dims.join(',') + ']';
      }
      case 'generic':
        return (sig.isValueType ? 'valuetype ' : 'class ') + this.typeDefOrRefName(sig.token) +
          '<' + sig.args.map((a) => this.typeSig(a, ctx)).join(', ') + '>';
      case 'fnptr':
        return 'method ' + callingConventionText(sig.method) + this.typeSig(sig.method.returnType, ctx) +
          ' *' + this.paramList(sig.method, ctx);
      case 'modified':
        return this.typeSig(sig.elem, ctx) + sig.mods.map((m) =>
          (m.required ? ' modreq(' : ' modopt(') + this.typeDefOrRefName(m.token) + ')').join('');
      case 'pinned': return this.typeSig(sig.elem, ctx) + ' pinned';
    }
  }

  /** '(int32, string)', with '...' before the vararg parameters of a call site. */
  paramList(sig: MethodSig, ctx?: GenericContext, opts: MethodTextOptions = {}): string {
    const parts = sig.params.map((p, i) => {
      const name = opts.paramNames?.[i];
      return (opts.paramPrefixes?.[i] ?? '') + this.typeSig(p, ctx) + (name ? ' ' + quoteName(name) : '');
    });
    if (sig.varargParams.length > 0) parts.push('...', ...sig.varargParams.map((p) => this.typeSig(p, ctx)));
    return '(' + parts.join(', ') + ')';
  }

  /**
   * A method signature: `instance void [Asm]NS.T::Name<args>(params)`; without owner and
   * name (calli) `int32(int32)`.
   */
  methodSig(sig: MethodSig, opts: MethodTextOptions = {}, ctx?: GenericContext): string {
    let s = callingConventionText(sig) + this.typeSig(sig.returnType, ctx);
    if (opts.name !== undefined) {
      s += ' ' + (opts.owner !== undefined ? opts.owner + '::' : '') + quoteName(opts.name);
      if (opts.generics) s += '<' + opts.generics + '>';
    }
    return s + this.paramList(sig, ctx, opts);
  }

  // ---- members ----

  /** The rendered owner of a MemberRef (its Class column), for use before '::'. */
  memberRefParent(parent: number, ctx?: GenericContext): string {
    switch (tokenTable(parent)) {
      case TableId.TypeDef:
      case TableId.TypeRef:
        return this.typeDefOrRefName(parent);
      case TableId.TypeSpec:
        return this.typeSpecText(tokenRid(parent), ctx);
      case TableId.ModuleRef:
        return '[.module ' + quoteName(this.md.row('ModuleRef', tokenRid(parent)).Name) + ']';
      case TableId.MethodDef: {
        // Vararg call site of a method defined here: owned by the method's type.
        const type = this.md.declaringTypeOf('MethodDef', tokenRid(parent));
        return type ? this.typeDefName(type) : '';
      }
      default:
        return bad(`MemberRef parent ${tokenHex(parent)} is not a valid MemberRefParent`);
    }
  }

  private ownerOf(table: 'MethodDef' | 'Field', rid: number): string | undefined {
    const type = this.md.declaringTypeOf(table, rid);
    // Members of the <Module> type are global: ildasm writes them without an owner.
    return type > 1 ? this.typeDefName(type) : undefined;
  }

  /** Whether a MemberRef's signature is a field signature. */
  isFieldRef(rid: number): boolean {
    const blob = this.md.blobs.get(this.md.row('MemberRef', rid).Signature);
    return blob.length > 0 && (blob[0]! & 0x0f) === 0x06;
  }

  /**
   * A method operand (MethodDef, MemberRef or MethodSpec): `instance void
   * [System.Runtime]System.Object::.ctor()`, `!!0 NS.C::Id<int32>(!!0)`. The member's own
   * signature keeps positional generic parameters (!0, !!0), as in ildasm; the owner type and
   * method instantiation are rendered in `ctx`.
   */
  methodToken(token: number, ctx?: GenericContext): string {
    const rid = tokenRid(token);
    switch (tokenTable(token)) {
      case TableId.MethodDef: {
        const row = this.md.row('MethodDef', rid);
        return this.methodSig(decodeMethodSig(this.md.blobs.get(row.Signature)), { owner: this.ownerOf('MethodDef', rid), name: row.Name });
      }
      case TableId.MemberRef: {
        const row = this.md.row('MemberRef', rid);
        const sig = decodeMethodSig(this.md.blobs.get(row.Signature));
        return this.methodSig(sig, { owner: this.memberRefParent(row.Class, ctx), name: row.Name });
      }
      case TableId.MethodSpec: {
        const spec = this.md.row('MethodSpec', rid);
        const args = decodeMethodSpec(this.md.blobs.get(spec.Instantiation)).map((a) => this.typeSig(a, ctx)).join(', ');
        const m = spec.Method;
        if (tokenTable(m) === TableId.MethodDef) {
          const row = this.md.row('MethodDef', tokenRid(m));
          return this.methodSig(decodeMethodSig(this.md.blobs.get(row.Signature)),
            { owner: this.ownerOf('MethodDef', tokenRid(m)), name: row.Name, generics: args });
        }
        if (tokenTable(m) === TableId.MemberRef) {
          const row = this.md.row('MemberRef', tokenRid(m));
          return this.methodSig(decodeMethodSig(this.md.blobs.get(row.Signature)),
            { owner: this.memberRefParent(row.Class, ctx), name: row.Name, generics: args });
        }
        return bad(`MethodSpec ${rid}: method ${tokenHex(m)} is not a MethodDef or MemberRef`);
      }
      default:
        return bad(`token ${tokenHex(token)} is not a method`);
    }
  }

  /** A field operand (Field or MemberRef): `int32 NS.Type::field`, `!0 class NS.Box`1<int32>::Value`. */
  fieldToken(token: number, ctx?: GenericContext): string {
    const rid = tokenRid(token);
    switch (tokenTable(token)) {
      case TableId.Field: {
        const row = this.md.row('Field', rid);
        const owner = this.ownerOf('Field', rid);
        return this.typeSig(decodeFieldSig(this.md.blobs.get(row.Signature))) + ' ' +
          (owner !== undefined ? owner + '::' : '') + quoteName(row.Name);
      }
      case TableId.MemberRef: {
        const row = this.md.row('MemberRef', rid);
        return this.typeSig(decodeFieldSig(this.md.blobs.get(row.Signature))) + ' ' +
          this.memberRefParent(row.Class, ctx) + '::' + quoteName(row.Name);
      }
      default:
        return bad(`token ${tokenHex(token)} is not a field`);
    }
  }

  /** A stand-alone signature: a calli site `int32(int32)`, or a local signature `(int32, string)`. */
  standAloneSig(rid: number, ctx?: GenericContext): string {
    const blob = this.md.blobs.get(this.md.row('StandAloneSig', rid).Signature);
    if (isLocalsSig(blob)) return '(' + decodeLocalsSig(blob).map((t) => this.typeSig(t, ctx)).join(', ') + ')';
    return this.methodSig(decodeMethodSig(blob), {}, ctx);
  }

  /**
   * Any token as an operand: types as by typeToken; methods and fields as by methodToken and
   * fieldToken, prefixed with 'method ' / 'field ' when `ldtoken` is set (the ldtoken form);
   * StandAloneSig as its signature; user strings as a quoted literal.
   */
  token(token: number, ctx?: GenericContext, ldtoken = false): string {
    const t = tokenTable(token);
    switch (t) {
      case TableId.TypeDef:
      case TableId.TypeRef:
      case TableId.TypeSpec:
        return this.typeToken(token, ctx);
      case TableId.MethodDef:
      case TableId.MethodSpec:
        return (ldtoken ? 'method ' : '') + this.methodToken(token, ctx);
      case TableId.Field:
        return (ldtoken ? 'field ' : '') + this.fieldToken(token, ctx);
      case TableId.MemberRef:
        if (this.isFieldRef(tokenRid(token))) return (ldtoken ? 'field ' : '') + this.fieldToken(token, ctx);
        return (ldtoken ? 'method ' : '') + this.methodToken(token, ctx);
      case TableId.StandAloneSig:
        return this.standAloneSig(tokenRid(token), ctx);
      case 0x70:
        return quoteString(this.md.userString(token));
      default:
        return bad(`token ${tokenHex(makeToken(t, tokenRid(token)))} cannot be rendered as an operand`);
    }
  }

  // ---- generic parameters ----

  /** Names of the generic parameters owned by a TypeDef or MethodDef token, by position. */
  genericParamNames(owner: number): string[] {
    return this.md.genericParamsOf(owner).map((gp) => this.md.row('GenericParam', gp).Name);
  }

  /**
   * A generic parameter list as in a definition: `+ (class [System.Runtime]System.IComparable) T, U`,
   * with variance, special constraints and type constraints.
   */
  genericParamList(owner: number, ctx?: GenericContext): string {
    return this.md.genericParamsOf(owner).map((gp) => {
      const row = this.md.row('GenericParam', gp);
      let s = '';
      const variance = row.Flags & 0x3;
      if (variance === 1) s += '+';
      else if (variance === 2) s += '-';
      if (row.Flags & 0x4) s += 'class ';
      if (row.Flags & 0x8) s += 'valuetype ';
      if (row.Flags & 0x20) s += 'byreflike ';
      if (row.Flags & 0x10) s += '.ctor ';
      const constraints = this.md.genericParamConstraints(gp)
        .map((c) => this.typeToken(this.md.row('GenericParamConstraint', c).Constraint, ctx));
      if (constraints.length > 0) s += '(' + constraints.join(', ') + ') ';
      return s + quoteName(row.Name);
    }).join(', ');
  }
}
