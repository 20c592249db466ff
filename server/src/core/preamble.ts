/**
 * What comes before the first heading: the title block, a cover letter, the addressee and the
 * opening paragraph. Pages that authors paste in carry their own page title, channel names and
 * site links above the report's own title; those lines are residue, the title is the last one.
 */
import { parseDateLine } from './dates';
import { KIND_GENRES, MASTHEAD, ORGAN_END } from './kinds';
import type { ReportProfile } from './profiles';
import { matchLabel, isEnumeration } from './numbering';
import { contentOf, holdsNoText, type Line, type Residue, type TitleBlock } from './model';
import { escapeRegExp } from './text';

export interface Preamble {
  title: TitleBlock | null;
  addresseeLine: number | null;
  openingLine: number | null;
  /** A cover letter (呈送函, 印发通知) before the report: its lines, inclusive. */
  cover: { start: number; end: number } | null;
}

/** At most this many short lines stand above a report's own title (page title, site links, title). */
const MAX_TOP = 10;

export function markPreamble(lines: Line[], residue: Residue[], vocab: TitleVocabulary): Preamble {
  const first = nextText(lines, 0);
  let found = readBlock(lines, first, residue, vocab);
  let cover: Preamble['cover'] = null;
  const letterEnd = coverLetterEnd(lines, found.next, vocab);
  if (letterEnd !== null) {
    const start = found.title ? found.title.lines[0] : found.addresseeLine ?? found.next;
    for (let i = start; i <= letterEnd; i++) if (lines[i].kind !== 'blank' && lines[i].kind !== 'residue') lines[i].kind = 'cover';
    cover = { start, end: letterEnd };
    found = readBlock(lines, nextText(lines, letterEnd + 1), residue, vocab);
  }
  let openingLine: number | null = null;
  const i = found.next;
  if (i < lines.length && lines[i].kind === 'paragraph' && !matchLabel(contentOf(lines[i]))) {
    openingLine = i;
    lines[i].kind = 'opening';
  }
  residue.sort((a, b) => a.line - b.line || a.start - b.start);
  return { title: found.title, addresseeLine: found.addresseeLine, openingLine, cover };
}

interface Block {
  title: TitleBlock | null;
  addresseeLine: number | null;
  /** The first line with text after the title block and addressee. */
  next: number;
}

/** Title block and addressee from line `i` on; page lines above the title become residue. */
function readBlock(lines: Line[], i: number, residue: Residue[], vocab: TitleVocabulary): Block {
  const GENRE = vocab.genre;
  const candidates: number[] = [];
  while (i < lines.length && candidates.length < MAX_TOP && lines[i].kind === 'paragraph' && isTitleLike(contentOf(lines[i]), vocab)) {
    candidates.push(i);
    i = nextText(lines, i + 1);
  }
  // The report's own title is the last line naming a 文種; a page title repeats it above.
  let main = -1;
  for (let k = candidates.length - 1; k >= 0 && main === -1; k--) if (GENRE.test(contentOf(lines[candidates[k]]))) main = k;
  if (main === -1) main = candidates.findIndex((c) => vocab.words.test(contentOf(lines[c])));
  let title: TitleBlock | null = null;
  if (main !== -1) {
    let start = main;
    // A title split over lines: an organ line, or a head whose tail (`工作的报告`) cannot stand alone.
    while (start > 0 && main - start < 2 && continuesInto(contentOf(lines[candidates[start - 1]]), contentOf(lines[candidates[start]]), GENRE)) start--;
    const titleLines = candidates.slice(start, main + 1);
    for (const t of titleLines) lines[t].kind = 'title';
    for (let k = 0; k < start; k++) markTop(lines[candidates[k]], residue, GENRE.test(contentOf(lines[candidates[k]])) ? 'titleCopy' : 'chrome');
    const mainLine = candidates[main];
    const organLines = titleLines.slice(0, -1).map((t) => contentOf(lines[t]));
    title = {
      lines: titleLines,
      mainLine,
      text: titleLines.map((t) => contentOf(lines[t])).join(''),
      organ: organLines.length && organLines.every((o) => ORGAN_END.test(o)) ? organLines.join('') : organInTitle(titleLines.map((t) => contentOf(lines[t])).join(''), vocab),
    };
    i = nextText(lines, mainLine + 1);
    // A 发文字号 under the title stays as it is.
    while (i < lines.length && lines[i].kind === 'paragraph' && MASTHEAD.test(contentOf(lines[i]))) i = nextText(lines, i + 1);
  } else {
    // No title: short lines walled in by page chrome (or the top of the page) are chrome too.
    for (const c of candidates) if (walledIn(lines, c)) markTop(lines[c], residue, 'chrome');
    i = candidates.find((c) => lines[c].kind === 'paragraph') ?? i;
  }
  let addresseeLine: number | null = null;
  if (i < lines.length && lines[i].kind === 'paragraph' && isAddressee(contentOf(lines[i]))) {
    addresseeLine = i;
    lines[i].kind = 'addressee';
    i = nextText(lines, i + 1);
  }
  return { title, addresseeLine, next: i };
}

function continuesInto(head: string, tail: string, GENRE: RegExp): boolean {
  if (GENRE.test(head) || MASTHEAD.test(head)) return false;
  return ORGAN_END.test(head) || tail.length <= 12 || tail.startsWith('关于');
}

function markTop(line: Line, residue: Residue[], what: string): void {
  if (MASTHEAD.test(contentOf(line))) return;
  line.kind = 'residue';
  residue.push({ line: line.index, start: line.contentStart, end: line.contentEnd, wholeLine: true, what });
}

/** The nearest lines with content on both sides are residue (or the page ends there). */
function walledIn(lines: Line[], index: number): boolean {
  const side = (step: number) => {
    for (let j = index + step; j >= 0 && j < lines.length; j += step) {
      if (lines[j].kind !== 'blank') return lines[j].kind === 'residue';
    }
    return step < 0;
  };
  return side(-1) && side(1);
}

/**
 * A cover letter ends with its own signature and date, right before the report's title: the
 * date stands within a few lines of the start, and a title line follows it.
 */
function coverLetterEnd(lines: Line[], from: number, vocab: TitleVocabulary): number | null {
  let i = from;
  for (let seen = 0; i < lines.length && seen < 6; seen++, i = nextText(lines, i + 1)) {
    const content = contentOf(lines[i]);
    if (content.length > 20 || !parseDateLine(content)) continue;
    const after = nextText(lines, i + 1);
    if (after < lines.length && lines[after].kind === 'paragraph' && isTitleLike(contentOf(lines[after]), vocab) && vocab.genre.test(contentOf(lines[after]))) return i;
    return null;
  }
  return null;
}

function nextText(lines: Line[], i: number): number {
  while (i < lines.length && holdsNoText(lines[i])) i++;
  return i;
}

function isTitleLike(content: string, vocab: TitleVocabulary): boolean {
  // Stray punctuation after the 文种 (`…的报告。`) does not make a title a sentence: title-form flags it.
  const body = content.replace(vocab.genreThenPunct, '$1');
  return body.length <= 60 && !/[。，,；;：:]/.test(body) && !/^(?:现将|特此)/.test(body) && !matchLabel(body) && !isEnumeration(body);
}

/** `市法制局：`, `各县(市)区司法局,市局机关各处室、直属单位:`; not `现将…报告如下：`. */
function isAddressee(content: string): boolean {
  return content.length <= 60 && /[:：]$/.test(content) && !/[。]/.test(content) && !/如下|现将|根据|按照/.test(content);
}

/** The issuing organ named at the start of a title: `大同市科技局2023年…` → `大同市科技局`. */
function organInTitle(title: string, vocab: TitleVocabulary): string | null {
  const m = vocab.organ.exec(title);
  return m ? m[1] : null;
}

/** What marks a title, from the profiles in play (all of them before the report type is known). */
export interface TitleVocabulary {
  /** A 文种 (`报告`, or another kind's: `总结`, `解读`): the last line holding it is the title's main line. */
  genre: RegExp;
  /** The 文种 followed by stray punctuation, the 文种 captured. */
  genreThenPunct: RegExp;
  /** Words of a title line when no line names the 文种. */
  words: RegExp;
  /** The issuing organ at the start of a title (after a page's `【解读】《`), followed by a year, `关于` or a profile's subject. */
  organ: RegExp;
}

const vocabularies = new Map<string, TitleVocabulary>();

export function titleVocabulary(profiles: readonly ReportProfile[]): TitleVocabulary {
  const key = profiles.map((p) => p.id).join('|');
  let v = vocabularies.get(key);
  if (!v) {
    const alt = (words: string[]) => [...new Set(words)].map(escapeRegExp).join('|');
    const genre = alt([...profiles.map((p) => p.genre), ...KIND_GENRES]);
    v = {
      genre: new RegExp(genre),
      genreThenPunct: new RegExp(`(${genre})[。．.，,；;：:！!？?]+$`),
      words: new RegExp(alt(profiles.flatMap((p) => p.titleWords))),
      organ: new RegExp(`^(?:【[^】]*】)?《?([^《]{2,30}?(?:局|委员会|委|厅|办公室|办事处|办|人民政府|政府|院|部|中心|街道|镇|乡))(?:关于)?(?=\\d{4}|关于|上一?年|本年|${alt(profiles.flatMap((p) => p.afterOrgan))})`),
    };
    vocabularies.set(key, v);
  }
  return v;
}
