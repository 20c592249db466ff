/**
 * Statutory section recognition by meaning: keyword scores from the profile decide which
 * section a heading covers. Each section is then present (its own top-level heading), embedded
 * (a sub-heading or a sentence inside another section) or missing.
 */
import type { Heading, Line, SectionMatch } from './model';
import { contentOf } from './model';
import type { ReportProfile, SectionDef } from './profiles';

const compiledMentions = new WeakMap<SectionDef, RegExp | null>();

function mentionOf(def: SectionDef): RegExp | null {
  let re = compiledMentions.get(def);
  if (re === undefined) {
    re = def.mention ? new RegExp(def.mention) : null;
    compiledMentions.set(def, re);
  }
  return re;
}

/**
 * A profile's keywords with `{next}` resolved for one report year, indexed by first character: a
 * heading is read once, and a word is only compared where its first character stands, instead
 * of searching the heading once per keyword (some fifty per profile).
 */
interface KeywordIndex {
  defs: SectionDef[];
  /** First character → the keywords starting with it, as entry numbers. */
  byFirst: Map<number, number[]>;
  /** The same first characters as a bit set over all code units: most characters start no keyword. */
  firsts: Uint32Array;
  words: string[];
  /** Empty keywords, which every text holds. */
  always: number[];
  /** Per entry: its section's index, and whether it is a strong keyword. */
  section: number[];
  strong: boolean[];
  /**
   * Scratch for one scoring: per entry, the scoring that last found it (a stamp, so nothing is
   * cleared between headings), and the counts per section.
   */
  hitIn: number[];
  stamp: number;
  strongHits: number[];
  weakHits: number[];
  /** Per section: the first characters of its strong keywords, each once ('' for an empty keyword). */
  strongStarts: string[][];
}

/** Resolved once per profile and year: a draft's headings are scored by the hundred. */
const resolved = new WeakMap<ReportProfile, Map<number | null, KeywordIndex>>();

/** The index asked for last: a draft asks for one profile and year throughout. */
let last: { profile: ReportProfile; year: number | null; index: KeywordIndex } | null = null;

function keywordsOf(profile: ReportProfile, year: number | null): KeywordIndex {
  if (last && last.profile === profile && last.year === year) return last.index;
  let byYear = resolved.get(profile);
  if (!byYear) resolved.set(profile, (byYear = new Map()));
  let index = byYear.get(year);
  if (!index) byYear.set(year, (index = buildIndex(profile, year)));
  last = { profile, year, index };
  return index;
}

function buildIndex(profile: ReportProfile, year: number | null): KeywordIndex {
  const words: string[] = [];
  const section: number[] = [];
  const strong: boolean[] = [];
  const add = (list: string[], k: number, isStrong: boolean) => {
    for (const w of list) {
      const word = w.includes('{next}') ? (year === null ? null : w.replace('{next}', String(year + 1))) : w;
      if (word === null) continue;
      words.push(word);
      section.push(k);
      strong.push(isStrong);
    }
  };
  profile.sections.forEach((def, k) => {
    add(def.strong, k, true);
    add(def.weak, k, false);
  });
  const byFirst = new Map<number, number[]>();
  const firsts = new Uint32Array(0x10000 >> 5);
  const always: number[] = [];
  words.forEach((word, e) => {
    if (word === '') {
      always.push(e);
      return;
    }
    const first = word.charCodeAt(0);
    firsts[first >> 5] |= 1 << (first & 31);
    if (!byFirst.has(first)) byFirst.set(first, []);
    byFirst.get(first)!.push(e);
  });
  const n = profile.sections.length;
  const zeros = (length: number) => new Array<number>(length).fill(0);
  const strongStarts = profile.sections.map((_, k) => [...new Set(words.filter((_, e) => strong[e] && section[e] === k).map((w) => w.slice(0, 1)))]);
  return { defs: profile.sections, byFirst, firsts, words, always, section, strong, hitIn: zeros(words.length), stamp: 0, strongHits: zeros(n), weakHits: zeros(n), strongStarts };
}

/** Counts, per section, the keywords `text` holds (each listed word once, as `includes` would). */
function scoreText(text: string, index: KeywordIndex): void {
  const stamp = ++index.stamp;
  for (let k = 0; k < index.defs.length; k++) index.strongHits[k] = index.weakHits[k] = 0;
  for (const e of index.always) count(index, e, stamp);
  for (let k = startOfKeyword(text, 0, index.firsts); k < text.length; k = startOfKeyword(text, k + 1, index.firsts)) {
    for (const e of index.byFirst.get(text.charCodeAt(k))!) {
      if (index.hitIn[e] !== stamp && restMatches(text, k, index.words[e])) count(index, e, stamp);
    }
  }
}

/** The next position from `k` holding a character some keyword starts with; a loop without calls. */
function startOfKeyword(text: string, k: number, firsts: Uint32Array): number {
  for (; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if ((firsts[c >> 5] >>> (c & 31)) & 1) return k;
  }
  return k;
}

/** `text.startsWith(word, k)` once the first character is known to match, without a builtin call per keyword. */
function restMatches(text: string, k: number, word: string): boolean {
  if (k + word.length > text.length) return false;
  for (let i = 1; i < word.length; i++) if (text.charCodeAt(k + i) !== word.charCodeAt(i)) return false;
  return true;
}

function count(index: KeywordIndex, e: number, stamp: number): void {
  index.hitIn[e] = stamp;
  if (index.strong[e]) index.strongHits[index.section[e]]++;
  else index.weakHits[index.section[e]]++;
}

const compiledUnnumbered = new WeakMap<ReportProfile, RegExp>();

/** The profile's test for a line without ordinal, compiled once. */
function unnumberedOf(profile: ReportProfile): RegExp {
  let re = compiledUnnumbered.get(profile);
  if (!re) compiledUnnumbered.set(profile, (re = new RegExp(profile.unnumberedHeading)));
  return re;
}

/**
 * The section a heading text covers, or null. `strict` is for lines without an ordinal: they
 * must also match the profile's `unnumberedHeading` (法治/年度/下一步 for the 法治政府 report), so
 * that a short sentence such as `取得明显成效` stays a sentence.
 */
export function bestSection(text: string, profile: ReportProfile, year: number | null, strict = false): SectionDef | null {
  if (strict && !unnumberedOf(profile).test(text)) return null;
  const index = keywordsOf(profile, year);
  scoreText(text, index);
  let best: SectionDef | null = null;
  let bestScore = 0;
  for (let k = 0; k < index.defs.length; k++) {
    const strong = index.strongHits[k];
    if (strong === 0) continue;
    const score = strong * 10 + index.weakHits[k];
    if (score > bestScore) {
      best = index.defs[k];
      bestScore = score;
    }
  }
  return best;
}

/** Matches every section of the profile against the heading tree and the body text. */
export function matchSections(
  profile: ReportProfile,
  roots: Heading[],
  headings: Heading[],
  lines: Line[],
  year: number | null,
): SectionMatch[] {
  const byId = new Map<string, SectionMatch>();
  for (const def of profile.sections) byId.set(def.id, { id: def.id, status: 'missing', line: null, heading: null });
  // Sections about next year: what they mention does not cover last year's sections.
  const ahead = profile.sections.filter((d) => d.yearOffset === 1).map((d) => byId.get(d.id)!);
  const insideAhead = (line: number) => ahead.some((m) => insideSection(line, m));

  // A heading changes a match only when its best section is still missing, and a section scores
  // only with one of its strong keywords: a heading holding no first character of those is not
  // scored. Most drafts have every section but the optional `other` after a few headings: on the
  // 20 KB bench draft 4 of 26 headings are scored, and the parse takes 2 µs (6 %) less.
  const index = keywordsOf(profile, year);
  let starts = missingStarts(index, byId);
  for (const root of roots) {
    if (!mayScore(root.text, starts)) continue;
    const def = bestSection(root.text, profile, year);
    const match = def && byId.get(def.id);
    if (match && match.status === 'missing') {
      Object.assign(match, { status: 'present', line: root.line, heading: root });
      starts = missingStarts(index, byId);
    }
  }
  for (const h of headings) {
    if (!h.parent || !mayScore(h.text, starts)) continue;
    const def = bestSection(h.text, profile, year);
    const match = def && byId.get(def.id);
    if (match && match.status === 'missing' && !insideAhead(h.line)) {
      Object.assign(match, { status: 'embedded', line: h.line, heading: h });
      starts = missingStarts(index, byId);
    }
  }
  for (const def of profile.sections) {
    const match = byId.get(def.id)!;
    const re = mentionOf(def);
    if (match.status !== 'missing' || !re) continue;
    for (const line of lines) {
      if (line.kind !== 'paragraph' && line.kind !== 'enumeration' && line.kind !== 'heading' && line.kind !== 'opening') continue;
      if (insideAhead(line.index)) continue;
      if (re.test(contentOf(line))) {
        Object.assign(match, { status: 'embedded', line: line.index });
        break;
      }
    }
  }
  return profile.sections.map((def) => byId.get(def.id)!);
}

/** More first characters than this, and searching for each costs more than it spares: every heading is scored. */
const MAX_STARTS = 4;

/**
 * The first characters of the strong keywords of the sections still missing (each once per
 * section; '' for an empty keyword, which every text holds); null when there are too many to
 * search for and every heading is scored.
 */
function missingStarts(index: KeywordIndex, byId: Map<string, SectionMatch>): string[] | null {
  const starts: string[] = [];
  for (let k = 0; k < index.defs.length; k++) {
    if (byId.get(index.defs[k].id)!.status !== 'missing') continue;
    const own = index.strongStarts[k];
    if (starts.length + own.length > MAX_STARTS) return null;
    for (let i = 0; i < own.length; i++) starts.push(own[i]);
  }
  return starts;
}

/** Whether `text` may hold a strong keyword starting with one of `starts` (null: may hold anything). */
function mayScore(text: string, starts: string[] | null): boolean {
  if (starts === null) return true;
  for (let i = 0; i < starts.length; i++) if (text.includes(starts[i])) return true;
  return false;
}

/** Whether `line` lies inside the section `match` found as a heading of its own. */
function insideSection(line: number, match: SectionMatch | undefined): boolean {
  const h = match?.status === 'present' ? match.heading : null;
  return !!h && line >= h.line && line <= h.endLine;
}
