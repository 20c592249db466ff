/** Applying fixes: byte-exact edits, picking non-overlapping fixes, fix-all to a fixed point. */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { applyEdits, batchFixOf, fixAll, nonOverlapping } from '../../server/src/core/fix';
import { lintText } from '../../server/src/core/lint';
import type { Finding, Fix, TextEdit } from '../../server/src/core/rules/types';

const at = (line: number, start: number, end = start, endLine = line) => ({ start: { line, character: start }, end: { line: endLine, character: end } });
const edit = (line: number, start: number, end: number, newText: string, endLine = line): TextEdit => ({ range: at(line, start, end, endLine), newText });
const fix = (edits: TextEdit[], safe = true, preferred = true): Fix => ({ title: 't', edits, safe, preferred });

describe('applyEdits', () => {
  const text = '一、总体情况\r\n（三）加强组织领导\r\n正文\r（1）、认真落实\n末行';

  test('changes only the edited ranges; every other byte (CRLF, lone CR) stays', () => {
    const out = applyEdits(text, [edit(1, 0, 3, '（一）'), edit(3, 3, 4, '')]);
    assert.equal(out, '一、总体情况\r\n（一）加强组织领导\r\n正文\r（1）认真落实\n末行');
  });

  test('the order edits are given in does not matter', () => {
    const edits = [edit(0, 0, 2, '一、'), edit(1, 0, 3, '（一）'), edit(3, 3, 4, ''), edit(4, 2, 2, '。')];
    const expected = applyEdits(text, edits);
    assert.equal(applyEdits(text, [...edits].reverse()), expected);
    assert.equal(applyEdits(text, [edits[2], edits[0], edits[3], edits[1]]), expected);
  });

  test('an edit spanning a line break removes the break', () => {
    assert.equal(applyEdits('甲\r\n乙\r\n丙', [edit(0, 0, 0, '', 1)]), '乙\r\n丙');
    assert.equal(applyEdits('甲\r乙\r丙', [edit(1, 0, 0, '', 2)]), '甲\r丙');
  });

  test('inserting at the end of the text and past a line end', () => {
    assert.equal(applyEdits('甲\n乙', [edit(1, 1, 1, '\n丙')]), '甲\n乙\n丙');
    // Columns past the end of a line clamp to it: never into the line break.
    assert.equal(applyEdits('甲\r\n乙', [edit(0, 99, 99, '！')]), '甲！\r\n乙');
    assert.equal(applyEdits('甲', [edit(5, 0, 0, '乙')]), '甲乙');
  });

  test('two inserts at one point keep the order they were given in', () => {
    assert.equal(applyEdits('甲乙', [edit(0, 1, 1, '1'), edit(0, 1, 1, '2')]), '甲12乙');
  });

  test('touching edits are fine, overlapping ones throw', () => {
    assert.equal(applyEdits('abcdef', [edit(0, 0, 2, 'X'), edit(0, 2, 4, 'Y')]), 'XYef');
    assert.throws(() => applyEdits('abcdef', [edit(0, 0, 3, 'X'), edit(0, 2, 4, 'Y')]), /overlapping/);
  });

  test('no edits: the same text', () => {
    assert.equal(applyEdits(text, []), text);
  });

  test('surrogate pairs are UTF-16 columns, as in LSP', () => {
    assert.equal(applyEdits('𠀀建设建设', [edit(0, 4, 6, '')]), '𠀀建设');
  });
});

describe('nonOverlapping', () => {
  const text = 'abcdefghij';
  test('keeps the first of overlapping fixes, in the order given', () => {
    const a = fix([edit(0, 0, 3, 'A')]);
    const b = fix([edit(0, 2, 5, 'B')]);
    const c = fix([edit(0, 5, 6, 'C')]);
    assert.deepEqual(nonOverlapping(text, [a, b, c]), [a, c]);
    assert.deepEqual(nonOverlapping(text, [b, a, c]), [b, c]);
  });

  test('a fix is taken or left whole, with all of its edits', () => {
    const multi = fix([edit(0, 0, 1, 'A'), edit(0, 8, 9, 'Z')]);
    const clash = fix([edit(0, 4, 5, 'M'), edit(0, 8, 10, 'Y')]);
    const free = fix([edit(0, 4, 5, 'M')]);
    assert.deepEqual(nonOverlapping(text, [multi, clash, free]), [multi, free]);
  });

  test('touching ends do not overlap, two inserts at one point do', () => {
    const a = fix([edit(0, 0, 2, 'A')]);
    const b = fix([edit(0, 2, 4, 'B')]);
    const i1 = fix([edit(0, 6, 6, '1')]);
    const i2 = fix([edit(0, 6, 6, '2')]);
    assert.deepEqual(nonOverlapping(text, [a, b, i1, i2]), [a, b, i1]);
  });

  test('a fix whose own edits overlap is left out', () => {
    const bad = fix([edit(0, 0, 3, 'A'), edit(0, 1, 2, 'B')]);
    assert.deepEqual(nonOverlapping(text, [bad]), []);
  });

  test('the chosen fixes always apply', () => {
    const fixes = [fix([edit(0, 1, 4, 'x')]), fix([edit(0, 3, 3, 'y')]), fix([edit(0, 4, 4, 'z')]), fix([edit(0, 0, 10, '')])];
    const chosen = nonOverlapping(text, fixes);
    assert.doesNotThrow(() => applyEdits(text, chosen.flatMap((f) => f.edits)));
  });
});

describe('batchFixOf', () => {
  const finding = (fixes: Fix[]): Finding => ({ rule: 'x', severity: 'warning', range: at(0, 0), message: '', fixes });
  test('prefers the preferred safe fix, else the first safe one, never an unsafe one', () => {
    const safe1 = fix([], true, false);
    const safe2 = fix([], true, true);
    const unsafe = fix([], false, true);
    assert.equal(batchFixOf(finding([safe1, safe2, unsafe])), safe2);
    assert.equal(batchFixOf(finding([unsafe, safe1])), safe1);
    assert.equal(batchFixOf(finding([unsafe])), undefined);
    assert.equal(batchFixOf(finding([])), undefined);
  });
});

describe('fixAll', () => {
  const DRAFT = [
    '您当前所在的位置:  首页 > 政务公开',
    '高台县科学技术局关于2023年度法治政府建设情况的报告。',
    '2023年，县科技局深入学习贯彻习近平法治思想，扎实推进法治政府建设建设各项工作。现将有关情况报告如下。',
    '一、 2023年度推进法治政府建设的主要举措和成效',
    '（一)强化组织领导',
    '成立以局主要负责同志为组长的法治政府建设工作领导小组，制定年度工作要点，明确责任分工。',
    '（三）健全依法决策机制',
    '严格落实《重大行政决策程序暂行条例》，决策前开展合法性审查和风险评估，确保决策合法。',
    '1、压实工作责任',
    '将法治政府建设纳入年度目标责任考核，与业务工作同部署、同推进、同考核。',
    '（四）、深入开展普法宣传',
    '组织干部职工集中学习宪法和民法典，开展“科技活动周”“宪法宣传周”等法治宣传活动。',
    '二、2023年度推进法治政府建设存在的不足和原因',
    '一是普法宣传的形式和载体有待进一步创新。二是执法人员力量稍显不足。',
    '3、 2023年度党政主要负责人履行推进法治建设第一责任人职责情况',
    '局主要负责人带头尊法学法守法用法，对法治建设重要工作亲自部署、重大问题亲自过问。',
    '五、2024年度推进法治政府建设的主要安排',
    '一是加强理论学习。二是严格规范公正文明执法。',
    '',
    '高台县科学技术局',
    '2024年01月15日',
  ];

  for (const eol of ['\n', '\r\n', '\r']) {
    test(`reaches a fixed point, applying safe fixes only (${JSON.stringify(eol)})`, () => {
      const text = DRAFT.join(eol);
      const r = fixAll(text);
      assert.ok(r.rounds >= 1 && r.rounds < 10, `rounds ${r.rounds}`);
      assert.ok(r.applied > 0);
      const again = fixAll(r.text);
      assert.equal(again.applied, 0);
      assert.equal(again.text, r.text);
      // No finding left with a safe fix.
      assert.deepEqual(lintText(r.text).findings.filter((f) => batchFixOf(f)).map((f) => `${f.range.start.line + 1}:${f.rule}`), []);
      const lines = r.text.split(eol);
      assert.equal(lines.length, DRAFT.length, 'safe fixes neither add nor remove lines');
      assert.ok(!r.text.replace(new RegExp(eol === '\r' ? '\r' : eol, 'g'), '').includes(eol === '\n' ? '\r' : '\n'), 'line breaks kept');
      assert.deepEqual(lines.map((l, i) => [i + 1, l]).filter(([i, l]) => l !== DRAFT[(i as number) - 1]), [
        [2, '高台县科学技术局关于2023年度法治政府建设情况的报告'],
        [4, '一、2023年度推进法治政府建设的主要举措和成效'],
        [5, '（一）强化组织领导'],
        [7, '（二）健全依法决策机制'],
        [9, '1.压实工作责任'],
        [11, '（三）深入开展普法宣传'],
        [15, '三、2023年度党政主要负责人履行推进法治建设第一责任人职责情况'],
        [17, '四、2024年度推进法治政府建设的主要安排'],
        [21, '2024年1月15日'],
      ]);
      // Suggestions are left to the author: residue and the doubled word stay.
      assert.ok(r.text.includes('您当前所在的位置'));
      assert.ok(r.text.includes('建设建设'));
    });
  }

  test('honours the options (only these rules)', () => {
    const r = fixAll(DRAFT.join('\n'), { only: ['date-format'] });
    assert.equal(r.applied, 1);
    assert.ok(r.text.endsWith('2024年1月15日'));
    assert.ok(r.text.includes('一、 2023年度'));
  });

  test('stops after maxRounds', () => {
    const r = fixAll(DRAFT.join('\n'), {}, 1);
    assert.equal(r.rounds, 1);
  });

  test('a clean draft is left as it is', () => {
    const r = fixAll('');
    assert.deepEqual(r, { text: '', rounds: 0, applied: 0 });
  });
});
