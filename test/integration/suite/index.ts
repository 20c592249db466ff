// Mocha loader run inside the extension host (test-electron's `extensionTestsPath` entry).
// run.mjs bundles this file and every `*.test.ts` next to it into one folder; this loader adds
// the compiled `*.test.js` files found there (plain fs listing, no glob dependency).
// Tests import their functions from 'mocha' (`import { suite, test } from 'mocha'`), which
// type-checks with this repo's tsconfig and works because mocha stays external (one instance).
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';

export function run(): Promise<void> {
  const mocha = new Mocha({
    ui: 'tdd',
    color: false, // output is relayed as plain text and counted by run-all
    reporter: 'spec',
    timeout: Number(process.env.GONGWEN_IT_TIMEOUT_MS || 20000), // language server start-up is slow
  });
  const grep = process.env.GONGWEN_IT_GREP;
  if (grep) mocha.grep(grep);
  for (const name of fs.readdirSync(__dirname).sort()) {
    if (name.endsWith('.test.js')) mocha.addFile(path.join(__dirname, name));
  }
  return new Promise((resolve, reject) => {
    mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} test(s) failed`)) : resolve()));
  });
}
