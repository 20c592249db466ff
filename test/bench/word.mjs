/**
 * Word import and export of a 20 KB report (issue 11: import < 50 ms, export < 300 ms), with
 * dist/word.js as the CLI and the extension load it. Median of warm runs, and the first (cold)
 * call including loading the module. `node test/bench/word.mjs` runs it alone.
 */
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
import path from 'node:path';

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export async function benchWord({ repoRoot, draft, runs = 30, log = () => {} }) {
  const require = createRequire(import.meta.url);
  const load0 = performance.now();
  const word = require(path.join(repoRoot, 'dist', 'word.js'));
  const loadMs = performance.now() - load0;
  const cold0 = performance.now();
  const first = await word.exportDocx(draft);
  const coldExport = performance.now() - cold0;
  const cold1 = performance.now();
  const text = word.readDocx(first.bytes).text;
  const coldImport = performance.now() - cold1;
  const exportTimes = [];
  const importTimes = [];
  for (let i = 0; i < runs; i++) {
    let t = performance.now();
    const r = await word.exportDocx(draft);
    exportTimes.push(performance.now() - t);
    t = performance.now();
    word.readDocx(r.bytes);
    importTimes.push(performance.now() - t);
  }
  const result = {
    draftBytes: Buffer.byteLength(draft),
    docxBytes: first.bytes.length,
    textChars: text.length,
    loadMs,
    export: { median: median(exportTimes), cold: coldExport },
    import: { median: median(importTimes), cold: coldImport },
    runs,
  };
  log(`  word: export ${result.export.median.toFixed(1)} ms, import ${result.import.median.toFixed(1)} ms (median of ${runs})`);
  return result;
}

/** Markdown lines for results.md. */
export function wordLines(w) {
  return [
    `- A ${(w.draftBytes / 1e3).toFixed(1)} KB draft (the 20 KB bench draft), \`dist/word.js\`, median of ${w.runs} warm runs; the first (cold) call in brackets; loading the module took ${w.loadMs.toFixed(0)} ms once:`,
    `  - export to GB/T 9704 .docx (${(w.docxBytes / 1e3).toFixed(1)} KB): **${w.export.median.toFixed(1)} ms** (cold ${w.export.cold.toFixed(0)} ms); target < 300 ms: ${w.export.median < 300 ? 'met' : '**NOT met**'}`,
    `  - import of that .docx back to text (${w.textChars} characters): **${w.import.median.toFixed(1)} ms** (cold ${w.import.cold.toFixed(0)} ms); target < 50 ms: ${w.import.median < 50 ? 'met' : '**NOT met**'}`,
  ];
}

if (process.argv[1] === new URL(import.meta.url).pathname) {
  const { loadSeeds, sectionsOf, buildDraft } = await import('./drafts.mjs');
  const repoRoot = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
  const esbuild = await import('esbuild');
  const bundle = path.join(repoRoot, '.tmp', 'bench-core.cjs');
  await esbuild.build({ entryPoints: [path.join(repoRoot, 'test', 'bench', 'core-entry.ts')], bundle: true, platform: 'node', target: 'node20', format: 'cjs', outfile: bundle, logLevel: 'warning' });
  const core = createRequire(import.meta.url)(bundle);
  const draft = buildDraft(core, sectionsOf(core, loadSeeds(repoRoot)), 20e3);
  const w = await benchWord({ repoRoot, draft, log: (s) => process.stderr.write(`${s}\n`) });
  console.log(wordLines(w).join('\n'));
}
