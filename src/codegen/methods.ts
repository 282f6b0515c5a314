// IR -> one C function. Every IR statement and terminator, with the runtime checks of decision 6
// (null, bounds, casts, overflow, division) and exceptions by explicit propagation (decision 4):
// a statement that can throw is followed by a test of the thread's pending exception and a jump
// to the unwind code of the innermost region around it. Unwind code of a try region tests its
// clauses in order (catch by type with the runtime's casting, filters as decided by the first pass,
// finally/fault entered with the exception saved and a continuation index of -1), then goes on
// to the enclosing region; at method level the function returns and its caller does the same.
// Filters are outlined and evaluated by the runtime's first pass (filters.ts); the unwind code
// of a filter clause only asks for the first pass's answer.
// A `leave` runs its finally handlers through continuation indices: each finally ends in a
// switch on its own index.
import type {
  BinaryStmt, CallStmt, Condition, ConvStmt, IrBlock, IrConst, IrEhClause, IrMethod, IrRegion, IrStmt, IrValue, IrVar,
  LeaveTerm, NewObjStmt,
} from '../ir/ir.js';
import { isDevirtualizable } from '../analysis/scanner.js';
import { isNullable } from '../typesystem/casting.js';
import type { FieldDesc, MethodDesc } from '../typesystem/members.js';
import { vtableSlotOf } from '../typesystem/vtable.js';
import { ArrayType, ByRefType, DefType, PointerType, type TypeDesc } from '../typesystem/types.js';
import { CodegenError } from './ctypes.js';
import { stmtDst, stmtOperands, termOperands } from '../ir/visit.js';
import type { Deps } from './deps.js';
import { type ProgramGen, cString } from './program.js';
import { type MethodLines, type StackFrameName, methodLines, stackFrameName } from './stack-frames.js';
import { emitTypedRef } from './typed-refs.js';
import { type EhPlan, ehState, frameStruct, planEh, searchFunction } from './filters.js';
import { stackMarkCaller } from './assemblies.js';

/** What an emitted call site needs from the emitter (intrinsics use it). */
export interface CallSite {
  readonly em: MethodEmitter;
  readonly stmt: CallStmt;
  /** C expressions of the arguments, converted to the callee's parameter types. */
  readonly args: string[];
  /** The destination variable (C name), if the call has a result. */
  readonly dst?: string;
}

export class MethodEmitter {
  readonly deps: Deps;
  private readonly lines: string[] = [];
  private readonly extraDecls: string[] = [];
  private readonly usedLabels = new Set<string>();
  private readonly neededUnwind = new Set<IrRegion | undefined>();
  private readonly nonNull = new Set<IrVar>();
  /** Continuation indices: for each finally region, the code to run at endfinally per index. */
  private readonly continuations = new Map<IrRegion, { index: number; code: string[] }[]>();
  private nextCont = 1;
  private nextHidden = 0;
  private currentBlock!: IrBlock;
  private readonly fnName: string;
  private readonly ldstrOf = new Map<IrVar, string>();
  private readonly tokenOf = new Map<IrVar, unknown>();
  private frameInfo?: string | null;
  /** How stack traces show the method (undefined: hidden). */
  private readonly frameName?: StackFrameName;
  /** Source lines (from the PDB) for the stack trace, when the method has them. */
  private readonly lines_?: MethodLines;
  /** IL offset of the statement being emitted (the line its exceptions are reported at). */
  private currentOffset = 0;
  /** `unwind_R<n>_L<line>` stubs: set dn_line, then go to the region's unwind code. */
  private readonly lineStubs = new Map<string, { target: string; line: number }>();

  /** The method's exception-handler record (undefined: it has no catch or filter clause). */
  private readonly eh?: EhPlan;
  /** Set when this emitter writes the outlined function of one filter region. */
  private readonly filterRegion?: IrRegion;

  constructor(readonly gen: ProgramGen, readonly ir: IrMethod, deps: Deps, outline?: { plan: EhPlan; filter: IrRegion }) {
    this.deps = deps;
    this.fnName = gen.fn(deps, ir.method);
    this.frameName = gen.options.stackTraces === false ? undefined : stackFrameName(ir.method);
    this.lines_ = this.frameName ? methodLines(ir.method) : undefined;
    this.eh = outline ? outline.plan : planEh(ir, this.fnName);
    this.filterRegion = outline?.filter;
  }

  get method(): MethodDesc {
    return this.ir.method;
  }

  // ---- output helpers -----------------------------------------------------------------------

  emit(line: string): void {
    this.lines.push('    ' + line);
  }

  /** A hidden local of C type `ctype`, declared at the top of the function. */
  hidden(ctype: string, prefix = 'h'): string {
    const name = `${prefix}${this.nextHidden++}`;
    this.extraDecls.push(`    ${this.gen.ctypes.decl(ctype, name)};`);
    return name;
  }

  /** Declares a static local (e.g. a per-call-site dispatch cache). */
  staticLocal(ctype: string, prefix: string): string {
    const name = `${prefix}${this.nextHidden++}`;
    this.extraDecls.push(`    static ${this.gen.ctypes.decl(ctype, name)};`);
    return name;
  }

  label(name: string): string {
    this.usedLabels.add(name);
    return name;
  }

  /** The label control goes to when an exception is pending at the current statement. */
  unwindLabel(...explicit: [IrRegion | undefined] | []): string {
    // An explicit `undefined` means the method level (a default parameter would replace it).
    const region = explicit.length ? explicit[0] : this.currentBlock.region;
    this.neededUnwind.add(region);
    const target = this.label(region ? `unwind_R${region.id}` : 'unwind_return');
    // A statement's exception remembers its source line for the stack trace on the way.
    const line = !explicit.length && this.lines_ ? this.lines_.lineAt(this.currentOffset) : 0;
    if (!line) return target;
    const stub = `${target}_L${line}`;
    this.lineStubs.set(stub, { target, line });
    return this.label(stub);
  }

  /** `if (pending) goto unwind;` */
  checkPending(): void {
    this.emit(`if (DN_UNLIKELY(dn_exception_pending())) goto ${this.unwindLabel()};`);
  }

  /** `if (cond) { throwCall; goto unwind; }` */
  throwIf(cond: string, throwCall: string): void {
    this.emit(`if (DN_UNLIKELY(${cond})) { ${throwCall}; goto ${this.unwindLabel()}; }`);
  }

  nullCheck(v: IrValue): void {
    if (v.kind === 'const') {
      if (v.value === null) {
        this.gen.needException('NullReference');
        this.emit(`dn_throw_null_reference(); goto ${this.unwindLabel()};`);
      }
      return;
    }
    if (this.isNonNull(v)) return;
    this.gen.needException('NullReference');
    this.throwIf(`${this.val(v)} == NULL`, 'dn_throw_null_reference()');
  }

  /**
   * An access through an unmanaged pointer in the application's code: under the JIT a fault on
   * the null page (below 64 KB, which Linux never maps) is a NullReferenceException, and
   * `stackalloc T[0]` is null. Generated C cannot turn the fault into an exception, so the
   * application's accesses check the address first; framework code never relies on the fault.
   */
  private appCode: boolean | undefined;
  pointerCheck(addr: IrValue): void {
    if (addr.stack !== 'ptr' && addr.stack !== 'nativeint') return;
    if (this.isNonNull(addr)) return;
    this.appCode ??= this.gen.isAppCode(this.method);
    if (!this.appCode) return;
    this.gen.needException('NullReference');
    this.throwIf(`(uintptr_t)${this.val(addr)} < DN_NULL_PAGE_END`, 'dn_throw_null_reference()');
  }

  isNonNull(v: IrValue): boolean {
    if (v.kind === 'const') return v.value !== null;
    if (this.nonNull.has(v)) return true;
    // `this` of an instance method is never null (callers check it).
    return v.storage === 'arg' && v.index === 0 && this.ir.method.signature.hasThis;
  }

  // ---- values ---------------------------------------------------------------------------------

  varName(v: IrVar): string {
    const name = this.plainName(v);
    // Variables filters share live in the registered record.
    if (this.eh?.frameVars.has(v)) return this.filterRegion ? `fr->${name}` : `dn_fr.${name}`;
    return name;
  }

  private plainName(v: IrVar): string {
    return (v.storage === 'arg' ? 'a' : v.storage === 'local' ? 'l' : 't') + v.index;
  }

  /** The C expression of a value, as its own C type. */
  val(v: IrValue): string {
    if (v.kind === 'var') return this.varName(v);
    return this.constant(v);
  }

  constant(c: IrConst): string {
    switch (c.stack) {
      case 'objref':
        return 'NULL';
      case 'int32': {
        const n = c.value as number;
        return n === -2147483648 ? '(-2147483647 - 1)' : String(n);
      }
      case 'nativeint': {
        const n = c.value as number;
        return `(intptr_t)${n < 0 ? `(${n})` : n}`;
      }
      case 'int64': {
        const n = c.value as bigint;
        if (n === -9223372036854775808n) return '(-INT64_C(9223372036854775807) - 1)';
        return n < 0n ? `(-INT64_C(${-n}))` : `INT64_C(${n})`;
      }
      case 'float':
        return floatLiteral(c.value as number, this.gen.ctypes.primitiveOf(c.type) === 'r4');
    }
  }

  /** The C type of a value. */
  ctypeOf(v: IrValue): string {
    if (v.kind === 'var') return this.gen.ctypes.ofVar(v);
    switch (v.stack) {
      case 'int32': return 'int32_t';
      case 'int64': return 'int64_t';
      case 'nativeint': return 'intptr_t';
      case 'float': return this.gen.ctypes.primitiveOf(v.type) === 'r4' ? 'float' : 'double';
      default: return 'DnObject *';
    }
  }

  /** `v` converted (by a C cast when the C types differ) to C type `to`. */
  as(v: IrValue, to: string): string {
    const from = this.ctypeOf(v);
    const e = this.val(v);
    if (from === to) return e;
    if (v.kind === 'const' && v.stack !== 'objref' && !to.endsWith('*')) return `(${to})${e}`;
    if (v.kind === 'const' && v.value === null) return to === 'DnObject *' ? 'NULL' : `(${to})NULL`;
    if (!to.endsWith('*') && !from.endsWith('*') && (to === 'int32_t' || to === 'int64_t' || to === 'intptr_t')) return `(${to})${e}`;
    return `(${to})${e}`;
  }

  /** `v` as a value of declared type `t` (argument passing, stores). */
  asType(v: IrValue, t: TypeDesc): string {
    return this.as(v, this.gen.ctypes.storage(t));
  }

  assignTo(dst: IrVar, expr: string): void {
    this.emit(`${this.varName(dst)} = ${expr};`);
  }

  // ---- the function --------------------------------------------------------------------------

  /** The whole C function definition. */
  generate(): string {
    const ir = this.ir;
    const gen = this.gen;
    const ct = gen.ctypes;
    for (const v of [...ir.args, ...ir.locals, ...ir.temps]) gen.useType(this.deps, v.type);
    gen.useType(this.deps, ir.returnType);
    this.collectFacts();
    if (this.filterRegion) return this.generateFilter();
    this.planLeaves();
    const eh = this.eh;
    if (eh) {
      // Registered for the whole activation; every exit unregisters (return, jmp, unwind_return).
      // Without filters, only while some record is below (filters.ts says why that suffices).
      if (eh.slots.size) this.lines.push(`    dn_fr.eh.search = ${eh.searchFn}; dn_eh_push(&dn_fr.eh);`);
      else this.lines.push(`    dn_eh_push_if_needed(&dn_fr.eh, ${eh.searchFn});`);
      for (const a of ir.args) if (eh.frameVars.has(a)) this.lines.push(`    ${this.varName(a)} = ${this.plainName(a)};`);
    }
    // Precise class constructor: static methods and constructors of the type run it first.
    const trigger = gen.precisePrologueTrigger(this.deps, ir.method);
    if (trigger) {
      this.lines.push(`    if (DN_UNLIKELY(!dn_ensure_cctor(&${trigger}))) goto ${this.label('unwind_return')};`);
      this.neededUnwind.add(undefined);
    }
    // Filter code is emitted only in its outlined function.
    const blocks = eh ? ir.blocks.filter((b) => !eh.filterOf.has(b)) : ir.blocks;
    this.emitBlocks(blocks, eh);
    this.emitUnwind();
    // Assemble: signature, declarations, body (unused labels dropped).
    const out: string[] = [];
    if (eh) out.push(...this.ehPrelude(eh));
    out.push(`/* ${String(ir.method).replace(/\*\//g, '* /')} */`);
    out.push(`${gen.prototype(this.deps, ir.method, true)} {`);
    const declare = (v: IrVar) => {
      if (eh?.frameVars.has(v)) return;
      const c = ct.ofVar(v);
      const init = ct.isStruct(v.type) && v.stack === 'valuetype' ? ' = {0}' : ' = 0';
      out.push(`    ${ct.decl(c, this.varName(v))}${init};`);
    };
    if (eh) out.push(`    struct ${eh.frameType} dn_fr = {0};`);
    ir.locals.forEach(declare);
    ir.temps.forEach(declare);
    out.push(...this.extraDecls);
    this.pushBody(out);
    out.push('}');
    // Labels B<n> are used only when jumped to; the entry block falls in.
    return out.join('\n');
  }

  private emitBlocks(blocks: IrBlock[], eh: EhPlan | undefined): void {
    const recordState = eh && !this.filterRegion;
    blocks.forEach((b, i) => {
      this.currentBlock = b;
      this.lines.push(`B${b.id}:`);
      // The first pass reads which try region the frame is in. Blocks reached only from
      // blocks in the same state need no store (handler entries have no preds, and a leave's
      // target that differs from its finally's state differs from the leaving block's too).
      if (recordState) {
        const state = ehState(b.region);
        if (i === 0 || !b.preds.length || b.preds.some((p) => ehState(p.region) !== state)) this.emit(`dn_fr.eh.state = ${state};`);
      }
      for (const s of b.stmts) {
        this.currentOffset = s.offset;
        try {
          this.statement(s);
        } catch (e) {
          if (e instanceof CodegenError) throw new CodegenError(`IL_${s.offset.toString(16).padStart(4, '0')}: ${e.message}`);
          throw e;
        }
      }
      this.currentOffset = b.term.offset;
      this.terminator(b, blocks[i + 1]);
    });
  }

  private pushBody(out: string[]): void {
    for (const line of this.lines) {
      const m = /^(B\d+|unwind_\w+|fin_\w+):$/.exec(line);
      if (m && !this.usedLabels.has(m[1]!)) continue;
      out.push(line.endsWith(':') ? line + ';' : line);
    }
  }

  /** Before the method: its record's struct, its outlined filters and its search function. */
  private ehPrelude(eh: EhPlan): string[] {
    const out = [frameStruct(this.gen, eh, (v) => this.plainName(v))];
    for (const f of eh.filters) out.push(new MethodEmitter(this.gen, this.ir, this.deps, { plan: eh, filter: f }).generate());
    out.push(searchFunction(this.gen, this.deps, this.ir, eh));
    return out;
  }

  /** The outlined function of one filter: (record, exception) -> accepted. */
  private generateFilter(): string {
    const r = this.filterRegion!;
    const eh = this.eh!;
    const c = r.clause!;
    const blocks = this.ir.blocks.filter((b) => eh.filterOf.get(b) === r);
    if (blocks[0] !== r.entry) this.emit(`goto ${this.label(this.blockLabel(r.entry))};`);
    this.emitBlocks(blocks, eh);
    this.emitUnwind();
    const ct = this.gen.ctypes;
    const temps = new Set<IrVar>();
    for (const b of blocks) {
      const add = (v: { kind: string } | undefined) => {
        const x = v as IrVar | undefined;
        if (x && x.kind === 'var' && x.storage === 'temp') temps.add(x);
      };
      b.entryStack.forEach(add);
      for (const s of b.stmts) {
        stmtOperands(s).forEach(add);
        add(stmtDst(s));
      }
      termOperands(b.term).forEach(add);
    }
    const out: string[] = [];
    out.push(`/* filter of clause ${c.index} */`);
    out.push(`static int32_t ${eh.filterFn(c)}(void *dn_frp, DnObject *${this.exceptionVar(c)}) {`);
    out.push(`    struct ${eh.frameType} *fr = (struct ${eh.frameType} *)dn_frp; (void)fr;`);
    for (const v of [...temps].sort((a, b) => a.index - b.index)) {
      const init = ct.isStruct(v.type) && v.stack === 'valuetype' ? ' = {0}' : ' = 0';
      out.push(`    ${ct.decl(ct.ofVar(v), this.varName(v))}${init};`);
    }
    out.push(...this.extraDecls);
    this.pushBody(out);
    out.push('}');
    return out.join('\n');
  }

  /** Facts used to elide checks: which temps are non-null, which hold string literals. */
  private collectFacts(): void {
    for (const b of this.ir.blocks) {
      for (const s of b.stmts) {
        switch (s.kind) {
          case 'addrof': case 'ldsflda': case 'ldelema': case 'ldflda': case 'newobj': case 'newarr':
          case 'newmdarr': case 'box': case 'ldstr': case 'unbox':
            if (s.kind === 'box' && isNullable(s.type)) break;
            if (s.dst.storage === 'temp' && !s.dst.merge) this.nonNull.add(s.dst);
            break;
          default:
            break;
        }
        if (s.kind === 'ldstr' && s.dst.storage === 'temp' && !s.dst.merge) this.ldstrOf.set(s.dst, s.value);
        if (s.kind === 'ldtoken' && s.dst.storage === 'temp' && !s.dst.merge) this.tokenOf.set(s.dst, s.member);
      }
    }
  }

  /** The member a value is the handle of, when it is a temp from ldtoken. */
  tokenMember(v: IrValue): unknown {
    return v.kind === 'var' ? this.tokenOf.get(v) : undefined;
  }

  /** The string literal a value holds, when it is a temp from ldstr. */
  literalOf(v: IrValue): string | undefined {
    return v.kind === 'var' ? this.ldstrOf.get(v) : undefined;
  }

  // ---- EH: leaves, finally continuations, unwind code ------------------------------------------

  private contVar(r: IrRegion): string {
    return `cont_R${r.id}`;
  }
  private savedVar(r: IrRegion): string {
    return `saved_R${r.id}`;
  }
  exceptionVar(c: IrEhClause): string {
    return `ex_c${c.index}`;
  }

  /** Assigns continuation indices to every leave that runs finally handlers. */
  private planLeaves(): void {
    const declared = new Set<string>();
    const declare = (text: string, name: string) => {
      if (!declared.has(name)) {
        declared.add(name);
        this.extraDecls.push(text);
      }
    };
    for (const r of this.ir.regions) {
      if (r.kind === 'finally' || r.kind === 'fault') {
        declare(`    int32_t ${this.contVar(r)} = 0;`, this.contVar(r));
        declare(`    DnObject *${this.savedVar(r)} = NULL;`, this.savedVar(r));
        this.continuations.set(r, []);
      }
    }
    for (const c of this.ir.clauses) {
      if (c.kind === 'catch' || c.kind === 'filter') declare(`    DnObject *${this.exceptionVar(c)} = NULL;`, this.exceptionVar(c));
    }
    for (const b of this.ir.blocks) {
      const t = b.term;
      if (t.kind !== 'leave' || !t.finallys.length) continue;
      const chain = t.finallys;
      const indices = chain.map(() => this.nextCont++);
      (t as LeaveTerm & { contIndex?: number }).contIndex = indices[0];
      chain.forEach((c, i) => {
        const list = this.continuations.get(c.handler)!;
        const code: string[] = [];
        if (i + 1 < chain.length) {
          const next = chain[i + 1]!;
          code.push(`${this.contVar(next.handler)} = ${indices[i + 1]};`);
          code.push(`goto ${this.label(this.blockLabel(next.handler.entry))};`);
        } else {
          code.push(`goto ${this.label(`B${t.target.id}`)};`);
        }
        list.push({ index: indices[i]!, code });
      });
    }
  }

  private blockLabel(b: IrBlock | undefined): string {
    if (!b) throw new CodegenError('a handler has no code');
    return `B${b.id}`;
  }

  /** Unwind code of every region some statement jumps to, and of the regions they lead to. */
  private emitUnwind(): void {
    const done = new Set<IrRegion | undefined>();
    const clauseLabels = new Set<string>();
    for (;;) {
      const todo = [...this.neededUnwind].filter((r) => !done.has(r));
      if (!todo.length) break;
      for (const r of todo) {
        done.add(r);
        if (!r) continue;
        this.lines.push(`unwind_R${r.id}:`);
        if (r.kind === 'try') {
          r.handlers.forEach((c, k) => {
            const lbl = `unwind_R${r.id}_c${k}`;
            this.lines.push(`${lbl}:`);
            clauseLabels.add(lbl);
            this.clauseDispatch(r, c, k);
          });
          this.lines.push(`unwind_R${r.id}_c${r.handlers.length}:`);
          this.lines.push(`    goto ${this.unwindLabel(r.parent)};`);
        } else if (r.kind === 'filter') {
          // An exception escaping a filter leaves it pending: the runtime discards it, false.
          this.lines.push('    return 0;');
        } else {
          // An exception escaping a finally block that a `leave` ran (not the unwinding of
          // another exception: cont_R = -1): CoreCLR calls the block as a funclet from the
          // method, and the trace gets a line for it besides the method's own, which shows
          // the end of the protected block (where the method called the funclet).
          let funclet = '';
          const tryRegion = r.clause?.tryRegion;
          const record = r.kind === 'finally' && tryRegion ? this.recordFrame('leave') : '';
          if (record) {
            const line = this.lines_ ? this.lines_.lineAt(tryRegion!.ilEnd - 1) : 0;
            funclet = `if (${this.contVar(r)} != -1) { ${record}${line ? `dn_line = ${line}; ` : ''}} `;
          }
          this.lines.push(`    ${funclet}goto ${this.unwindLabel(r.parent)};`);
        }
      }
    }
    for (const [stub, { target, line }] of this.lineStubs) this.lines.push(`${stub}:`, `    dn_line = ${line}; goto ${target};`);
    if (done.has(undefined)) {
      this.lines.push('unwind_return:');
      if (this.filterRegion) this.lines.push('    return 0;');
      else this.lines.push(`    ${this.popRecord()}${this.recordFrame('leave')}${this.zeroReturn()}`);
    }
    if (this.lineStubs.size || (this.lines_ && this.frameInfo)) this.extraDecls.push('    int32_t dn_line = 0; (void)dn_line;');
    for (const l of clauseLabels) this.usedLabels.add(l);
  }

  private nextClauseLabel(tryRegion: IrRegion, k: number): string {
    this.neededUnwind.add(tryRegion);
    const l = `unwind_R${tryRegion.id}_c${k + 1}`;
    this.usedLabels.add(l);
    return l;
  }

  private clauseDispatch(r: IrRegion, c: IrEhClause, k: number): void {
    const emit = (s: string) => this.lines.push('    ' + s);
    switch (c.kind) {
      case 'catch': {
        const test = this.gen.catchTest(this.deps, c.catchType!, 'dn_exception_peek()');
        const entry = this.label(this.blockLabel(c.handler.entry));
        const take = `${this.recordFrame('catch')}${this.exceptionVar(c)} = dn_catch(); goto ${entry};`;
        if (test === 'true') emit(take);
        else emit(`if (${test}) { ${take} }`);
        break;
      }
      case 'filter': {
        // The first pass evaluated the filter (or dn_filter_accepts does it now).
        const eh = this.eh!;
        const take = `${this.recordFrame('catch')}${this.exceptionVar(c)} = dn_catch(); goto ${this.label(this.blockLabel(c.handler.entry))};`;
        emit(`if (dn_filter_accepts(&dn_fr.slot[${eh.slots.get(c)}], ${eh.filterFn(c)}, &dn_fr)) { ${take} }`);
        break;
      }
      case 'finally':
      case 'fault':
        if (!c.handler.entry) break;
        emit(`${this.savedVar(c.handler)} = dn_catch(); ${this.contVar(c.handler)} = -1; goto ${this.label(this.blockLabel(c.handler.entry))};`);
        break;
    }
    void r;
  }

  /** `&dn_frame`, the method's stack trace record (a static local), or undefined when stack
   * traces do not show the method. */
  private frame(): string | undefined {
    if (this.frameInfo === undefined) {
      const f = this.frameName;
      const file = this.lines_ ? cString(this.lines_.file) : 'NULL';
      const info = f && `${f.type !== undefined ? cString(f.type) : 'NULL'}, ${cString(f.method)}, ${file}`;
      if (!f) this.frameInfo = null;
      else if (this.gen.isFrameworkMethod(this.ir.method)) {
        this.frameInfo = '&dn_frame';
        this.extraDecls.push(`    static const DnStackFrameInfo dn_frame = {${info}, ${f.isAsync ? 'DN_FRAME_ASYNC' : '0'}};`);
      } else {
        // An application method's record names its function too (Exception.TargetSite).
        this.frameInfo = '&dn_frame.info';
        this.extraDecls.push(`    static const DnCodeFrameInfo dn_frame = {{${info}, ${f.isAsync ? 'DN_FRAME_ASYNC | ' : ''}DN_FRAME_HAS_CODE}, (DnFnPtr)${this.fnName}};`);
      }
    }
    return this.frameInfo ?? undefined;
  }

  /** Records this method in the pending exception's stack trace (leaving it or catching it). */
  private recordFrame(how: 'leave' | 'catch'): string {
    const f = this.frame();
    return f ? `dn_stack_trace_${how}(${f}, ${this.lines_ ? 'dn_line' : '0'}); ` : '';
  }

  /** Unregisters the method's record (before every exit of a method that has one). */
  private popRecord(): string {
    if (!this.eh || this.filterRegion) return '';
    return this.eh.slots.size ? 'dn_eh_pop(&dn_fr.eh); ' : 'dn_eh_pop_if_pushed(&dn_fr.eh); ';
  }

  private zeroReturn(): string {
    const rt = this.ir.returnType;
    const ct = this.gen.ctypes;
    if (ct.primitiveOf(rt) === 'void') return 'return;';
    if (ct.isStruct(rt)) return `return (${ct.storage(rt)}){0};`;
    return `return 0;`;
  }

  // ---- terminators ----------------------------------------------------------------------------

  private terminator(b: IrBlock, next: IrBlock | undefined): void {
    const t = b.term;
    const goto = (target: IrBlock) => {
      if (target !== next) this.emit(`goto ${this.label(`B${target.id}`)};`);
    };
    switch (t.kind) {
      case 'goto':
        goto(t.target);
        break;
      case 'condbr': {
        const cond = this.condition(t.cond);
        if (t.ifFalse === next) this.emit(`if (${cond}) goto ${this.label(`B${t.ifTrue.id}`)};`);
        else if (t.ifTrue === next) this.emit(`if (!(${cond})) goto ${this.label(`B${t.ifFalse.id}`)};`);
        else {
          this.emit(`if (${cond}) goto ${this.label(`B${t.ifTrue.id}`)};`);
          this.emit(`goto ${this.label(`B${t.ifFalse.id}`)};`);
        }
        break;
      }
      case 'switch': {
        const v = t.value.stack === 'nativeint' ? `(uintptr_t)${this.val(t.value)}` : `(uint32_t)${this.val(t.value)}`;
        this.emit(`switch (${v}) {`);
        t.targets.forEach((target, i) => this.emit(`case ${i}: goto ${this.label(`B${target.id}`)};`));
        this.emit(`default: goto ${this.label(`B${t.otherwise.id}`)};`);
        this.emit('}');
        break;
      }
      case 'return': {
        const rt = this.ir.returnType;
        if (this.popRecord()) this.emit(this.popRecord());
        if (!t.value) this.emit('return;');
        else this.emit(`return ${this.asType(t.value, rt)};`);
        break;
      }
      case 'throw':
        if (t.value.kind === 'const' && t.value.value === null) this.gen.needException('NullReference');
        else if (!this.isNonNull(t.value)) this.gen.needException('NullReference');
        this.emit(`dn_throw(${this.val(t.value)});`);
        this.emit(`goto ${this.unwindLabel()};`);
        break;
      case 'rethrow': {
        let r = b.region;
        while (r && r.kind !== 'catch') r = r.parent;
        if (!r || !r.clause) throw new CodegenError('rethrow outside a catch handler');
        // A new first pass, from the handler.
        this.emit(`dn_rethrow_new(${this.exceptionVar(r.clause)});`);
        this.emit(`goto ${this.unwindLabel()};`);
        break;
      }
      case 'leave': {
        if (!t.finallys.length) {
          goto(t.target);
          break;
        }
        const first = t.finallys[0]!;
        const idx = (t as LeaveTerm & { contIndex?: number }).contIndex!;
        this.emit(`${this.contVar(first.handler)} = ${idx};`);
        this.emit(`goto ${this.label(this.blockLabel(first.handler.entry))};`);
        break;
      }
      case 'endfinally': {
        const r = t.region;
        const c = r.clause!;
        const k = c.tryRegion.handlers.indexOf(c);
        const conts = this.continuations.get(r) ?? [];
        const unwind = `dn_rethrow(${this.savedVar(r)}); goto ${this.nextClauseLabel(c.tryRegion, k)};`;
        if (!conts.length) {
          this.emit(unwind);
          break;
        }
        this.emit(`switch (${this.contVar(r)}) {`);
        for (const x of conts) this.emit(`case ${x.index}: ${x.code.join(' ')}`);
        this.emit(`default: ${unwind}`);
        this.emit('}');
        break;
      }
      case 'endfilter':
        // Only in the outlined filter function.
        this.emit(`return ${this.val(t.value)} != 0;`);
        break;
      case 'jmp': {
        const args = this.ir.args.map((a) => this.varName(a));
        if (this.popRecord()) this.emit(this.popRecord());
        const call = `${this.gen.fn(this.deps, t.method)}(${args.join(', ')})`;
        if (this.gen.ctypes.primitiveOf(this.ir.returnType) === 'void') {
          this.emit(`${call};`);
          this.emit('return;');
        } else this.emit(`return ${call};`);
        break;
      }
    }
  }

  private condition(c: Condition): string {
    if ('value' in c) {
      const v = c.value;
      const isPtr = v.stack === 'objref' || v.stack === 'byref' || v.stack === 'ptr';
      const e = this.val(v);
      if (c.op === 'true') return isPtr ? `${e} != NULL` : `${e} != 0`;
      return isPtr ? `${e} == NULL` : `${e} == 0`;
    }
    return this.comparison(c.op, c.a, c.b, c.unsigned);
  }

  /** a op b for comparisons and branches (unsigned: unsigned integers, unordered floats). */
  private comparison(op: string, a: IrValue, b: IrValue, unsigned: boolean): string {
    const cop = { eq: '==', ne: '!=', lt: '<', le: '<=', gt: '>', ge: '>=' }[op]!;
    if (a.stack === 'float') {
      if (!unsigned || op === 'eq' || op === 'ne') return `${this.val(a)} ${cop} ${this.val(b)}`;
      const inverse = { lt: '>=', le: '>', gt: '<=', ge: '<' }[op]!;
      return `!(${this.val(a)} ${inverse} ${this.val(b)})`;
    }
    const kind = a.stack;
    let ta: string, tb: string;
    if (kind === 'objref' || kind === 'byref' || kind === 'ptr' || b.stack === 'objref' || b.stack === 'byref' || b.stack === 'ptr') {
      const t = unsigned || op === 'eq' || op === 'ne' ? 'uintptr_t' : 'intptr_t';
      ta = `(${t})${this.val(a)}`;
      tb = `(${t})${this.val(b)}`;
    } else if (unsigned && op !== 'eq' && op !== 'ne') {
      const t = kind === 'int32' ? 'uint32_t' : kind === 'int64' ? 'uint64_t' : 'uintptr_t';
      ta = `(${t})${this.val(a)}`;
      tb = `(${t})${this.val(b)}`;
    } else {
      // Signed compare: read both as the kind's signed C type (a uint32_t local, a uint64_t
      // field value... are compared as int32/int64 on the IL stack).
      const t = kind === 'int32' ? 'int32_t' : kind === 'int64' ? 'int64_t' : kind === 'nativeint' ? 'intptr_t' : undefined;
      ta = t ? this.as(a, t) : this.val(a);
      tb = t ? this.as(b, t) : this.val(b);
    }
    return `${ta} ${cop} ${tb}`;
  }

  // ---- statements -----------------------------------------------------------------------------

  private statement(s: IrStmt): void {
    const gen = this.gen;
    const ct = gen.ctypes;
    switch (s.kind) {
      case 'assign':
        this.assignTo(s.dst, this.as(s.src, ct.ofVar(s.dst)));
        break;
      case 'binary':
        this.binary(s);
        break;
      case 'unary': {
        const e = this.val(s.src);
        if (s.op === 'not') this.assignTo(s.dst, `~${e}`);
        else if (s.src.stack === 'float') this.assignTo(s.dst, `-${e}`);
        else {
          const u = s.src.stack === 'int32' ? 'uint32_t' : s.src.stack === 'int64' ? 'uint64_t' : 'uintptr_t';
          this.assignTo(s.dst, `(${ct.ofVar(s.dst)})(0 - (${u})${e})`);
        }
        break;
      }
      case 'conv':
        this.conv(s);
        break;
      case 'compare':
        this.assignTo(s.dst, this.comparison(s.op, s.a, s.b, s.unsigned));
        break;
      case 'ckfinite':
        gen.needException('Arithmetic');
        this.throwIf(`!isfinite(${this.val(s.src)})`, 'dn_throw_kind(DN_EXC_ARITHMETIC, NULL)');
        this.assignTo(s.dst, this.val(s.src));
        break;
      case 'ldstr':
        this.assignTo(s.dst, gen.stringLiteral(this.deps, s.value));
        break;
      case 'addrof':
        this.assignTo(s.dst, `&${this.varName(s.var)}`);
        break;
      case 'load': {
        this.pointerCheck(s.addr);
        const t = ct.storage(s.type);
        const addr = this.as(s.addr, `${t}${t.endsWith('*') ? '' : ' '}*`);
        if (s.unaligned !== undefined) {
          const h = this.hidden(t);
          this.emit(`memcpy(&${h}, ${addr}, sizeof(${h}));`);
          this.assignTo(s.dst, this.convertStored(h, s.type, s.dst));
        } else {
          const vol = s.volatile ? `*(volatile ${t}${t.endsWith('*') ? '' : ' '}*)${this.val(s.addr)}` : `*${addr}`;
          this.assignTo(s.dst, this.convertStored(vol, s.type, s.dst));
        }
        break;
      }
      case 'store': {
        this.pointerCheck(s.addr);
        const t = ct.storage(s.type);
        const ptr = `${t}${t.endsWith('*') ? '' : ' '}*`;
        const value = this.asType(s.value, s.type);
        if (s.unaligned !== undefined) {
          const h = this.hidden(t);
          this.emit(`${h} = ${value};`);
          this.emit(`memcpy(${this.as(s.addr, 'void *')}, &${h}, sizeof(${h}));`);
        } else if (s.volatile) {
          this.emit(`*(volatile ${ptr})${this.val(s.addr)} = ${value};`);
        } else {
          this.emit(`*${this.as(s.addr, ptr)} = ${value};`);
        }
        break;
      }
      case 'cpobj': {
        const t = ct.storage(s.type);
        const ptr = `${t}${t.endsWith('*') ? '' : ' '}*`;
        this.emit(`*${this.as(s.dstAddr, ptr)} = *${this.as(s.srcAddr, ptr)};`);
        break;
      }
      case 'initobj': {
        gen.useType(this.deps, s.type);
        this.emit(`memset(${this.as(s.addr, 'void *')}, 0, sizeof(${ct.storage(s.type)}));`);
        break;
      }
      case 'cpblk':
        this.emit(`memmove(${this.as(s.dstAddr, 'void *')}, ${this.as(s.srcAddr, 'void *')}, (size_t)${this.unsignedSize(s.size)});`);
        break;
      case 'initblk':
        this.emit(`memset(${this.as(s.addr, 'void *')}, (uint8_t)${this.val(s.value)}, (size_t)${this.unsignedSize(s.size)});`);
        break;
      case 'sizeof':
        gen.useType(this.deps, s.type);
        this.assignTo(s.dst, `(int32_t)${ct.sizeOf(s.type)}`);
        break;
      case 'localloc': {
        const size = `(size_t)${this.unsignedSize(s.size)}`;
        // Zero bytes: null, as the JIT answers (and accesses through it fault).
        this.assignTo(s.dst, `${size} != 0 ? alloca(${size}) : NULL`);
        if (s.zeroed) this.emit(`if (${this.varName(s.dst)} != NULL) memset(${this.varName(s.dst)}, 0, ${size});`);
        break;
      }
      case 'call':
        this.call(s);
        break;
      case 'calli': {
        const sig = s.signature;
        const ret = ct.storage(sig.returnType);
        const params: string[] = [];
        const args: string[] = [];
        let i = 0;
        if (sig.hasThis) {
          params.push(this.ctypeOf(s.args[0]!));
          args.push(this.val(s.args[0]!));
          i = 1;
        }
        sig.params.forEach((p, k) => {
          gen.useType(this.deps, p);
          params.push(ct.storage(p));
          args.push(this.asType(s.args[i + k]!, p));
        });
        gen.useType(this.deps, sig.returnType);
        const fnType = `${ret} (*)(${params.join(', ') || 'void'})`;
        const call = `((${fnType})${this.val(s.fn)})(${args.join(', ')})`;
        if (s.dst) this.assignTo(s.dst, this.convertStored(call, sig.returnType, s.dst));
        else this.emit(`${call};`);
        this.checkPending();
        break;
      }
      case 'newobj':
        this.newobj(s);
        break;
      case 'newarr': {
        const mt = gen.mt(this.deps, s.arrayType);
        gen.needException('Overflow');
        gen.needException('OutOfMemory');
        this.assignTo(s.dst, `(DnObject *)dn_alloc_array(${mt}, ${this.as(s.length, 'intptr_t')})`);
        this.emit(`if (DN_UNLIKELY(${this.varName(s.dst)} == NULL)) goto ${this.unwindLabel()};`);
        break;
      }
      case 'newmdarr': {
        const mt = gen.mt(this.deps, s.arrayType);
        gen.needException('Overflow');
        const lens = this.hidden(`int32_t`, 'dims');
        this.extraDecls.pop();
        this.extraDecls.push(`    int32_t ${lens}[${s.lengths.length}];`);
        s.lengths.forEach((l, i) => this.emit(`${lens}[${i}] = ${this.as(l, 'int32_t')};`));
        let lb = 'NULL';
        if (s.lowerBounds) {
          lb = this.hidden('int32_t', 'lbs');
          this.extraDecls.pop();
          this.extraDecls.push(`    int32_t ${lb}[${s.lowerBounds.length}];`);
          s.lowerBounds.forEach((l, i) => this.emit(`${lb}[${i}] = ${this.as(l, 'int32_t')};`));
        }
        this.assignTo(s.dst, `(DnObject *)dn_alloc_md_array(${mt}, ${lens}, ${lb})`);
        this.emit(`if (DN_UNLIKELY(${this.varName(s.dst)} == NULL)) goto ${this.unwindLabel()};`);
        break;
      }
      case 'ldftn':
        this.assignTo(s.dst, `(void *)${gen.fnAddress(this.deps, s.method, false)}`);
        break;
      case 'ldvirtftn':
        this.nullCheck(s.obj);
        this.assignTo(s.dst, `(void *)${this.virtualTarget(s.method, this.val(s.obj))}`);
        break;
      case 'ldfld': {
        const f = s.field;
        if (this.isPrimitiveSelfField(f)) {
          // A primitive's (or enum's) own field: the value itself.
          if (s.obj.stack === 'byref' || s.obj.stack === 'ptr') this.assignTo(s.dst, `*${this.as(s.obj, ct.storage(f.type) + ' *')}`);
          else this.assignTo(s.dst, this.val(s.obj));
          break;
        }
        this.pointerCheck(s.obj);
        const lv = this.fieldLvalue(f, s.obj);
        const expr = s.volatile ? `*(volatile ${ct.storage(f.type)} *)&${lv}` : lv;
        this.assignTo(s.dst, this.convertStored(expr, f.type, s.dst));
        break;
      }
      case 'ldflda': {
        const f = s.field;
        if (this.isPrimitiveSelfField(f)) {
          this.assignTo(s.dst, this.as(s.obj, ct.ofVar(s.dst)));
          break;
        }
        this.assignTo(s.dst, `(${ct.ofVar(s.dst)})&${this.fieldLvalue(f, s.obj)}`);
        break;
      }
      case 'stfld': {
        const f = s.field;
        if (this.isPrimitiveSelfField(f)) {
          this.emit(`*${this.as(s.obj, ct.storage(f.type) + ' *')} = ${this.asType(s.value, f.type)};`);
          break;
        }
        this.pointerCheck(s.obj);
        const lv = this.fieldLvalue(f, s.obj);
        if (s.volatile) this.emit(`*(volatile ${ct.storage(f.type)} *)&${lv} = ${this.asType(s.value, f.type)};`);
        else this.emit(`${lv} = ${this.asType(s.value, f.type)};`);
        break;
      }
      case 'ldsfld': {
        if (s.field.owningType === gen.kit.string && s.field.name === 'Empty') {
          // String.Empty is set by the runtime at start-up in CoreCLR: here it is the "" literal.
          this.assignTo(s.dst, gen.stringLiteral(this.deps, ''));
          break;
        }
        const c = gen.constantStatic(s.field);
        if (c !== undefined) {
          this.assignTo(s.dst, c);
          break;
        }
        this.staticTrigger(s.field);
        const name = gen.staticField(this.deps, s.field);
        this.assignTo(s.dst, this.convertStored(s.volatile ? `*(volatile ${ct.storage(s.field.type)} *)&${name}` : name, s.field.type, s.dst));
        break;
      }
      case 'ldsflda': {
        this.staticTrigger(s.field);
        const name = gen.staticField(this.deps, s.field);
        if (s.field.hasRva) this.assignTo(s.dst, `(${ct.ofVar(s.dst)})${name}`);
        else this.assignTo(s.dst, `(${ct.ofVar(s.dst)})&${name}`);
        break;
      }
      case 'stsfld': {
        this.staticTrigger(s.field);
        const name = gen.staticField(this.deps, s.field);
        this.emit(`${name} = ${this.asType(s.value, s.field.type)};`);
        break;
      }
      case 'box':
        this.box(s.dst, s.type, s.value);
        break;
      case 'unbox': {
        const t = s.type;
        const mt = gen.mt(this.deps, t);
        gen.needException('NullReference');
        gen.needException('InvalidCast');
        if (isNullable(t)) {
          const tmp = this.hidden(ct.storage(t), 'nb');
          this.emit(`if (!dn_unbox_nullable(&${tmp}, ${mt}, ${this.val(s.obj)})) goto ${this.unwindLabel()};`);
          this.assignTo(s.dst, `&${tmp}`);
        } else {
          this.assignTo(s.dst, `(${ct.ofVar(s.dst)})dn_unbox(${this.val(s.obj)}, ${mt})`);
          this.emit(`if (DN_UNLIKELY(${this.varName(s.dst)} == NULL)) goto ${this.unwindLabel()};`);
        }
        break;
      }
      case 'unbox.any': {
        const t = s.type;
        const mt = gen.mt(this.deps, t);
        gen.needException('NullReference');
        gen.needException('InvalidCast');
        if (isNullable(t)) {
          this.emit(`if (!dn_unbox_nullable(&${this.varName(s.dst)}, ${mt}, ${this.val(s.obj)})) goto ${this.unwindLabel()};`);
        } else {
          const p = this.hidden('void *', 'ub');
          this.emit(`${p} = dn_unbox(${this.val(s.obj)}, ${mt});`);
          this.emit(`if (DN_UNLIKELY(${p} == NULL)) goto ${this.unwindLabel()};`);
          this.assignTo(s.dst, this.convertStored(`*(${ct.storage(t)} *)${p}`, t, s.dst));
        }
        break;
      }
      case 'castclass':
      case 'isinst': {
        const fn = gen.castHelper(this.deps, s.type, s.kind === 'castclass');
        if (s.kind === 'castclass') gen.needException('InvalidCast');
        this.assignTo(s.dst, `${fn.name}(${this.as(s.obj, 'DnObject *')}, ${fn.mt})`);
        if (s.kind === 'castclass') this.checkPending();
        break;
      }
      case 'ldlen':
        this.nullCheck(s.array);
        this.assignTo(s.dst, `(intptr_t)((DnArray *)${this.val(s.array)})->length`);
        break;
      case 'ldelem':
      case 'ldelema':
      case 'stelem':
        this.element(s);
        break;
      case 'ldtoken':
        this.assignTo(s.dst, gen.tokenValue(this, s.member, s.dst));
        break;
      case 'mkrefany':
      case 'refanyval':
      case 'refanytype':
        emitTypedRef(this, s);
        break;
      case 'arglist':
        if (!gen.isFrameworkMethod(this.method)) throw new CodegenError(`${s.kind} (__arglist) is not supported`);
        gen.warnUnsupported(this.method, s.kind);
        this.emit(`DN_UNIMPLEMENTED("${s.kind}");`);
        break;
      case 'exception': {
        let r = this.currentBlock.region;
        while (r && r.kind !== 'catch' && r.kind !== 'filter') r = r.parent;
        if (!r || !r.clause) throw new CodegenError('exception outside a handler');
        this.assignTo(s.dst, this.exceptionVar(r.clause));
        break;
      }
      case 'break':
        break;
    }
  }

  /** Converts a loaded value of declared type t to the destination's C type. */
  private convertStored(expr: string, t: TypeDesc, dst: IrVar): string {
    const from = this.gen.ctypes.storage(t);
    const to = this.gen.ctypes.ofVar(dst);
    return from === to ? expr : `(${to})${expr}`;
  }

  private unsignedSize(v: IrValue): string {
    return v.stack === 'int32' ? `(uint32_t)${this.val(v)}` : `(uintptr_t)${this.val(v)}`;
  }

  private isPrimitiveSelfField(f: FieldDesc): boolean {
    const owner = f.owningType;
    return !f.isStatic && owner.isValueType && this.gen.ctypes.primitiveOf(owner) !== undefined;
  }

  /** The lvalue of an instance field of obj (objref, byref/pointer to the owner, or an owner value). */
  fieldLvalue(f: FieldDesc, obj: IrValue): string {
    const gen = this.gen;
    const owner = f.owningType;
    gen.useStruct(this.deps, owner);
    const sname = gen.ctypes.struct(owner).name;
    const member = gen.ctypes.member(f);
    if (obj.stack === 'valuetype') return `${this.val(obj)}.${member}`;
    if (obj.stack === 'objref') this.nullCheck(obj);
    const e = this.val(obj);
    const ptr = `${sname} *`;
    const cast = this.ctypeOf(obj) === ptr ? e : `((${ptr})${e})`;
    return `${cast}->${member}`;
  }

  private staticTrigger(f: FieldDesc): void {
    const state = this.gen.staticAccessTrigger(this.deps, f, this.method);
    if (state) this.emit(`if (DN_UNLIKELY(!dn_ensure_cctor(&${state}))) goto ${this.unwindLabel()};`);
  }

  // ---- arithmetic ----------------------------------------------------------------------------

  private binary(s: BinaryStmt): void {
    const ct = this.gen.ctypes;
    const dstT = ct.ofVar(s.dst);
    const a = s.a, b = s.b;
    const kind = s.dst.stack;
    if (kind === 'byref' || kind === 'ptr') {
      // Address arithmetic in bytes.
      const [addr, off] = a.stack === 'byref' || a.stack === 'ptr' ? [a, b] : [b, a];
      const sign = s.op === 'sub' ? '-' : '+';
      this.assignTo(s.dst, `(${dstT})((uint8_t *)${this.val(addr)} ${sign} ${this.as(off, 'intptr_t')})`);
      return;
    }
    if (kind === 'float') {
      const fl = dstT;
      const x = this.as(a, fl), y = this.as(b, fl);
      switch (s.op) {
        case 'add': this.assignTo(s.dst, `${x} + ${y}`); return;
        case 'sub': this.assignTo(s.dst, `${x} - ${y}`); return;
        case 'mul': this.assignTo(s.dst, `${x} * ${y}`); return;
        case 'div': this.assignTo(s.dst, `${x} / ${y}`); return;
        case 'rem': this.assignTo(s.dst, fl === 'float' ? `fmodf(${x}, ${y})` : `fmod(${x}, ${y})`); return;
        default: throw new CodegenError(`float ${s.op}`);
      }
    }
    const ut = kind === 'int32' ? 'uint32_t' : kind === 'int64' ? 'uint64_t' : 'uintptr_t';
    const bits = kind === 'int32' ? 31 : 63;
    const x = this.as(a, dstT), y = this.as(b, dstT);
    switch (s.op) {
      case 'add':
      case 'sub':
      case 'mul': {
        const cop = s.op === 'add' ? '+' : s.op === 'sub' ? '-' : '*';
        if (!s.checked) {
          this.assignTo(s.dst, `(${dstT})((${ut})${x} ${cop} (${ut})${y})`);
          return;
        }
        this.gen.needException('Overflow');
        const builtin = `__builtin_${s.op}_overflow`;
        if (s.unsigned) this.throwIf(`${builtin}((${ut})${x}, (${ut})${y}, (${ut} *)&${this.varName(s.dst)})`, 'dn_throw_overflow()');
        else this.throwIf(`${builtin}(${x}, ${y}, &${this.varName(s.dst)})`, 'dn_throw_overflow()');
        return;
      }
      case 'div':
      case 'rem': {
        const cop = s.op === 'div' ? '/' : '%';
        const bConst = b.kind === 'const' ? BigInt(b.value as number | bigint) : undefined;
        if (bConst === undefined || bConst === 0n) {
          this.gen.needException('DivideByZero');
          this.throwIf(`${this.val(b)} == 0`, 'dn_throw_divide_by_zero()');
        }
        if (s.unsigned) {
          this.assignTo(s.dst, `(${dstT})((${ut})${x} ${cop} (${ut})${y})`);
          return;
        }
        if (bConst === undefined || bConst === -1n) {
          const min = kind === 'int32' ? 'INT32_MIN' : kind === 'int64' ? 'INT64_MIN' : 'INTPTR_MIN';
          this.gen.needException('Overflow');
          this.throwIf(`${y} == -1 && ${x} == ${min}`, 'dn_throw_overflow()');
        }
        this.assignTo(s.dst, `${x} ${cop} ${y}`);
        return;
      }
      case 'and': this.assignTo(s.dst, `${x} & ${y}`); return;
      case 'or': this.assignTo(s.dst, `${x} | ${y}`); return;
      case 'xor': this.assignTo(s.dst, `${x} ^ ${y}`); return;
      case 'shl':
      case 'shr': {
        const amount = b.kind === 'const' ? String(Number(b.value) & bits) : `(${this.val(b)} & ${bits})`;
        if (s.op === 'shl') this.assignTo(s.dst, `(${dstT})((${ut})${x} << ${amount})`);
        else if (s.unsigned) this.assignTo(s.dst, `(${dstT})((${ut})${x} >> ${amount})`);
        else this.assignTo(s.dst, `${x} >> ${amount}`);
        return;
      }
    }
  }

  private conv(s: ConvStmt): void {
    const ct = this.gen.ctypes;
    const dst = s.dst;
    const dstT = ct.ofVar(dst);
    const src = s.src;
    const sk = src.stack;
    // Integer sources as their stack kind's signed C type: a uint32_t local is an int32 on the
    // IL stack (conv.i8 of it sign-extends, conv.r8 reads it as signed).
    const signedC = sk === 'int32' ? 'int32_t' : sk === 'int64' ? 'int64_t' : sk === 'nativeint' ? 'intptr_t' : undefined;
    const e = signedC ? this.as(src, signedC) : this.val(src);
    if (s.to === 'ptr' || s.to === 'byref') {
      this.assignTo(dst, `(${dstT})${sk === 'int32' ? `(intptr_t)${e}` : e}`);
      return;
    }
    const intC: Record<string, string> = { i1: 'int8_t', u1: 'uint8_t', i2: 'int16_t', u2: 'uint16_t', i4: 'int32_t', u4: 'uint32_t', i8: 'int64_t', u8: 'uint64_t', i: 'intptr_t', u: 'uintptr_t' };
    if (s.to === 'r4' || s.to === 'r8') {
      const ft = s.to === 'r4' ? 'float' : 'double';
      if (sk === 'float') {
        this.assignTo(dst, `(${dstT})(${ft})${e}`);
        return;
      }
      let source = e;
      if (sk === 'objref' || sk === 'byref' || sk === 'ptr') source = `(intptr_t)${e}`;
      if (s.unsigned) {
        const ut = sk === 'int32' ? 'uint32_t' : sk === 'int64' ? 'uint64_t' : 'uintptr_t';
        source = `(${ut})${source}`;
      }
      this.assignTo(dst, `(${dstT})(${ft})${source}`);
      return;
    }
    const target = intC[s.to]!;
    // The source as a C integer of its own kind (addresses and references as native ints).
    let source = e;
    let srcInt: string;
    if (sk === 'int32') srcInt = 'int32_t';
    else if (sk === 'int64') srcInt = 'int64_t';
    else if (sk === 'float') srcInt = 'double';
    else {
      srcInt = 'intptr_t';
      if (sk !== 'nativeint') source = `(intptr_t)${e}`;
    }
    if (sk === 'float') {
      if (!s.checked) {
        const f = { i1: 'i4', u1: 'i4', i2: 'i4', u2: 'i4', i4: 'i4', u4: 'u4', i8: 'i8', u8: 'u8', i: 'i8', u: 'u8' }[s.to]!;
        this.assignTo(dst, `(${dstT})(${target})dn_conv_f_${f}(${source})`);
        return;
      }
      this.gen.needException('Overflow');
      const f = { i1: 'i4', u1: 'u4', i2: 'i4', u2: 'u4', i4: 'i4', u4: 'u4', i8: 'i8', u8: 'u8', i: 'i8', u: 'u8' }[s.to]!;
      const wide = { i4: 'int32_t', u4: 'uint32_t', i8: 'int64_t', u8: 'uint64_t' }[f]!;
      const h = this.hidden(wide, 'cv');
      this.throwIf(`!dn_ovf_f_${f}(${source}, &${h})`, 'dn_throw_overflow()');
      if (wide !== target) {
        const [lo, hi] = intRange(s.to);
        this.throwIf(`${h} < ${lo} || ${h} > ${hi}`, 'dn_throw_overflow()');
      }
      this.assignTo(dst, `(${dstT})(${target})${h}`);
      return;
    }
    if (s.unsigned && !s.checked) {
      // Zero extension of the source.
      const ut = srcInt === 'int32_t' ? 'uint32_t' : srcInt === 'int64_t' ? 'uint64_t' : 'uintptr_t';
      this.assignTo(dst, `(${dstT})(${target})(${ut})${source}`);
      return;
    }
    if (!s.checked) {
      // conv.u8 / conv.u of an int32 zero-extend it (ECMA-335 III.3.27); conv.i8 / conv.i sign-extend.
      // (Implicit widenings sign-extend unless marked unsigned, as RyuJIT does.)
      if ((s.to === 'u8' || s.to === 'u') && srcInt === 'int32_t' && !s.implicit) source = `(uint32_t)${source}`;
      this.assignTo(dst, `(${dstT})(${target})${source}`);
      return;
    }
    // Checked integer conversion: the source (signed, or unsigned with .un) must fit the target.
    this.gen.needException('Overflow');
    const [lo, hi] = intRange(s.to);
    const srcUnsigned = s.unsigned;
    const ut = srcInt === 'int32_t' ? 'uint32_t' : srcInt === 'int64_t' ? 'uint64_t' : 'uintptr_t';
    const sv = srcUnsigned ? `(${ut})${source}` : source;
    const conds: string[] = [];
    const srcBits = srcInt === 'int32_t' ? 32 : 64;
    const [srcLo, srcHi] = srcUnsigned ? [0n, (1n << BigInt(srcBits)) - 1n] : [-(1n << BigInt(srcBits - 1)), (1n << BigInt(srcBits - 1)) - 1n];
    if (lo > srcLo) conds.push(`${sv} < ${cInt(lo)}`);
    if (hi < srcHi) conds.push(`${sv} > ${cInt(hi)}`);
    if (conds.length) this.throwIf(conds.join(' || '), 'dn_throw_overflow()');
    this.assignTo(dst, `(${dstT})(${target})${sv}`);
  }

  // ---- objects, arrays -----------------------------------------------------------------------

  box(dst: IrVar, t: TypeDesc, value: IrValue): void {
    const gen = this.gen;
    const ct = gen.ctypes;
    if (ct.isReference(t)) {
      this.assignTo(dst, this.as(value, 'DnObject *'));
      return;
    }
    const mt = gen.mt(this.deps, t);
    gen.needException('OutOfMemory');
    const vt = ct.storage(t);
    const addr = value.kind === 'const' || this.ctypeOf(value) !== vt ? `&(${vt}){${this.asType(value, t)}}` : `&${this.val(value)}`;
    if (isNullable(t)) {
      this.assignTo(dst, `dn_box_nullable(${mt}, ${addr})`);
      this.checkPending();
    } else {
      this.assignTo(dst, `dn_box(${mt}, ${addr})`);
      this.emit(`if (DN_UNLIKELY(${this.varName(dst)} == NULL)) goto ${this.unwindLabel()};`);
    }
  }

  private element(s: IrStmt & { kind: 'ldelem' | 'ldelema' | 'stelem' }): void {
    const gen = this.gen;
    const ct = gen.ctypes;
    const et = s.elementType;
    gen.useType(this.deps, et);
    const ect = ct.storage(et);
    this.nullCheck(s.array);
    gen.needException('IndexOutOfRange');
    const arr = this.val(s.array);
    let elem: string;
    if (s.multiDim) {
      const rank = s.multiDim.rank;
      const flat = this.hidden('intptr_t', 'ix');
      s.indices.forEach((ix, d) => {
        const rel = `(${this.as(ix, 'int32_t')} - DN_MDARRAY_LOWER_BOUNDS(${arr}, ${rank})[${d}])`;
        this.throwIf(`(uint32_t)${rel} >= (uint32_t)DN_MDARRAY_LENGTHS(${arr})[${d}]`, 'dn_throw_index_out_of_range()');
        if (d === 0) this.emit(`${flat} = ${rel};`);
        else this.emit(`${flat} = ${flat} * DN_MDARRAY_LENGTHS(${arr})[${d}] + ${rel};`);
      });
      elem = `DN_MDARRAY_DATA(${arr}, ${ect}, ${rank})[${flat}]`;
    } else {
      const ix = s.indices[0]!;
      const idx = ix.stack === 'int32' ? `(uint32_t)${this.val(ix)}` : `(uintptr_t)${this.val(ix)}`;
      this.throwIf(`${idx} >= ((DnArray *)${arr})->length`, 'dn_throw_index_out_of_range()');
      elem = `DN_ARRAY_DATA(${arr}, ${ect})[${this.val(ix)}]`;
    }
    if (s.kind === 'ldelem') {
      this.assignTo(s.dst, this.convertStored(elem, et, s.dst));
    } else if (s.kind === 'ldelema') {
      if (ct.isReference(et) && !s.readonly && !this.exactElementType(et, s.array.type) && !s.multiDim) {
        gen.needException('ArrayTypeMismatch');
        this.throwIf(`((DnArray *)${arr})->mt->element_type != ${gen.mt(this.deps, et)}`, 'dn_throw_array_type_mismatch()');
      }
      this.assignTo(s.dst, `(${ct.ofVar(s.dst)})&${elem}`);
    } else {
      if (ct.isReference(et) && !(s.value.kind === 'const' && s.value.value === null) && !this.exactElementType(et, s.array.type)) {
        gen.needException('ArrayTypeMismatch');
        const v = this.as(s.value, 'DnObject *');
        this.throwIf(`${v} != NULL && !dn_is_assignable(${v}->mt, ((DnArray *)${arr})->mt->element_type)`, 'dn_throw_array_type_mismatch()');
      }
      this.emit(`${elem} = ${this.asType(s.value, et)};`);
    }
  }

  /** True when an array statically typed `arrayType` can only have elements of exactly type et. */
  private exactElementType(et: TypeDesc, arrayType: TypeDesc): boolean {
    if (!(arrayType instanceof ArrayType) || arrayType.elementType !== et) return false;
    if (et instanceof ArrayType) return false;
    return et instanceof DefType && et.isSealed && !et.isInterface;
  }

  // ---- calls ---------------------------------------------------------------------------------

  /** C expression of the code address a virtual call of `m` on object `obj` (non-null) reaches. */
  virtualTarget(m: MethodDesc, obj: string): string {
    const gen = this.gen;
    const owner = m.owningType;
    // `obj` is an object: a value type's method is reached on its box, through the unboxing stub.
    if (!m.isVirtual || isDevirtualizable(m) || m.isStatic) return gen.fnAddress(this.deps, m, gen.needsUnboxing(m));
    if (owner instanceof DefType && owner.isInterface) {
      const slot = vtableSlotOf(m.isGenericMethod ? m.methodDefinition : m);
      if (m.isGenericMethod || slot === undefined) return gen.genericVirtualTarget(this, m, obj);
      const cache = this.staticLocal('DnDispatchCache', 'dispatch');
      return `dn_interface_lookup_cached(${obj}, ${gen.mt(this.deps, owner)}, ${slot}, &${cache})`;
    }
    if (m.isGenericMethod) return gen.genericVirtualTarget(this, m, obj);
    const slot = vtableSlotOf(m);
    if (slot === undefined) return gen.fnAddress(this.deps, m, gen.needsUnboxing(m));
    return `DN_VIRTUAL(${obj}, ${slot})`;
  }

  private call(s: CallStmt): void {
    const gen = this.gen;
    const ct = gen.ctypes;
    const m = s.method;
    if (s.constrained) throw new CodegenError(`unresolved constrained. call of ${m} on ${s.constrained}`);
    const sig = m.signature;
    const hasThis = sig.hasThis;
    const params = gen.paramTypes(m);
    const args = s.args.map((a, i) => (i < params.length ? this.asType(a, params[i]!) : this.val(a)));
    const dst = s.dst ? this.varName(s.dst) : undefined;
    if (hasThis && s.virtual) this.nullCheck(s.args[0]!);
    // Calls expanded in place: intrinsics, constants.
    if (gen.inlineCall({ em: this, stmt: s, args, dst })) return;
    const ret = sig.returnType;
    gen.useType(this.deps, ret);
    let callee: string;
    let viaPointer = false;
    if (s.virtual && m.isVirtual && !isDevirtualizable(m) && !m.isStatic) {
      callee = this.virtualTarget(m, this.val(s.args[0]!));
      viaPointer = true;
    } else {
      callee = gen.directCallee(this.deps, m);
    }
    if (callee.startsWith('DN_NOT_COMPILED')) {
      this.emit(`${callee};`);
      if (s.dst) this.assignTo(s.dst, ct.isStruct(s.dst.type) && s.dst.stack === 'valuetype' ? `(${ct.ofVar(s.dst)}){0}` : '0');
      return;
    }
    if (viaPointer) {
      const ptypes = params.map((p) => ct.storage(p));
      if (hasThis) ptypes[0] = 'DnObject *';
      if (hasThis) args[0] = this.as(s.args[0]!, 'DnObject *');
      callee = `((${ct.storage(ret)} (*)(${ptypes.join(', ') || 'void'}))${callee})`;
    }
    const call = `${callee}(${args.join(', ')})`;
    const markCaller = viaPointer ? undefined : stackMarkCaller(gen, this.deps, m, this.ir.method);
    if (markCaller) this.emit(`dn_stack_mark_caller = ${markCaller};`);
    if (s.dst) this.assignTo(s.dst, this.convertStored(call, ret, s.dst));
    else this.emit(`${call};`);
    if (markCaller) this.emit('dn_stack_mark_caller = NULL;');
    if (gen.mayThrow(m)) this.checkPending();
  }

  private newobj(s: NewObjStmt): void {
    const gen = this.gen;
    const ct = gen.ctypes;
    const ctor = s.ctor;
    const owner = ctor.owningType;
    if (!(owner instanceof DefType)) throw new CodegenError(`newobj on ${owner}`);
    if (gen.newobjSpecial(this, s)) return;
    const params = gen.paramTypes(ctor);
    if (owner.isValueType) {
      const vt = ct.storage(owner);
      const tmp = this.hidden(vt, 'nv');
      this.emit(`memset(&${tmp}, 0, sizeof(${tmp}));`);
      const args = [`&${tmp}`, ...s.args.map((a, i) => this.asType(a, params[i + 1]!))];
      const site: CallSite = { em: this, stmt: { kind: 'call', offset: s.offset, method: ctor, args: [], virtual: false, tail: false }, args };
      if (!gen.inlineCall(site)) {
        const callee = gen.directCallee(this.deps, ctor);
        if (callee.startsWith('DN_NOT_COMPILED')) this.emit(`${callee};`);
        else {
          this.emit(`${callee}(${args.join(', ')});`);
          if (gen.mayThrow(ctor)) this.checkPending();
        }
      }
      this.assignTo(s.dst, this.convertStored(tmp, owner, s.dst));
      return;
    }
    const mt = gen.mt(this.deps, owner);
    gen.needException('OutOfMemory');
    this.assignTo(s.dst, `dn_alloc_object(${mt})`);
    this.emit(`if (DN_UNLIKELY(${this.varName(s.dst)} == NULL)) goto ${this.unwindLabel()};`);
    const args = [this.varName(s.dst), ...s.args.map((a, i) => this.asType(a, params[i + 1]!))];
    const site: CallSite = { em: this, stmt: { kind: 'call', offset: s.offset, method: ctor, args: [], virtual: false, tail: false }, args };
    if (gen.inlineCall(site)) return;
    const callee = gen.directCallee(this.deps, ctor);
    if (callee.startsWith('DN_NOT_COMPILED')) {
      this.emit(`${callee};`);
      return;
    }
    this.emit(`${callee}(${args.join(', ')});`);
    if (gen.mayThrow(ctor)) this.checkPending();
  }
}

/** [min, max] of a conv target. */
function intRange(to: string): [bigint, bigint] {
  switch (to) {
    case 'i1': return [-128n, 127n];
    case 'u1': return [0n, 255n];
    case 'i2': return [-32768n, 32767n];
    case 'u2': return [0n, 65535n];
    case 'i4': return [-2147483648n, 2147483647n];
    case 'u4': return [0n, 4294967295n];
    case 'i8': case 'i': return [-9223372036854775808n, 9223372036854775807n];
    default: return [0n, 18446744073709551615n];
  }
}

function cInt(n: bigint): string {
  if (n === -9223372036854775808n) return '(-INT64_C(9223372036854775807) - 1)';
  if (n === -2147483648n) return '(-2147483647 - 1)';
  if (n > 2147483647n) return `UINT64_C(${n})`;
  return String(n);
}

/** A C literal for a float or double value, exact. */
export function floatLiteral(v: number, single: boolean): string {
  const suffix = single ? 'f' : '';
  // Every NaN constant is the negative quiet NaN: double.NaN and float.NaN are 0.0/0.0, whose
  // bits (FFF8... / FFC0...) BitConverter shows. (JS does not keep a NaN's bits reliably.)
  if (Number.isNaN(v)) return single ? '(-__builtin_nanf(""))' : '(-__builtin_nan(""))';
  if (v === Infinity) return single ? '__builtin_inff()' : '__builtin_inf()';
  if (v === -Infinity) return single ? '(-__builtin_inff())' : '(-__builtin_inf())';
  if (Object.is(v, -0)) return `-0.0${suffix}`;
  let text: string;
  if (single) {
    text = String(v);
    for (let p = 1; p <= 9; p++) {
      const t = v.toPrecision(p);
      if (Math.fround(Number(t)) === v) {
        text = t;
        break;
      }
    }
  } else text = String(v);
  if (!/[.eE]/.test(text)) text += '.0';
  if (/^-/.test(text)) text = `(${text}${suffix})`;
  else text += suffix;
  return text;
}

export { PointerType, ByRefType };
