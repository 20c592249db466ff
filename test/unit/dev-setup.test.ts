/**
 * The contributor setup: .vscode/launch.json attaches to the port the client opens for the
 * server's debugger, and tsconfig keeps the strict flags the README promises.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.join(__dirname, '..', '..');
const read = (f: string) => readFileSync(path.join(ROOT, f), 'utf8');
/** JSON with line comments (launch.json, tsconfig.json allow them). */
const jsonc = (f: string) => JSON.parse(read(f).replace(/^\s*\/\/.*$/gm, ''));

test(".vscode/launch.json attaches to the server's debug port", () => {
  const port = Number(/--inspect=(\d+)/.exec(read('client/src/language-client.ts'))?.[1]);
  assert.ok(port > 0, 'the client no longer starts the server with --inspect=<port>');
  const attach = jsonc('.vscode/launch.json').configurations.find((c: { request: string; type: string }) => c.request === 'attach' && c.type === 'node');
  assert.ok(attach, 'no node attach configuration');
  assert.equal(attach.port, port);
});

test('tsconfig asks for noImplicitOverride among the strict flags', () => {
  const options = jsonc('tsconfig.json').compilerOptions;
  for (const flag of ['strict', 'noUnusedLocals', 'noUnusedParameters', 'noImplicitReturns', 'noImplicitOverride']) assert.equal(options[flag], true, flag);
});
