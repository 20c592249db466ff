// One build for every entry point: the VS Code client, the language server and the `gongwen` CLI.
// `tsc` only type-checks; esbuild bundles each entry into a single small file under dist/.
import * as esbuild from 'esbuild';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  external: ['vscode'],
  // jsonc-parser's `main` is a UMD build whose lazy requires esbuild cannot follow; its ESM build bundles.
  mainFields: ['module', 'main'],
  define: { __VERSION__: JSON.stringify(JSON.parse(readFileSync('package.json', 'utf8')).version) },
};

const entries = [
  { entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js' },
  { entryPoints: ['server/src/main.ts'], outfile: 'dist/server.js' },
  { entryPoints: ['server/src/cli.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
  // The CLI loads the GB18030 tables from here only when a file needs them (server/src/node/encoding.ts).
  { entryPoints: ['server/src/node/legacy-codec.ts'], outfile: 'dist/legacy-codec.js' },
];

if (watch) {
  for (const entry of entries) {
    const ctx = await esbuild.context({ ...common, ...entry });
    await ctx.watch();
  }
} else {
  await Promise.all(entries.map((entry) => esbuild.build({ ...common, ...entry })));
}
await writeConfigSchema();

/** dist/gongwen-config.schema.json from the rule registry (server/src/node/config-schema.ts), built and run here. */
async function writeConfigSchema() {
  const out = await esbuild.build({ ...common, entryPoints: ['server/src/node/config-schema.ts'], format: 'esm', write: false, sourcemap: false, minify: false, banner: undefined });
  const mod = await import(`data:text/javascript;base64,${Buffer.from(out.outputFiles[0].text).toString('base64')}`);
  mkdirSync('dist', { recursive: true });
  writeFileSync('dist/gongwen-config.schema.json', mod.formatSchema(mod.generateSchema()));
}
