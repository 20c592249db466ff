/**
 * The fixture set itself: every registered rule has a folder with at least one case that it flags
 * and one that it leaves clean, every positive case whose findings offer a fix has a `.fixed.txt`,
 * and the CRLF / lone-CR variants really use those line breaks.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { existsSync, readdirSync } from 'node:fs';
import { loadFixtures, parseFixture } from './fixture-loader';
import { RULES, RULE_IDS } from '../../server/src/core/rules/index';
import { lintText } from '../../server/src/core/lint';

const root = path.join(__dirname, 'fixtures');
const fixtures = loadFixtures(root);

test('every fixture folder names a registered rule', () => {
  for (const dir of readdirSync(root)) assert.ok(RULE_IDS.includes(dir), `${dir} is not a rule id`);
});

for (const rule of RULES) {
  const id = rule.meta.id;
  test(`${id} has a positive and a clean fixture`, () => {
    const mine = fixtures.filter((f) => f.rule === id);
    assert.ok(mine.some((f) => f.expected.some((e) => e.endsWith(`:${id}`))), `${id}: no case it flags`);
    assert.ok(mine.some((f) => !f.expected.some((e) => e.endsWith(`:${id}`))), `${id}: no clean case`);
  });
  if (rule.meta.fixable === 'safe') {
    test(`${id}: fixable 'safe', so its fixtures offer a safe fix`, () => {
      const fixes = fixtures.filter((x) => x.rule === id).flatMap((f) => lintText(f.text, { only: [id] }).findings.flatMap((x) => x.fixes));
      assert.ok(fixes.some((x) => x.safe), `${id} offers no safe fix in its fixtures: is it 'suggested'?`);
    });
  }
  if (rule.meta.fixable) {
    test(`${id}: every positive case with a fix has a .fixed.txt`, () => {
      for (const f of fixtures.filter((x) => x.rule === id)) {
        const fixes = lintText(f.text, { only: [id] }).findings.flatMap((x) => x.fixes);
        if (fixes.length) assert.ok(f.fixed !== null, `${f.file} offers fixes but has no .fixed.txt`);
      }
    });
  }
}

test('line-break variants use the break their name says, in source and fixed text', () => {
  const variants = fixtures.filter((f) => /-(crlf|cr)$/.test(f.name));
  assert.ok(variants.length >= 2);
  for (const f of variants) {
    const crlf = f.name.endsWith('-crlf');
    for (const text of [f.text, f.fixed ?? '']) {
      if (!text) continue;
      const breaks = text.match(/\r\n|\r|\n/g) ?? [];
      assert.ok(breaks.length > 5);
      assert.ok(breaks.every((b) => b === (crlf ? '\r\n' : '\r')), `${f.file}: mixed line breaks`);
    }
  }
});

test('markers are stripped without moving columns, and line breaks survive', () => {
  const { text, expected, checked } = parseFixture('一、总体情况{heading-style}\r\n正文。\r（二）标题{heading-sequence}{residue}\n', 'doubled-word');
  assert.equal(text, '一、总体情况\r\n正文。\r（二）标题\n');
  assert.deepEqual(expected, ['1:heading-style', '3:heading-sequence', '3:residue']);
  assert.deepEqual([...checked].sort(), ['doubled-word', 'heading-sequence', 'heading-style', 'residue']);
  assert.ok(existsSync(root));
});
