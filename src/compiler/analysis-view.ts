// What the analysis must know about code generation: methods that have IL but are implemented
// by dotnative (codegen/intrinsics.ts, REPLACED_WITH_IL) are not followed into, exactly as
// substituted methods are not — their IL would bring in reflection the generated code never
// calls. The analysis asks Substitutions whether a body is replaced; this view answers yes for
// those methods too (the generated code asks for whatever their expansions call). And
// intrinsics whose value is known from their type arguments (IsReferenceOrContainsReferences<T>)
// are constants, so the branches they guard are pruned in analysis and code alike.
import type { FeatureSettings } from '../analysis/features.js';
import { type Substitution, Substitutions } from '../analysis/substitutions.js';
import { CTypes } from '../codegen/ctypes.js';
import { constantReplacement, intrinsicConstant, isReplacedWithIl } from '../codegen/intrinsics.js';
import { CNames } from '../codegen/names.js';
import type { TypeSystemContext } from '../typesystem/context.js';
import type { MethodDesc } from '../typesystem/members.js';

export class CodegenSubstitutions extends Substitutions {
  private readonly ctypes = new CTypes(new CNames());

  constructor(ctx: TypeSystemContext, features: FeatureSettings) {
    super(ctx, features);
  }

  private readonly cache = new Map<MethodDesc, Substitution | null>();

  override forMethod(m: MethodDesc): Substitution | undefined {
    let s = this.cache.get(m);
    if (s === undefined) this.cache.set(m, (s = this.compute(m) ?? null));
    return s ?? undefined;
  }

  private compute(m: MethodDesc): Substitution | undefined {
    // Intrinsics whose value follows from their type arguments are constants, as for the JIT.
    const c = intrinsicConstant(m, this.ctypes);
    if (c !== undefined) return { kind: 'constant', value: c };
    const r = constantReplacement(m);
    if (r) return { kind: 'constant', value: r.value };
    // Not a constant: calls stay calls (expanded by the code generator), branches are not pruned.
    if (isReplacedWithIl(m)) return { kind: 'throw' };
    return super.forMethod(m);
  }
}
