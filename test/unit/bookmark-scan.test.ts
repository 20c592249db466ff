/** inlineResidue finds exactly the matches of the INLINE regex it replaced (issue 8 item 7). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { INLINE, inlineResidue } from '../../server/src/core/residue';

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
