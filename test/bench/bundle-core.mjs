/**
 * The core as the benchmarks and comparisons load it: test/bench/core-entry.ts bundled with
 * esbuild the way dist/ is built, from the working tree or from any commit (git archive).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

async function bundle(entry, out) {
  await esbuild.build({ entryPoints: [entry], bundle: true, platform: 'node', target: 'node20', format: 'cjs', outfile: out, logLevel: 'warning' });
  return out;
}

/** The working tree's core, bundled to `tmp`/current.cjs; returns its path. */
export function bundleCurrent(tmp) {
  return bundle(path.join(repoRoot, 'test/bench/core-entry.ts'), path.join(tmp, 'current.cjs'));
}

/** The core at `commit`, bundled to `tmp`/`name`.cjs; returns its path. */
export function bundleAt(commit, tmp, name = 'baseline') {
  const dir = path.join(tmp, name);
  mkdirSync(dir);
  const tar = spawnSync('sh', ['-c', `git archive ${commit} server/src test/bench/core-entry.ts | tar -x -C ${dir}`], { cwd: repoRoot, encoding: 'utf8' });
  if (tar.status !== 0) throw new Error(`git archive ${commit}: ${tar.stderr}`);
  return bundle(path.join(dir, 'test/bench/core-entry.ts'), path.join(tmp, `${name}.cjs`));
}
