// One build for every entry point: the VS Code client, the language server and the `gongwen` CLI.
// `tsc` only type-checks; esbuild bundles each entry into a single small file under dist/.
import * as esbuild from 'esbuild';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { writeProfileRegistry } from './test/lib/profile-registry.mjs';

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

// The Word module (server/src/node/docx) is its own bundle, dist/word.js: the lazy `require` in
// server/src/node/word.ts is pointed at it instead of being inlined, so the CLI and the client
// load the zip, XML and docx libraries only when a .docx is read or written.
const wordChunk = {
  name: 'word-chunk',
  setup(build) {
    build.onResolve({ filter: /[\\/]docx[\\/]index$/ }, (args) => (args.kind === 'require-call' ? { path: './word.js', external: true } : undefined));
  },
};

const entries = [
  { entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', plugins: [wordChunk] },
  { entryPoints: ['server/src/main.ts'], outfile: 'dist/server.js' },
  { entryPoints: ['server/src/cli.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' }, plugins: [wordChunk] },
  // The CLI loads the GB18030 tables from here only when a file needs them (server/src/node/encoding.ts).
  { entryPoints: ['server/src/node/legacy-codec.ts'], outfile: 'dist/legacy-codec.js' },
  { entryPoints: ['server/src/node/docx/index.ts'], outfile: 'dist/word.js' },
];

// The built-in report types are the files in server/src/core/profiles/builtin/: list them first.
if (writeProfileRegistry()) console.log('wrote server/src/core/profiles/registry.ts (commit it with the new profile)');

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
