// The manifest must follow the rule registry and the nls files: every rule has a setting with
// its default severity, every %key% resolves in English and Chinese, and package.json plus the
// nls files are exactly what `npm run gen:manifest` writes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { RULES } from '../../server/src/core/rules/index';
import { FILES, SEVERITIES, applyGenerated, formatJson, nlsKeyOf, readJson, root } from '../lib/gen-manifest';

const pkg = readJson(FILES.pkg);
const en = readJson(FILES.en);
const zh = readJson(FILES.zh);
const properties: Record<string, any> = pkg.contributes?.configuration?.properties ?? {};
const HINT = 'run `npm run gen:manifest`';

test('every rule has a gongwen.rules.<id> setting with its default severity and description', () => {
  for (const rule of RULES) {
    const key = `gongwen.rules.${rule.meta.id}`;
    const setting = properties[key];
    assert.ok(setting, `${key} missing (${HINT})`);
    assert.deepEqual(setting.enum, [...SEVERITIES], `${key}: enum`);
    assert.equal(setting.default, rule.meta.defaultSeverity, `${key}: default (${HINT})`);
    assert.equal(setting.markdownDescription, `%${nlsKeyOf(key)}%`, `${key}: description key`);
    assert.ok(en[nlsKeyOf(key)]?.includes(rule.meta.description.en), `${key}: English description (${HINT})`);
    assert.ok(zh[nlsKeyOf(key)]?.includes(rule.meta.description.zh), `${key}: Chinese description (${HINT})`);
  }
});

test('no setting names a rule that is not registered', () => {
  const ids = new Set(RULES.map((r) => r.meta.id));
  const stray = Object.keys(properties).filter((k) => k.startsWith('gongwen.rules.') && !ids.has(k.slice('gongwen.rules.'.length)));
  assert.deepEqual(stray, [], HINT);
});

test('the fixed settings exist with their defaults', () => {
  assert.equal(properties['gongwen.locale']?.default, 'zh');
  assert.deepEqual(properties['gongwen.locale']?.enum, ['zh', 'en']);
  assert.equal(properties['gongwen.autoDetect']?.default, true);
  assert.equal(properties['gongwen.headings.allowLevel3UnderLevel1']?.default, true);
  assert.deepEqual(properties['gongwen.trace.server']?.enum, ['off', 'messages', 'verbose']);
});

test('every %key% in package.json exists in both nls files, and both have the same keys', () => {
  const used = [...readFileSync(path.join(root, FILES.pkg), 'utf8').matchAll(/"%([^"%]+)%"/g)].map((m) => m[1]);
  assert.ok(used.length > 0);
  assert.deepEqual(used.filter((k) => typeof en[k] !== 'string'), [], `${FILES.en} lacks keys`);
  assert.deepEqual(used.filter((k) => typeof zh[k] !== 'string'), [], `${FILES.zh} lacks keys`);
  assert.deepEqual(Object.keys(zh).sort(), Object.keys(en).sort(), 'the nls files have different keys');
});

test('package.json and the nls files are what the generator writes (no drift)', () => {
  const out = applyGenerated(pkg, en, zh);
  for (const [k, name] of Object.entries(FILES)) {
    const onDisk = readFileSync(path.join(root, name), 'utf8');
    assert.equal(onDisk, formatJson(out[k as keyof typeof out]), `${name} differs from the generated one (${HINT})`);
  }
});

test('contributed commands are named in the manifest and menus only name contributed commands', () => {
  const commands = new Set<string>((pkg.contributes?.commands ?? []).map((c: { command: string }) => c.command));
  for (const id of ['gongwen.switchLanguage', 'gongwen.restartServer', 'gongwen.fixAll', 'gongwen.insertSection', 'gongwen.showChecklist']) {
    assert.ok(commands.has(id), `${id} is not contributed`);
  }
  for (const [menu, items] of Object.entries<Array<{ command: string }>>(pkg.contributes?.menus ?? {})) {
    for (const item of items) assert.ok(commands.has(item.command), `${menu} names unknown command ${item.command}`);
  }
  assert.ok(pkg.activationEvents.includes('onLanguage:gongwen'));
});
