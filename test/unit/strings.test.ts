/**
 * Runtime strings: one table per layer, and every zh string has its en twin and the reverse
 * (the compiler types `en` by `zh`'s ids; this also catches an id only `en` has, and empty text).
 * Rule messages are checked per rule; the CLI's strings are not yet in one table (see the README).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CORE_STRINGS } from '../../server/src/core/strings';
import { CLIENT_STRINGS } from '../../client/src/strings';
import { RULES } from '../../server/src/core/rules/index';

function assertTwins(name: string, zh: Record<string, string>, en: Record<string, string>): void {
  assert.deepEqual(Object.keys(en).sort(), Object.keys(zh).sort(), `${name}: zh and en ids differ`);
  for (const [id, text] of Object.entries(zh)) {
    assert.ok(text.length > 0 && en[id].length > 0, `${name}.${id}: empty`);
    const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    assert.deepEqual(placeholders(en[id]), placeholders(text), `${name}.${id}: placeholders differ`);
  }
}

test('the core string table has every zh string in en and the reverse, with the same placeholders', () => {
  assertTwins('core', CORE_STRINGS.zh, CORE_STRINGS.en);
});

test('the client string table has every zh string in en and the reverse, with the same placeholders', () => {
  assertTwins('client', CLIENT_STRINGS.zh, CLIENT_STRINGS.en);
});

test('every rule message and description has both locales and the same placeholders', () => {
  for (const r of RULES) {
    const zh = Object.fromEntries(Object.entries(r.meta.messages).map(([k, m]) => [k, m.zh]));
    const en = Object.fromEntries(Object.entries(r.meta.messages).map(([k, m]) => [k, m.en]));
    assertTwins(r.meta.id, { ...zh, description: r.meta.description.zh }, { ...en, description: r.meta.description.en });
  }
});

test('the twin check fails on a missing twin and on a lost placeholder', () => {
  assert.throws(() => assertTwins('x', { a: '甲', b: '乙' }, { a: 'a' }));
  assert.throws(() => assertTwins('x', { a: '{n}处' }, { a: 'places' }));
});
