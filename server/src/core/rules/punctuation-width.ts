/**
 * punctuation-width: Chinese text takes full-width punctuation (GB/T 15834-2011): `，；：？！（）“”`,
 * not `,;:?!()"` between Chinese characters; and a mark is not doubled (`。。`, `，，`). Numbers,
 * times, URLs and Latin text keep theirs (`1,000`, `10:30`, `http://…?id=1`, `Zhang Wei, Esq.`).
 *
 * A draft that uses half-width marks throughout did not slip: it was converted (pasted from a web
 * page or a PDF, or folded by a tool — the published pages in the corpus are). Hundreds of warnings
 * would bury every real finding, so such a draft gets one hint that says so, with a fix that
 * converts them all; a draft that is mostly full-width gets a warning and a safe fix per slip.
 */
import { defineRule, type Fix, type RuleContext, type TextEdit } from './types';
import type { DocumentModel } from '../model';
import { isDigit, isHan, Group, hitsOf, type Hits } from './text-scan';
import { headingOnLine, range } from './util';

/** ASCII mark (by code) → its full-width form. */
const FULL_OF: string[] = [];
const PAIRS = ',，;；:：?？!！(（)）';
for (let i = 0; i < PAIRS.length; i += 2) FULL_OF[PAIRS.charCodeAt(i)] = PAIRS[i + 1];
/** Half-width marks at or above this many, and more than the full-width ones: the document's habit. */
const HABIT = 5;
/** How many marks the first pass lists: a draft with more is walked again if it needs them all. */
const KEPT = 32;

interface Slip {
  line: number;
  /** Column of the mark; for a bracket or quote pair, both marks. */
  cols: number[];
  texts: string[];
}

export const rule = defineRule({
  meta: {
    id: 'punctuation-width',
    description: { zh: '中文之间应使用全角标点，标点不得重复（GB/T 15834-2011）', en: 'Full-width punctuation between Chinese characters, no doubled marks (GB/T 15834-2011)' },
    defaultSeverity: 'warning',
    fixable: 'safe',
    messages: {
      half: { zh: '中文之间应使用全角标点“{expected}”，此处为半角“{found}”（GB/T 15834-2011）', en: 'Full-width {expected} between Chinese characters, not {found} (GB/T 15834-2011)' },
      habit: {
        zh: '全文有{count}处中文之间使用半角标点（如此处“{found}”），疑为网页或PDF转换所致；公文应使用全角标点（GB/T 15834-2011）',
        en: '{count} half-width marks between Chinese characters (like {found} here), probably from a conversion; Chinese text takes full-width marks (GB/T 15834-2011)',
      },
      habitFix: { zh: '全部改为全角标点（{count}处）', en: 'Make all {count} full-width' },
      doubled: { zh: '标点重复：“{found}”', en: 'Doubled punctuation: {found}' },
      fix: { zh: '改为“{expected}”', en: 'Change to {expected}' },
      fixDoubled: { zh: '删除重复的“{mark}”', en: 'Remove the repeated {mark}' },
    },
  },
  check(ctx) {
    const { model } = ctx;
    const hits = hitsOf(model, Group.Punct);
    // First pass: doubled marks reported, half-width ones listed up to KEPT and counted beyond. A
    // converted draft has hundreds, and gets one finding whose edits are made when asked for: lists
    // of them, made on every check, cost more than their finding. A draft with a few slips is
    // walked once.
    const counted = new Slips(KEPT);
    const end = walk(model, hits, counted, ctx);
    const count = counted.count;
    if (!count) return;
    const all = () => {
      if (count <= KEPT) return counted;
      const slips = new Slips(Infinity);
      walk(model, hits, slips, null, end);
      return slips;
    };
    if (count >= HABIT && !moreFullWidth(model.text, count)) reportHabit(ctx, counted, all);
    else {
      const slips = all();
      for (let i = 0; i < count; i++) if (slips.first[i]) reportSlip(ctx, slips, i);
    }
  },
});

/**
 * Goes through the rule's hits up to `end` (all by default): reports doubled marks when given a
 * context (and stops once the rule has reported its fill), and adds the half-width marks between
 * Chinese characters to `slips`. Returns where it stopped, for a second pass to stop there too.
 */
function walk(model: DocumentModel, hits: Hits, slips: Slips, ctx: RuleContext | null, end = hits.at.length): number {
  const text = model.text;
  let pairedUpTo = -1;
  // Hits come in line order: look each line up once, not once per hit.
  let index = -1;
  let line = model.lines[0];
  let k = 0;
  for (; k < end && !ctx?.saturated; k++) {
    const p = hits.at[k];
    if (hits.line[k] !== index) line = model.lines[(index = hits.line[k])];
    const c = text.charCodeAt(p);
    const col = p - line.start;
    if (c > 0x3000) {
      if (ctx) reportDoubled(ctx, text, p, index, col); // 。，、；： noted only when doubled
    } else if (c === 40 || c === 41 || c === 34) {
      if (p <= pairedUpTo) continue;
      const pair = c === 34 ? quotes(model, index) : brackets(model, text, p, index);
      if (pair) {
        pairedUpTo = line.start + pair.cols[pair.cols.length - 1];
        slips.addPair(pair);
      } else if (c === 34) pairedUpTo = line.end; // quotes of a line are decided at once
    } else if (isChineseMark(text, p, c)) slips.add(index, col, FULL_OF[c], true);
  }
  return k;
}

/**
 * The marks to convert, flat; `first` marks where a finding starts (a bracket or quote pair is one
 * finding of two marks).
 */
class Slips {
  count = 0;
  readonly line: number[] = [];
  readonly col: number[] = [];
  readonly text: string[] = [];
  readonly first: boolean[] = [];

  /** Marks past the first `keep` are counted, not kept. */
  constructor(private readonly keep: number) {}

  add(line: number, col: number, text: string, first: boolean): void {
    if (this.count++ >= this.keep) return;
    this.line.push(line);
    this.col.push(col);
    this.text.push(text);
    this.first.push(first);
  }

  addPair(pair: Slip): void {
    for (let i = 0; i < pair.cols.length; i++) this.add(pair.line, pair.cols[i], pair.texts[i], i === 0);
  }

  /** The marks of the finding that starts at `i`. */
  end(i: number): number {
    let e = i + 1;
    while (e < this.count && !this.first[e]) e++;
    return e;
  }

  /** The edits of marks `from` … `to` - 1. */
  edits(from: number, to: number): TextEdit[] {
    const out = new Array<TextEdit>(to - from);
    for (let i = from; i < to; i++) out[i - from] = { range: range(this.line[i], this.col[i], this.col[i] + 1), newText: this.text[i] };
    return out;
  }
}

/** Han, or a mark that only Chinese text uses. */
function chinese(c: number): boolean {
  return isHan(c) || (c >= 0x3000 && c <= 0x303f) || (c >= 0xff01 && c <= 0xff5e) || c === 0x201c || c === 0x201d;
}

/** `,;:?!` standing between Chinese characters (a number may stand on one side: `38件,同比`, `时间:10`). */
function isChineseMark(text: string, p: number, c: number): boolean {
  const before = text.charCodeAt(p - 1);
  let q = p + 1;
  while (text[q] === ' ') q++;
  const after = q < text.length ? text.charCodeAt(q) : 10;
  const end = after === 10 || after === 13;
  if (c === 58) return chinese(before) && (chinese(after) || isDigit(after)); // :
  if (c === 63 || c === 33) return chinese(before) && (chinese(after) || end); // ? !
  // `,` and `;`: `1,000` and `a, b` are not Chinese; `15%,全年` is.
  return (chinese(before) && (chinese(after) || isDigit(after) || end)) || ((isDigit(before) || before === 37) && chinese(after));
}

/** A `( … )` pair on one line around Chinese text or right after it; not a heading's label, not a 文号 year. */
function brackets(model: DocumentModel, text: string, p: number, index: number): Slip | null {
  const line = model.lines[index];
  const lineEnd = line.start + line.contentEnd;
  let open = p;
  let close = -1;
  if (text[p] === '(') {
    for (let i = p + 1; i < lineEnd && i < p + 200; i++) {
      if (text[i] === '(' || text[i] === '（') return null;
      if (text[i] === ')' || text[i] === '）') {
        close = i;
        break;
      }
    }
  } else {
    // A `)` whose opening partner is the full-width one: `（内容)`. Searched on this line only.
    close = p;
    open = -1;
    for (let i = p - 1; i >= line.start + line.contentStart; i--) {
      if (text[i] === '（') open = i;
      if (text[i] === '（' || text[i] === '(' || text[i] === ')' || text[i] === '）') break;
    }
    if (open === -1) return null;
  }
  if (close === -1) return null;
  const inner = text.slice(open + 1, close);
  // A heading's label (`(一)`) is heading-style's business; labels open their line.
  if (line.kind === 'heading' && open - line.start < line.contentStart + 8) {
    const heading = headingOnLine(model, index);
    if (heading && open - line.start < heading.labelEnd) return null;
  }
  // `(1)` or `(一)` opening a line is a list label: heading-style's business, not ours.
  if (open === line.start + line.contentStart && /^(?:\d{1,2}|[一二三四五六七八九十]{1,3})$/.test(inner)) return null;
  if (/^(?:19|20)\d{2}$/.test(inner) && /^\d+号/.test(text.slice(close + 1, close + 6))) return null; // 阳法通(2017)32号: document-number
  if (!(chinese(text.charCodeAt(open - 1)) || /[\u4e00-\u9fff]/.test(inner))) return null;
  const cols: number[] = [];
  const texts: string[] = [];
  if (text[open] === '(') {
    cols.push(open - line.start);
    texts.push('（');
  }
  if (text[close] === ')') {
    cols.push(close - line.start);
    texts.push('）');
  }
  return { line: index, cols, texts };
}

/** ASCII `"` on a line with Chinese text, paired in order: `"…"` → `“…”`. An odd count is left alone. */
function quotes(model: DocumentModel, index: number): Slip | null {
  const line = model.lines[index];
  const cols: number[] = [];
  for (let i = line.text.indexOf('"'); i !== -1; i = line.text.indexOf('"', i + 1)) cols.push(i);
  if (cols.length % 2 || !/[\u4e00-\u9fff]/.test(line.text)) return null;
  for (let i = 0; i < cols.length; i += 2) if (!/[\u4e00-\u9fff]/.test(line.text.slice(cols[i] + 1, cols[i + 1]))) return null;
  return { line: index, cols, texts: cols.map((_, i) => (i % 2 ? '”' : '“')) };
}

/**
 * Whether the text holds more full-width `，` than `count`: read with indexOf (far faster than a
 * loop), and only as far as needed — a full-width draft answers after `count` commas.
 */
function moreFullWidth(text: string, count: number): boolean {
  let n = 0;
  for (let i = text.indexOf('，'); i !== -1; i = text.indexOf('，', i + 1)) if (++n > count) return true;
  return false;
}

function reportSlip(ctx: RuleContext, slips: Slips, i: number): void {
  const e = slips.end(i);
  const line = ctx.model.lines[slips.line[i]];
  let found = '';
  let expected = '';
  for (let k = i; k < e; k++) {
    found += line.text[slips.col[k]];
    expected += slips.text[k];
  }
  const fix: Fix = { title: ctx.t('fix', { expected }), edits: slips.edits(i, e), safe: true, preferred: true };
  ctx.report({ range: range(line.index, slips.col[i], slips.col[e - 1] + 1), message: ctx.t('half', { expected, found }), fixes: [fix] });
}

/**
 * One hint for a document that is half-width throughout, on its first slip, with a fix for all
 * whose edits are made when first read (`all` finds the marks again).
 */
function reportHabit(ctx: RuleContext, counted: Slips, all: () => Slips): void {
  const count = counted.count;
  const found = ctx.model.lines[counted.line[0]].text[counted.col[0]];
  const fix = new LazyFix(ctx.t('habitFix', { count }), all);
  ctx.report({ range: range(counted.line[0], counted.col[0], counted.col[0] + 1), message: ctx.t('habit', { count, found }), fixes: [fix], hint: true });
}

/**
 * The habit fix, whose edits (hundreds, four objects each) are made when first read: a check's
 * findings are mostly shown, not applied, and making them cost a 20 KB check 7 % of its time
 * (issue 13). A class with a getter, not an object given one with `defineProperty` (about 1 µs
 * more a check). `toJSON` puts the edits in a diagnostic's data like any other fix's; spreading
 * the object would lose them, and no code does.
 */
class LazyFix implements Fix {
  readonly safe = false;
  readonly preferred = true;
  private made: TextEdit[] | null = null;

  constructor(
    readonly title: string,
    private readonly all: () => Slips,
  ) {}

  get edits(): TextEdit[] {
    if (!this.made) {
      const slips = this.all();
      this.made = slips.edits(0, slips.count);
    }
    return this.made;
  }

  toJSON(): Fix {
    return { title: this.title, edits: this.edits, safe: this.safe, preferred: this.preferred };
  }
}

/** `。。`, `，，`: the hit is the second mark; a longer run is reported once, at its second mark. */
function reportDoubled(ctx: RuleContext, text: string, p: number, index: number, col: number): void {
  if (text[p - 2] === text[p]) return;
  let e = p + 1;
  while (text[e] === text[p]) e++;
  const mark = text[p];
  ctx.report({
    range: range(index, col - 1, col - 1 + (e - p + 1)),
    message: ctx.t('doubled', { found: text.slice(p - 1, e) }),
    fixes: [{ title: ctx.t('fixDoubled', { mark }), edits: [{ range: range(index, col, col + (e - p)), newText: '' }], safe: true, preferred: true }],
  });
}
