// The README's first command (`npm run sample`): install, build, then check the bundled sample
// draft and print its outline. Finding problems is the expected result, so exit 1 from the
// checker counts as success here; only exit 2 (cannot run) fails.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { ensureDeps, root, run } from './lib/ensure-deps.mjs';

ensureDeps();
if (run('node', ['esbuild.mjs']) !== 0) process.exit(1);
const sample = path.join('test', 'sample', '2025年度法治政府建设情况报告（草稿）.txt');
const cli = path.join(root, 'dist', 'cli.js');
console.log(`\n$ gongwen check "${sample}"`);
const check = spawnSync('node', [cli, 'check', sample], { cwd: root, stdio: 'inherit' });
console.log(`\n$ gongwen outline "${sample}"`);
spawnSync('node', [cli, 'outline', sample], { cwd: root, stdio: 'inherit' });
process.exit(check.status === 2 ? 1 : 0);
