// The IL importer: one MethodDesc (an exact instantiation, or an open generic definition) to an
// IrMethod. Blocks are imported in IL order from the method entry and every handler entry; the
// evaluation stack a block leaves for its successors goes through merge temps owned by each
// successor (one per stack slot), whose types are the join of what every predecessor brings
// (stack.ts). A block whose merge temps widen is imported again; the merge stores themselves
// are written into the predecessors once the types are final. Then successor and predecessor
// lists, the continuations of endfinally and the region entries are filled in, and temps no
// statement uses (left by re-imports) are dropped.
import { decodeIl, type Instruction } from '../metadata/il/decoder.js';
import type { MethodBody } from '../metadata/methodbody.js';
import type { MethodDesc } from '../typesystem/members.js';
import type { GenericContext } from '../typesystem/resolve.js';
import { DefType, type TypeDesc } from '../typesystem/types.js';
import { findBlocks, type BlockMap, type RawBlock } from './blocks.js';
import { coerce } from './coerce.js';
import { buildEh, type EhStructure } from './eh.js';
import { IlError, ImportError, fail } from './errors.js';
import type { IrBlock, IrMethod, IrRegion, IrStmt, IrTerminator, IrValue, IrVar } from './ir.js';
import { joinTypes, type TypeKit, typeKit } from './stack.js';
import { type ImportContext, type Translation, translateBlock, TranslateError } from './translate.js';
import { stmtDst, stmtOperands, termOperands } from './visit.js';

export interface ImportOptions {
  /**
   * IL to import instead of the method's own body (synthesized IL, tests). Its tokens are read
   * in the method's assembly and generic context.
   */
  body?: MethodBody;
}

/** Lowers the IL of `method` to IR; raises ImportError when the IL cannot be imported. */
export function importMethod(method: MethodDesc, options: ImportOptions = {}): IrMethod {
  return new MethodImporter(method, options.body).run();
}

/** `Owner::Name` as ImportError messages name a method. */
export function methodName(m: MethodDesc): string {
  const inst = m.instantiation.length ? `<${m.instantiation.map(String).join(',')}>` : '';
  return `${m.owningType}::${m.name}${inst}`;
}

interface BlockState {
  raw: RawBlock;
  ir: IrBlock;
  /** Merge temps of the stack at entry, once a predecessor reached the block. */
  entry?: IrVar[];
  /** Handler / filter entry: the type of the exception pushed at entry. */
  exception?: TypeDesc;
  root: boolean;
  imported: boolean;
  out?: Translation;
}

const MAX_IMPORTS_PER_BLOCK = 32;

class MethodImporter implements ImportContext {
  readonly kit: TypeKit;
  readonly gc: GenericContext;
  readonly file;
  readonly args: IrVar[] = [];
  readonly locals: IrVar[] = [];
  readonly returnType: TypeDesc;
  readonly initLocals: boolean;
  readonly ilLength: number;
  private readonly temps: IrVar[] = [];
  private readonly body: MethodBody;
  private instrs: Instruction[] = [];
  private blockMap!: BlockMap;
  private eh!: EhStructure;
  private states: BlockState[] = [];
  /** Merge temps that so far only received ldnull. */
  private readonly nullOnly = new Set<IrVar>();
  private pending!: Uint8Array;
  private cursor = 0;
  private importCount = 0;

  constructor(readonly method: MethodDesc, body?: MethodBody) {
    this.kit = typeKit(method.ctx);
    const owner = method.owningType;
    if (!method.def || !(owner instanceof DefType) || (!body && !method.hasIL)) throw this.error(undefined, 'the method has no IL body');
    this.file = method.def.assembly;
    this.gc = { typeArgs: owner.instantiation, methodArgs: method.instantiation };
    try {
      this.body = body ?? this.file.methodBody(method.def.rid)!;
      this.returnType = method.signature.returnType;
    } catch (e) {
      throw this.wrap(e, undefined);
    }
    this.initLocals = this.body.initLocals;
    this.ilLength = this.body.il.length;
  }

  run(): IrMethod {
    try {
      return this.import();
    } catch (e) {
      if (e instanceof ImportError) throw e;
      if (e instanceof TranslateError) throw this.wrap(e.inner, e.offset);
      throw this.wrap(e, undefined);
    }
  }

  private error(offset: number | undefined, reason: string, unsupported?: string, cause?: unknown): ImportError {
    const name = this.method.def ? this.method.def.assembly.name : String(this.method.owningType);
    const err = new ImportError(name, methodName(this.method), offset, reason, unsupported);
    if (cause !== undefined) (err as { cause?: unknown }).cause = cause;
    return err;
  }

  private wrap(e: unknown, offset: number | undefined): ImportError {
    if (e instanceof ImportError) return e;
    if (e instanceof IlError) return this.error(offset, e.message, e.unsupported, e);
    const err = e as Error;
    const known = ['BadImageError', 'TypeNotFoundError', 'AssemblyNotFoundError', 'LayoutError'];
    const reason = known.includes(err?.constructor?.name) ? err.message : `internal error: ${err?.stack ?? String(e)}`.split('\n').slice(0, 3).join(' | ');
    return this.error(offset, reason, undefined, e);
  }

  // ---- ImportContext ------------------------------------------------------------------------

  newTemp(type: TypeDesc, merge = false): IrVar {
    const v: IrVar = {
      kind: 'var', storage: 'temp', index: this.temps.length, type, stack: this.kit.kind(type), pinned: false, addressTaken: false, merge,
    };
    this.temps.push(v);
    return v;
  }

  blockAt(offset: number): IrBlock {
    const raw = this.blockMap.at(offset);
    if (!raw) fail(`no block starts at 0x${offset.toString(16)}`);
    return this.states[raw.index]!.ir;
  }

  regionAt(offset: number): IrRegion | undefined {
    return this.eh.regionAt(offset);
  }

  // ---- import -------------------------------------------------------------------------------

  private import(): IrMethod {
    const method = this.method, kit = this.kit;
    this.instrs = decodeIl(this.body.il);
    const addrArgs = new Set<number>(), addrLocals = new Set<number>();
    for (const ins of this.instrs) {
      const n = ins.opcode.name;
      if (n === 'ldarga' || n === 'ldarga.s') addrArgs.add(ins.operand as number);
      else if (n === 'ldloca' || n === 'ldloca.s') addrLocals.add(ins.operand as number);
    }
    const sig = method.signature;
    const argTypes: TypeDesc[] = [];
    if (sig.hasThis && !sig.explicitThis) {
      const owner = method.owningType as DefType;
      argTypes.push(owner.isValueType ? kit.ctx.byRefType(owner) : owner);
    }
    argTypes.push(...sig.params);
    argTypes.forEach((type, index) => this.args.push({
      kind: 'var', storage: 'arg', index, type, stack: kit.kind(type), pinned: false, addressTaken: addrArgs.has(index), merge: false,
    }));
    kit.ctx.resolver.localsOf(this.file, this.body.localVarSigToken, this.gc).forEach((l, index) => this.locals.push({
      kind: 'var', storage: 'local', index, type: l.type, stack: kit.kind(l.type), pinned: l.pinned, addressTaken: addrLocals.has(index), merge: false,
    }));
    this.blockMap = findBlocks(this.instrs, this.ilLength, this.body.ehClauses);
    this.eh = buildEh(this.body.ehClauses, this.ilLength, (token) => kit.ctx.resolver.resolveType(this.file, token, this.gc));
    this.states = this.blockMap.blocks.map((raw) => ({
      raw, root: false, imported: false,
      ir: {
        id: -1, ilStart: raw.start, ilEnd: raw.end, entryStack: [], stmts: [], term: undefined as unknown as IrTerminator,
        succs: [], preds: [], region: this.eh.regionAt(raw.start),
      },
    }));
    this.pending = new Uint8Array(this.states.length);
    const root = (offset: number, exception?: TypeDesc) => {
      const s = this.states[this.blockMap.at(offset)!.index]!;
      if (s.root) fail(`two EH entries at 0x${offset.toString(16)}`);
      s.root = true;
      s.entry = [];
      if (exception) s.exception = exception;
      this.enqueue(s);
    };
    root(0);
    for (const c of this.eh.clauses) {
      if (c.handler.ilStart === 0) fail('a handler starts at offset 0');
      root(c.handler.ilStart, c.kind === 'catch' ? c.catchType : c.kind === 'filter' ? kit.object : undefined);
      if (c.filter) root(c.filter.ilStart, kit.object);
    }
    for (let s = this.next(); s; s = this.next()) this.importBlock(s);
    return this.finish();
  }

  private enqueue(s: BlockState): void {
    this.pending[s.raw.index] = 1;
    if (s.raw.index < this.cursor) this.cursor = s.raw.index;
  }

  private next(): BlockState | undefined {
    const p = this.pending;
    while (this.cursor < p.length && !p[this.cursor]) this.cursor++;
    if (this.cursor >= p.length) return undefined;
    p[this.cursor] = 0;
    return this.states[this.cursor];
  }

  private importBlock(s: BlockState): void {
    if (++this.importCount > this.states.length * MAX_IMPORTS_PER_BLOCK) fail('stack types at merges do not converge');
    const entry = s.entry ?? [];
    if (entry.length) {
      for (let r = s.ir.region; r && r.ilStart === s.raw.start; r = r.parent) {
        if (r.kind === 'try') throw this.error(s.raw.start, `the stack is not empty (${entry.length} values) at the start of a try block`);
      }
    }
    const out = translateBlock(this, this.instrs, s.raw, entry, s.exception);
    s.imported = true;
    s.out = out;
    const t = out.term;
    const targets: IrBlock[] = t.kind === 'goto' ? [t.target] : t.kind === 'condbr' ? [t.ifTrue, t.ifFalse] : t.kind === 'switch' ? [...t.targets, t.otherwise] : [];
    for (const b of targets) this.merge(this.stateOf(b), out.stackOut, t.offset);
    if (t.kind === 'leave') this.merge(this.stateOf(t.target), [], t.offset);
  }

  private stateOf(b: IrBlock): BlockState {
    return this.states[this.blockMap.at(b.ilStart)!.index]!;
  }

  /** Joins the stack `values` a predecessor leaves into the merge temps of `to`. */
  private merge(to: BlockState, values: readonly IrValue[], offset: number): void {
    if (to.root && to.raw.start !== 0) throw this.error(offset, `branch into the entry of a handler at 0x${to.raw.start.toString(16)}`);
    if (!to.entry) {
      to.entry = values.map((v) => {
        const t = this.newTemp(v.type, true);
        if (isNull(v)) this.nullOnly.add(t);
        return t;
      });
      to.ir.entryStack = to.entry;
      this.enqueue(to);
      return;
    }
    if (to.entry.length !== values.length) {
      throw this.error(offset, `stack depth ${values.length} differs from ${to.entry.length} at the merge into 0x${to.raw.start.toString(16)}`);
    }
    let changed = false;
    to.entry.forEach((temp, i) => {
      const v = values[i]!;
      const j = joinTypes(this.kit, { type: temp.type, stack: temp.stack, isNull: this.nullOnly.has(temp) }, { type: v.type, stack: v.stack, isNull: isNull(v) });
      if (!j) {
        throw this.error(offset, `stack slot ${i} at the merge into 0x${to.raw.start.toString(16)}: ${v.stack} ${v.type} does not merge with ${temp.stack} ${temp.type}`);
      }
      if (!isNull(v)) this.nullOnly.delete(temp);
      if (j.type !== temp.type || j.stack !== temp.stack) {
        temp.type = j.type;
        temp.stack = j.stack;
        changed = true;
      }
    });
    if (changed && to.imported) this.enqueue(to);
  }

  // ---- finishing ----------------------------------------------------------------------------

  private finish(): IrMethod {
    const live = this.states.filter((s) => s.imported);
    live.forEach((s, id) => {
      s.ir.id = id;
      s.ir.stmts = s.out!.stmts;
      s.ir.term = s.out!.term;
    });
    for (const s of live) this.writeMergeStores(s);
    const blocks = live.map((s) => s.ir);
    for (const r of this.eh.regions) {
      const s = this.states[this.blockMap.at(r.ilStart)!.index]!;
      if (s.imported) r.entry = s.ir;
    }
    this.linkSuccessors(blocks);
    this.pruneTemps(blocks);
    return {
      method: this.method, returnType: this.returnType, args: this.args, locals: this.locals, temps: this.temps,
      initLocals: this.initLocals, blocks, regions: this.eh.regions, clauses: this.eh.clauses,
    };
  }

  /**
   * Stores the stack a block leaves into its successors' merge temps, before its terminator.
   * Sources that are themselves destination temps (a loop carrying stack values into its own
   * head) and terminator operands that are destinations are copied first.
   */
  private writeMergeStores(s: BlockState): void {
    const t = s.ir.term;
    const values = s.out!.stackOut;
    if (!values.length) return;
    const succs = t.kind === 'goto' ? [t.target] : t.kind === 'condbr' ? [t.ifTrue, t.ifFalse] : t.kind === 'switch' ? [...t.targets, t.otherwise] : [];
    const dests = [...new Set(succs)].map((b) => this.stateOf(b).entry!);
    // Only temps that actually change need protecting: a slot passed on unchanged is not written.
    const destSet = new Set(dests.flatMap((entry) => entry.filter((dst, i) => values[i] !== dst)));
    const stmts = s.ir.stmts;
    const env = { kit: this.kit, offset: t.offset, newTemp: (ty: TypeDesc) => this.newTemp(ty), emit: (st: IrStmt) => stmts.push(st) };
    const copies = new Map<IrVar, IrVar>();
    const copyOf = (v: IrValue): IrValue => {
      if (v.kind !== 'var' || !destSet.has(v)) return v;
      let c = copies.get(v);
      if (!c) {
        c = this.newTemp(v.type);
        stmts.push({ kind: 'assign', offset: t.offset, dst: c, src: v });
        copies.set(v, c);
      }
      return c;
    };
    if (t.kind === 'condbr') {
      if ('value' in t.cond) t.cond.value = copyOf(t.cond.value);
      else {
        t.cond.a = copyOf(t.cond.a);
        t.cond.b = copyOf(t.cond.b);
      }
    } else if (t.kind === 'switch') t.value = copyOf(t.value);
    const sources = dests.map((entry) => values.map((v, i) => (v === entry[i] ? undefined : copyOf(v))));
    dests.forEach((entry, d) => {
      entry.forEach((dst, i) => {
        const src = sources[d]![i];
        if (src) stmts.push({ kind: 'assign', offset: t.offset, dst, src: coerce(env, src, dst.type) });
      });
    });
  }

  private linkSuccessors(blocks: IrBlock[]): void {
    const add = (from: IrBlock, to: IrBlock | undefined) => {
      if (!to || from.succs.includes(to)) return;
      from.succs.push(to);
      to.preds.push(from);
    };
    for (const b of blocks) {
      const t = b.term;
      switch (t.kind) {
        case 'goto': add(b, t.target); break;
        case 'condbr': add(b, t.ifTrue); add(b, t.ifFalse); break;
        case 'switch': for (const x of t.targets) add(b, x); add(b, t.otherwise); break;
        case 'leave': add(b, t.finallys.length ? t.finallys[0]!.handler.entry : t.target); break;
        default: break;
      }
    }
    // endfinally continues to the next finally of a leave's chain, or to the leave's target.
    const endFinallys = blocks.filter((b) => b.term.kind === 'endfinally');
    for (const b of blocks) {
      const t = b.term;
      if (t.kind !== 'leave' || !t.finallys.length) continue;
      t.finallys.forEach((c, i) => {
        const next = i + 1 < t.finallys.length ? t.finallys[i + 1]!.handler.entry : t.target;
        for (const e of endFinallys) if (e.term.kind === 'endfinally' && e.term.region === c.handler) add(e, next);
      });
    }
  }

  /**
   * Drops temps no reachable statement uses (left behind by re-imports) and numbers the rest in
   * the order they first appear, block by block.
   */
  private pruneTemps(blocks: IrBlock[]): void {
    const used = new Set<IrVar>();
    const mark = (v: IrValue | undefined) => {
      if (v && v.kind === 'var' && v.storage === 'temp') used.add(v);
    };
    for (const b of blocks) {
      b.entryStack.forEach(mark);
      for (const st of b.stmts) {
        stmtOperands(st).forEach(mark);
        mark(stmtDst(st));
      }
      termOperands(b.term).forEach(mark);
    }
    const kept = [...used];
    kept.forEach((t, i) => (t.index = i));
    this.temps.length = 0;
    this.temps.push(...kept);
  }
}

function isNull(v: IrValue): boolean {
  return v.kind === 'const' && v.value === null;
}
