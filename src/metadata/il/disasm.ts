// ildasm-style disassembly of one method: the .method header with flags, signature and
// parameter names, .entrypoint, .maxstack, .locals, one line per instruction with operands
// written as ilasm text (labels, literals, member references), and the exception-handling
// clauses in ilasm's ".try <range> <kind> handler <range>" form.
import type { AssemblyFile } from '../assembly.js';
import { bad } from '../errors.js';
import { EhKind, type EhClause } from '../methodbody.js';
import { TableId, makeToken, tokenHex, tokenRid, tokenTable } from '../schema.js';
import { decodeLocalsSig, decodeMethodSig } from '../signatures.js';
import { type Instruction, decodeIl, ilLabel } from './decoder.js';
import { type GenericContext, IlFormatter, formatFloat, quoteName, quoteString } from './format.js';

const ACCESS = ['privatescope', 'private', 'famandassem', 'assembly', 'family', 'famorassem', 'public', '(access 7)'];

// MethodAttributes bits after the access mask, in the order ildasm writes them.
const METHOD_FLAGS: readonly [number, string][] = [
  [0x0080, 'hidebysig'], [0x0100, 'newslot'], [0x0800, 'specialname'], [0x1000, 'rtspecialname'],
  [0x0010, 'static'], [0x0400, 'abstract'], [0x0200, 'strict'], [0x0040, 'virtual'], [0x0020, 'final'],
  [0x0008, 'unmanagedexp'], [0x8000, 'reqsecobj'],
];

const CODE_TYPES = ['cil', 'native', 'optil', 'runtime'];

// MethodImplAttributes bits after code type and managed/unmanaged.
const IMPL_FLAGS: readonly [number, string][] = [
  [0x0010, 'forwardref'], [0x0080, 'preservesig'], [0x1000, 'internalcall'], [0x0020, 'synchronized'],
  [0x0008, 'noinlining'], [0x0100, 'aggressiveinlining'], [0x0040, 'nooptimization'],
  [0x0200, 'aggressiveoptimization'],
];

const PINVOKE_CHARSETS = ['', ' ansi', ' unicode', ' autochar'];
const PINVOKE_CALLCONVS: Record<number, string> = { 1: ' winapi', 2: ' cdecl', 3: ' stdcall', 4: ' thiscall', 5: ' fastcall' };

function pinvokeText(file: AssemblyFile, methodRid: number, name: string): string {
  const map = file.md.implMapOf(makeToken(TableId.MethodDef, methodRid));
  if (!map) return 'pinvokeimpl()';
  let s = `pinvokeimpl(${quoteString(map.moduleName)}`;
  if (map.importName && map.importName !== name) s += ` as ${quoteString(map.importName)}`;
  if (map.flags & 0x1) s += ' nomangle';
  s += PINVOKE_CHARSETS[(map.flags >> 1) & 3];
  if (map.flags & 0x40) s += ' lasterr';
  s += PINVOKE_CALLCONVS[(map.flags >> 8) & 7] ?? '';
  return s + ')';
}

function methodFlagsText(file: AssemblyFile, rid: number, flags: number, name: string): string {
  const words = [ACCESS[flags & 7]!];
  for (const [bit, word] of METHOD_FLAGS) if (flags & bit) words.push(word);
  if (flags & 0x2000) words.push(pinvokeText(file, rid, name));
  return words.join(' ');
}

function implFlagsText(impl: number): string {
  const words = [CODE_TYPES[impl & 3]!, impl & 0x4 ? 'unmanaged' : 'managed'];
  for (const [bit, word] of IMPL_FLAGS) if (impl & bit) words.push(word);
  return words.join(' ');
}

function ehText(f: IlFormatter, c: EhClause, ctx: GenericContext): string {
  const tryRange = `.try ${ilLabel(c.tryOffset)} to ${ilLabel(c.tryOffset + c.tryLength)}`;
  const handler = `handler ${ilLabel(c.handlerOffset)} to ${ilLabel(c.handlerOffset + c.handlerLength)}`;
  switch (c.kind) {
    case EhKind.Catch: return `${tryRange} catch ${f.typeToken(c.classToken, ctx)} ${handler}`;
    case EhKind.Filter: return `${tryRange} filter ${ilLabel(c.filterOffset)} ${handler}`;
    case EhKind.Finally: return `${tryRange} finally ${handler}`;
    case EhKind.Fault: return `${tryRange} fault ${handler}`;
  }
}

/**
 * The ildasm-style text of a MethodDef: header line, braces, directives, instructions and
 * exception clauses. Raises BadImageError when the body or a token in it is malformed.
 */
export function disassembleMethod(file: AssemblyFile, methodRid: number): string {
  const md = file.md;
  const f = IlFormatter.for(file);
  const row = md.row('MethodDef', methodRid);
  const sig = decodeMethodSig(md.blobs.get(row.Signature));
  const methodToken = makeToken(TableId.MethodDef, methodRid);
  const typeRid = md.declaringTypeOf('MethodDef', methodRid);
  const ctx: GenericContext = {
    typeParams: typeRid ? f.genericParamNames(makeToken(TableId.TypeDef, typeRid)) : [],
    methodParams: f.genericParamNames(methodToken),
  };

  // Parameter names and [in]/[out]/[opt] markers, by position.
  const paramNames: (string | undefined)[] = [];
  const paramPrefixes: (string | undefined)[] = [];
  for (const p of md.methodParams(methodRid)) {
    const prow = md.row('Param', p);
    if (prow.Sequence === 0 || prow.Sequence > sig.params.length) continue;
    paramNames[prow.Sequence - 1] = prow.Name || undefined;
    const marks = (prow.Flags & 1 ? '[in]' : '') + (prow.Flags & 2 ? '[out]' : '') + (prow.Flags & 0x10 ? '[opt]' : '');
    if (marks) paramPrefixes[prow.Sequence - 1] = marks + ' ';
  }

  const generics = sig.genericParamCount > 0 ? f.genericParamList(methodToken, ctx) : undefined;
  const lines: string[] = [
    `.method ${methodFlagsText(file, methodRid, row.Flags, row.Name)} ` +
      f.methodSig(sig, { name: row.Name, generics, paramNames, paramPrefixes }, ctx) + ' ' + implFlagsText(row.ImplFlags),
    '{',
  ];
  if (file.entryPointToken === methodToken) lines.push('  .entrypoint');
  const ownerName = typeRid > 1 ? f.typeDefName(typeRid) + '::' : '';
  const end = `} // end of method ${ownerName}${quoteName(row.Name)}`;

  const body = file.methodBody(methodRid);
  if (!body) {
    lines.push(end);
    return lines.join('\n') + '\n';
  }
  lines.push(`  .maxstack ${body.maxStack}`);
  if (body.localVarSigToken !== 0) {
    if (tokenTable(body.localVarSigToken) !== TableId.StandAloneSig) {
      bad(`method ${methodRid}: local variable signature token ${tokenHex(body.localVarSigToken)} is not a StandAloneSig`);
    }
    const locals = decodeLocalsSig(md.blobs.get(md.row('StandAloneSig', tokenRid(body.localVarSigToken)).Signature));
    const decl = locals.map((t, i) => `[${i}] ${f.typeSig(t, ctx)} V_${i}`).join(', ');
    lines.push(`  .locals ${body.initLocals ? 'init ' : ''}(${decl})`);
  }

  const argName = (index: number): string => {
    const hasThis = sig.hasThis && !sig.explicitThis;
    const pos = hasThis ? index - 1 : index;
    const name = pos >= 0 ? paramNames[pos] : undefined;
    return name !== undefined ? quoteName(name) : String(index);
  };
  const operandText = (ins: Instruction): string => {
    const v = ins.operand;
    const op = ins.opcode;
    switch (op.operand) {
      case 'none': return '';
      case 'i1':
      case 'u1': return String(v);
      case 'var1':
      case 'var2': return op.name.includes('arg') ? argName(v as number) : `V_${v as number}`;
      case 'i4': return '0x' + ((v as number) >>> 0).toString(16);
      case 'i8': return '0x' + BigInt.asUintN(64, v as bigint).toString(16);
      case 'r4': return formatFloat(v as number, 32);
      case 'r8': return formatFloat(v as number, 64);
      case 'br1':
      case 'br4': return ilLabel(v as number);
      case 'switch': return '(' + (v as readonly number[]).map(ilLabel).join(', ') + ')';
      case 'string': return quoteString(md.userString(v as number));
      case 'tok': return f.token(v as number, ctx, true);
      default: return f.token(v as number, ctx);
    }
  };
  for (const ins of decodeIl(body.il)) {
    const operand = operandText(ins);
    const text = operand ? ins.opcode.name.padEnd(10) + ' ' + operand : ins.opcode.name;
    lines.push(`  ${ilLabel(ins.offset)}:  ${text}`);
  }
  for (const c of body.ehClauses) lines.push('  ' + ehText(f, c, ctx));
  lines.push(end);
  return lines.join('\n') + '\n';
}
