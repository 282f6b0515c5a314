// The types a closed-world program can hand to reflection as a Type: those named by a token
// (typeof) and those whose instances exist (GetType()). Activator, RunClassConstructor and
// Type.GetInterfaces prepare what they may be asked about for these.
import { TypeHandleNode } from '../analysis/nodes.js';
import type { TypeDesc } from '../typesystem/types.js';
import type { ProgramGen } from './program.js';

export function nameableTypes(gen: ProgramGen): TypeDesc[] {
  const graph = gen.options.analysis.graph;
  const byToken = gen.options.analysis.typeHandles.filter((t) => graph.get(new TypeHandleNode(t).key)?.reason?.why === 'ldtoken');
  return [...byToken, ...gen.constructed];
}
