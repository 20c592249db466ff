// The UI scenario's steps for an official's first hour (issue 15), called from ui-scenario.mjs at
// their place in the walk-through. Each takes the scenario's context (the page and its helpers)
// and returns the step's one-line detail; a thrown error fails the step. Selectors: see
// /work/shared/e2e/README.md; the quick-fix menu is `.action-widget`, notifications are
// `.notifications-toasts .notification-toast`.
import { readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * 一、主要举措和成效 / （一）加强组织领导 / （三）推进依法行政, in GBK (a part of a draft saved by WPS). A whole
 * report in GB18030 is reopened as such by itself on opening (client/src/gb18030-drafts.ts); a part whose
 * first lines do not read like a report is not, and is the case the garbled-text finding is for.
 */
export const GB18030_DRAFT = Buffer.from(
  'd2bba1a2d6f7d2aabed9b4ebbacdb3c9d0a70aa3a8d2bba3a9bcd3c7bfd7e9d6afc1ecb5bc0aa3a8c8fda3a9cdc6bdf8d2c0b7a8d0d0d5fe0a', 'hex');
export const GBK_NAME = '2022年度法治政府建设情况报告（旧稿）.txt';

const editorText = (page) => page.$eval('.editor-instance .monaco-editor.focused .view-lines', (e) => e.textContent ?? '');

/** Ctrl+. on the cursor's line; waits for `title` in the menu; Enter on it when it is the focused (preferred) one, else clicks it. */
async function quickFix(ctx, title, { also = [], shotAs } = {}) {
  const { page, waitRows } = ctx;
  await page.keyboard.press('Control+.');
  const rows = await waitRows('.action-widget .monaco-list-row', { has: [title, ...also] }, `"${title}" in the quick fix menu`);
  if (shotAs) await ctx.shot(shotAs);
  const focused = await page.$$eval('.action-widget .monaco-list-row.focused', (r) => r.map((x) => x.getAttribute('aria-label') ?? x.textContent ?? ''));
  const preferred = focused.some((r) => r.includes(title));
  if (preferred) await page.keyboard.press('Enter');
  else await page.locator('.action-widget .monaco-list-row', { hasText: title }).first().click();
  return { rows, preferred };
}

/** The red lost-ordinal error offers to add the lost ordinals (preferred) and to go to each lost heading. */
export async function fixLostOrdinals(ctx) {
  const { page, waitRows } = ctx;
  // The squiggles step left the cursor on line 21, the error's line.
  await page.waitForSelector('.editor-instance .monaco-editor.focused', { timeout: ctx.WAIT });
  const { rows, preferred } = await quickFix(ctx, '为第13、17行添加序号', { also: ['转到第13行', '转到第17行'], shotAs: 'lost-ordinal quick fix menu' });
  ctx.check(preferred, `adding the ordinals is not the preferred fix; menu: ${rows.map((r) => r.split(' ‖ ')[0]).join(' | ')}`);
  await waitRows('.markers-panel .monaco-list-row', { lacks: ['前应为(二)：第13、17行'] }, 'the lost-ordinal error gone from Problems');
  return `menu: ${rows.length} actions, "为第13、17行添加序号…" preferred; the error is gone`;
}

/** The pasted web page's info bar (lines 1–5) goes as one block in one action; 删除全部残留内容 is offered too. */
export async function deleteResidueBlock(ctx) {
  const { page, waitRows } = ctx;
  await ctx.showProblems();
  await page.fill('.markers-panel-container .viewpane-filter input, .panel .viewpane-filter input', 'Untitled');
  const before = (await waitRows('.markers-panel .monaco-list-row', { has: ['网页元数据残留'] }, 'residue rows')).filter((r) => r.includes('residue')).length;
  await page.keyboard.press('Control+1');
  await page.keyboard.press('Control+Home');
  const { rows, preferred } = await quickFix(ctx, '删除这段残留（第1–5行）', { also: ['删除全部残留内容'], shotAs: 'residue quick fix menu' });
  ctx.check(preferred, 'deleting the block is not the preferred fix');
  await waitRows('.markers-panel .monaco-list-row', { lacks: ['网页元数据残留'] }, 'the info-bar residue gone from Problems');
  const text = await editorText(page);
  ctx.check(!text.includes('索 引 号') && !text.includes('发布机构'), 'the info bar is still in the text');
  const after = (await ctx.problemRows()).filter((r) => r.includes('residue')).length;
  await page.fill('.markers-panel-container .viewpane-filter input, .panel .viewpane-filter input', '');
  const all = rows.find((r) => r.includes('删除全部残留内容'))?.split(' ‖ ')[0];
  return `"删除这段残留（第1–5行）" (preferred; also offered: "${all}"): residue rows ${before} → ${after}`;
}

/** Every row of the 报告提纲 view shows its whole label and description at the default layout. */
export async function viewRowsNotCut(ctx) {
  const rows = await ctx.page.$$eval('.customview-tree .monaco-list-row', (rs) => rs.map((r) => {
    const c = r.querySelector('.monaco-icon-label-container');
    return { label: r.getAttribute('aria-label') ?? '', cut: c ? c.scrollWidth > c.clientWidth + 1 : false, width: c?.clientWidth ?? 0 };
  }));
  const cut = rows.filter((r) => r.cut);
  ctx.check(rows.length > 10, `only ${rows.length} rows`);
  ctx.check(cut.length === 0, `${cut.length} of ${rows.length} rows cut off, e.g. ${cut.slice(0, 3).map((r) => JSON.stringify(r.label)).join(', ')}`);
  const panel = await ctx.page.$eval('.part.panel', (e) => Math.round(e.getBoundingClientRect().width));
  return `${rows.length} rows, none cut off (panel ${panel} px wide)`;
}

/** A draft whose 第一责任人 part lives inside another section: its checklist row carries the ◐ icon in the warning colour. */
export async function embeddedSectionIcon(ctx, name) {
  const { page, waitRows } = ctx;
  await ctx.quickOpen(name);
  await ctx.showReportOutline();
  await waitRows('.customview-tree .monaco-list-row', { has: ['提及，未单列标题'] }, 'a section mentioned inside another one');
  const icons = await page.$$eval('.customview-tree .monaco-list-row', (rows) => rows
    .filter((r) => (r.textContent ?? '').includes('未单列标题'))
    .map((r) => {
      const icon = r.querySelector('.codicon');
      return { cls: icon?.className ?? '', color: icon ? getComputedStyle(icon).color : '' };
    }));
  const plain = await page.$eval('.customview-tree .monaco-list-row .codicon-symbol-string, .customview-tree .monaco-list-row .codicon-checklist', (e) => getComputedStyle(e).color).catch(() => '');
  ctx.check(icons.length > 0 && icons.every((i) => i.cls.includes('codicon-color-mode')), `icons: ${JSON.stringify(icons)}`);
  ctx.check(icons.every((i) => i.color && i.color !== plain), `◐ is drawn in the same colour as other rows (${icons[0]?.color})`);
  return `${icons.length} row(s) with ◐ (codicon color-mode) in ${icons[0].color}, other icons ${plain}`;
}

/** A rule's page opens from the link in Problems, with every request beyond the local editor blocked. */
export async function ruleDocOffline(ctx, blocked) {
  const { page } = ctx;
  await ctx.showProblems();
  const link = page.locator('.markers-panel .monaco-list-row a', { hasText: 'heading-sequence' }).first();
  await link.waitFor({ timeout: ctx.WAIT });
  await link.click();
  await page.waitForSelector('.tabs-container .tab.active[aria-label*="heading-sequence"]', { timeout: ctx.WAIT });
  let text = '';
  for (const deadline = Date.now() + ctx.WAIT; Date.now() < deadline && !text.includes('检查什么');) {
    for (const f of page.frames()) {
      const t = await f.evaluate(() => document.body?.innerText ?? '').catch(() => '');
      if (t.includes('检查什么')) text = t;
    }
    if (!text) await page.waitForTimeout(200);
  }
  ctx.check(text.includes('检查什么') && text.includes('依据'), 'the preview shows no 检查什么/依据');
  const label = await page.$eval('.tabs-container .tab.active', (e) => e.getAttribute('aria-label'));
  return `tab "${label}" shows the Chinese page (检查什么 … 依据); ${blocked.length} requests beyond 127.0.0.1 blocked during the run${blocked.length ? ` (e.g. ${blocked[0]})` : ''}`;
}

/** A GB18030 draft read as UTF-8: one garbled-text finding, and its quick fix reopens the file right. */
export async function garbledDraft(ctx) {
  const { page, waitRows } = ctx;
  await ctx.quickOpen(GBK_NAME);
  await ctx.showProblems();
  await page.fill('.markers-panel-container .viewpane-filter input, .panel .viewpane-filter input', '旧稿');
  const rows = await waitRows('.markers-panel .monaco-list-row', { count: ['garbled-text', 1], lacks: ['section-missing'] }, 'one garbled-text row for the GB18030 draft');
  await ctx.shot('garbled draft read as UTF-8');
  await page.keyboard.press('Control+1');
  await page.keyboard.press('Control+Home');
  await quickFix(ctx, '以 GB18030 编码重新打开');
  await page.waitForFunction(() => document.querySelector('.editor-instance .monaco-editor .view-lines')?.textContent?.includes('一、主要举措和成效'), null, { timeout: ctx.WAIT });
  await waitRows('.markers-panel .monaco-list-row', { lacks: ['garbled-text'] }, 'garbled-text gone', ctx.WAIT, { emptyOk: true });
  const encoding = await ctx.statusText('status.editor.encoding');
  await page.fill('.markers-panel-container .viewpane-filter input, .panel .viewpane-filter input', '');
  return `${rows.filter((r) => r.includes('garbled-text')).length} garbled-text row; after the quick fix the text reads 一、主要举措和成效…; encoding ${encoding}`;
}

/** `（` auto-closes to `（）`; accepting the offered `（三）` leaves no stray `）`. */
export async function bracketCompletion(ctx) {
  const { page, waitRows } = ctx;
  await page.keyboard.press('Control+1');
  await page.keyboard.press('Control+G');
  await page.keyboard.type('9'); // the body line under （二）标题
  await page.keyboard.press('Enter');
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await page.keyboard.type('（');
  await waitRows('.suggest-widget .monaco-list-row', { has: ['（三）'] }, 'the completion （三） after typing （');
  await ctx.shot('completion after （');
  await waitRows('.suggest-widget .monaco-list-row.focused', { has: ['（三）'] }, '（三） focused', 2000);
  await page.keyboard.press('Enter');
  await page.keyboard.type('加强行政复议工作');
  const text = await editorText(page);
  ctx.check(text.includes('（三）加强行政复议工作'), 'the line does not read （三）加强行政复议工作');
  ctx.check(!text.includes('（三）加强行政复议工作）'), 'a stray ） is left at the end of the line');
  return 'the line reads （三）加强行政复议工作, no stray ）';
}

/** 修复全部 with nothing safe to fix: the count, F8, and a button that turns fix-on-save on. */
export async function fixAllMessage(ctx, userSettings) {
  const { page } = ctx;
  const toast = page.locator('.notifications-toasts .notification-toast', { hasText: '需要您逐一判断' });
  for (let i = 0; i < 2 && !(await toast.isVisible()); i++) {
    await ctx.runCommand('Fix All Safely Fixable Problems'); // a first run may still find something safe
    await toast.waitFor({ timeout: 3000 }).catch(() => {});
  }
  await toast.waitFor({ timeout: ctx.WAIT });
  const message = (await toast.locator('.notification-list-item-message').textContent())?.trim() ?? '';
  ctx.check(/还有 \d+ 个问题需要您逐一判断：按 F8 依次查看/.test(message), `message: ${message}`);
  const buttons = await toast.locator('.monaco-button').allTextContents();
  ctx.check(buttons.includes('查看第一个问题（F8）') && buttons.includes('开启保存时自动修复'), `buttons: ${buttons.join(' | ')}`);
  await page.waitForTimeout(600); // the toast slides in: let it settle for the screenshot
  await ctx.shot('fix-all with nothing safe to fix');
  await toast.locator('.monaco-button', { hasText: '开启保存时自动修复' }).click();
  let written = '';
  for (const deadline = Date.now() + ctx.WAIT; Date.now() < deadline && !written.includes('source.fixAll.gongwen');) {
    written = readFileSync(userSettings, 'utf8');
    if (!written.includes('source.fixAll.gongwen')) await page.waitForTimeout(200);
  }
  ctx.check(written.includes('source.fixAll.gongwen'), 'the user settings do not turn fix-on-save on');
  return `"${message}"; the button wrote editor.codeActionsOnSave for [gongwen] into the user settings`;
}

/** File › New File… lists 法治政府建设年度报告 and opens an untitled report with the skeleton. */
export async function newFileEntry(ctx) {
  const { page, waitRows } = ctx;
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget .quick-input-box input');
  await input.waitFor({ state: 'visible', timeout: ctx.WAIT });
  await input.fill('>Create: New File...');
  await waitRows('.quick-input-widget .monaco-list-row.focused', { has: ['Create: New File...'] }, 'Create: New File... (File › New File…) in the palette');
  // The palette can take the Enter before it has settled on the filtered list: press it again then.
  let rows = [];
  for (let i = 0; i < 3 && !rows.length; i++) {
    await page.keyboard.press('Enter');
    rows = await waitRows('.quick-input-widget .monaco-list-row', { has: ['法治政府建设年度报告'] }, 'the report in the New File… list', 3000).catch(() => []);
  }
  if (!rows.length) rows = await waitRows('.quick-input-widget .monaco-list-row', { has: ['法治政府建设年度报告'] }, 'the report in the New File… list');
  await ctx.shot('New File… list');
  await page.locator('.quick-input-widget .monaco-list-row', { hasText: '法治政府建设年度报告' }).first().click();
  await page.waitForSelector('.tabs-container .tab.active[aria-label*="Untitled"]', { timeout: ctx.WAIT });
  await page.waitForFunction(() => document.querySelector('.editor-instance .monaco-editor.focused .view-lines')?.textContent?.includes('年度推进法治政府建设的主要举措和成效'), null, { timeout: ctx.WAIT });
  await page.waitForFunction(() => document.querySelector('[id="status.editor.mode"]')?.textContent?.includes('公文报告'), null, { timeout: ctx.WAIT });
  const tab = await page.$eval('.tabs-container .tab.active', (e) => e.getAttribute('aria-label'));
  return `${rows.length} entries, ours: ${JSON.stringify(rows.find((r) => r.includes('法治政府建设年度报告')).split(' ‖ ')[0])}; opened "${tab}" in 公文报告 with the skeleton`;
}

/** Ctrl+N, Ctrl+V of a report copied from a web page: the untitled editor becomes a report. */
export async function pasteIntoUntitled(ctx, text) {
  const { page, waitRows } = ctx;
  await page.keyboard.press('Escape'); // nothing left open from a step before
  await page.keyboard.press('Control+N');
  await page.waitForSelector('.tabs-container .tab.active[aria-label*="Untitled"]', { timeout: ctx.WAIT });
  await page.waitForSelector('.editor-instance .monaco-editor.focused', { timeout: ctx.WAIT });
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  await page.keyboard.press('Control+V');
  await page.waitForFunction(() => document.querySelector('[id="status.editor.mode"]')?.textContent?.includes('公文报告'), null, { timeout: ctx.WAIT })
    .catch(async () => {
      throw new Error(`language mode reads "${await ctx.statusText('status.editor.mode')}"`);
    });
  await ctx.showProblems();
  await page.fill('.markers-panel-container .viewpane-filter input, .panel .viewpane-filter input', 'Untitled');
  await waitRows('.markers-panel .monaco-list-row', { has: ['residue'] }, 'findings for the pasted report');
  await page.fill('.markers-panel-container .viewpane-filter input, .panel .viewpane-filter input', '');
  const tab = await page.$eval('.tabs-container .tab.active', (e) => e.getAttribute('aria-label'));
  return `"${tab}" is 公文报告 and checked`;
}

/** A report as copied from a government web page (info bar, table lines, footer), pasted in the Ctrl+N step. */
export function webPageReport(root) {
  return readFileSync(path.join(root, 'test/e2e/fixtures/web-page-report.txt'), 'utf8');
}
