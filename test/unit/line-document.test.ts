/**
 * The server's line-array documents (server/src/lsp/line-document.ts) against the text-document
 * library they replace: after any sequence of edits (mixed `\r\n`/`\r`/`\n`, ranges backwards,
 * beyond the end, inside a line break, whole-text replacements) the text, the line count and
 * every offset ↔ position answer are the library's.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { LineDocument, LINE_DOCUMENTS } from '../../server/src/lsp/line-document';

const piece = fc.constantFrom('a', '法', '治', ' ', '\n', '\r', '\r\n', '，', '😀', '一、', '');
const text = fc.array(piece, { maxLength: 30 }).map((a) => a.join(''));
const position = fc.record({ line: fc.integer({ min: -1, max: 8 }), character: fc.integer({ min: -1, max: 8 }) });
const change = fc.oneof(
  { weight: 5, arbitrary: fc.record({ range: fc.record({ start: position, end: position }), text }) },
  { weight: 1, arbitrary: fc.record({ text }) },
);

function sameAnswers(ours: LineDocument, theirs: TextDocument, note: string): void {
  assert.equal(ours.getText(), theirs.getText(), `text ${note}`);
  assert.equal(ours.lineCount, theirs.lineCount, `lineCount ${note}`);
  const n = theirs.getText().length;
  for (let offset = -1; offset <= n + 1; offset++) assert.deepEqual(ours.positionAt(offset), theirs.positionAt(offset), `positionAt(${offset}) ${note}`);
  for (let line = -1; line <= theirs.lineCount; line++) {
    for (let character = -1; character <= 9; character++) {
      assert.equal(ours.offsetAt({ line, character }), theirs.offsetAt({ line, character }), `offsetAt(${line}:${character}) ${note}`);
    }
  }
}

describe('line documents answer as the text-document library does', () => {
  test('after any sequence of incremental and full changes', () => {
    fc.assert(
      fc.property(text, fc.array(change, { maxLength: 8 }), (initial, changes) => {
        const ours = LINE_DOCUMENTS.create('file:///a.txt', 'gongwen', 1, initial);
        const theirs = TextDocument.create('file:///a.txt', 'gongwen', 1, initial);
        sameAnswers(ours, theirs, `initially ${JSON.stringify(initial)}`);
        changes.forEach((raw, i) => {
          // Lines past the end are clamped here: for those the library miscounts its lines (it
          // writes line offsets at the given line number), and no client sends them.
          const atMost = (p: { line: number; character: number }) => ({ ...p, line: Math.min(p.line, theirs.lineCount - 1) });
          const c = 'range' in raw ? { text: raw.text, range: { start: atMost(raw.range.start), end: atMost(raw.range.end) } } : raw;
          LINE_DOCUMENTS.update(ours, [c], i + 2);
          TextDocument.update(theirs, [c], i + 2);
          assert.equal(ours.version, i + 2);
          sameAnswers(ours, theirs, `after change ${i} ${JSON.stringify(c)} of ${JSON.stringify(changes)} on ${JSON.stringify(initial)}`);
        });
      }),
      { numRuns: 1500 },
    );
  });

  test('several changes in one notification apply in order; getText(range) is the library\'s', () => {
    const ours = LINE_DOCUMENTS.create('u', 'gongwen', 1, '一、举措\r\n正文\r\n二、不足');
    const theirs = TextDocument.create('u', 'gongwen', 1, '一、举措\r\n正文\r\n二、不足');
    const changes = [
      { range: { start: { line: 1, character: 2 }, end: { line: 1, character: 2 } }, text: '内容\r\n（一）' },
      { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 2 } }, text: '' },
    ];
    LINE_DOCUMENTS.update(ours, changes, 2);
    TextDocument.update(theirs, changes, 2);
    sameAnswers(ours, theirs, 'two changes');
    const range = { start: { line: 1, character: 1 }, end: { line: 3, character: 1 } };
    assert.equal(ours.getText(range), theirs.getText(range));
  });

  test('a keystroke replaces one line and leaves the other lines\' strings as they were', () => {
    const lines = Array.from({ length: 1000 }, (_, i) => `第${i}段正文。`);
    const doc = new LineDocument('u', 'gongwen', 1, lines.join('\n'));
    const before = (doc as unknown as { lines: string[] }).lines;
    const untouched = before[999];
    doc.update([{ range: { start: { line: 500, character: 1 }, end: { line: 500, character: 1 } }, text: '字' }], 2);
    const after = (doc as unknown as { lines: string[] }).lines;
    assert.equal(after, before, 'the same array, changed in place');
    assert.equal(after[999], untouched);
    assert.equal(after[500], '第字500段正文。\n');
  });

  test('a range past the last line edits at the end of the text (the library miscounts lines there)', () => {
    const doc = new LineDocument('u', 'gongwen', 1, '一、举措\n正文');
    doc.update([{ range: { start: { line: 7, character: 0 }, end: { line: 9, character: 3 } }, text: '\n二、不足\n' }], 2);
    assert.equal(doc.getText(), '一、举措\n正文\n二、不足\n');
    assert.equal(doc.lineCount, 4);
    assert.deepEqual(doc.positionAt(doc.getText().length), { line: 3, character: 0 });
  });
});
