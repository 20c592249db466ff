/**
 * Word's automatic numbering rendered as the label Word shows: number formats, lvlText with
 * several levels, start values, restarts after a shallower level, lvlRestart, startOverride
 * instances, level overrides, legal numbering and counters shared through the abstract list.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { formatNumber } from '../../server/src/node/docx/num-format';
import { NumberingState, parseNumbering } from '../../server/src/node/docx/numbering';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const lvl = (ilvl: number, fmt: string, text: string, extra = '') => `<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/><w:numFmt w:val="${fmt}"/><w:lvlText w:val="${text}"/>${extra}</w:lvl>`;
const state = (inner: string) => new NumberingState(parseNumbering(`<w:numbering ${W}>${inner}</w:numbering>`));
const labels = (s: NumberingState, seq: Array<[string, number]>) => seq.map(([n, l]) => s.label(n, l).text);

describe('number formats', () => {
  test('Chinese counting reads numbers as spoken: 十, 十一, 二十, 一百零一', () => {
    const got = [1, 9, 10, 11, 19, 20, 21, 99, 100, 101, 110, 1000, 1001].map((n) => formatNumber(n, 'chineseCounting'));
    assert.deepEqual(got, ['一', '九', '十', '十一', '十九', '二十', '二十一', '九十九', '一百', '一百零一', '一百一十', '一千', '一千零一']);
    assert.equal(formatNumber(12, 'chineseCountingThousand'), '十二');
    assert.equal(formatNumber(12, 'taiwaneseCountingThousand'), '十二');
  });
  test('legal, heavenly stems, zodiac, digital, enclosed and full-width forms', () => {
    assert.equal(formatNumber(10, 'chineseLegalSimplified'), '壹拾');
    assert.equal(formatNumber(23, 'chineseLegalSimplified'), '贰拾叁');
    assert.deepEqual([1, 2, 10, 11].map((n) => formatNumber(n, 'ideographTraditional')), ['甲', '乙', '癸', '甲']);
    assert.equal(formatNumber(3, 'ideographZodiac'), '寅');
    assert.equal(formatNumber(10, 'ideographDigital'), '一〇');
    assert.deepEqual([1, 20, 21].map((n) => formatNumber(n, 'decimalEnclosedCircle')), ['①', '⑳', '㉑']);
    assert.equal(formatNumber(12, 'decimalFullWidth'), '１２');
  });
  test('Western forms and fallbacks', () => {
    assert.deepEqual([4, 9, 14, 1999].map((n) => formatNumber(n, 'upperRoman')), ['IV', 'IX', 'XIV', 'MCMXCIX']);
    assert.equal(formatNumber(3, 'lowerRoman'), 'iii');
    assert.deepEqual([1, 26, 27, 28].map((n) => formatNumber(n, 'upperLetter')), ['A', 'Z', 'AA', 'BB']);
    assert.equal(formatNumber(3, 'decimalZero'), '03');
    assert.equal(formatNumber(2, 'ordinal'), '2nd');
    assert.equal(formatNumber(7, 'none'), '');
    assert.equal(formatNumber(7, 'someFutureFormat'), '7');
  });
});

describe('NumberingState', () => {
  const headings = `<w:abstractNum w:abstractNumId="0">${lvl(0, 'chineseCounting', '%1、')}${lvl(1, 'chineseCounting', '（%2）')}${lvl(2, 'decimal', '%3.')}${lvl(3, 'decimal', '（%4）')}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`;

  test('counts per level and restarts deeper levels after a shallower one', () => {
    const s = state(headings);
    assert.deepEqual(labels(s, [['1', 0], ['1', 1], ['1', 1], ['1', 2], ['1', 3], ['1', 2], ['1', 0], ['1', 1], ['1', 2]]), ['一、', '（一）', '（二）', '1.', '（1）', '2.', '二、', '（一）', '1.']);
  });

  test('multi-level text (%1.%2) uses each level\'s own format; isLgl forces decimal', () => {
    const s = state(`<w:abstractNum w:abstractNumId="0">${lvl(0, 'chineseCounting', '第%1章')}${lvl(1, 'decimal', '%1.%2')}${lvl(2, 'decimal', '%1.%2.%3', '<w:isLgl/>')}</w:abstractNum><w:num w:numId="5"><w:abstractNumId w:val="0"/></w:num>`);
    assert.deepEqual(labels(s, [['5', 0], ['5', 1], ['5', 1], ['5', 2]]), ['第一章', '一.1', '一.2', '1.2.1']);
  });

  test('start values and a level used before its parent ever was', () => {
    const s = state(`<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="3"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl>${lvl(1, 'decimal', '%1.%2')}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`);
    assert.deepEqual(labels(s, [['1', 1], ['1', 0], ['1', 0]]), ['三.1', '三、', '四、']);
  });

  test('two instances of one abstract list share its counters; a startOverride restarts once', () => {
    const s = state(`${headings}<w:num w:numId="2"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="3"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>`);
    assert.deepEqual(labels(s, [['1', 0], ['1', 0], ['2', 0], ['3', 0], ['3', 0], ['1', 0]]), ['一、', '二、', '三、', '一、', '二、', '三、']);
  });

  test('lvlRestart 0 keeps a level counting through its parents', () => {
    const s = state(`<w:abstractNum w:abstractNumId="0">${lvl(0, 'chineseCounting', '%1、')}${lvl(1, 'decimal', '%2.', '<w:lvlRestart w:val="0"/>')}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`);
    assert.deepEqual(labels(s, [['1', 0], ['1', 1], ['1', 1], ['1', 0], ['1', 1]]), ['一、', '1.', '2.', '二、', '3.']);
  });

  test('a level override replaces the level\'s format for that instance only', () => {
    const s = state(`${headings}<w:num w:numId="2"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/>${lvl(0, 'ideographTraditional', '%1.')}</w:lvlOverride></w:num>`);
    assert.deepEqual(labels(s, [['2', 0], ['2', 0], ['1', 0]]), ['甲.', '乙.', '三、']);
  });

  test('numId 0, unknown lists and bullets', () => {
    const s = state(`<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="\uf0b7"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`);
    assert.equal(s.label('0', 0).text, '');
    assert.equal(s.label('9', 0).text, '');
    assert.equal(s.label('1', 0).text, '•');
  });
});
