// Turns metadata into type system objects: signature trees into TypeDescs (substituting generic
// arguments from a context), tokens into types/methods/fields across assemblies (MemberRefs
// matched by name and signature shape), and the per-type lists (base, interfaces, members).
import type { AssemblyFile } from '../metadata/assembly.js';
import { BadImageError } from '../metadata/errors.js';
import { TableId, makeToken, tokenHex, tokenRid, tokenTable } from '../metadata/schema.js';
import {
  type MethodSig, type TypeSig, decodeFieldSig, decodeLocalsSig, decodeMethodSig, decodeMethodSpec, decodeTypeSpec,
} from '../metadata/signatures.js';
import type { TypeSystemContext } from './context.js';
import { type FieldDesc, MethodDesc, type MethodSignature, signaturesEqual } from './members.js';
import { ArrayType, DefType, type GenericParameter, type TypeDesc } from './types.js';

/**
 * Where !n and !!n come from. An absent list means "leave as a SignatureVariable" (comparing
 * signatures by shape); a present one substitutes.
 */
export interface GenericContext {
  typeArgs?: readonly TypeDesc[];
  methodArgs?: readonly TypeDesc[];
}

export const OPEN_CONTEXT: GenericContext = {};

interface MemberRefMatch {
  isField: boolean;
  /** How many steps up the base-type chain from the MemberRef's parent the member was found. */
  baseSteps: number;
  rid: number;
}

export interface LocalVariable {
  type: TypeDesc;
  pinned: boolean;
}

export class Resolver {
  constructor(private readonly ctx: TypeSystemContext) {}

  // ---- signatures ----

  typeFromSig(file: AssemblyFile, sig: TypeSig, gc: GenericContext): TypeDesc {
    const ctx = this.ctx;
    switch (sig.kind) {
      case 'prim':
        return ctx.primitive(sig.prim);
      case 'class':
      case 'valuetype':
        return this.resolveType(file, sig.token, gc);
      case 'var':
      case 'mvar': {
        const list = sig.kind === 'var' ? gc.typeArgs : gc.methodArgs;
        if (!list) return ctx.signatureVariable(sig.kind === 'var' ? 'type' : 'method', sig.index);
        const t = list[sig.index];
        if (!t) throw new BadImageError(`${file.name}: generic parameter ${sig.kind === 'var' ? '!' : '!!'}${sig.index} out of range (context has ${list.length})`);
        return t;
      }
      case 'ptr':
        return ctx.pointerType(this.typeFromSig(file, sig.elem, gc));
      case 'byref':
        return ctx.byRefType(this.typeFromSig(file, sig.elem, gc));
      case 'szarray':
        return ctx.arrayType(this.typeFromSig(file, sig.elem, gc), -1);
      case 'array':
        return ctx.arrayType(this.typeFromSig(file, sig.elem, gc), sig.rank);
      case 'generic': {
        const generic = this.resolveType(file, sig.token, gc);
        if (!(generic instanceof DefType)) throw new BadImageError(`${file.name}: GENERICINST over a non-class type`);
        return ctx.instantiate(generic, sig.args.map((a) => this.typeFromSig(file, a, gc)));
      }
      case 'fnptr':
        return ctx.functionPointerType(this.methodSigFrom(file, sig.method, gc));
      case 'modified':
      case 'pinned':
        // Custom modifiers do not change type identity; pinning is a property of the local.
        return this.typeFromSig(file, sig.elem, gc);
    }
  }

  methodSigFrom(file: AssemblyFile, sig: MethodSig, gc: GenericContext): MethodSignature {
    return {
      hasThis: sig.hasThis,
      explicitThis: sig.explicitThis,
      callingConvention: sig.callingConvention,
      genericParamCount: sig.genericParamCount,
      returnType: this.typeFromSig(file, sig.returnType, gc),
      params: sig.params.map((p) => this.typeFromSig(file, p, gc)),
      varargParams: sig.varargParams.map((p) => this.typeFromSig(file, p, gc)),
    };
  }

  localsOf(file: AssemblyFile, localVarSigToken: number, gc: GenericContext): LocalVariable[] {
    if (!localVarSigToken) return [];
    if (tokenTable(localVarSigToken) !== TableId.StandAloneSig) throw new BadImageError(`${file.name}: locals token ${tokenHex(localVarSigToken)} is not a StandAloneSig`);
    file.md.checkToken(localVarSigToken);
    const blob = file.md.blobs.get(file.md.row('StandAloneSig', tokenRid(localVarSigToken)).Signature);
    return decodeLocalsSig(blob).map((s) => ({ type: this.typeFromSig(file, s, gc), pinned: s.kind === 'pinned' || (s.kind === 'modified' && s.elem.kind === 'pinned') }));
  }

  /** A StandAloneSig used by calli. */
  standAloneMethodSig(file: AssemblyFile, token: number, gc: GenericContext): MethodSignature {
    file.md.checkToken(token);
    if (tokenTable(token) !== TableId.StandAloneSig) throw new BadImageError(`${file.name}: token ${tokenHex(token)} is not a StandAloneSig`);
    const blob = file.md.blobs.get(file.md.row('StandAloneSig', tokenRid(token)).Signature);
    return this.methodSigFrom(file, decodeMethodSig(blob), gc);
  }

  // ---- tokens ----

  /** TypeDef, TypeRef or TypeSpec token to a type. */
  resolveType(file: AssemblyFile, token: number, gc: GenericContext): TypeDesc {
    const table = tokenTable(token);
    switch (table) {
      case TableId.TypeDef:
      case TableId.TypeRef: {
        const h = this.ctx.loader.resolveTypeDefOrRef(file, token);
        return this.ctx.typeForDefinition(h.assembly, h.rid);
      }
      case TableId.TypeSpec: {
        file.md.checkToken(token);
        const blob = file.md.blobs.get(file.md.row('TypeSpec', tokenRid(token)).Signature);
        return this.typeFromSig(file, decodeTypeSpec(blob), gc);
      }
      default:
        throw new BadImageError(`${file.name}: token ${tokenHex(token)} is not a type token`);
    }
  }

  /** MethodDef, MemberRef (to a method) or MethodSpec token to a method. */
  resolveMethod(file: AssemblyFile, token: number, gc: GenericContext): MethodDesc {
    file.md.checkToken(token);
    switch (tokenTable(token)) {
      case TableId.MethodDef: {
        const rid = tokenRid(token);
        const owner = this.ctx.typeForDefinition(file, file.md.declaringTypeOf('MethodDef', rid));
        return this.ctx.methodForDefinition(owner, rid);
      }
      case TableId.MemberRef: {
        const m = this.resolveMemberRef(file, tokenRid(token), gc);
        if (!(m instanceof MethodDesc)) throw new BadImageError(`${file.name}: MemberRef ${tokenHex(token)} is a field, not a method`);
        return m;
      }
      case TableId.MethodSpec: {
        const row = file.md.row('MethodSpec', tokenRid(token));
        const generic = this.resolveMethod(file, row.Method, gc);
        const args = decodeMethodSpec(file.md.blobs.get(row.Instantiation)).map((a) => this.typeFromSig(file, a, gc));
        if (!generic.def || !(generic.owningType instanceof DefType)) throw new BadImageError(`${file.name}: MethodSpec ${tokenHex(token)} over a non-generic method`);
        const def = generic.methodDefinition;
        if (def.instantiation.length !== args.length) {
          throw new BadImageError(`${file.name}: MethodSpec ${tokenHex(token)} gives ${args.length} type arguments to ${def.name}, which takes ${def.instantiation.length}`);
        }
        return this.ctx.method(generic.owningType, generic.def.rid, args);
      }
      default:
        throw new BadImageError(`${file.name}: token ${tokenHex(token)} is not a method token`);
    }
  }

  /** Field or MemberRef (to a field) token to a field. */
  resolveField(file: AssemblyFile, token: number, gc: GenericContext): FieldDesc {
    file.md.checkToken(token);
    switch (tokenTable(token)) {
      case TableId.Field: {
        const rid = tokenRid(token);
        const owner = this.ctx.typeForDefinition(file, file.md.declaringTypeOf('Field', rid));
        return this.ctx.field(owner, rid);
      }
      case TableId.MemberRef: {
        const f = this.resolveMemberRef(file, tokenRid(token), gc);
        if (f instanceof MethodDesc) throw new BadImageError(`${file.name}: MemberRef ${tokenHex(token)} is a method, not a field`);
        return f;
      }
      default:
        throw new BadImageError(`${file.name}: token ${tokenHex(token)} is not a field token`);
    }
  }

  /** Any token ldtoken accepts. */
  resolveAny(file: AssemblyFile, token: number, gc: GenericContext): TypeDesc | MethodDesc | FieldDesc {
    switch (tokenTable(token)) {
      case TableId.TypeDef: case TableId.TypeRef: case TableId.TypeSpec:
        return this.resolveType(file, token, gc);
      case TableId.MethodDef: case TableId.MethodSpec:
        return this.resolveMethod(file, token, gc);
      case TableId.Field:
        return this.resolveField(file, token, gc);
      case TableId.MemberRef:
        file.md.checkToken(token);
        return this.resolveMemberRef(file, tokenRid(token), gc);
      default:
        throw new BadImageError(`${file.name}: token ${tokenHex(token)} cannot be resolved to a member`);
    }
  }

  resolveMemberRef(file: AssemblyFile, rid: number, gc: GenericContext): MethodDesc | FieldDesc {
    const row = file.md.row('MemberRef', rid);
    const blob = file.md.blobs.get(row.Signature);
    const isField = blob.length > 0 && (blob[0]! & 0x0f) === 0x6;
    const parent = row.Class;
    const where = `${file.name}: MemberRef ${tokenHex(makeToken(TableId.MemberRef, rid))} '${row.Name}'`;
    let owner: TypeDesc;
    switch (tokenTable(parent)) {
      case TableId.TypeDef: case TableId.TypeRef: case TableId.TypeSpec:
        owner = this.resolveType(file, parent, gc);
        break;
      case TableId.ModuleRef:
        owner = this.ctx.typeForDefinition(file, 1);
        break;
      case TableId.MethodDef:
        // A vararg call site: the MemberRef adds the extra arguments to a MethodDef.
        return this.resolveMethod(file, parent, gc);
      default:
        throw new BadImageError(`${where} has an invalid parent`);
    }
    if (owner instanceof ArrayType) {
      if (isField) throw new BadImageError(`${where}: arrays have no fields`);
      return this.ctx.arrayMethod(owner, row.Name, this.methodSigFrom(file, decodeMethodSig(blob), gc));
    }
    if (!(owner instanceof DefType)) throw new BadImageError(`${where}: parent ${owner} has no members`);
    // Which definition matched depends only on the metadata, not on the generic context, so
    // it is found once per MemberRef; the context only instantiates the owner.
    let perFile = this.memberRefMatches.get(file);
    if (!perFile) this.memberRefMatches.set(file, (perFile = new Map()));
    let match = perFile.get(rid);
    if (!match) perFile.set(rid, (match = this.matchMemberRef(file, row.Name, blob, isField, owner, where)));
    let t: DefType = owner;
    for (let i = 0; i < match.baseSteps; i++) t = t.baseType as DefType;
    return match.isField ? this.ctx.field(t, match.rid) : this.ctx.methodForDefinition(t, match.rid);
  }

  private memberRefMatches = new Map<AssemblyFile, Map<number, MemberRefMatch>>();

  private matchMemberRef(file: AssemblyFile, name: string, blob: Uint8Array, isField: boolean, owner: DefType, where: string): MemberRefMatch {
    let baseSteps = 0;
    if (isField) {
      const wanted = this.typeFromSig(file, decodeFieldSig(blob), OPEN_CONTEXT);
      for (let t: DefType | undefined = owner; t; t = t.baseType instanceof DefType ? t.baseType : undefined, baseSteps++) {
        const open = t.typeDefinition;
        const md = open.assembly.md;
        for (const fRid of md.typeFields(open.def.rid)) {
          const f = md.row('Field', fRid);
          if (f.Name !== name) continue;
          const type = this.typeFromSig(open.assembly, decodeFieldSig(md.blobs.get(f.Signature)), OPEN_CONTEXT);
          if (type === wanted) return { isField, baseSteps, rid: fRid };
        }
      }
      throw new BadImageError(`${where}: no field ${name} of that type on ${owner}`);
    }
    const wanted = this.methodSigFrom(file, decodeMethodSig(blob), OPEN_CONTEXT);
    for (let t: DefType | undefined = owner; t; t = t.baseType instanceof DefType ? t.baseType : undefined, baseSteps++) {
      const open = t.typeDefinition;
      const md = open.assembly.md;
      for (const mRid of md.typeMethods(open.def.rid)) {
        const m = md.row('MethodDef', mRid);
        if (m.Name !== name) continue;
        const sig = this.methodSigFrom(open.assembly, decodeMethodSig(md.blobs.get(m.Signature)), OPEN_CONTEXT);
        if (signaturesEqual(sig, wanted)) return { isField, baseSteps, rid: mRid };
      }
    }
    throw new BadImageError(`${where}: no method ${name}${sigText(wanted)} on ${owner}`);
  }

  // ---- per-type lists ----

  private typeContext(t: DefType): GenericContext {
    return { typeArgs: t.instantiation };
  }

  baseTypeOf(t: DefType): TypeDesc | undefined {
    const ext = t.def.row.Extends;
    if (!ext) return undefined;
    return this.resolveType(t.assembly, ext, this.typeContext(t));
  }

  declaredInterfacesOf(t: DefType): DefType[] {
    const md = t.assembly.md;
    return md.interfacesOf(t.def.rid).map((r) => {
      const i = this.resolveType(t.assembly, md.row('InterfaceImpl', r).Interface, this.typeContext(t));
      if (!(i instanceof DefType)) throw new BadImageError(`${t.assembly.name}: ${t} implements a non-interface type ${i}`);
      return i;
    });
  }

  methodsOf(t: DefType): MethodDesc[] {
    return t.assembly.md.typeMethods(t.def.rid).map((rid) => this.ctx.methodForDefinition(t, rid));
  }

  fieldsOf(t: DefType): FieldDesc[] {
    return t.assembly.md.typeFields(t.def.rid).map((rid) => this.ctx.field(t, rid));
  }

  methodSignatureOf(m: MethodDesc): MethodSignature {
    const file = m.def!.assembly;
    const owner = m.owningType as DefType;
    const blob = file.md.blobs.get(m.row.Signature);
    return this.methodSigFrom(file, decodeMethodSig(blob), { typeArgs: owner.instantiation, methodArgs: m.instantiation });
  }

  fieldTypeOf(f: FieldDesc): TypeDesc {
    const blob = f.assembly.md.blobs.get(f.row.Signature);
    return this.typeFromSig(f.assembly, decodeFieldSig(blob), this.typeContext(f.owningType));
  }

  constraintsOf(gp: GenericParameter): TypeDesc[] {
    const file = gp.assembly;
    const md = file.md;
    let gc: GenericContext;
    if (gp.kind === 'type') {
      gc = { typeArgs: this.ctx.typeForDefinition(file, gp.ownerType!.rid).instantiation };
    } else {
      const owner = this.ctx.typeForDefinition(file, md.declaringTypeOf('MethodDef', gp.ownerMethodRid));
      const m = this.ctx.methodForDefinition(owner, gp.ownerMethodRid);
      gc = { typeArgs: owner.instantiation, methodArgs: m.instantiation };
    }
    return md.genericParamConstraints(gp.rid).map((r) => this.resolveType(file, md.row('GenericParamConstraint', r).Constraint, gc));
  }

  // ---- attributes ----

  /** Full name of the type declaring a CustomAttribute's constructor, without resolving it. */
  attributeTypeName(file: AssemblyFile, caRid: number): string {
    const ctor = file.md.row('CustomAttribute', caRid).Type;
    let typeToken: number;
    if (tokenTable(ctor) === TableId.MethodDef) {
      typeToken = makeToken(TableId.TypeDef, file.md.declaringTypeOf('MethodDef', tokenRid(ctor)));
    } else {
      typeToken = file.md.row('MemberRef', tokenRid(ctor)).Class;
    }
    switch (tokenTable(typeToken)) {
      case TableId.TypeDef:
        return this.ctx.typeForDefinition(file, tokenRid(typeToken)).fullName;
      case TableId.TypeRef:
        return this.ctx.loader.typeRefName(file, tokenRid(typeToken));
      default: {
        const t = this.resolveType(file, typeToken, OPEN_CONTEXT);
        return t instanceof DefType ? t.fullName : String(t);
      }
    }
  }

  hasAttribute(file: AssemblyFile, token: number, attributeFullName: string): boolean {
    return file.md.customAttributesOf(token).some((ca) => this.attributeTypeName(file, ca) === attributeFullName);
  }
}

function sigText(s: MethodSignature): string {
  return `(${s.params.map(String).join(', ')}) : ${s.returnType}`;
}
