/**
 * One pass over a draft's report text that every text rule (punctuation, numbers, 文号,
 * placeholders, wording) starts from. Each of those rules looks for rare characters — an ASCII
 * comma between Han characters, a `号` after a digit, a `《` — so the pass that doubled-word makes
 * anyway notes where candidates stand (doubled-scan.ts), and this module decides afterwards which
 * are hits: eight regex passes, or even one more loop over every character, would cost more than
 * the 20 KB check takes today. The hits are sorted into one list per group of rules, so that no
 * rule walks the others' hits; a model's scan is made once, on first use.
 */
import type { DocumentModel } from '../model';
import { EASILY_CONFUSED } from './data/confusables';
import { CANDIDATES, doubledPhrases, type Noting } from './doubled-scan';

/** Trigger characters of one group, in document order. */
export interface Hits {
  /** Offsets in `model.text`. */
  readonly at: readonly number[];
  /** The line index of each offset. */
  readonly line: readonly number[];
}

/** The scan of a model: one `Hits` per group, and the doubled phrases. */
export interface TextScan {
  readonly groups: readonly Hits[];
  /** Per line that has any (line index, then `[offset, length]`s): what doubled-word reports. */
  readonly doubled: ReadonlyArray<readonly [number, ReadonlyArray<readonly [number, number]>]>;
}

// When a character is a hit (`WHEN`).
const ALWAYS = 1;
/** When it repeats the character before (`。。`). */
const WHEN_DOUBLED = 2;
const AFTER_DIGIT = 3;
/** After a numeral (`十四五`, `十九大`, `六中全会`). */
const AFTER_NUMERAL = 4;
/** After an opening bracket or a space (`【 】`). */
const CLOSING = 5;

/** The groups of rules that share trigger characters; a character may serve several. */
export enum Group {
  Punct = 0, // punctuation-width
  Number, // number-form, document-number
  Mark, // placeholder
  Stale, // stale-content
  Cited, // superseded-basis
  Request, // request-in-report
  Confused, // easily-confused
}
const GROUP_COUNT = 7;
const PUNCT = 1 << Group.Punct;
const NUMBER = 1 << Group.Number;
const MARK = 1 << Group.Mark;

/**
 * Per character: when it is a hit (0: never), and the groups it serves. Module constants of
 * 65,536 entries, so the compiler knows every `charCodeAt` indexes them inside their bounds.
 */
const WHEN = new Uint8Array(65536);
const GROUP = new Uint8Array(65536);
/** What must stand before an AFTER_NUMERAL or CLOSING character: that value. */
const AFTER_CHAR = new Uint8Array(65536);
/** The characters marked, so the tables below are filled from them and not from all 65,536 (start-up time). */
const MARKED = new Set<number>();
const mark = (chars: string, when: number, group: number) => {
  for (const ch of chars) {
    const c = ch.charCodeAt(0);
    MARKED.add(c);
    // A character marked for two reasons is a hit always (its rules check the rest themselves).
    WHEN[c] = WHEN[c] && WHEN[c] !== when ? ALWAYS : when;
    GROUP[c] |= group;
  }
};
mark(',;:?!"', ALWAYS, PUNCT);
mark('()', ALWAYS, PUNCT | MARK);
mark('。，、；：', WHEN_DOUBLED, PUNCT);
mark('-~–－', ALWAYS, NUMBER);
mark('一', AFTER_DIGIT, NUMBER); // `2021一2025年`: 一 as a dash; it is far too common to note otherwise
for (let c = 0xff10; c <= 0xff19; c++) mark(String.fromCharCode(c), ALWAYS, NUMBER); // full-width digits
mark('余号年', AFTER_DIGIT, NUMBER);
mark('xX×*_某此填T【〔［﹝[', ALWAYS, MARK);
mark('）】〕]', CLOSING, MARK);
mark('》', ALWAYS, (1 << Group.Stale) | (1 << Group.Cited));
mark('五大全', AFTER_NUMERAL, 1 << Group.Stale);
mark('请', ALWAYS, 1 << Group.Request);
for (const entry of EASILY_CONFUSED) mark(entry.wrong[0], ALWAYS, 1 << Group.Confused);
for (const ch of '三四五七八九十中') AFTER_CHAR[ch.charCodeAt(0)] = AFTER_NUMERAL;
for (const ch of '（(【〔[ \u3000') AFTER_CHAR[ch.charCodeAt(0)] = CLOSING;

// The loop notes every character that may be a hit except those that are hits only after a
// digit (`39余`, `4月1号`, `2021一2025`: 一 and 年 are far too common) or only when doubled (`，`
// and `。` are among the commonest characters; the loop notes any repeat anyway). For those it
// notes the digit (ASCII digits are no hit of their own) and the repeat.
for (const c of MARKED) if (WHEN[c] !== AFTER_DIGIT && WHEN[c] !== WHEN_DOUBLED) CANDIDATES[c] = 1;
for (let c = 48; c <= 57; c++) CANDIDATES[c] = 1;

const scans = new WeakMap<DocumentModel, TextScan>();

/** The model's scan, made on first use. */
export function textScan(model: DocumentModel): TextScan {
  let scan = scans.get(model);
  if (!scan) scans.set(model, (scan = scanModel(model)));
  return scan;
}

/** The trigger characters of one group of rules. */
export function hitsOf(model: DocumentModel, group: Group): Hits {
  return textScan(model).groups[group];
}

/**
 * Scratch lists of one scan, reused: the noted offsets, and per line with any, its index and where
 * its entries end. A scan allocates only what it returns (a 20 KB check made twice the garbage of
 * the check before the text rules, and collections cost more than the loop).
 */
let NOTED: Int32Array = new Int32Array(1 << 12);
const LINE_IDX: number[] = [];
const LINE_END: number[] = [];
/** Past this many entries the scratch lists are let go after the scan, not kept for the next. */
const SCRATCH_KEEP = 1 << 16;

function scanModel(model: DocumentModel): TextScan {
  const text = model.text;
  const lines = model.lines;
  const noting: Noting = { at: NOTED, count: 0 };
  let lineCount = 0;
  const doubled: Array<readonly [number, ReadonlyArray<readonly [number, number]>]> = [];
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (l.kind === 'blank' || l.kind === 'residue') continue;
    const before = noting.count;
    const phrases = doubledPhrases(text, l.start, l.end, noting);
    if (phrases.length) doubled.push([l.index, phrases]);
    if (noting.count > before) {
      LINE_IDX[lineCount] = l.index;
      LINE_END[lineCount++] = noting.count;
    }
  }
  // Residue inside a line (a `[bookmark: …]`), by line: filtering the list for every line was
  // quadratic on big drafts (400 spans × 94,000 lines at 20 MB). Most drafts have none.
  let partial: Map<number, Array<(typeof model.residue)[number]>> | null = null;
  for (const r of model.residue) {
    if (r.wholeLine) continue;
    partial ??= new Map();
    (partial.get(r.line) ?? partial.set(r.line, []).get(r.line)!).push(r);
  }
  const noted = noting.at; // grown by the loop for long lines
  // Each candidate decided, and its hit added to every group its character serves: one pass
  // (counting first and filling lists of that size took two, and longer).
  const groups: Array<{ at: number[]; line: number[] }> = [];
  for (let g = 0; g < GROUP_COUNT; g++) groups.push({ at: [], line: [] });
  for (let i = 0, k = 0; i < lineCount; i++) {
    const index = LINE_IDX[i];
    const { start, end: lineEnd } = lines[index];
    const spans = partial?.get(index);
    for (const end = LINE_END[i]; k < end; k++) {
      const p = hitAt(text, noted[k], lineEnd);
      // A Word bookmark inside a line is not report text.
      if (p < 0 || (spans && inSpans(spans, p - start))) continue;
      for (let g = GROUP[text.charCodeAt(p)]; g; g &= g - 1) {
        const hits = groups[31 - Math.clz32(g & -g)];
        hits.at.push(p);
        hits.line.push(index);
      }
    }
  }
  NOTED = noting.at.length > SCRATCH_KEEP ? new Int32Array(1 << 12) : noting.at;
  if (lineCount > SCRATCH_KEEP) LINE_IDX.length = LINE_END.length = 0;
  return { groups, doubled };
}

/**
 * The hit a candidate the loop noted at `j` stands for (on a line ending at `end`), or -1: the
 * character after a digit, a character whose condition on the one before holds, a repeat of a
 * mark that may not be doubled. (Before a line's first character stands a line break, which no
 * condition names.)
 */
function hitAt(text: string, j: number, end: number): number {
  const c = text.charCodeAt(j);
  const when = WHEN[c];
  if (c >= 48 && c <= 57) return j + 1 < end && WHEN[text.charCodeAt(j + 1)] === AFTER_DIGIT ? j + 1 : -1;
  if (when === ALWAYS || when === WHEN_DOUBLED) return j; // a doubled mark is noted only where it repeats
  return when !== 0 && AFTER_CHAR[text.charCodeAt(j - 1)] === when ? j : -1;
}

function inSpans(spans: ReadonlyArray<{ start: number; end: number }>, col: number): boolean {
  return spans.some((r) => col >= r.start && col < r.end);
}

/** The `《` that opens the title closed at `p` (within `max` characters and not before `from`), or -1. */
export function titleOpen(text: string, p: number, from: number, max: number): number {
  for (let i = p - 1; i >= from && p - i <= max; i--) {
    const c = text.charCodeAt(i);
    if (c === 0x300a) return i; // 《
    if (c === 0x300b) return -1; // another title's 》
  }
  return -1;
}

/** CJK unified ideographs (with extension A): the characters Chinese text is made of. */
export function isHan(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf);
}

export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
