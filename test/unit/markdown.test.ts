/**
 * Markdown drafts: `#` headings, emphasis and bullets around an ordinal are the heading they mark.
 * Each seed rewritten as Markdown (title `#`, level-1 headings `##`, level-2 `###`, the title in
 * bold too) gives the same findings on the same lines as its text form; the CLI reads `.md` so.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { lintText } from '../../server/src/core';
import { asMarkdown } from '../lib/markdown-form';

const root = path.resolve(__dirname, '../..');
const SEEDS = path.join(root, 'test', 'fixtures', 'seeds');

const pairs = (text: string, markdown: boolean) => lintText(text, { markdown }).findings.map((f) => `${f.range.start.line + 1}:${f.rule}`);

for (const seed of readdirSync(SEEDS).filter((f) => f.endsWith('.txt'))) {
  test(`Markdown form of ${seed} gives the findings of its text form`, () => {
    const text = readFileSync(path.join(SEEDS, seed), 'utf8');
    const md = asMarkdown(text);
    assert.notEqual(md, text);
    assert.deepEqual(pairs(md, true), pairs(text, false));
    const plain = lintText(text).model;
    const marked = lintText(md, { markdown: true }).model;
    assert.deepEqual(marked.headings.map((h) => [h.line, h.level, h.text]), plain.headings.map((h) => [h.line, h.level, h.text]));
    assert.equal(marked.title?.text, plain.title?.text);
  });
}

test('without the Markdown reading, `## 一、` is not a heading (what went wrong before)', () => {
  const md = '# 某局2025年度法治政府建设情况报告\n## 一、2025年度推进法治政府建设的主要举措和成效\n### （一）加强组织领导\n';
  assert.equal(lintText(md).model.headings.filter((h) => h.numbered).length, 0);
  assert.deepEqual(lintText(md, { markdown: true }).model.headings.map((h) => h.label?.raw), ['一、', '（一）']);
});

test('an ordered-list `1.` stays a level-3 ordinal; rules and fences hold no text', () => {
  const md = '## 一、主要举措和成效\n### （一）加强组织领导\n1. 完善制度\n2. 强化培训\n\n---\n';
  const { model } = lintText(md, { markdown: true });
  assert.deepEqual(model.headings.map((h) => h.level), [1, 2, 3, 3]);
  assert.equal(model.lines[5].kind, 'blank');
});

test('gongwen check reads .md as Markdown', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'gongwen-md-'));
  const text = readFileSync(path.join(SEEDS, readdirSync(SEEDS)[0]), 'utf8');
  writeFileSync(path.join(dir, 'r.md'), asMarkdown(text));
  writeFileSync(path.join(dir, 'r.txt'), text);
  const run = (f: string) => JSON.parse(spawnSync('node', [path.join(root, 'dist', 'cli.js'), 'check', '--format', 'json', path.join(dir, f)], { encoding: 'utf8' }).stdout).files[0].diagnostics.map((d: { line: number; rule: string }) => `${d.line}:${d.rule}`);
  assert.deepEqual(run('r.md'), run('r.txt'));
});
