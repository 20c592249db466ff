#!/usr/bin/env node
// The author's walk-through in a real VS Code UI: the packaged .vsix installed into a fresh
// code-server (VS Code 1.100.3 for the web), driven from headless Debian Chromium by keyboard the
// way a person works, with every check read from the page (no extension API):
//   open a copy of seed 000 named like a real report → language mode 公文报告, Problems with the
//   rule findings, squiggles, Outline and 报告提纲 views → type a heading with a wrong ordinal and
//   see the new problem within a deadline → fix it from the light bulb → open an empty
//   空白.gongwen, see the four missing statutory sections, insert the skeleton snippet (fzbg) and
//   see them go. The first-hour steps (issue 15, ui-first-steps.mjs) go in between: the red
//   lost-ordinal error's quick fix, residue deleted as a block, the 报告提纲 view with no line cut
//   off, a rule's page opened from Problems with every request beyond the local editor blocked, a
//   GB18030 draft read as UTF-8 and reopened, the skeleton with a typed year (plan year + 1 at once)
//   and date, `（` + completion, 修复全部 with nothing safe, File › New File…, paste into Ctrl+N.
// One line per step (`ok  step …` / `FAIL step …: reason`), then `N passed, N failed`; exit 1 on
// any failure. A screenshot per step goes to test/e2e/screenshots/ (git-ignored); the README's pictures in
// test/e2e/readme-screenshots/ (report-problems-outline, first-steps-*) are screenshots of a run, named by
// their step, reduced with `pngquant --quality 70-95`.
// Env: GONGWEN_UI_TIMEOUT (seconds for the whole run, default 360), GONGWEN_UI_LATENCY_MS (deadline
// from the last keystroke to the new problem, default 1000), GONGWEN_E2E_VERBOSE=1 (server and
// browser logs), GONGWEN_CHROMIUM (browser path).
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { vsixPath } from '../lib/package-vsix.mjs';
import { GB18030_DRAFT, GBK_NAME, bracketCompletion, embeddedSectionIcon, deleteResidueBlock, fixAllMessage, fixLostOrdinals, garbledDraft, newFileEntry,
  pasteIntoUntitled, ruleDocOffline, viewRowsNotCut, webPageReport } from './ui-first-steps.mjs';
import { codeServerEntry, freshProfile, installExtension, killGroup, launchChromium, quietSettings, root, runGroup,
  startCodeServer, stopGroup, within, workbenchUrl } from './lib.mjs';

const timeoutS = Number(process.env.GONGWEN_UI_TIMEOUT || 360);
const latencyMs = Number(process.env.GONGWEN_UI_LATENCY_MS || 1000);
const verbose = process.env.GONGWEN_E2E_VERBOSE === '1';
const WAIT = 15_000; // ordinary UI waits (a view to render, a widget to open)
const REPORT = '2023年度法治政府建设情况报告.txt';
const BLANK = '空白.gongwen';
const EMBEDDED = '法治政府建设情况报告（第一责任人写在正文中）.txt'; // seed 001: leader-duty only inside another part
const SEED = path.join(root, 'test/fixtures/seeds/000_6c4c41263adb4e45.txt');
const TYPED = '六、新增标题'; // the checker: 序号不连续：六、前应为五、 (fix: 改为五、)
const TYPED_MESSAGE = '六、前应为五、';
const FIX_TITLE = '改为五、';
const AGENCY = '市科技局'; // typed into the skeleton's first placeholder
const YEAR = 2024; // typed into the skeleton's report year: section 四 must read 2025 at once
const DATE = ['2025', '2', '20']; // typed into the 成文日期 (within the reporting deadline of a department)
const shots = path.join(root, 'test/e2e/screenshots');
const say = (msg) => process.stderr.write(`[ui-scenario] ${msg}\n`);
const started = Date.now();

// --- state and cleanup: code-server in its own process group, everything else in `tmp`
const tmp = mkdtempSync(path.join(os.tmpdir(), 'gongwen-ui-'));
const workspace = path.join(tmp, 'workspace');
let server;
const helpers = new Set(); // setup.sh, packaging, --install-extension while they run
let browser;
let page;
let passed = 0;
let failed = 0;
let finished = false;
const serverLog = [];
const offline = []; // requests beyond 127.0.0.1, aborted
const timings = {};

async function finish(why) {
  if (finished) return;
  finished = true;
  if (why) {
    failed++;
    console.log(`FAIL step ${current ?? '(between steps)'}: ${why}`);
  }
  for (const child of helpers) killGroup(child, 'SIGKILL');
  await within(browser?.close().catch(() => {}), 5000);
  await stopGroup(server);
  rmSync(tmp, { recursive: true, force: true });
  const t = Object.entries(timings).map(([k, v]) => `${k} ${v}`).join(', ');
  say(`done in ${((Date.now() - started) / 1000).toFixed(1)}s${t ? ` (${t})` : ''}`);
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed === 0 && passed > 0 ? 0 : 1);
}
process.on('exit', () => [server, ...helpers].forEach((c) => killGroup(c, 'SIGKILL'))); // last resort
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(sig, () => finish(`got ${sig}`));
setTimeout(() => finish(`TIMEOUT: the run took over ${timeoutS}s (GONGWEN_UI_TIMEOUT)`), timeoutS * 1000);

// --- steps: each prints one line; a failed `critical` step leaves nothing to test after it
let current;
let blocked;
async function step(name, fn, { critical = false } = {}) {
  current = name;
  const t = Date.now();
  if (blocked) {
    failed++;
    console.log(`FAIL step ${name}: not run (${blocked} failed)`);
    return;
  }
  if (finished) return; // timed out or stopped: finish() reports and exits
  try {
    const detail = await fn();
    if (finished) return;
    passed++;
    console.log(`ok  step ${name} (${Date.now() - t} ms)${detail ? ` — ${detail}` : ''}`);
  } catch (err) {
    if (finished) return;
    failed++;
    console.log(`FAIL step ${name}: ${String(err?.message ?? err).split('\n')[0]}`);
    if (verbose) say(err?.stack ?? err);
    if (critical) blocked = name;
  }
  if (!finished) await screenshot(name);
  current = undefined;
}

let shotNo = 0;
/** An extra screenshot in the middle of a step (a menu or a message before it is answered). */
async function shot(label) {
  await screenshot(`${current ?? 'between'} ${label}`);
}

async function screenshot(name) {
  if (!page) return;
  const file = path.join(shots, `${String(++shotNo).padStart(2, '0')}-${name.replace(/[^\w一-龥]+/g, '-').replace(/^-|-$/g, '')}.png`);
  await within(page.screenshot({ path: file }).catch((e) => say(`screenshot ${file}: ${e.message}`)), 10_000);
}

/** Runs a helper command (see runGroup), killed with its children if the run ends first. */
async function run({ child, done }) {
  helpers.add(child);
  const r = await done;
  helpers.delete(child);
  if (verbose || r.status !== 0) process.stderr.write(r.output);
  return r;
}

const check = (cond, message) => {
  if (!cond) throw new Error(message);
};

// --- page helpers (selectors: /work/shared/e2e/README.md)
/** Each row's aria-label and its text (the Problems panel shows the rule id only in the text). */
const labels = (selector) => page.$$eval(selector, (rows) => rows.map((r) => `${r.getAttribute('aria-label') ?? ''} ‖ ${r.textContent ?? ''}`));
const problemRows = () => labels('.markers-panel .monaco-list-row');

/**
 * Waits until the aria-labels (or texts) of the rows matching `selector` fit `want`: `has` strings
 * each in some row, `lacks` strings in none, `count` [string, n]: exactly n rows contain it.
 * Returns the labels; the error lists what was there.
 */
async function waitRows(selector, want, what, timeout = WAIT, { emptyOk = false } = {}) {
  try {
    await page.waitForFunction(({ selector, has = [], lacks = [], count, emptyOk }) => {
      const rows = [...document.querySelectorAll(selector)].map((r) => `${r.getAttribute('aria-label') ?? ''} ‖ ${r.textContent ?? ''}`);
      return (emptyOk || rows.length > 0)
        && has.every((s) => rows.some((r) => r.includes(s)))
        && lacks.every((s) => !rows.some((r) => r.includes(s)))
        && (!count || rows.filter((r) => r.includes(count[0])).length === count[1]);
    }, { selector, ...want, emptyOk }, { timeout, polling: 50 });
  } catch (err) {
    if (!/Timeout/i.test(err?.message)) throw err;
    const rows = await labels(selector).catch(() => []);
    throw new Error(`${what}: not within ${timeout} ms; rows: ${rows.length ? rows.slice(0, 8).map((r) => JSON.stringify(r.slice(0, 100))).join(' | ') : '(none)'}`);
  }
  return labels(selector);
}

/** F1, the command's title, Enter (the title must be the focused entry). */
async function runCommand(title) {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget .quick-input-box input');
  await input.waitFor({ state: 'visible', timeout: WAIT });
  await input.fill(`>${title}`);
  await waitRows('.quick-input-widget .monaco-list-row.focused', { has: [title] }, `command "${title}" in the palette`);
  await page.keyboard.press('Enter');
  await input.waitFor({ state: 'hidden', timeout: WAIT });
}

/** Ctrl+P, a file name, Enter; waits for its editor tab to be the active one. */
async function quickOpen(name) {
  await page.keyboard.press('Control+P');
  const input = page.locator('.quick-input-widget .quick-input-box input');
  await input.waitFor({ state: 'visible', timeout: WAIT });
  await input.fill(name);
  await waitRows('.quick-input-widget .monaco-list-row.focused', { has: [name] }, `${name} in Quick Open`);
  await page.keyboard.press('Enter');
  await page.waitForSelector(`.tabs-container .tab.active[aria-label*="${name}"]`, { timeout: WAIT });
  await page.waitForSelector('.editor-instance .monaco-editor.focused', { timeout: WAIT });
}

/** The extension's status bar item (`必备章节 n/m`), '' while hidden. */
const sectionsStatus = () => page.locator('.statusbar-item', { hasText: '必备章节' }).first().textContent({ timeout: 2000 }).then((t) => t.trim()).catch(() => '');
/** Errors and warnings from the status bar's problem counter (all files). */
async function problemCounts() {
  const label = await page.$eval('[id="status.problems"]', (e) => e.getAttribute('aria-label') || e.textContent || '');
  const n = (re) => Number((re.exec(label) ?? [])[1] ?? 0); // a kind with none is left out ("No Problems")
  return { errors: n(/Errors?: (\d+)/i), warnings: n(/Warnings?: (\d+)/i), label };
}
const statusText = (id) => page.$eval(`[id="${id}"]`, (e) => e.textContent?.trim() ?? '').catch(() => '');
/** The Problems view and the 报告提纲 view share the panel: bring one to the front. */
async function showProblems() {
  // Its tab, as a person would click it; the command when the panel is closed.
  const tab = page.locator('.part.panel .composite-bar .action-label', { hasText: /^Problems$/i }).first();
  if (await tab.isVisible().catch(() => false)) await tab.click();
  else await runCommand('Problems: Focus on Problems View');
  await page.waitForSelector('.markers-panel', { state: 'visible', timeout: WAIT });
}
const showReportOutline = () => runCommand('Show Report Outline');
/** What the first-hour steps (ui-first-steps.mjs) use of this scenario. */
const ctx = {
  get page() { return page; },
  WAIT, check, shot, waitRows, runCommand, quickOpen, statusText, problemRows, showProblems, showReportOutline,
};

async function main() {
  mkdirSync(shots, { recursive: true });
  for (const f of readdirSync(shots)) if (f.endsWith('.png')) rmSync(path.join(shots, f));

  await step('setup (code-server, Chromium, fonts)', async () => {
    const r = await run(runGroup('bash', [path.join(root, 'test/e2e/setup.sh')]));
    check(r.status === 0 && existsSync(codeServerEntry), `test/e2e/setup.sh exited ${r.status}`);
  }, { critical: true });

  await step('package .vsix', async () => {
    if (vsixIsFresh()) return `reused ${path.relative(root, vsixPath)}`;
    const out = await run(runGroup(process.execPath, [path.join(root, 'test/lib/package-vsix.mjs')])); // packageVsix()
    check(out.status === 0 && existsSync(vsixPath), `packageVsix() exited ${out.status}`);
    return `built ${path.relative(root, vsixPath)} (${(statSync(vsixPath).size / 1024).toFixed(0)} KB)`;
  }, { critical: true });

  const profile = freshProfile(tmp, {
    ...quietSettings,
    'workbench.colorTheme': 'Default Light Modern',
    // No word-based suggestions here: the extension's [gongwen] default must keep them from popping up
    // while the author types the skeleton's year and date (Tab would accept one; issue 15).
    // VS Code's encoding guess fails on short drafts; with it off the GB18030 draft is read as UTF-8,
    // the case the garbled-text finding is for.
    '[gongwen]': { 'files.autoGuessEncoding': false },
  });
  const userSettings = path.join(profile.userData, 'User/settings.json');
  await step('install .vsix into a fresh extensions dir', async () => {
    const r = await run(installExtension(profile, vsixPath));
    check(r.status === 0, `code-server --install-extension exited ${r.status}`);
    const installed = readdirSync(profile.extDir).filter((d) => d.startsWith('gongwen-report.'));
    check(installed.length === 1, `extensions dir holds ${readdirSync(profile.extDir).join(', ') || 'nothing'}`);
    return installed[0];
  }, { critical: true });

  await step('start code-server and open the workbench', async () => {
    mkdirSync(workspace);
    copyFileSync(SEED, path.join(workspace, REPORT));
    writeFileSync(path.join(workspace, BLANK), '');
    writeFileSync(path.join(workspace, GBK_NAME), GB18030_DRAFT);
    copyFileSync(path.join(root, 'test/fixtures/seeds/001_0de66c3fbd05584f.txt'), path.join(workspace, EMBEDDED));
    let port;
    ({ child: server, port } = startCodeServer(profile, {
      onLine: (line) => {
        serverLog.push(line);
        if (serverLog.length > 100) serverLog.shift();
        if (verbose) say(`server: ${line}`);
      },
    }));
    port = await within(port, 30_000, 0);
    check(port, `code-server did not listen within 30 s: ${serverLog.slice(-5).join(' / ')}`);
    server.once('exit', (code, sig) => finish(`code-server exited during the run (${code ?? sig})`));
    browser = await launchChromium(path.join(tmp, 'chromium-profile'), { viewport: { width: 1400, height: 900 } });
    page = browser.pages()[0] ?? (await browser.newPage());
    await browser.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: `http://127.0.0.1:${port}` });
    // The network is off for the whole run: any request beyond the local code-server is aborted and
    // counted (the rule pages must open on a government network that cannot reach GitHub).
    await page.route((url) => /^(https?|wss?):$/.test(url.protocol) && url.hostname !== '127.0.0.1', (route) => {
      offline.push(route.request().url());
      return route.abort('internetdisconnected');
    });
    if (verbose) {
      page.on('console', (m) => say(`browser ${m.type()}: ${m.text()}`));
      page.on('pageerror', (e) => say(`page error: ${e.message}`));
    }
    page.on('crash', () => finish('browser page crashed'));
    const t = Date.now();
    await page.goto(workbenchUrl(port, { folder: workspace }));
    await waitRows('.explorer-folders-view .monaco-list-row', { has: [REPORT] }, 'the report in the Explorer');
    timings['workbench ready'] = `${Date.now() - t} ms`;
    return `port ${port}, workbench ready in ${Date.now() - t} ms`;
  }, { critical: true });

  await step('open the report with Quick Open; language mode 公文报告', async () => {
    await quickOpen(REPORT);
    await page.waitForFunction(() => document.querySelector('[id="status.editor.mode"]')?.textContent?.includes('公文报告'), null, { timeout: WAIT })
      .catch(async () => {
        throw new Error(`language mode reads "${await statusText('status.editor.mode')}"`);
      });
    return `status bar: ${await statusText('status.editor.mode')}`;
  }, { critical: true });

  await step('Problems panel lists the rule findings in Chinese', async () => {
    await page.keyboard.press('Control+Shift+M');
    const rows = await waitRows('.markers-panel .monaco-list-row', { has: ['heading-sequence', '(四)前应为(二)', '疑似丢失序号', '网页导航残留'] },
      'heading-sequence / heading-unnumbered / residue findings');
    if (verbose) say(`problems:\n  ${rows.join('\n  ')}`);
    return `${rows.length} rows shown, e.g. ${JSON.stringify(rows.find((r) => r.includes('(四)前应为(二)')))}`;
  });

  await step('squiggles drawn in the editor', async () => {
    // Word wrap is on for the report language: long paragraphs take several rows, so the first error
    // (line 21) may lie below the fold. Go to it as an author would (Ctrl+G).
    await page.keyboard.press('Control+1');
    await page.waitForSelector('.editor-instance .monaco-editor.focused', { timeout: WAIT });
    await page.keyboard.press('Control+G');
    await page.keyboard.type('21');
    await page.keyboard.press('Enter');
    await page.waitForSelector('.monaco-editor .squiggly-error', { timeout: WAIT });
    await page.waitForSelector('.monaco-editor .squiggly-warning', { timeout: WAIT });
    const n = await page.$$eval('.monaco-editor .squiggly-error, .monaco-editor .squiggly-warning', (e) => e.length);
    return `${n} error/warning squiggles in view`;
  });

  await step('word wrap: a long paragraph takes several rows (the [gongwen] default)', async () => {
    // Monaco numbers only the first row of a wrapped line: more rows than line numbers means wrapping.
    const counts = await page.$eval('.editor-instance .monaco-editor', (editor) => ({
      rows: editor.querySelectorAll('.view-lines .view-line').length,
      numbered: [...editor.querySelectorAll('.margin-view-overlays .line-numbers')].filter((n) => n.textContent.trim()).length,
    }));
    check(counts.numbered > 0 && counts.rows > counts.numbered, `rows ${counts.rows}, numbered lines ${counts.numbered}`);
    return `${counts.rows} rows for ${counts.numbered} lines in view`;
  });

  await step('quick fix on the red lost-ordinal error: add the lost ordinals', () => fixLostOrdinals(ctx));

  await step('Outline view: heading tree with the statutory sections marked', async () => {
    await runCommand('Explorer: Focus on Outline View');
    const rows = await waitRows('.outline-pane .monaco-list-row', { has: ['一、2023年度推进法治政府建设的主要举措和成效', '必备：主要举措和成效', '(一)优化服务'] },
      'outline rows');
    if (verbose) say(`outline:\n  ${rows.join('\n  ')}`);
    return `${rows.length} rows`;
  });

  await step('报告提纲 view in its own panel container: checklist, ◐ icon, no line cut off at the default size', async () => {
    await showReportOutline();
    const rows = await waitRows('.customview-tree .monaco-list-row', { has: ['法定章节 4/4', '主要举措和成效'] }, 'checklist rows');
    if (verbose) say(`checklist:\n  ${rows.join('\n  ')}`);
    const status = await sectionsStatus();
    check(status.includes('必备章节 4/4'), `status bar reads "${status}"`);
    const title = await page.$eval('.part.panel .composite-bar .action-item.checked', (e) => e.textContent?.trim() ?? '').catch(() => '');
    const widths = await viewRowsNotCut(ctx);
    return `panel tab "${title}"; ${widths}; status bar ${status}`;
  });

  await step(`type "${TYPED}" at the end: the new problem shows within ${latencyMs} ms`, async () => {
    await showProblems();
    await page.keyboard.press('Control+1'); // back to the editor
    await page.waitForSelector('.editor-instance .monaco-editor.focused', { timeout: WAIT });
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await page.keyboard.type(TYPED);
    const typed = Date.now(); // the last keystroke has been delivered
    const seen = (timeout) => page.waitForFunction((msg) => [...document.querySelectorAll('.markers-panel .monaco-list-row')]
      .some((r) => (r.getAttribute('aria-label') ?? '').includes(msg)), TYPED_MESSAGE, { timeout, polling: 'raf' });
    try {
      await seen(latencyMs);
    } catch {
      // Measure how late it is (or that it never comes) before failing.
      const late = await seen(WAIT).then(() => Date.now() - typed, () => undefined);
      throw new Error(`no problem "${TYPED_MESSAGE}" within ${latencyMs} ms of the last keystroke (${late ? `it came after ${late} ms` : `none after ${WAIT} ms`})`);
    }
    const latency = Date.now() - typed;
    timings['typing→problem'] = `${latency} ms`;
    const row = (await problemRows()).find((r) => r.includes(TYPED_MESSAGE));
    check(row.includes('heading-sequence'), `the new problem is not heading-sequence: ${row}`);
    return `"${row.split(' ‖ ')[0]}" after ${latency} ms`;
  });

  await step(`quick fix "${FIX_TITLE}" from the light bulb`, async () => {
    await page.keyboard.press('Home'); // on the flagged label
    await page.keyboard.press('Control+.');
    const rows = await waitRows('.action-widget .monaco-list-row', { has: [FIX_TITLE] }, 'the quick fix menu');
    if (verbose) say(`actions:\n  ${rows.join('\n  ')}`);
    await waitRows('.action-widget .monaco-list-row.focused', { has: [FIX_TITLE] }, `"${FIX_TITLE}" focused in the menu`, 2000);
    await page.keyboard.press('Enter');
    await waitRows('.markers-panel .monaco-list-row', { lacks: [TYPED_MESSAGE] }, `"${TYPED_MESSAGE}" gone from Problems`);
    await page.waitForFunction(() => document.querySelector('.editor-instance .monaco-editor.focused .view-lines')?.textContent?.includes('五、新增标题'),
      null, { timeout: WAIT });
    return `the line now reads 五、新增标题; "${TYPED_MESSAGE}" gone`;
  });

  await step('a rule\'s Chinese page opens from its link in Problems, network off', () => ruleDocOffline(ctx, offline));

  await step('a GB18030 draft read as UTF-8: one garbled-text finding; its quick fix reopens it as GB18030', async () => {
    return garbledDraft(ctx);
  });

  let before;
  await step(`open ${BLANK}: one information finding offers the skeleton; the checklist shows four missing sections`, async () => {
    await quickOpen(BLANK);
    await page.waitForFunction(() => document.querySelector('[id="status.editor.mode"]')?.textContent?.includes('公文报告'), null, { timeout: WAIT });
    await page.fill('.markers-panel-container .viewpane-filter input, .panel .viewpane-filter input', '空白');
    // An empty draft is not four errors and three warnings: one empty-draft finding, nothing else.
    const rows = await waitRows('.markers-panel .monaco-list-row', { count: ['empty-draft', 1], lacks: ['section-missing'] }, 'one empty-draft row for 空白.gongwen');
    if (verbose) say(`blank problems:\n  ${rows.join('\n  ')}`);
    await showReportOutline();
    await waitRows('.customview-tree .monaco-list-row', { has: ['法定章节 0/4'], count: ['✗ 缺失', 4] }, '报告提纲 with four missing sections');
    const status = await sectionsStatus();
    check(status.includes('必备章节 0/4'), `status bar reads "${status}"`);
    before = await problemCounts();
    return `1 × empty-draft (信息); status bar ${status}; ${before.label}`;
  });

  await step('skeleton (fzbg) with a typed year and date: plan year + 1 at once, no word popping up, the missing sections go', async () => {
    await page.keyboard.press('Control+1');
    await page.waitForSelector('.editor-instance .monaco-editor.focused', { timeout: WAIT });
    await page.keyboard.type('fzbg');
    const rows = await waitRows('.suggest-widget .monaco-list-row.focused', { has: ['全文框架'] }, 'the skeleton snippet suggested for fzbg');
    if (verbose) say(`suggestion: ${rows.join(' | ')}`);
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector('.editor-instance .monaco-editor.focused .view-lines')?.textContent?.includes('年度推进法治政府建设的主要举措和成效'),
      null, { timeout: WAIT });
    const inSnippet = () => page.evaluate(() => document.querySelectorAll('.monaco-editor.focused .snippet-placeholder, .monaco-editor.focused .finish-snippet-placeholder').length);
    /** Tab to the next field; a suggestion on screen would be accepted by Tab instead (the issue's 成文日期 bug). */
    const tab = async () => {
      check(!(await page.$('.suggest-widget.visible')), `a suggestion is on screen before Tab at ${await statusText('status.editor.selection')}`);
      const at = await statusText('status.editor.selection');
      await page.keyboard.press('Tab');
      await page.waitForFunction((at) => document.querySelector('[id="status.editor.selection"]')?.textContent?.trim() !== at, at, { timeout: 2000 }).catch(() => {});
    };
    // Field 1 the agency (mirrored into the signature), field 2 the report year.
    await page.keyboard.type(AGENCY);
    await tab();
    await page.keyboard.type(String(YEAR));
    await page.waitForFunction((want) => document.querySelector('.editor-instance .monaco-editor.focused .view-lines')?.textContent?.includes(want),
      `四、${YEAR + 1}年度推进法治政府建设的主要安排`, { timeout: WAIT }).catch(() => {
      throw new Error(`section 四 does not read ${YEAR + 1} while the year ${YEAR} is typed`);
    });
    check((await inSnippet()) > 0, 'the snippet session ended while typing the year');
    await shot(`plan year ${YEAR + 1} while typing ${YEAR}`);
    // Fields 3–11 (addressee, headings, bodies) keep their defaults; 12–14 are the date.
    for (let field = 3; field <= 12; field++) await tab();
    for (const [i, part] of DATE.entries()) {
      await page.keyboard.type(part);
      await page.waitForTimeout(300); // time for a suggestion to pop up, if one would
      await tab();
      if (i === DATE.length - 1) check((await inSnippet()) === 0, 'the snippet session did not end after the date');
    }
    const text = await page.$eval('.editor-instance .monaco-editor.focused .view-lines', (e) => e.textContent);
    for (const want of [`${AGENCY}关于${YEAR}年度法治政府建设情况的报告`, `四、${YEAR + 1}年度推进法治政府建设的主要安排`, `${DATE[0]}年${DATE[1]}月${DATE[2]}日`]) {
      check(text.includes(want), `the skeleton lacks "${want}"`);
    }
    await page.locator('.statusbar-item', { hasText: '必备章节 4/4' }).first().waitFor({ timeout: WAIT });
    await showReportOutline();
    await waitRows('.customview-tree .monaco-list-row', { has: ['法定章节 4/4'], lacks: ['✗ 缺失'] }, '报告提纲 checklist complete');
    // The skeleton checks clean but for the one placeholder the author was not asked to fill in here:
    // the addressee `XX市人民政府` is template text, and `placeholder` says so (one error).
    const want = { errors: before.errors + 1, warnings: before.warnings };
    const after = await page.waitForFunction((want) => {
      const label = document.querySelector('[id="status.problems"]')?.getAttribute('aria-label') ?? '';
      const n = (re) => Number(re.exec(label)?.[1] ?? 0); // a kind with none is left out of the label
      return label && n(/Errors?: (\d+)/i) === want.errors && n(/Warnings?: (\d+)/i) === want.warnings && label;
    }, want, { timeout: WAIT }).then((h) => h.jsonValue()).catch(async () => {
      throw new Error(`problem counter: expected ${JSON.stringify(want)}, reads "${(await problemCounts()).label}"`);
    });
    await showProblems();
    await waitRows('.markers-panel .monaco-list-row', { lacks: ['section-missing', 'empty-draft'], count: ['placeholder', 1] }, 'only the addressee placeholder left for 空白.gongwen');
    await page.fill('.markers-panel-container .viewpane-filter input, .panel .viewpane-filter input', '');
    return `year ${YEAR} typed: 四、${YEAR + 1} before leaving the field; date ${DATE.join('/')} typed with no suggestion in the way; 必备章节 4/4; ${after}`;
  });

  await step('type （ under （二）: the offered （三） leaves no stray ）', () => bracketCompletion(ctx));

  await step('修复全部 with nothing safe to fix: how many need a decision, F8, a fix-on-save button', () => fixAllMessage(ctx, userSettings));

  await step('File › New File… offers 法治政府建设年度报告: an untitled report with the skeleton', async () => {
    const detail = await newFileEntry(ctx);
    await runCommand('View: Revert and Close Editor');
    return detail;
  });

  await step('a report copied from a web page and pasted into Ctrl+N is recognised as 公文报告 and checked', () => pasteIntoUntitled(ctx, webPageReport(root)));

  await step('residue: the pasted page\'s info bar deleted as one block in one action', () => deleteResidueBlock(ctx));

  await step('报告提纲: a section only mentioned inside another one is drawn with the ◐ icon in the warning colour', () => embeddedSectionIcon(ctx, EMBEDDED));
}

/** The .vsix is reusable when it is newer than everything that goes into it. */
function vsixIsFresh() {
  if (!existsSync(vsixPath)) return false;
  const built = statSync(vsixPath).mtimeMs;
  const inputs = ['package.json', 'package.nls.json', 'package.nls.zh-cn.json', 'README.md', 'esbuild.mjs', '.vscodeignore',
    'client', 'server/src', 'snippets', 'syntaxes'];
  const newest = (p) => {
    if (!existsSync(p)) return 0;
    const s = statSync(p);
    if (!s.isDirectory()) return s.mtimeMs;
    return Math.max(s.mtimeMs, ...readdirSync(p).map((f) => newest(path.join(p, f))));
  };
  return inputs.every((p) => newest(path.join(root, p)) < built);
}

try {
  await main();
} catch (err) {
  await finish(`unexpected: ${err?.stack ?? err}`);
}
await finish();
