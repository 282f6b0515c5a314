// Marshal.GetExceptionForHR / ThrowExceptionForHR (QCall MarshalNative_GetExceptionForHR): the
// exception CoreCLR makes for an HRESULT. Each code maps to one exception type, the first of
// the list below that names it (CoreCLR's table of the exceptions it raises, with their codes);
// a code no type claims is a COMException. The exception is made by its parameterless
// constructor; its message is then the code's text unless the code is the type's first one
// (the type keeps its own message), and always for the types whose message is meant to show
// the code. Its HResult is the code. The texts are
// runtime/src/hresults.c's (system texts of the Win32 codes dotnet gives on Linux, resource
// texts of the runtime's own; other codes print as "Error <n> (0x...)").
//
// While a program keeps this QCall, every exception type of the list is kept with its
// constructors: any code may come back from a call.
import type { MethodDesc } from '../typesystem/members.js';
import type { DefType } from '../typesystem/types.js';
import { type BodyHandler, onStackPtr, fnBody } from './bodies.js';
import type { Deps } from './deps.js';
import type { ProgramGen } from './program.js';

/** [type, the message always shows the code, codes (the first is the type's own)]. */
type Mapping = [string, boolean, number[]];

/** STD_CTL_SCODE(n): a Visual Basic runtime error code. */
const ctl = (n: number) => 0x800a0000 + n;
/** HRESULT_FROM_WIN32(n). */
const win32 = (n: number) => 0x80070000 + n;

const MAPPINGS: Mapping[] = [
  ['System.Reflection.AmbiguousMatchException', false, [0x8000211d]],
  ['System.ApplicationException', false, [0x80131600]],
  ['System.ArithmeticException', false, [0x80070216]],
  ['System.ArgumentException', false, [0x80070057, ctl(449), ctl(450)]],
  ['System.ArgumentOutOfRangeException', false, [0x80131502, win32(1113)]],
  ['System.ArrayTypeMismatchException', false, [0x80131503]],
  ['System.BadImageFormatException', true, [0x8007000b, 0x80131107, 0x80131124, 0x8013110e, 0x8013101b, 0x80131018,
    win32(193), win32(192), 0x8013141d, win32(998), win32(182), win32(1154), win32(1392), 0x80131058, 0x80131192]],
  ['System.Reflection.CustomAttributeFormatException', false, [0x80131605]],
  ['System.Security.Cryptography.CryptographicException', false, [0x80131430]],
  ['System.DataMisalignedException', false, [0x80131541]],
  ['System.IO.DirectoryNotFoundException', true, [0x80070003, 0x80030003, ctl(76)]],
  ['System.DivideByZeroException', false, [0x80020012, ctl(11)]],
  ['System.DllNotFoundException', false, [0x80131524]],
  ['System.DuplicateWaitObjectException', false, [0x80131529]],
  ['System.IO.EndOfStreamException', false, [0x80070026, ctl(62)]],
  ['System.EntryPointNotFoundException', false, [0x80131523]],
  ['System.Exception', false, [0x80131500]],
  ['System.ExecutionEngineException', false, [0x80131506]],
  ['System.FieldAccessException', false, [0x80131507]],
  ['System.IO.FileLoadException', true, [0x80131621, 0x80131047, 0x80131040, win32(4), win32(32), win32(33),
    win32(110), win32(1393), win32(1005), win32(1114), 0x80131016, win32(1006)]],
  ['System.IO.FileNotFoundException', true, [win32(2), win32(126), win32(123), ctl(53), win32(67), win32(53), win32(21),
    win32(1396), 0x800c000d, 0x800c000b, 0x800c0004, 0x800c0005, 0x800c0006, 0x800c0008, 0x800c0007, win32(1157)]],
  ['System.FormatException', false, [0x80131537]],
  ['System.IndexOutOfRangeException', false, [0x80131508, ctl(9)]],
  ['System.InsufficientExecutionStackException', false, [0x80131578]],
  ['System.InvalidCastException', false, [0x80004002]],
  ['System.Reflection.InvalidFilterCriteriaException', false, [0x80131601]],
  ['System.Runtime.InteropServices.InvalidOleVariantTypeException', false, [0x80131531]],
  ['System.InvalidOperationException', false, [0x80131509]],
  ['System.InvalidProgramException', false, [0x8013153a]],
  ['System.IO.IOException', false, [0x80131620, ctl(57), ctl(31036), ctl(31037)]],
  ['System.Runtime.InteropServices.MarshalDirectiveException', false, [0x80131535]],
  ['System.MethodAccessException', false, [0x80131510, 0x801311e6]],
  ['System.MemberAccessException', false, [0x8013151a]],
  ['System.MissingFieldException', false, [0x80131511]],
  ['System.Resources.MissingManifestResourceException', false, [0x80131532]],
  ['System.MissingMemberException', false, [0x80131512, ctl(461)]],
  ['System.MissingMethodException', false, [0x80131513]],
  ['System.MulticastNotSupportedException', false, [0x80131514]],
  ['System.Runtime.AmbiguousImplementationException', false, [0x8013106a]],
  ['System.NotFiniteNumberException', false, [0x80131528]],
  ['System.NotSupportedException', false, [0x80131515, ctl(438), ctl(445), ctl(458), ctl(459)]],
  ['System.NullReferenceException', false, [0x80004003]],
  ['System.ObjectDisposedException', false, [0x80131622]],
  ['System.OperationCanceledException', false, [0x8013153b]],
  ['System.OverflowException', false, [0x80131516, ctl(6)]],
  ['System.IO.PathTooLongException', false, [0x800700ce]],
  ['System.PlatformNotSupportedException', false, [0x80131539]],
  ['System.RankException', false, [0x80131517]],
  ['System.Reflection.ReflectionTypeLoadException', false, [0x80131602]],
  ['System.Security.SecurityException', true, [0x8013150a, 0x8013141a, ctl(70), ctl(419), 0x8013141e, 0x80131420]],
  ['System.Runtime.Serialization.SerializationException', false, [0x8013150c]],
  ['System.StackOverflowException', false, [0x800703e9, ctl(28)]],
  ['System.Threading.SynchronizationLockException', false, [0x80131518]],
  ['System.SystemException', false, [0x80131501]],
  ['System.Reflection.TargetException', false, [0x80131603]],
  ['System.Reflection.TargetInvocationException', false, [0x80131604]],
  ['System.Reflection.TargetParameterCountException', false, [0x8002000e]],
  ['System.Threading.ThreadInterruptedException', false, [0x80131519]],
  ['System.Threading.ThreadStateException', false, [0x80131520]],
  ['System.Threading.ThreadStartException', false, [0x80131525]],
  ['System.TypeAccessException', false, [0x80131543]],
  ['System.TypeLoadException', false, [0x80131522]],
  ['System.TypeUnloadedException', false, [0x80131013]],
  ['System.UnauthorizedAccessException', true, [0x80070005, ctl(75), ctl(335)]],
  ['System.Security.VerificationException', false, [0x8013150d]],
  ['System.Runtime.InteropServices.COMException', true, [0x80004005]],
  ['System.NotImplementedException', false, [0x80004001]],
  ['System.OutOfMemoryException', false, [0x8007000e, ctl(7), ctl(31001)]],
];

/** The type an unclaimed code makes. */
const FALLBACK = 'System.Runtime.InteropServices.COMException';

interface Maker {
  type: DefType;
  always: boolean;
  /** The codes it makes (no earlier type claims them). */
  codes: number[];
  /** Its own code: made by the parameterless constructor (unless `always`). */
  primary: number;
  /** Its parameterless constructor. */
  ctor: MethodDesc;
}

/** The exception types of the table that CoreLib has, with their constructors and the codes no earlier type claims. */
function makers(g: ProgramGen): Maker[] {
  const claimed = new Set<number>();
  const out: Maker[] = [];
  for (const [name, always, codes] of MAPPINGS) {
    let type: DefType;
    try {
      type = g.ctx.wellKnown(name);
    } catch {
      continue; // not in this CoreLib
    }
    const ctor = type.methods.find((m) => m.isConstructor && !m.isStatic && m.signature.params.length === 0);
    if (!ctor) continue;
    out.push({ type, always, codes: codes.filter((c) => !claimed.has(c)), primary: codes[0]!, ctor });
    for (const c of codes) claimed.add(c);
  }
  return out;
}

const hex = (n: number) => `0x${n.toString(16).toUpperCase().padStart(8, '0')}u`;

/** Lines making `ex` of maker `k` for the code in `hr` (`message`: the C lvalue of its _message). */
function make(g: ProgramGen, d: Deps, k: Maker, message: string): string[] {
  const why = 'Marshal.GetExceptionForHR';
  g.requireConstructed(k.type, why);
  g.require(k.ctor, why);
  const lines = [`ex = dn_alloc_object(${g.mt(d, k.type)});`, 'if (ex == NULL) return;', `${g.fn(d, k.ctor)}(ex);`];
  const setText = `{ DnString *text = dn_hresult_message(hr); if (text == NULL) return; ${message} = (DnObject *)text; }`;
  if (k.always) return [...lines, setText];
  return [...lines, `if (hr != ${hex(k.primary)}) ${setText}`];
}

export const HRESULT_QCALLS: Record<string, BodyHandler> = {
  /** (errorCode, errorInfo, result): the exception of a failure HRESULT (errorInfo is COM's, null here). */
  MarshalNative_GetExceptionForHR: (m, g, d) => {
    const p = m.signature.params;
    if (p.length !== 3) return undefined;
    const all = makers(g);
    const fallback = all.find((k) => k.type.fullName === FALLBACK);
    if (!fallback) return undefined;
    const ex = g.ctx.wellKnown('System.Exception');
    g.useStruct(d, ex);
    const field = (name: string) => `((${g.ctypes.struct(ex).name} *)ex)->${g.ctypes.member(ex.fields.find((f) => f.name === name)!)}`;
    const lines = ['(void)a1;', 'uint32_t hr = (uint32_t)a0;', 'DnObject *ex;', 'switch (hr) {'];
    for (const k of all) {
      if (k === fallback || !k.codes.length) continue;
      lines.push(...k.codes.map((c) => `case ${hex(c)}:`), ...make(g, d, k, field('_message')).map((l) => `    ${l}`), '    break;');
    }
    lines.push('default:', ...make(g, d, fallback, field('_message')).map((l) => `    ${l}`), '    break;', '}');
    lines.push(
      'if (dn_exception_pending()) return;',
      `${field('_HResult')} = (int32_t)hr;`,
      `*(DnObject **)a2.${onStackPtr(g, d, p[2]!)} = ex;`,
    );
    return fnBody(m, g, d, lines, 'implemented by dotnative (CoreCLR\'s HRESULT to exception table)');
  },
};
