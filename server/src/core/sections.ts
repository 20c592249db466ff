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

/** A profile's keyword lists with `{next}` resolved for one report year. */
interface Keywords {
  def: SectionDef;
  strong: string[];
  weak: string[];
}

/** Resolved once per profile and year: a draft's headings are scored by the hundred. */
const resolved = new WeakMap<ReportProfile, Map<number | null, Keywords[]>>();

function keywordsOf(profile: ReportProfile, year: number | null): Keywords[] {
  let byYear = resolved.get(profile);
  if (!byYear) resolved.set(profile, (byYear = new Map()));
  let list = byYear.get(year);
  if (!list) {
    const resolve = (words: string[]) => {
      const out: string[] = [];
      for (const w of words) {
        const word = w.includes('{next}') ? (year === null ? null : w.replace('{next}', String(year + 1))) : w;
        if (word) out.push(word);
      }
      return out;
    };
    list = profile.sections.map((def) => ({ def, strong: resolve(def.strong), weak: resolve(def.weak) }));
    byYear.set(year, list);
  }
  return list;
}

function keywordHits(text: string, words: string[]): number {
  let hits = 0;
  for (const word of words) if (text.includes(word)) hits++;
  return hits;
}

/**
 * The section a heading text covers, or null. `strict` is for lines without an ordinal: they
 * must also speak of 法治/年度/下一步, so that a short sentence such as `取得明显成效` stays a sentence.
 */
export function bestSection(text: string, profile: ReportProfile, year: number | null, strict = false): SectionDef | null {
  if (strict && !/法治|年度|下一步/.test(text)) return null;
  let best: SectionDef | null = null;
  let bestScore = 0;
  for (const { def, strong: strongWords, weak } of keywordsOf(profile, year)) {
    const strong = keywordHits(text, strongWords);
    if (strong === 0) continue;
    const score = strong * 10 + keywordHits(text, weak);
    if (score > bestScore) {
      best = def;
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

  for (const root of roots) {
    const def = bestSection(root.text, profile, year);
    const match = def && byId.get(def.id);
    if (match && match.status === 'missing') Object.assign(match, { status: 'present', line: root.line, heading: root });
  }
  for (const h of headings) {
    if (!h.parent) continue;
    const def = bestSection(h.text, profile, year);
    const match = def && byId.get(def.id);
    if (match && match.status === 'missing' && !insideSection(h.line, byId.get('next-year-plan'))) {
      Object.assign(match, { status: 'embedded', line: h.line, heading: h });
    }
  }
  for (const def of profile.sections) {
    const match = byId.get(def.id)!;
    const re = mentionOf(def);
    if (match.status !== 'missing' || !re) continue;
    for (const line of lines) {
      if (line.kind !== 'paragraph' && line.kind !== 'enumeration' && line.kind !== 'heading' && line.kind !== 'opening') continue;
      if (insideSection(line.index, byId.get('next-year-plan'))) continue;
      if (re.test(contentOf(line))) {
        Object.assign(match, { status: 'embedded', line: line.index });
        break;
      }
    }
  }
  return profile.sections.map((def) => byId.get(def.id)!);
}

/** Plans for next year mention duties too; they do not cover last year's. */
function insideSection(line: number, match: SectionMatch | undefined): boolean {
  const h = match?.status === 'present' ? match.heading : null;
  return !!h && line >= h.line && line <= h.endLine;
}
