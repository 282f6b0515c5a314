// Static fields and class constructors. Each static field the code uses is one C global named
// after the field (`Program__s_count`), zero-initialised in writable data, which the collector
// scans as a root (dn_gc.h); fields with initial data in the image (RVA statics: array
// initializers, UTF-8 literals) are constant byte arrays with that data. Each class constructor
// the program runs has one DnCctorState; when the triggers run is decided in program.ts
// (precise: at the entry of static methods and constructors and at static field accesses from
// elsewhere; beforefieldinit: at static field accesses), the runtime's dn_ensure_cctor runs it
// once, thread-safely.
import { fieldSizeAndAlignment } from '../typesystem/layout.js';
import type { FieldDesc } from '../typesystem/members.js';
import { DefType, type TypeDesc } from '../typesystem/types.js';
import { cmp, type Deps } from './deps.js';
import type { ProgramGen } from './program.js';

/** Definitions of every static field the generated code uses. */
export function staticFieldDefinitions(gen: ProgramGen, deps: Deps): string[] {
  const out: string[] = [];
  const fields = [...gen.staticsUsed].sort((a, b) => cmp(gen.names.staticField(a), gen.names.staticField(b)));
  let tlsSize = 0;
  for (const f of fields) {
    const name = gen.names.staticField(f);
    if (f.hasRva) {
      out.push(`const uint8_t ${name}[] __attribute__((aligned(8))) = {${rvaBytes(gen, f)}};`);
      continue;
    }
    gen.useType(deps, f.type);
    if (gen.isThreadStatic(f)) {
      const { size, alignment } = fieldSizeAndAlignment(f.type);
      tlsSize = Math.ceil(tlsSize / alignment) * alignment;
      out.push(`const uint32_t ${name}__tls = ${tlsSize}; /* [ThreadStatic] ${gen.ctypes.storage(f.type)} */`);
      tlsSize += size;
      continue;
    }
    out.push(`${gen.ctypes.decl(gen.ctypes.storage(f.type), name)};`);
  }
  if (tlsSize > 0) {
    out.push(
      'void *dn_gen_thread_statics_slow(void) {',
      `    void *p = dn_gc_alloc(${Math.ceil(tlsSize / 8) * 8});`,
      '    if (p == NULL) dn_fatal("out of memory allocating thread statics");',
      '    dn_thread_self->thread_statics = p;',
      '    return p;',
      '}',
    );
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
