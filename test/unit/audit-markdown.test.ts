/**
 * `gongwen audit` reads a `.md` draft as Markdown, as `gongwen check` does: a seed written in
 * Markdown (`## 一、…`) gets the same row as its text form (sections, counts, verdict), not four
 * missing sections because `## 一、` was not read as a heading.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { asMarkdown } from '../lib/markdown-form';

const root = path.resolve(__dirname, '../..');
const SEED = path.join(root, 'test/fixtures/seeds/000_6c4c41263adb4e45.txt');

test('gongwen audit: a Markdown draft gets the row of its text form', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'gongwen-audit-md-'));
  const text = readFileSync(SEED, 'utf8');
  writeFileSync(path.join(dir, '报告.txt'), text);
  writeFileSync(path.join(dir, '报告.md'), asMarkdown(text));
  const run = spawnSync(process.execPath, [path.join(root, 'dist/cli.js'), 'audit', '--format', 'json', dir], { encoding: 'utf8' });
  const rows: Array<Record<string, unknown> & { path: string }> = JSON.parse(run.stdout).rows;
  const of = (ext: string): Record<string, unknown> => {
    const row = rows.find((r) => r.path.endsWith(ext));
    assert.ok(row, `no row for ${ext}`);
    const { path: _p, findings, ...rest } = row as Record<string, unknown>;
    return { ...rest, findings: (findings as Array<{ line: number; rule: string }>).map((f) => `${f.line}:${f.rule}`) };
  };
  const md = of('.md');
  assert.equal(md.kind, 'report');
  assert.ok((md.sections as Array<{ status: string }>).every((s) => s.status !== 'missing' || !(s as { required?: boolean }).required), JSON.stringify(md.sections));
  assert.deepEqual(md, of('.txt'));
});
