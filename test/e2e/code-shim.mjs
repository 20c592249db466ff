#!/usr/bin/env node
// Stand-in for the VS Code executable, for `runTests({ vscodeExecutablePath })` of
// @vscode/test-electron on machines that cannot download desktop VS Code. It takes the usual
// arguments, starts code-server (VS Code 1.100.3 for the web, installed by test/e2e/setup.sh),
// opens the workbench in headless Debian Chromium with the test payload in the URL, relays the
// test output and exits with the code the workbench reports through codeAutomationExit.
// Env: GONGWEN_E2E_TIMEOUT (seconds, default 300), GONGWEN_E2E_VERBOSE=1 (show server/browser
// logs), GONGWEN_CHROMIUM (browser path, default /usr/bin/chromium).
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { format } from 'node:util';
import { codeServerEntry as entry, freshProfile, killGroup, launchChromium, startCodeServer, stopGroup, within, workbenchUrl } from './lib.mjs';

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
const profile = freshProfile(tmp);
if (opt.extDir) profile.extDir = opt.extDir;

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
  await within(browser?.close().catch(() => {}), 5000);
  await stopGroup(server);
  rmSync(tmp, { recursive: true, force: true });
  process.exit(code);
}
process.on('exit', () => killGroup(server, 'SIGKILL')); // last resort if something exits early
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(sig, () => finish(130, `got ${sig}, stopping`));
// Not unref'd: an idle event loop must never end the shim with a silent 0.
setTimeout(() => finish(124, `TIMEOUT: no result after ${timeoutS}s (GONGWEN_E2E_TIMEOUT)`), timeoutS * 1000);

try {
  await main();
} catch (err) {
  await finish(1, `failed: ${err?.stack ?? err}`);
}

async function main() {
  // --- code-server on a free port, in its own process group
  let port;
  ({ child: server, port } = startCodeServer(profile, {
    onLine: (line) => {
      serverLog.push(line);
      if (serverLog.length > 200) serverLog.shift();
      if (verbose) say(`server: ${line}`);
    },
  }));
  port = await port;
  server.once('exit', (code, sig) => finish(1, `code-server exited during the run (${code ?? sig})`));

  // --- workbench URL: code-server rejects the test flags, the web workbench reads them from `payload`
  const remote = (p) => `vscode-remote://127.0.0.1:${port}${p}`;
  const payload = opt.dev.map((p) => ['extensionDevelopmentPath', remote(p)]);
  if (opt.tests) payload.push(['extensionTestsPath', remote(opt.tests)]);
  if (opt.disableExt) payload.push(['disableExtensions', 'true']);
  let folder;
  let workspace;
  for (const t of opt.targets) {
    if (!existsSync(t)) say(`ignored missing path ${t}`);
    else if (statSync(t).isDirectory()) folder = t;
    else if (t.endsWith('.code-workspace')) workspace = t;
    else payload.push(['openFile', remote(t)]);
  }

  // --- headless Debian Chromium; playwright-core comes from .e2e/, never its own browser download
  // A persistent context only so that the profile lives in `tmp` and goes with it.
  browser = await launchChromium(path.join(tmp, 'chromium-profile'));
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
  await page.goto(workbenchUrl(port, { folder, workspace, payload }));
  if (!opt.tests) say('no --extensionTestsPath: the workbench stays open until the timeout or Ctrl+C');
}
