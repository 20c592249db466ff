/**
 * CLI start-up (issue 8 item 10): wall-clock and CPU time of whole `node dist/cli.js` runs on a
 * small draft, against `node -e 0` (what any Node command costs here). A UTF-8 draft must not load
 * the GB18030 tables (dist/legacy-codec.js); a GBK draft shows what loading them costs.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';

const SMALL = '某市科学技术局关于2025年度法治政府建设情况的报告\n\n一、2025年度推进法治政府建设的主要举措和成效\n\n（一）加强组织领导\n\n某市科学技术局\n2026年1月8日\n';

/** Runs `args` `runs` times; min and median of wall-clock ms and of user+system CPU ms (via /usr/bin/time when present). */
function measure(args, runs) {
  const timeBin = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;
  const wall = [];
  const cpu = [];
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    const r = timeBin
      ? spawnSync(timeBin, ['-f', '%U %S', process.execPath, ...args], { encoding: 'utf8' })
      : spawnSync(process.execPath, args, { encoding: 'utf8' });
    wall.push(Number(process.hrtime.bigint() - t0) / 1e6);
    const m = timeBin ? /(\d+\.\d+) (\d+\.\d+)\s*$/.exec(r.stderr) : null;
    if (m) cpu.push((Number(m[1]) + Number(m[2])) * 1000);
  }
  const stats = (a) => {
    if (!a.length) return null;
    const s = [...a].sort((x, y) => x - y);
    return { min: s[0], median: s[s.length >> 1] };
  };
  return { wall: stats(wall), cpu: stats(cpu) };
}

export function benchStartup({ repoRoot, runs = 20, log = () => {} }) {
  const cli = path.join(repoRoot, 'dist/cli.js');
  if (!existsSync(cli)) return { ready: false, reason: 'dist/cli.js is missing' };
  const dir = mkdtempSync(path.join(tmpdir(), 'gongwen-bench-startup-'));
  try {
    const utf8 = path.join(dir, 'small.txt');
    writeFileSync(utf8, SMALL);
    const gbk = path.join(dir, 'small-gbk.txt');
    // The same draft in GBK, encoded by the CLI's own codec bundle.
    const codec = path.join(repoRoot, 'dist/legacy-codec.js');
    if (existsSync(codec)) writeFileSync(gbk, createRequire(import.meta.url)(codec).encode(SMALL, 'gb18030'));
    const rows = [
      ['node -e 0 (any Node command)', ['-e', '0']],
      ['gongwen --version', [cli, '--version']],
      ['gongwen check small UTF-8 draft', [cli, 'check', utf8]],
      ...(existsSync(gbk) ? [['gongwen check small GBK draft (loads GB18030 tables)', [cli, 'check', gbk]]] : []),
    ].map(([name, args]) => {
      const r = measure(args, runs);
      log(`  ${name}: wall min ${r.wall.min.toFixed(0)} ms, median ${r.wall.median.toFixed(0)} ms${r.cpu ? `; CPU min ${r.cpu.min.toFixed(0)} ms` : ''}`);
      return { name, ...r };
    });
    return { ready: true, runs, rows };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
