/**
 * What the reader needs of `word/styles.xml`: the numbering a paragraph style carries (heading
 * styles in Chinese templates often number themselves: 标题 1 → 一、), through `basedOn`, and the
 * default paragraph style.
 */
import { child, children, parseTree, val } from './xml';

interface StyleDef {
  basedOn?: string;
  numId?: string;
  ilvl?: number;
}

export interface StyleNumbering {
  /** The numbering of paragraph style `styleId` (own or inherited), if any. */
  numbering(styleId: string | undefined): { numId: string; ilvl: number | undefined } | undefined;
  /** For numStyleLink: the numId a numbering style points at. */
  numIdOfStyle(styleId: string): string | undefined;
}

export function parseStyles(xml: string | undefined): StyleNumbering {
  const styles = new Map<string, StyleDef>();
  let defaultParagraph: string | undefined;
  if (xml) {
    for (const s of children(child(parseTree(xml), 'w:styles'), 'w:style')) {
      const id = s.attrs['w:styleId'];
      if (!id) continue;
      const numPr = child(child(s, 'w:pPr'), 'w:numPr');
      const ilvl = val(numPr, 'w:ilvl');
      styles.set(id, { basedOn: val(s, 'w:basedOn'), numId: val(numPr, 'w:numId'), ilvl: ilvl === undefined ? undefined : Number(ilvl) });
      if (s.attrs['w:type'] === 'paragraph' && /^(?:1|true|on)$/.test(s.attrs['w:default'] ?? '')) defaultParagraph = id;
    }
  }
  const resolve = (styleId: string | undefined) => {
    let id = styleId ?? defaultParagraph;
    let ilvl: number | undefined;
    for (let hops = 0; id && hops < 20; hops++) {
      const s = styles.get(id);
      if (!s) return undefined;
      if (ilvl === undefined) ilvl = s.ilvl;
      if (s.numId !== undefined) return { numId: s.numId, ilvl };
      id = s.basedOn;
    }
    return undefined;
  };
  return { numbering: resolve, numIdOfStyle: (id) => resolve(id)?.numId };
}
