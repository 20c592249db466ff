/**
 * Test helpers that build .docx files: from raw WordprocessingML parts (to reach every corner of
 * the reader), and from a report's text with its heading labels turned into the `docx` library's
 * automatic numbering (a producer other than our exporter).
 */
import { zipSync, strToU8 } from 'fflate';
import { AlignmentType, Document, LevelFormat, Packer, Paragraph } from 'docx';
import { parse } from '../../server/src/core';
import { formatNumber } from '../../server/src/node/docx/num-format';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

/** A .docx from a body (the inside of `<w:body>`), optional numbering and styles (inside their roots). */
export function rawDocx(parts: { body: string; numbering?: string; styles?: string; prefix?: string }): Uint8Array {
  const p = parts.prefix ?? 'w';
  const ns = p === 'w' ? W : `xmlns:${p}="http://schemas.openxmlformats.org/wordprocessingml/2006/main"`;
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'),
    '_rels/.rels': strToU8('<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'),
    'word/document.xml': strToU8(`<?xml version="1.0" encoding="UTF-8"?><${p}:document ${ns} xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><${p}:body>${parts.body}</${p}:body></${p}:document>`),
  };
  if (parts.numbering) files['word/numbering.xml'] = strToU8(`<?xml version="1.0"?><w:numbering ${W}>${parts.numbering}</w:numbering>`);
  if (parts.styles) files['word/styles.xml'] = strToU8(`<?xml version="1.0"?><w:styles ${W}>${parts.styles}</w:styles>`);
  return zipSync(files);
}

/** `<w:p>` with optional numbering and runs of text. */
export function para(text: string, opts: { numId?: number; ilvl?: number; style?: string } = {}): string {
  const numPr = opts.numId === undefined ? '' : `<w:numPr><w:ilvl w:val="${opts.ilvl ?? 0}"/><w:numId w:val="${opts.numId}"/></w:numPr>`;
  const style = opts.style ? `<w:pStyle w:val="${opts.style}"/>` : '';
  return `<w:p><w:pPr>${style}${numPr}</w:pPr><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
}

/** A report line either typed as is or as a numbered paragraph (level 0–3) whose label Word draws. */
export type NumberedLine = { text: string; level: number | null };

/** Word number formats for the ordinals of heading levels 1–4 (一 二 三 for 1–2, 1 2 3 for 3–4). */
const FORMATS = ['chineseCounting', 'chineseCounting', 'decimal', 'decimal'];

/**
 * Splits a report into lines, giving automatic numbering to every heading whose typed label is
 * exactly what Word's counters would draw at that point, and leaving the rest typed so that the
 * document shows the same text (wrong sequences stay wrong, as the author typed them). Each
 * level's label text (`%1、`, `(%2)`, with any indentation and space the author typed) is taken
 * from the first heading of that level.
 */
export function autoNumberLines(text: string): { lines: NumberedLine[]; lvlText: string[] } {
  const model = parse(text);
  const counts: number[] = [];
  const lvlText: string[] = [];
  const byLine = new Map(model.headings.map((h) => [h.line, h]));
  const lines = model.lines.map((line): NumberedLine => {
    const h = byLine.get(line.index);
    const level = h ? h.level - 1 : -1;
    if (!h || !h.label || h.ordinal === null || level > 3) return { text: line.text, level: null };
    const end = h.labelEnd + h.spaceAfterLabel;
    const typed = line.text.slice(0, end);
    const shown = formatNumber(h.ordinal, FORMATS[level]);
    const at = typed.indexOf(shown, h.labelStart);
    if (at < 0) return { text: line.text, level: null };
    const form = `${typed.slice(0, at)}%${level + 1}${typed.slice(at + shown.length)}`;
    lvlText[level] ??= form;
    const next = (counts[level] ?? 0) + 1;
    if (form !== lvlText[level] || h.ordinal !== next) return { text: line.text, level: null };
    counts[level] = next;
    counts.length = level + 1;
    return { text: line.text.slice(end), level };
  });
  return { lines, lvlText };
}

/** The report as a .docx made by the `docx` library, headings numbered automatically where they can be. */
export async function docxWithAutoNumbering(text: string): Promise<Uint8Array> {
  const { lines, lvlText } = autoNumberLines(text);
  const levels = FORMATS.map((format, level) => ({
    level,
    format: format === 'decimal' ? LevelFormat.DECIMAL : LevelFormat.CHINESE_COUNTING,
    text: lvlText[level] ?? `%${level + 1}.`,
    alignment: AlignmentType.LEFT,
  }));
  const doc = new Document({
    numbering: { config: [{ reference: 'headings', levels }] },
    sections: [
      {
        children: lines.map((l) =>
          l.level === null ? new Paragraph({ text: l.text }) : new Paragraph({ text: l.text, numbering: { reference: 'headings', level: l.level } }),
        ),
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
