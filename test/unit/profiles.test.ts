import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from '../../server/src/core/parse';
import { lintText } from '../../server/src/core/lint';
import { detectProfile, FZZF_PROFILE, GIP_PROFILE, PROFILES } from '../../server/src/core/profiles';

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
