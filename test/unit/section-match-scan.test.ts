/**
 * matchSections scores a heading only when it may name a section still missing (issue 13): the
 * statuses, lines and headings it finds agree with the plain definition, which scores every heading.
 * And the heading builder asks whether a line names a section once per line: the answers agree
 * with asking namesSection each time.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parse } from '../../server/src/core/parse';
import { namesSection, sectionNamesOf } from '../../server/src/core/lookahead';
import { bestSection, matchSections } from '../../server/src/core/sections';
import { contentOf, type Heading, type Line, type SectionMatch } from '../../server/src/core/model';
import { PROFILES, type ReportProfile } from '../../server/src/core/profiles';

/** matchSections as first written: every root, then every sub-heading, scored. */
function matchSectionsReference(profile: ReportProfile, roots: Heading[], headings: Heading[], lines: Line[], year: number | null): SectionMatch[] {
  const byId = new Map<string, SectionMatch>();
  for (const def of profile.sections) byId.set(def.id, { id: def.id, status: 'missing', line: null, heading: null });
  const ahead = profile.sections.filter((d) => d.yearOffset === 1).map((d) => byId.get(d.id)!);
  const inside = (line: number, m: SectionMatch) => m.status === 'present' && !!m.heading && line >= m.heading.line && line <= m.heading.endLine;
  const insideAhead = (line: number) => ahead.some((m) => inside(line, m));
  for (const root of roots) {
    const match = byId.get(bestSection(root.text, profile, year)?.id ?? '');
    if (match && match.status === 'missing') Object.assign(match, { status: 'present', line: root.line, heading: root });
  }
  for (const h of headings) {
    if (!h.parent) continue;
    const match = byId.get(bestSection(h.text, profile, year)?.id ?? '');
    if (match && match.status === 'missing' && !insideAhead(h.line)) Object.assign(match, { status: 'embedded', line: h.line, heading: h });
  }
  for (const def of profile.sections) {
    const match = byId.get(def.id)!;
    if (match.status !== 'missing' || !def.mention) continue;
    const re = new RegExp(def.mention);
    const line = lines.find((l) => ['paragraph', 'enumeration', 'heading', 'opening'].includes(l.kind) && !insideAhead(l.index) && re.test(contentOf(l)));
    if (line) Object.assign(match, { status: 'embedded', line: line.index });
  }
  return profile.sections.map((def) => byId.get(def.id)!);
}

test('matchSections finds what scoring every heading finds', () => {
  // A profile whose missing sections soon have few strong keywords, one with an empty keyword.
  const base = PROFILES[0];
  const few: ReportProfile = { ...base, id: 'few', sections: base.sections.map((d, k) => (k === 0 ? { ...d, strong: ['举措'] } : d)) };
  const empty: ReportProfile = { ...base, id: 'empty', sections: base.sections.map((d, k) => (k === 4 ? { ...d, strong: ['', '其他事项'] } : d)) };
  const titles = ['推进法治政府建设的主要举措和成效', '存在的不足和原因', '主要负责人履行第一责任人职责情况', '2025年度主要安排', '其他事项', '其他需要报告的情况', '工作进展情况', '下一步打算', '健全依法决策机制', '存在问题', '加强组织领导', '明年工作计划'];
  const labels = ['一、', '二、', '三、', '（一）', '（二）', '1.', '2.', ''];
  const line = fc.oneof(
    fc.tuple(fc.constantFrom(...labels), fc.constantFrom(...titles)).map(([l, t]) => l + t),
    fc.constantFrom('全年办理案件3件。', '仍存在一些问题和不足。', '主要负责人切实履行第一责任人职责。', ''),
  );
  fc.assert(
    fc.property(fc.array(line, { maxLength: 16 }), fc.constantFrom(...PROFILES, few, empty), (body, profile) => {
      const m = parse(['某市关于2024年度法治政府建设情况的报告', ...body].join('\n'), profile);
      const found = matchSections(profile, m.roots, m.headings, m.lines, m.reportYear);
      assert.deepEqual(found, matchSectionsReference(profile, m.roots, m.headings, m.lines, m.reportYear));
    }),
    { numRuns: 2000 },
  );
});

test('sectionNamesOf answers as namesSection does, for lines asked in any order and again', () => {
  const texts = ['2025年度主要安排', '存在的不足和原因', '健全依法决策机制', '主要负责人履行第一责任人职责情况', '全年办理案件3件。', '下一步打算', '', '其他事项', '法治'];
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...texts), { minLength: 1, maxLength: 10 }), fc.array(fc.nat(), { maxLength: 20 }), fc.constantFrom(...PROFILES), fc.constantFrom(null, 2024), (body, asks, profile, year) => {
      const m = parse(body.join('\n'), profile);
      const namedAt = sectionNamesOf(m.lines, profile, year);
      for (const a of asks) {
        const i = a % m.lines.length;
        assert.equal(namedAt(i), namesSection(contentOf(m.lines[i]), profile, year), m.lines[i].text);
      }
    }),
    { numRuns: 1000 },
  );
});
