/**
 * The client side of an official's first hour (issue 15), as far as it can be checked without an
 * editor: every rule has its bundled Chinese page and the pages go into the .vsix; settings promise
 * 修复全部 only for rules whose fix is safe; the commands the server names and the manifest
 * contributes are registered by the client; File › New File… and the 报告提纲 container are
 * contributed; the skeleton's plan year follows the report year. The editor behaviour itself is
 * covered by test/integration/suite/first-steps.test.ts and the UI scenario.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { RULES } from '../../server/src/core/rules/index';
import * as protocol from '../../server/src/protocol';
import { isSkeletonInsertion, planYearEdit } from '../../client/src/skeleton-years';

const root = path.resolve(__dirname, '../..');
const read = (p: string) => readFileSync(path.join(root, p), 'utf8');
const json = (p: string) => JSON.parse(read(p));
const DOCS = 'client/docs/rules';

test('every rule in the registry has a bundled Chinese page: what is checked, how to fix it, the basis', () => {
  const pages = readdirSync(path.join(root, DOCS)).filter((f) => f.endsWith('.md')).map((f) => f.slice(0, -3)).sort();
  assert.deepEqual(pages, RULES.map((r) => r.meta.id).sort(), 'one page per rule, no page without a rule');
  for (const r of RULES) {
    const page = read(`${DOCS}/${r.meta.id}.md`);
    assert.match(page, new RegExp(`^# ${r.meta.id}　\\p{Script=Han}`, 'u'), `${r.meta.id}: title line "# id　中文名"`);
    for (const part of ['**检查什么**', '**怎么改**', '**依据**']) assert.ok(page.includes(part), `${r.meta.id}: no ${part}`);
    // A page must not promise what 修复全部 does not do.
    if (r.meta.fixable !== 'safe') assert.ok(!/修复全部”?会一并处理/.test(page), `${r.meta.id}: not safely fixable, but its page says 修复全部 handles it`);
  }
});

test('the rule pages and the view container icon go into the .vsix', () => {
  const ignore = read('.vscodeignore');
  assert.match(ignore, /^!client\/docs\/rules\/\*\*$/m);
  assert.match(ignore, /^!client\/media\/\*\*$/m);
  const icon = json('package.json').contributes.viewsContainers.panel[0].icon as string;
  assert.ok(icon.startsWith('client/media/') && existsSync(path.join(root, icon)), icon);
});

test('setting descriptions promise 修复全部 and fix-on-save only for rules with a safe fix', () => {
  const zh = json('package.nls.zh-cn.json');
  const en = json('package.nls.json');
  for (const r of RULES) {
    const key = `config.rules.${r.meta.id}`;
    const safe = r.meta.fixable === 'safe';
    assert.equal(zh[key].includes('会一并修复'), safe, `${r.meta.id} (${r.meta.fixable}): ${zh[key]}`);
    assert.equal(en[key].includes('fixes these together'), safe, `${r.meta.id} (${r.meta.fixable}): ${en[key]}`);
    assert.ok(!zh[key].includes('codeActionsOnSave') && !en[key].includes('codeActionsOnSave'), `${r.meta.id}: a JSON snippet instead of the command`);
    if (r.meta.fixable === 'suggested') assert.ok(zh[key].includes('不会自动修改') && en[key].includes('does not apply them'), key);
  }
});

test('the commands the server names in its actions and links are registered by the client', () => {
  const source = readdirSync(path.join(root, 'client/src')).map((f) => read(`client/src/${f}`)).join('\n');
  const named = Object.entries(protocol).filter(([k]) => k.endsWith('_COMMAND'));
  assert.ok(named.length >= 3, 'protocol.ts names revealLine, reopenWithEncoding and showRuleDoc');
  for (const [constant, id] of named) {
    assert.ok(source.includes(`registerCommand(${constant}`) || source.includes(`registerCommand('${id}'`), `${id} is not registered`);
  }
});

test('every contributed command is registered by the client', () => {
  const source = readdirSync(path.join(root, 'client/src')).map((f) => read(`client/src/${f}`)).join('\n');
  for (const { command } of json('package.json').contributes.commands as { command: string }[]) {
    const constant = [...source.matchAll(/export const (\w+_COMMAND) = '([^']+)'/g)].find((m) => m[2] === command)?.[1]
      ?? Object.entries(protocol).find(([, v]) => v === command)?.[0];
    assert.ok(source.includes(`registerCommand('${command}'`) || (constant && source.includes(`registerCommand(${constant}`)), `${command} is contributed but not registered`);
  }
});

test('File › New File… offers the report, and 报告提纲 has its own container in the panel, where its long lines have room', () => {
  const pkg = json('package.json');
  assert.deepEqual(pkg.contributes.menus['file/newFile'].map((m: { command: string }) => m.command), ['gongwen.newReport']);
  assert.equal(json('package.nls.zh-cn.json')['command.newReport'], '法治政府建设年度报告');
  assert.match(json('package.nls.json')['command.newReport'], /法治政府建设年度报告/, 'an English workbench still shows the Chinese name');
  const container = pkg.contributes.viewsContainers.panel.find((c: { id: string }) => c.id === 'gongwen');
  assert.equal(container.title, '%view.outline%');
  assert.equal(json('package.nls.zh-cn.json')['view.outline'], '报告提纲');
  assert.deepEqual(pkg.contributes.views.gongwen.map((v: { id: string }) => v.id), ['gongwen.outline']);
  assert.equal(pkg.contributes.views.explorer, undefined, 'no longer squeezed into the Explorer');
  for (const nls of ['package.nls.json', 'package.nls.zh-cn.json']) {
    const welcome = json(nls)['view.outline.welcome'] as string;
    assert.ok(welcome.includes('command:gongwen.enableFixOnSave') && !welcome.includes('codeActionsOnSave'), `${nls}: a button, not a JSON snippet`);
  }
});

test('the skeleton plan year follows the report year as it is typed, and waits while it is incomplete', () => {
  const skeleton = (year: string, plan: string) => ['XX局关于' + year + '年度法治政府建设情况的报告', '', 'XX市人民政府：',
    `一、${year}年度推进法治政府建设的主要举措和成效`, '（待补充）', `四、${plan}年度推进法治政府建设的主要安排`, '（待补充）'];
  const editFor = (lines: string[]) => planYearEdit((i) => lines[i], lines.length);
  assert.deepEqual(editFor(skeleton('2024', '2026')), { line: 5, start: 2, end: 6, text: '2025' });
  assert.deepEqual(editFor(skeleton('2029', '2029')), { line: 5, start: 2, end: 6, text: '2030' });
  assert.deepEqual(editFor(skeleton('2024', '')), { line: 5, start: 2, end: 2, text: '2025' }, 'an emptied plan year is filled');
  assert.equal(editFor(skeleton('2025', '2026')), undefined, 'already right');
  assert.equal(editFor(skeleton('202', '2026')), undefined, 'the year is still being typed');
  assert.equal(editFor(skeleton('', '2026')), undefined);
  assert.equal(editFor(['四、2026年度推进法治政府建设的主要安排']), undefined, 'no skeleton title: not a skeleton');
  assert.ok(isSkeletonInsertion(skeleton('2025', '2026').join('\n')));
  assert.ok(!isSkeletonInsertion('2'), 'a typed digit is not an insertion of the skeleton');
});

test('the skeleton snippet writes the plan year as text the client keeps in step (no transform that only applies on Tab)', () => {
  const body = (json('snippets/gongwen.json')['法治政府建设年度报告（全文框架）'].body as string[]).join('\n');
  assert.match(body, /^四、2026年度推进法治政府建设的主要安排$/m);
  assert.match(body, /\$\{2:2025\}/);
});
