import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitLines, dominantEol, LineIndex, indentWidth } from '../../server/src/core/text';

test('splitLines handles LF, CRLF and lone CR alike', () => {
  const text = 'a\nb\r\nc\rd';
  const lines = splitLines(text).map((l) => text.slice(l.start, l.end));
  assert.deepEqual(lines, ['a', 'b', 'c', 'd']);
});

test('splitLines gives a final empty line after a trailing break', () => {
  assert.equal(splitLines('a\n').length, 2);
  assert.equal(splitLines('').length, 1);
});

test('dominantEol picks the most common break', () => {
  assert.equal(dominantEol('a\r\nb\r\nc\n'), '\r\n');
  assert.equal(dominantEol('a\nb'), '\n');
  assert.equal(dominantEol('a\rb\rc'), '\r');
});

test('indentWidth counts ASCII spaces, U+3000, NBSP, tabs and BOM', () => {
  assert.equal(indentWidth('\uFEFF  \u3000\u00a0\t一、'), 6);
});

test('LineIndex converts offsets and positions both ways', () => {
  const text = '一、总体\r\n（一）加强\n';
  const index = new LineIndex(text);
  const pos = index.positionAt(text.indexOf('加'));
  assert.deepEqual(pos, { line: 1, character: 3 });
  assert.equal(index.offsetAt(pos), text.indexOf('加'));
  assert.deepEqual(index.positionAt(1e9), { line: 2, character: 0 });
});
