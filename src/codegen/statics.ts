// Static fields and class constructors. Each static field the code uses is one C global named
// after the field (`Program__s_count`), zero-initialised in writable data, which the collector
// scans as a root (dn_gc.h); fields with initial data in the image (RVA statics: array
// initializers, UTF-8 literals) are constant byte arrays with that data. Each class constructor
// the program runs has one DnCctorState; when the triggers run is decided in program.ts
// (precise: at the entry of static methods and constructors and at static field accesses from
// elsewhere; beforefieldinit: at static field accesses), the runtime's dn_ensure_cctor runs it
// once, thread-safely.
import type { FieldDesc } from '../typesystem/members.js';
import { DefType, type TypeDesc } from '../typesystem/types.js';
import { cmp, type Deps } from './deps.js';
import type { ProgramGen } from './program.js';

/** Definitions of every static field the generated code uses. */
export function staticFieldDefinitions(gen: ProgramGen, deps: Deps): string[] {
  const out: string[] = [];
  const fields = [...gen.staticsUsed].sort((a, b) => cmp(gen.names.staticField(a), gen.names.staticField(b)));
  for (const f of fields) {
    const name = gen.names.staticField(f);
    if (f.hasRva) {
      out.push(`const uint8_t ${name}[] __attribute__((aligned(8))) = {${rvaBytes(gen, f)}};`);
      continue;
    }
    gen.useType(deps, f.type);
    const decl = gen.ctypes.decl(gen.ctypes.storage(f.type), name);
    if (f.isThreadStatic) {
      // Thread statics live in thread-local storage, which the collector does not scan: a
      // reference kept only there may be collected (dotnative.h: DnThread.thread_statics is
      // where they are to move).
      out.push(`_Thread_local ${decl};`);
    } else out.push(`${decl};`);
  }
  return out;
}

function rvaBytes(gen: ProgramGen, f: FieldDesc): string {
  const rva = f.assembly.md.fieldRvaOf(f.rid);
  const size = gen.ctypes.sizeOf(f.type);
  if (rva === undefined) return '0';
  const bytes = f.assembly.dataAt(rva, size);
  const parts: string[] = [];
  for (let i = 0; i < bytes.length; i++) parts.push((i % 16 === 0 ? '\n    ' : '') + '0x' + bytes[i]!.toString(16).padStart(2, '0'));
  return parts.join(', ') + (bytes.length ? '\n' : '0');
}

/** The DnCctorState of every type whose class constructor is triggered. */
export function cctorStateDefinitions(gen: ProgramGen, deps: Deps): string[] {
  const out: string[] = [];
  const types = [...gen.cctorsUsed].sort((a, b) => cmp(gen.names.type(a), gen.names.type(b)));
  for (const t of types) {
    const cctor = gen.cctorOf(t)!;
    out.push(`DnCctorState ${gen.names.cctorState(t)} = { .cctor = ${gen.fn(deps, cctor)}, .type = ${gen.mt(deps, t)} };`);
  }
  return out;
}

/** Types whose statics the data unit defines (for --verbose statistics). */
export function typesWithStatics(gen: ProgramGen): TypeDesc[] {
  return [...new Set([...gen.staticsUsed].map((f) => f.owningType as DefType))];
}
