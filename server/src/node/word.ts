/**
 * The Word module (./docx), loaded on first use. In the bundles this `require` is rewritten to
 * `./word.js`, a bundle of its own (esbuild.mjs), so checking a text draft never loads the zip,
 * XML and docx libraries; under tsx (tests) it loads the sources.
 */
import type * as Word from './docx/index';

let loaded: typeof Word | undefined;

export function loadWord(): typeof Word {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (loaded ??= require('./docx/index') as typeof Word);
}
