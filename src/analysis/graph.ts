// A dependency graph in the style of ILC's DependencyAnalysisFramework: nodes are marked from
// roots through static edges (A needs B) and conditional edges (A needs B once C is marked too).
// Every node remembers the first reason it was marked, so `--why` can print the chain back to
// a root. Marking is a worklist; a node's own dependencies are computed once, when it is first
// processed.

export interface Reason {
  /** The node whose processing added this one; undefined for roots. */
  from?: GraphNode;
  /** Why, in a few words: "call", "newobj", "virtual slot ToString used", "root: entry point". */
  why: string;
}

export abstract class GraphNode {
  reason?: Reason;
  /** Stable key: identity of the node in the graph. */
  abstract get key(): string;
  /** Text for diagnostics and --why. */
  abstract toString(): string;
}

export interface DependencySink {
  /** Marks `node` as needed by the node being processed. */
  add(node: GraphNode, why: string): void;
}

export class DependencyGraph<N extends GraphNode> {
  private readonly nodes = new Map<string, N>();
  private readonly queue: N[] = [];
  private readonly listeners: ((node: N) => void)[] = [];

  constructor(private readonly dependenciesOf: (node: N, sink: DependencySink) => void) {}

  /** The canonical instance of a node (the first one added with this key). */
  get(key: string): N | undefined {
    return this.nodes.get(key);
  }

  get marked(): N[] {
    return [...this.nodes.values()];
  }

  root(node: N, why: string): N {
    return this.mark(node, { why: `root: ${why}` });
  }

  mark(node: N, reason: Reason): N {
    const existing = this.nodes.get(node.key);
    if (existing) return existing;
    node.reason = reason;
    this.nodes.set(node.key, node);
    this.queue.push(node);
    return node;
  }

  /** Called for every newly marked node, after its own dependencies (for conditional edges). */
  onMarked(listener: (node: N) => void): void {
    this.listeners.push(listener);
  }

  /** Processes the worklist until no node is left unprocessed. */
  run(): void {
    while (this.queue.length) {
      const node = this.queue.shift()!;
      this.dependenciesOf(node, { add: (dep, why) => this.mark(dep as N, { from: node, why }) });
      for (const l of this.listeners) l(node);
    }
  }

  /** The chain of reasons from a root to `node`, root first. */
  chain(node: N): { node: GraphNode; why: string }[] {
    const out: { node: GraphNode; why: string }[] = [];
    const seen = new Set<GraphNode>();
    for (let n: GraphNode | undefined = node; n && !seen.has(n); n = n.reason?.from) {
      seen.add(n);
      out.push({ node: n, why: n.reason?.why ?? '?' });
    }
    return out.reverse();
  }
}
