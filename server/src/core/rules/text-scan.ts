/**
 * One pass over a draft's report text that every text rule (punctuation, numbers, 文号,
 * placeholders, wording) starts from. Each of those rules looks for rare characters — an ASCII
 * comma between Han characters, a `号` after a digit, a `《` — so the pass that doubled-word makes
 * anyway notes where they stand (doubled-scan.ts), shared through the model: eight regex passes, or
 * even one more loop over every character, would cost more than the 20 KB check takes today.
 * What was noted is sorted into one list per group of rules, so that no rule walks the others' hits.
 */
import type { DocumentModel } from '../model';
import { EASILY_CONFUSED } from './data/confusables';
import { doubledPhrases } from './doubled-scan';

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

// When a character is noted (the table doubled-scan.ts reads).
const ALWAYS = 1;
const WHEN_DOUBLED = 2;
const AFTER_DIGIT = 3;
/** Noted always, kept after the pass only after a numeral (`十四五`, `十九大`, `六中全会`). */
const AFTER_NUMERAL = 4;
/** Noted always, kept only after an opening bracket or a space (`【 】`). */
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

const WHEN = new Uint8Array(65536);
const GROUP = new Uint8Array(65536);
const mark = (chars: string, when: number, group: number) => {
  for (const ch of chars) {
    const c = ch.charCodeAt(0);
    // A character noted for two reasons is noted always (its rules check the rest themselves).
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

/** What must stand before an AFTER_NUMERAL or CLOSING character for it to be kept. */
const KEEP_AFTER = new Uint8Array(65536);
for (const ch of '三四五七八九十中') KEEP_AFTER[ch.charCodeAt(0)] = AFTER_NUMERAL;
for (const ch of '（(【〔[ \u3000') KEEP_AFTER[ch.charCodeAt(0)] = CLOSING;

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

const NO_SPANS: ReadonlyArray<{ start: number; end: number }> = [];

function scanModel(model: DocumentModel): TextScan {
  const text = model.text;
  const noting = { table: WHEN, at: [] as number[] };
  const groups = Array.from({ length: GROUP_COUNT }, () => ({ at: [] as number[], line: [] as number[] }));
  const doubled: Array<readonly [number, ReadonlyArray<readonly [number, number]>]> = [];
  // Residue inside a line (a `[bookmark: …]`), by line: filtering the list for every line was
  // quadratic on big drafts (400 spans × 94,000 lines at 20 MB).
  const partial = new Map<number, Array<(typeof model.residue)[number]>>();
  for (const r of model.residue) if (!r.wholeLine) (partial.get(r.line) ?? partial.set(r.line, []).get(r.line)!).push(r);
  for (const l of model.lines) {
    if (l.kind === 'blank' || l.kind === 'residue') continue;
    noting.at.length = 0;
    const phrases = doubledPhrases(text, l.start, l.end, noting);
    if (phrases.length) doubled.push([l.index, phrases]);
    const noted = noting.at;
    const spans = partial.get(l.index) ?? NO_SPANS;
    for (let k = 0; k < noted.length; k++) {
      const p = noted[k];
      const c = text.charCodeAt(p);
      // Only what a rule can use: `十四五` but not `五项`, `【 】` but not every `）`.
      const when = WHEN[c];
      if (when >= AFTER_NUMERAL && KEEP_AFTER[text.charCodeAt(p - 1)] !== when) continue;
      // A Word bookmark inside a line is not report text.
      if (spans.length && spans.some((r) => p - l.start >= r.start && p - l.start < r.end)) continue;
      const g = GROUP[c];
      for (let b = 0; b < GROUP_COUNT; b++) {
        if (g & (1 << b)) {
          groups[b].at.push(p);
          groups[b].line.push(l.index);
        }
      }
    }
  }
  return { groups, doubled };
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
