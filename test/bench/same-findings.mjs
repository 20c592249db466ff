#!/usr/bin/env node
/**
 * `node test/bench/same-findings.mjs [COMMIT]` (default HEAD): whether the working tree's core gives
 * exactly what the core at COMMIT gives — findings (messages, ranges, fixes with their edits),
 * failures, editor symbols and the outline, in zh and en — on every fixture text, the seeds, the
 * shared corpus when it lies beside the repository, the bench's 20 KB draft, and 3,000 drafts made
 * by cutting, joining and shuffling their lines (a fixed seed, so a run repeats). For speed work,
 * which must change nothing else. Prints what differs first and exits 1 when anything does.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleAt, bundleCurrent } from './bundle-core.mjs';
import { buildDraft, loadSeeds, sectionsOf } from './drafts.mjs';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const commit = process.argv[2] ?? 'HEAD';
const GENERATED = 3000;

function textsUnder(dir, out = []) {
  if (!existsSync(dir)) return out;
  for (const name of readdirSync(dir).sort()) {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) textsUnder(file, out);
    else if (/\.(txt|md|gongwen)$/.test(name)) out.push({ name: path.relative(repoRoot, file), text: readFileSync(file, 'utf8') });
  }
  return out;
}

/** What a host sees of one check; fixes written out, so a fix whose edits are made when read counts too. */
function view(core, text, locale) {
  const model = core.parse(text);
  const result = core.lintModel(model, { locale });
  const findings = result.findings.map((f) => ({ ...f, fixes: f.fixes.map((x) => ({ title: x.title, safe: x.safe, preferred: x.preferred, edits: x.edits })) }));
  return JSON.stringify({ findings, failures: result.failures, symbols: core.documentSymbols(model, locale), outline: core.outlineOf(model, result.findings, locale) });
}

const tmp = mkdtempSync(path.join(os.tmpdir(), 'gongwen-same-'));
try {
  const require = createRequire(import.meta.url);
  const current = require(await bundleCurrent(tmp));
  const old = require(await bundleAt(commit, tmp));
  const texts = [...textsUnder(path.join(repoRoot, 'test/fixtures')), ...textsUnder(path.resolve(repoRoot, '../shared/corpus'))];
  texts.push({ name: 'bench draft 20 KB', text: buildDraft(current, sectionsOf(current, loadSeeds(repoRoot)), 20e3) });
  const pool = texts.flatMap((t) => t.text.split(/\r?\n/));
  let seed = 12345;
  const pick = (n) => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) % n;
  for (let i = 0; i < GENERATED; i++) {
    const lines = [];
    for (let k = 1 + pick(40); k > 0; k--) {
      let line = pool[pick(pool.length)];
      if (pick(4) === 0) line = line.slice(pick(line.length + 1)); // a line cut
      if (pick(6) === 0) line += pool[pick(pool.length)]; // two lines run together
      lines.push(line);
    }
    texts.push({ name: `generated #${i}`, text: lines.join(pick(5) === 0 ? '\r\n' : '\n') });
  }
  let differ = 0;
  for (const { name, text } of texts) {
    for (const locale of ['zh', 'en']) {
      const a = view(old, text, locale);
      const b = view(current, text, locale);
      if (a === b) continue;
      if (differ++ < 3) {
        let k = 0;
        while (a[k] === b[k]) k++;
        console.log(`differs: ${name} (${locale}) at ${k}\n  ${commit}: …${a.slice(Math.max(0, k - 80), k + 120)}\n  now: …${b.slice(Math.max(0, k - 80), k + 120)}`);
      }
    }
  }
  console.log(`${texts.length} texts × 2 locales against ${commit}: ${differ} differ`);
  process.exitCode = differ ? 1 : 0;
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
