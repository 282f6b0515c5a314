// A stable text form of an IrMethod for tests and debugging: the method, its variables with
// type and stack kind, its EH regions, then every block with its statements and terminator.
// Types use ilasm's short names for primitives (int32, bool, native int ...).
import { ilLabel } from '../metadata/il/decoder.js';
import { FieldDesc, MethodDesc, type MethodSignature } from '../typesystem/members.js';
import { ArrayType, ByRefType, DefType, FunctionPointerType, PointerType, type TypeDesc } from '../typesystem/types.js';
import type { Condition, ConvStmt, IrBlock, IrMethod, IrRegion, IrStmt, IrTerminator, IrValue, IrVar, MemoryFlags } from './ir.js';

const SHORT: Record<string, string> = {
  void: 'void', bool: 'bool', char: 'char', i1: 'int8', u1: 'uint8', i2: 'int16', u2: 'uint16', i4: 'int32', u4: 'uint32',
  i8: 'int64', u8: 'uint64', r4: 'float32', r8: 'float64', i: 'native int', u: 'native uint', string: 'string', object: 'object',
  typedref: 'typedref',
};

/** A type as the dump writes it: short primitive names, generic arguments in <>. */
export function typeName(t: TypeDesc): string {
  if (t instanceof DefType) {
    const p = t.primitiveKind;
    if (p && SHORT[p]) return SHORT[p]!;
    const base = t.fullName.replace(/`\d+/g, '');
    return t.instantiation.length ? `${base}<${t.instantiation.map(typeName).join(',')}>` : base;
  }
  if (t instanceof ArrayType) {
    return typeName(t.elementType) + (t.isSzArray ? '[]' : t.rank === 1 ? '[*]' : `[${','.repeat(t.rank - 1)}]`);
  }
  if (t instanceof PointerType) return typeName(t.elementType) + '*';
  if (t instanceof ByRefType) return typeName(t.elementType) + '&';
  if (t instanceof FunctionPointerType) return `method ${signatureText(t.signature)}`;
  return t.toString();
}

function signatureText(s: MethodSignature): string {
  return `${s.hasThis ? 'instance ' : ''}${typeName(s.returnType)} *(${s.params.map(typeName).join(',')})`;
}

export function methodText(m: MethodDesc): string {
  const inst = m.instantiation.length ? `<${m.instantiation.map(typeName).join(',')}>` : '';
  return `${typeName(m.owningType)}::${m.name}${inst}(${m.signature.params.map(typeName).join(',')})`;
}

export function fieldText(f: FieldDesc): string {
  return `${typeName(f.owningType)}::${f.name}`;
}

export function varName(v: IrVar): string {
  return (v.storage === 'arg' ? 'a' : v.storage === 'local' ? 'l' : 't') + v.index;
}

function floatText(n: number, single: boolean): string {
  let s: string;
  if (Number.isNaN(n)) s = 'NaN';
  else if (!Number.isFinite(n)) s = n > 0 ? '+Inf' : '-Inf';
  else if (Object.is(n, -0)) s = '-0.0';
  else s = Number.isInteger(n) && Math.abs(n) < 1e21 ? n.toFixed(1) : String(n);
  return single ? s + 'f' : s;
}

export function valueText(v: IrValue): string {
  if (v.kind === 'var') return varName(v);
  switch (v.stack) {
    case 'objref': return 'null';
    case 'int64': return `${v.value}L`;
    case 'nativeint': return `${v.value}n`;
    case 'float': return floatText(v.value as number, typeName(v.type) === 'float32');
    default: return String(v.value);
  }
}

function list(vs: readonly IrValue[]): string {
  return vs.map(valueText).join(', ');
}

function memPrefix(m: MemoryFlags): string {
  return (m.volatile ? 'volatile. ' : '') + (m.unaligned !== undefined ? `unaligned.${m.unaligned} ` : '');
}

function convName(s: ConvStmt): string {
  const to = s.to === 'r8' && s.unsigned && !s.checked && !s.implicit ? 'r' : s.to;
  return `conv${s.checked ? '.ovf' : ''}.${to}${s.unsigned ? '.un' : ''}`;
}

function elems(array: IrValue, indices: readonly IrValue[]): string {
  return `${valueText(array)}[${list(indices)}]`;
}

function memberText(m: TypeDesc | MethodDesc | FieldDesc): string {
  if (m instanceof MethodDesc) return 'method ' + methodText(m);
  if (m instanceof FieldDesc) return 'field ' + fieldText(m);
  return typeName(m);
}

/** One statement, without indentation. */
export function stmtText(s: IrStmt): string {
  const d = 'dst' in s && s.dst ? varName(s.dst) + ' = ' : '';
  switch (s.kind) {
    case 'assign': return `${d}${valueText(s.src)}`;
    case 'binary': return `${d}${s.op}${s.checked ? '.ovf' : ''}${s.unsigned ? '.un' : ''} ${valueText(s.a)}, ${valueText(s.b)}`;
    case 'unary': return `${d}${s.op} ${valueText(s.src)}`;
    case 'conv': return `${d}${convName(s)} ${valueText(s.src)}${s.implicit ? ' (implicit)' : ''}`;
    case 'compare': return `${d}c${s.op}${s.unsigned ? '.un' : ''} ${valueText(s.a)}, ${valueText(s.b)}`;
    case 'ckfinite': return `${d}ckfinite ${valueText(s.src)}`;
    case 'ldstr': return `${d}ldstr ${JSON.stringify(s.value)}`;
    case 'addrof': return `${d}&${varName(s.var)}`;
    case 'load': return `${d}${memPrefix(s)}load ${typeName(s.type)} [${valueText(s.addr)}]`;
    case 'store': return `${memPrefix(s)}store ${typeName(s.type)} [${valueText(s.addr)}], ${valueText(s.value)}`;
    case 'cpobj': return `cpobj ${typeName(s.type)} [${valueText(s.dstAddr)}], [${valueText(s.srcAddr)}]`;
    case 'initobj': return `initobj ${typeName(s.type)} [${valueText(s.addr)}]`;
    case 'cpblk': return `${memPrefix(s)}cpblk [${valueText(s.dstAddr)}], [${valueText(s.srcAddr)}], ${valueText(s.size)}`;
    case 'initblk': return `${memPrefix(s)}initblk [${valueText(s.addr)}], ${valueText(s.value)}, ${valueText(s.size)}`;
    case 'sizeof': return `${d}sizeof ${typeName(s.type)}`;
    case 'localloc': return `${d}localloc ${valueText(s.size)}${s.zeroed ? ' zeroed' : ''}`;
    case 'call': {
      const pre = (s.tail ? 'tail. ' : '') + (s.constrained ? `constrained(${typeName(s.constrained)}) ` : '');
      const va = s.varargTypes ? ` vararg(${s.varargTypes.map(typeName).join(',')})` : '';
      return `${d}${pre}${s.virtual ? 'callvirt' : 'call'} ${methodText(s.method)}${va} (${list(s.args)})`;
    }
    case 'calli': return `${d}${s.tail ? 'tail. ' : ''}calli ${signatureText(s.signature)} ${valueText(s.fn)} (${list(s.args)})`;
    case 'newobj': {
      const del = s.delegateTarget ? ` -> ${s.delegateTarget.virtual ? 'virtual ' : ''}${methodText(s.delegateTarget.method)}` : '';
      return `${d}newobj ${methodText(s.ctor)} (${list(s.args)})${del}`;
    }
    case 'newarr': return `${d}newarr ${typeName(s.arrayType)} ${valueText(s.length)}`;
    case 'newmdarr': {
      const lb = s.lowerBounds ? ` lower bounds (${list(s.lowerBounds)})` : '';
      return `${d}newmdarr ${typeName(s.arrayType)} (${list(s.lengths)})${lb}`;
    }
    case 'ldftn': return `${d}${s.constrained ? `constrained(${typeName(s.constrained)}) ` : ''}ldftn ${methodText(s.method)}`;
    case 'ldvirtftn': return `${d}ldvirtftn ${methodText(s.method)}, ${valueText(s.obj)}`;
    case 'ldfld': return `${d}${memPrefix(s)}ldfld ${fieldText(s.field)}, ${valueText(s.obj)}`;
    case 'ldflda': return `${d}ldflda ${fieldText(s.field)}, ${valueText(s.obj)}`;
    case 'stfld': return `${memPrefix(s)}stfld ${fieldText(s.field)}, ${valueText(s.obj)}, ${valueText(s.value)}`;
    case 'ldsfld': return `${d}${memPrefix(s)}ldsfld ${fieldText(s.field)}`;
    case 'ldsflda': return `${d}ldsflda ${fieldText(s.field)}`;
    case 'stsfld': return `${memPrefix(s)}stsfld ${fieldText(s.field)}, ${valueText(s.value)}`;
    case 'box': return `${d}box ${typeName(s.type)} ${valueText(s.value)}`;
    case 'unbox': case 'unbox.any': case 'castclass': case 'isinst': return `${d}${s.kind} ${typeName(s.type)} ${valueText(s.obj)}`;
    case 'ldlen': return `${d}ldlen ${valueText(s.array)}`;
    case 'ldelem': return `${d}ldelem ${typeName(s.elementType)} ${elems(s.array, s.indices)}`;
    case 'ldelema': return `${d}${s.readonly ? 'readonly. ' : ''}ldelema ${typeName(s.elementType)} ${elems(s.array, s.indices)}`;
    case 'stelem': return `stelem ${typeName(s.elementType)} ${elems(s.array, s.indices)}, ${valueText(s.value)}`;
    case 'ldtoken': return `${d}ldtoken ${memberText(s.member)}`;
    case 'mkrefany': return `${d}mkrefany ${typeName(s.type)} ${valueText(s.addr)}`;
    case 'refanyval': return `${d}refanyval ${typeName(s.type)} ${valueText(s.typedRef)}`;
    case 'refanytype': return `${d}refanytype ${valueText(s.typedRef)}`;
    case 'arglist': return `${d}arglist`;
    case 'exception': return `${d}exception`;
    case 'break': return 'break';
  }
}

function condText(c: Condition): string {
  if ('value' in c) return `${c.op === 'true' ? 'if' : 'ifnot'} ${valueText(c.value)}`;
  return `if ${c.op}${c.unsigned ? '.un' : ''} ${valueText(c.a)}, ${valueText(c.b)}`;
}

const bn = (b: IrBlock | undefined) => (b ? `B${b.id}` : 'B?');
const rn = (r: IrRegion) => `R${r.id}`;

/** A terminator, without indentation. */
export function termText(t: IrTerminator): string {
  switch (t.kind) {
    case 'goto': return `goto ${bn(t.target)}`;
    case 'condbr': return `${condText(t.cond)} goto ${bn(t.ifTrue)} else ${bn(t.ifFalse)}`;
    case 'switch': return `switch ${valueText(t.value)} [${t.targets.map(bn).join(', ')}] else ${bn(t.otherwise)}`;
    case 'return': return t.value ? `return ${valueText(t.value)}` : 'return';
    case 'throw': return `throw ${valueText(t.value)}`;
    case 'rethrow': return 'rethrow';
    case 'leave': {
      const via = t.finallys.length ? ` via finally ${t.finallys.map((c) => rn(c.handler)).join(', ')}` : '';
      return `leave ${bn(t.target)}${via}`;
    }
    case 'endfinally': return 'endfinally';
    case 'endfilter': return `endfilter ${valueText(t.value)}`;
    case 'jmp': return `jmp ${methodText(t.method)}`;
  }
}

function varLine(v: IrVar): string {
  const flags = [v.pinned ? 'pinned' : '', v.addressTaken ? 'address-taken' : '', v.merge ? 'merge' : ''].filter(Boolean);
  return `  ${varName(v)}: ${typeName(v.type)} (${v.stack})${flags.length ? ' ' + flags.join(' ') : ''}`;
}

function regionLine(r: IrRegion): string {
  const parts = [`  ${rn(r)} ${r.kind} ${ilLabel(r.ilStart)}..${ilLabel(r.ilEnd)}`];
  if (r.parent) parts.push(`in ${rn(r.parent)}`);
  if (r.kind === 'try') {
    parts.push('handlers ' + r.handlers.map((c) => `${rn(c.handler)}${c.kind === 'catch' ? `(${typeName(c.catchType!)})` : c.filter ? `(filter ${rn(c.filter)})` : `(${c.kind})`}`).join(', '));
  }
  parts.push('entry ' + bn(r.entry));
  return parts.join(' ');
}

/** The whole method as text (stable: depends only on the IR). */
export function dumpIr(m: IrMethod): string {
  const out: string[] = [];
  const md = m.method;
  out.push(`method ${typeName(m.returnType)} ${methodText(md)}${m.initLocals ? ' localsinit' : ''}`);
  for (const v of [...m.args, ...m.locals, ...m.temps]) out.push(varLine(v));
  for (const r of m.regions) out.push(regionLine(r));
  for (const b of m.blocks) {
    const head = [`B${b.id} ${ilLabel(b.ilStart)}..${ilLabel(b.ilEnd)}`];
    if (b.region) head.push(`in ${rn(b.region)}`);
    if (b.preds.length) head.push(`preds ${b.preds.map(bn).join(',')}`);
    if (b.entryStack.length) head.push(`stack [${b.entryStack.map(varName).join(', ')}]`);
    out.push(head.join(' ') + ':');
    for (const s of b.stmts) out.push('  ' + stmtText(s));
    out.push('  ' + termText(b.term));
  }
  return out.join('\n') + '\n';
}
