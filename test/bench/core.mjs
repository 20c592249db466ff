/**
 * Core timings, run by run.mjs in a child process (`node --expose-gc core.mjs BUNDLE`): for the
 * seeds and each generated size, the median time of parse + all rules + outline, of the floor (one
 * split into lines and one heading regex per line) and of markdownlint on the same text as
 * Markdown. Prints one JSON object on stdout.
 */
import { createRequire } from 'node:module';
import { PerformanceObserver } from 'node:perf_hooks';
import { lint as markdownlint } from 'markdownlint/sync';
import { loadSeeds, sectionsOf, buildDraft, toMarkdown, md043Headings } from './drafts.mjs';

const [bundle, repoRoot, quick] = process.argv.slice(2);
const core = createRequire(import.meta.url)(bundle);
const gc = globalThis.gc ?? (() => {});

/** parse + every rule + the outline (editor symbols and the 报告提纲 tree): what one check costs. */
const { check } = createRequire(import.meta.url)('./shuffled-rounds.cjs');
const ours = (text) => check(core, text);

/** The least any checker must do: split into lines and try one heading pattern on each. */
const HEADING = /^[\s\u3000]*(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]|[0-9]{1,2}[.．](?![0-9])|[（(][0-9]{1,2}[）)])/;
function floor(text) {
  let n = 0;
  for (const line of text.split(/\r\n|\r|\n/)) if (HEADING.test(line)) n++;
  return n;
}

function mdlint(config) {
  return (md) => markdownlint({ strings: { draft: md }, config }).draft.length;
}

// Garbage collections as V8 reports them, to say how much of a timing was the collector's.
const collections = [];
new PerformanceObserver((list) => collections.push(...list.getEntries().map((e) => ({ start: e.startTime, ms: e.duration })))).observe({ entryTypes: ['gc'] });
const settle = () => new Promise((resolve) => setTimeout(resolve, 10));

let sink = 0;
const median = (sorted) => (sorted.length % 2 ? sorted[sorted.length >> 1] : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2);

/**
 * Runs the functions in turn on `arg`, round after round — at least `min` rounds, then more until
 * `budgetMs` is spent, at most `max` — so that a burst of other work on a shared machine hits all
 * of them alike and their ratio stays meaningful. Per function: the median and the fastest run,
 * and the share of its time that went to garbage collection.
 */
async function measure(fns, arg, { min, max, budgetMs }) {
  gc();
  await settle();
  const times = fns.map(() => []);
  const spans = fns.map(() => []);
  const start = performance.now();
  for (let round = 0; round < max && (round < min || performance.now() - start < budgetMs); round++) {
    fns.forEach((fn, k) => {
      const t0 = performance.now();
      sink += fn(arg);
      const t1 = performance.now();
      times[k].push(t1 - t0);
      spans[k].push([t0, t1]);
    });
  }
  await settle();
  const end = performance.now();
  const during = collections.filter((c) => c.start >= start && c.start < end);
  return fns.map((_, k) => {
    const own = spans[k];
    let gcMs = 0;
    for (const c of during) if (own.some(([a, b]) => c.start >= a && c.start < b)) gcMs += c.ms;
    const total = times[k].reduce((a, b) => a + b, 0);
    const sorted = times[k].sort((a, b) => a - b);
    return { median: median(sorted), min: sorted[0], iterations: sorted.length, gcShare: gcMs / total };
  });
}

const scale = quick ? 0.2 : 1;
const PLAN = {
  seed: { min: 50, max: 2000, budgetMs: 800 * scale },
  20e3: { min: 50, max: 2000, budgetMs: 1500 * scale },
  200e3: { min: 15, max: 500, budgetMs: 2000 * scale },
  2e6: { min: 9, max: 50, budgetMs: 3000 * scale },
  20e6: { min: 5, max: 7, budgetMs: 6000 * scale },
};
// markdownlint is two orders slower: fewer runs, and one at 20 MB.
const PLAN_MD = {
  seed: { min: 5, max: 200, budgetMs: 600 * scale },
  20e3: { min: 5, max: 200, budgetMs: 1000 * scale },
  200e3: { min: 3, max: 20, budgetMs: 1500 * scale },
  2e6: { min: 1, max: 3, budgetMs: 3000 * scale },
  20e6: { min: 1, max: 1, budgetMs: 0 },
};

const seeds = loadSeeds(repoRoot);
const sections = sectionsOf(core, seeds);
const mdConfig = { default: true, MD043: { headings: md043Headings(core) } };
const lintMd = mdlint(mdConfig);

// Warm up the JIT on every path, and let the heap grow to a big draft's size, before timing anything.
const warm = buildDraft(core, sections, 50e3);
const warmMd = toMarkdown(core, warm);
for (let i = 0; i < 200; i++) sink += ours(warm) + floor(warm);
for (let i = 0; i < 30; i++) sink += lintMd(warmMd);
sink += ours(buildDraft(core, sections, 2e6));

const docs = [
  ...seeds.map((s) => ({ name: `seed ${s.name.slice(0, 3)}`, kind: 'seed', text: s.text })),
  ...[20e3, 200e3, 2e6, 20e6].map((bytes) => ({ name: label(bytes), kind: bytes, text: buildDraft(core, sections, bytes) })),
];

const results = [];
for (const doc of docs) {
  const bytes = Buffer.byteLength(doc.text, 'utf8');
  const r = { name: doc.name, kind: String(doc.kind), bytes, chars: doc.text.length, lines: doc.text.split('\n').length };
  [r.ours, r.floor] = await measure([ours, floor], doc.text, PLAN[doc.kind]);
  const md = toMarkdown(core, doc.text);
  [r.markdownlint] = await measure([lintMd], md, PLAN_MD[doc.kind]);
  results.push(r);
  process.stderr.write(`  core ${doc.name}: ours ${r.ours.median.toFixed(2)} ms (GC ${(100 * r.ours.gcShare).toFixed(0)}%), floor ${r.floor.median.toFixed(2)} ms, markdownlint ${r.markdownlint.median.toFixed(1)} ms\n`);
}
process.stdout.write(JSON.stringify({ results, sink: sink > 0 }) + '\n');

function label(bytes) {
  return bytes >= 1e6 ? `${bytes / 1e6} MB` : `${bytes / 1e3} KB`;
}
