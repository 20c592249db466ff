/**
 * Issue 8 item 4: a level 1 written with Arabic ordinals (`1、` `1．` `1.`) is level 1, and the
 * "safe" fix-all turns it into the correctly numbered report without renumbering anything else.
 * The fixtures are test/rules/fixtures/heading-style/arabic-level1-*.txt; here fix-all runs with
 * every rule (as source.fixAll on save does), not the folder's rule alone.
 *
 * And the metamorphic property: restyling one heading label without changing its value
 * (`一、`→`1、`, `（一）`↔`(一)`, spaces) never changes what fix-all does to any other line.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { fixAll } from '../../server/src/core/fix';
import { lintText } from '../../server/src/core/lint';
import { parseFixture } from '../rules/fixture-loader';

const DIR = path.join(__dirname, '../rules/fixtures/heading-style');
const SCALE = Number(process.env.FC_RUNS ?? 1);
const params = (numRuns: number): fc.Parameters<unknown> => ({
  numRuns: Math.max(1, Math.round(numRuns * SCALE)),
  ...(process.env.FC_SEED ? { seed: Number(process.env.FC_SEED) } : {}),
});

describe('Arabic ordinals at level 1 (issue 8 item 4)', () => {
  const names = readdirSync(DIR).filter((n) => n.startsWith('arabic-level1-') && !n.endsWith('.fixed.txt'));
  test('the fixtures exist', () => assert.ok(names.length >= 5, names.join(', ')));
  for (const name of names) {
    test(`fix-all with every rule turns ${name} into the correctly numbered report`, () => {
      const { text } = parseFixture(readFileSync(path.join(DIR, name), 'utf8'), 'heading-style');
      const fixed = readFileSync(path.join(DIR, name.replace(/\.txt$/, '.fixed.txt')), 'utf8');
      assert.equal(fixAll(text).text, fixed);
      const structural = lintText(text).findings.filter((f) => ['heading-sequence', 'heading-level-skip', 'section-missing', 'section-not-separate'].includes(f.rule));
      assert.deepEqual(structural.map((f) => `${f.range.start.line + 1} ${f.rule}: ${f.message}`), []);
    });
  }

  test('a `1、` standing where level 1 stands, before `二、三、四、`, is fixed to `一、` and nothing else moves', () => {
    const text = '一、甲项工作\n正文内容。\n二、乙项工作\n正文内容。\n三、丙项工作\n正文内容。\n'.replace('一、', '1、');
    assert.equal(fixAll(text).text, '一、甲项工作\n正文内容。\n二、乙项工作\n正文内容。\n三、丙项工作\n正文内容。\n');
  });

  test('an orphan `1.` without evidence that it is level 1 is not turned into `一、`', () => {
    const text = '1.甲项工作\n正文内容。\n2.乙项工作\n正文内容。\n';
    assert.equal(fixAll(text).text, text);
  });
});

// ---------------------------------------------------------------------------------------------
// The metamorphic property

const LEVEL1 = ['推进法治政府建设的主要举措和成效', '存在的不足和原因', '党政主要负责人履行推进法治建设第一责任人职责情况', '下一年度推进法治政府建设的主要安排', '其他需要报告的情况'];
const SUB = ['健全行政决策机制', '深化政务公开工作', '加强行政执法监督', '强化法治宣传教育', '依法化解矛盾纠纷', '规范权力运行机制'];
const BODY = ['全年共办理行政复议案件，依法纠正违法行为。', '严格落实重大行政决策程序，重大事项均经集体研究决定。', '深入开展“八五”普法，营造良好法治氛围。'];
const CN = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

interface Tree {
  children: Tree[];
}

const tree = (depth: number): fc.Arbitrary<Tree> =>
  depth === 4 ? fc.constant({ children: [] }) : fc.array(fc.constant(null).chain(() => tree(depth + 1)), { maxLength: depth === 1 ? 3 : 2 }).map((children) => ({ children }));

const report = fc.array(tree(1), { minLength: 2, maxLength: 5 });

/** A correctly numbered report of the given shape; `heads` collects the heading lines (index, level, ordinal). */
function render(sections: Tree[], heads: Array<{ line: number; level: number; ordinal: number }>): string[] {
  const lines = ['某某县司法局', '2024年度法治政府建设情况报告', '', '2024年，我局坚持以习近平法治思想为指导，现将有关情况报告如下。'];
  const label = (level: number, n: number) => (level === 1 ? `${CN[n]}、` : level === 2 ? `（${CN[n]}）` : level === 3 ? `${n}.` : `（${n}）`);
  const walk = (nodes: Tree[], level: number) =>
    nodes.forEach((node, i) => {
      heads.push({ line: lines.length, level, ordinal: i + 1 });
      lines.push(label(level, i + 1) + (level === 1 ? LEVEL1[i] : SUB[(i + level) % SUB.length]));
      lines.push(BODY[(i + level) % BODY.length]);
      walk(node.children, level + 1);
    });
  walk(sections, 1);
  lines.push('', '某某县司法局', '2025年1月10日', '');
  return lines;
}

/** Ways to write the same label at each level, all with the same value. */
function restylings(level: number, ordinal: number): string[] {
  const cn = CN[ordinal];
  switch (level) {
    case 1:
      return [`${ordinal}、`, `${ordinal}．`, `${ordinal}.`, `${cn}、 `, `${cn}.`];
    case 2:
      return [`(${cn})`, `（${cn})`, `( ${cn} )`, `（${cn}） `];
    case 3:
      return [`${ordinal}．`, `${ordinal}、`, `${ordinal}. `];
    default:
      return [`(${ordinal})`, `（${ordinal}) `];
  }
}

describe('restyling one label never changes what fix-all does to another line (issue 8 item 4)', () => {
  test('property', () => {
    fc.assert(
      fc.property(report, fc.nat(), fc.nat(), (sections, pickHead, pickStyle) => {
        const heads: Array<{ line: number; level: number; ordinal: number }> = [];
        const lines = render(sections, heads);
        const base = lines.join('\n');
        const fixedBase = fixAll(base).text.split('\n');
        const h = heads[pickHead % heads.length];
        const styles = restylings(h.level, h.ordinal);
        const canonical = lines[h.line].match(/^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+\.|（\d+）)/)![0];
        const restyled = [...lines];
        restyled[h.line] = styles[pickStyle % styles.length] + lines[h.line].slice(canonical.length);
        const fixed = fixAll(restyled.join('\n')).text.split('\n');
        assert.equal(fixed.length, fixedBase.length, 'fix-all added or removed lines');
        for (let i = 0; i < fixed.length; i++) {
          if (i === h.line) continue;
          assert.equal(fixed[i], fixedBase[i], `line ${i + 1} changed after restyling line ${h.line + 1} as ${restyled[h.line]}`);
        }
      }),
      params(300),
    );
  });
});

describe('a safe fix rewrites only the labels its finding names when the structure is ambiguous (issue 8 item 4)', () => {
  const wrap = (body: string) => `某某县司法局\n2024年度法治政府建设情况报告\n\n2024年，我局坚持依法行政，现将有关情况报告如下。\n${body}\n某某县司法局\n2025年1月10日\n`;

  test('a restart at （一） in mid-run (an unrecognised parent) is not renumbered by fix-all', () => {
    const text = wrap('一、推进法治政府建设的主要举措和成效\n（一）健全决策机制\n全年办理案件，依法纠正违法行为。\n（二）深化政务公开\n全年办理案件，依法纠正违法行为。\n这一部分另起一段，说明有关情况。\n（一）加强执法监督\n全年办理案件，依法纠正违法行为。\n（二）强化普法宣传\n全年办理案件，依法纠正违法行为。\n');
    const finding = lintText(text).findings.find((f) => f.rule === 'heading-sequence');
    assert.ok(finding, 'the restart is still reported');
    assert.ok(finding.fixes.length > 0 && finding.fixes.every((f) => !f.safe), 'its renumbering is offered as a suggestion only');
    assert.equal(fixAll(text).text, text);
  });

  test('a top level starting at 二、 is reported, and its renumbering is a suggestion', () => {
    const text = wrap('二、推进法治政府建设的主要举措和成效\n全年办理案件，依法纠正违法行为。\n三、存在的不足和原因\n全年办理案件，依法纠正违法行为。\n');
    const finding = lintText(text).findings.find((f) => f.rule === 'heading-sequence');
    assert.ok(finding && finding.fixes.every((f) => !f.safe));
    assert.equal(fixAll(text).text, text);
  });

  test('an unambiguous gap is still renumbered by fix-all', () => {
    const text = wrap('一、推进法治政府建设的主要举措和成效\n（一）健全决策机制\n全年办理案件，依法纠正违法行为。\n（三）深化政务公开\n全年办理案件，依法纠正违法行为。\n（四）加强执法监督\n全年办理案件，依法纠正违法行为。\n');
    assert.equal(fixAll(text).text, text.replace('（三）', '（二）').replace('（四）', '（三）'));
  });
});
