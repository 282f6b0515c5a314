// The kinds of things whole-program analysis decides to keep, as graph nodes.
import type { FieldDesc, MethodDesc } from '../typesystem/members.js';
import type { TypeDesc } from '../typesystem/types.js';
import { GraphNode } from './graph.js';

/** A method body that will be compiled (an exact instantiation). */
export class MethodNode extends GraphNode {
  constructor(readonly method: MethodDesc) {
    super();
  }
  get key(): string {
    return 'm' + this.method.id;
  }
  toString(): string {
    return `method ${this.method}`;
  }
}

/**
 * A type whose instances are created (newobj, box, newarr, literals): it needs a complete type
 * descriptor with every used virtual slot filled.
 */
export class ConstructedTypeNode extends GraphNode {
  constructor(readonly type: TypeDesc) {
    super();
  }
  get key(): string {
    return 'c' + this.type.id;
  }
  toString(): string {
    return `constructed type ${this.type}`;
  }
}

/** A type only cast to, tested, or named by a token: it needs a type descriptor, no vtable. */
export class TypeHandleNode extends GraphNode {
  constructor(readonly type: TypeDesc) {
    super();
  }
  get key(): string {
    return 't' + this.type.id;
  }
  toString(): string {
    return `type handle ${this.type}`;
  }
}

/** A type's static fields storage and its class constructor. */
export class StaticBaseNode extends GraphNode {
  constructor(readonly type: TypeDesc) {
    super();
  }
  get key(): string {
    return 's' + this.type.id;
  }
  toString(): string {
    return `statics of ${this.type}`;
  }
}

/** A virtual (or interface, or generic virtual) method called through dispatch. */
export class VirtualUseNode extends GraphNode {
  constructor(readonly method: MethodDesc) {
    super();
  }
  get key(): string {
    return 'v' + this.method.id;
  }
  toString(): string {
    return `virtual call of ${this.method}`;
  }
}

/** A field accessed (kept for --why and for reporting). */
export class FieldNode extends GraphNode {
  constructor(readonly field: FieldDesc) {
    super();
  }
  get key(): string {
    return 'f' + this.field.id;
  }
  toString(): string {
    return `field ${this.field}`;
  }
}

export type AnalysisNode = MethodNode | ConstructedTypeNode | TypeHandleNode | StaticBaseNode | VirtualUseNode | FieldNode;
