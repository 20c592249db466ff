/**
 * CLI throughput: `node dist/cli.js check --format json FILE...` over a folder of generated drafts,
 * single-threaded and with `--jobs 0` (one worker per CPU). Wall-clock time of the whole command,
 * process start and JSON output included; the two outputs must be identical.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { buildDraft } from './drafts.mjs';

/** Writes `count` drafts of 5–20 KB, each starting from a different seed section. */
function writeDrafts(core, sections, count) {
  const dir = mkdtempSync(path.join(tmpdir(), 'gongwen-bench-cli-'));
  const files = [];
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const rotated = sections.slice(i % sections.length).concat(sections.slice(0, i % sections.length));
    const text = buildDraft(core, rotated, 5000 + ((i * 7919) % 15000), 2020 + (i % 5));
    const file = path.join(dir, `draft-${String(i).padStart(4, '0')}.txt`);
    writeFileSync(file, text);
    bytes += Buffer.byteLength(text);
    files.push(file);
  }
  return { dir, files, bytes };
}

/** Runs the CLI on the files (several invocations if the list would be too long), hashing stdout. */
async function runCli(cli, files, extra) {
  const chunks = [];
  for (let i = 0, len = 0, start = 0; i <= files.length; i++) {
    if (i === files.length || len + files[i].length > 100_000) {
      if (i > start) chunks.push(files.slice(start, i));
      start = i;
      len = 0;
    }
    if (i < files.length) len += files[i].length + 1;
  }
  const hash = createHash('sha256');
  const t0 = performance.now();
  for (const chunk of chunks) {
    await new Promise((resolve, reject) => {
      const p = spawn(process.execPath, [cli, 'check', '--format', 'json', ...extra, ...chunk], { stdio: ['ignore', 'pipe', 'pipe'] });
      let err = '';
      p.stdout.on('data', (d) => hash.update(d));
      p.stderr.on('data', (d) => (err += d));
      p.on('error', reject);
      p.on('exit', (code) => (code === 0 || code === 1 ? resolve() : reject(new Error(`gongwen check exited ${code}: ${err.trim().split('\n')[0]}`))));
    });
  }
  return { ms: performance.now() - t0, digest: hash.digest('hex'), invocations: chunks.length };
}

/**
 * What a second thread can add on this machine: the core bundle checking all files twice in one
 * worker, then in two workers at once. Returns each of the two threads' speed relative to the one.
 */
async function threadScaling(bundle, files) {
  const code = `
    const { parentPort, workerData } = require('node:worker_threads');
    const { readFileSync } = require('node:fs');
    const core = require(workerData.bundle);
    const t0 = performance.now();
    for (let pass = 0; pass < 2; pass++) for (const f of workerData.files) core.lintText(readFileSync(f, 'utf8'));
    parentPort.postMessage(performance.now() - t0);`;
  const run = (n) =>
    Promise.all(
      Array.from({ length: n }, () => new Promise((resolve, reject) => new Worker(code, { eval: true, workerData: { bundle, files } }).on('message', resolve).on('error', reject))),
    );
  const [alone] = await run(1);
  const together = await run(2);
  return { aloneMs: alone, togetherMs: together, speed: alone / Math.max(...together) };
}

export async function benchCli({ repoRoot, bundle, core, sections, count = 1000, runs = 3, log = () => {} }) {
  const cli = path.join(repoRoot, 'dist/cli.js');
  if (!existsSync(cli)) return { ready: false, reason: 'dist/cli.js is missing' };
  const { dir, files, bytes } = writeDrafts(core, sections, count);
  try {
    const result = { ready: true, files: files.length, bytes };
    for (const [name, extra] of [
      ['jobs1', []],
      ['jobsAll', ['--jobs', '0']],
    ]) {
      const times = [];
      let digest = null;
      let invocations = 0;
      for (let r = 0; r < runs; r++) {
        const run = await runCli(cli, files, extra);
        times.push(run.ms);
        digest = run.digest;
        invocations = run.invocations;
      }
      times.sort((a, b) => a - b);
      const ms = times[times.length >> 1];
      result[name] = { ms, filesPerSecond: (files.length / ms) * 1000, mbPerSecond: bytes / 1e6 / (ms / 1000), digest, invocations };
      log(`  cli ${extra.join(' ') || '--jobs 1'}: ${files.length} files in ${ms.toFixed(0)} ms, ${result[name].filesPerSecond.toFixed(0)} files/s`);
    }
    result.identical = result.jobs1.digest === result.jobsAll.digest;
    result.threads = await threadScaling(bundle, files);
    log(`  two threads at once: each at ${(100 * result.threads.speed).toFixed(0)}% of one thread's speed`);
    return result;
  } catch (e) {
    return { ready: false, reason: e.message };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
