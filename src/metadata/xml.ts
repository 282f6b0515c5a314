// A minimal XML reader for the linker descriptor files embedded in framework assemblies
// (ILLink.Substitutions.xml, ILLink.Descriptors.xml): elements, attributes, comments, the XML
// declaration and a BOM. Text content is ignored; entities in attribute values are decoded.
import { bad } from './errors.js';

export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
}

const entities: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);/g, (m, e: string) => {
    if (e.startsWith('#x')) return String.fromCodePoint(Number.parseInt(e.slice(2), 16));
    if (e.startsWith('#')) return String.fromCodePoint(Number.parseInt(e.slice(1), 10));
    return entities[e] ?? m;
  });
}

export function parseXml(text: string, what = 'XML'): XmlElement {
  let pos = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const fail = (why: string): never => bad(`${what}: ${why} at offset ${pos}`);
  const skipMisc = () => {
    for (;;) {
      while (pos < text.length && /\s/.test(text[pos]!)) pos++;
      if (text.startsWith('<!--', pos)) {
        const end = text.indexOf('-->', pos + 4);
        if (end < 0) fail('unterminated comment');
        pos = end + 3;
      } else if (text.startsWith('<?', pos)) {
        const end = text.indexOf('?>', pos + 2);
        if (end < 0) fail('unterminated processing instruction');
        pos = end + 2;
      } else if (text.startsWith('<!', pos)) {
        const end = text.indexOf('>', pos + 2);
        if (end < 0) fail('unterminated declaration');
        pos = end + 1;
      } else return;
    }
  };
  const element = (depth: number): XmlElement => {
    if (depth > 64) fail('elements nested too deeply');
    if (text[pos] !== '<') fail("expected '<'");
    pos++;
    const nameMatch = /^[A-Za-z_][\w.:-]*/.exec(text.slice(pos, pos + 256));
    if (!nameMatch) return fail('expected an element name');
    const name = nameMatch[0];
    pos += name.length;
    const attributes: Record<string, string> = {};
    for (;;) {
      while (pos < text.length && /\s/.test(text[pos]!)) pos++;
      if (text.startsWith('/>', pos)) {
        pos += 2;
        return { name, attributes, children: [] };
      }
      if (text[pos] === '>') {
        pos++;
        break;
      }
      const attr = /^([A-Za-z_][\w.:-]*)\s*=\s*("([^"]*)"|'([^']*)')/.exec(text.slice(pos, pos + 4096));
      if (!attr) return fail(`bad attribute in <${name}>`);
      attributes[attr[1]!] = decodeEntities(attr[3] ?? attr[4] ?? '');
      pos += attr[0].length;
    }
    const children: XmlElement[] = [];
    for (;;) {
      const next = text.indexOf('<', pos);
      if (next < 0) fail(`unterminated <${name}>`);
      pos = next;
      if (text.startsWith('</', pos)) {
        const end = text.indexOf('>', pos);
        if (end < 0 || text.slice(pos + 2, end).trim() !== name) fail(`mismatched end tag for <${name}>`);
        pos = end + 1;
        return { name, attributes, children };
      }
      if (text.startsWith('<!--', pos) || text.startsWith('<?', pos) || text.startsWith('<!', pos)) {
        skipMisc();
        continue;
      }
      children.push(element(depth + 1));
    }
  };
  skipMisc();
  const root = element(0);
  skipMisc();
  if (pos < text.length) fail('content after the root element');
  return root;
}
