/**
 * The text of `word/document.xml` as Word shows it, paragraph by paragraph: numbering labels
 * rendered (numbering.ts), tracked insertions kept and deletions dropped, fields by their shown
 * result, hidden text and phonetic guides left out, each table row one line with its cells
 * separated by a tab. Footnotes and comments live in other parts and are not read; a footnote
 * reference mark is no text either. Everything else is passed through untouched.
 */
import { NumberingState } from './numbering';
import type { StyleNumbering } from './styles';
import { walkXml } from './xml';

/** One line-producing unit: a body paragraph or a table row. */
export interface Block {
  kind: 'paragraph' | 'table-row';
  /** May hold `\n` where the paragraph has a line break (Shift+Enter). */
  text: string;
}

interface Para {
  text: string;
  style?: string;
  numId?: string;
  ilvl?: number;
  markDeleted: boolean;
}

/** Elements whose whole content Word does not show (or shows as something else). */
const SKIP = new Set(['w:del', 'w:moveFrom', 'w:instrText', 'w:delInstrText', 'w:pPrChange', 'w:rPrChange', 'w:sectPrChange', 'w:tblPrChange', 'w:trPrChange', 'w:tcPrChange', 'w:numberingChange', 'w:rt', 'mc:Fallback', 'w:footnotePr', 'w:endnotePr']);

export function readBody(xml: string, numbering: NumberingState, styles: StyleNumbering): Block[] {
  const blocks: Block[] = [];
  const stack: string[] = [];
  const paras: Para[] = [];
  /** Text boxes inside a paragraph: their paragraphs follow it. */
  const floating: string[][] = [];
  /** Per open table row: its cells, each a list of paragraph texts. */
  const rows: string[][][] = [];
  let skip = 0;
  let hiddenRun = false;
  /** Complex fields: true while in the instruction part (hidden), false in the shown result. */
  const fields: boolean[] = [];
  let carried = '';

  const shown = () => skip === 0 && !hiddenRun && !fields.includes(true);
  const add = (s: string) => {
    if (paras.length && shown()) paras[paras.length - 1].text += s;
  };
  const emit = (text: string) => {
    if (rows.length) {
      const row = rows[rows.length - 1];
      if (row.length) row[row.length - 1].push(text);
    } else if (paras.length) floating[floating.length - 1].push(text);
    else blocks.push({ kind: 'paragraph', text });
  };

  walkXml(xml, {
    open(name, attrs) {
      // saxes reports a close for self-closing elements too, so every element is on the stack.
      stack.push(name);
      const parent = stack[stack.length - 2];
      // A paragraph mark deleted with changes tracked: the paragraph runs on into the next.
      if ((name === 'w:del' || name === 'w:moveFrom') && parent === 'w:rPr' && stack[stack.length - 3] === 'w:pPr' && paras.length && !skip) {
        paras[paras.length - 1].markDeleted = true;
      }
      if (SKIP.has(name)) {
        skip++;
        return;
      }
      if (skip) return;
      switch (name) {
        case 'w:p':
          paras.push({ text: '', markDeleted: false });
          floating.push([]);
          break;
        case 'w:pStyle':
          if (parent === 'w:pPr' && paras.length) paras[paras.length - 1].style = attrs['w:val'];
          break;
        case 'w:numId':
          if (parent === 'w:numPr' && paras.length) paras[paras.length - 1].numId = attrs['w:val'];
          break;
        case 'w:ilvl':
          if (parent === 'w:numPr' && paras.length) paras[paras.length - 1].ilvl = Number(attrs['w:val'] ?? 0);
          break;
        case 'w:r':
          hiddenRun = false;
          break;
        case 'w:vanish':
          if (parent === 'w:rPr' && stack[stack.length - 3] === 'w:r') hiddenRun = !/^(?:0|false|off)$/i.test(attrs['w:val'] ?? '');
          break;
        case 'w:fldChar': {
          const type = attrs['w:fldCharType'];
          if (type === 'begin') fields.push(true);
          else if (type === 'separate' && fields.length) fields[fields.length - 1] = false;
          else if (type === 'end') fields.pop();
          break;
        }
        case 'w:tab':
          if (parent === 'w:r') add('\t');
          break;
        case 'w:br':
          if (attrs['w:type'] !== 'page' && attrs['w:type'] !== 'column') add('\n');
          break;
        case 'w:cr':
          add('\n');
          break;
        case 'w:noBreakHyphen':
          add('-');
          break;
        case 'w:sym': {
          const code = parseInt(attrs['w:char'] ?? '', 16);
          if (Number.isFinite(code)) add(code >= 0xf000 && code <= 0xf0ff ? String.fromCharCode(code - 0xf000) : String.fromCharCode(code));
          break;
        }
        case 'w:tr':
          rows.push([]);
          break;
        case 'w:tc':
          rows[rows.length - 1]?.push([]);
          break;
      }
    },
    close(name) {
      stack.pop();
      if (SKIP.has(name)) {
        skip--;
        return;
      }
      if (skip) return;
      if (name === 'w:r') hiddenRun = false;
      else if (name === 'w:p') {
        const p = paras.pop()!;
        const boxes = floating.pop()!;
        if (p.markDeleted && !rows.length) {
          carried += p.text;
          return;
        }
        emit(labelOf(p, numbering, styles) + carried + p.text);
        carried = '';
        for (const box of boxes) emit(box);
      } else if (name === 'w:tr') {
        const cells = rows.pop() ?? [];
        const text = cells.map((c) => c.join(' ')).join('\t');
        if (rows.length) emit(text);
        else if (paras.length) floating[floating.length - 1].push(text);
        else blocks.push({ kind: 'table-row', text });
      }
    },
    text(t) {
      const top = stack[stack.length - 1];
      if (top === 'w:t') add(t);
    },
  });
  if (carried) blocks.push({ kind: 'paragraph', text: carried });
  return blocks;
}

/** The numbering label Word draws before a paragraph, with the gap after it when it is text. */
function labelOf(p: Para, numbering: NumberingState, styles: StyleNumbering): string {
  let numId = p.numId;
  let ilvl = p.ilvl;
  if (numId === undefined) {
    const fromStyle = styles.numbering(p.style);
    if (!fromStyle) return '';
    numId = fromStyle.numId;
    ilvl = ilvl ?? fromStyle.ilvl ?? (p.style ? numbering.levelForStyle(numId, p.style) : 0);
  }
  const { text, suff } = numbering.label(numId, ilvl ?? 0);
  if (!text) return '';
  // `一、` and `（一）` end in punctuation: Word's tab after them is layout, not text. After a
  // label that ends in a word (`第一章`), the gap separates two words: keep one space.
  return suff !== 'nothing' && /[\p{L}\p{N}]$/u.test(text) ? `${text} ` : text;
}
