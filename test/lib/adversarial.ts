/**
 * Adversarial drafts per rule, scaled by `n` (issue 8 item 7): the inputs that made a rule or a
 * fix super-linear, and the like. Shared by test/unit/scaling.test.ts (asserted loosely) and
 * test/bench/scaling.mjs (measured). A rule without an entry of its own gets MIXED, which
 * holds a bit of every shape.
 */
import { toChineseNumber } from '../../server/src/core/numbering';

const HEAD = '某某县司法局\n2024年度法治政府建设情况报告\n\n2024年，我局坚持依法行政，现将有关情况报告如下。\n';
const TAIL = '\n某某县司法局\n2025年1月10日\n';
const BODY = '全年办理行政复议案件，依法纠正违法行为，严格落实重大行政决策程序。';

const repeat = (n: number, f: (i: number) => string) => Array.from({ length: n }, (_, i) => f(i)).join('\n');
const cn = (i: number) => toChineseNumber((i % 99) + 1);

/** `n` scales each input roughly linearly in bytes. */
export const ADVERSARIAL: Record<string, (n: number) => string> = {
  // One line of unclosed Word bookmarks (the regex rescanned the line from each one), and closed ones.
  residue: (n) => HEAD + '一、推进法治政府建设的主要举措和成效\n' + '[bookmark: '.repeat(n * 4) + '\n' + repeat(n / 4, () => '[bookmark: _GoBack]正文内容。[bookmark: x]') + '\n' + repeat(n / 4, () => '首页 > 政务公开') + TAIL,
  // Lines naming a statutory section, each a heading that lost its ordinal.
  'heading-unnumbered': (n) => HEAD + repeat(n * 6, () => '2024年度推进法治政府建设的主要安排') + TAIL,
  // Runs of duplicates and gaps, and one long run of lost ordinals between numbered siblings.
  'heading-sequence': (n) => HEAD + repeat(n / 4, (i) => `${cn(i)}、工作情况\n（一）具体措施\n（一）具体措施\n（三）具体措施`) + TAIL,
  'heading-style': (n) => HEAD + repeat(n / 4, (i) => `${cn(i)}. 工作情况\n(一)、具体措施\n（二) 具体措施\n1、 第一项`) + TAIL,
  'heading-level-skip': (n) => HEAD + repeat(n / 3, (i) => `${cn(i)}、工作情况\n1.第一项\n（1）小项`) + TAIL,
  'heading-punctuation': (n) => HEAD + repeat(n / 2, (i) => `${cn(i)}、工作情况。\n（一）具体措施；`) + TAIL,
  'section-missing': (n) => HEAD + repeat(n, (i) => `${cn(i)}、存在的不足和原因`) + TAIL,
  'section-not-separate': (n) => HEAD + '一、工作情况\n' + repeat(n, (i) => `（${cn(i)}）党政主要负责人履行推进法治建设第一责任人职责情况`) + TAIL,
  'section-order': (n) => HEAD + repeat(n, (i) => `${cn(i)}、${['下一年度推进法治政府建设的主要安排', '存在的不足和原因', '推进法治政府建设的主要举措和成效'][i % 3]}`) + TAIL,
  'title-form': (n) => '某某县司法局关于' + '2024年度'.repeat(n) + '法治政府建设情况的报告。\n\n' + BODY + TAIL,
  'title-missing': (n) => repeat(n, () => BODY) + TAIL,
  'signature-missing': (n) => HEAD + repeat(n, () => BODY) + '\n' + '某某县司法局'.repeat(n),
  'date-format': (n) => HEAD + repeat(n, () => '2024年1月1日至2024.12.31，2024-6-1召开会议。') + TAIL,
  'year-mismatch': (n) => HEAD + repeat(n, () => '2023年度推进法治政府建设的主要安排，2025年度工作要点。') + TAIL,
  // Long lines of near-repeats: every window is a candidate.
  'doubled-word': (n) => HEAD + '一、推进法治政府建设的主要举措和成效\n' + '建设'.repeat(n * 4) + '\n' + '法治政府建设法治政府'.repeat(n) + '\n' + repeat(n / 4, () => '进一步进一步推进建设建设工作') + TAIL,
};

/** A bit of every shape, for a rule without an input of its own. */
export const MIXED = (n: number): string => {
  const keys = Object.keys(ADVERSARIAL);
  return keys.map((k) => ADVERSARIAL[k](Math.max(4, Math.floor(n / keys.length)))).join('\n');
};

export function adversarialFor(rule: string): (n: number) => string {
  return ADVERSARIAL[rule] ?? MIXED;
}
