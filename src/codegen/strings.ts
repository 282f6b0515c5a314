// String literals as frozen objects (dotnative.h, "Frozen objects"): each distinct literal is one
// statically initialised String object, defined once in the data unit and declared by every unit
// that loads it, so `(object)"a" == (object)"a"` holds across the whole program as it does under
// the JIT (literals are interned). Names come from the text (names.ts), so they are stable.
import type { CNames } from './names.js';

export class Strings {
  private readonly used = new Map<string, string>();

  constructor(private readonly names: CNames) {}

  /** Registers a literal; returns its symbol. */
  use(value: string): string {
    let n = this.used.get(value);
    if (!n) this.used.set(value, (n = this.names.stringLiteral(value)));
    return n;
  }

  declaration(value: string): string {
    return `extern DN_STRING_LITERAL_TYPE(${value.length}) ${this.use(value)};`;
  }

  /** Every literal used, sorted by symbol. */
  all(): { name: string; value: string }[] {
    return [...this.used.entries()].map(([value, name]) => ({ name, value })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  }

  /** The definitions, given the String MethodTable's symbol. */
  definitions(stringMt: string): string[] {
    return this.all().map(({ name, value }) =>
      `DN_STRING_LITERAL_TYPE(${value.length}) ${name} = {{0, 0}, &${stringMt}, ${value.length}, ${utf16Initializer(value)}};`);
  }
}

/** A C initializer for the UTF-16 code units of s plus the terminating NUL. */
export function utf16Initializer(s: string): string {
  let text = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x22) text += '\\"';
    else if (c === 0x5c) text += '\\\\';
    else if (c === 0x0a) text += '\\n';
    else if (c === 0x0d) text += '\\r';
    else if (c === 0x09) text += '\\t';
    else if (c >= 0x20 && c < 0x7f) text += s[i];
    else {
      const units: string[] = [];
      for (let k = 0; k < s.length; k++) units.push('0x' + s.charCodeAt(k).toString(16));
      units.push('0');
      return `{${units.join(', ')}}`;
    }
  }
  return `u"${text}"`;
}
