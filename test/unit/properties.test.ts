/**
 * Property tests: generated drafts (random heading trees with random label variants, indentation,
 * line breaks and noise), mutated seeds and edge inputs. Whatever the text:
 *
 * - parse + lint never throws and no rule fails;
 * - every finding (and every fix edit) lies inside the document: line < line count,
 *   character ≤ line length, start ≤ end;
 * - the edits of one fix never overlap each other;
 * - applying any single fix changes nothing outside its edit ranges, and the re-check does not
 *   report that same finding again (same rule, same range, same message);
 * - fix-all reaches a fixed point within 10 rounds (a second fix-all changes nothing).
 *
 * FC_RUNS scales the number of runs (default 1), FC_SEED replays a failure.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { lintText } from '../../server/src/core/lint';
import { applyEdits, fixAll } from '../../server/src/core/fix';
import type { Finding, Fix } from '../../server/src/core/rules/types';
import type { Range } from '../../server/src/core/text';

const SCALE = Number(process.env.FC_RUNS ?? 1);
const params = (numRuns: number): fc.Parameters<unknown> => ({
  numRuns: Math.max(1, Math.round(numRuns * SCALE)),
  ...(process.env.FC_SEED ? { seed: Number(process.env.FC_SEED) } : {}),
});

// ---------------------------------------------------------------------------------------------
// The checks

/** Line lengths, split independently of the core's line index. */
function lineLengths(text: string): number[] {
  return text.split(/\r\n|\r|\n/).map((l) => l.length);
}

function inDocument(r: Range, lengths: number[], what: string): void {
  for (const p of [r.start, r.end]) {
    assert.ok(Number.isInteger(p.line) && Number.isInteger(p.character), `${what}: non-integer position ${JSON.stringify(r)}`);
    assert.ok(p.line >= 0 && p.line < lengths.length, `${what}: line ${p.line} outside 0..${lengths.length - 1}`);
    assert.ok(p.character >= 0 && p.character <= lengths[p.line], `${what}: character ${p.character} outside line ${p.line} of length ${lengths[p.line]}`);
  }
  const ordered = r.start.line < r.end.line || (r.start.line === r.end.line && r.start.character <= r.end.character);
  assert.ok(ordered, `${what}: start after end ${JSON.stringify(r)}`);
}

/** Offsets of line starts, independent of the core. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (const m of text.matchAll(/\r\n|\r|\n/g)) starts.push(m.index! + m[0].length);
  return starts;
}

function offsets(fix: Fix, starts: number[]) {
  return fix.edits
    .map((e) => ({ start: starts[e.range.start.line] + e.range.start.character, end: starts[e.range.end.line] + e.range.end.character, newText: e.newText }))
    .sort((a, b) => a.start - b.start || a.end - b.end);
}

type OffsetEdit = ReturnType<typeof offsets>[number];

/**
 * Where an offset of the edited text was in the original (null inside inserted text), so that a
 * finding after the fix is compared with the original where its text came from: deleting a line
 * moves the next one into its place, which is no repeat of the finding.
 */
function originalOffset(p: number, edits: OffsetEdit[]): number | null {
  let shift = 0;
  for (const e of edits) {
    const newStart = e.start + shift;
    const newEnd = newStart + e.newText.length;
    if (p < newStart) return p - shift;
    if (p === newStart) return e.start;
    if (p === newEnd) return e.end;
    if (p < newEnd) return null;
    shift += e.newText.length - (e.end - e.start);
  }
  return p - shift;
}

/** The same rule and message again, on the same stretch of the original text. */
function repeats(before: Finding, beforeStarts: number[], after: Finding, afterStarts: number[], edits: OffsetEdit[]): boolean {
  if (before.rule !== after.rule || before.message !== after.message) return false;
  const at = (starts: number[], p: { line: number; character: number }) => starts[p.line] + p.character;
  return (
    originalOffset(at(afterStarts, after.range.start), edits) === at(beforeStarts, before.range.start) &&
    originalOffset(at(afterStarts, after.range.end), edits) === at(beforeStarts, before.range.end)
  );
}

const describeFinding = (f: Finding) => `${f.rule} ${f.range.start.line}:${f.range.start.character}-${f.range.end.line}:${f.range.end.character} ${f.message}`;

interface CheckOptions {
  /** Apply every single fix and re-check (costly on huge inputs). */
  eachFix?: boolean;
  fixAll?: boolean;
}

/** All the properties for one text. */
function checkText(text: string, { eachFix = true, fixAll: doFixAll = true }: CheckOptions = {}): void {
  const r = lintText(text);
  assert.deepEqual(r.failures, [], 'no rule fails');
  const lengths = lineLengths(text);
  const starts = lineStarts(text);
  assert.equal(r.model.lines.length, lengths.length, 'line count');
  for (const f of r.findings) {
    const what = describeFinding(f);
    inDocument(f.range, lengths, what);
    for (const fix of f.fixes) {
      assert.ok(fix.edits.length > 0, `${what}: a fix without edits`);
      for (const e of fix.edits) inDocument(e.range, lengths, `${what} (edit)`);
      const offs = offsets(fix, starts);
      for (let i = 1; i < offs.length; i++) assert.ok(offs[i].start >= offs[i - 1].end, `${what}: the edits of "${fix.title}" overlap`);
    }
  }
  if (eachFix) {
    for (const f of r.findings) {
      for (const fix of f.fixes) {
        const offs = offsets(fix, starts);
        const out = applyEdits(text, fix.edits);
        // Nothing outside the edit ranges changes: prefix, suffix and what lies between edits.
        let expected = '';
        let pos = 0;
        for (const o of offs) {
          expected += text.slice(pos, o.start) + o.newText;
          pos = o.end;
        }
        expected += text.slice(pos);
        assert.equal(out, expected, `${describeFinding(f)}: "${fix.title}" changed text outside its edits`);
        assert.ok(out.startsWith(text.slice(0, offs[0].start)));
        assert.ok(out.endsWith(text.slice(offs[offs.length - 1].end)));
        const again = lintText(out);
        assert.deepEqual(again.failures, []);
        const afterStarts = lineStarts(out);
        const repeat = again.findings.find((g) => repeats(f, starts, g, afterStarts, offs));
        assert.equal(repeat, undefined, `${describeFinding(f)}: still reported after "${fix.title}"\n--- after:\n${out}`);
      }
    }
  }
  if (doFixAll) {
    const once = fixAll(text);
    assert.ok(once.rounds < 10, `fix-all needed ${once.rounds} rounds`);
    const twice = fixAll(once.text);
    assert.equal(twice.applied, 0, `fix-all did not reach a fixed point in 10 rounds:\n--- after:\n${once.text}`);
    assert.equal(twice.text, once.text);
  }
}

// ---------------------------------------------------------------------------------------------
// Generated drafts

const DIGITS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
const cn = (n: number) => (n < 10 ? DIGITS[n] || '〇' : `${n >= 20 ? DIGITS[Math.floor(n / 10)] : ''}十${DIGITS[n % 10]}`);
const fw = (n: number) => String(n).replace(/[0-9]/g, (d) => String.fromCharCode(0xff10 + Number(d)));

/** Label variants per level: canonical first, then the look-alikes drafts use. */
const LABELS: Record<number, Array<(n: number) => string>> = {
  1: [(n) => `${cn(n)}、`, (n) => `${cn(n)}、`, (n) => `${cn(n)}.`, (n) => `${cn(n)}，`, (n) => `${n}、`, (n) => `${cn(n)}．`],
  2: [(n) => `（${cn(n)}）`, (n) => `(${cn(n)})`, (n) => `（${cn(n)})`, (n) => `(${cn(n)}）`, (n) => `（${cn(n)}）、`, (n) => `(${cn(n)}),`],
  3: [(n) => `${n}.`, (n) => `${n}、`, (n) => `${n}．`, (n) => `${fw(n)}．`, (n) => `${n}.`],
  4: [(n) => `（${n}）`, (n) => `(${n})`, (n) => `(${n})、`, (n) => `（${fw(n)}）`, (n) => `（${n})`],
};

const HEADING_TEXTS = [
  '2023年度推进法治政府建设的主要举措和成效',
  '本年度推进法治政府建设的主要举措和成效',
  '工作进展情况',
  '总体情况',
  '2023年度推进法治政府建设存在的不足和原因',
  '存在的问题',
  '存在问题及对策建议',
  '存在的薄弱环节和问题',
  '2023年度党政主要负责人履行推进法治建设第一责任人职责情况',
  '党政主要负责人履行推进法治建设第一责任人职责情况',
  '2024年度推进法治政府建设的主要安排',
  '2022年度推进法治政府建设的主要安排',
  '下一步打算',
  '下一步工作意见建议',
  '其他需要报告的情况',
  '强化组织领导',
  '健全依法决策工作机制',
  '深入开展普法宣传',
  '加强组织领导，不断提升法治建设工作水平',
  '依法全面履行政府职能职责',
  '强化组织保障和落实机制，全面履行第一责任人职责',
  '健全行政执法工作体系',
  '坚持从严治党,落实主体责任',
  '建设建设法治机关',
  '',
];

const BODIES = [
  '成立以局主要负责同志为组长的法治政府建设工作领导小组，制定年度工作要点，明确责任分工和完成时限。',
  '严格落实《重大行政决策程序暂行条例》，对涉及群众切身利益的重大事项，决策前开展合法性审查和风险评估。',
  '一是增强法治意识。二是健全工作机制。三是压实工作责任。',
  '二是坚持学用结合,持续提升干部队伍法治素养。',
  '局主要负责人认真履行推进法治建设第一责任人职责，定期听取法治建设工作汇报。',
  '我局法治政府建设虽然取得了一定成效，但还存在一些问题。',
  '全年办理行政复议案件3件，1.5亿元科技经费全部拨付到位。',
  '特此报告。',
  '各项工作稳步推进。',
  '健全依法决策工作机制。',
  '组织干部职工认真学习《中华人民共和国中华人民共和国宪法》。',
  '为贯彻落实省委关于建设建设建设区域类综合性中试基地的决策部署，研究研究制定工作方案。',
  '[bookmark: _GoBack]',
  '2023年，我局全年开展专题学习12次。',
  '主要做法如下：',
];

const CHROME_TOP = ['您当前所在的位置:  首页 > 政务公开 > 信息公开年报', '【编辑日期:2023-12-28】  【作者:zzst】    【 关 闭 】', '索 引 号: 035200009/2024-00026', '发布机构: 大同市科学技术局', '发布时间:2024-03-08 13:25 来源:大同市科学技术局', '| | | |'];
const CHROME_BOTTOM = ['扫一扫在手机上查看当前页面', '相关解读', '相关政策', '打印本页 关闭窗口'];
const TITLES = [
  ['高台县科学技术局关于2023年度法治政府建设情况的报告'],
  ['2023年度法治政府建设情况报告'],
  ['高青县科学技术局', '2020年度法治政府建设工作报告'],
  ['大同市科技局2023年法治政府建设年度报告'],
  ['高台县科学技术局关于2023年度法治政府建设情况的报告。'],
  ['某某局法治政府建设工作总结'],
];
const OPENINGS = ['2023年，县科技局在县委、县政府的坚强领导下，扎实推进法治政府建设各项工作。现将有关情况报告如下。', '今年,在市委、市政府的正确领导下,市科技局深入学习贯彻习近平法治思想。'];
const SIGNATURES = ['高台县科学技术局', '大同市科技局', '                     阳江市科学技术局'];
const DATES = ['2024年1月15日', '2023年12月7日', '2023年12月07日', '二〇二三年十二月七日', '2023-12-07', '2024.1.5', '2023年12月31日', '                     2017年11月9日'];
const INDENTS = ['', '', '', '  ', '\u3000\u3000', '\u00a0', '\t', '\uFEFF'];
const BREAKS = ['\n', '\n', '\r\n', '\r'];

/** Noise: any code point (surrogate pairs included), plus NUL, lone surrogates and look-alike spaces. */
const noise = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 6 }),
  fc.string({ unit: fc.constantFrom('\u0000', '\ud800', '\udfff', '\udbff', '\uFEFF', '\u3000', '\u00a0', '\u2028', '𠀀', '\r', '\n', '（', ')', '、', '。', '一', '1', '.'), maxLength: 6 }),
);

const headingSpec = fc.record({
  levelStep: fc.integer({ min: -3, max: 2 }),
  variant: fc.nat(9),
  ordinal: fc.oneof(
    { weight: 8, arbitrary: fc.constant<'next' | 'dup' | 'skip' | 'drop' | number>('next') },
    { weight: 1, arbitrary: fc.constant<'next' | 'dup' | 'skip' | 'drop' | number>('dup') },
    { weight: 1, arbitrary: fc.constant<'next' | 'dup' | 'skip' | 'drop' | number>('skip') },
    { weight: 2, arbitrary: fc.constant<'next' | 'dup' | 'skip' | 'drop' | number>('drop') },
    { weight: 1, arbitrary: fc.integer({ min: 1, max: 12 }) },
  ),
  space: fc.constantFrom('', '', '', ' ', '\u3000'),
  text: fc.constantFrom(...HEADING_TEXTS),
  stop: fc.boolean(),
  runIn: fc.option(fc.constantFrom(...BODIES), { freq: 4 }),
  body: fc.array(fc.constantFrom(...BODIES), { maxLength: 3 }),
});

const draftSpec = fc.record({
  chromeTop: fc.array(fc.constantFrom(...CHROME_TOP), { maxLength: 3 }),
  title: fc.option(fc.constantFrom(...TITLES)),
  addressee: fc.option(fc.constantFrom('市法制局:', '市司法局：')),
  opening: fc.option(fc.constantFrom(...OPENINGS)),
  headings: fc.array(headingSpec, { maxLength: 24 }),
  signature: fc.option(fc.constantFrom(...SIGNATURES)),
  date: fc.option(fc.constantFrom(...DATES)),
  chromeBottom: fc.array(fc.constantFrom(...CHROME_BOTTOM), { maxLength: 2 }),
  blankLines: fc.boolean(),
  indents: fc.array(fc.constantFrom(...INDENTS), { minLength: 1, maxLength: 4 }),
  breaks: fc.array(fc.constantFrom(...BREAKS), { minLength: 1, maxLength: 3 }),
  finalBreak: fc.boolean(),
  noise: fc.array(fc.tuple(fc.nat(), noise), { maxLength: 3 }),
});

type DraftSpec = typeof draftSpec extends fc.Arbitrary<infer T> ? T : never;

function renderDraft(d: DraftSpec): string {
  const lines: string[] = [...d.chromeTop];
  if (d.title) lines.push(...d.title);
  if (d.addressee) lines.push(d.addressee);
  if (d.opening) lines.push(d.opening);
  let level = 0;
  const counters = [0, 0, 0, 0, 0];
  for (const h of d.headings) {
    level = Math.min(4, Math.max(1, level === 0 ? 1 : level + h.levelStep));
    for (let l = level + 1; l <= 4; l++) counters[l] = 0;
    const prev = counters[level];
    const ordinal = h.ordinal === 'next' || h.ordinal === 'drop' ? prev + 1 : h.ordinal === 'dup' ? Math.max(1, prev) : h.ordinal === 'skip' ? prev + 2 : h.ordinal;
    counters[level] = ordinal;
    const variants = LABELS[level];
    const label = h.ordinal === 'drop' ? '' : variants[h.variant % variants.length](ordinal);
    const text = h.text + (h.stop ? '。' : '');
    lines.push(`${label}${label ? h.space : ''}${text}${h.runIn ? (h.stop ? '' : '。') + h.runIn : ''}`);
    lines.push(...h.body);
  }
  if (d.signature) lines.push(d.signature);
  if (d.date) lines.push(d.date);
  lines.push(...d.chromeBottom);
  let text = '';
  lines.forEach((line, i) => {
    const indent = d.indents[i % d.indents.length];
    if (i > 0) {
      const br = d.breaks[i % d.breaks.length];
      text += d.blankLines ? br + br : br;
    }
    text += line.trim() === '' || line.startsWith(' ') ? line : indent + line;
  });
  if (d.finalBreak) text += d.breaks[0];
  for (const [pos, s] of d.noise) {
    const at = text.length ? pos % (text.length + 1) : 0;
    text = text.slice(0, at) + s + text.slice(at);
  }
  return text;
}

const draftArb = draftSpec.map(renderDraft);

// ---------------------------------------------------------------------------------------------
// Mutated seeds

const SEED_DIR = path.join(__dirname, '..', 'fixtures', 'seeds');
const SEEDS = readdirSync(SEED_DIR)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(path.join(SEED_DIR, f), 'utf8'));

type Mutation =
  | { op: 'delete' | 'duplicate' | 'flip' | 'drop'; i: number }
  | { op: 'swap'; i: number; j: number }
  | { op: 'noise'; i: number; at: number; s: string }
  | { op: 'eol'; eol: string };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constantFrom('delete' as const, 'duplicate' as const, 'flip' as const, 'drop' as const), i: fc.nat() }),
  fc.record({ op: fc.constant('swap' as const), i: fc.nat(), j: fc.nat() }),
  fc.record({ op: fc.constant('noise' as const), i: fc.nat(), at: fc.nat(), s: noise }),
  fc.record({ op: fc.constant('eol' as const), eol: fc.constantFrom(...BREAKS) }),
);

const LABEL_AT_START = /^([\s\u3000\u00a0\uFEFF]*)(?:[（(][一二三四五六七八九十0-9０-９]{1,3}[）)][、.，,．]?|[一二三四五六七八九十]{1,3}[、.．，,]|[0-9０-９]{1,2}[.．、])/;

function mutate(seed: string, ops: Mutation[]): string {
  const lines = seed.split(/\r\n|\r|\n/);
  let eol = seed.includes('\r\n') ? '\r\n' : '\n';
  for (const m of ops) {
    if (m.op === 'eol') {
      eol = m.eol;
      continue;
    }
    if (lines.length === 0) continue;
    const i = m.i % lines.length;
    switch (m.op) {
      case 'delete':
        lines.splice(i, 1);
        break;
      case 'duplicate':
        lines.splice(i, 0, lines[i]);
        break;
      case 'swap': {
        const j = m.j % lines.length;
        [lines[i], lines[j]] = [lines[j], lines[i]];
        break;
      }
      case 'flip':
        lines[i] = lines[i].replace(/[（）()]/g, (c) => ({ '（': '(', '）': ')', '(': '（', ')': '）' })[c]!);
        break;
      case 'drop':
        lines[i] = lines[i].replace(LABEL_AT_START, '$1');
        break;
      case 'noise': {
        const at = m.at % (lines[i].length + 1);
        lines[i] = lines[i].slice(0, at) + m.s + lines[i].slice(at);
        break;
      }
    }
  }
  return lines.join(eol);
}

const mutatedSeedArb = fc
  .tuple(fc.constantFrom(...SEEDS), fc.array(mutation, { minLength: 1, maxLength: 8 }))
  .map(([seed, ops]) => mutate(seed, ops));

// ---------------------------------------------------------------------------------------------

describe('properties', () => {
  test('generated drafts', () => {
    fc.assert(fc.property(draftArb, (text) => checkText(text)), params(1000));
  });

  test('mutated seeds', () => {
    fc.assert(fc.property(mutatedSeedArb, (text) => checkText(text)), params(200));
  });

  test('arbitrary strings', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), fc.string({ unit: 'grapheme', maxLength: 200 })), (text) => checkText(text)),
      params(300),
    );
  });

  test('the seeds themselves', () => {
    for (const seed of SEEDS) checkText(seed);
  });
});

describe('edge inputs', () => {
  test('empty and whitespace-only texts', () => {
    for (const text of ['', '\n', '\r', '\r\n', '\n\n\n', '\uFEFF', '\u0000', '\ud800', '\u3000\u3000', ' \t ', '\r\r\n\n\r']) checkText(text);
  });

  test('only headings', () => {
    checkText(['一、', '（一）', '1.', '（1）', '二、', '（一）', '（二）'].join('\n'));
    checkText(['一、工作进展情况', '二、存在的问题', '三、下一步打算', '四、其他需要报告的情况'].join('\n'));
    checkText(Array.from({ length: 60 }, (_, i) => `（${cn((i % 20) + 1)}）标题`).join('\r\n'));
    checkText(Array.from({ length: 120 }, (_, i) => `${cn((i % 99) + 1)}、健全工作机制`).join('\n'));
  });

  test('200-deep nesting of levels', () => {
    const cycle = (i: number) => [`${cn((i % 9) + 1)}、标题`, `（${cn((i % 9) + 1)}）标题`, `${(i % 9) + 1}.标题`, `（${(i % 9) + 1}）标题`][i % 4];
    checkText(Array.from({ length: 200 }, (_, i) => cycle(i)).join('\n'));
    // Every line one level deeper than the last, skipping back: 一、（1）1.（一）…
    const zigzag = (i: number) => [`${cn((i % 9) + 1)}、标题`, `（${(i % 9) + 1}）标题`, `${(i % 9) + 1}.标题`, `（${cn((i % 9) + 1)}）标题`][i % 4];
    checkText(Array.from({ length: 200 }, (_, i) => zigzag(i)).join('\n'), { eachFix: false });
    // 200 headings indented ever deeper, with a body each.
    checkText(Array.from({ length: 200 }, (_, i) => `${'\u3000'.repeat(i)}（${(i % 12) + 1}）标题\n${'\u3000'.repeat(i)}正文内容，不再赘述。`).join('\n'), { eachFix: false });
  });

  test('one 2 MB line', () => {
    const big = '建设'.repeat(512 * 1024); // 1 Mi code units ≈ 2 MB in memory
    checkText(big, { eachFix: false, fixAll: false });
    checkText(`一、工作进展情况\n${'法治政府建设，'.repeat(150_000)}\n二、存在的问题`, { eachFix: false });
    checkText(`（一）${'a'.repeat(2 * 1024 * 1024)}`, { eachFix: false, fixAll: false });
  });
});
