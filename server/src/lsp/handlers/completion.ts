/** Completion and hover: the next ordinals and missing sections; what a statutory heading covers. */
import type { CompletionItem, CompletionParams, Hover, HoverParams } from 'vscode-languageserver/node';
import { completionsAt, hoverAt } from '../../core';
import { toCompletionItem, toHover } from '../convert';
import type { ServerContext } from '../context';

export function onCompletion(ctx: ServerContext, params: CompletionParams): CompletionItem[] {
  const a = ctx.analyze(params.textDocument.uri);
  if (!a) return [];
  return completionsAt(a.model, params.position, a.locale).map(toCompletionItem);
}

export function onHover(ctx: ServerContext, params: HoverParams): Hover | null {
  const a = ctx.analyze(params.textDocument.uri);
  if (!a) return null;
  const info = hoverAt(a.model, params.position, a.locale);
  return info ? toHover(info) : null;
}
