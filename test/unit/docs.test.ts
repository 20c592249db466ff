import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { RULES } from '../../server/src/core/rules/index';
import { ruleDocUrl } from '../../server/src/core/features/rule-docs';

const readme = readFileSync(path.resolve(__dirname, '../../README.md'), 'utf8');

test('every rule has a README row with its default severity and fixability', () => {
  for (const r of RULES) {
    const row = readme.split('\n').find((l) => l.includes(`<a id="rule-${r.meta.id}"></a>`));
    assert.ok(row, `README has no row for ${r.meta.id}`);
    assert.ok(row.includes(`| ${r.meta.description.zh} |`), `${r.meta.id}: description differs from the rule's meta`);
    assert.ok(row.includes(r.meta.defaultSeverity), `${r.meta.id}: default severity ${r.meta.defaultSeverity} not in README`);
    const column = { safe: '| 安全 safe |', suggested: '| 建议 suggested |', false: '| — |' }[String(r.meta.fixable) as 'safe' | 'suggested' | 'false'];
    assert.ok(row.endsWith(column), `${r.meta.id}: fixable is ${r.meta.fixable}, the README column says otherwise`);
  }
});

test('rule documentation links point at the README anchors', () => {
  assert.match(ruleDocUrl('heading-style'), /README\.md#rule-heading-style$/);
});
