/**
 * What the benchmarks exercise of the pure core, bundled by test/bench/run.mjs with esbuild the way
 * dist/ is built, so the timings are of the shipped code and not of a TypeScript loader.
 */
export { parse } from '../../server/src/core/parse';
export { lintModel, lintText } from '../../server/src/core/lint';
export { documentSymbols, outlineOf } from '../../server/src/core/features/outline';
export { formatLabel } from '../../server/src/core/numbering';
export { FZZF_PROFILE } from '../../server/src/core/profiles';
