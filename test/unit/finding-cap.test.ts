/**
 * Issue 8 item 5: past MAX_FINDINGS_PER_RULE findings of one rule, every rule notes the cut-off
 * (heading-sequence and doubled-word stopped early without it), and --fix (fixAll) is idempotent:
 * it fixes every finding, not the first thousand per round, so a second run fixes nothing more.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { fixAll } from '../../server/src/core/fix';
import { lintText, MAX_FINDINGS_PER_RULE } from '../../server/src/core/lint';
import { toChineseNumber } from '../../server/src/core/numbering';

const HEAD = '某某县司法局\n2024年度法治政府建设情况报告\n\n2024年，我局坚持依法行政，现将有关情况报告如下。\n';
const TAIL = '\n某某县司法局\n2025年1月10日\n';

/** 99 sections of 99 sub-headings of 2 items each, every label followed by a space: ~30 000 safe heading-style fixes. */
function spacedLabels(): string {
  const out: string[] = [];
  for (let i = 1; i <= 99; i++) {
    out.push(`${toChineseNumber(i)}、 工作情况`);
    for (let j = 1; j <= 99; j++) {
      out.push(`（${toChineseNumber(j)}） 具体措施`, '全年办理案件，依法纠正违法行为。', '1. 第一项', '2. 第二项');
    }
  }
  return HEAD + out.join('\n') + TAIL;
}

describe('more than MAX_FINDINGS_PER_RULE findings of one rule (issue 8 item 5)', () => {
  test('fix-all fixes them all: a second fix-all changes nothing', () => {
    const text = spacedLabels();
    const before = lintText(text, { only: ['heading-style'] });
    assert.ok(before.truncated.includes('heading-style'), 'the document has more findings than are listed');
    const first = fixAll(text);
    assert.ok(first.applied > 10 * MAX_FINDINGS_PER_RULE, `applied ${first.applied}`);
    const second = fixAll(first.text);
    assert.equal(second.applied, 0);
    assert.equal(second.text, first.text);
    assert.deepEqual(lintText(first.text, { only: ['heading-style'] }).findings.length, 0);
  });

  test('heading-sequence notes the cut-off', () => {
    const out: string[] = [];
    for (let i = 1; i <= 20; i++) {
      out.push(`${toChineseNumber(i)}、工作情况`);
      for (let j = 1; j <= 99; j++) out.push('（一）具体措施', '全年办理案件，依法纠正违法行为。');
    }
    const result = lintText(HEAD + out.join('\n') + TAIL, { only: ['heading-sequence'] });
    assert.equal(result.findings.length, MAX_FINDINGS_PER_RULE);
    assert.deepEqual(result.truncated, ['heading-sequence']);
  });

  test('doubled-word notes the cut-off', () => {
    const body = Array.from({ length: MAX_FINDINGS_PER_RULE + 5 }, () => '我们要推进建设建设工作。').join('\n');
    const result = lintText(HEAD + '一、推进法治政府建设的主要举措和成效\n' + body + TAIL, { only: ['doubled-word'] });
    assert.equal(result.findings.length, MAX_FINDINGS_PER_RULE);
    assert.deepEqual(result.truncated, ['doubled-word']);
  });

  test('exactly MAX_FINDINGS_PER_RULE findings are not called cut off', () => {
    const body = Array.from({ length: MAX_FINDINGS_PER_RULE }, () => '我们要推进建设建设工作。').join('\n');
    const result = lintText(HEAD + '一、推进法治政府建设的主要举措和成效\n' + body + TAIL, { only: ['doubled-word'] });
    assert.equal(result.findings.length, MAX_FINDINGS_PER_RULE);
    assert.deepEqual(result.truncated, []);
  });
});
