/**
 * `gongwen audit` on 1,000 drafts (issue 12: under 3 s on this machine): `node dist/cli.js audit
 * DIR -o FILE` over a folder of generated 5–20 KB drafts, wall clock of the whole command (process
 * start, folder walk, checks, HTML written), for HTML and CSV. The folder is walked by the CLI
 * itself, as an office would run it. The CPU time (user + system) is measured too: on a machine
 * shared with other work the wall clock also counts waiting for a CPU.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildDraft } from './drafts.mjs';

export const AUDIT_TARGET_MS = 3000;

const CPU_PRELOAD = fileURLToPath(new URL('./cpu-usage.cjs', import.meta.url));

/** Wall clock and CPU time (ms) of one command. */
function run(cli, args) {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const p = spawn(process.execPath, ['--require', CPU_PRELOAD, cli, ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    p.stderr.on('data', (d) => (err += d));
    p.on('error', reject);
    p.on('exit', (code) => {
      const wall = performance.now() - t0;
      const cpu = Number(/GONGWEN_CPU_US (\d+)/.exec(err)?.[1] ?? NaN) / 1000;
      if (code === 0 || code === 1) resolve({ wall, cpu });
      else reject(new Error(`gongwen audit exited ${code}: ${err.trim().split('\n')[0]}`));
    });
  });
}

export async function benchAudit({ repoRoot, core, sections, count = 1000, runs = 3, log = () => {} }) {
  const cli = path.join(repoRoot, 'dist/cli.js');
  if (!existsSync(cli)) return { ready: false, reason: 'dist/cli.js is missing' };
  const dir = mkdtempSync(path.join(tmpdir(), 'gongwen-bench-audit-'));
  const drafts = path.join(dir, '报送材料');
  try {
    let bytes = 0;
    for (let i = 0; i < count; i++) {
      const sub = path.join(drafts, `单位${String(i % 20).padStart(2, '0')}`);
      if (i < 20) mkdirSync(sub, { recursive: true });
      const rotated = sections.slice(i % sections.length).concat(sections.slice(0, i % sections.length));
      const text = buildDraft(core, rotated, 5000 + ((i * 7919) % 15000), 2020 + (i % 5));
      writeFileSync(path.join(sub, `报告${String(i).padStart(4, '0')}.txt`), text);
      bytes += Buffer.byteLength(text);
    }
    const result = { ready: true, files: count, bytes };
    for (const format of ['html', 'csv']) {
      const out = path.join(dir, `audit.${format}`);
      const times = [];
      for (let r = 0; r < runs; r++) times.push(await run(cli, ['audit', '--format', format, '-o', out, drafts]));
      times.sort((a, b) => a.wall - b.wall);
      const median = times[times.length >> 1];
      result[format] = { ms: median.wall, cpuMs: median.cpu, fastest: times[0].wall, outputBytes: statSync(out).size };
      log(`  audit --format ${format}: ${count} files in ${median.wall.toFixed(0)} ms wall, ${median.cpu.toFixed(0)} ms CPU (output ${(result[format].outputBytes / 1e6).toFixed(1)} MB)`);
    }
    return result;
  } catch (e) {
    return { ready: false, reason: e.message };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
