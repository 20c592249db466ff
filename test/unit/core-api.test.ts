/**
 * The core's entry is documented: every name server/src/core/index.ts exports carries a doc
 * comment at its declaration (what an editor shows on hover, and what a newcomer reads first).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import ts from 'typescript';

const ENTRY = path.join(__dirname, '..', '..', 'server', 'src', 'core', 'index.ts');

function undocumentedExports(): { names: string[]; total: number } {
  const program = ts.createProgram([ENTRY], { strict: true, noEmit: true, moduleResolution: ts.ModuleResolutionKind.Bundler, module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(ENTRY)!;
  const exports = checker.getExportsOfModule(checker.getSymbolAtLocation(source)!);
  const names: string[] = [];
  for (const exported of exports) {
    const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    if (symbol.getDocumentationComment(checker).length === 0) names.push(exported.getName());
  }
  return { names: names.sort(), total: exports.length };
}

test('every name exported by core/index.ts has a doc comment', () => {
  const { names, total } = undocumentedExports();
  assert.ok(total >= 40, `the entry exports only ${total} names: is it still the core's API?`);
  assert.deepEqual(names, []);
});
