import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from '../../server/src/core/parse';
import { lintText } from '../../server/src/core/lint';
import { detectProfile, FZZF_PROFILE, GIP_PROFILE, PROFILES } from '../../server/src/core/profiles';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseProfileFixture } from '../rules/profile-fixture-format';
import { namesSection } from '../../server/src/core/lookahead';

// The six parts of a 政府信息公开工作年度报告 under the 2021 format, as published reports title them.
const GIP = [
  '益阳市科学技术局2021年政府信息公开工作年度报告',
  '本报告根据《中华人民共和国政府信息公开条例》第五十条要求编制。',
  '一、总体情况',
  '2021年，我局认真贯彻落实政府信息公开工作要求。',
  '二、主动公开政府信息情况',
  '全年主动公开政府信息56条。',
  '三、收到和处理政府信息公开申请情况',
  '全年未收到政府信息公开申请。',
  '四、政府信息公开行政复议、行政诉讼情况',
  '全年未发生政府信息公开行政复议、行政诉讼。',
  '五、存在的主要问题及改进情况',
  '一是公开内容不够全面。二是更新不够及时。',
  '六、其他需要报告的事项',
  '无。',
  '益阳市科学技术局',
  '2022年1月20日',
  '',
].join('\n');

test('a 政府信息公开工作年度报告 is recognised by its title and checked against its own six parts', () => {
  const model = parse(GIP);
  assert.equal(model.profile.id, 'gip');
  assert.deepEqual(
    model.sections.map((s) => `${s.id}:${s.status}@${s.line === null ? '-' : s.line + 1}`),
    ['overview:present@3', 'proactive:present@5', 'requests:present@7', 'review-litigation:present@9', 'problems:present@11', 'other:present@13'],
  );
  const rules = lintText(GIP).findings.map((f) => f.rule);
  assert.ok(!rules.includes('section-missing'), rules.join());
});

test('a missing part of the other report type is reported with its own name and basis', () => {
  const text = GIP.replace('四、政府信息公开行政复议、行政诉讼情况\n全年未发生政府信息公开行政复议、行政诉讼。\n', '');
  const missing = lintText(text).findings.filter((f) => f.rule === 'section-missing');
  assert.equal(missing.length, 1);
  assert.match(missing[0].message, /政府信息公开行政复议、行政诉讼情况/);
  assert.match(missing[0].message, /政府信息公开条例》第五十条/);
});

test('without such a title the 法治政府建设 profile applies, and an explicit profile wins', () => {
  assert.equal(detectProfile('某局关于2023年度法治政府建设情况的报告'), FZZF_PROFILE);
  assert.equal(parse('一、总体情况\n').profile, FZZF_PROFILE);
  assert.equal(parse(GIP, FZZF_PROFILE).profile, FZZF_PROFILE);
  assert.equal(PROFILES[0], FZZF_PROFILE);
  assert.ok(PROFILES.includes(GIP_PROFILE));
});

test('every profile defines sections with unique ids, names in both locales and templates', () => {
  for (const p of PROFILES) {
    const ids = p.sections.map((s) => s.id);
    assert.equal(new Set(ids).size, ids.length, p.id);
    for (const s of p.sections) assert.ok(s.name.zh && s.name.en && s.template && s.strong.length, `${p.id}/${s.id}`);
  }
});

test('the 政府信息公开 profile recovers a lost 一、 exactly as the 法治政府 profile does (test/rules/profiles/*/lost-first-heading.txt)', () => {
  const read = (profile: string) => {
    const fx = parseProfileFixture(readFileSync(path.join(__dirname, '..', 'rules', 'profiles', profile, 'lost-first-heading.txt'), 'utf8'));
    const r = lintText(fx.text);
    const first = r.model.roots[0];
    const fix = r.findings.find((f) => f.rule === 'heading-unnumbered')?.fixes.find((x) => x.preferred);
    return {
      profile: r.model.profile.id,
      first: { line: first.line, level: first.level, numbered: first.numbered, section: r.model.sections.find((s) => s.heading === first)?.status },
      findings: r.findings.map((f) => `${f.range.start.line + 1}:${f.rule}`),
      fix: fix?.edits.map((e) => `${e.range.start.line + 1}:${e.range.start.character}+${e.newText}`),
    };
  };
  const fzzf = read('fzzf');
  const gip = read('gip');
  assert.equal(fzzf.profile, 'fzzf');
  assert.equal(gip.profile, 'gip');
  assert.deepEqual(fzzf.first, { line: 2, level: 1, numbered: false, section: 'present' });
  assert.deepEqual(gip.first, fzzf.first);
  assert.deepEqual(gip.findings, fzzf.findings);
  assert.deepEqual(gip.fix, ['3:0+一、']);
  assert.deepEqual(gip.fix, fzzf.fix);
});

test("a line without ordinal is a section heading only in its profile's heading form (unnumberedHeading)", () => {
  assert.equal(namesSection('主动公开政府信息情况', GIP_PROFILE, 2021), true);
  assert.equal(namesSection('主动公开政府信息工作稳步推进', GIP_PROFILE, 2021), false);
  assert.equal(namesSection('取得明显成效', FZZF_PROFILE, 2023), false);
  assert.equal(namesSection('2024年度推进法治政府建设的主要安排', FZZF_PROFILE, 2023), true);
});
