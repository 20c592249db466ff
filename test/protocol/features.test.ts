/**
 * Editor features over the protocol: outline symbols, folding, quick fixes applied until the
 * problem is gone, fix-all actions, completion, hover and the extension's custom requests.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { CodeAction, CompletionItem, Diagnostic, DocumentSymbol, FoldingRange, Hover, TextEdit } from 'vscode-languageserver-protocol';
import type { InsertSectionResult, OutlineResult } from '../../server/src/protocol';
import { TestServer, ruleLines, seed, type OpenDocument } from './harness';

const SEED0 = '000_6c4c41263adb4e45.txt';
const SEED2 = '002_1b9781ffe0e4dc49.txt';
const SEED4 = '004_1c9e8bbbf8b24faa.txt';

describe('language server: features', () => {
  let server: TestServer;
  before(async () => {
    server = await TestServer.start();
  });
  after(async () => {
    await server?.stop();
  });

  const codeActions = (doc: OpenDocument, diagnostics: Diagnostic[], only?: string[]) =>
    server.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri: doc.uri },
      range: diagnostics[0]?.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics, only },
    });
  const editsOf = (action: CodeAction, uri: string): TextEdit[] => action.edit!.changes![uri];

  it('gives a hierarchical outline: title, then headings with their statutory role', async () => {
    const doc = server.open('file:///f-symbols.txt', seed(SEED0));
    const symbols = await server.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: doc.uri } });
    assert.equal(symbols.length, 1);
    const [title] = symbols;
    assert.equal(title.name, '2023年度法治政府建设情况报告');
    assert.deepEqual(
      title.children!.map((c) => c.detail),
      ['必备：主要举措和成效', '必备：存在的不足和原因', '必备：党政主要负责人履行推进法治建设第一责任人职责情况', '必备：下一年度主要安排'],
    );
    const measures = title.children![0];
    assert.equal(measures.name, '一、2023年度推进法治政府建设的主要举措和成效');
    assert.deepEqual([measures.range.start.line, measures.range.end.line], [6, 38]);
    assert.equal(measures.children![0].name, '(一)优化服务健全完善政府机构职能体系');
    assert.equal(measures.children![1].name, '健全依法决策工作机制。', 'a heading that lost its ordinal shows its text');
    const sel = measures.children![1].selectionRange;
    assert.deepEqual([sel.start.line, sel.start.character], [12, 0]);
  });

  it('marks a sub-heading that carries a statutory section with 含：', async () => {
    const doc = server.open('file:///f-embedded.txt', seed(SEED2));
    const symbols = await server.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: doc.uri } });
    assert.equal(symbols[0].children![0].children![0].detail, '含：党政主要负责人履行推进法治建设第一责任人职责情况');
  });

  it('folds every heading with a body', async () => {
    const doc = server.open('file:///f-folding.txt', seed(SEED0));
    const folds = await server.request<FoldingRange[]>('textDocument/foldingRange', { textDocument: { uri: doc.uri } });
    const pairs = folds.map((f) => `${f.startLine}-${f.endLine}`);
    for (const p of ['6-38', '8-10', '20-22', '50-68', '70-78']) assert.ok(pairs.includes(p), `${p} in ${pairs.join(' ')}`);
    assert.ok(folds.every((f) => f.endLine > f.startLine));
  });

  it('offers each fix as a quick fix; applying it makes the problem go away', async () => {
    const doc = server.open('file:///f-quickfix.txt', seed(SEED0));
    const diagnostics = await doc.diagnostics();
    const lost = diagnostics.filter((d) => d.code === 'heading-unnumbered' && d.range.start.line === 12);
    const actions = await codeActions(doc, lost);
    // Added ordinals take GB/T 9704's full-width brackets even in a half-width draft.
    const fix = actions.find((a) => a.kind === 'quickfix' && a.title === '添加序号“（二）”');
    assert.ok(fix, actions.map((a) => a.title).join(' | '));
    assert.equal(fix.isPreferred, true);
    const since = server.mark();
    doc.change(editsOf(fix, doc.uri));
    assert.match(doc.text.split('\n')[12], /^（二）健全依法决策工作机制/);
    assert.ok(!ruleLines(await doc.diagnostics(since)).includes('12:heading-unnumbered'));
  });

  it('a fix too big to travel in Diagnostic.data (a draft-wide habit) is still offered, from the server\'s analysis', async () => {
    // 60 half-width commas between Chinese characters: one punctuation-width finding whose fix has 60 edits.
    const body = Array.from({ length: 60 }, (_, i) => `第${i}项工作已经完成,效果良好。`).join('');
    const doc = server.open('file:///f-bigfix.txt', `某县司法局关于2024年度法治政府建设情况的报告\n\n${body}\n`);
    const habit = (await doc.diagnostics()).filter((d) => d.code === 'punctuation-width');
    assert.equal(habit.length, 1, 'one finding for the habit');
    assert.equal((habit[0].data as { fixes?: unknown }).fixes, undefined, 'its 60 edits are not serialised with every publish');
    const actions = await codeActions(doc, habit);
    const fix = actions.find((a) => a.kind === 'quickfix' && a.edit && editsOf(a, doc.uri).length === 60);
    assert.ok(fix, actions.map((a) => a.title).join(' | '));
    const since = server.mark();
    doc.change(editsOf(fix, doc.uri));
    assert.ok(!doc.text.includes(','));
    assert.ok(!(await doc.diagnostics(since)).some((d) => d.code === 'punctuation-width'));
  });

  it('a small habit fix, whose edits are made when first read, travels in Diagnostic.data with all its edits', async () => {
    // 8 half-width commas: one habit finding whose fix (8 edits) is serialised in the diagnostic's data.
    const body = Array.from({ length: 8 }, (_, i) => `第${i}项工作已经完成,效果良好。`).join('');
    const doc = server.open('file:///f-smallhabit.txt', `某县司法局关于2024年度法治政府建设情况的报告\n\n${body}\n`);
    const habit = (await doc.diagnostics()).filter((d) => d.code === 'punctuation-width');
    assert.equal(habit.length, 1, 'one finding for the habit');
    const fixes = (habit[0].data as { fixes?: Array<{ edits: Array<{ newText: string }> }> }).fixes;
    assert.equal(fixes?.length, 1, JSON.stringify(habit[0].data));
    assert.deepEqual(fixes[0].edits.map((e) => e.newText), Array(8).fill('，'));
    const actions = await codeActions(doc, habit);
    const fix = actions.find((a) => a.kind === 'quickfix' && a.edit && editsOf(a, doc.uri).length === 8);
    assert.ok(fix, actions.map((a) => a.title).join(' | '));
    doc.change(editsOf(fix, doc.uri));
    assert.ok(!doc.text.includes(','));
  });

  it('offers "fix all of this kind" when a rule has two or more safe fixes', async () => {
    const doc = server.open('file:///f-kind.txt', seed(SEED4));
    const diagnostics = (await doc.diagnostics()).filter((d) => d.code === 'heading-style');
    // Two spaces after ordinals and one finding for the half-width brackets of the whole draft.
    assert.equal(diagnostics.length, 3);
    const actions = await codeActions(doc, diagnostics.slice(0, 1));
    const all = actions.find((a) => a.title === '修复全部同类问题（3处）');
    assert.ok(all, actions.map((a) => a.title).join(' | '));
    assert.equal(all.kind, 'quickfix');
    const since = server.mark();
    doc.change(editsOf(all, doc.uri));
    assert.ok(!(await doc.diagnostics(since)).some((d) => d.code === 'heading-style'));
  });

  it('offers source.fixAll.gongwen with small edits that reach the fixed point', async () => {
    const doc = server.open('file:///f-fixall.txt', seed(SEED2));
    await doc.diagnostics();
    const actions = await codeActions(doc, [], ['source.fixAll']);
    assert.deepEqual(actions.map((a) => a.kind), ['source.fixAll.gongwen']);
    const edits = editsOf(actions[0], doc.uri);
    // Line 14's heading label and line 4's year range `2016-2020年` (number-form) are the safe fixes.
    assert.ok(edits.every((e) => [3, 13].includes(e.range.start.line) && e.range.end.line === e.range.start.line), 'only the changed lines are replaced');
    const since = server.mark();
    doc.change(edits);
    assert.equal(doc.text.split('\n')[13], '三、下一步工作措施');
    assert.match(doc.text.split('\n')[3], /《高青县法治政府建设实施纲要（2016—2020年）》/);
    assert.ok(!(await doc.diagnostics(since)).some((d) => d.code === 'heading-style'));
    assert.deepEqual(await codeActions(doc, [], ['source.fixAll']), [], 'nothing left to fix');
  });

  it('completes the next ordinal at the start of a line, in GB/T 9704\'s full width', async () => {
    const doc = server.open('file:///f-completion.txt', seed(SEED0));
    // Line 23 is the blank line after (四)'s body.
    const items = await server.request<CompletionItem[]>('textDocument/completion', { textDocument: { uri: doc.uri }, position: { line: 23, character: 0 } });
    const labels = items.map((i) => i.label);
    assert.equal(labels[0], '（五）', 'full width even in a half-width draft');
    assert.ok(labels.includes('二、'), 'the next level-1 ordinal');
    assert.ok(labels.includes('二、其他需要报告的情况'), 'a missing section as a template');
    // After a partial ordinal only labels of that form, replacing what was typed.
    const since = server.mark();
    doc.change([{ range: { start: { line: 23, character: 0 }, end: { line: 23, character: 0 } }, newText: '(' }]);
    await doc.diagnostics(since);
    const partial = await server.request<CompletionItem[]>('textDocument/completion', { textDocument: { uri: doc.uri }, position: { line: 23, character: 1 } });
    assert.deepEqual(partial.map((i) => i.label), ['（五）']);
    const edit = partial[0].textEdit as TextEdit;
    assert.deepEqual([edit.range.start.character, edit.range.end.character, edit.newText], [0, 1, '（五）']);
  });

  it('completes （一） right under a level-1 heading that has no sub-headings', async () => {
    const text = '某局关于2023年度法治政府建设情况的报告\n\n一、2023年度推进法治政府建设的主要举措和成效\n\n';
    const doc = server.open('file:///f-child.txt', text);
    const items = await server.request<CompletionItem[]>('textDocument/completion', { textDocument: { uri: doc.uri }, position: { line: 3, character: 0 } });
    assert.deepEqual(items.slice(0, 2).map((i) => i.label), ['（一）', '二、']);
    assert.ok(items.some((i) => i.label === '二、2023年度推进法治政府建设存在的不足和原因'));
  });

  it('does not complete in the middle of a sentence', async () => {
    const doc = server.open('file:///f-nocompletion.txt', seed(SEED0));
    const items = await server.request<CompletionItem[]>('textDocument/completion', { textDocument: { uri: doc.uri }, position: { line: 4, character: 5 } });
    assert.deepEqual(items, []);
  });

  it('explains a statutory heading on hover: content and legal basis', async () => {
    const doc = server.open('file:///f-hover.txt', seed(SEED0));
    const hover = await server.request<Hover>('textDocument/hover', { textDocument: { uri: doc.uri }, position: { line: 40, character: 3 } });
    const value = (hover.contents as { kind: string; value: string }).value;
    assert.equal((hover.contents as { kind: string }).kind, 'markdown');
    assert.match(value, /存在的不足和原因/);
    assert.match(value, /厅字〔2019〕28号/);
    assert.equal(await server.request('textDocument/hover', { textDocument: { uri: doc.uri }, position: { line: 4, character: 3 } }), null);
  });

  it('answers gongwen/outline with the checklist and the heading tree with numbering problems', async () => {
    const doc = server.open('file:///f-outline.txt', seed(SEED0));
    const outline = await server.request<OutlineResult>('gongwen/outline', { uri: doc.uri });
    assert.equal(outline.version, 1);
    assert.equal(outline.reportYear, 2023);
    assert.deepEqual(
      outline.sections.map((s) => `${s.id}:${s.status}`),
      ['measures:present', 'shortcomings:present', 'leader-duty:present', 'next-year-plan:present', 'other:missing'],
    );
    const [measures] = outline.headings;
    const lost = measures.children.find((h) => h.line === 12)!;
    assert.deepEqual([lost.label, lost.numbered], ['（二）', false]);
    assert.equal(lost.problems.length, 2, 'unnumbered and punctuation');
    const fourth = measures.children.find((h) => h.line === 20)!;
    assert.match(fourth.problems[0], /前应为/);
    assert.equal(measures.sectionId, 'measures');
  });

  it('inserts a section skeleton with gongwen/insertSection', async () => {
    const doc = server.open('file:///f-insert.txt', seed(SEED2));
    assert.ok(ruleLines(await doc.diagnostics()).includes('5:section-not-separate'));
    const result = await server.request<InsertSectionResult>('gongwen/insertSection', { uri: doc.uri, sectionId: 'leader-duty' });
    assert.ok(result.edits.length >= 1);
    const since = server.mark();
    doc.change(result.edits);
    assert.ok(doc.text.includes('三、2020年度党政主要负责人履行推进法治建设第一责任人职责'));
    assert.ok(!(await doc.diagnostics(since)).some((d) => d.code === 'section-not-separate'));
  });
});
