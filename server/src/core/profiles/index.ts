/**
 * Report profiles: the report types the checker knows, each one data in its own file. A new report
 * type (政府信息公开工作年度报告 …) is a new profile file plus its line in PROFILES, not new code.
 */
import type { ReportProfile, SectionDef } from './types';
import { FZZF_PROFILE } from './fzzf';
import { GIP_PROFILE } from './gip';
import { FZJS_PROFILE } from './fzjs';

export type { ReportProfile, SectionDef, SectionId } from './types';
export { FZZF_PROFILE, GIP_PROFILE, FZJS_PROFILE };

/** Every known report type; the first is the default. */
export const PROFILES: ReportProfile[] = [
  FZZF_PROFILE,
  GIP_PROFILE,
  FZJS_PROFILE,
];

/** A section's definition in a profile, by id. */
export function sectionDef(profile: ReportProfile, id: string): SectionDef | undefined {
  return profile.sections.find((s) => s.id === id);
}

const detectors = new Map<ReportProfile, RegExp>();

/**
 * The report type a title (or opening) announces, among `candidates` (custom profiles first);
 * the 法治政府建设 profile by default.
 */
export function detectProfile(text: string, candidates: readonly ReportProfile[] = PROFILES): ReportProfile {
  for (const p of candidates) {
    if (!p.detect) continue;
    let re = detectors.get(p);
    if (!re) detectors.set(p, (re = new RegExp(p.detect)));
    if (re.test(text)) return p;
  }
  return PROFILES[0];
}
