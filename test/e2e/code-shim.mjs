#!/usr/bin/env node
// Stand-in for the VS Code executable, for `runTests({ vscodeExecutablePath })` of
// @vscode/test-electron on machines that cannot download desktop VS Code. It takes the usual
// arguments, starts code-server (VS Code 1.100.3 for the web, installed by test/e2e/setup.sh),
// opens the workbench in headless Debian Chromium with the test payload in the URL, relays the
// test output and exits with the code the workbench reports through codeAutomationExit.
// Env: GONGWEN_E2E_TIMEOUT (seconds, default 300), GONGWEN_E2E_VERBOSE=1 (show server/browser
// logs), GONGWEN_CHROMIUM (browser path, default /usr/bin/chromium).
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { format } from 'node:util';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const e2e = path.join(root, '.e2e');
const entry = path.join(e2e, 'node_modules/code-server/out/node/entry.js');
const timeoutS = Number(process.env.GONGWEN_E2E_TIMEOUT || 300);
const verbose = process.env.GONGWEN_E2E_VERBOSE === '1';
const chatter = /^(Resolving connection token|Resolved connection token|Creating a socket|Updating additional builtin extensions cache|\[Service Worker\]|ChatSessionStore:|Ignoring fetching additional builtin extensions)/;
const say = (msg) => process.stderr.write(`[code-shim] ${msg}\n`);

// --- arguments as test-electron passes them; anything else (--no-sandbox, --skip-welcome, ...) is ignored
const opt = { dev: [], tests: undefined, extDir: undefined, disableExt: false, targets: [] };
const argv = process.argv.slice(2);
for (let i = 0; i < argv.length; i++) {
  const a = argv[i];
  const m = /^--([^=]+)(?:=(.*))?$/s.exec(a);
  if (!m) opt.targets.push(path.resolve(a));
  else {
    const [, key, inline] = m;
    const value = () => inline ?? argv[++i]; // both --key=value and --key value
    if (key === 'extensionDevelopmentPath') opt.dev.push(path.resolve(value()));
    else if (key === 'extensionTestsPath') opt.tests = path.resolve(value());
    else if (key === 'extensions-dir') opt.extDir = path.resolve(value());
    else if (key === 'user-data-dir') value(); // always a fresh one below: deterministic settings
    else if (key === 'disable-extensions') opt.disableExt = true;
  }
}
if (!existsSync(entry)) {
  say(`code-server is not installed: run test/e2e/setup.sh (looked for ${entry})`);
  process.exit(1);
}

// --- fresh state: empty config (else code-server writes ~/.config), user data with quiet settings
const tmp = mkdtempSync(path.join(os.tmpdir(), 'code-shim-'));
const config = path.join(tmp, 'config.yaml');
const userData = path.join(tmp, 'user-data');
const extDir = opt.extDir ?? path.join(tmp, 'extensions');
writeFileSync(config, '');
mkdirSync(path.join(userData, 'User'), { recursive: true });
mkdirSync(extDir, { recursive: true });
const settings = {
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
writeFileSync(path.join(userData, 'User/settings.json'), JSON.stringify(settings, null, 2));

// --- cleanup: code-server runs in its own process group, so one kill reaches its children
let server;
let browser;
let finished = false;
const serverLog = [];
async function finish(code, why) {
  if (finished) return;
  finished = true;
  if (why) say(why);
  // The shim itself failed (not a test): show why code-server may not have come up.
  if (why && code !== 0 && !verbose && serverLog.length) say(`last code-server output:\n${serverLog.slice(-30).join('\n')}`);
  await Promise.race([browser?.close().catch(() => {}), new Promise((r) => setTimeout(r, 5000).unref())]);
  killServer('SIGTERM');
  const exited = server && server.exitCode === null && server.signalCode === null
    ? new Promise((r) => server.once('exit', r)) : Promise.resolve();
  await Promise.race([exited, new Promise((r) => setTimeout(r, 5000).unref())]);
  killServer('SIGKILL');
  rmSync(tmp, { recursive: true, force: true });
  process.exit(code);
}
function killServer(signal) {
  try {
    if (server?.pid) process.kill(-server.pid, signal);
  } catch {} // group already gone
}
process.on('exit', () => killServer('SIGKILL')); // last resort if something exits early
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(sig, () => finish(130, `got ${sig}, stopping`));
// Not unref'd: an idle event loop must never end the shim with a silent 0.
setTimeout(() => finish(124, `TIMEOUT: no result after ${timeoutS}s (GONGWEN_E2E_TIMEOUT)`), timeoutS * 1000);

try {
  await main();
} catch (err) {
  await finish(1, `failed: ${err?.stack ?? err}`);
}

async function main() {
  // --- code-server on a free port; drop env that would turn it into a CLI client of another instance
  const env = { ...process.env };
  for (const k of ['VSCODE_IPC_HOOK_CLI', 'VSCODE_GIT_IPC_HANDLE', 'ELECTRON_RUN_AS_NODE']) delete env[k];
  env.EXTENSIONS_GALLERY = '{}'; // no marketplace (default open-vsx.org): nothing to fetch offline
  server = spawn(process.execPath, [entry, '--config', config, '--bind-addr', '127.0.0.1:0', '--auth', 'none',
    '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust',
    '--user-data-dir', userData, '--extensions-dir', extDir], { detached: true, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const port = await new Promise((resolve, reject) => {
    const onLine = (line) => {
      serverLog.push(line);
      if (serverLog.length > 200) serverLog.shift();
      if (verbose) say(`server: ${line}`);
      const m = /HTTP server listening on http:\/\/127\.0\.0\.1:(\d+)/.exec(line);
      if (m) resolve(Number(m[1]));
    };
    for (const stream of [server.stdout, server.stderr]) {
      let buf = '';
      stream.setEncoding('utf8').on('data', (d) => {
        const lines = (buf + d).split('\n');
        buf = lines.pop();
        lines.forEach(onLine);
      });
    }
    server.once('exit', (code, sig) => reject(new Error(`code-server exited early (${code ?? sig})`)));
  });
  server.once('exit', (code, sig) => finish(1, `code-server exited during the run (${code ?? sig})`));

  // --- workbench URL: code-server rejects the test flags, the web workbench reads them from `payload`
  const remote = (p) => `vscode-remote://127.0.0.1:${port}${p}`;
  const payload = [
    ...opt.dev.map((p) => ['extensionDevelopmentPath', remote(p)]),
    ['skipWelcome', 'true'],
    ['skipReleaseNotes', 'true'],
  ];
  if (opt.tests) payload.push(['extensionTestsPath', remote(opt.tests)]);
  if (opt.disableExt) payload.push(['disableExtensions', 'true']);
  const query = new URLSearchParams();
  for (const t of opt.targets) {
    if (!existsSync(t)) say(`ignored missing path ${t}`);
    else if (statSync(t).isDirectory()) query.set('folder', t);
    else if (t.endsWith('.code-workspace')) query.set('workspace', t);
    else payload.push(['openFile', remote(t)]);
  }
  query.set('payload', JSON.stringify(payload));

  // --- headless Debian Chromium; playwright-core comes from .e2e/, never its own browser download
  const { chromium } = createRequire(path.join(e2e, 'package.json'))('playwright-core');
  // A persistent context only so that the profile lives in `tmp` and goes with it.
  browser = await chromium.launchPersistentContext(path.join(tmp, 'chromium-profile'), {
    executablePath: process.env.GONGWEN_CHROMIUM || '/usr/bin/chromium',
    args: ['--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
    // Playwright's own handlers would exit(130) before finish() stops code-server and cleans up.
    handleSIGINT: false, handleSIGTERM: false, handleSIGHUP: false,
  });
  const page = browser.pages()[0] ?? (await browser.newPage());
  if (verbose) {
    page.on('console', (m) => say(`browser ${m.type()}: ${m.text()}`));
    page.on('pageerror', (e) => say(`page error: ${e.message}`));
  }
  // The workbench sends both its own log and the extension host's console (mocha's reporter)
  // here, as console.log-style argument lists. Its start-up chatter is dropped unless verbose.
  await page.exposeFunction('codeAutomationLog', (type, args) => {
    const text = format(...(Array.isArray(args) ? args : [args]));
    if (!verbose && type !== 'error' && chatter.test(text)) return;
    (type === 'error' ? process.stderr : process.stdout).write(`${text}\n`);
  });
  await page.exposeFunction('codeAutomationExit', (code) => {
    setImmediate(() => finish(Number(code) || 0, verbose ? `workbench exit code ${code}` : undefined));
  });
  page.on('crash', () => finish(1, 'browser page crashed'));
  await page.goto(`http://127.0.0.1:${port}/?${query}`);
  if (!opt.tests) say('no --extensionTestsPath: the workbench stays open until the timeout or Ctrl+C');
}
