// Packages (vsce runs `vscode:prepublish`, which builds the production bundles) the extension into .tmp/gongwen-report.vsix.
// Runs with no prompt (CI has no stdin) and prints the size, which the README reports.
import { mkdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { root, run } from './ensure-deps.mjs';

export const vsixPath = path.join(root, '.tmp', 'gongwen-report.vsix');

export function packageVsix() {
  mkdirSync(path.dirname(vsixPath), { recursive: true });
  const code = run('npx', [
    '--no-install', 'vsce', 'package', '--no-dependencies', '--allow-missing-repository',
    '--baseContentUrl', 'https://github.com/gongwen-report/gongwen-report/blob/main/',
    '--baseImagesUrl', 'https://github.com/gongwen-report/gongwen-report/raw/main/',
    '-o', vsixPath,
  ]);
  if (code === 0) console.log(`vsix: ${vsixPath} (${(statSync(vsixPath).size / 1024).toFixed(0)} KB)`);
  // Leave the development build (with source maps) in dist/ for the tests that follow.
  run('node', ['esbuild.mjs']);
  return code;
}

if (process.argv[1] === new URL(import.meta.url).pathname) process.exit(packageVsix());
