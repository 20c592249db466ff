/**
 * Issue 15, server side, over the protocol: what an official meets in the first hour. Garbled
 * text gives one finding with a reopen action; an empty draft one information finding whose fix
 * inserts the skeleton; the preferred quick fix of a line belongs to its most severe finding;
 * paragraph-wide findings mark a few characters; an ordinal completion after an auto-closed `（）`
 * replaces the `）` too; the lost-ordinal sequence error offers go-to and add actions; residue goes
 * as a block and all at once; rule links open the bundled documentation when the client asks.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { CodeAction, CompletionItem, Diagnostic, TextEdit } from 'vscode-languageserver-protocol';
import { TestServer, seed, type OpenDocument } from './harness';

const SEED0 = '000_6c4c41263adb4e45.txt';
const SEED3 = '003_bcde2a8b1ee387e1.txt';

describe('language server: first hour (issue 15)', () => {
  let server: TestServer;
  before(async () => {
    server = await TestServer.start({ initializationOptions: { ruleDocs: 'command' } });
  });
  after(async () => {
    await server?.stop();
  });

  const actionsFor = (doc: OpenDocument, diagnostics: Diagnostic[], range = diagnostics[0].range) =>
    server.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: doc.uri }, range, context: { diagnostics } });
  const editsOf = (action: CodeAction, uri: string): TextEdit[] => action.edit!.changes![uri];

  it('garbled text (U+FFFD): one finding naming GBK/GB18030, and a preferred action that reopens as GB18030', async () => {
    // What a GBK draft looks like when read as UTF-8: every Chinese character a replacement character.
    const garbled = Buffer.from('某局关于2023年度法治政府建设情况的报告\n\n一、主要举措和成效\n正文。\n', 'utf16le').toString('utf8');
    assert.ok(garbled.includes('\uFFFD'));
    const doc = server.open('file:///garbled.txt', garbled);
    const diagnostics = await doc.diagnostics();
    assert.deepEqual(diagnostics.map((d) => d.code), ['garbled-text']);
    assert.match(diagnostics[0].message as string, /GBK\/GB18030/);
    const actions = await actionsFor(doc, diagnostics);
    const reopen = actions.find((a) => a.command?.command === 'gongwen.reopenWithEncoding');
    assert.ok(reopen, actions.map((a) => a.title).join(' | '));
    assert.deepEqual(reopen.command!.arguments, [doc.uri, 'gb18030']);
    assert.equal(reopen.isPreferred, true);
  });

  it('an empty or whitespace-only draft: one information finding whose fix inserts the skeleton', async () => {
    const doc = server.open('file:///blank.txt', '\n\u3000\u3000\n  \n');
    const diagnostics = await doc.diagnostics();
    assert.deepEqual(diagnostics.map((d) => [d.code, d.severity]), [['empty-draft', 3]]);
    const [insert] = await actionsFor(doc, diagnostics);
    assert.equal(insert.isPreferred, true);
    const since = server.mark();
    doc.change(editsOf(insert, doc.uri));
    assert.match(doc.text, /^XX局关于\d{4}年度法治政府建设情况的报告\n/);
    const after = await doc.diagnostics(since);
    // Only the placeholders (XX局 …) are left for the author to fill in: no structural finding.
    assert.deepEqual(after.filter((d) => d.severity! <= 2 && d.code !== 'placeholder').map((d) => `${d.code} ${d.message}`), [], 'the skeleton checks clean');
  });

  it('the preferred quick fix on a line is the one for its most severe finding', async () => {
    // `（二）` lost its place (error) on a heading that also ends with a stray full stop (hint).
    const text = '某局关于2023年度法治政府建设情况的报告\n\n一、2023年度推进法治政府建设的主要举措和成效\n（一）依法履职\n正文。\n（三）完善制度。\n正文。\n（四）加强监督\n正文。\n';
    const doc = server.open('file:///preferred.txt', text);
    const onLine = (await doc.diagnostics()).filter((d) => d.range.start.line === 5);
    assert.deepEqual(onLine.map((d) => d.code).sort(), ['heading-punctuation', 'heading-sequence']);
    const line = { start: { line: 5, character: 0 }, end: { line: 5, character: 0 } };
    // The hint first, as VS Code may list them: the order of the request must not decide.
    const sorted = [...onLine].sort((a, b) => b.severity! - a.severity!);
    const actions = await actionsFor(doc, sorted, line);
    const preferred = actions.filter((a) => a.isPreferred);
    assert.equal(preferred.length, 1, actions.map((a) => `${a.title}${a.isPreferred ? '*' : ''}`).join(' | '));
    assert.equal(preferred[0].diagnostics![0].code, 'heading-sequence');
    assert.equal(actions[0], preferred[0], 'the error\'s fix leads the menu');
  });

  it('paragraph-wide findings mark the first or last few characters, not the paragraph', async () => {
    const long = '根据上级要求，现将我局一年来推进法治政府建设的情况报告如下，请审阅，本段文字很长很长很长很长很长很长很长很长很长很长很长很长很长很长。';
    const doc = server.open('file:///calm.txt', `${long}\n\n一、主要举措和成效\n${long}\n`);
    const diagnostics = await doc.diagnostics();
    for (const code of ['title-missing', 'signature-missing']) {
      const d = diagnostics.find((x) => x.code === code);
      assert.ok(d, code);
      assert.equal(d.range.start.line, d.range.end.line);
      assert.ok(d.range.end.character - d.range.start.character <= 10, `${code} marks ${JSON.stringify(d.range)}`);
    }
    const sig = diagnostics.find((x) => x.code === 'signature-missing')!;
    assert.equal(sig.range.end.character, long.length, 'the signature belongs after the end: the last characters are marked');
  });

  it('completing after an auto-closed （） replaces the closing bracket too, and uses full width', async () => {
    const text = '某局关于2023年度法治政府建设情况的报告\n\n一、2023年度推进法治政府建设的主要举措和成效\n（一）依法履职\n正文。\n（二）完善制度\n正文。\n（）\n';
    const doc = server.open('file:///autoclose.txt', text);
    await doc.diagnostics();
    const items = await server.request<CompletionItem[]>('textDocument/completion', { textDocument: { uri: doc.uri }, position: { line: 7, character: 1 } });
    const third = items.find((i) => i.label === '（三）');
    assert.ok(third, items.map((i) => i.label).join(' '));
    const edit = third.textEdit as TextEdit;
    assert.deepEqual([edit.range.start, edit.range.end], [{ line: 7, character: 0 }, { line: 7, character: 2 }]);
    const since = server.mark();
    doc.change([edit]);
    assert.equal(doc.text.split('\n')[7], '（三）', 'no stray ）');
    await doc.diagnostics(since);
    // Without an auto-closed bracket after the cursor, only what was typed is replaced.
    const plain = server.open('file:///noautoclose.txt', text.replace('（）\n', '（加强监督\n'));
    await plain.diagnostics();
    const more = await server.request<CompletionItem[]>('textDocument/completion', { textDocument: { uri: plain.uri }, position: { line: 7, character: 1 } });
    assert.deepEqual((more.find((i) => i.label === '（三）')!.textEdit as TextEdit).range.end, { line: 7, character: 1 });
  });

  it('the lost-ordinal sequence error offers to add the ordinals it names and to go to each line', async () => {
    const doc = server.open('file:///lost.txt', seed(SEED0));
    const diagnostics = await doc.diagnostics();
    const seq = diagnostics.find((d) => d.code === "heading-sequence" && /13、17/.test(d.message as string))!;
    assert.equal(seq.severity, 1);
    assert.deepEqual(seq.relatedInformation?.map((r) => r.location.range.start.line), [12, 16]);
    const actions = await actionsFor(doc, [seq]);
    const titles = actions.map((a) => a.title);
    assert.ok(titles.includes('转到第13行') && titles.includes('转到第17行'), titles.join(' | '));
    assert.deepEqual(actions.find((a) => a.title === '转到第13行')!.command!.arguments, [doc.uri, 12]);
    const add = actions.find((a) => a.isPreferred)!;
    assert.match(add.title, /第13、17行/);
    const since = server.mark();
    doc.change(editsOf(add, doc.uri));
    const lines = doc.text.split('\n');
    assert.match(lines[12], /^（二）/);
    assert.match(lines[16], /^（三）/);
    const after = await doc.diagnostics(since);
    assert.ok(!after.some((d) => d.code === 'heading-sequence' && d.range.start.line === 20), 'the sequence error is gone');
  });

  it('residue: one action deletes the whole block, another all residue', async () => {
    const doc = server.open('file:///residue.txt', seed(SEED3));
    const residue = (await doc.diagnostics()).filter((d) => d.code === 'residue');
    const first = residue[0];
    const actions = await actionsFor(doc, [first]);
    const block = actions.find((a) => a.isPreferred)!;
    assert.match(block.title, /删除这段残留（第1–7行）/);
    assert.deepEqual(editsOf(block, doc.uri).map((e) => [e.range.start.line, e.range.end.line]), [[0, 7]]);
    const all = actions.find((a) => /删除全部残留内容/.test(a.title));
    assert.ok(all, actions.map((a) => a.title).join(' | '));
    const since = server.mark();
    doc.change(editsOf(all, doc.uri));
    assert.ok(!(await doc.diagnostics(since)).some((d) => d.code === 'residue'), 'no residue left');
    assert.match(doc.text, /^\n大同市科技局2023年法治政府建设年度报告\n/, "the report text stays");
  });

  it('rule links open the bundled documentation (a command link) when the client asks for it', async () => {
    const doc = server.open('file:///links.txt', seed(SEED0));
    const [d] = await doc.diagnostics();
    assert.equal(d.codeDescription!.href, `command:gongwen.showRuleDoc?${encodeURIComponent(JSON.stringify([d.code]))}`);
  });
});
