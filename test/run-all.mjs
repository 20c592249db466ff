// The README's test command (`npm test`): every suite, in order, with one closing line
// `N passed, N failed` that sums them all. A part that cannot run counts as failed, never skipped.
import { spawnSync } from 'node:child_process';
import { ensureDeps, root } from './lib/ensure-deps.mjs';
import { findTests } from './lib/find-tests.mjs';

ensureDeps();

const npx = (...args) => ['npx', ['--no-install', ...args]];

/** Each step: a name, a command, and how to read its pass/fail counts from its output. */
const steps = [
  { name: 'typecheck', cmd: npx('tsc', '-p', '.', '--noEmit'), counts: 'exit' },
  { name: 'build', cmd: ['node', ['esbuild.mjs']], counts: 'exit' },
  {
    name: 'unit + rule fixtures + protocol',
    cmd: ['node', ['--import', 'tsx', '--test', '--test-reporter=spec', ...findTests(['test/unit', 'test/rules', 'test/protocol'])]],
    counts: 'node-test',
  },
  {
    // LibreOffice and poppler from Debian, installed by the tests themselves (test/word/libreoffice.ts).
    name: 'word: .docx from and to LibreOffice',
    cmd: ['node', ['--import', 'tsx', '--test', '--test-reporter=spec', ...findTests(['test/word'])]],
    counts: 'node-test',
  },
  { name: 'vsce package', cmd: ['node', ['test/lib/package-vsix.mjs']], counts: 'exit' },
  { name: 'integration (test-electron suites in code-server)', cmd: ['node', ['test/integration/run.mjs']], counts: 'mocha' },
  { name: 'ui scenario (code-server + Chromium)', cmd: ['node', ['test/e2e/ui-scenario.mjs']], counts: 'plain' },
  { name: 'audit page (Chromium)', cmd: ['node', ['test/e2e/audit-page.mjs']], counts: 'plain' },
];

let passed = 0;
let failed = 0;
const summary = [];
for (const step of steps) {
  console.log(`\n=== ${step.name} ===`);
  const started = Date.now();
  const r = spawnSync(step.cmd[0], step.cmd[1], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 28 });
  process.stdout.write(r.stdout ?? '');
  process.stderr.write(r.stderr ?? '');
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const { p, f } = readCounts(step.counts, r);
  passed += p;
  failed += f;
  summary.push(`${f === 0 ? 'ok  ' : 'FAIL'} ${step.name}: ${p} passed, ${f} failed (${seconds}s)`);
}

console.log('\n=== summary ===');
for (const line of summary) console.log(line);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);

function readCounts(kind, r) {
  const ok = r.status === 0;
  if (kind === 'exit') return ok ? { p: 1, f: 0 } : { p: 0, f: 1 };
  const out = `${r.stdout ?? ''}\n${r.stderr ?? ''}`;
  const grab = (re) => Number((out.match(re) ?? [])[1] ?? NaN);
  let p = 0;
  let f = 0;
  if (kind === 'node-test') {
    p = grab(/^ℹ pass (\d+)/m);
    f = grab(/^ℹ fail (\d+)/m);
  } else if (kind === 'mocha') {
    p = grab(/(\d+) passing/);
    f = grab(/(\d+) failing/) || 0;
  } else if (kind === 'plain') {
    p = grab(/^(?:\w+: )?(\d+) passed, \d+ failed/m);
    f = grab(/^(?:\w+: )?\d+ passed, (\d+) failed/m);
  }
  if (Number.isNaN(p) || Number.isNaN(f)) return { p: 0, f: 1 }; // could not read: a failure, loudly
  if (!ok && f === 0) f = 1; // a crash after the counts is still a failure
  if (p === 0 && f === 0) f = 1; // a suite that ran nothing is a failure
  return { p, f };
}
