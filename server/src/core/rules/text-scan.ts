/**
 * One pass over a draft's report text that every text rule (punctuation, numbers, 文号,
 * placeholders, wording) starts from. Each of those rules looks for rare characters — an ASCII
 * comma between Han characters, a `号` after a digit, a `《` — so the pass that doubled-word makes
 * anyway notes where they stand (doubled-scan.ts), shared through the model: eight regex passes, or
 * even one more loop over every character, would cost more than the 20 KB check takes today.
 */
import type { DocumentModel } from '../model';
import { EASILY_CONFUSED } from './data/confusables';
import { doubledPhrases } from './doubled-scan';

/** Where the text rules' trigger characters stand, in document order, and the doubled phrases. */
export interface TextScan {
  /** Offsets in `model.text`. */
  readonly at: readonly number[];
  /** The line index of each offset. */
  readonly line: readonly number[];
  /** Per line that has any (line index, then `[offset, length]`s): what doubled-word reports. */
  readonly doubled: ReadonlyArray<readonly [number, ReadonlyArray<readonly [number, number]>]>;
}

const ALWAYS = 1;
const WHEN_DOUBLED = 2;
const AFTER_DIGIT = 3;
/** Noted always, kept after the pass only after a numeral (`十四五`, `十九大`, `六中全会`). */
const AFTER_NUMERAL = 4;
/** Noted always, kept only after an opening bracket or a space (`【 】`). */
const CLOSING = 5;

const TABLE = new Uint8Array(65536);
const mark = (chars: string, kind: number) => {
  for (const ch of chars) TABLE[ch.charCodeAt(0)] = kind;
};
// Half-width punctuation, placeholders, 文号 brackets, cited titles, 请示 wording, template text,
// year-range connectors; `五大全` (十四五, 十九大, 六中全会) and closing brackets are sifted after the pass.
mark(',;:?!()"[*xX_~-–－【〔［﹝《》某此请×T一', ALWAYS);
for (let c = 0xff10; c <= 0xff19; c++) TABLE[c] = ALWAYS; // full-width digits
for (const entry of EASILY_CONFUSED) mark(entry.wrong[0], ALWAYS);
mark('。，、；：', WHEN_DOUBLED);
mark('余号年', AFTER_DIGIT);
mark('五大全', AFTER_NUMERAL);
mark('）】〕]', CLOSING);

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

function scanModel(model: DocumentModel): TextScan {
  const text = model.text;
  const noting = { table: TABLE, at: [] as number[] };
  const at: number[] = [];
  const line: number[] = [];
  const doubled: Array<readonly [number, ReadonlyArray<readonly [number, number]>]> = [];
  const partial = model.residue.filter((r) => !r.wholeLine);
  for (const l of model.lines) {
    if (l.kind === 'blank' || l.kind === 'residue') continue;
    noting.at.length = 0;
    const phrases = doubledPhrases(text, l.start, l.end, noting);
    if (phrases.length) doubled.push([l.index, phrases]);
    const before = at.length;
    const noted = noting.at;
    for (let k = 0; k < noted.length; k++) {
      const p = noted[k];
      // Only what a rule can use: `十四五` but not `五项`, `【 】` but not every `）`.
      const kind = TABLE[text.charCodeAt(p)];
      if (kind >= AFTER_NUMERAL && KEEP_AFTER[text.charCodeAt(p - 1)] !== kind) continue;
      at.push(p);
      line.push(l.index);
    }
    // A Word bookmark inside a line is not report text: drop what was found in it.
    if (partial.length && at.length > before) dropResidue(partial, l.index, l.start, at, line, before);
  }
  return { at, line, doubled };
}

function dropResidue(partial: DocumentModel['residue'], index: number, lineStart: number, at: number[], line: number[], from: number): void {
  const spans = partial.filter((r) => r.line === index);
  if (!spans.length) return;
  let keep = from;
  for (let k = from; k < at.length; k++) {
    const col = at[k] - lineStart;
    if (spans.some((r) => col >= r.start && col < r.end)) continue;
    at[keep] = at[k];
    line[keep++] = line[k];
  }
  at.length = keep;
  line.length = keep;
}

/** CJK unified ideographs (with extension A): the characters Chinese text is made of. */
export function isHan(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf);
}

export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
