// The importer's one error type: a method whose IL cannot be lowered. The message is one line
// naming the assembly, the method, the IL offset and the reason.
import { ilLabel } from '../metadata/il/decoder.js';

export class ImportError extends Error {
  constructor(
    readonly assembly: string,
    /** Type::Method, the owning type with its instantiation. */
    readonly methodName: string,
    /** IL offset of the offending instruction, undefined for whole-method problems. */
    readonly offset: number | undefined,
    readonly reason: string,
    /** Set when the reason is an instruction or feature the importer does not support: its name. */
    readonly unsupported?: string,
  ) {
    super(`${assembly}: ${methodName}${offset === undefined ? '' : ' ' + ilLabel(offset)}: ${reason}`);
    this.name = 'ImportError';
  }
}

/** Thrown inside the importer; ImportMethod adds the method and offset. */
export class IlError extends Error {
  constructor(message: string, readonly unsupported?: string) {
    super(message);
  }
}

export function fail(reason: string): never {
  throw new IlError(reason);
}
