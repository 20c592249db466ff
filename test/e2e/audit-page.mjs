#!/usr/bin/env node
// The `gongwen audit` HTML page in a real browser (headless Debian Chromium through playwright-core,
// as the VS Code UI tests use): audit the mixed fixture tree (test/fixtures/audit) with the built CLI,
// open the page from disk, and check what a reviewer does — read the summary, sort a column by a
// click, type a filter, open a row's findings — plus that the page asks the network for nothing and
// that its print layout hides the controls and repeats the header row.
// One line per step (`ok  step …` / `FAIL step …: reason`), then `N passed, N failed`; exit 1 on any
// failure. The screenshot goes to test/e2e/screenshots/ (git-ignored); with GONGWEN_README_SHOT=1 it
// also replaces test/e2e/readme-screenshots/audit-table.png, the one the README shows.
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { launchChromium, root, within } from './lib.mjs';

const say = (msg) => process.stderr.write(`[audit-page] ${msg}\n`);
const tmp = mkdtempSync(path.join(os.tmpdir(), 'gongwen-audit-page-'));
const shots = path.join(root, 'test/e2e/screenshots');
let passed = 0;
let failed = 0;
let browser;

async function step(name, fn) {
  try {
    if ((await within(fn().then(() => 'done'), 30_000, 'timeout')) === 'timeout') throw new Error('timed out after 30 s');
    passed++;
    console.log(`ok   step ${name}`);
  } catch (e) {
    failed++;
    console.log(`FAIL step ${name}: ${e instanceof Error ? e.message : e}`);
  }
}
function check(cond, why) {
  if (!cond) throw new Error(why);
}

async function main() {
  const setup = spawnSync('bash', [path.join(root, 'test/e2e/setup.sh')], { stdio: ['ignore', 'inherit', 'inherit'] });
  if (setup.status !== 0) throw new Error(`test/e2e/setup.sh exited ${setup.status}`);
  const cli = path.join(root, 'dist/cli.js');
  if (!existsSync(cli)) throw new Error('dist/cli.js is missing: run `node esbuild.mjs` first (npm test does)');

  const tree = path.join(tmp, '报送材料');
  cpSync(path.join(root, 'test/fixtures/audit'), tree, { recursive: true });
  const file = path.join(tmp, '审核汇总表.html');
  const r = spawnSync(process.execPath, [cli, 'audit', '-o', file, '.'], { cwd: tree, encoding: 'utf8' });
  check(r.status === 1 && existsSync(file), `gongwen audit exited ${r.status}: ${r.stderr}`);

  browser = await launchChromium(path.join(tmp, 'chromium-profile'), { viewport: { width: 1500, height: 860 } });
  const page = browser.pages()[0] ?? (await browser.newPage());
  const requests = [];
  page.on('request', (req) => requests.push(req.url()));
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));

  const cellTexts = (col) => page.$$eval(`#audit > tbody:not([hidden]) > tr.main > td:nth-child(${col + 1})`, (tds) => tds.map((td) => td.textContent.trim()));
  const headers = await (async () => {
    await page.goto(pathToFileURL(file).href);
    return page.$$eval('#audit tr.headers th', (ths) => ths.map((th) => th.textContent.trim()));
  })();
  const col = (name) => {
    const i = headers.indexOf(name);
    check(i >= 0, `no column ${name} in ${headers.join(' | ')}`);
    return i;
  };

  await step('opened from disk: summary on top, one row per file, nothing fetched, no script error', async () => {
    const summary = await page.textContent('#summary');
    check(/5\s*份报告/.test(summary) && /最常见的问题/.test(summary), `summary: ${summary}`);
    check((await page.$$('#audit > tbody')).length === 6, 'six rows');
    check(requests.every((u) => u.startsWith('file:')), `requests beyond the file: ${requests.join(', ')}`);
    check(errors.length === 0, `page errors: ${errors.join('; ')}`);
  });

  await step('a click on 结论 sorts by verdict, a second click reverses it', async () => {
    const v = col('结论');
    await page.click(`#audit tr.headers th:nth-child(${v + 1}) button`);
    const asc = await cellTexts(v);
    check(asc[0] === '可报送' && asc.at(-1) === '非此类报告', `ascending: ${asc.join(', ')}`);
    check((await page.getAttribute(`#audit tr.headers th:nth-child(${v + 1})`, 'aria-sort')) === 'ascending', 'aria-sort ascending');
    await page.click(`#audit tr.headers th:nth-child(${v + 1}) button`);
    const desc = await cellTexts(v);
    check(desc[0] === '非此类报告' && desc.at(-1) === '可报送', `descending: ${desc.join(', ')}`);
  });

  await step('a click on 错误 sorts numbers as numbers', async () => {
    const e = col('错误');
    await page.click(`#audit tr.headers th:nth-child(${e + 1}) button`);
    const nums = (await cellTexts(e)).filter(Boolean).map(Number);
    check(nums.every((n, i) => i === 0 || nums[i - 1] <= n), `not ascending: ${nums.join(', ')}`);
  });

  await step('typing in a column filter keeps the matching rows and says how many', async () => {
    const o = col('发文机关');
    await page.fill(`#audit tr.filters th:nth-child(${o + 1}) input`, '东城区');
    const organs = await cellTexts(o);
    check(organs.length === 2 && organs.every((t) => t === '东城区人民政府'), `rows: ${organs.join(', ')}`);
    check((await page.textContent('#shown')).includes('2 / 6'), await page.textContent('#shown'));
    await page.fill(`#audit tr.filters th:nth-child(${o + 1}) input`, '');
    await page.fill('#filter-all', '不符合要求');
    check((await cellTexts(0)).length === 1, 'the all-columns filter keeps the one rejected report');
    await page.fill('#filter-all', '');
    check((await cellTexts(0)).length === 6, 'clearing the filters shows every row again');
  });

  await step('a row opens its findings with line numbers and messages', async () => {
    const body = page.locator('#audit > tbody', { hasText: '市司法局2025年度法治政府建设情况报告.txt' });
    check(!(await body.locator('tr.details').isVisible()), 'findings hidden before the click');
    await body.locator('button.toggle').click();
    const details = body.locator('tr.details');
    check(await details.isVisible(), 'findings shown after the click');
    const text = await details.textContent();
    check(/17\s*1\s*错误\s*heading-sequence\s*序号不连续：（四）前应为（三）/.test(text), `findings: ${text.slice(0, 300)}`);
    check(/结论依据：缺少法定章节/.test(text), 'the verdict basis is shown');
    mkdirSync(shots, { recursive: true });
    const shot = path.join(shots, 'audit-table.png');
    await page.screenshot({ path: shot, fullPage: true });
    if (process.env.GONGWEN_README_SHOT === '1') copyFileSync(shot, path.join(root, 'test/e2e/readme-screenshots/audit-table.png'));
    say(`screenshot: ${shot}`);
  });

  await step('print layout: controls hidden, header row repeated, A4 landscape PDF', async () => {
    await page.emulateMedia({ media: 'print' });
    const s = await page.evaluate(() => ({
      filters: getComputedStyle(document.querySelector('#audit tr.filters')).display,
      controls: getComputedStyle(document.querySelector('.controls')).display,
      thead: getComputedStyle(document.querySelector('#audit > thead')).display,
    }));
    check(s.filters === 'none' && s.controls === 'none' && s.thead === 'table-header-group', JSON.stringify(s));
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    const box = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(pdf.toString('latin1'));
    check(box && Math.round(Number(box[1])) === 842 && Math.round(Number(box[2])) === 595, `page size ${box?.slice(1).join('×')}, expected A4 landscape 842×595 pt`);
    writeFileSync(path.join(tmp, 'print.pdf'), pdf);
    await page.emulateMedia({ media: 'screen' });
  });
}

try {
  await main();
} catch (e) {
  failed++;
  console.log(`FAIL step setup: ${e instanceof Error ? e.message : e}`);
} finally {
  await within(browser?.close().catch(() => {}), 5000);
  rmSync(tmp, { recursive: true, force: true });
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
