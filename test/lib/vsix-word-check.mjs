// The Word commands work from the packaged .vsix alone (issue 11): the package is unpacked into a
// folder outside the repository (so no node_modules can be found by walking up), and its own
// dist/word.js, as the client loads it, exports the bundled sample draft to .docx and reads it
// back to the same text. A bundle that still needed a dependency from node_modules fails here.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { unzipSync } from 'fflate';

export function checkVsixWord(vsix, sample) {
  const dir = mkdtempSync(path.join(tmpdir(), 'gongwen-vsix-'));
  try {
    for (const [name, bytes] of Object.entries(unzipSync(readFileSync(vsix)))) {
      if (name.endsWith('/')) continue;
      mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
      writeFileSync(path.join(dir, name), bytes);
    }
    const probe = path.join(dir, 'probe.cjs');
    writeFileSync(
      probe,
      `const word = require(${JSON.stringify(path.join(dir, 'extension', 'dist', 'word.js'))});
const text = require('fs').readFileSync(${JSON.stringify(sample)}, 'utf8').replace(/\\r\\n?/g, '\\n');
word.exportDocx(text).then((r) => {
  // Blank lines are paragraph spacing in Word, not paragraphs: compare the lines with text.
  const shown = (t) => t.split('\\n').map((l) => l.trim()).filter(Boolean).join('\\n');
  const back = shown(word.readDocx(r.bytes).text);
  if (back !== shown(text)) { console.error('read back differs:\\n' + back); process.exit(1); }
  console.log('packaged dist/word.js: exported ' + r.bytes.length + ' bytes and read the draft back unchanged');
}, (e) => { console.error(e && e.stack || e); process.exit(1); });`,
    );
    const r = spawnSync(process.execPath, [probe], { cwd: dir, encoding: 'utf8', env: { ...process.env, NODE_PATH: '' } });
    process.stdout.write(r.stdout);
    process.stderr.write(r.stderr);
    return r.status ?? 1;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
