// Packages (vsce runs `vscode:prepublish`, which builds the production bundles) the extension into .tmp/gongwen-report.vsix.
// Runs with no prompt (CI has no stdin) and prints the size, which the README reports.
import { mkdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { root, run } from './ensure-deps.mjs';
import { checkVsixWord } from './vsix-word-check.mjs';

export const vsixPath = path.join(root, '.tmp', 'gongwen-report.vsix');

export function packageVsix() {
  mkdirSync(path.dirname(vsixPath), { recursive: true });
  const code = run('npx', [
    '--no-install', 'vsce', 'package', '--no-dependencies', '--allow-missing-repository',
    // No public repository exists to point README links at: they stay relative rather than
    // pointing at an invented URL (vsce would otherwise refuse the relative links).
    '--no-rewrite-relative-links',
    '-o', vsixPath,
  ]);
  if (code === 0) console.log(`vsix: ${vsixPath} (${(statSync(vsixPath).size / 1024).toFixed(0)} KB)`);
  // The Word commands need nothing outside the package (issue 11).
  const sample = path.join(root, 'test', 'sample', '2025年度法治政府建设情况报告（草稿）.txt');
  const word = code === 0 ? checkVsixWord(vsixPath, sample) : 1;
  // Leave the development build (with source maps) in dist/ for the tests that follow.
  run('node', ['esbuild.mjs']);
  return code || word;
}

if (process.argv[1] === new URL(import.meta.url).pathname) process.exit(packageVsix());
