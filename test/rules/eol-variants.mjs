// Regenerates the CRLF and lone-CR fixture variants from their LF originals (source and
// `.fixed.txt`), so their line breaks are exact: `node test/rules/eol-variants.mjs`.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures');
const variants = [
  ['heading-sequence/gap-renumber', 'crlf'],
  ['heading-sequence/skip', 'cr'],
  ['section-missing/missing-end', 'crlf'],
  ['section-missing/missing-middle', 'cr'],
  ['residue/web-chrome', 'cr'],
  ['residue/bookmark', 'crlf'],
  ['heading-style/space', 'cr'],
];
for (const [base, kind] of variants) {
  const eol = kind === 'crlf' ? '\r\n' : '\r';
  for (const suffix of ['.txt', '.fixed.txt']) {
    const src = path.join(root, base + suffix);
    if (!existsSync(src)) continue;
    const text = readFileSync(src, 'utf8');
    if (text.includes('\r')) throw new Error(`${src} is not LF-only`);
    writeFileSync(path.join(root, `${base}-${kind}${suffix}`), text.replace(/\n/g, eol));
  }
}
