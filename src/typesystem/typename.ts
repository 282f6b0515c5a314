// Parses the type names users write on the command line: `Namespace.Outer+Inner`, generic
// instantiations as `List`1<System.Int32>` or `List<int>`, arrays `T[]`/`T[,]`, pointers `T*`,
// and C# keywords for primitives. Names are looked up in the given assembly first, then CoreLib.
import type { AssemblyFile } from '../metadata/assembly.js';
import type { PrimitiveKind } from '../metadata/signatures.js';
import { type TypeSystemContext, TypeNotFoundError } from './context.js';
import type { DefType, TypeDesc } from './types.js';

const keywords: Record<string, PrimitiveKind> = {
  void: 'void', bool: 'bool', char: 'char', sbyte: 'i1', byte: 'u1', short: 'i2', ushort: 'u2', int: 'i4',
  uint: 'u4', long: 'i8', ulong: 'u8', float: 'r4', double: 'r8', nint: 'i', nuint: 'u', string: 'string',
  object: 'object',
};

export function parseTypeName(ctx: TypeSystemContext, file: AssemblyFile, text: string): TypeDesc {
  let pos = 0;
  const s = text.trim();
  const fail = (why: string): never => {
    throw new TypeNotFoundError(`cannot parse type name '${text}': ${why}`);
  };
  const lookup = (name: string, arity: number): DefType => {
    const candidates = arity > 0 && !/`\d+$/.test(name) ? [`${name}\`${arity}`, name] : [name];
    for (const n of candidates) {
      for (const f of [file, ctx.coreLib]) {
        const h = ctx.loader.findType(f, n);
        if (h) return ctx.typeForDefinition(h.assembly, h.rid);
      }
    }
    throw new TypeNotFoundError(`${file.name} has no type ${name}${arity ? ` with ${arity} type parameters` : ''}`);
  };
  const parse = (): TypeDesc => {
    const start = pos;
    while (pos < s.length && !'<>,[]*&'.includes(s[pos]!)) pos++;
    const name = s.slice(start, pos).trim();
    if (!name) fail(`expected a name at position ${start}`);
    const args: TypeDesc[] = [];
    if (s[pos] === '<') {
      pos++;
      for (;;) {
        args.push(parse());
        if (s[pos] === ',') pos++;
        else if (s[pos] === '>') { pos++; break; }
        else fail(`expected ',' or '>' at position ${pos}`);
      }
    }
    let t: TypeDesc;
    if (keywords[name] && !args.length) t = ctx.primitive(keywords[name]);
    else {
      const def = lookup(name, args.length);
      t = args.length ? ctx.instantiate(def, args) : def;
    }
    for (;;) {
      if (s[pos] === '[') {
        let rank = 1;
        pos++;
        while (s[pos] === ',') { rank++; pos++; }
        if (s[pos] !== ']') fail(`expected ']' at position ${pos}`);
        pos++;
        t = ctx.arrayType(t, rank === 1 ? -1 : rank);
      } else if (s[pos] === '*') {
        pos++;
        t = ctx.pointerType(t);
      } else break;
    }
    return t;
  };
  const t = parse();
  if (pos !== s.length) fail(`unexpected '${s[pos]}' at position ${pos}`);
  return t;
}
