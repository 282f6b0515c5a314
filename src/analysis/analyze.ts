// Whole-program analysis: marks everything reachable from the roots (the entry point plus what
// the runtime needs), resolving virtual and interface calls against the types actually
// constructed — a virtual method's override is compiled only if its type is allocated somewhere
// and the slot is called somewhere. The result lists what codegen must emit, and every node
// keeps the reason it was kept (`--why`).
import { AmbiguousImplementationError, interfacesOf, resolveInterfaceMethod } from '../typesystem/interfaces.js';
import type { MethodDesc } from '../typesystem/members.js';
import { ArrayType, DefType, type TypeDesc } from '../typesystem/types.js';
import { TypeLoadError, resolveVirtualMethod } from '../typesystem/vtable.js';
import { DependencyGraph } from './graph.js';
import {
  type AnalysisNode, ConstructedTypeNode, FieldNode, MethodNode, StaticBaseNode, TypeHandleNode, VirtualUseNode,
} from './nodes.js';
import { type ScanEnvironment, scanMethod } from './scanner.js';
import type { Substitutions } from './substitutions.js';
import { ConstantMethods } from './constant-methods.js';
import { isTooDeep } from './generic-depth.js';

export interface Root {
  method: MethodDesc;
  why: string;
}

export interface AnalysisResult {
  graph: DependencyGraph<AnalysisNode>;
  methods: MethodDesc[];
  constructedTypes: TypeDesc[];
  typeHandles: TypeDesc[];
  staticBases: TypeDesc[];
  virtualUses: MethodDesc[];
  /** Generic instantiations left out as too deep (unbounded generic recursion, IL3054). */
  cutOff: Set<MethodDesc>;
}

export function analyzeProgram(roots: Root[], substitutions: Substitutions): AnalysisResult {
  const env: ScanEnvironment = { substitutions, constants: new ConstantMethods(substitutions) };
  const cutOff = new Set<MethodDesc>();
  const graph = new DependencyGraph<AnalysisNode>((node, sink) => dependenciesOf(node, {
    add(n, why) {
      if (n instanceof MethodNode && isTooDeep(n.method)) cutOff.add(n.method);
      else sink.add(n, why);
    },
  }, env));
  // Conditional edges: (constructed type T) x (virtual use V) -> implementation of V on T.
  const constructed: (DefType | ArrayType)[] = [];
  const usesByOwner = new Map<DefType, VirtualUseNode[]>();
  const connect = (t: DefType | ArrayType, use: VirtualUseNode) => {
    const impl = implementationOn(t, use.method);
    if (impl && !impl.isAbstract && isTooDeep(impl)) cutOff.add(impl);
    else if (impl && !impl.isAbstract) {
      graph.mark(new MethodNode(impl), { from: use, why: `override on constructed type ${t}` });
    }
  };
  graph.onMarked((node) => {
    if (node instanceof ConstructedTypeNode) {
      const t = node.type;
      if (!(t instanceof DefType) && !(t instanceof ArrayType)) return;
      constructed.push(t);
      for (const owner of dispatchOwners(t)) for (const use of usesByOwner.get(owner) ?? []) connect(t, use);
    } else if (node instanceof VirtualUseNode) {
      const owner = node.method.owningType;
      if (!(owner instanceof DefType)) return;
      const def = owner.typeDefinition;
      let list = usesByOwner.get(def);
      if (!list) usesByOwner.set(def, (list = []));
      list.push(node);
      for (const t of constructed) if (dispatchOwners(t).has(def)) connect(t, node);
    }
  });
  for (const r of roots) graph.root(new MethodNode(r.method), r.why);
  graph.run();
  const result: AnalysisResult = { graph, methods: [], constructedTypes: [], typeHandles: [], staticBases: [], virtualUses: [], cutOff };
  for (const n of graph.marked) {
    if (n instanceof MethodNode) result.methods.push(n.method);
    else if (n instanceof ConstructedTypeNode) result.constructedTypes.push(n.type);
    else if (n instanceof TypeHandleNode) result.typeHandles.push(n.type);
    else if (n instanceof StaticBaseNode) result.staticBases.push(n.type);
    else if (n instanceof VirtualUseNode) result.virtualUses.push(n.method);
  }
  return result;
}

/** Open definitions of every class and interface a virtual call on `t` can be declared on. */
const ownerCache = new WeakMap<TypeDesc, Set<DefType>>();
function dispatchOwners(t: DefType | ArrayType): Set<DefType> {
  let set = ownerCache.get(t);
  if (set) return set;
  set = new Set();
  for (let b: TypeDesc | undefined = t; b; b = b.baseType) if (b instanceof DefType) set.add(b.typeDefinition);
  for (const i of interfacesOf(t)) set.add(i.typeDefinition);
  ownerCache.set(t, set);
  return set;
}

function implementationOn(t: DefType | ArrayType, method: MethodDesc): MethodDesc | undefined {
  try {
    const owner = method.owningType;
    if (owner instanceof DefType && owner.isInterface) {
      if (method.isStatic) return undefined;
      return resolveInterfaceMethod(t, method);
    }
    return resolveVirtualMethod(t, method);
  } catch (e) {
    // A type that derives from the definition with other arguments, or a diamond: not a target.
    if (e instanceof TypeLoadError || e instanceof AmbiguousImplementationError) return undefined;
    if (e instanceof Error && /does not derive from/.test(e.message)) return undefined;
    throw e;
  }
}

function dependenciesOf(node: AnalysisNode, sink: { add(n: AnalysisNode, why: string): void }, env: ScanEnvironment): void {
  if (node instanceof MethodNode) {
    const owner = node.method.owningType;
    sink.add(new TypeHandleNode(owner), 'declaring type');
    scanMethod(node.method, sink, env);
  } else if (node instanceof ConstructedTypeNode) {
    const t = node.type;
    sink.add(new TypeHandleNode(t), 'constructed');
    if (t instanceof DefType) {
      const fin = finalizerOf(t);
      if (fin) sink.add(new MethodNode(fin), 'finalizer');
    }
  } else if (node instanceof TypeHandleNode) {
    const t = node.type;
    if (t.baseType) sink.add(new TypeHandleNode(t.baseType), 'base type');
    if (t instanceof ArrayType) sink.add(new TypeHandleNode(t.elementType), 'element type');
  } else if (node instanceof StaticBaseNode) {
    const t = node.type;
    if (t instanceof DefType) {
      const cctor = t.methods.find((m) => m.isStaticConstructor);
      if (cctor) sink.add(new MethodNode(cctor), 'class constructor');
    }
  } else if (node instanceof FieldNode) {
    // Fields need nothing by themselves; kept for --why.
  }
}

/** The Finalize override of a type other than Object's own (which does nothing). */
function finalizerOf(t: DefType): MethodDesc | undefined {
  const object = t.ctx.wellKnown('System.Object');
  if (t === object || t.isValueType || t.isInterface) return undefined;
  const decl = object.methods.find((m) => m.name === 'Finalize');
  if (!decl) return undefined;
  const impl = resolveVirtualMethod(t, decl);
  return impl.owningType === object ? undefined : impl;
}
