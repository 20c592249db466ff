/**
 * The rules' hand-written fast paths against the plain definitions they replace: each must give
 * exactly what its regex (or map/join) form gave, on generated input, whatever it is.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { relabel } from '../../server/src/core/queries';
import { toChineseNumber } from '../../server/src/core/numbering';
import type { Heading } from '../../server/src/core/model';

const runs = { numRuns: 2000 };

/** Labels from the characters that matter (both digit widths, the numerals, brackets, marks) and others. */
const labelText = fc.array(fc.constantFrom(...'0129０１９一二三十百〇（）()、.．, x'.split('')), { maxLength: 8 }).map((cs) => cs.join(''));

test('relabel = the regex definition (first digit run, else first Chinese-numeral run)', () => {
  const plain = (raw: string, ordinal: number) =>
    /[0-9０-９]/.test(raw) ? raw.replace(/[0-9０-９]+/, String(ordinal)) : raw.replace(/[一二三四五六七八九十]+/, toChineseNumber(ordinal));
  fc.assert(
    fc.property(labelText, fc.integer({ min: -1, max: 1200 }), (raw, ordinal) => {
      assert.equal(relabel({ label: { raw } } as Heading, ordinal), plain(raw, ordinal));
    }),
    runs,
  );
  assert.equal(relabel({ label: null } as Heading, 3), '');
});
