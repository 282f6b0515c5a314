// Traces of the current stack: Environment.StackTrace, new StackTrace(), new StackTrace(skip),
// new StackFrame(n). CoreLib builds them from the StackTrace_GetStackFramesInternal QCall and
// reflection (MethodBase, ParameterInfo, custom attributes); dotnative replaces the three
// methods that reach either (REPLACED_WITH_IL):
//   - StackTrace.CaptureStackTrace: the runtime walks the native stack (runtime/src/stack_walk.c)
//     and maps each return address to a method through a table of {C function, record} this
//     file writes for every compiled method stack traces show, or, for new StackTrace(ex),
//     reads the frames recorded in the exception (stack_trace.c); it fills _stackFrames with
//     StackFrame objects;
//   - StackFrame.BuildStackFrame (new StackFrame(n)): the same walk, one frame kept;
//   - StackTrace.ToString(TraceFormat, StringBuilder): the text from the records, as for
//     exceptions (Exception.SetCurrentStackTrace calls this overload directly; CoreLib's would
//     keep custom-attribute reflection reachable to recognise state machines).
// A StackFrame carries its record in the padding after its last field (a 32-bit reference,
// dn_stack_frame_ref): its MethodBase (_method) stays null until member reflection exists,
// so GetMethod() answers null.
// The table is written only when one of these bodies is compiled (ProgramGen.stackWalk).
import type { MethodDesc } from '../typesystem/members.js';
import { instanceLayout } from '../typesystem/layout.js';
import { ArrayType, DefType } from '../typesystem/types.js';
import type { BodyHandler } from './bodies.js';
import { fnBody } from './bodies.js';
import { CodegenError } from './ctypes.js';
import { Deps, cmp, renderUnit } from './deps.js';
import { cString, type Fragment, type ProgramGen } from './program.js';
import { stackFrameName } from './stack-frames.js';
import type { Unit } from './units.js';

const CAPTURE = 'System.Diagnostics.StackTrace::CaptureStackTrace';
const TO_STRING = 'System.Diagnostics.StackTrace::ToString';
const BUILD_FRAME = 'System.Diagnostics.StackFrame::BuildStackFrame';

/** The replaced methods' keys, and which overloads of them are replaced. */
export const STACK_WALK_REPLACED = new Map<string, (m: MethodDesc) => boolean>([
  [CAPTURE, (m) => m.signature.params.length === 3],
  // ToString(TraceFormat, StringBuilder): the overload every other ToString calls.
  [TO_STRING, (m) => m.signature.params.length === 2],
  [BUILD_FRAME, (m) => m.signature.params.length === 2],
]);

const WALK_FN = 'dn_program_stack_walk';

/**
 * Defined for every generated unit of a program that walks its stack: dotnative_gen.h then
 * keeps gcc from moving parts of a function into a separate `.cold` function and from folding
 * identical functions, either of which would give a return address a function start that is
 * not in the table (clang does neither at -O2).
 */
export { STACK_WALK_CFLAG } from '../toolchain/compile.js';

function declareWalk(gen: ProgramGen, deps: Deps): string {
  gen.stackWalk = true;
  deps.declare(WALK_FN, `DnTraceFrame *${WALK_FN}(int32_t skip, int32_t *count);`);
  return WALK_FN;
}

/** StackFrame's C struct, its members by field name and the offset of the record reference. */
function stackFrameShape(gen: ProgramGen, deps: Deps): { type: DefType; struct: string; f: (name: string) => string; slot: number } {
  const type = gen.ctx.wellKnown('System.Diagnostics.StackFrame');
  gen.useStruct(deps, type);
  const layout = instanceLayout(type);
  // The first 4-byte slot after every field: padding CoreCLR's BaseSize leaves in the object.
  const slot = (layout.instanceSize + 3) & ~3;
  // BaseSize counts the object header before the MethodTable pointer (8 bytes in the layout
  // the code generator uses).
  if (slot + 4 > layout.baseSize - 8) throw new CodegenError(`System.Diagnostics.StackFrame leaves no padding for its stack trace record (fields end at ${layout.instanceSize}, BaseSize ${layout.baseSize})`);
  const field = (name: string) => {
    const fd = type.fields.find((x) => x.name === name && !x.isStatic);
    if (!fd) throw new CodegenError(`System.Diagnostics.StackFrame has no field ${name}`);
    return gen.ctypes.member(fd);
  };
  return { type, struct: gen.ctypes.struct(type).name, f: field, slot };
}

function stackTraceShape(gen: ProgramGen, deps: Deps, t: DefType): { struct: string; f: (name: string) => string } {
  gen.useStruct(deps, t);
  const field = (name: string) => {
    const fd = t.fields.find((x) => x.name === name && !x.isStatic);
    if (!fd) throw new CodegenError(`System.Diagnostics.StackTrace has no field ${name}`);
    return gen.ctypes.member(fd);
  };
  return { struct: gen.ctypes.struct(t).name, f: field };
}

/** Fills StackFrame `obj` (a C expression of type DnObject *) from DnTraceFrame `tf`. */
function fillFrame(sf: ReturnType<typeof stackFrameShape>, obj: string, tf: string, needFileInfo: string): string[] {
  const p = `((${sf.struct} *)${obj})`;
  return [
    `${p}->${sf.f('_nativeOffset')} = ${tf}.native_offset;`,
    `${p}->${sf.f('_ilOffset')} = -1;`,
    `${p}->${sf.f('_isLastFrameFromForeignExceptionStackTrace')} = (${tf}.flags & DN_TRACE_BOUNDARY) != 0;`,
    `if (${needFileInfo} && ${tf}.line > 0 && ${tf}.frame->file != NULL) {`,
    `    ${p}->${sf.f('_fileName')} = (DnObject *)dn_string_from_utf8(${tf}.frame->file, strlen(${tf}.frame->file));`,
    `    ${p}->${sf.f('_lineNumber')} = ${tf}.line;`,
    '}',
    `*(int32_t *)(void *)((char *)${obj} + ${sf.slot}) = dn_stack_frame_ref(${tf}.frame);`,
  ];
}

// CaptureStackTrace(int skipFrames, bool fNeedFileInfo, Exception e): the frames after the
// skipped ones (CoreCLR keeps them in the array and counts them in _methodsToSkip; the public
// members only see the rest).
const captureBody: BodyHandler = (m, gen, deps) => {
  if (!STACK_WALK_REPLACED.get(CAPTURE)!(m)) return undefined;
  const st = stackTraceShape(gen, deps, m.owningType as DefType);
  const sf = stackFrameShape(gen, deps);
  const arrayType = gen.ctx.arrayType(sf.type);
  gen.requireConstructed(sf.type, 'StackTrace captures StackFrame objects');
  gen.requireConstructed(arrayType, 'StackTrace captures StackFrame objects');
  const walk = declareWalk(gen, deps);
  const self = `((${st.struct} *)a0)`;
  return fnBody(m, gen, deps, [
    'int32_t n = 0;',
    'int32_t skip = a1 < 0 ? 0 : a1;',
    `DnTraceFrame *frames = a3 != NULL ? dn_stack_trace_frames(a3, skip, &n) : ${walk}(skip, &n);`,
    `${self}->${st.f('_methodsToSkip')} = 0;`,
    `${self}->${st.f('_numOfFrames')} = 0;`,
    'if (n > 0) {',
    `    DnArray *arr = dn_alloc_array(${gen.mt(deps, arrayType)}, n);`,
    '    if (arr == NULL) n = 0;',
    `    else ${self}->${st.f('_stackFrames')} = (DnObject *)arr;`,
    '    for (int32_t i = 0; i < n; i++) {',
    `        DnObject *f = dn_alloc_object(${gen.mt(deps, sf.type)});`,
    '        if (f == NULL) { n = 0; break; }',
    '        DN_ARRAY_DATA(arr, DnObject *)[i] = f;',
    ...fillFrame(sf, 'f', 'frames[i]', 'a2').map((l) => '        ' + l),
    '    }',
    `    ${self}->${st.f('_numOfFrames')} = n;`,
    '}',
    'free(frames);',
  ]);
};

// StackFrame.BuildStackFrame(int skipFrames, bool needFileInfo): the first frame after the
// capture machinery and skipFrames more (none: the fields keep InitMembers' "unknown" values).
const buildFrameBody: BodyHandler = (m, gen, deps) => {
  if (!STACK_WALK_REPLACED.get(BUILD_FRAME)!(m)) return undefined;
  const sf = stackFrameShape(gen, deps);
  const walk = declareWalk(gen, deps);
  return fnBody(m, gen, deps, [
    'int32_t n = 0;',
    `DnTraceFrame *frames = ${walk}(a1 < 0 ? 0 : a1, &n);`,
    'if (n > 0) {',
    ...fillFrame(sf, 'a0', 'frames[0]', 'a2').map((l) => '    ' + l),
    '}',
    'free(frames);',
  ]);
};

// ToString(TraceFormat, StringBuilder): one line per frame that has a record (CoreLib leaves out frames with
// no MethodBase), " in file:line N" where the frame has a file name, and the "End of stack
// trace" mark after the last frame of an earlier throw.
const toStringBody: BodyHandler = (m, gen, deps) => {
  if (!STACK_WALK_REPLACED.get(TO_STRING)!(m)) return undefined;
  const st = stackTraceShape(gen, deps, m.owningType as DefType);
  const sf = stackFrameShape(gen, deps);
  const self = `((${st.struct} *)a0)`;
  const p = `((${sf.struct} *)f)`;
  const builder = m.signature.params[1]!;
  const append = builder instanceof DefType ? builder.methods.find((x) => x.name === 'Append' && !x.isStatic && x.signature.params.length === 1 && x.signature.params[0] === gen.kit.string) : undefined;
  if (!append) throw new CodegenError('System.Text.StringBuilder has no Append(string)');
  gen.require(append, 'stack trace text');
  return fnBody(m, gen, deps, [
    `int32_t n = ${self}->${st.f('_numOfFrames')}, skip = ${self}->${st.f('_methodsToSkip')};`,
    `DnArray *arr = (DnArray *)${self}->${st.f('_stackFrames')};`,
    'if (arr == NULL) n = 0;',
    'DnTraceFrame *frames = n > 0 ? malloc((size_t)n * sizeof *frames) : NULL;',
    'if (n > 0 && frames == NULL) { dn_throw_out_of_memory(); return; }',
    'for (int32_t i = 0; i < n; i++) {',
    '    DnObject *f = i + skip < arr->length ? DN_ARRAY_DATA(arr, DnObject *)[i + skip] : NULL;',
    '    frames[i] = (DnTraceFrame){NULL, 0, -1, 0};',
    '    if (f == NULL) continue;',
    `    frames[i].frame = dn_stack_frame_deref(*(int32_t *)(void *)((char *)f + ${sf.slot}));`,
    `    if (${p}->${sf.f('_fileName')} != NULL) frames[i].line = ${p}->${sf.f('_lineNumber')};`,
    `    if (${p}->${sf.f('_isLastFrameFromForeignExceptionStackTrace')}) frames[i].flags = DN_TRACE_BOUNDARY;`,
    '}',
    'DnString *s = dn_stack_frames_text(frames, n, a1 == 1 /* TraceFormat.TrailingNewLine */);',
    'free(frames);',
    'if (s == NULL) return;',
    `${gen.fn(deps, append)}(a2, (DnObject *)s);`,
  ]);
};

export const STACK_WALK_BODIES: Record<string, BodyHandler> = {
  [CAPTURE]: captureBody,
  [BUILD_FRAME]: buildFrameBody,
  [TO_STRING]: toStringBody,
};

/** The namespace of a type, an enclosing type's for a nested one (what Type.Namespace answers). */
function namespaceOf(t: DefType): string {
  let outer = t;
  while (outer.containingType) outer = outer.containingType;
  return outer.namespace;
}

/**
 * The unit with the table of frame addresses: every compiled method stack traces show, its C
 * function and a record of its name. Written only when a current-stack trace can be taken.
 */
export function stackWalkUnit(gen: ProgramGen, fragments: Fragment[]): Unit | undefined {
  if (!gen.stackWalk) return undefined;
  const deps = new Deps();
  deps.declare('dn_stack_walk_h', '#include "dn_stack_walk.h"');
  const records: string[] = [];
  const entries: string[] = [];
  // Delegates' Invoke and the like are stubs CoreCLR never shows.
  const methods = gen.options.stackTraces === false ? [] : fragments.map((f) => f.method).filter((m) => !(m.owningType instanceof ArrayType) && !m.isRuntimeImplemented);
  const named = methods.map((m) => ({ m, c: gen.names.method(m) })).sort((a, b) => cmp(a.c, b.c));
  for (const { m } of named) {
    const name = stackFrameName(m);
    if (!name) continue;
    const owner = m.owningType;
    let flags = name.isAsync ? 'DN_FRAME_ASYNC' : '0';
    if (owner instanceof DefType && namespaceOf(owner) === 'System.Diagnostics') flags = flags === '0' ? 'DN_FRAME_DIAGNOSTICS' : `${flags} | DN_FRAME_DIAGNOSTICS`;
    const r = `r${records.length}`;
    records.push(`static const DnStackFrameInfo ${r} = {${name.type !== undefined ? cString(name.type) : 'NULL'}, ${cString(name.method)}, NULL, ${flags}};`);
    entries.push(`    {(const void *)&${gen.fn(deps, m)}, &${r}},`);
  }
  const body = [
    '/* Records of the methods a stack walk can show (names only: no line is known for a return address). */',
    ...records,
    '',
    '/* Sorted by address by the first walk. */',
    `static DnFrameAddress dn_frame_addresses[${Math.max(entries.length, 1)}] = {`,
    ...entries,
    '};',
    '',
    `DnTraceFrame *${WALK_FN}(int32_t skip, int32_t *count) {`,
    `    return dn_stack_walk_current(dn_frame_addresses, ${entries.length}, skip, count);`,
    '}',
  ];
  return { file: 'dn_stack_walk.c', text: renderUnit('frame addresses for traces of the current stack', deps, body, gen.ctypes, (t) => gen.names.mt(t)) };
}
