/** Document symbols (Outline view, breadcrumbs, Go to Symbol) and folding ranges. */
import type { DocumentSymbol, DocumentSymbolParams, FoldingRange, FoldingRangeParams, SymbolInformation } from 'vscode-languageserver/node';
import { documentSymbols, foldingRanges } from '../../core';
import { toDocumentSymbol, toFoldingRange, toSymbolInformation } from '../convert';
import type { ServerContext } from '../context';

export function onDocumentSymbol(ctx: ServerContext, params: DocumentSymbolParams): DocumentSymbol[] | SymbolInformation[] {
  const a = ctx.analyze(params.textDocument.uri);
  if (!a) return [];
  const symbols = documentSymbols(a.model, a.locale);
  return ctx.support().hierarchicalSymbols ? symbols.map(toDocumentSymbol) : toSymbolInformation(a.uri, symbols);
}

export function onFoldingRanges(ctx: ServerContext, params: FoldingRangeParams): FoldingRange[] {
  const a = ctx.analyze(params.textDocument.uri);
  if (!a) return [];
  return foldingRanges(a.model).map(toFoldingRange);
}
