#!/usr/bin/env node
/**
 * `npm run bench` (issue 4): the core on the seeds and on 20 KB … 20 MB drafts against a floor and
 * against markdownlint, the editor loop against the built language server, and the CLI's files per
 * second with one thread and with all. Prints a summary table and appends a dated section to
 * test/bench/results.md (the issue says bench/results.md; the repository's top level is fixed by
 * the design card, so everything lives under test/bench/).
 *
 *   npm run bench                 the full run, a few minutes
 *   npm run bench -- --quick      shorter timings and 200 CLI files, for trying the script out
 *   npm run bench -- --no-write   do not append to results.md
 *   npm run bench -- --no-build   use dist/ as it is instead of rebuilding it first
 *   npm run bench -- --only-big   only the issue-8 part: typing into 2 MB / 20 MB drafts, per-rule scaling
 *   npm run bench -- --per-rule [--baseline COMMIT]   only what each rule adds to the 20 KB check
 *                                 (each switched off in turn), and the check against COMMIT's (per-rule.mjs)
 */
import { spawn, spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { loadSeeds, sectionsOf, buildDraft } from './drafts.mjs';
import { benchEditor } from './editor.mjs';
import { benchCli } from './cli.mjs';
import { benchStartup } from './startup.mjs';
import { typeInto } from './typing.mjs';
import { benchWord, wordLines } from './word.mjs';
import { AUDIT_TARGET_MS, benchAudit } from './audit.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '../..');
const args = new Set(process.argv.slice(2));
const quick = args.has('--quick');
const RESULTS = path.join(here, 'results.md');
const log = (s) => process.stderr.write(`${s}\n`);

const TARGET = { step: 11, floor: 20, peer: 30, p95: 10, peakMb: 300, startupMs: 60 };

const started = new Date();
const loadStart = os.loadavg();
const tmp = mkdtempSync(path.join(os.tmpdir(), 'gongwen-bench-'));

async function main() {
  if (args.has('--per-rule')) {
    // Its own script (CPU time, alternating rounds); it takes the rest of the arguments.
    const r = spawnSync(process.execPath, [path.join(here, 'per-rule.mjs'), ...process.argv.slice(2).filter((a) => a !== '--per-rule')], { cwd: repoRoot, stdio: 'inherit' });
    process.exitCode = r.status ?? 1;
    return;
  }
  // dist/ is what the editor and CLI benchmarks run: build it from the current sources first.
  let buildNote = 'dist/ rebuilt from the working tree';
  if (args.has('--no-build')) buildNote = 'dist/ used as found (--no-build)';
  else {
    log('building dist/ …');
    const b = spawnSync(process.execPath, ['esbuild.mjs'], { cwd: repoRoot, encoding: 'utf8' });
    if (b.status !== 0) {
      buildNote = `dist/ build FAILED, the existing dist/ was used: ${(b.stderr || b.stdout).trim().split('\n')[0]}`;
      log(`  ${buildNote}`);
    }
  }
  // The core itself, bundled the way dist/ is, so that no TypeScript loader is timed.
  const bundle = path.join(tmp, 'core.cjs');
  await esbuild.build({
    entryPoints: [path.join(here, 'core-entry.ts')],
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    outfile: bundle,
    logLevel: 'warning',
  });
  const core = createRequire(import.meta.url)(bundle);

  // Issue 8: typing into 2 MB and 20 MB drafts, and per-rule scaling on adversarial drafts.
  const big = await benchBig(core);
  if (args.has('--only-big')) {
    process.stdout.write(`\n${big}\n`);
    if (!args.has('--no-write')) {
      if (!existsSync(RESULTS)) writeFileSync(RESULTS, HEADER);
      appendFileSync(RESULTS, `\n## ${started.toISOString().replace('T', ' ').slice(0, 16)} UTC (--only-big)\n\n${machineLine(buildNote)}\n\n${big}`);
    }
    return;
  }

  log('core: parse + rules + outline, the floor and markdownlint (in a child process with --expose-gc) …');
  const coreRun = await runCoreChild(bundle);

  log('editor loop: dist/server.js --stdio …');
  const sections = sectionsOf(core, loadSeeds(repoRoot));
  const editor = await benchEditor({
    repoRoot,
    drafts: { small: buildDraft(core, sections, 20e3), big: buildDraft(core, sections, 2e6), huge: buildDraft(core, sections, 20e6) },
    edits: quick ? 100 : 300,
    log,
  });
  if (!editor.ready) log(`  editor loop SKIPPED: the language server is not ready (${editor.reason})`);

  log(`cli: ${quick ? 200 : 1000} drafts …`);
  const cli = await benchCli({ repoRoot, bundle, core, sections, count: quick ? 200 : 1000, runs: quick ? 1 : 3, log });
  if (!cli.ready) log(`  cli SKIPPED: ${cli.reason}`);

  log('cli start-up: small drafts, whole process …');
  const startup = benchStartup({ repoRoot, runs: quick ? 5 : 20, log });

  log(`audit: ${quick ? 200 : 1000} drafts in 20 folders …`);
  const audit = await benchAudit({ repoRoot, core, sections, count: quick ? 200 : 1000, runs: quick ? 1 : 3, log });
  if (!audit.ready) log(`  audit SKIPPED: ${audit.reason}`);

  log('word: import and export of the 20 KB draft (dist/word.js) …');
  const word = await benchWord({ repoRoot, draft: buildDraft(core, sections, 20e3), runs: quick ? 5 : 30, log });

  const report = compose({ coreRun, editor, cli, startup, audit, buildNote, word });
  report.markdown += `\n${big}`;
  report.table += `\n\n${big}`;
  process.stdout.write(`\n${report.table}\n`);
  if (!args.has('--no-write')) {
    if (!existsSync(RESULTS)) writeFileSync(RESULTS, HEADER);
    appendFileSync(RESULTS, report.markdown);
    log(`appended to ${path.relative(repoRoot, RESULTS)}`);
  }
}

/** The typing runs and the scaling table, as Markdown. */
async function benchBig(core) {
  const sections = sectionsOf(core, loadSeeds(repoRoot));
  const out = ['### Big documents in the editor (issue 8): typing at 10 keys/s, fresh server per size', ''];
  for (const [name, bytes] of [['2 MB', 2e6], ['20 MB', 20e6]]) {
    log(`typing into a ${name} draft …`);
    const r = await typeInto({ repoRoot, text: buildDraft(core, sections, bytes), keys: quick ? 20 : 40, log });
    out.push(
      r.ok
        ? `- ${name}: opened (first diagnostics) in ${r.openMs.toFixed(0)} ms; ${r.keys} keys → ${r.publishes} publishes (${r.ordered ? 'in version order' : '**OUT OF ORDER**'}); **last key's diagnostics ${r.lastMs.toFixed(0)} ms after it**; **peak RSS ${r.peakMb?.toFixed(0) ?? '?'} MB** (targets: 50 ms at 2 MB, 1 s at 20 MB; 400 MB)`
        : `- ${name}: not measured: ${r.reason}`,
    );
  }
  log('scaling per rule on adversarial drafts …');
  const child = spawnSync(process.execPath, ['--import', 'tsx', path.join(here, 'scaling.ts'), quick ? '2000' : '4000'], { cwd: repoRoot, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 1 << 24 });
  out.push('', '### Scaling per rule on adversarial drafts (test/lib/adversarial.ts), CPU ms, fastest of 3: check / fix-all', '');
  if (child.status !== 0) out.push(`not measured: scaling.ts exited ${child.status}`);
  else {
    out.push('| rule | n | 2n | 4n | 4n / n (check, fix) |', '|---|---:|---:|---:|---:|');
    for (const { rule, sizes } of JSON.parse(child.stdout)) {
      const cell = (s) => `${(s.chars / 1e3).toFixed(0)}k chars: ${s.check.toFixed(1)} / ${s.fix.toFixed(1)}`;
      const ratio = (a, b) => (a < 1 ? '<1 ms' : `${(b / a).toFixed(1)}×`);
      out.push(`| ${rule} | ${cell(sizes[0])} | ${cell(sizes[1])} | ${cell(sizes[2])} | ${ratio(sizes[0].check, sizes[2].check)}, ${ratio(sizes[0].fix, sizes[2].fix)} |`);
    }
  }
  return out.join('\n') + '\n';
}

function machineLine(buildNote) {
  const l = os.loadavg().map((v) => v.toFixed(2)).join(' ');
  return `Machine: ${os.availableParallelism()} CPUs, Node ${process.version}; load average ${l}. Commit ${spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: repoRoot, encoding: 'utf8' }).stdout?.trim()}; ${buildNote}.`;
}

function runCoreChild(bundle) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--expose-gc', '--max-old-space-size=4096', path.join(here, 'core.mjs'), bundle, repoRoot, quick ? 'quick' : ''], {
      cwd: repoRoot,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.on('exit', (code) => (code === 0 ? resolve(JSON.parse(out)) : reject(new Error(`core benchmark exited ${code}`))));
  });
}

const HEADER = `# Benchmark results

Written by \`npm run bench\` (test/bench/run.mjs); each run appends a dated section, the history stays.
Issue 4 asks for \`bench/results.md\`: the repository's top level is fixed by the design card, so the
benchmarks and this file live in \`test/bench/\` instead.

How to read it: sizes are UTF-8 bytes of a draft built from the seed reports (test/fixtures/seeds) by
concatenating their level-1 sections, renumbered. "ours" is parse + all rules + outline (editor symbols
and the 报告提纲 tree) on one document, median of repeated runs in one warmed-up process. "floor" is one
split into lines plus one heading regex per line over the same text. "markdownlint" is markdownlint
(default rules + MD043 with the statutory headings) on the same text with headings as \`#\` … \`####\`.
The machine is shared and noisy: the load average is recorded with each run.
`;

function compose({ coreRun, editor, cli, startup, buildNote, audit, word }) {
  const rows = coreRun.results;
  const sized = rows.filter((r) => r.kind !== 'seed');
  const mbps = (r) => r.bytes / 1e6 / (r.ours.median / 1000);
  const steps = sized.slice(1).map((r, i) => ({ from: sized[i].name, to: r.name, ratio: r.ours.median / sized[i].ours.median, fastest: r.ours.min / sized[i].ours.min }));
  const floorX = (r) => r.ours.median / r.floor.median;
  const peerX = (r) => r.markdownlint.median / r.ours.median;
  const fmt = (ms) => (ms >= 100 ? ms.toFixed(0) : ms >= 10 ? ms.toFixed(1) : ms >= 1 ? ms.toFixed(2) : ms.toFixed(3));
  const x = (v) => `${v.toFixed(1)}×`;

  const worst = (list, f, max = true) => list.reduce((a, b) => ((max ? f(b) > f(a) : f(b) < f(a)) ? b : a));
  const targets = [];
  const worstStep = worst(steps, (s) => s.ratio);
  const gcOf = (name) => rows.find((r) => r.name === name).ours.gcShare;
  const pct = (v) => `${(100 * v).toFixed(0)}%`;
  targets.push({
    name: 'scaling: 10× the text costs ≤ 11× the time',
    met: worstStep.ratio <= TARGET.step,
    value: `worst step ${worstStep.from} → ${worstStep.to}: ${x(worstStep.ratio)} (fastest runs: ${x(worstStep.fastest)}); steps ${steps.map((s) => x(s.ratio)).join(', ')}`,
    by: `${x(worstStep.ratio / TARGET.step)} over`,
    why: `garbage collection took ${pct(gcOf(worstStep.to))} of the ${worstStep.to} time against ${pct(gcOf(worstStep.from))} at ${worstStep.from}: the smaller check's garbage fits in the young generation and is collected after the timer stops, the bigger model is copied out of it while it is built`,
  });
  const worstFloor = worst(sized, floorX);
  targets.push({
    name: 'floor: ours ≤ 20× one split + heading regex',
    met: floorX(worstFloor) <= TARGET.floor,
    value: `worst ${worstFloor.name}: ${x(floorX(worstFloor))} (fastest runs: ${x(worstFloor.ours.min / worstFloor.floor.min)}); all sizes ${sized.map((r) => x(floorX(r))).join(', ')}`,
    by: `${x(floorX(worstFloor) / TARGET.floor)} over`,
    why: 'the floor reads the first characters of each line and allocates nothing else; the rules read every character (doubled-word) and build a model object per line, heading, finding and fix',
  });
  const worstPeer = worst(sized, peerX, false);
  targets.push({
    name: 'peer: ≥ 30× faster than markdownlint',
    met: peerX(worstPeer) >= TARGET.peer,
    value: `worst ${worstPeer.name}: ${x(peerX(worstPeer))}; all sizes ${sized.map((r) => x(peerX(r))).join(', ')}`,
    by: `${x(TARGET.peer / peerX(worstPeer))} short`,
    why: (() => {
      const first = sized[0];
      const last = sized[sized.length - 1];
      const mdMbps = (r) => r.bytes / 1e6 / (r.markdownlint.median / 1000);
      return `warmed up, markdownlint checks the ${worstPeer.name} draft at ${mdMbps(worstPeer).toFixed(1)} MB/s against our ${mbps(worstPeer).toFixed(0)} MB/s; its time grows faster than the text (${x(last.markdownlint.median / first.markdownlint.median)} from ${first.name} to ${last.name}, ours ${x(last.ours.median / first.ours.median)}), so the gap passes 30× only on big drafts`;
    })(),
  });
  if (editor.ready) {
    targets.push({
      name: 'editor: p95 didChange → diagnostics < 10 ms (20 KB draft)',
      met: editor.edits.p95 < TARGET.p95,
      value: `p95 ${editor.edits.p95.toFixed(2)} ms`,
      by: `${x(editor.edits.p95 / TARGET.p95)} over`,
      why: 'JSON-RPC round trip and the full re-check of the document per keystroke on a loaded machine',
    });
    const peak = editor.open20m.memory?.hwm;
    targets.push({
      name: 'memory: server peak RSS < 300 MB with a 20 MB draft open',
      met: peak !== undefined && peak < TARGET.peakMb,
      value: peak === undefined ? 'not measured (no /proc)' : `peak ${peak.toFixed(0)} MB`,
      by: peak === undefined ? '' : `${(peak - TARGET.peakMb).toFixed(0)} MB over`,
      why: 'the document text, its model and its diagnostics are held at once, twice over during the JSON of the open',
    });
  } else {
    targets.push({ name: 'editor and memory targets', met: null, value: `not measured: the language server is not ready (${editor.reason})` });
  }
  if (audit.ready) {
    targets.push({
      name: `audit: ${audit.files} reports audited (\`gongwen audit DIR -o page.html\`) < 3 s`,
      met: audit.html.ms < AUDIT_TARGET_MS,
      value: `${audit.html.ms.toFixed(0)} ms wall (${audit.html.cpuMs.toFixed(0)} ms CPU) for HTML (${(audit.html.outputBytes / 1e6).toFixed(1)} MB page), ${audit.csv.ms.toFixed(0)} ms wall (${audit.csv.cpuMs.toFixed(0)} ms CPU) for CSV`,
      by: `${x(audit.html.ms / AUDIT_TARGET_MS)} over`,
      why: `the wall clock includes waiting for a CPU: the process used ${audit.html.cpuMs.toFixed(0)} ms of CPU time${audit.html.cpuMs < AUDIT_TARGET_MS ? ', under the target, so the miss is the machine\'s load (see the load average above)' : ''}`,
    });
  } else {
    targets.push({ name: 'audit target', met: null, value: `not measured: ${audit.reason}` });
  }

  // Issue 8 item 10: a small draft checked in at most 60 ms, the whole process included.
  const smallRun = startup.ready ? startup.rows.find((r) => r.name.startsWith('gongwen check small UTF-8')) : null;
  const bareNode = startup.ready ? startup.rows[0] : null;
  targets.push(
    smallRun
      ? {
          name: `CLI start-up: \`gongwen check\` of a small draft ≤ ${TARGET.startupMs} ms`,
          met: smallRun.wall.min <= TARGET.startupMs,
          value: `fastest of ${startup.runs} ${smallRun.wall.min.toFixed(0)} ms, median ${smallRun.wall.median.toFixed(0)} ms; \`node -e 0\` alone ${bareNode.wall.min.toFixed(0)} ms`,
          by: `${(smallRun.wall.min - TARGET.startupMs).toFixed(0)} ms over`,
          why: `Node itself starts in ${bareNode.wall.min.toFixed(0)} ms here (fastest run); the command adds ${(smallRun.wall.min - bareNode.wall.min).toFixed(0)} ms on top (loading a 0.3 MB bundle, the check, the output)`,
        }
      : { name: 'CLI start-up', met: null, value: `not measured: ${startup.reason}` },
  );

  const mark = (t) => (t.met === null ? 'not measured' : t.met ? 'met' : 'MISSED');
  const targetLines = targets.map((t) => `- **${mark(t)}** — ${t.name}: ${t.value}${t.met === false ? `; ${t.by}. Why: ${t.why}.` : ''}`);

  const cpu = /^model name\s*:\s*(.*)$/m.exec(safeRead('/proc/cpuinfo'))?.[1] ?? os.cpus()[0]?.model ?? 'unknown';
  const nproc = spawnSync('nproc', { encoding: 'utf8' }).stdout?.trim() || String(os.availableParallelism());
  const commit = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: repoRoot, encoding: 'utf8' }).stdout?.trim() || 'unknown';
  const dirty = spawnSync('git', ['status', '--porcelain', 'server/src'], { cwd: repoRoot, encoding: 'utf8' }).stdout?.trim() ? ' with uncommitted changes in server/src' : '';
  const loadEnd = os.loadavg();
  const load = (l) => l.map((v) => v.toFixed(2)).join(' ');
  const busy = Math.max(loadStart[0], loadEnd[0]) > Number(nproc) ? ` The machine was busy (load above ${nproc}): timings are inflated by other work.` : '';

  const coreTable = [
    '| draft | size | lines | ours (median) | fastest | runs | GC share | MB/s | × previous size | floor | ours / floor | markdownlint (runs) | markdownlint / ours |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...rows.map((r) => {
      const step = steps.find((s) => s.to === r.name);
      const stepText = step ? `${x(step.ratio)}${step.ratio > TARGET.step ? ' ⚠ >11' : ''}` : '';
      const f = floorX(r);
      const p = peerX(r);
      return `| ${r.name} | ${kb(r.bytes)} | ${r.lines} | ${fmt(r.ours.median)} ms | ${fmt(r.ours.min)} ms | ${r.ours.iterations} | ${pct(r.ours.gcShare)} | ${mbps(r).toFixed(1)} | ${stepText} | ${fmt(r.floor.median)} ms | ${x(f)}${r.kind !== 'seed' && f > TARGET.floor ? ' ⚠' : ''} | ${fmt(r.markdownlint.median)} ms (${r.markdownlint.iterations}) | ${x(p)}${r.kind !== 'seed' && p < TARGET.peer ? ' ⚠' : ''} |`;
    }),
  ];
  const editorLines = editor.ready
    ? [
        `- 20 KB draft: first diagnostics ${editor.open20k.ms.toFixed(1)} ms after didOpen; ${editor.edits.count} single-character incremental didChange edits (typing, a backspace every tenth), one at a time, matched on ${editor.edits.matchedOn}: **median ${editor.edits.median.toFixed(2)} ms, p95 ${editor.edits.p95.toFixed(2)} ms**, max ${editor.edits.max.toFixed(2)} ms`,
        `- 2 MB draft opened as well: diagnostics after ${editor.open2m.ms.toFixed(0)} ms (${editor.open2m.diagnostics}); server RSS then **${editor.open2m.memory?.rss.toFixed(0) ?? '?'} MB**`,
        `- 20 MB draft opened as well: diagnostics after ${editor.open20m.ms.toFixed(0)} ms (${editor.open20m.diagnostics}); server RSS ${editor.open20m.memory?.rss.toFixed(0) ?? '?'} MB, **peak RSS (VmHWM) ${editor.open20m.memory?.hwm.toFixed(0) ?? '?'} MB**`,
      ]
    : [`- **The language server is not built or not ready; the editor loop was not measured**: ${editor.reason}`];
  const cliLines = cli.ready
    ? [
        `- ${cli.files} drafts of 5–20 KB (${(cli.bytes / 1e6).toFixed(1)} MB), \`node dist/cli.js check --format json FILE…\` (${cli.jobs1.invocations} invocation${cli.jobs1.invocations > 1 ? 's' : ''}), wall clock, median of ${quick ? 1 : 3}:`,
        `  - \`--jobs 1\`: ${cli.jobs1.ms.toFixed(0)} ms, **${cli.jobs1.filesPerSecond.toFixed(0)} files/s** (${cli.jobs1.mbPerSecond.toFixed(1)} MB/s)`,
        `  - \`--jobs 0\` (${os.availableParallelism()} workers): ${cli.jobsAll.ms.toFixed(0)} ms, **${cli.jobsAll.filesPerSecond.toFixed(0)} files/s** (${x(cli.jobs1.ms / cli.jobsAll.ms)} speed-up); output ${cli.identical ? 'identical to --jobs 1' : '**DIFFERS from --jobs 1**'}`,
        `  - what a second thread can add here: the core checking these files in two worker threads at once ran each at ${(100 * cli.threads.speed).toFixed(0)}% of one thread's speed (${x(2 * cli.threads.speed)} the throughput of one)`,
      ]
    : [`- CLI not measured: ${cli.reason}`];

  const fmtRun = (r) => `wall clock fastest ${r.wall.min.toFixed(0)} ms, median ${r.wall.median.toFixed(0)} ms${r.cpu ? `; CPU (user + system) fastest ${r.cpu.min.toFixed(0)} ms, median ${r.cpu.median.toFixed(0)} ms` : ''}`;
  const startupLines = startup.ready
    ? [`- Start-up, whole process, ${startup.runs} runs each:`, ...startup.rows.map((r) => `  - ${r.name}: ${fmtRun(r)}`)]
    : [`- Start-up not measured: ${startup.reason}`];

  const markdown = [
    '',
    `## ${started.toISOString().replace('T', ' ').slice(0, 16)} UTC${quick ? ' (--quick)' : ''}`,
    '',
    `Machine: ${nproc} CPUs (nproc), ${cpu}, Node ${process.version}, ${os.platform()} ${os.arch()}; load average ${load(loadStart)} at start, ${load(loadEnd)} at end.${busy} Commit ${commit}${dirty}; ${buildNote}.`,
    '',
    '### Targets',
    '',
    ...targetLines,
    '',
    '### Core: parse + all rules + outline, per document',
    '',
    ...coreTable,
    '',
    '### Editor loop (dist/server.js --stdio)',
    '',
    ...editorLines,
    '',
    '### CLI',
    '',
    ...cliLines,
    ...startupLines,
    '',
    '### Word (issue 11: a 20 KB report imports in < 50 ms, exports in < 300 ms)',
    '',
    ...wordLines(word),
    '',
    '### Audit (issue 12)',
    '',
    audit.ready
      ? `- ${audit.files} drafts of 5–20 KB (${(audit.bytes / 1e6).toFixed(1)} MB) in 20 folders, \`node dist/cli.js audit --format html|csv -o FILE DIR\` (folder walked by the CLI), wall clock, median of ${quick ? 1 : 3}: **HTML ${audit.html.ms.toFixed(0)} ms** (fastest ${audit.html.fastest.toFixed(0)} ms; CPU time ${audit.html.cpuMs.toFixed(0)} ms; page ${(audit.html.outputBytes / 1e6).toFixed(1)} MB), **CSV ${audit.csv.ms.toFixed(0)} ms** (fastest ${audit.csv.fastest.toFixed(0)} ms; CPU time ${audit.csv.cpuMs.toFixed(0)} ms)`
      : `- audit not measured: ${audit.reason}`,
    '',
  ].join('\n');

  const summary = [
    ['draft', 'size', 'ours ms', 'GC', 'MB/s', '×prev', 'floor ms', 'ours/floor', 'mdlint ms', 'mdlint/ours'],
    ...rows.map((r) => {
      const step = steps.find((s) => s.to === r.name);
      return [r.name, kb(r.bytes), fmt(r.ours.median), pct(r.ours.gcShare), mbps(r).toFixed(1), step ? `${x(step.ratio)}${step.ratio > TARGET.step ? ' !' : ''}` : '', fmt(r.floor.median), x(floorX(r)), fmt(r.markdownlint.median), x(peerX(r))];
    }),
  ];
  const widths = summary[0].map((_, c) => Math.max(...summary.map((row) => row[c].length)));
  const table = [
    ...summary.map((row) => row.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  ')),
    '',
    ...editorLines.map((l) => l.replace(/\*\*/g, '')),
    ...cliLines.map((l) => l.replace(/\*\*/g, '')),
    ...startupLines,
    ...wordLines(word).map((l) => l.replace(/\*\*/g, '')),
    '',
    ...targets.map((t) => `${mark(t).padEnd(12)} ${t.name}: ${t.value}${t.met === false ? ` (${t.by})` : ''}`),
  ].join('\n');
  return { markdown, table };
}

function kb(bytes) {
  return bytes >= 1e6 ? `${(bytes / 1e6).toFixed(1)} MB` : `${(bytes / 1e3).toFixed(1)} KB`;
}

function safeRead(file) {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}

try {
  await main();
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
