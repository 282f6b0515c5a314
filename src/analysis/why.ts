// `--why`: explains why a type or method is in the program, as the chain of dependency reasons
// from a root to it.
import { DefType, type TypeDesc } from '../typesystem/types.js';
import type { AnalysisResult } from './analyze.js';
import type { GraphNode } from './graph.js';
import { ConstructedTypeNode, MethodNode, StaticBaseNode, TypeHandleNode } from './nodes.js';

function typeMatches(t: TypeDesc, query: string): boolean {
  if (String(t) === query) return true;
  return t instanceof DefType && (t.fullName === query || t.fullName.replace(/`\d+$/, '') === query);
}

/** Nodes a query names: 'Namespace.Type' (any instantiation) or 'Namespace.Type::Method'. */
export function findNodes(result: AnalysisResult, query: string): GraphNode[] {
  const sep = query.lastIndexOf('::');
  const out: GraphNode[] = [];
  for (const n of result.graph.marked) {
    if (sep >= 0) {
      if (!(n instanceof MethodNode)) continue;
      const typeName = query.slice(0, sep), methodName = query.slice(sep + 2);
      if (n.method.name === methodName && typeMatches(n.method.owningType, typeName)) out.push(n);
    } else if (n instanceof ConstructedTypeNode || n instanceof TypeHandleNode || n instanceof StaticBaseNode) {
      if (typeMatches(n.type, query)) out.push(n);
    }
  }
  // Constructed before handle before statics, so the most telling chain comes first.
  const rank = (n: GraphNode) => (n instanceof ConstructedTypeNode ? 0 : n instanceof TypeHandleNode ? 1 : 2);
  return out.sort((a, b) => rank(a) - rank(b));
}

/** The explanation text; undefined when nothing matches (the item was trimmed). */
export function explain(result: AnalysisResult, query: string): string | undefined {
  const nodes = findNodes(result, query);
  if (!nodes.length) return undefined;
  const lines: string[] = [];
  for (const node of nodes) {
    lines.push(`${node} is kept because:`);
    for (const { node: step, why } of result.graph.chain(node as never)) lines.push(`  ${why} -> ${step}`);
  }
  return lines.join('\n');
}
