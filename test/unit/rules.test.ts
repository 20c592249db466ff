/**
 * What the fixture format cannot express: rule options and severities, the English messages,
 * and the registry's metadata.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { lintText } from '../../server/src/core/lint';
import { RULES, RULE_IDS, findRule } from '../../server/src/core/rules/index';

const L3_UNDER_L1 = [
  '高台县科学技术局关于2023年度法治政府建设情况的报告',
  '2023年，县科技局扎实推进法治政府建设各项工作，现将有关情况报告如下。',
  '一、2023年度推进法治政府建设的主要举措和成效',
  '1.强化组织领导',
  '成立以局主要负责同志为组长的法治政府建设工作领导小组，制定年度工作要点。',
  '（1）压实工作责任',
  '将法治政府建设纳入年度目标责任考核，与业务工作同部署、同推进、同考核。',
].join('\n');

const rulesAt = (text: string, options = {}) => lintText(text, options).findings.map((f) => `${f.range.start.line + 1}:${f.rule}`);

describe('options', () => {
  test('`1.` directly under `一、` is tolerated by default and flagged in strict mode (allowLevel3UnderLevel1: false)', () => {
    assert.deepEqual(rulesAt(L3_UNDER_L1, { only: ['heading-level-skip'] }), []);
    assert.deepEqual(rulesAt(L3_UNDER_L1, { only: ['heading-level-skip'], allowLevel3UnderLevel1: true }), []);
    assert.deepEqual(rulesAt(L3_UNDER_L1, { only: ['heading-level-skip'], allowLevel3UnderLevel1: false }), ['4:heading-level-skip']);
  });

  test('`1.` under an `一、` that also has `（一）` children is a skip even by default: that part has three levels', () => {
    const text = L3_UNDER_L1.replace('（1）压实工作责任', '（一）压实工作责任');
    assert.deepEqual(rulesAt(text, { only: ['heading-level-skip'] }), ['4:heading-level-skip']);
  });

  test('the option does not excuse other skips', () => {
    const text = L3_UNDER_L1.replace('1.强化组织领导', '（一）强化组织领导');
    assert.deepEqual(rulesAt(text, { only: ['heading-level-skip'], allowLevel3UnderLevel1: true }), ['6:heading-level-skip']);
  });

  test('severities: a rule can be turned off or changed', () => {
    const all = lintText(L3_UNDER_L1);
    assert.ok(all.findings.some((f) => f.rule === 'section-missing' && f.severity === 'error'));
    const off = lintText(L3_UNDER_L1, { severities: { 'section-missing': 'off' } });
    assert.ok(!off.findings.some((f) => f.rule === 'section-missing'));
    const info = lintText(L3_UNDER_L1, { severities: { 'section-missing': 'info' } });
    assert.ok(info.findings.filter((f) => f.rule === 'section-missing').every((f) => f.severity === 'info'));
  });

  test('only: just these rules run', () => {
    const r = lintText(L3_UNDER_L1, { only: ['signature-missing', 'title-form'] });
    assert.deepEqual([...new Set(r.findings.map((f) => f.rule))], ['signature-missing']);
  });

  test('findings come sorted by position', () => {
    const f = lintText(L3_UNDER_L1).findings;
    for (let i = 1; i < f.length; i++) {
      const a = f[i - 1].range.start;
      const b = f[i].range.start;
      assert.ok(a.line < b.line || (a.line === b.line && a.character <= b.character));
    }
  });
});

describe('messages', () => {
  test('English messages come with the en locale, and no placeholder is left unfilled', () => {
    const text = [
      '您当前所在的位置:  首页 > 政务公开',
      '2023年度法治政府建设情况报告。',
      '一、 工作进展情况',
      '（三）强化组织领导',
      '健全依法决策机制',
      '（五）深入开展普法宣传',
      '（1）认真落实建设建设',
      '三、2023年度推进法治政府建设的主要安排',
      '局主要负责人认真履行推进法治建设第一责任人职责，定期听取汇报。',
      '2023年12月07日',
    ].join('\n');
    for (const locale of ['zh', 'en'] as const) {
      const r = lintText(text, { locale });
      assert.ok(r.findings.length > 8);
      for (const f of r.findings) {
        assert.doesNotMatch(f.message, /\{\w+\}/, `${f.rule}: ${f.message}`);
        for (const fix of f.fixes) assert.doesNotMatch(fix.title, /\{\w+\}/, `${f.rule}: ${fix.title}`);
        if (locale === 'en') assert.match(f.message, /^[\x20-\x7e]/, `${f.rule}: ${f.message}`);
      }
    }
  });
});

describe('registry', () => {
  test('ids are unique and findRule finds each', () => {
    assert.equal(new Set(RULE_IDS).size, RULES.length);
    for (const id of RULE_IDS) assert.equal(findRule(id)?.meta.id, id);
    assert.equal(findRule('no-such-rule'), undefined);
  });

  test('every rule has a description and messages in both languages, with the same placeholders', () => {
    const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const rule of RULES) {
      const { meta } = rule;
      assert.match(meta.id, /^[a-z]+(?:-[a-z]+)*$/);
      assert.ok(meta.description.zh && meta.description.en, meta.id);
      assert.ok(['error', 'warning', 'info', 'hint', 'off'].includes(meta.defaultSeverity), meta.id);
      for (const [key, m] of Object.entries(meta.messages)) {
        assert.ok(m.zh && m.en, `${meta.id}.${key}`);
        assert.deepEqual(placeholders(m.zh), placeholders(m.en), `${meta.id}.${key}`);
      }
    }
  });

  test('a rule that throws is reported as a failure and the others still run', () => {
    const rule = RULES[0];
    const original = rule.check;
    rule.check = () => {
      throw new Error('boom');
    };
    try {
      const r = lintText(L3_UNDER_L1);
      assert.deepEqual(r.failures.map((f) => f.rule), [rule.meta.id]);
      assert.match(r.failures[0].error, /boom/);
      assert.ok(r.findings.length > 0);
    } finally {
      rule.check = original;
    }
  });
});
