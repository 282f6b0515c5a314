// The managed hooks table the runtime calls into (dotnative.h, DnManagedHooks): the entry
// point wrapper (Main's string[] in, exit code out), the factories of the exceptions the
// runtime raises — each one the real CoreLib exception built by its real constructor — the
// TypeInitializationException wrapper for failed class constructors, and the text of an
// unhandled exception.
//
// The unhandled-exception text is built here in C rather than by Exception.ToString(): a
// virtual call at the end of a failing program would keep ToString's whole closure alive for
// one message. The text has ToString()'s shape — type name, message, inner exceptions, the
// stack trace lines the runtime recorded (stack_trace.c).
import type { MethodDesc } from '../typesystem/members.js';
import { DefType, type TypeDesc } from '../typesystem/types.js';
import type { Deps } from './deps.js';
import { EXCEPTION_KINDS, type ProgramGen, cString } from './program.js';
import { planTypeInfo } from './typeinfo.js';
import { nativeCall } from './intrinsics.js';
import { appModuleInitializers } from './class-constructors.js';

interface ExceptionFactory {
  kind: string;
  type: DefType;
  noArg?: MethodDesc;
  withMessage?: MethodDesc;
}

export class Hooks {
  constructor(private readonly gen: ProgramGen, private readonly entry: MethodDesc) {}

  /** Exception kinds with the CoreLib type and constructors to call. */
  private factories(): ExceptionFactory[] {
    const gen = this.gen;
    const out: ExceptionFactory[] = [];
    for (const name of [...gen.exceptionsNeeded].sort()) {
      const k = EXCEPTION_KINDS[name];
      if (!k) continue;
      let type: DefType;
      try {
        type = gen.ctx.wellKnown(k.type);
      } catch {
        continue;
      }
      const str = gen.kit.string;
      const ctors = type.methods.filter((m) => m.isConstructor);
      const noArg = ctors.find((m) => m.signature.params.length === 0);
      const withMessage = ctors.find((m) => m.signature.params.length === 1 && m.signature.params[0] === str);
      out.push({ kind: k.kind, type, noArg, withMessage });
    }
    return out;
  }

  private typeInitException(): { type: DefType; ctor: MethodDesc } | undefined {
    const gen = this.gen;
    if (!gen.cctorsUsed.size) return undefined;
    const type = gen.ctx.wellKnown('System.TypeInitializationException');
    const ex = gen.ctx.wellKnown('System.Exception');
    const ctor = type.methods.find((m) => m.isConstructor && m.signature.params.length === 2 && m.signature.params[0] === gen.kit.string && m.signature.params[1] === ex);
    return ctor ? { type, ctor } : undefined;
  }

  /** Asks the analysis for everything the hooks call. */
  plan(): void {
    const gen = this.gen;
    planTypeInfo(gen); // compile-time type data and what reflection may ask (typeinfo.ts)
    for (const f of this.factories()) {
      gen.requireConstructed(f.type, `runtime exception ${f.type.fullName}`);
      if (f.noArg) gen.require(f.noArg, 'runtime exception factory');
      if (f.withMessage) gen.require(f.withMessage, 'runtime exception factory');
    }
    const ti = this.typeInitException();
    if (ti) {
      gen.requireConstructed(ti.type, 'class constructor failures');
      gen.require(ti.ctor, 'class constructor failures');
    }
    if (this.entry.signature.params.length === 1) gen.requireConstructed(this.entry.signature.params[0]!, 'Main(string[] args)');
    gen.requireConstructed(gen.ctx.arrayType(gen.kit.u1), 'stack traces (Exception._stackTrace)');
    const onExit = this.processExit();
    if (onExit && !gen.isCompiled(onExit)) gen.require(onExit, 'AppDomain.ProcessExit handlers');
    const setup = this.appContextSetup();
    if (setup && !gen.isCompiled(setup)) gen.require(setup, 'AppContext properties at start-up');
    for (const t of appModuleInitializers(gen)) {
      const cctor = t.methods.find((x) => x.isStaticConstructor)!;
      if (gen.isCompiled(cctor)) gen.useCctor(t);
      else gen.require(cctor, 'module initializer (run before Main)');
    }
  }

  /** AppContext.Setup(char**, char**, int), when the program reads AppContext.GetData. */
  private appContextSetup(): MethodDesc | undefined {
    const gen = this.gen;
    const ctx = gen.ctx.wellKnown('System.AppContext');
    const getData = ctx.methods.find((m) => m.name === 'GetData');
    if (!getData || !gen.isCompiled(getData)) return undefined;
    return ctx.methods.find((m) => m.name === 'Setup' && m.isStatic && m.signature.params.length === 3);
  }

  /** AppContext.OnProcessExit, when the program registers ProcessExit handlers. */
  private processExit(): MethodDesc | undefined {
    const gen = this.gen;
    const ctx = gen.ctx.wellKnown('System.AppContext');
    const add = gen.ctx.wellKnown('System.AppDomain').methods.find((m) => m.name === 'add_ProcessExit');
    if (!add || !gen.isCompiled(add)) return undefined;
    return ctx.methods.find((m) => m.name === 'OnProcessExit' && m.isStatic && m.signature.params.length === 0);
  }

  /** The hook functions and the dn_managed_hooks table. */
  emit(deps: Deps): string[] {
    const gen = this.gen;
    const out: string[] = [];
    const entry = this.entry;
    const main = gen.fn(deps, entry);
    const isVoid = entry.signature.returnType === gen.kit.void;
    const args = entry.signature.params.length === 1 ? '(DnObject *)args' : '';
    out.push(...this.appContextProperties());
    out.push('static int32_t dn_program_main(DnArray *args) {');
    if (!entry.signature.params.length) out.push('    (void)args;');
    const setup = this.appContextSetup();
    if (setup && gen.isCompiled(setup)) {
      out.push(`    dn_app_context_setup((void (*)(uint16_t **, uint16_t **, int32_t))${gen.fnAddress(deps, setup, false)}, dn_program_property_names, dn_program_property_values, DN_PROGRAM_PROPERTY_COUNT);`);
      out.push('    if (dn_exception_pending()) return 0; /* the runtime reports it as unhandled */');
    }
    const modules = appModuleInitializers(gen).filter((t) => gen.isCompiled(t.methods.find((x) => x.isStaticConstructor)!));
    for (const t of modules) {
      const state = gen.names.cctorState(t);
      deps.declare(state, `extern DnCctorState ${state};`);
      out.push(`    if (!dn_ensure_cctor(&${state})) return 0; /* ${t.assembly.name}: module initializer; the runtime reports its exception */`);
    }
    if (isVoid) {
      out.push(`    ${main}(${args});`);
      out.push(`    return ${this.exitCode(deps)};`);
    } else out.push(`    return (int32_t)${main}(${args});`);
    out.push('}', '');

    // Runtime exceptions.
    out.push('static DnObject *dn_program_new_exception(DnExceptionKind kind, DnString *message) {');
    out.push('    DnObject *ex = NULL;');
    out.push('    switch (kind) {');
    for (const f of this.factories()) {
      if (!gen.isCompiled(f.noArg ?? f.withMessage!) && !(f.withMessage && gen.isCompiled(f.withMessage))) continue;
      const mt = gen.mt(deps, f.type);
      out.push(`    case ${f.kind}:`);
      out.push(`        ex = dn_alloc_object(${mt});`);
      out.push('        if (ex == NULL) return NULL;');
      const withMsg = f.withMessage && gen.isCompiled(f.withMessage) ? gen.fn(deps, f.withMessage) : undefined;
      const noArg = f.noArg && gen.isCompiled(f.noArg) ? gen.fn(deps, f.noArg) : undefined;
      if (withMsg && noArg) out.push(`        if (message != NULL) ${withMsg}(ex, (DnObject *)message); else ${noArg}(ex);`);
      else if (withMsg) out.push(`        ${withMsg}(ex, (DnObject *)message);`);
      else if (noArg) out.push(`        ${noArg}(ex);`);
      out.push('        break;');
    }
    out.push('    default:');
    out.push('        (void)message;');
    out.push('        return NULL;');
    out.push('    }');
    out.push('    return dn_exception_pending() ? NULL : ex;');
    out.push('}', '');

    const ti = this.typeInitException();
    let tiHook = 'NULL';
    if (ti && gen.isCompiled(ti.ctor)) {
      tiHook = 'dn_program_new_type_initialization_exception';
      out.push('static DnObject *dn_program_new_type_initialization_exception(DnString *type_full_name, DnObject *inner) {');
      out.push(`    DnObject *ex = dn_alloc_object(${gen.mt(deps, ti.type)});`);
      out.push('    if (ex == NULL) return NULL;');
      out.push(`    ${gen.fn(deps, ti.ctor)}(ex, (DnObject *)type_full_name, inner);`);
      out.push('    return dn_exception_pending() ? NULL : ex;');
      out.push('}', '');
    }

    out.push(...this.exceptionToString(deps), '');

    const onExit = this.processExit();
    let exitHook = 'NULL';
    if (onExit && gen.isCompiled(onExit)) {
      exitHook = 'dn_program_on_process_exit';
      out.push('static void dn_program_on_process_exit(void) {', `    ${gen.fn(deps, onExit)}();`, '}', '');
    }

    const oom = this.typeIf('System.OutOfMemoryException');
    const stringArray = gen.ctx.arrayType(gen.kit.string);
    out.push('const DnManagedHooks dn_managed_hooks = {');
    out.push('    .abi_version = DN_ABI_VERSION,');
    out.push(`    .string_mt = ${gen.mt(deps, gen.kit.string)},`);
    out.push(`    .string_array_mt = ${gen.mt(deps, stringArray)},`);
    out.push(`    .object_mt = ${gen.mt(deps, gen.kit.object)},`);
    out.push(`    .out_of_memory_exception_mt = ${oom ? gen.mt(deps, oom) : 'NULL'},`);
    out.push('    .main = dn_program_main,');
    out.push('    .initialize = NULL,');
    out.push('    .new_exception = dn_program_new_exception,');
    out.push(`    .new_type_initialization_exception = ${tiHook},`);
    out.push('    .exception_to_string = dn_program_exception_to_string,');
    out.push('    .on_unhandled_exception = NULL,');
    out.push(`    .on_process_exit = ${exitHook},`);
    out.push(`    .exception_stack_trace_offset = ${this.stackTraceOffset(deps)},`);
    out.push(`    .byte_array_mt = ${gen.mt(deps, gen.ctx.arrayType(gen.kit.u1))},`);
    out.push('};');
    return out;
  }

  /** The runtimeconfig.json properties as C tables (dn_app_context_setup adds the host's own). */
  private appContextProperties(): string[] {
    const setup = this.appContextSetup();
    if (!setup || !this.gen.isCompiled(setup)) return [];
    const props = [...(this.gen.options.appContextProperties ?? new Map<string, string>())].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    const list = (xs: string[]) => (xs.length ? xs.map(cString).join(', ') : 'NULL');
    return [
      `#define DN_PROGRAM_PROPERTY_COUNT ${props.length}`,
      `static const char *const dn_program_property_names[] = {${list(props.map(([k]) => k))}};`,
      `static const char *const dn_program_property_values[] = {${list(props.map(([, v]) => v))}};`,
      '',
    ];
  }

  /** A type if the program has its descriptor already (never adds one). */
  private typeIf(name: string): TypeDesc | undefined {
    const gen = this.gen;
    for (const t of gen.mtsUsed) if (t instanceof DefType && t.fullName === name) return t;
    for (const t of gen.constructed) if (t instanceof DefType && t.fullName === name) return t;
    return undefined;
  }

  /** Environment.ExitCode after a void Main: the runtime keeps it (Environment.ExitCode's internal calls). */
  private exitCode(deps: Deps): string {
    return nativeCall(deps, 'dn_icall_get_exit_code', '');
  }

  /** offsetof(Exception, _stackTrace): where the runtime records an exception's frames. */
  private stackTraceOffset(deps: Deps): string {
    const gen = this.gen;
    const exType = gen.ctx.wellKnown('System.Exception');
    gen.useStruct(deps, exType);
    return `offsetof(${gen.ctypes.struct(exType).name}, ${gen.ctypes.member(exType.fields.find((f) => f.name === '_stackTrace')!)})`;
  }

  private exceptionToString(deps: Deps): string[] {
    const gen = this.gen;
    const exType = gen.ctx.wellKnown('System.Exception');
    gen.useStruct(deps, exType);
    const s = gen.ctypes.struct(exType).name;
    const message = gen.ctypes.member(exType.fields.find((f) => f.name === '_message')!);
    const inner = gen.ctypes.member(exType.fields.find((f) => f.name === '_innerException')!);
    const remote = gen.ctypes.member(exType.fields.find((f) => f.name === '_remoteStackTraceString')!);
    const saved = gen.ctypes.member(exType.fields.find((f) => f.name === '_stackTraceString')!);
    return `/* Exception.ToString()'s text: "Type: message ---> inner...", then the stack trace. */
typedef struct { uint16_t *chars; int32_t length, capacity; } DnTextBuffer;
static void dn_text_append(DnTextBuffer *b, const uint16_t *chars, int32_t n) {
    if (b->length + n > b->capacity) {
        int32_t cap = (b->length + n) * 2 + 16;
        uint16_t *p = realloc(b->chars, (size_t)cap * sizeof(uint16_t));
        if (p == NULL) return;
        b->chars = p;
        b->capacity = cap;
    }
    memcpy(b->chars + b->length, chars, (size_t)n * sizeof(uint16_t));
    b->length += n;
}
static void dn_text_append_ascii(DnTextBuffer *b, const char *s) {
    for (; *s; s++) {
        uint16_t c = (uint8_t)*s;
        dn_text_append(b, &c, 1);
    }
}
static void dn_text_append_exception(DnTextBuffer *b, DnObject *ex, int depth) {
    ${s} *e = (${s} *)ex;
    dn_text_append_ascii(b, ex->mt->name);
    DnString *msg = (DnString *)e->${message};
    if (msg == NULL) {
        dn_text_append_ascii(b, ": Exception of type '");
        dn_text_append_ascii(b, ex->mt->name);
        dn_text_append_ascii(b, "' was thrown.");
    } else if (msg->length > 0) {
        dn_text_append_ascii(b, ": ");
        dn_text_append(b, msg->chars, msg->length);
    }
    if (e->${inner} != NULL && depth < 32) {
        dn_text_append_ascii(b, "\\n ---> ");
        dn_text_append_exception(b, e->${inner}, depth + 1);
        dn_text_append_ascii(b, "\\n   --- End of inner exception stack trace ---");
    }
    /* Exception.StackTrace: the remote part, then the saved text or the recorded frames. */
    DnString *remote = (DnString *)e->${remote};
    DnString *trace = (DnString *)e->${saved};
    if (trace == NULL) trace = dn_stack_trace_text(ex);
    (void)dn_catch(); /* out of memory making the text: print without it */
    if (remote != NULL || trace != NULL) dn_text_append_ascii(b, "\\n");
    if (remote != NULL) dn_text_append(b, remote->chars, remote->length);
    if (trace != NULL) dn_text_append(b, trace->chars, trace->length);
}
static DnString *dn_program_exception_to_string(DnObject *ex) {
    DnTextBuffer b = {0};
    dn_text_append_exception(&b, ex, 0);
    DnString *s = dn_string_from_utf16(b.chars, b.length);
    free(b.chars);
    return s;
}`.split('\n');
  }
}
