/**
 * The rules' hand-written fast paths against the plain definitions they replace: each must give
 * exactly what its regex (or map/join) form gave, on generated input, whatever it is.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { isJsSpace, relabel } from '../../server/src/core/queries';
import { nextYearMention } from '../../server/src/core/rules/year-mismatch';
import { toChineseNumber } from '../../server/src/core/numbering';
import type { Heading } from '../../server/src/core/model';
import { lintText, sortFindings } from '../../server/src/core/lint';
import { RULE_IDS } from '../../server/src/core/rules/index';
import type { Finding } from '../../server/src/core/types';

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

test('year-mismatch finds the years the regex /(?:19|20)\\d{2}(?=\\s*年)/g finds, in order', () => {
  const text = fc.array(fc.constantFrom(...['1', '9', '2', '0', '5', '20', '19', '2023', '年', ' ', '\u3000', '\t', 'x', '度', '２']), { maxLength: 24 }).map((cs) => cs.join(''));
  fc.assert(
    fc.property(text, (t) => {
      const expected = [...t.matchAll(/(?:19|20)\d{2}(?=\s*年)/g)].map((m) => m.index);
      const found: number[] = [];
      for (let at = nextYearMention(t, 0); at >= 0; at = nextYearMention(t, at + 4)) found.push(at);
      assert.deepEqual(found, expected);
    }),
    { numRuns: 5000 },
  );
});

test('isJsSpace is \\s', () => {
  for (let c = 0; c < 0x10000; c++) assert.equal(isJsSpace(c), /\s/.test(String.fromCharCode(c)), `U+${c.toString(16)}`);
});

test('sortFindings orders as the stable Array.prototype.sort by line, character, rule id', () => {
  const finding = fc.record({ line: fc.nat(4), character: fc.nat(3), rule: fc.constantFrom('a', 'b-c', 'b', 'heading-x'), tag: fc.nat() });
  fc.assert(
    fc.property(fc.array(finding, { maxLength: 50 }), (raw) => {
      const findings = raw.map((r) => ({ rule: r.rule, severity: 'hint', range: { start: { line: r.line, character: r.character }, end: { line: r.line, character: r.character } }, message: String(r.tag), fixes: [] }) as Finding);
      const expected = [...findings].sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0));
      sortFindings(findings);
      assert.deepEqual(findings, expected);
    }),
    runs,
  );
});

test('one context for every rule: each rule finds, and is cut off, as when it runs alone', () => {
  const head = '某某县司法局\n2024年度法治政府建设情况报告\n\n2024年，我局坚持依法行政，现将有关情况报告如下。\n一、推进法治政府建设的主要举措和成效\n';
  const body = Array.from({ length: 4 }, () => '（一） 具体措施\n我们要推进建设建设工作,加强学习,提高能力。').join('\n');
  const text = `${head}${body}\n某某县司法局\n2025年1月10日\n`;
  for (const max of [1, 2, 1000]) {
    const all = lintText(text, { maxFindingsPerRule: max });
    const cut = new Set(all.truncated);
    assert.ok(max > 2 || cut.size >= 2, `at least two rules are cut off at ${max}`);
    for (const id of RULE_IDS) {
      const alone = lintText(text, { only: [id], maxFindingsPerRule: max });
      // As JSON: a lazy fix holds a closure of its own check (its edits are in its JSON).
      assert.equal(JSON.stringify(all.findings.filter((f) => f.rule === id)), JSON.stringify(alone.findings), `${id} at ${max}`);
      assert.equal(cut.has(id), alone.truncated.includes(id), `${id} cut off at ${max}`);
    }
  }
});
