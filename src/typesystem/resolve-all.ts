// Resolves every cross-reference of an assembly through the type system: each TypeRef,
// MemberRef, TypeSpec and MethodSpec, each type's base, interfaces, fields and method
// signatures, and every token in every method body. Used by the test suite and the bench to
// prove the reader and resolver handle the whole shared framework.
import type { AssemblyFile } from '../metadata/assembly.js';
import { ilTokens } from '../metadata/il/decoder.js';
import { TableId, makeToken, tokenTable } from '../metadata/schema.js';
import type { TypeSystemContext } from './context.js';
import type { GenericContext } from './resolve.js';
import { OPEN_CONTEXT } from './resolve.js';

export interface ResolveCounts {
  typeDefs: number;
  typeRefs: number;
  memberRefs: number;
  typeSpecs: number;
  methodSpecs: number;
  methodBodies: number;
  bodyTokens: number;
}

export interface ResolveFailure {
  assembly: string;
  what: string;
  message: string;
}

export function emptyCounts(): ResolveCounts {
  return { typeDefs: 0, typeRefs: 0, memberRefs: 0, typeSpecs: 0, methodSpecs: 0, methodBodies: 0, bodyTokens: 0 };
}

export function resolveEverything(ctx: TypeSystemContext, file: AssemblyFile, counts: ResolveCounts, failures: ResolveFailure[]): void {
  const md = file.md;
  const r = ctx.resolver;
  const attempt = (what: string | (() => string), fn: () => void): boolean => {
    try {
      fn();
      return true;
    } catch (e) {
      failures.push({ assembly: file.name, what: typeof what === 'string' ? what : what(), message: (e as Error).message });
      return false;
    }
  };
  for (let rid = 1; rid <= md.rows('TypeRef'); rid++) {
    if (attempt(`TypeRef ${rid}`, () => r.resolveType(file, makeToken(TableId.TypeRef, rid), OPEN_CONTEXT))) counts.typeRefs++;
  }
  for (let rid = 1; rid <= md.rows('TypeSpec'); rid++) {
    if (attempt(`TypeSpec ${rid}`, () => r.resolveType(file, makeToken(TableId.TypeSpec, rid), OPEN_CONTEXT))) counts.typeSpecs++;
  }
  for (let rid = 1; rid <= md.rows('MemberRef'); rid++) {
    if (attempt(`MemberRef ${rid}`, () => r.resolveAny(file, makeToken(TableId.MemberRef, rid), OPEN_CONTEXT))) counts.memberRefs++;
  }
  for (let rid = 1; rid <= md.rows('MethodSpec'); rid++) {
    if (attempt(`MethodSpec ${rid}`, () => r.resolveMethod(file, makeToken(TableId.MethodSpec, rid), OPEN_CONTEXT))) counts.methodSpecs++;
  }
  for (let rid = 1; rid <= md.rows('TypeDef'); rid++) {
    const ok = attempt(`TypeDef ${rid}`, () => {
      const t = ctx.typeForDefinition(file, rid);
      void t.baseType;
      void t.declaredInterfaces;
      for (const f of t.fields) void f.type;
      for (const m of t.methods) {
        void m.signature;
        if (!m.hasIL) continue;
        const body = file.methodBody(m.def!.rid)!;
        const gc: GenericContext = { typeArgs: t.instantiation, methodArgs: m.instantiation };
        r.localsOf(file, body.localVarSigToken, gc);
        for (const { offset, token } of ilTokens(body.il)) {
          const ok = attempt(() => `${m} IL_${offset.toString(16).padStart(4, '0')}`, () => resolveBodyToken(ctx, file, token, gc));
          if (ok) counts.bodyTokens++;
        }
        for (const eh of body.ehClauses) if (eh.classToken) r.resolveType(file, eh.classToken, gc);
        counts.methodBodies++;
      }
    });
    if (ok) counts.typeDefs++;
  }
}

function resolveBodyToken(ctx: TypeSystemContext, file: AssemblyFile, token: number, gc: GenericContext): void {
  switch (tokenTable(token)) {
    case 0x70:
      file.md.userString(token);
      return;
    case TableId.StandAloneSig:
      ctx.resolver.standAloneMethodSig(file, token, gc);
      return;
    default:
      ctx.resolver.resolveAny(file, token, gc);
  }
}
