// Errors raised while decoding an assembly. The CLI turns a BadImageError into the one-line
// "not a valid .NET assembly" message; anything else escaping the reader is a dotnative bug.

export class BadImageError extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'BadImageError';
  }
}

export function bad(reason: string): never {
  throw new BadImageError(reason);
}
