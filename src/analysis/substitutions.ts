// Compile-time constants for methods and fields: the framework's embedded
// ILLink.Substitutions.xml (evaluated against the feature settings) plus dotnative's own rules
// for hardware intrinsics (the generated C is portable, so every `IsSupported` and
// `IsHardwareAccelerated` is false and CoreLib takes its scalar paths). A substituted method is
// not compiled from its IL: calls to it become the constant, and branches on it are pruned.
import type { AssemblyFile } from '../metadata/assembly.js';
import { ByteReader, utf8 } from '../metadata/bytes.js';
import { BadImageError } from '../metadata/errors.js';
import { manifestResourceBytes, manifestResources } from '../metadata/resources.js';
import { type XmlElement, parseXml } from '../metadata/xml.js';
import type { TypeSystemContext } from '../typesystem/context.js';
import type { FieldDesc, MethodDesc } from '../typesystem/members.js';
import { ArrayType, ByRefType, DefType, PointerType, type TypeDesc } from '../typesystem/types.js';
import type { FeatureSettings } from './features.js';

/**
 * A substituted body: return a constant (0/false/null when `value` is undefined), throw, or
 * look a resource string up in a table built at compile time (`resource-lookup`, replacing
 * each assembly's `SR.GetResourceString`, whose IL would bring ResourceManager and reflection).
 */
export type Substitution =
  | { kind: 'constant'; value: bigint | null }
  | { kind: 'throw' }
  | { kind: 'resource-lookup'; assembly: AssemblyFile };

export class Substitutions {
  private readonly methods = new Map<string, Substitution>();
  private readonly fields = new Map<string, bigint | null>();
  private readonly loaded = new Set<AssemblyFile>();

  constructor(readonly ctx: TypeSystemContext, readonly features: FeatureSettings) {}

  /** The substitution for a method (any instantiation), if any. */
  forMethod(m: MethodDesc): Substitution | undefined {
    if (!m.def) return undefined;
    this.load(m.def.assembly);
    return this.methods.get(methodKey(m.def.assembly, m.def.rid)) ?? intrinsicConstant(m) ?? resourceLookup(m) ?? this.featureSwitchProperty(m);
  }

  /** A static readonly field with a substituted constant value. */
  forField(f: FieldDesc): bigint | null | undefined {
    this.load(f.assembly);
    return this.fields.get(methodKey(f.assembly, f.rid));
  }

  /**
   * A getter of a static bool property marked [FeatureSwitchDefinition("name")] is the value of
   * that feature switch, when the settings give one.
   */
  private featureSwitchProperty(m: MethodDesc): Substitution | undefined {
    if (!m.def || !m.isStatic || !m.name.startsWith('get_')) return undefined;
    const file = m.def.assembly;
    const md = file.md;
    for (const sem of md.ownedBy('MethodSemantics', 'Method', m.def.rid)) {
      const prop = md.row('MethodSemantics', sem).Association;
      if (prop >>> 24 !== 0x17) continue;
      for (const ca of md.customAttributesOf(prop)) {
        if (this.ctx.resolver.attributeTypeName(file, ca) !== 'System.Diagnostics.CodeAnalysis.FeatureSwitchDefinitionAttribute') continue;
        const name = singleStringArgument(md.blobs.get(md.row('CustomAttribute', ca).Value));
        const value = name === undefined ? undefined : this.features.get(name);
        if (value === 'true' || value === 'false') return { kind: 'constant', value: value === 'true' ? 1n : 0n };
      }
    }
    return undefined;
  }

  private load(file: AssemblyFile): void {
    if (this.loaded.has(file)) return;
    this.loaded.add(file);
    const res = manifestResources(file).find((r) => r.name === 'ILLink.Substitutions.xml');
    if (!res) return;
    const text = new TextDecoder().decode(manifestResourceBytes(file, res));
    const root = parseXml(text, `${file.name}: ILLink.Substitutions.xml`);
    for (const asm of root.children.filter((c) => c.name === 'assembly')) {
      if (!this.applies(asm)) continue;
      for (const type of asm.children.filter((c) => c.name === 'type')) {
        if (!this.applies(type)) continue;
        this.applyType(file, type);
      }
    }
  }

  private applies(e: XmlElement): boolean {
    const feature = e.attributes.feature;
    if (!feature) return true;
    const value = this.features.get(feature);
    if (value === undefined) return e.attributes.featuredefault === 'true';
    return value.toLowerCase() === (e.attributes.featurevalue ?? 'true').toLowerCase();
  }

  private applyType(file: AssemblyFile, typeEl: XmlElement): void {
    const name = (typeEl.attributes.fullname ?? '').replace(/\//g, '+');
    const h = this.ctx.loader.findType(file, name);
    if (!h || h.assembly !== file) return;
    const type = this.ctx.typeForDefinition(file, h.rid);
    for (const el of typeEl.children) {
      if (!this.applies(el)) continue;
      if (el.name === 'method') {
        const sig = el.attributes.signature ?? '';
        const m = type.methods.find((x) => signatureText(x) === sig);
        if (!m?.def) continue;
        const body = el.attributes.body;
        if (body === 'stub') this.methods.set(methodKey(file, m.def.rid), { kind: 'constant', value: parseValue(el.attributes.value, m.signature.returnType) });
        else if (body === 'remove') this.methods.set(methodKey(file, m.def.rid), { kind: 'throw' });
      } else if (el.name === 'field') {
        const f = type.fields.find((x) => x.name === el.attributes.name);
        if (f) this.fields.set(methodKey(file, f.rid), parseValue(el.attributes.value, f.type));
      }
    }
  }
}

/** The string of a custom attribute blob whose constructor takes one string. */
function singleStringArgument(blob: Uint8Array): string | undefined {
  const r = new ByteReader(blob, 0, 'custom attribute');
  if (r.u16() !== 1) return undefined;
  if (r.bytes[r.pos] === 0xff) return undefined;
  const len = r.compressedU32();
  return utf8.decode(r.slice(len));
}

function methodKey(file: AssemblyFile, rid: number): string {
  return file.name + ':' + rid;
}

function parseValue(text: string | undefined, type: TypeDesc): bigint | null {
  if (text === undefined) return type instanceof DefType && type.isValueType ? 0n : null;
  if (text === 'true') return 1n;
  if (text === 'false') return 0n;
  if (text === 'null') return null;
  try {
    return BigInt(text);
  } catch {
    throw new BadImageError(`ILLink substitution value '${text}' is not a number`);
  }
}

/** ILLink's spelling of a type in a method signature attribute. */
function linkerTypeName(t: TypeDesc): string {
  if (t instanceof ArrayType) return linkerTypeName(t.elementType) + (t.isSzArray ? '[]' : `[${','.repeat(t.rank - 1)}]`);
  if (t instanceof ByRefType) return linkerTypeName(t.elementType) + '&';
  if (t instanceof PointerType) return linkerTypeName(t.elementType) + '*';
  if (t instanceof DefType) {
    const base = t.typeDefinition.fullName.replace(/\+/g, '/');
    return t.isTypeDefinition ? base : `${base}<${t.instantiation.map(linkerTypeName).join(',')}>`;
  }
  return String(t);
}

function signatureText(m: MethodDesc): string {
  const sig = m.signature;
  return `${linkerTypeName(sig.returnType)} ${m.name}(${sig.params.map(linkerTypeName).join(',')})`;
}

/** Hardware intrinsics are never available to portable C. */
function intrinsicConstant(m: MethodDesc): Substitution | undefined {
  const owner = m.owningType;
  if (!(owner instanceof DefType) || owner.assembly !== owner.ctx.coreLib) return undefined;
  const ns = owner.typeDefinition.fullName;
  // Vector128<T>.IsSupported (and Vector64/256/512<T>'s) asks whether T is a supported element
  // type, not whether the hardware has the instructions: its IL answers that.
  const vectorOfT = /^System\.Runtime\.Intrinsics\.Vector\d+`1$/.test(ns);
  if (m.name === 'get_IsSupported' && ns.startsWith('System.Runtime.Intrinsics.') && !vectorOfT) return { kind: 'constant', value: 0n };
  if (m.name === 'get_IsHardwareAccelerated' &&
      (ns.startsWith('System.Runtime.Intrinsics.Vector') || ns === 'System.Numerics.Vector' || ns === 'System.Numerics.Vector`1')) {
    return { kind: 'constant', value: 0n };
  }
  if (ns === 'System.Runtime.CompilerServices.RuntimeFeature' && (m.name === 'get_IsDynamicCodeSupported' || m.name === 'get_IsDynamicCodeCompiled')) {
    return { kind: 'constant', value: 0n };
  }
  return undefined;
}

/**
 * Replacement of a method that has IL (ARCHITECTURE decision 1's last resort), listed here:
 * `System.SR.GetResourceString(string[, string])` of every framework assembly reads the
 * assembly's embedded .resources through ResourceManager, i.e. reflection and stream parsing at
 * run time. dotnative reads the same .resources at compile time (metadata/resource-set.ts) and
 * the generated code looks the key up in a table: same strings, no reflection.
 */
function resourceLookup(m: MethodDesc): Substitution | undefined {
  const owner = m.owningType;
  if (m.name !== 'GetResourceString' || !(owner instanceof DefType) || owner.fullName !== 'System.SR' || !m.def) return undefined;
  const params = m.signature.params;
  const str = m.ctx.wellKnown('System.String');
  if (m.signature.returnType !== str || !params.every((p) => p === str) || params.length < 1 || params.length > 2) return undefined;
  return { kind: 'resource-lookup', assembly: m.def.assembly };
}
