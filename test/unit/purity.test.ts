/**
 * The core is pure: no file under server/src/core — nor any file it pulls in through relative
 * imports — imports 'vscode' (or another editor package) or a Node built-in, so the same code
 * runs in the language server, the CLI, a browser worker and the tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { builtinModules } from 'node:module';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const CORE = path.join(__dirname, '..', '..', 'server', 'src', 'core');

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : /\.[cm]?[tj]s$/.test(name) ? [full] : [];
  });
}

/** Every module specifier in a source file: static imports and re-exports, side-effect imports, require() and import(). */
function specifiers(source: string): string[] {
  const code = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
  const out: string[] = [];
  const patterns = [
    /\b(?:import|export)\s+(?:type\s+)?[\w*{}\s,$]*?\bfrom\s*['"]([^'"]+)['"]/g,
    /\bimport\s*['"]([^'"]+)['"]/g,
    /\b(?:require|import)\s*\(\s*['"`]([^'"`]+)['"`]\s*\)/g,
  ];
  for (const re of patterns) for (const m of code.matchAll(re)) out.push(m[1]);
  return out;
}

const BUILTINS = new Set(builtinModules.flatMap((m) => [m, m.split('/')[0]]));

function forbidden(spec: string): string | null {
  if (spec.startsWith('node:') || BUILTINS.has(spec) || BUILTINS.has(spec.split('/')[0])) return 'a Node built-in';
  if (spec === 'vscode' || spec.startsWith('vscode-') || spec.startsWith('vscode/') || spec.startsWith('@vscode/')) return 'an editor package';
  return null;
}

function resolve(from: string, spec: string): string | null {
  const base = path.resolve(path.dirname(from), spec);
  for (const candidate of [base, `${base}.ts`, path.join(base, 'index.ts')]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return null;
}

test('the specifier scanner sees every import form', () => {
  const src = [
    "import { a } from 'node:fs';",
    "import type { B } from './b';",
    "import * as c from \"vscode\";",
    "import 'side-effect';",
    "export { d } from '../d';",
    "export * from './e';",
    "const f = require('path');",
    "const g = await import('os');",
    "import {\n  h,\n  i,\n} from 'vscode-languageserver';",
    "// import x from 'commented-out';",
    "/* import y from 'also-commented'; */",
    "const url = 'http://example.com'; import z from './z';",
  ].join('\n');
  assert.deepEqual(specifiers(src).sort(), ['../d', './b', './e', './z', 'node:fs', 'os', 'path', 'side-effect', 'vscode', 'vscode-languageserver'].sort());
  assert.equal(forbidden('fs'), 'a Node built-in');
  assert.equal(forbidden('fs/promises'), 'a Node built-in');
  assert.equal(forbidden('node:test'), 'a Node built-in');
  assert.equal(forbidden('vscode'), 'an editor package');
  assert.equal(forbidden('vscode-languageserver/node'), 'an editor package');
  assert.equal(forbidden('./text'), null);
});

test('server/src/core imports neither vscode nor Node built-ins, directly or through what it imports', () => {
  const files = walk(CORE);
  assert.ok(files.length > 20, `found only ${files.length} core files`);
  const seen = new Set<string>();
  const queue = [...files];
  const problems: string[] = [];
  while (queue.length) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const spec of specifiers(readFileSync(file, 'utf8'))) {
      const why = forbidden(spec);
      if (why) problems.push(`${path.relative(CORE, file)} imports '${spec}' (${why})`);
      if (spec.startsWith('.')) {
        const target = resolve(file, spec);
        if (!target) problems.push(`${path.relative(CORE, file)} imports '${spec}', which does not resolve`);
        else queue.push(target);
      }
    }
  }
  assert.deepEqual(problems, []);
});

test('no core file reaches for globals of a host (process, require, Buffer, window)', () => {
  const problems: string[] = [];
  for (const file of walk(CORE)) {
    const code = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');
    for (const g of ['process.', 'require(', 'Buffer.', 'window.', '__dirname', 'globalThis.process']) {
      if (code.includes(g)) problems.push(`${path.relative(CORE, file)} uses ${g}`);
    }
  }
  assert.deepEqual(problems, []);
});
