/**
 * The core's layering, read off the imports: each layer imports only itself and the layers below,
 * no import cycle anywhere in core/, the core imports nothing outside core/ (not protocol.ts:
 * hosts convert), and hosts come in through core/index.ts only.
 *
 *   model (text, numbering, profiles, model, types, queries, parse, skeleton, …)  <  rules/
 *   <  engine (lint.ts, fix.ts)  <  features/  <  index.ts
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { relativeImports, tsFiles } from '../lib/imports';

const ROOT = path.join(__dirname, '..', '..');
const SRC = path.join(ROOT, 'server', 'src');
const CORE = path.join(SRC, 'core');
const ENTRY = path.join(CORE, 'index.ts');
const LAYERS = ['model', 'rules', 'engine', 'features', 'entry'] as const;

/** A core file's layer, by where it lies. */
function layerOf(file: string): number {
  const rel = path.relative(CORE, file).split(path.sep);
  if (rel.length === 1 && rel[0] === 'index.ts') return 4;
  if (rel[0] === 'features') return 3;
  if (rel.length === 1 && (rel[0] === 'lint.ts' || rel[0] === 'fix.ts')) return 2;
  if (rel[0] === 'rules') return 1;
  return 0;
}

const rel = (f: string) => path.relative(ROOT, f);
const insideCore = (f: string) => !path.relative(CORE, f).startsWith('..');

/** Every cycle's path, found by depth-first search over the import graph. */
function cycles(graph: Map<string, string[]>): string[][] {
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const found: string[][] = [];
  const visit = (f: string) => {
    state.set(f, 'open');
    stack.push(f);
    for (const g of graph.get(f) ?? []) {
      if (state.get(g) === 'open') found.push([...stack.slice(stack.indexOf(g)), g]);
      else if (!state.has(g)) visit(g);
    }
    stack.pop();
    state.set(f, 'done');
  };
  for (const f of graph.keys()) if (!state.has(f)) visit(f);
  return found;
}

test('the layer and cycle checks catch what they are for', () => {
  assert.equal(layerOf(path.join(CORE, 'rules', 'residue.ts')), 1);
  assert.equal(layerOf(path.join(CORE, 'skeleton.ts')), 0);
  assert.equal(layerOf(path.join(CORE, 'features', 'outline.ts')), 3);
  assert.equal(layerOf(ENTRY), 4);
  const g = new Map([['a', ['b']], ['b', ['c']], ['c', ['a']], ['d', ['a']]]);
  assert.deepEqual(cycles(g), [['a', 'b', 'c', 'a']]);
  assert.deepEqual(cycles(new Map([['a', ['b']], ['b', []]])), []);
});

test('no core import runs up a layer, leaves core/ or closes a cycle', () => {
  const files = tsFiles(CORE);
  assert.ok(files.length > 20, `found only ${files.length} core files`);
  const graph = new Map<string, string[]>();
  const problems: string[] = [];
  for (const file of files) {
    const targets = relativeImports(file);
    graph.set(file, targets.filter(insideCore));
    for (const t of targets) {
      if (!insideCore(t)) problems.push(`${rel(file)} imports ${rel(t)}, outside the core (hosts convert)`);
      else if (layerOf(t) > layerOf(file)) problems.push(`${rel(file)} (${LAYERS[layerOf(file)]}) imports ${rel(t)} (${LAYERS[layerOf(t)]}), a layer above`);
    }
  }
  for (const c of cycles(graph)) problems.push(`import cycle: ${c.map(rel).join(' → ')}`);
  assert.deepEqual(problems, []);
});

test('hosts (LSP, CLI, node helpers, benchmarks) import the core only through core/index.ts', () => {
  const hosts = [...tsFiles(SRC).filter((f) => !insideCore(f)), path.join(ROOT, 'test', 'bench', 'core-entry.ts')];
  const problems: string[] = [];
  let throughEntry = 0;
  for (const file of hosts) {
    for (const t of relativeImports(file)) {
      if (!insideCore(t)) continue;
      if (t === ENTRY) throughEntry++;
      else problems.push(`${rel(file)} imports ${rel(t)}`);
    }
  }
  assert.deepEqual(problems, []);
  assert.ok(throughEntry >= 10, `only ${throughEntry} host imports of the entry: is the scan still reading the hosts?`);
});
