/**
 * The server's per-version cache, in process: one parse per version, re-linting without
 * re-parsing on a settings change, and a failing rule logged once per document version while
 * the other rules still report.
 */
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { AnalysisCache } from '../../server/src/lsp/analysis';
import { RULES } from '../../server/src/core/rules/index';
import { defineRule } from '../../server/src/core/rules/types';
import { seed } from './harness';

const broken = defineRule({
  meta: { id: 'test-broken', description: { zh: '', en: '' }, defaultSeverity: 'error', fixable: false, messages: {} },
  check() {
    throw new Error('boom');
  },
});

describe('analysis cache', () => {
  after(() => {
    const i = RULES.indexOf(broken);
    if (i !== -1) RULES.splice(i, 1);
  });

  it('parses once per version and re-lints on a new settings generation', () => {
    const cache = new AnalysisCache(() => {});
    const doc = TextDocument.create('file:///a.txt', 'gongwen', 1, seed('000_6c4c41263adb4e45.txt'));
    const first = cache.get(doc, {}, 0);
    assert.equal(cache.get(doc, {}, 0), first, 'same version, same settings: cached');
    const relinted = cache.get(doc, { severities: { 'heading-sequence': 'off' } }, 1);
    assert.equal(relinted.model, first.model, 'settings change: same model');
    assert.ok(!relinted.findings.some((f) => f.rule === 'heading-sequence'));
    const next = TextDocument.update(doc, [{ text: 'x' }], 2);
    assert.notEqual(cache.get(next, {}, 1).model, first.model, 'new version: new parse');
  });

  it('logs a failing rule once per document version; the other rules still report', () => {
    RULES.push(broken);
    const logged: string[] = [];
    const cache = new AnalysisCache((m) => logged.push(m));
    const doc = TextDocument.create('file:///b.txt', 'gongwen', 1, seed('000_6c4c41263adb4e45.txt'));
    const a = cache.get(doc, {}, 0);
    cache.get(doc, { locale: 'en' }, 1);
    assert.equal(logged.length, 1);
    assert.match(logged[0], /test-broken.*boom/s);
    assert.ok(a.findings.some((f) => f.rule === 'heading-sequence'));
    cache.get(TextDocument.update(doc, [{ text: 'y' }], 2), {}, 1);
    assert.equal(logged.length, 2, 'a new version logs again');
  });
});
