/**
 * The shared character pass (text-scan.ts, doubled-scan.ts) is tuned for speed: tables, bit sets,
 * candidates noted in the loop and decided after it. This test states what each rule group is
 * given in plain words, character by character, and compares on random drafts full of trigger
 * characters, bookmarks and blank lines.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parse } from '../../server/src/core/parse';
import { Group, hitsOf, textScan } from '../../server/src/core/rules/text-scan';
import { DOUBLED } from '../../server/src/core/rules/doubled-word';
import { EASILY_CONFUSED } from '../../server/src/core/rules/data/confusables';
import type { DocumentModel } from '../../server/src/core/model';

const anywhere = (chars: string) => (c: string) => chars.includes(c);
const after = (chars: string, before: string) => (c: string, prev: string) => chars.includes(c) && prev !== '' && before.includes(prev);
const DIGITS = '0123456789';

/** Per group: whether the character `c` at a place with `prev` before it is one of the group's hits. */
const SPEC: Record<Group, Array<(c: string, prev: string) => boolean>> = {
  [Group.Punct]: [anywhere(',;:?!"()'), (c, prev) => '。，、；：'.includes(c) && c === prev],
  [Group.Number]: [anywhere('-~–－０１２３４５６７８９'), after('一余号年', DIGITS)],
  [Group.Mark]: [anywhere('xX×*_某此填T【〔［﹝[()'), after('）】〕]', '（(【〔[ \u3000')],
  [Group.Stale]: [anywhere('》'), after('五大全', '三四五七八九十中')],
  [Group.Cited]: [anywhere('》')],
  [Group.Request]: [anywhere('请')],
  [Group.Confused]: [anywhere(EASILY_CONFUSED.map((e) => e.wrong[0]).join(''))],
};

/** The hits of `group` by the plain definition: report text only (no blank or residue line, no bookmark). */
function reference(model: DocumentModel, group: Group): { at: number[]; line: number[] } {
  const at: number[] = [];
  const line: number[] = [];
  for (const l of model.lines) {
    if (l.kind === 'blank' || l.kind === 'residue') continue;
    const spans = model.residue.filter((r) => !r.wholeLine && r.line === l.index);
    for (let col = 0; col < l.text.length; col++) {
      if (spans.some((r) => col >= r.start && col < r.end)) continue;
      const c = l.text[col];
      const prev = col > 0 ? l.text[col - 1] : '';
      if (SPEC[group].some((hit) => hit(c, prev))) {
        at.push(l.start + col);
        line.push(l.index);
      }
    }
  }
  return { at, line };
}

function actual(model: DocumentModel, group: Group): { at: number[]; line: number[] } {
  const hits = hitsOf(model, group);
  return { at: [...hits.at], line: [...hits.line] };
}

const GROUPS = Object.keys(SPEC).map(Number) as Group[];
const TRIGGERS = [...',;:?!"()。，、；：-~–－０９一余号年xX×*_某此填T【〔［﹝[）】〕]》五大全三中十请截按既'];
const UNITS = [...TRIGGERS, '1', '2', '0', '建', '设', '法', ' ', '\u3000', '\n', '\n\n', '\r\n', '[bookmark: _Toc1]', '一、', '（一）'];
const drafts = fc.array(fc.constantFrom(...UNITS), { maxLength: 120 }).map((units) => units.join(''));

test('every rule group gets exactly the characters its plain definition names, in order', () => {
  fc.assert(
    fc.property(drafts, (text) => {
      const model = parse(text);
      for (const group of GROUPS) assert.deepEqual(actual(model, group), reference(model, group), `group ${group} in ${JSON.stringify(text)}`);
    }),
    { numRuns: 3000 },
  );
});

test('lines longer than the scratch the pass starts with and than its chunks (4,096) get the same hits', () => {
  const LINE_UNITS = UNITS.filter((u) => !u.includes('\n'));
  const long = fc.array(fc.constantFrom(...LINE_UNITS), { minLength: 3000, maxLength: 6000 }).map((units) => units.join(''));
  fc.assert(
    fc.property(fc.array(long, { minLength: 1, maxLength: 3 }), (lines) => {
      const model = parse(lines.join('\n'));
      for (const group of GROUPS) assert.deepEqual(actual(model, group), reference(model, group));
    }),
    { numRuns: 20, endOnFailure: true }, // shrinking lines of thousands of units takes minutes
  );
});

test('a line of 100,000 characters, most of them hits, loses none while the scratch grows', () => {
  // Past 65,536 entries the scratch is let go after each scan, so every scan grows it mid-line.
  const dense = fc.array(fc.constantFrom(',', '建,', '1年', '》', '(法)', '请'), { minLength: 30000, maxLength: 40000 }).map((units) => units.join(''));
  fc.assert(
    fc.property(fc.array(dense, { minLength: 1, maxLength: 2 }), (lines) => {
      const model = parse(`关于2024年度法治政府建设情况的报告\n${lines.join('\n')}`);
      for (const group of GROUPS) assert.deepEqual(actual(model, group), reference(model, group));
    }),
    { numRuns: 5, endOnFailure: true },
  );
});

test('the pass finds the doubled phrases the doubled-word regex finds, line by line', () => {
  fc.assert(
    fc.property(drafts, (text) => {
      const model = parse(text);
      const expected: Array<[number, Array<[number, number]>]> = [];
      for (const l of model.lines) {
        if (l.kind === 'blank' || l.kind === 'residue') continue;
        const found = [...l.text.matchAll(new RegExp(DOUBLED.source, 'g'))].map((m): [number, number] => [l.start + m.index!, m[1].length]);
        if (found.length) expected.push([l.index, found]);
      }
      assert.deepEqual(
        textScan(model).doubled.map(([i, list]) => [i, list.map(([a, n]) => [a, n])]),
        expected,
      );
    }),
    { numRuns: 1000 },
  );
});

test('the groups of a real-looking draft: a half-width comma between Chinese, a year range, a 文号, a placeholder', () => {
  const text = '关于2024年度法治政府建设情况的报告\n\n一、主要举措和成效\n全年办理XX件,同比增长。依据《实施纲要（2015-2020年）》，十四五期间请审批。\n';
  const model = parse(text);
  const chars = (group: Group) => actual(model, group).at.map((p) => text[p]).join('');
  assert.equal(chars(Group.Punct), ',');
  assert.equal(chars(Group.Number), '年-年');
  assert.equal(chars(Group.Mark), 'XX');
  assert.equal(chars(Group.Stale), '》五');
  assert.equal(chars(Group.Request), '请');
});
