/**
 * Report profiles: the report types the checker knows, each one data in its own file under
 * ./builtin. A new report type is a new file there, not new code: the build lists the folder in
 * ./registry.ts (generated, committed, checked by test/unit/profile-registry.test.ts).
 */
import type { ReportProfile, SectionDef } from './types';
import { BUILTIN_PROFILES } from './registry';

export type { ReportProfile, SectionDef, SectionId, OtherKind } from './types';
export { profile as FZZF_PROFILE } from './builtin/fzzf';
export { profile as GIP_PROFILE } from './builtin/gip';

/** Every built-in report type in detection order (each file's `order`); the first is the default. */
export const PROFILES: ReportProfile[] = [...BUILTIN_PROFILES].sort((a, b) => a.order - b.order).map((m) => m.profile);

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
