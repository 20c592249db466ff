/**
 * What the benchmarks exercise of the pure core, bundled by test/bench/run.mjs with esbuild the way
 * dist/ is built, so the timings are of the shipped code and not of a TypeScript loader. Like every
 * host, it goes through the core's one entry.
 */
export { parse, lintModel, lintText, documentSymbols, outlineOf, formatLabel, FZZF_PROFILE, RULE_IDS } from '../../server/src/core/index';
