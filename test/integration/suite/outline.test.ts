// The 报告提纲 view and the status bar, read through the API that activate() returns: the
// statutory checklist and heading tree for the active report, hidden for other editors.
import * as assert from 'node:assert';
import { suite, suiteSetup, test } from 'mocha';
import * as vscode from 'vscode';
import type { GongwenApi } from '../../../client/src/extension';
import { SEED, api, fixtureUri, untitledReport, waitFor } from './util';

suite('报告提纲 view and status bar', () => {
  let gongwen: GongwenApi;
  const seedOutline = () => {
    const o = gongwen.outline();
    return o && vscode.Uri.parse(o.uri).toString() === fixtureUri(SEED).toString() ? o : undefined;
  };

  suiteSetup(async () => {
    gongwen = await api();
  });

  test('the checklist shows the four required sections of the seed as present', async () => {
    await vscode.window.showTextDocument(fixtureUri(SEED));
    const outline = await waitFor(gongwen.onDidChangeOutline, seedOutline, 'the outline of the seed');
    const status = Object.fromEntries(outline.sections.map((s) => [s.id, `${s.status}@${s.line}`]));
    assert.deepStrictEqual(status, {
      measures: 'present@6',
      shortcomings: 'present@40',
      'leader-duty': 'present@50',
      'next-year-plan': 'present@70',
      other: 'missing@null',
    });
    assert.strictEqual(outline.reportYear, 2023);
  });

  test('the view renders the checklist first, then the heading tree with problems marked', async () => {
    await vscode.window.showTextDocument(fixtureUri(SEED));
    await waitFor(gongwen.onDidChangeOutline, seedOutline, 'the outline of the seed');
    const rows = gongwen.outlineRows();
    assert.strictEqual(rows[0].label, '法定章节');
    assert.strictEqual(rows[0].description, '4/4');
    assert.deepStrictEqual(rows[0].children.map((r) => r.description), ['✓ 第7行', '✓ 第41行', '✓ 第51行', '✓ 第71行', '✗ 未写（可选）']);
    assert.ok(rows[1].label.startsWith('一、2023年度推进法治政府建设'), rows[1].label);
    const lost = rows[1].children.find((r) => r.label.startsWith('健全依法决策工作机制'));
    assert.ok(lost, rows[1].children.map((r) => r.label).join(' / '));
    assert.ok(lost.description.startsWith('⚠'), lost.description);
    assert.strictEqual(rows.length, 5, 'checklist + four level-1 headings');
  });

  test('the status bar counts required sections and hides for other editors', async () => {
    await vscode.window.showTextDocument(fixtureUri(SEED));
    await waitFor(gongwen.onDidChangeOutline, seedOutline, 'the outline of the seed');
    assert.match(gongwen.statusText() ?? '', /必备章节 4\/4/);
    await vscode.window.showTextDocument(fixtureUri('notes.txt'));
    await waitFor(gongwen.onDidChangeOutline, () => gongwen.outline() === undefined || undefined, 'the outline to clear');
    assert.strictEqual(gongwen.statusText(), undefined);
  });

  test('a draft missing a section shows 3/4 and the missing one', async () => {
    const doc = await untitledReport('一、2023年度推进法治政府建设的主要举措和成效\n二、存在的不足和原因\n三、2024年度工作安排\n', true);
    const mine = () => {
      const o = gongwen.outline();
      return o && o.uri === gongwen.client.code2ProtocolConverter.asUri(doc.uri) ? o : undefined;
    };
    const outline = await waitFor(gongwen.onDidChangeOutline, mine, 'the outline of the untitled draft');
    assert.strictEqual(outline.sections.find((s) => s.id === 'leader-duty')?.status, 'missing');
    assert.match(gongwen.statusText() ?? '', /必备章节 3\/4/);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  test('gongwen.showChecklist reveals the view', async () => {
    await vscode.window.showTextDocument(fixtureUri(SEED));
    await vscode.commands.executeCommand('workbench.action.closeSidebar');
    await waitFor(gongwen.onDidChangeOutlineVisibility, () => !gongwen.outlineVisible(), 'the view hidden with the side bar');
    await vscode.commands.executeCommand('gongwen.showChecklist');
    await waitFor(gongwen.onDidChangeOutlineVisibility, () => gongwen.outlineVisible(), 'the view shown by the command');
  });
});
