// Checks the invariants README.md promises about an IrMethod, so tests (and a debugging
// code generator) can rely on them: every variable is declared and its stack kind matches its
// type; temps other than merge temps are assigned once and used only later in the same block;
// merge temps are assigned only by the block's predecessors and read only in their block;
// operands of assignments, operations, calls and returns have the kinds the destination needs;
// successor and predecessor lists agree with the terminators.
import { ArrayType, DefType, type TypeDesc } from '../typesystem/types.js';
import type { IrBlock, IrMethod, IrStmt, IrValue, IrVar, StackKind } from './ir.js';
import { stmtText, termText, varName } from './dump.js';
import { typeKit } from './stack.js';
import { stmtDst, stmtOperands, termOperands } from './visit.js';

/** Problems found, one line each (empty when the IR is well-formed). */
export function verifyIr(m: IrMethod): string[] {
  const kit = typeKit(m.method.ctx);
  const problems: string[] = [];
  const declared = new Set<IrVar>([...m.args, ...m.locals, ...m.temps]);
  const inMethod = new Set(m.blocks);
  const say = (b: IrBlock, what: string) => problems.push(`B${b.id}: ${what}`);
  const sameKind = (a: StackKind, b: StackKind) => a === b || a === 'generic' || b === 'generic';

  for (const v of declared) {
    if (v.stack !== kit.kind(v.type)) problems.push(`${varName(v)}: stack kind ${v.stack} but type ${v.type} is ${kit.kind(v.type)}`);
  }
  m.temps.forEach((t, i) => t.index !== i && problems.push(`temp ${varName(t)} at position ${i}`));

  const mergeOwner = new Map<IrVar, IrBlock>();
  for (const b of m.blocks) for (const t of b.entryStack) mergeOwner.set(t, b);
  const defBlock = new Map<IrVar, IrBlock>();

  for (const b of m.blocks) {
    const definedHere = new Set<IrVar>();
    const use = (v: IrValue, where: string) => {
      if (v.kind === 'const') {
        if (v.value !== null && v.stack !== kit.kind(v.type)) say(b, `${where}: constant kind ${v.stack} for ${v.type}`);
        return;
      }
      if (!declared.has(v)) say(b, `${where}: ${varName(v)} is not declared`);
      if (v.storage !== 'temp') return;
      if (v.merge) {
        if (mergeOwner.get(v) !== b) say(b, `${where}: merge temp ${varName(v)} read outside its block`);
      } else if (!definedHere.has(v)) say(b, `${where}: ${varName(v)} used before its definition in this block`);
    };
    for (const s of b.stmts) {
      const where = stmtText(s);
      for (const v of stmtOperands(s)) use(v, where);
      checkStmt(s, (msg) => say(b, `${where}: ${msg}`));
      const dst = stmtDst(s);
      if (!dst) continue;
      if (!declared.has(dst)) say(b, `${where}: ${varName(dst)} is not declared`);
      if (dst.storage !== 'temp') continue;
      if (dst.merge) {
        const owner = mergeOwner.get(dst);
        if (!owner || !b.succs.includes(owner)) say(b, `${where}: merge temp stored by a block that is not a predecessor of its owner`);
      } else {
        if (defBlock.has(dst)) say(b, `${where}: ${varName(dst)} assigned twice`);
        defBlock.set(dst, b);
        definedHere.add(dst);
      }
    }
    for (const v of termOperands(b.term)) use(v, termText(b.term));
    const t = b.term;
    if (t.kind === 'return') {
      if (kit.isVoid(m.returnType) !== !t.value) say(b, 'return value does not match the return type');
      else if (t.value && !sameKind(t.value.stack, kit.kind(m.returnType))) say(b, `returns ${t.value.stack} for ${m.returnType}`);
    }
    if (t.kind === 'condbr' && !('value' in t.cond) && !sameKind(t.cond.a.stack, t.cond.b.stack)) say(b, `compares ${t.cond.a.stack} with ${t.cond.b.stack}`);
    for (const s of b.succs) {
      if (!inMethod.has(s)) say(b, `successor B${s.id} is not in the method`);
      if (!s.preds.includes(b)) say(b, `successor B${s.id} does not list it as a predecessor`);
    }
    for (const p of b.preds) if (!p.succs.includes(b)) say(b, `predecessor B${p.id} does not list it as a successor`);
  }

  function checkStmt(s: IrStmt, bad: (msg: string) => void): void {
    const dst = stmtDst(s);
    if (dst && dst.stack !== kit.kind(dst.type)) bad('destination kind does not match its type');
    const expect = (v: IrValue, t: TypeDesc, what: string) => {
      if (!sameKind(v.stack, kit.kind(t))) bad(`${what} is ${v.stack}, ${t} needs ${kit.kind(t)}`);
    };
    switch (s.kind) {
      case 'assign':
        if (!sameKind(s.src.stack, s.dst.stack)) bad(`assigns ${s.src.stack} to ${s.dst.stack}`);
        if (s.dst.stack === 'valuetype' && s.src.type !== s.dst.type) bad(`assigns ${s.src.type} to ${s.dst.type}`);
        break;
      case 'binary': {
        const addr = (k: StackKind) => k === 'byref' || k === 'ptr';
        const shift = s.op === 'shl' || s.op === 'shr';
        const ok = shift ? s.b.stack === 'int32' || s.b.stack === 'nativeint'
          : s.a.stack === s.b.stack || (addr(s.a.stack) && s.b.stack === 'nativeint') || (addr(s.b.stack) && s.a.stack === 'nativeint');
        if (!ok) bad(`operands ${s.a.stack} and ${s.b.stack}`);
        break;
      }
      case 'compare':
        if (!sameKind(s.a.stack, s.b.stack)) bad(`compares ${s.a.stack} with ${s.b.stack}`);
        break;
      case 'store':
        expect(s.value, s.type, 'stored value');
        break;
      case 'stfld': case 'stsfld':
        expect(s.value, s.field.type, 'stored value');
        break;
      case 'stelem':
        expect(s.value, s.elementType, 'stored element');
        break;
      case 'call': case 'newobj': {
        const method = s.kind === 'call' ? s.method : s.ctor;
        const sig = method.signature;
        const params = [...sig.params, ...(s.kind === 'call' ? s.varargTypes ?? [] : [])];
        const hasThis = s.kind === 'call' && sig.hasThis && !sig.explicitThis;
        if (s.args.length !== params.length + (hasThis ? 1 : 0)) bad(`${s.args.length} arguments for ${params.length} parameters`);
        params.forEach((p, i) => s.args[i + (hasThis ? 1 : 0)] && expect(s.args[i + (hasThis ? 1 : 0)]!, p, `argument ${i}`));
        if (hasThis && s.args[0]) {
          const owner = method.owningType;
          const thisKind = s.args[0].stack;
          const valueOwner = owner instanceof DefType && owner.isValueType;
          const constrained = s.kind === 'call' && s.constrained !== undefined;
          const okThis = thisKind === 'generic' || (constrained ? thisKind === 'byref' : valueOwner ? thisKind === 'byref' : thisKind === 'objref' || owner instanceof ArrayType);
          if (!okThis) bad(`this is ${thisKind} for ${owner}`);
        }
        break;
      }
      case 'calli': {
        const sig = s.signature;
        const hasThis = sig.hasThis && !sig.explicitThis ? 1 : 0;
        sig.params.forEach((p, i) => s.args[i + hasThis] && expect(s.args[i + hasThis]!, p, `argument ${i}`));
        break;
      }
      case 'box':
        expect(s.value, s.type, 'boxed value');
        break;
      default:
        break;
    }
  }
  return problems;
}
