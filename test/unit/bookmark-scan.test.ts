/** inlineResidue finds exactly the matches of the INLINE regex it replaced (issue 8 item 7), and so does the parser, which finds the lines to ask by a shorter hint (issue 13). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { INLINE, inlineResidue } from '../../server/src/core/residue';
import { parse } from '../../server/src/core/parse';
import { splitLines } from '../../server/src/core/text';

test('inlineResidue agrees with the INLINE regex', () => {
  const piece = fc.constantFrom('[bookmark:', '[bookmark: _GoBack', '[bookmark', ']', ' ', '正文', 'x', ':', '[');
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 20 }).map((p) => p.join('')), (text) => {
      const expected = [...text.matchAll(INLINE)].map((m) => [m.index!, m.index! + m[0].length]);
      assert.deepEqual(inlineResidue(text), expected);
    }),
    { numRuns: 3000 },
  );
});

test("the parser's bookmark residue is the INLINE regex's matches on each line, though it searches the text for a shorter hint", () => {
  const piece = fc.constantFrom('[bookmark:', '[bookmark: _GoBack', '[bookmark', 'ookmark', 'bookmark:', ']', ' ', '正文', '学', 'x', ':', '[', '\n', '\r\n', '\r');
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 24 }).map((p) => p.join('')), (text) => {
      const expected = splitLines(text).flatMap((span, line) =>
        [...text.slice(span.start, span.end).matchAll(INLINE)].map((m) => [line, m.index!, m.index! + m[0].length]),
      );
      const found = parse(text).residue.filter((r) => r.what === 'bookmark').map((r) => [r.line, r.start, r.end]);
      assert.deepEqual(found, expected, JSON.stringify(text));
    }),
    { numRuns: 3000 },
  );
});
