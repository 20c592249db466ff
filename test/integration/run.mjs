#!/usr/bin/env node
// Integration tests in a real VS Code: bundles test/integration/suite/{index,*.test}.ts into
// .e2e/integration-out-*/ (git-ignored), then runs them with @vscode/test-electron's runTests in a
// fresh temp copy of test/integration/fixtures/. Mocha's "N passing / N failing" lines are relayed.
//
// Which VS Code (env GONGWEN_VSCODE):
//   unset      code-server + headless Chromium through test/e2e/code-shim.mjs: works with no internet
//              but the npm registry and apt; test/e2e/setup.sh runs first (a no-op once installed).
//   download   test-electron downloads desktop VS Code (GONGWEN_VSCODE_VERSION, default 1.100.3, the
//              same as code-server) into .vscode-test/; needs internet, and a display on Linux
//              (e.g. `xvfb-run -a node test/integration/run.mjs`).
//   <path>     that VS Code executable.
// For trying the runner on another extension: GONGWEN_IT_EXTENSION (extension folder, skips our
// build), GONGWEN_IT_SUITE (suite folder), GONGWEN_IT_FIXTURES (workspace template folder).
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as esbuild from 'esbuild';
import { ensureDeps, root, run } from '../lib/ensure-deps.mjs';

ensureDeps();
const { runTests } = await import('@vscode/test-electron');

const extension = path.resolve(process.env.GONGWEN_IT_EXTENSION || root);
const suiteDir = path.resolve(process.env.GONGWEN_IT_SUITE || path.join(root, 'test/integration/suite'));
const fixtures = path.resolve(process.env.GONGWEN_IT_FIXTURES || path.join(root, 'test/integration/fixtures'));
const mode = process.env.GONGWEN_VSCODE || 'shim';
const fail = (msg) => {
  console.error(`[integration] ${msg}`);
  process.exit(1);
};

// 1. The extension itself (dist/) and the suites.
if (extension === root && run('node', ['esbuild.mjs']) !== 0) fail('extension build failed');
const tests = readdirSync(suiteDir).filter((f) => f.endsWith('.test.ts'));
if (tests.length === 0) fail(`no *.test.ts in ${suiteDir}`);
// A folder per run (concurrent runs share the tree), inside the repo so that the external
// `mocha` resolves from its node_modules.
mkdirSync(path.join(root, '.e2e'), { recursive: true });
const outDir = mkdtempSync(path.join(root, '.e2e/integration-out-'));
await esbuild.build({
  entryPoints: ['index.ts', ...tests].map((f) => path.join(suiteDir, f)),
  outdir: outDir,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  logLevel: 'warning',
  // vscode comes from the host; mocha must be the one instance index.ts configures (resolved
  // from the repo's node_modules, which is above outDir).
  external: ['vscode', 'mocha'],
});

// 2. The editor.
let vscodeExecutablePath;
if (mode === 'shim') {
  if (run('bash', [path.join(root, 'test/e2e/setup.sh')]) !== 0) fail('test/e2e/setup.sh failed');
  vscodeExecutablePath = path.join(root, 'test/e2e/code-shim.mjs');
} else if (mode !== 'download') vscodeExecutablePath = path.resolve(mode);

// 3. Fresh workspace and profile each run: tests may edit files, and VS Code keeps state.
const tmp = mkdtempSync(path.join(os.tmpdir(), 'gongwen-it-'));
const workspace = path.join(tmp, 'workspace');
if (existsSync(fixtures)) cpSync(fixtures, workspace, { recursive: true });
else mkdirSync(workspace);

let code = 1;
try {
  const started = Date.now();
  code = await runTests({
    vscodeExecutablePath,
    version: process.env.GONGWEN_VSCODE_VERSION || '1.100.3',
    extensionDevelopmentPath: extension,
    extensionTestsPath: path.join(outDir, 'index.js'),
    extensionTestsEnv: { GONGWEN_IT_WORKSPACE: workspace },
    launchArgs: [workspace, '--disable-extensions', `--user-data-dir=${path.join(tmp, 'user-data')}`,
      `--extensions-dir=${path.join(tmp, 'extensions')}`],
  });
  console.log(`[integration] done in ${((Date.now() - started) / 1000).toFixed(1)}s`);
} catch (err) {
  console.error(`[integration] ${err?.message ?? err}`);
  code = typeof err?.code === 'number' && err.code !== 0 ? err.code : 1;
} finally {
  rmSync(tmp, { recursive: true, force: true });
  rmSync(outDir, { recursive: true, force: true });
}
process.exit(code);
