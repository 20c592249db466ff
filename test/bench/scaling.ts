/**
 * Per-rule scaling on adversarial drafts (issue 8 item 7), run by `npm run bench` through tsx:
 * each rule alone checks, and fix-all fixes, test/lib/adversarial.ts's draft at n, 2n and 4n;
 * fastest of three runs, CPU time. Prints JSON rows on stdout.
 */
import { fixAll } from '../../server/src/core/fix';
import { lintText } from '../../server/src/core/lint';
import { RULE_IDS } from '../../server/src/core/rules/index';
import { adversarialFor } from '../lib/adversarial';

const base = Number(process.argv[2] ?? 4000);
const cpu = (f: () => void) => {
  const t = process.cpuUsage();
  f();
  const d = process.cpuUsage(t);
  return (d.user + d.system) / 1000;
};
const fastest = (f: () => void) => Math.min(cpu(f), cpu(f), cpu(f));
const rows = [];
for (const id of RULE_IDS) {
  const make = adversarialFor(id);
  const sizes = [base, 2 * base, 4 * base].map((n) => {
    const text = make(n);
    lintText(text, { only: [id] });
    return { chars: text.length, check: fastest(() => lintText(text, { only: [id] })), fix: fastest(() => fixAll(text, { only: [id] })) };
  });
  rows.push({ rule: id, sizes });
  process.stderr.write(`  scaling: ${id} ${sizes.map((s) => `${(s.chars / 1e3).toFixed(0)}k ${s.check.toFixed(1)}/${s.fix.toFixed(1)} ms`).join(', ')}\n`);
}
process.stdout.write(JSON.stringify(rows));
