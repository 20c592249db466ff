/**
 * The text rules of issue #13 beyond their fixtures: a clean report gets no finding at all, the
 * superseded-documents table takes more entries through the options, punctuation converted
 * throughout is one hint and not a finding per mark, and what a rule is unsure of is a hint.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { lintText } from '../../server/src/core/lint';

const clean = readFileSync(path.join(__dirname, '..', 'fixtures', 'clean-report.txt'), 'utf8');

test('a clean report written to the standards gets no finding from any rule', () => {
  const r = lintText(clean);
  assert.deepEqual(r.failures, []);
  assert.deepEqual(r.findings.map((f) => `${f.range.start.line + 1}:${f.rule} ${f.message}`), []);
});

test('the clean report holds the near-misses the text rules must leave alone', () => {
  for (const s of ['1.5', '10:30', 'http://', 'Zhang Wei', '2021年至2025年', '截至2023年底', '〔2021〕15号', '（2021—2025年）']) assert.ok(clean.includes(s), s);
});

test('superseded-basis: entries passed in the options extend the built-in table', () => {
  const text = clean.replace('《重大行政决策程序暂行条例》', '《某省行政执法条例》');
  assert.deepEqual(lintText(text, { only: ['superseded-basis'] }).findings, []);
  const supersededBasis = [{ title: '某省行政执法条例', replacedBy: '某省行政执法监督条例', since: 2020, basis: '某省人大常委会公告第1号' }];
  const found = lintText(text, { only: ['superseded-basis'], supersededBasis }).findings;
  assert.equal(found.length, 1);
  assert.match(found[0].message, /某省行政执法监督条例/);
  assert.match(found[0].message, /某省人大常委会公告第1号/);
  // Before `since`, citing it was right.
  assert.deepEqual(lintText(text.replace(/2023年/g, '2019年').replace('2024年1月15日', '2020年1月15日'), { only: ['superseded-basis'], supersededBasis }).findings, []);
});

test('punctuation-width: a draft half-width throughout gets one hint whose suggested fix converts every mark', () => {
  const folded = clean.replace(/，/g, ',').replace(/；/g, ';').replace(/：/g, ':');
  const r = lintText(folded, { only: ['punctuation-width'] });
  assert.equal(r.findings.length, 1);
  const [f] = r.findings;
  assert.equal(f.severity, 'hint');
  assert.equal(f.fixes.length, 1);
  assert.equal(f.fixes[0].safe, false, 'converting a whole document is offered, not applied by fix-all');
  assert.ok(f.fixes[0].edits.length > 20);
});

test('punctuation-width: one slip in a full-width draft is a warning with a safe fix', () => {
  const r = lintText(clean.replace('明确责任分工和完成时限', '明确责任分工,和完成时限'), { only: ['punctuation-width'] });
  assert.deepEqual(r.findings.map((f) => [f.severity, f.fixes[0].safe, f.fixes[0].edits[0].newText]), [['warning', true, '，']]);
});

test('punctuation-width: slips beyond what the first pass lists, in a mostly full-width draft, each get their warning and fix', () => {
  // 40 half-width commas (more than the 32 the first pass keeps) among 200 full-width ones.
  const body = Array.from({ length: 40 }, (_, i) => `第${i}项工作已经完成，效果良好，群众满意，各方认可，记录完整,存档备查。`).join('');
  const r = lintText(`${clean}\n${body}\n`, { only: ['punctuation-width'] });
  assert.equal(r.findings.length, 40);
  assert.ok(r.findings.every((f) => f.severity === 'warning' && f.fixes[0].safe && f.fixes[0].edits.length === 1 && f.fixes[0].edits[0].newText === '，'));
  const cols = r.findings.map((f) => f.range.start.character);
  assert.deepEqual(cols, r.findings.map((f) => f.fixes[0].edits[0].range.start.character), 'each fix converts its own mark');
  assert.equal(new Set(cols).size, 40);
});

test('stale-content: a period that ended the year before is a hint, one that ended earlier a warning', () => {
  const at = (year: number) => {
    const text = clean.replace(/2023年/g, `${year}年`).replace('2024年1月15日', `${year + 1}年1月15日`).replace('“八五”普法规划', '“十三五”规划');
    return lintText(text, { only: ['stale-content'] }).findings.map((f) => f.severity);
  };
  assert.deepEqual(at(2020), []);
  assert.deepEqual(at(2021), ['hint']);
  assert.deepEqual(at(2022), ['warning']);
});

test('number-form: an index number, a date and a span of years are not year ranges', () => {
  const text = clean.replace('全年开展专题学习12次', '索引号035200009/2024-00026，发布于2024-03-08，2021年至2025年，全年开展专题学习12次');
  assert.deepEqual(lintText(text, { only: ['number-form'] }).findings, []);
});
