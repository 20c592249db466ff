/** Statutory sections by meaning: the wordings of domain.md §4 and how a draft's headings map. */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { bestSection } from '../../server/src/core/sections';
import { FZZF_PROFILE } from '../../server/src/core/profiles';
import { parse } from '../../server/src/core/parse';
import { matchLabel } from '../../server/src/core/numbering';

/** The section a heading line maps to (its label, if any, removed), for a report year. */
function sectionOf(line: string, year: number | null = 2023): string | null {
  const trimmed = line.trim();
  const label = matchLabel(trimmed);
  const text = label ? trimmed.slice(label.raw.length).trim() : trimmed;
  return bestSection(text, FZZF_PROFILE, year)?.id ?? null;
}

// domain.md §4, "variants in the seeds", with the seed they come from.
const VARIANTS: Array<[string, string, number]> = [
  // C1 主要举措和成效
  ['一、2023年度推进法治政府建设的主要举措和成效', 'measures', 2023], // S0
  ['一、本年度推进法治政府建设的主要举措和成效', 'measures', 2023], // S3
  ['一、推进法治政府建设的主要举措和成效', 'measures', 2020], // S2
  ['一、工作进展情况', 'measures', 2024], // S1
  ['一、 总体情况', 'measures', 2017], // S4
  // C2 不足和原因
  ['2023年度推进法治政府建设存在的不足和原因', 'shortcomings', 2023], // S0, ordinal lost
  ['二、存在的问题', 'shortcomings', 2024], // S1
  ['二、存在的主要问题', 'shortcomings', 2020], // S2
  ['二、存在问题及对策建议', 'shortcomings', 2023], // S3: C2 merged with remedies — not the plan
  ['二、 存在的薄弱环节和问题', 'shortcomings', 2017], // S4
  // C3 第一责任人履职
  ['2023年度主要负责人履行推进法治建设第一责任人职责加强法治政府建设情况', 'leader-duty', 2023], // S0
  ['三、党政主要负责人履行推进法治建设第一责任人职责情况', 'leader-duty', 2023], // S3
  ['（一）强化组织保障和落实机制，全面履行第一责任人职责。', 'leader-duty', 2020], // S2, merged into C1
  // C4 下一年度安排
  ['2024年度推进法治政府建设的主要安排', 'next-year-plan', 2023], // S0
  ['三、下一步打算', 'next-year-plan', 2024], // S1
  ['3、 下一步工作措施', 'next-year-plan', 2020], // S2
  ['四、下一步工作意见建议', 'next-year-plan', 2023], // S3: not C2 for its 建议
  ['三、下一步工作建议', 'next-year-plan', 2017], // S4
  // C5
  ['五、其他需要报告的情况', 'other', 2023],
];

describe('section wordings (domain.md §4)', () => {
  for (const [line, id, year] of VARIANTS) {
    test(`${line} → ${id}`, () => assert.equal(sectionOf(line, year), id));
  }

  test('the statutory wordings and our own templates map to their section', () => {
    for (const def of FZZF_PROFILE.sections) {
      assert.equal(bestSection(def.statutory, FZZF_PROFILE, 2023)?.id, def.id, def.statutory);
      assert.equal(bestSection(def.templateNoYear, FZZF_PROFILE, null)?.id, def.id, def.templateNoYear);
      const t = def.template.replace('{year}', '2023').replace('{next}', '2024');
      assert.equal(bestSection(t, FZZF_PROFILE, 2023)?.id, def.id, t);
    }
  });

  test('the year after the report year marks the plan', () => {
    assert.equal(sectionOf('2024年重点任务', 2023), 'next-year-plan');
    assert.equal(sectionOf('2024年重点任务', 2024), null);
    assert.equal(sectionOf('2024年重点任务', null), null);
  });

  test('ordinary sub-headings map to no section', () => {
    for (const line of ['（一）强化组织领导', '（二）健全依法决策机制', '（四）健全突发事件应对体系', '1.坚持依法行政']) {
      assert.equal(sectionOf(line), null, line);
    }
  });

  test('strict mode (lines without an ordinal) needs 法治/年度/下一步', () => {
    assert.equal(bestSection('取得明显成效', FZZF_PROFILE, 2023, true), null);
    assert.equal(bestSection('取得明显成效', FZZF_PROFILE, 2023)?.id, 'measures');
    assert.equal(bestSection('2023年度推进法治政府建设存在的不足和原因', FZZF_PROFILE, 2023, true)?.id, 'shortcomings');
  });
});

describe('matching a draft', () => {
  const draft = (body: string) => `高台县科学技术局关于2023年度法治政府建设情况的报告\n2023年，我局扎实推进法治政府建设各项工作，现将有关情况报告如下。\n${body}`;
  const statuses = (text: string) => Object.fromEntries(parse(text).sections.map((s) => [s.id, `${s.status}${s.line === null ? '' : `@${s.line + 1}`}`]));

  test('present, embedded as a sub-heading, embedded as a sentence, missing', () => {
    const text = draft(
      [
        '一、2023年度推进法治政府建设的主要举措和成效',
        '（一）强化组织保障，全面履行第一责任人职责',
        '成立领导小组，研究部署年度法治建设重点任务。',
        '二、下一步工作安排',
        '一是持续加强理论学习。二是严格规范公正文明执法。',
      ].join('\n'),
    );
    assert.deepEqual(statuses(text), {
      measures: 'present@3',
      shortcomings: 'missing',
      'leader-duty': 'embedded@4',
      'next-year-plan': 'present@6',
      other: 'missing',
    });
    assert.ok(parse(text).sections.find((s) => s.id === 'leader-duty')!.heading, 'a sub-heading match keeps its heading');

    const sentence = draft(
      [
        '一、工作进展情况',
        '局主要负责人认真履行推进法治建设第一责任人职责，定期研究法治建设工作。',
        '我局法治建设虽然取得一定成效，但仍存在一些薄弱环节。',
        '二、下一步打算',
        '一是持续加强理论学习。',
      ].join('\n'),
    );
    const s = parse(sentence).sections;
    assert.deepEqual(statuses(sentence), {
      measures: 'present@3',
      shortcomings: 'embedded@5',
      'leader-duty': 'embedded@4',
      'next-year-plan': 'present@6',
      other: 'missing',
    });
    assert.equal(s.find((x) => x.id === 'leader-duty')!.heading, null);
  });

  test('duties mentioned in the plan do not cover last year', () => {
    const text = draft(
      [
        '一、工作进展情况',
        '成立领导小组，研究部署年度法治建设重点任务。',
        '二、存在的问题',
        '普法宣传形式较为单一，针对性不强。',
        '三、下一步打算',
        '一是严格履行第一责任人职责。二是持续加强理论学习。',
      ].join('\n'),
    );
    assert.equal(statuses(text)['leader-duty'], 'missing');
  });

  test('the first heading of a section wins; a second one of the same kind changes nothing', () => {
    const text = draft(['一、工作进展情况', '正文。', '二、主要做法', '正文。', '三、存在的问题', '正文。'].join('\n'));
    assert.equal(statuses(text).measures, 'present@3');
  });
});
