/** The parser: title block, addressee, headings (run-in, lost ordinals), line breaks, indentation. */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from '../../server/src/core/parse';
import { lintText } from '../../server/src/core/lint';
import { contentOf, type DocumentModel } from '../../server/src/core/model';

const kinds = (m: DocumentModel) => m.lines.map((l) => l.kind);
const lostHeadings = (m: DocumentModel) => m.headings.filter((h) => !h.numbered).map((h) => h.line + 1);

const TITLE = '高台县科学技术局关于2023年度法治政府建设情况的报告';
const OPENING = '2023年，县科技局在县委、县政府的坚强领导下，深入学习贯彻习近平法治思想，扎实推进法治政府建设各项工作。现将有关情况报告如下。';
const BODY = '成立以局主要负责同志为组长的法治政府建设工作领导小组，制定年度工作要点，明确责任分工和完成时限。';
const BODY2 = '严格落实《重大行政决策程序暂行条例》，对涉及群众切身利益的重大事项，决策前开展合法性审查和风险评估。';

describe('title block and addressee', () => {
  test('one-line title with its organ', () => {
    const m = parse([TITLE, OPENING, '一、2023年度推进法治政府建设的主要举措和成效', BODY].join('\n'));
    assert.deepEqual(m.title, { lines: [0], mainLine: 0, text: TITLE, organ: '高台县科学技术局' });
    assert.equal(m.openingLine, 1);
    assert.equal(m.reportYear, 2023);
    assert.equal(m.reportYearSource, 'title');
  });

  test('title on two lines: organ, then the title proper', () => {
    const m = parse(['高青县科学技术局', '2020年度法治政府建设工作报告', '', OPENING, '一、推进法治政府建设的主要举措和成效'].join('\n'));
    assert.ok(m.title);
    assert.deepEqual(m.title.lines, [0, 1]);
    assert.equal(m.title.mainLine, 1);
    assert.equal(m.title.organ, '高青县科学技术局');
    assert.equal(m.title.text, '高青县科学技术局2020年度法治政府建设工作报告');
    assert.deepEqual(kinds(m).slice(0, 4), ['title', 'title', 'blank', 'opening']);
    assert.equal(m.reportYear, 2020);
  });

  test('title without organ, found behind web chrome', () => {
    const m = parse(['您当前所在的位置:  首页 > 政务公开 > 信息公开年报', '2023年度法治政府建设情况报告', '【编辑日期:2023-12-28】  【 关 闭 】', '', OPENING].join('\n'));
    assert.deepEqual(m.title?.lines, [1]);
    assert.equal(m.title?.organ, null);
    assert.deepEqual(kinds(m), ['residue', 'title', 'residue', 'blank', 'opening']);
  });

  test('a title with stray punctuation after 报告 is still the title', () => {
    const m = parse([`${TITLE}。`, OPENING].join('\n'));
    assert.deepEqual(m.title?.lines, [0]);
    assert.equal(m.openingLine, 1);
  });

  test('a short opening sentence is not a title', () => {
    const m = parse(['现将我局2023年度法治政府建设情况报告。', '一、工作进展情况', BODY].join('\n'));
    assert.equal(m.title, null);
    assert.equal(m.openingLine, 0);
  });

  test('addressee (主送机关) without a title', () => {
    const m = parse(['市法制局:', '', `  ${OPENING}`, '', '  一、 总体情况'].join('\n'));
    assert.equal(m.title, null);
    assert.equal(m.addresseeLine, 0);
    assert.equal(m.openingLine, 2);
    assert.equal(m.headings[0].line, 4);
  });

  test('addressee after a title', () => {
    const m = parse([TITLE, '', '市司法局：', OPENING].join('\n'));
    assert.deepEqual(m.title?.lines, [0]);
    assert.equal(m.addresseeLine, 2);
    assert.equal(m.openingLine, 3);
  });

  test('no title: the opening is the first line, the year comes from it', () => {
    const m = parse(['2024年,县科技局在县委、县政府的坚强领导下,扎实推进法治政府建设。', '一、工作进展情况'].join('\n'));
    assert.equal(m.title, null);
    assert.equal(m.openingLine, 0);
    assert.equal(m.reportYear, 2024);
    assert.equal(m.reportYearSource, 'opening');
  });
});

describe('signature and date', () => {
  test('right-aligned signature and date after the body', () => {
    const m = parse([TITLE, OPENING, '一、工作进展情况', BODY, '', '                     阳江市科学技术局', '', '                     2017年11月9日', ''].join('\n'));
    assert.equal(m.signatureLine, 5);
    assert.equal(m.dateLine, 7);
    assert.equal(contentOf(m.lines[5]), '阳江市科学技术局');
  });

  test('a last body sentence is no signature', () => {
    const m = parse([TITLE, OPENING, '一、工作进展情况', BODY].join('\n'));
    assert.equal(m.signatureLine, null);
    assert.equal(m.dateLine, null);
  });

  test('trailing web chrome does not hide the signature and date', () => {
    const m = parse([TITLE, OPENING, '大同市科技局', '', '2023年12月7日', '', '扫一扫在手机上查看当前页面', '相关解读'].join('\n'));
    assert.equal(m.signatureLine, 2);
    assert.equal(m.dateLine, 4);
  });
});

describe('headings', () => {
  test('run-in headings end at the first 。', () => {
    const m = parse([TITLE, OPENING, '一、推进法治政府建设的主要举措和成效', '（一）健全行政决策机制，规范行政行为。严格贯彻《淄博市重大行政决策程序规定》。再如此。'].join('\n'));
    const h = m.headings[1];
    assert.equal(h.runIn, true);
    assert.equal(h.text, '健全行政决策机制，规范行政行为');
    assert.equal(h.textStart, 3);
    assert.equal(h.textEnd, 3 + h.text.length);
    assert.equal(m.lines[3].text[h.textEnd], '。');
  });

  test('a heading ending in 。 with nothing after it is not run-in', () => {
    const m = parse([TITLE, OPENING, '一、主要举措和成效', '（一）加强组织领导，不断提升法治建设工作水平。', BODY].join('\n'));
    const h = m.headings[1];
    assert.equal(h.runIn, false);
    assert.equal(h.text, '加强组织领导，不断提升法治建设工作水平。');
  });

  test('label, space after it, text offsets', () => {
    const m = parse(['  3、 下一步工作措施'].join('\n'));
    const h = m.headings[0];
    assert.deepEqual([h.labelStart, h.labelEnd, h.spaceAfterLabel, h.textStart, h.text], [2, 4, 1, 5, '下一步工作措施']);
  });

  test('tree: parents, children, end lines', () => {
    const m = parse(
      [TITLE, OPENING, '一、工作进展情况', '（一）强化组织领导', BODY, '1.健全工作机制', BODY2, '（1）压实责任', BODY, '（二）健全依法决策机制', BODY2, '二、存在的问题', BODY, '', '某某局', '2024年1月5日'].join('\n'),
    );
    const shape = m.headings.map((h) => [h.line, h.level, h.parent?.line ?? null, h.endLine]);
    assert.deepEqual(shape, [
      [2, 1, null, 10],
      [3, 2, 2, 8],
      [5, 3, 3, 8],
      [7, 4, 5, 8],
      [9, 2, 2, 10],
      [11, 1, null, 12],
    ]);
    assert.deepEqual(m.roots.map((r) => r.line), [2, 11]);
  });

  test('`一是` lines are enumerations; `1.5亿元` and `2023年` lines are paragraphs', () => {
    const m = parse([TITLE, OPENING, '一、工作进展情况', '一是增强法治意识。二是健全工作机制。', '1.5亿元科技经费全部拨付到位，资金使用规范。', '2023年，我局全年办理行政复议案件3件，均依法办结。'].join('\n'));
    assert.deepEqual(kinds(m).slice(3), ['enumeration', 'paragraph', 'paragraph']);
    assert.equal(m.headings.length, 1);
  });

  test('`3、` among `一、二、` is a level-1 heading written wrongly; `3、` after `1、2、` is level 3', () => {
    const m = parse([TITLE, OPENING, '一、工作进展情况', BODY, '二、存在的问题', BODY, '3、 下一步工作措施', BODY].join('\n'));
    assert.deepEqual([m.headings[2].level, m.headings[2].arabicAtLevel1], [1, true]);
    const n = parse([TITLE, OPENING, '一、工作进展情况', '1、健全机制', BODY, '2、压实责任', BODY, '3、加强督查', BODY].join('\n'));
    assert.deepEqual(n.headings.map((h) => h.level), [1, 3, 3, 3]);
    assert.ok(n.headings.every((h) => !h.arabicAtLevel1));
  });
});

describe('headings that lost their ordinal', () => {
  const section = (...lines: string[]) => [TITLE, OPENING, '一、2023年度推进法治政府建设的主要举措和成效', '（一）强化组织领导', BODY, ...lines].join('\n');

  test('recognised where the numbering shows the loss (seed 000 pattern)', () => {
    const m = parse(section('健全依法决策工作机制。', BODY2, '（三）深入开展普法宣传', BODY));
    assert.deepEqual(lostHeadings(m), [6]);
    assert.deepEqual([m.headings[2].level, m.headings[2].position], [2, 2]);
  });

  test('recognised at the end of a run that already lost one', () => {
    const m = parse(section('（三）深入开展普法宣传', BODY, '依法有效化解矛盾纠纷', BODY2, '二、存在的问题', BODY));
    assert.deepEqual(lostHeadings(m), [8]);
    assert.equal(m.headings.find((h) => h.line === 7)!.position, 4);
  });

  test('a line naming a statutory section is a level-1 heading', () => {
    const m = parse(section('2023年度推进法治政府建设存在的不足和原因', BODY2));
    assert.deepEqual(lostHeadings(m), [6]);
    assert.equal(m.headings[2].level, 1);
    assert.equal(m.sections.find((s) => s.id === 'shortcomings')?.status, 'present');
  });

  // Adversarial: ordinary short paragraphs that must stay paragraphs.
  const NOT_HEADINGS: Array<[string, string[]]> = [
    ['特此报告。 before the signature', ['（二）健全依法决策机制', BODY2, '特此报告。', '', '高台县科学技术局', '2024年1月15日']],
    ['a short closing sentence right before the next sibling', ['全年共召开专题会议三次。', '（二）健全依法决策机制', BODY2]],
    ['a short sentence in the middle of a body, numbering intact', ['各项工作稳步推进。', BODY2, '（二）健全依法决策机制', BODY2]],
    ['a sentence that names a section but ends in 。', ['我局法治政府建设工作取得明显成效。', BODY2, '（二）健全依法决策机制', BODY2]],
    ['a short sentence at the end of a run that lost nothing', ['（二）健全依法决策机制', BODY2, '取得了较好效果。', BODY, '二、存在的问题', BODY]],
    ['a short last line of the document', ['（二）健全依法决策机制', BODY2, '取得了较好效果']],
    ['a line with figures', ['全年办理行政复议案件3件。', BODY2, '（三）深入开展普法宣传', BODY]],
    ['a line ending with a colon', ['主要做法如下：', '一是健全制度。二是压实责任。']],
    ['a line right after a heading (its first body line)', []],
    ['a short line after a run-in sibling', ['（二）健全依法决策机制。严格落实重大行政决策法定程序。', '成效较为明显。', BODY2, '（四）深入开展普法宣传。积极开展普法。']],
  ];
  for (const [name, lines] of NOT_HEADINGS) {
    test(`not a heading: ${name}`, () => {
      const text = name.startsWith('a line right after') ? [TITLE, OPENING, '一、工作进展情况', '（一）强化组织领导', '成效较为明显。', BODY].join('\n') : section(...lines);
      const m = parse(text);
      assert.deepEqual(lostHeadings(m), []);
      assert.deepEqual(lintText(text).findings.filter((f) => f.rule === 'heading-unnumbered'), []);
    });
  }
});

describe('line breaks, BOM and indentation', () => {
  const LINES = [TITLE, OPENING, '一、工作进展情况', '（一）强化组织领导', BODY, '二、存在的问题', BODY2, '', '某某局', '2024年1月5日'];
  const shape = (m: DocumentModel) => ({
    kinds: kinds(m),
    headings: m.headings.map((h) => [h.line, h.level, h.ordinal, h.text]),
    title: m.title?.lines,
    signature: m.signatureLine,
    date: m.dateLine,
  });
  const reference = shape(parse(LINES.join('\n')));

  for (const [name, eol] of [['CRLF', '\r\n'], ['lone CR', '\r'], ['mixed', '\n']] as const) {
    test(`${name} parses like LF`, () => {
      const text = name === 'mixed' ? LINES.map((l, i) => (i === 0 ? '' : ['\n', '\r\n', '\r'][i % 3]) + l).join('') : LINES.join(eol);
      const m = parse(text);
      assert.deepEqual(shape(m), reference);
      for (const l of m.lines) assert.ok(!/[\r\n]/.test(l.text), 'no line break inside a line');
      if (name !== 'mixed') assert.equal(m.eol, eol);
    });
  }

  test('a BOM is skipped like indentation and kept in the text', () => {
    const text = '\uFEFF' + LINES.join('\n');
    const m = parse(text);
    assert.deepEqual(shape(m), reference);
    assert.equal(m.lines[0].contentStart, 1);
    assert.equal(m.text, text);
  });

  test('U+3000, NBSP, tab and ASCII-space indentation', () => {
    for (const indent of ['\u3000\u3000', '\u00a0\u00a0', '\t', '  ', '\u3000 \u00a0']) {
      const m = parse(LINES.map((l) => (l ? indent + l : l)).join('\n'));
      assert.deepEqual(shape(m), reference, JSON.stringify(indent));
      assert.equal(m.headings[0].labelStart, indent.length);
    }
  });

  test('trailing spaces and a line of only spaces', () => {
    const m = parse([TITLE, OPENING, '一、工作进展情况\u3000 ', ' ', '\u3000'].join('\n'));
    assert.equal(m.headings[0].text, '工作进展情况');
    assert.deepEqual(kinds(m).slice(3), ['blank', 'blank']);
  });

  test('a leading Word bookmark is residue and the heading behind it is found', () => {
    const m = parse([TITLE, OPENING, '一、工作进展情况', '[bookmark: _GoBack]（一）深入开展普法宣传。积极开展多种形式的法制宣传教育活动。'].join('\n'));
    assert.deepEqual(m.residue.map((r) => [r.line, r.start, r.end, r.wholeLine]), [[3, 0, 19, false]]);
    assert.deepEqual([m.headings[1].level, m.headings[1].labelStart], [2, 19]);
  });

  test('empty and blank documents', () => {
    for (const text of ['', '\n', '\r\n\r\n', '\uFEFF', '   ']) {
      const m = parse(text);
      assert.equal(m.headings.length, 0);
      assert.equal(m.title, null);
      assert.ok(m.lines.every((l) => l.kind === 'blank'));
    }
  });
});
