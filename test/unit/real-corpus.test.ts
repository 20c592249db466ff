/**
 * Thirty real published pages (test/fixtures/real, byte-identical to ../shared/corpus/real): twenty
 * 法治政府建设 reports from every level of government and ten documents of other kinds, as authors
 * paste them in, page chrome and all. The table below was written by reading each text (see the
 * corpus README's notes), not by running the checker: title lines, report year, headings with
 * their level, whole-line residue, and the kind of document. Line numbers are 1-based; line 1 and
 * 2 of each file are the collection's `# source:` / `# excerpt:` notes.
 *
 * Every file is an excerpt: sections after the first are cut off, so sections are not compared.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { lintText } from '../../server/src/core/lint';

const REAL = path.join(__dirname, '..', 'fixtures', 'real');

interface Expect {
  /** Title lines (organ line, then the title proper), or null when the excerpt has none. */
  title: number[] | null;
  year: number | null;
  /** `line:level` for every heading. */
  headings: string[];
  /** Lines that are residue as a whole. */
  residue: number[];
  /** profile id, plus the document kind when it is not the profile's report. */
  kind: string;
}

const range = (a: number, b: number) => Array.from({ length: b - a + 1 }, (_, i) => a + i);
const h = (s: string) => (s ? s.split(' ') : []);

const EXPECT: Record<string, Expect> = {
  // A. 法治政府建设 reports
  '01.txt': { title: [3], year: 2023, headings: h('7:1 9:2 13:2 19:2'), residue: [1, 2], kind: 'fzzf' },
  // 智能问答 新媒体矩阵 (site links), breadcrumb, 发布时间, 来源.
  '02.txt': { title: [6], year: 2023, headings: h('13:1 17:1 19:2 21:2'), residue: [1, 2, 3, 4, 8, 9], kind: 'fzzf' },
  '03.txt': { title: null, year: 2025, headings: h('4:1 5:2'), residue: [1, 2], kind: 'fzzf' },
  '04.txt': { title: [3], year: 2025, headings: h('7:1 11:2 13:2'), residue: [1, 2], kind: 'fzzf' },
  // Page title (2025年度) above the document's own title (2025年): one title, the copy is residue.
  '05.txt': { title: [4], year: 2025, headings: h('6:1 7:2 9:2'), residue: [1, 2, 3], kind: 'fzzf' },
  // Bullet row of site links; title twice, both with `2025度`; 1. 2. 3. 4. right under 一、.
  '06.txt': { title: [9], year: 2025, headings: h('13:1 15:3 17:3 19:3 21:3'), residue: range(1, 7), kind: 'fzzf' },
  // Metadata rows with pipes; 成文日期 2025-02-14 is not the report year.
  '07.txt': { title: null, year: 2024, headings: h('7:1 8:2 9:2'), residue: range(1, 5), kind: 'fzzf' },
  '08.txt': { title: null, year: 2022, headings: h('4:1 6:2 7:2'), residue: [1, 2], kind: 'fzzf' },
  '09.txt': { title: null, year: 2022, headings: h('5:1 6:2'), residue: [1, 2], kind: 'fzzf' },
  // Page title with 文号, then a cover letter (title, 文号, 主送, body, signature, date), then the report.
  '10.txt': { title: [10], year: 2023, headings: h('12:1 13:2 14:3 15:3'), residue: [1, 2, 3], kind: 'fzzf' },
  // No line breaks at all: nothing can be read as a heading at a line start.
  '11.txt': { title: null, year: 2025, headings: [], residue: [1, 2], kind: 'fzzf' },
  '12.txt': { title: [3], year: 2017, headings: h('6:1 8:2 10:3'), residue: [1, 2, 4], kind: 'fzzf' },
  // Title split over two lines, without a year.
  '13.txt': { title: [3, 4], year: 2025, headings: h('6:1 7:2 9:2 11:1 12:2 14:2 16:1 17:2'), residue: [1, 2], kind: 'fzzf' },
  '14.txt': { title: [3, 4], year: 2020, headings: h('6:1 8:2 10:2'), residue: [1, 2], kind: 'fzzf' },
  // 日期:2026-03-17 (publication) is not the report year.
  '15.txt': { title: [5], year: 2025, headings: h('12:1 14:2 18:2 22:2 26:2 30:2'), residue: [1, 2, 3, 7, 8], kind: 'fzzf' },
  // Title once on one line (page title), then split over two lines (the document's own).
  '16.txt': { title: [7, 9], year: 2022, headings: h('14:1'), residue: range(1, 5), kind: 'fzzf' },
  '17.txt': { title: [3, 4], year: 2023, headings: h('6:1 7:2 8:2'), residue: [1, 2], kind: 'fzzf' },
  '18.txt': { title: [3], year: 2019, headings: h('5:1 6:2 7:3'), residue: [1, 2], kind: 'fzzf' },
  // Five-year report on a 范文 site: title three times; the 2023 of the first copies is the publication year.
  '19.txt': { title: [11], year: null, headings: h('19:1 21:2 25:2'), residue: [1, 2, 3, 5, 7, 9], kind: 'fzzf/five-year' },
  // Viewer page markers 1、2、3、 at line starts cut sentences: not headings.
  '20.txt': { title: null, year: 2023, headings: [], residue: [1, 2], kind: 'fzzf' },
  // B. other kinds. 21: flattened table cells (`一、本年新收…` then `0`) are not headings; the
  // excerpt ends on the cell `三、本年度` with nothing after it to show it is one, so it reads as a heading.
  '21.txt': { title: [11, 13], year: 2023, headings: h('15:1 21:1 83:1 141:1'), residue: [1, 2, 3, 5, 7, 9], kind: 'gip' },
  '22.txt': { title: null, year: 2023, headings: h('4:1 5:2 7:2 9:2'), residue: [1, 2], kind: 'gip' },
  '23.txt': { title: null, year: 2022, headings: h('3:1 5:2 6:2 7:2 8:2 9:1'), residue: [1, 2], kind: 'gip' },
  '24.txt': { title: [4], year: 2022, headings: h('13:1'), residue: [1, 2, 3, ...range(5, 11)], kind: 'gip' },
  '25.txt': { title: null, year: 2022, headings: h('14:1 18:3 20:3'), residue: range(1, 10), kind: 'gip' },
  '26.txt': { title: null, year: 2023, headings: h('4:1 6:1 7:2 8:3'), residue: [1, 2], kind: 'fzzf/other-document' },
  '27.txt': { title: null, year: 2022, headings: h('5:1 7:2'), residue: [1, 2], kind: 'fzzf/other-document' },
  // Transmittal notice (主送, body, signature, date) before the 总结's own title.
  '28.txt': { title: [7], year: 2022, headings: h('9:1 10:2'), residue: [1, 2], kind: 'fzzf/work-summary' },
  '29.txt': { title: [7], year: 2023, headings: h('11:1 15:1 19:1'), residue: [1, 2, 3, 5], kind: 'fzzf/interpretation' },
  // 发布时间:2025-11-07 is not the report year.
  '30.txt': { title: [3], year: 2024, headings: h('8:1 14:1 18:1'), residue: [1, 2, 5, 6], kind: 'fzzf/interpretation' },
};

const files = readdirSync(REAL).filter((f) => f.endsWith('.txt')).sort();

test('the table covers every real file', () => {
  assert.deepEqual(files, Object.keys(EXPECT).sort());
});

for (const file of files) {
  test(`real ${file}: title, report year, headings, residue and kind as read`, () => {
    const r = lintText(readFileSync(path.join(REAL, file), 'utf8'));
    const m = r.model;
    const e = EXPECT[file];
    const residue = [...new Set(m.residue.filter((x) => x.wholeLine || m.lines[x.line].kind === 'residue').map((x) => x.line + 1))];
    // Residue first: a body line marked residue is the worst mistake, whatever else is right.
    const bodyAsResidue = residue.filter((l) => !e.residue.includes(l));
    assert.deepEqual(bodyAsResidue, [], `${file}: report text marked residue: ${bodyAsResidue.map((l) => m.lines[l - 1].text.slice(0, 30)).join(' | ')}`);
    assert.deepEqual(residue, e.residue, `${file}: residue`);
    assert.deepEqual(m.title ? m.title.lines.map((l) => l + 1) : null, e.title, `${file}: title`);
    assert.equal(m.reportYear, e.year, `${file}: report year`);
    assert.deepEqual(m.headings.map((x) => `${x.line + 1}:${x.level}`), e.headings, `${file}: headings`);
    assert.equal(m.documentKind ? `${m.profile.id}/${m.documentKind.id}` : m.profile.id, e.kind, `${file}: kind`);
    assert.deepEqual(r.failures, []);
  });
}

test('no real file is marked residue in a line longer than page chrome ever is', () => {
  for (const file of files) {
    const m = lintText(readFileSync(path.join(REAL, file), 'utf8')).model;
    for (const x of m.residue) if (x.wholeLine && x.what !== 'note') assert.ok(x.end - x.start <= 100, `${file}:${x.line + 1}`);
  }
});

test('other kinds of document get one document-kind finding instead of section-missing', () => {
  for (const file of files) {
    const r = lintText(readFileSync(path.join(REAL, file), 'utf8'));
    const kind = EXPECT[file].kind;
    const rules = r.findings.map((f) => f.rule);
    if (kind.includes('/')) {
      assert.equal(rules.filter((x) => x === 'document-kind').length, 1, file);
      assert.ok(!rules.includes('section-missing'), file);
    } else {
      assert.ok(!rules.includes('document-kind'), file);
    }
  }
});

// CI clones the repo with shared/ beside it; elsewhere the copy cannot be compared.
const SHARED_REAL = path.resolve(__dirname, '../../../shared/corpus/real');
let shared: string[] | null = null;
try {
  shared = readdirSync(SHARED_REAL).sort();
} catch {
  shared = null;
}

test('the real fixtures are the shared corpus, byte for byte', { skip: shared ? false : `no shared corpus at ${SHARED_REAL}` }, () => {
  assert.deepEqual(readdirSync(REAL).sort(), shared);
  for (const f of shared!) assert.ok(readFileSync(path.join(SHARED_REAL, f)).equals(readFileSync(path.join(REAL, f))), f);
});
