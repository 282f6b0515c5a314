// Copies of small methods in the units that call them. The C compiler inlines only what it sees
// in the unit it compiles, and a method's body is in one unit (units.ts): the application's
// calls of List<T>.get_Item or Span<T>.get_Item, and a framework assembly's calls of CoreLib's
// generic instantiations, would otherwise stay calls, where the JIT inlines them. A unit that
// calls a small method defined elsewhere gets a `static inline` copy of its body under the same
// name (internal linkage: no clash with the definition), declared before the unit's own
// functions, with what the copy uses. The copy's text is the method's own, so a unit's text still
// depends only on the methods in it and the ones they call.
import type { Deps } from './deps.js';
import type { Fragment, ProgramGen } from './program.js';

/** Lines of a body small enough to be copied (a bounds-checked indexer is about 17). */
const MAX_LINES = 24;

/** Whether a fragment's body can be copied: short, no static locals (a copy would have its own),
 * no exception frames, not kept out of line on purpose. */
function copyable(f: Fragment): boolean {
  const lines = f.text.split('\n');
  if (lines.length > MAX_LINES) return false;
  const signature = lines.findIndex((l) => l.endsWith(') {'));
  if (signature < 0 || lines[signature]!.startsWith('DN_NOINLINE')) return false;
  return !/\bstatic\b|\bdn_eh_|\balloca\b|setjmp/.test(f.text);
}

export class InlineCopies {
  private readonly candidates = new Map<string, Fragment>();

  constructor(private readonly gen: ProgramGen, fragments: Fragment[]) {
    for (const f of fragments) if (copyable(f)) this.candidates.set(gen.names.method(f.method), f);
  }

  /**
   * The copies a unit defining the functions `own` needs (its declarations in `deps`), with
   * what they use merged into `deps` and their prototypes taken out of it; lines to put
   * before the unit's own functions.
   */
  linesFor(deps: Deps, own: Set<string>, body: string): string[] {
    const copied: Fragment[] = [];
    const names = new Set<string>();
    // deps.decls grows while it is walked: the copies' own callees are visited too.
    for (const name of deps.decls.keys()) {
      const f = this.candidates.get(name);
      if (!f || own.has(name) || names.has(name)) continue;
      names.add(name);
      copied.push(f);
      deps.merge(f.deps);
    }
    // A function whose address the unit (or a copy) takes keeps its one definition: the
    // address is compared with the method records' and other units' (delegates, TargetSite).
    const addressed = this.notCalled(body);
    for (const f of copied) for (const n of this.notCalled(f.text)) addressed.add(n);
    for (const name of addressed) names.delete(name);
    const kept = copied.filter((f) => names.has(this.gen.names.method(f.method)));
    if (!kept.length) return [];
    for (const name of names) deps.decls.delete(name);
    kept.sort((a, b) => (this.gen.names.method(a.method) < this.gen.names.method(b.method) ? -1 : 1));
    const prototypes: string[] = [];
    const bodies: string[] = [];
    for (const f of kept) {
      const lines = f.text.split('\n');
      const i = lines.findIndex((l) => l.endsWith(') {'));
      prototypes.push(`static inline ${lines[i]!.slice(0, -2)};`);
      lines[i] = `static inline ${lines[i]}`;
      bodies.push(...lines, '');
    }
    return ['/* ---- copies of small methods defined in other units (inlined here) ---- */', ...prototypes, '', ...bodies];
  }

  /** The candidates `text` names other than in a call (one pass over the text). */
  private notCalled(text: string): Set<string> {
    const out = new Set<string>();
    for (const m of text.matchAll(/[A-Za-z_]\w*(\()?/g)) if (!m[1] && this.candidates.has(m[0])) out.add(m[0]);
    return out;
  }
}
