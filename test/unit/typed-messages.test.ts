/**
 * Message ids are checked by the compiler: a rule declared with defineRule that asks for a
 * message it does not define (`ctx.t('fixSpac')`) fails to type-check, and the registry takes
 * only rules declared that way.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ts from 'typescript';

const TYPES = path.join(__dirname, '..', '..', 'server', 'src', 'core', 'types.ts').replace(/\\/g, '/').replace(/\.ts$/, '');
const RULES = path.join(__dirname, '..', '..', 'server', 'src', 'core', 'rules', 'index.ts').replace(/\\/g, '/').replace(/\.ts$/, '');

/** Type errors of a snippet compiled against the core, as text. */
function errorsOf(source: string): string[] {
  const dir = mkdtempSync(path.join(tmpdir(), 'gongwen-typed-'));
  try {
    const file = path.join(dir, 'snippet.ts');
    writeFileSync(file, source);
    const program = ts.createProgram([file], { strict: true, noEmit: true, skipLibCheck: true, moduleResolution: ts.ModuleResolutionKind.Bundler, module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, types: [] });
    return ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const rule = (call: string) => `
import { defineRule } from '${TYPES}';
export const rule = defineRule({
  meta: { id: 'x', description: { zh: '', en: '' }, defaultSeverity: 'hint', fixable: false, messages: { fixSpace: { zh: '', en: '' } } },
  check(ctx) { ctx.t(${call}); },
});
`;

test('a rule that renders a message it defines compiles', () => {
  assert.deepEqual(errorsOf(rule("'fixSpace'")), []);
});

test('a misspelt message id fails to compile', () => {
  const errors = errorsOf(rule("'fixSpac'"));
  assert.equal(errors.length, 1, errors.join('\n'));
  assert.match(errors[0], /"fixSpac"/);
});

test('the registry takes only rules declared with defineRule', () => {
  const errors = errorsOf(`
import type { Rule } from '${TYPES}';
import { RULES } from '${RULES}';
const loose: Rule = { meta: { id: 'x', description: { zh: '', en: '' }, defaultSeverity: 'hint', fixable: false, messages: {} }, check() {} };
RULES.push(loose);
`);
  assert.equal(errors.length, 1, errors.join('\n'));
});
