import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { loadFixtures } from './fixture-loader';
import { lintText } from '../../server/src/core/lint';
import { applyEdits, nonOverlapping } from '../../server/src/core/fix';
import { findRule } from '../../server/src/core/rules/index';
import type { Fix } from '../../server/src/core/rules/types';

const fixtures = loadFixtures(path.join(__dirname, 'fixtures'));
/** Fixtures are checked as of one date, so a skeleton's year in a .fixed.txt stays right. */
const TODAY = { year: 2026 };

/** Applies each checked finding's preferred fix, round after round, as an author clicking through would. */
function applyAllFixes(text: string, rules: string[]): string {
  let current = text;
  for (let round = 0; round < 10; round++) {
    const fixes = lintText(current, { only: rules, today: TODAY })
      .findings.map((f) => f.fixes.find((x) => x.preferred) ?? f.fixes[0])
      .filter((f): f is Fix => !!f);
    const chosen = nonOverlapping(current, fixes);
    if (!chosen.length) break;
    current = applyEdits(current, chosen.flatMap((f) => f.edits));
  }
  return current;
}

describe('rule fixtures', () => {
  for (const fx of fixtures) {
    test(`${fx.rule}/${fx.name}`, () => {
      assert.ok(findRule(fx.rule), `fixture folder ${fx.rule} names no rule`);
      const rules = [...fx.checked];
      const findings = lintText(fx.text, { only: rules, today: TODAY }).findings;
      const actual = findings.map((f) => `${f.range.start.line + 1}:${f.rule}`).sort();
      assert.deepEqual(actual, fx.expected, findings.map((f) => `${f.range.start.line + 1}:${f.rule} ${f.message}`).join('\n'));
      for (const f of findings) {
        const fixable = findRule(f.rule)!.meta.fixable;
        assert.ok(fixable || f.fixes.length === 0, `${f.rule} is not fixable but offered a fix`);
        assert.ok(fixable !== 'suggested' || f.fixes.every((x) => !x.safe), `${f.rule} is fixable: 'suggested' but offered a safe fix`);
      }
      if (fx.fixed !== null) {
        const fixed = applyAllFixes(fx.text, [fx.rule]);
        assert.equal(fixed, fx.fixed);
        const again = lintText(fixed, { only: [fx.rule], today: TODAY }).findings;
        assert.deepEqual(again.map((f) => `${f.range.start.line + 1}: ${f.message}`), [], 'the fixed text re-checks clean');
      }
    });
  }
});
