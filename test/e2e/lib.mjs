// Shared pieces for driving code-server (VS Code 1.100.3 for the web, installed into .e2e/ by
// test/e2e/setup.sh) and headless Debian Chromium (through playwright-core from .e2e/): used by
// code-shim.mjs (the test-electron stand-in) and ui-scenario.mjs (the author's UI walk-through).
// See /work/shared/e2e/README.md for why each flag and setting is there.
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const e2eDir = path.join(root, '.e2e');
export const codeServerEntry = path.join(e2eDir, 'node_modules/code-server/out/node/entry.js');
const chromiumPath = process.env.GONGWEN_CHROMIUM || '/usr/bin/chromium';

/** User settings for a deterministic, quiet, offline workbench. */
export const quietSettings = {
  'files.autoSave': 'off', // the web flavour autosaves by default: tests would write into fixtures
  'workbench.startupEditor': 'none',
  'security.workspace.trust.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'workbench.enableExperiments': false,
  'workbench.tips.enabled': false,
  'chat.disableAIFeatures': true,
};

/**
 * A fresh code-server state under `dir`: an empty config file (without --config code-server writes
 * into ~/.config), a user-data dir with `settings`, and an extensions dir.
 */
export function freshProfile(dir, settings = quietSettings) {
  const profile = {
    config: path.join(dir, 'config.yaml'),
    userData: path.join(dir, 'user-data'),
    extDir: path.join(dir, 'extensions'),
  };
  writeFileSync(profile.config, '');
  mkdirSync(path.join(profile.userData, 'User'), { recursive: true });
  mkdirSync(profile.extDir, { recursive: true });
  writeFileSync(path.join(profile.userData, 'User/settings.json'), JSON.stringify(settings, null, 2));
  return profile;
}

/** Environment for code-server: nothing that would turn it into a CLI client of another instance. */
function codeServerEnv() {
  const env = { ...process.env };
  for (const k of ['VSCODE_IPC_HOOK_CLI', 'VSCODE_GIT_IPC_HANDLE', 'ELECTRON_RUN_AS_NODE']) delete env[k];
  env.EXTENSIONS_GALLERY = '{}'; // no marketplace (default open-vsx.org): nothing to fetch offline
  return env;
}

const profileArgs = ({ config, userData, extDir }) =>
  ['--config', config, '--user-data-dir', userData, '--extensions-dir', extDir];

/**
 * Runs a command in its own process group (so that killGroup stops it with its children), output
 * captured. Returns { child, done } where done resolves to { status, output }.
 */
export function runGroup(cmd, args, options = {}) {
  const child = spawn(cmd, args, { cwd: root, detached: true, stdio: ['ignore', 'pipe', 'pipe'], ...options });
  let output = '';
  for (const stream of [child.stdout, child.stderr]) stream.setEncoding('utf8').on('data', (d) => { output += d; });
  const done = new Promise((resolve) => {
    child.once('error', (err) => resolve({ status: 1, output: `${output}${err.message}\n` }));
    child.once('close', (code, sig) => resolve({ status: code ?? (sig ? 128 : 1), output }));
  });
  return { child, done };
}

/** `code-server --install-extension <vsix>` into the profile's extensions dir, as runGroup. */
export function installExtension(profile, vsix) {
  return runGroup(process.execPath, [codeServerEntry, ...profileArgs(profile), '--install-extension', vsix], { env: codeServerEnv() });
}

/**
 * Starts code-server on a free port in its own process group (stop it with stopGroup). Each output
 * line goes to `onLine`. Returns { child, port } where port is a promise (rejects if it exits first).
 */
export function startCodeServer(profile, { args = [], onLine = () => {} } = {}) {
  const child = spawn(process.execPath, [codeServerEntry, ...profileArgs(profile), '--bind-addr', '127.0.0.1:0',
    '--auth', 'none', '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', ...args],
  { detached: true, env: codeServerEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
  const port = new Promise((resolve, reject) => {
    const line = (text) => {
      onLine(text);
      const m = /HTTP server listening on http:\/\/127\.0\.0\.1:(\d+)/.exec(text);
      if (m) resolve(Number(m[1]));
    };
    for (const stream of [child.stdout, child.stderr]) {
      let buf = '';
      stream.setEncoding('utf8').on('data', (d) => {
        const lines = (buf + d).split('\n');
        buf = lines.pop();
        lines.forEach(line);
      });
    }
    child.once('exit', (code, sig) => reject(new Error(`code-server exited early (${code ?? sig})`)));
  });
  port.catch(() => {}); // callers that stop early need not await it
  return { child, port };
}

/** Sends a signal to a detached child's whole process group; false when it is already gone. */
export function killGroup(child, signal) {
  try {
    if (child?.pid) process.kill(-child.pid, signal);
    return true;
  } catch {
    return false;
  }
}

/** SIGTERM to the group, up to `graceMs` for the leader to exit, then SIGKILL to what is left. */
export async function stopGroup(child, graceMs = 5000) {
  if (!child) return;
  const running = child.exitCode === null && child.signalCode === null;
  if (running) {
    const exited = new Promise((r) => child.once('exit', r));
    killGroup(child, 'SIGTERM');
    await Promise.race([exited, new Promise((r) => setTimeout(r, graceMs).unref())]);
  }
  killGroup(child, 'SIGKILL');
}

/**
 * The workbench URL for a folder or workspace file, with the payload pairs the web workbench reads
 * (extensionDevelopmentPath, extensionTestsPath, openFile, …; skipWelcome and skipReleaseNotes always).
 */
export function workbenchUrl(port, { folder, workspace, payload = [] } = {}) {
  const query = new URLSearchParams();
  if (folder) query.set('folder', folder);
  if (workspace) query.set('workspace', workspace);
  query.set('payload', JSON.stringify([['skipWelcome', 'true'], ['skipReleaseNotes', 'true'], ...payload]));
  return `http://127.0.0.1:${port}/?${query}`;
}

/**
 * Headless Debian Chromium through playwright-core from .e2e/ (never Playwright's own browser
 * download), with its profile in `profileDir` so that it goes with the caller's temp folder.
 * Playwright's signal handlers stay off: they would exit before the caller stops code-server.
 */
export async function launchChromium(profileDir, options = {}) {
  const { chromium } = createRequire(path.join(e2eDir, 'package.json'))('playwright-core');
  return chromium.launchPersistentContext(profileDir, {
    executablePath: chromiumPath,
    args: ['--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
    handleSIGINT: false, handleSIGTERM: false, handleSIGHUP: false,
    ...options,
  });
}

/** Resolves after `ms`, or with `fallback` for a promise that takes longer. */
export function within(promise, ms, fallback) {
  return Promise.race([promise, new Promise((r) => setTimeout(() => r(fallback), ms).unref())]);
}
