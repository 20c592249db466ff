import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  ENUMERATION,
  formatLabel,
  formatLabelLike,
  matchLabel,
  parseChineseNumber,
  toChineseNumber,
  type Label,
} from '../../server/src/core/numbering';

const DIGITS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 一 … 九十九 written out by hand, independent of the code under test. */
function handWritten(n: number): string {
  if (n < 10) return DIGITS[n];
  const tens = Math.floor(n / 10);
  return `${tens === 1 ? '' : DIGITS[tens]}十${DIGITS[n % 10]}`;
}

describe('Chinese numerals', () => {
  test('一 … 九十九 both ways', () => {
    for (let n = 1; n <= 99; n++) {
      assert.equal(toChineseNumber(n), handWritten(n), `toChineseNumber(${n})`);
      assert.equal(parseChineseNumber(handWritten(n)), n, `parseChineseNumber(${handWritten(n)})`);
    }
  });

  test('spot checks', () => {
    assert.equal(toChineseNumber(10), '十');
    assert.equal(toChineseNumber(11), '十一');
    assert.equal(toChineseNumber(20), '二十');
    assert.equal(toChineseNumber(21), '二十一');
    assert.equal(parseChineseNumber('〇'), 0);
    assert.equal(parseChineseNumber('零'), 0);
    assert.equal(parseChineseNumber('两'), 2);
  });

  test('non-numerals are NaN', () => {
    for (const s of ['', '百', '一百', '十十', '二二', '一二三四', 'a', '1', '十a', '是', '零一']) {
      assert.ok(Number.isNaN(parseChineseNumber(s)), s);
    }
  });

  test('past 99 the numerals stay readable (never "undefined")', () => {
    assert.equal(toChineseNumber(100), '一百');
    assert.equal(toChineseNumber(101), '一百零一');
    assert.equal(toChineseNumber(110), '一百一十');
    assert.equal(toChineseNumber(999), '九百九十九');
    for (let n = 100; n < 1000; n++) assert.doesNotMatch(toChineseNumber(n), /undefined|NaN/);
  });
});

describe('formatLabel', () => {
  test('GB/T 9704 forms per level', () => {
    assert.equal(formatLabel(1, 3), '三、');
    assert.equal(formatLabel(2, 12), '（十二）');
    assert.equal(formatLabel(3, 7), '7.');
    assert.equal(formatLabel(4, 2), '（2）');
  });
  test('formatLabelLike keeps a half-width document half-width', () => {
    assert.equal(formatLabelLike(2, 4, 'half'), '(四)');
    assert.equal(formatLabelLike(4, 1, 'half'), '(1)');
    assert.equal(formatLabelLike(2, 4, 'full'), '（四）');
    assert.equal(formatLabelLike(2, 4, 'mixed'), '（四）');
    assert.equal(formatLabelLike(1, 4, 'half'), '四、');
  });
  test('every canonical label is recognised as itself', () => {
    for (const level of [1, 2, 3, 4] as const) {
      for (let n = 1; n <= 99; n++) {
        for (const width of ['full', 'half'] as const) {
          const raw = formatLabelLike(level, n, width);
          const l = matchLabel(`${raw}标题`);
          assert.ok(l, raw);
          assert.deepEqual([l.level, l.ordinal, l.raw, l.styleIssues], [level, n, raw, []], raw);
        }
      }
    }
  });
});

describe('matchLabel', () => {
  const cases: Array<[string, Partial<Label> | null]> = [
    // Level 1
    ['一、总体情况', { level: 1, ordinal: 1, raw: '一、', styleIssues: [] }],
    ['十一、其他', { level: 1, ordinal: 11, raw: '十一、', styleIssues: [] }],
    ['二十、其他', { level: 1, ordinal: 20, raw: '二十、', styleIssues: [] }],
    ['九十九、其他', { level: 1, ordinal: 99, raw: '九十九、', styleIssues: [] }],
    ['一.总体情况', { level: 1, ordinal: 1, raw: '一.', styleIssues: ['wrong-separator'] }],
    ['二．存在问题', { level: 1, ordinal: 2, raw: '二．', styleIssues: ['wrong-separator'] }],
    ['三，下一步', { level: 1, ordinal: 3, raw: '三，', styleIssues: ['wrong-separator'] }],
    ['四,其他', { level: 1, ordinal: 4, raw: '四,', styleIssues: ['wrong-separator'] }],
    ['二．2023年度推进法治政府建设存在的不足和原因', { level: 1, ordinal: 2, raw: '二．', styleIssues: ['wrong-separator'] }],
    // Level 2, both bracket widths and the look-alikes
    ['（一）加强组织领导', { level: 2, ordinal: 1, raw: '（一）', styleIssues: [], brackets: 'full' }],
    ['(六)健全行政权力制约和监督体系', { level: 2, ordinal: 6, raw: '(六)', styleIssues: [], brackets: 'half' }],
    ['（一)加强', { level: 2, ordinal: 1, raw: '（一)', styleIssues: ['mixed-brackets'], brackets: 'mixed' }],
    ['(一）加强', { level: 2, ordinal: 1, raw: '(一）', styleIssues: ['mixed-brackets'], brackets: 'mixed' }],
    ['（一）、加强', { level: 2, ordinal: 1, raw: '（一）、', styleIssues: ['extra-punct'], brackets: 'full' }],
    ['（十二）加强', { level: 2, ordinal: 12, raw: '（十二）', styleIssues: [], brackets: 'full' }],
    // Level 3
    ['1.健全工作机制', { level: 3, ordinal: 1, raw: '1.', styleIssues: [] }],
    ['12.健全工作机制', { level: 3, ordinal: 12, raw: '12.', styleIssues: [] }],
    ['1、健全工作机制', { level: 3, ordinal: 1, raw: '1、', styleIssues: ['arabic-dun'] }],
    ['3、 下一步工作措施', { level: 3, ordinal: 3, raw: '3、', styleIssues: ['arabic-dun'] }],
    ['1．健全工作机制', { level: 3, ordinal: 1, raw: '1．', styleIssues: ['fullwidth-dot'] }],
    ['１．健全工作机制', { level: 3, ordinal: 1, raw: '１．', styleIssues: ['fullwidth-dot'] }],
    // Level 4
    ['（1）认真落实', { level: 4, ordinal: 1, raw: '（1）', styleIssues: [], brackets: 'full' }],
    ['(1)认真落实', { level: 4, ordinal: 1, raw: '(1)', styleIssues: [], brackets: 'half' }],
    ['（１）认真落实', { level: 4, ordinal: 1, raw: '（１）', styleIssues: [], brackets: 'full' }],
    ['(1)、认真落实', { level: 4, ordinal: 1, raw: '(1)、', styleIssues: ['extra-punct'], brackets: 'half' }],
    ['(2),完善监督机制', { level: 4, ordinal: 2, raw: '(2),', styleIssues: ['extra-punct'], brackets: 'half' }],
    ['（1)认真落实', { level: 4, ordinal: 1, raw: '（1)', styleIssues: ['mixed-brackets'], brackets: 'mixed' }],
    // Not labels
    ['1.5亿元科技经费全部拨付到位', null],
    ['1.5', null],
    ['2023年，我局扎实推进法治政府建设', null],
    ['2023年度推进法治政府建设存在的不足和原因', null],
    ['100.加强', null],
    ['0.加强', null],
    ['（0）加强', null],
    ['一是加强理论学习', null],
    ['二是严格规范公正文明执法', null],
    ['第一、加强', null],
    ['一二、加强', null],
    ['十十、加强', null],
    ['（a）加强', null],
    ['(1加强', null],
    ['1)加强', null],
    ['一般来说', null],
    ['十分重视', null],
    ['', null],
    ['、', null],
  ];
  for (const [input, expected] of cases) {
    test(JSON.stringify(input), () => {
      const actual = matchLabel(input);
      if (expected === null) return assert.equal(actual, null);
      assert.ok(actual, 'expected a label');
      for (const [k, v] of Object.entries(expected)) assert.deepEqual(actual[k as keyof Label], v, k);
    });
  }
});

describe('enumeration markers', () => {
  test('一是 … 十是 are enumerations, not labels', () => {
    for (let n = 1; n <= 10; n++) {
      const s = `${toChineseNumber(n)}是加强理论学习。`;
      assert.ok(ENUMERATION.test(s), s);
      assert.equal(matchLabel(s), null, s);
    }
  });
  test('a label is no enumeration, nor is 是 alone or mid-line', () => {
    for (const s of ['一、是否', '（一）是', '是一项', '这一是', '1是']) assert.ok(!ENUMERATION.test(s), s);
  });
});
