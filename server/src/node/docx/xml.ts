/**
 * XML for the Word reader, on saxes (a small, spec-following streaming parser). Element names are
 * normalised to the `w:` prefix for WordprocessingML whatever prefix the producer bound to it, so
 * the rest of the reader can compare names as Word writes them.
 */
import { SaxesParser } from 'saxes';

const WML = new Set(['http://schemas.openxmlformats.org/wordprocessingml/2006/main', 'http://purl.oclc.org/ooxml/wordprocessingml/main']);

export interface XmlHandlers {
  open(name: string, attrs: Record<string, string>): void;
  /** Called for every element, self-closing ones included. */
  close(name: string): void;
  text?(text: string): void;
}

/** Thrown for XML that does not parse: the caller turns it into "damaged document". */
export class XmlError extends Error {}

/** Streams `xml` through `handlers`; names and attribute names use the `w:` prefix for WordprocessingML. */
export function walkXml(xml: string, handlers: XmlHandlers): void {
  const parser = new SaxesParser();
  let prefix = 'w';
  let rootSeen = false;
  const norm = (name: string) => (prefix !== 'w' && name.startsWith(prefix + ':') ? 'w:' + name.slice(prefix.length + 1) : name);
  parser.on('opentag', (tag) => {
    if (!rootSeen) {
      rootSeen = true;
      for (const [k, v] of Object.entries(tag.attributes)) if (k.startsWith('xmlns:') && WML.has(v as string)) prefix = k.slice(6);
    }
    const attrs: Record<string, string> = {};
    for (const [k, v] of Object.entries(tag.attributes)) attrs[norm(k)] = v as string;
    handlers.open(norm(tag.name), attrs);
  });
  parser.on('closetag', (tag) => handlers.close(norm(tag.name)));
  if (handlers.text) {
    const text = handlers.text;
    parser.on('text', text);
    parser.on('cdata', text);
  }
  parser.on('error', (e) => {
    throw new XmlError(e.message);
  });
  parser.write(xml).close();
}

/** A small element tree, for the short parts (numbering, styles) that are easier to query than to stream. */
export interface XmlNode {
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
}

export function parseTree(xml: string): XmlNode {
  const root: XmlNode = { name: '#root', attrs: {}, children: [] };
  const stack: XmlNode[] = [root];
  walkXml(xml, {
    open(name, attrs) {
      const node = { name, attrs, children: [] };
      stack[stack.length - 1].children.push(node);
      stack.push(node);
    },
    close() {
      stack.pop();
    },
  });
  return root;
}

export function child(node: XmlNode | undefined, name: string): XmlNode | undefined {
  return node?.children.find((c) => c.name === name);
}

export function children(node: XmlNode | undefined, name: string): XmlNode[] {
  return node ? node.children.filter((c) => c.name === name) : [];
}

/** `w:val` of a child element, e.g. val(lvl, 'w:numFmt'). */
export function val(node: XmlNode | undefined, name: string): string | undefined {
  return child(node, name)?.attrs['w:val'];
}

/** An on/off property (`<w:b/>`, `<w:vanish w:val="false"/>`). */
export function isOn(attrs: Record<string, string> | undefined): boolean {
  if (!attrs) return false;
  const v = attrs['w:val'];
  return v === undefined || !/^(?:0|false|off)$/i.test(v);
}
