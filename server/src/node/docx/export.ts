/**
 * A draft as a GB/T 9704-2012 Word document, written with the `docx` library: layout.ts has the
 * numbers. Every line of the draft becomes one paragraph with its text unchanged, except residue
 * (web chrome, Word bookmarks), which is left out, and the typed indentation, which the layout
 * replaces. Findings never stop an export: the caller reports how many errors remain.
 */
import {
  AlignmentType, Document, DocumentGridType, Footer, LineRuleType, Packer, PageNumber, Paragraph, TextRun,
  type IParagraphOptions, type IRunOptions,
} from 'docx';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { lintModel, parse, type DocumentModel, type Heading, type LintOptions } from '../../core';
import { CHAR_CONDENSE, CHAR_PITCH, FONT_TABLE, FONTS, FOOTER_DISTANCE, HEADER_DISTANCE, LINE_PITCH, MARGIN, PAGE, SIZE } from './layout';

export interface ExportResult {
  bytes: Uint8Array;
  /** Findings of error severity in the draft as exported. */
  errors: number;
  /** Lines left out as residue. */
  residueLines: number;
}

const font = (name: string): IRunOptions['font'] => ({ ascii: name, hAnsi: name, eastAsia: name, cs: name });
const run = (text: string, face: string, extra: Partial<IRunOptions> = {}) => new TextRun({ text, font: font(face), size: SIZE.body, characterSpacing: CHAR_CONDENSE, ...extra });
const EXACT = { line: LINE_PITCH, lineRule: LineRuleType.EXACT };
/** Two characters: in characters for Word and WPS, in twips for LibreOffice, which reads only those. */
const FIRST_LINE = { firstLineChars: 200, firstLine: Math.round(2 * CHAR_PITCH) };

/** Width in grid characters: CJK and full-width forms one, everything else half. */
function widthOf(text: string): number {
  let w = 0;
  for (const ch of text) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u2014\u2026\u201c\u201d\u2018\u2019]/u.test(ch) || ch.codePointAt(0)! > 0xffff ? 1 : 0.5;
  return w;
}

/** The heading font of a level: 一、黑体, （一）楷体, 1. and （1） the body's 仿宋. */
const headingFont = (level: number) => (level === 1 ? FONTS.level1 : level === 2 ? FONTS.level2 : FONTS.body);

function headingRuns(h: Heading, text: string, start: number): TextRun[] {
  const face = headingFont(h.level);
  if (!h.runIn) return [run(text.slice(start), face)];
  // A run-in heading keeps its body on the same paragraph, in the body font; the heading runs
  // up to and including its 。.
  const cut = Math.min(text.length, h.textEnd + (text[h.textEnd] === '。' ? 1 : 0));
  return [run(text.slice(start, cut), face), run(text.slice(cut), FONTS.body)];
}

/** The text of line i without residue spans; null for a residue line. */
function lineText(model: DocumentModel, i: number): string | null {
  const line = model.lines[i];
  if (line.kind === 'residue') return null;
  let text = line.text;
  const spans = model.residue.filter((r) => r.line === i && !r.wholeLine).sort((a, b) => b.start - a.start);
  for (const r of spans) text = text.slice(0, r.start) + text.slice(r.end);
  return text;
}

/**
 * One paragraph per line of text. Blank lines are the draft's spacing, not its text: GB/T 9704
 * has none between paragraphs, and one empty line below the title and above the signature,
 * which become spacing before the paragraph that follows them.
 */
function paragraphs(model: DocumentModel): Paragraph[] {
  const out: Paragraph[] = [];
  const headings = new Map(model.headings.map((h) => [h.line, h]));
  const titleLines = new Set(model.title?.lines ?? []);
  const dateText = model.dateLine === null ? '' : (lineText(model, model.dateLine) ?? '').trim();
  const closing = model.signatureLine ?? model.dateLine;
  let afterTitle = false;
  for (let i = 0; i < model.lines.length; i++) {
    const raw = lineText(model, i);
    if (raw === null || raw.trim() === '') continue;
    const text = raw.trim();
    const h = headings.get(i);
    const gap = afterTitle && !titleLines.has(i) ? LINE_PITCH : i === closing ? LINE_PITCH : 0;
    const base: IParagraphOptions = { spacing: { ...EXACT, before: gap }, alignment: AlignmentType.JUSTIFIED };
    afterTitle = titleLines.has(i);
    if (afterTitle) {
      // Off the grid: in LibreOffice a 2号 character would otherwise take two cells.
      out.push(new Paragraph({ ...base, alignment: AlignmentType.CENTER, children: [new TextRun({ text, font: font(FONTS.title), size: SIZE.title, snapToGrid: false })] }));
    } else if (i === model.addresseeLine) {
      out.push(new Paragraph({ ...base, children: [run(text, FONTS.body)] }));
    } else if (h) {
      const lead = raw.length - raw.trimStart().length;
      out.push(new Paragraph({ ...base, indent: FIRST_LINE, children: headingRuns(h, raw.trimEnd(), lead) }));
    } else if (i === model.dateLine) {
      out.push(new Paragraph({ ...base, alignment: AlignmentType.RIGHT, indent: { right: Math.round(4 * CHAR_PITCH) }, children: [run(text, FONTS.body)] }));
    } else if (i === model.signatureLine) {
      // Centred over the date, which stands four characters in from the right.
      const right = dateText ? Math.max(0, 4 + widthOf(dateText) / 2 - widthOf(text) / 2) : 2;
      out.push(new Paragraph({ ...base, alignment: AlignmentType.RIGHT, indent: { right: Math.round(right * CHAR_PITCH) }, children: [run(text, FONTS.body)] }));
    } else {
      out.push(new Paragraph({ ...base, indent: FIRST_LINE, children: [run(text, FONTS.body)] }));
    }
  }
  return out;
}

/** `— 1 —` in 4号 宋体, one character in from the outer edge: right on odd pages, left on even. */
function pageNumber(odd: boolean): Footer {
  const face = font(FONTS.pageNumber);
  return new Footer({
    children: [
      new Paragraph({
        alignment: odd ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: odd ? { right: Math.round(CHAR_PITCH) } : { left: Math.round(CHAR_PITCH) },
        children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'], font: face, size: SIZE.pageNumber, snapToGrid: false })],
      }),
    ],
  });
}

/** fontTable.xml naming each font with the one to take where it is missing. */
function fontTable(): string {
  const fonts = FONT_TABLE.map((f) => `<w:font w:name="${f.name}"><w:altName w:val="${f.altName}"/><w:charset w:val="86"/><w:family w:val="${f.family}"/><w:pitch w:val="variable"/></w:font>`).join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">${fonts}</w:fonts>`;
}

function withFontTable(bytes: Uint8Array): Uint8Array {
  const files = unzipSync(bytes);
  files['word/fontTable.xml'] = strToU8(fontTable());
  // The docx library's font table may be referenced with embedding relationships we replace.
  if (files['word/_rels/fontTable.xml.rels']) delete files['word/_rels/fontTable.xml.rels'];
  if (!strFromU8(files['[Content_Types].xml']).includes('/word/fontTable.xml')) {
    files['[Content_Types].xml'] = strToU8(strFromU8(files['[Content_Types].xml']).replace('</Types>', '<Override PartName="/word/fontTable.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml"/></Types>'));
  }
  return zipSync(files, { level: 6 });
}

/** The draft `text` as a GB/T 9704 .docx. */
export async function exportDocx(text: string, options: LintOptions = {}): Promise<ExportResult> {
  const model = parse(text);
  const errors = lintModel(model, options).findings.filter((f) => f.severity === 'error').length;
  const doc = new Document({
    evenAndOddHeaderAndFooters: true,
    styles: {
      default: {
        document: { run: { font: font(FONTS.body), size: SIZE.body }, paragraph: { spacing: EXACT } },
      },
      // The grid's character pitch is relative to the Normal style's size, which LibreOffice reads
      // from the style itself, not from the document defaults.
      paragraphStyles: [{ id: 'Normal', name: 'Normal', run: { font: font(FONTS.body), size: SIZE.body }, paragraph: { spacing: EXACT } }],
    },
    sections: [
      {
        properties: {
          page: { size: PAGE, margin: { ...MARGIN, header: HEADER_DISTANCE, footer: FOOTER_DISTANCE, gutter: 0 } },
          grid: { type: DocumentGridType.LINES, linePitch: LINE_PITCH },
        },
        footers: { default: pageNumber(true), even: pageNumber(false) },
        children: paragraphs(model),
      },
    ],
  });
  const bytes = withFontTable(new Uint8Array(await Packer.toBuffer(doc)));
  return { bytes, errors, residueLines: model.lines.filter((l) => l.kind === 'residue').length };
}
