/**
 * Unit tests of the core's editor features, through core/index.ts, on drafts where `‸` marks the
 * cursor (stripped before parsing; the position is in UTF-16 columns as the editor sends it).
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { applyEdits, completionsAt, documentSymbols, fixAllDocument, fixAllOfRule, foldingRanges, hoverAt, insertSectionEdits, lintText, outlineOf, parse, sectionDef, type Position } from '../../server/src/core/index';

const CURSOR = '‸';

/** The text without its cursor marker, and the marker's position. */
function withCursor(marked: string): { text: string; pos: Position } {
  const at = marked.indexOf(CURSOR);
  assert.ok(at !== -1 && marked.indexOf(CURSOR, at + 1) === -1, 'exactly one cursor marker');
  const before = marked.slice(0, at);
  const line = before.split('\n').length - 1;
  return { text: marked.slice(0, at) + marked.slice(at + 1), pos: { line, character: at - (before.lastIndexOf('\n') + 1) } };
}

const DRAFT = [
  '某县司法局关于2023年度法治政府建设情况的报告',
  '现将2023年度法治政府建设情况报告如下。',
  '一、2023年度推进法治政府建设的主要举措和成效',
  '（一）完善依法行政制度体系',
  '全年审查规范性文件12件。',
  '（二）严格规范公正文明执法',
  '全年办理行政执法案件30件。',
  '二、存在的不足和原因',
  '一是法治宣传覆盖面不够广。',
  '三、2024年度推进法治政府建设的主要安排',
  '继续深化行政执法体制改革。',
  '某县司法局',
  '2024年1月10日',
].join('\n');

const at = (line: number, marker: string) => {
  const lines = DRAFT.split('\n');
  lines[line] = marker;
  return lines.join('\n');
};

test('the cursor helper reads the marker position in UTF-16 columns', () => {
  assert.deepEqual(withCursor('甲\n（一‸）'), { text: '甲\n（一）', pos: { line: 1, character: 2 } });
});

describe('completion', () => {
  test('after a level-2 body the next sibling ordinal comes first, then a first child, then the outer level', () => {
    const { text, pos } = withCursor(DRAFT.replace('全年办理行政执法案件30件。', '全年办理行政执法案件30件。\n‸'));
    const labels = completionsAt(parse(text), pos).filter((o) => o.kind === 'ordinal').map((o) => o.label);
    assert.deepEqual(labels.slice(0, 3), ['（三）', '1.', '二、']);
  });

  test('a typed bracket narrows the offers to bracketed ordinals and replaces what was typed', () => {
    const { text, pos } = withCursor(DRAFT.replace('全年办理行政执法案件30件。', '全年办理行政执法案件30件。\n（‸'));
    const offers = completionsAt(parse(text), pos);
    assert.ok(offers.length > 0 && offers.every((o) => o.label.startsWith('（')), offers.map((o) => o.label).join());
    assert.deepEqual(offers[0].replace, { start: { line: pos.line, character: 0 }, end: pos });
  });

  test('on an empty line the missing statutory section is offered as a numbered heading', () => {
    const { text, pos } = withCursor(DRAFT.replace('一是法治宣传覆盖面不够广。', '一是法治宣传覆盖面不够广。\n‸'));
    const section = completionsAt(parse(text), pos).find((o) => o.kind === 'section');
    assert.ok(section, 'no section offer');
    assert.match(section.insertText, /^三、2023年度党政主要负责人履行推进法治建设第一责任人职责/);
  });

  test('inside a sentence nothing is offered', () => {
    const { text, pos } = withCursor(at(4, '全年审查‸规范性文件12件。'));
    assert.deepEqual(completionsAt(parse(text), pos), []);
  });
});

describe('hover', () => {
  test('on a statutory section heading it names the section, its statutory content and basis', () => {
    const { text, pos } = withCursor(at(7, '二、存在的‸不足和原因'));
    const hover = hoverAt(parse(text), pos);
    assert.ok(hover);
    assert.match(hover.contents, /必备法定章节：存在的不足和原因/);
    assert.match(hover.contents, /法治政府建设与责任落实督察工作规定/);
    assert.equal(hover.range.start.line, 7);
  });

  test('in English, and nothing on a body line or a plain sub-heading', () => {
    const { text, pos } = withCursor(at(7, '二、存在的‸不足和原因'));
    assert.match(hoverAt(parse(text), pos, 'en')!.contents, /Required statutory section: shortcomings and their causes/);
    const body = withCursor(at(4, '全年审查‸规范性文件12件。'));
    assert.equal(hoverAt(parse(body.text), body.pos), null);
  });
});

describe('folding', () => {
  test('each heading with a body folds to its last body line; headings without one do not fold', () => {
    const folds = foldingRanges(parse(DRAFT));
    assert.deepEqual(
      folds.map((f) => `${f.startLine}-${f.endLine}`),
      ['2-6', '3-4', '5-6', '7-8', '9-10'],
    );
  });

  test('a block of page residue folds as a comment', () => {
    const text = `首页 > 政务公开 > 法治政府建设\n\n您当前所在的位置：首页\n${DRAFT}`;
    const residue = foldingRanges(parse(text)).filter((f) => f.kind === 'comment');
    assert.deepEqual(residue, [{ startLine: 0, endLine: 2, kind: 'comment' }]);
  });
});

describe('outline', () => {
  test('symbols: the title holds the level-1 headings, which hold theirs, each with its section role', () => {
    const [title] = documentSymbols(parse(DRAFT));
    assert.equal(title.level, 0);
    assert.equal(title.detail, '法治政府建设年度报告');
    assert.deepEqual(title.children.map((c) => [c.name, c.detail]), [
      ['一、2023年度推进法治政府建设的主要举措和成效', '必备：主要举措和成效'],
      ['二、存在的不足和原因', '必备：存在的不足和原因'],
      ['三、2024年度推进法治政府建设的主要安排', '必备：下一年度主要安排'],
    ]);
    assert.deepEqual(title.children[0].children.map((c) => c.name), ['（一）完善依法行政制度体系', '（二）严格规范公正文明执法']);
  });

  test('checklist: each statutory section with its status and line, numbering problems on headings', () => {
    const text = DRAFT.replace('（二）严格', '（三）严格');
    const result = lintText(text);
    const checklist = outlineOf(result.model, result.findings);
    assert.deepEqual(checklist.sections.map((s) => `${s.id}:${s.status}`), ['measures:present', 'shortcomings:present', 'leader-duty:missing', 'next-year-plan:present', 'other:missing']);
    assert.equal(checklist.reportYear, 2023);
    assert.equal(checklist.headings[0].children[1].problems.length, 1);
  });
});

describe('skeleton insertion', () => {
  test('a missing section goes before the next present one, and later level-1 ordinals move up', () => {
    const model = parse(DRAFT);
    const edits = insertSectionEdits(model, sectionDef(model.profile, 'leader-duty')!);
    const lines = applyEdits(DRAFT, edits).split('\n');
    assert.equal(lines[9], '三、2023年度党政主要负责人履行推进法治建设第一责任人职责，加强法治政府建设的有关情况');
    assert.equal(lines[10], '（待补充）');
    assert.equal(lines[11], '四、2024年度推进法治政府建设的主要安排');
    const again = parse(lines.join('\n'));
    assert.equal(again.sections.find((s) => s.id === 'leader-duty')?.status, 'present');
  });

  test('the optional last section goes after the last one', () => {
    const model = parse(DRAFT);
    const lines = applyEdits(DRAFT, insertSectionEdits(model, sectionDef(model.profile, 'other')!)).split('\n');
    assert.equal(lines[11], '四、其他需要报告的情况');
    assert.equal(lines.at(-2), '某县司法局');
  });
});

describe('fix actions', () => {
  const MIXED = DRAFT.replace('（一）完善', '（一） 完善').replace('（二）严格', '（二） 严格');

  test('fix all of one kind gathers every safe fix of that rule into one edit set', () => {
    const result = lintText(MIXED);
    const batch = fixAllOfRule(MIXED, result.findings, 'heading-style');
    assert.ok(batch, 'no batch fix');
    assert.equal(batch.count, 2);
    assert.equal(batch.title, '修复全部同类问题（2处）');
    assert.equal(applyEdits(MIXED, batch.edits), DRAFT);
  });

  test('fix all returns edits only on the lines that change, and nothing when all is clean', () => {
    const all = fixAllDocument(MIXED, { locale: 'en' });
    assert.ok(all);
    assert.deepEqual(all.edits.map((e) => e.range.start.line), [3, 5]);
    assert.match(all.title, /^Fix all auto-fixable problems/);
    assert.equal(applyEdits(MIXED, all.edits), DRAFT);
    assert.equal(fixAllDocument(DRAFT), null);
  });
});
