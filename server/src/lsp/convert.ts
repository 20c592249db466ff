/**
 * Core data → LSP types. The core already speaks zero-based lines and UTF-16 columns, so ranges
 * pass through; what changes is the shape (severities, kinds, edits).
 */
import {
  CompletionItemKind,
  DiagnosticSeverity,
  FoldingRangeKind,
  InsertTextFormat,
  MarkupKind,
  SymbolKind,
  type CompletionItem,
  type Diagnostic,
  type DocumentSymbol,
  type FoldingRange,
  type Hover,
  type SymbolInformation,
  type WorkspaceEdit,
} from 'vscode-languageserver/node';
import { type Finding, type Fix, type Locale, type Severity, type TextEdit as CoreEdit, type OutlineSymbol, type Fold, type CompletionOffer, type HoverInfo, ruleDocCommandUri, ruleDocUrl } from '../core';
import { cliText } from '../node/strings';

export const SOURCE = 'gongwen';

/**
 * Where a diagnostic's rule link leads: our client says (initializationOptions.ruleDocs =
 * 'command') that it shows the bundled page; other clients get the web address.
 */
let ruleDocLinks: 'web' | 'command' = 'web';
export function setRuleDocLinks(kind: 'web' | 'command'): void {
  ruleDocLinks = kind;
}

/**
 * What a diagnostic carries for the code-action handler: the fixes, valid for this version only.
 * A finding whose fixes are big (one `punctuation-width` habit finding on a 2 MB draft carries
 * 20,000 edits, 2 MB of JSON) leaves them out: serialising them with every publish cost more than
 * the check itself, and the handler finds them in the version's analysis instead.
 */
export interface DiagnosticData {
  version: number;
  fixes?: Fix[];
}

/** Fixes with more edits than this stay on the server (see DiagnosticData). */
export const MAX_EDITS_IN_DATA = 50;

function editCount(fixes: readonly Fix[]): number {
  let n = 0;
  for (const f of fixes) n += f.edits.length;
  return n;
}

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function toDiagnostic(f: Finding, version: number, uri?: string, locale: Locale = 'zh'): Diagnostic {
  const data: DiagnosticData = editCount(f.fixes) <= MAX_EDITS_IN_DATA ? { version, fixes: f.fixes } : { version };
  const d: Diagnostic = {
    range: f.range,
    severity: SEVERITY[f.severity],
    code: f.rule,
    codeDescription: { href: ruleDocLinks === 'command' ? ruleDocCommandUri(f.rule) : ruleDocUrl(f.rule) },
    source: SOURCE,
    message: f.message,
    data,
  };
  // The places the message names (lost headings): clickable in Problems, and "go to" actions.
  if (uri && f.related?.length) d.relatedInformation = f.related.map((range) => ({ location: { uri, range }, message: cliText(locale, 'lsp.related') }));
  return d;
}

/**
 * Headings are text, not code: every outline entry is a String symbol (as VS Code's Markdown
 * headers are), so Outline and breadcrumbs show no `(namespace)` or `Method`; the title a File.
 */
const SYMBOL_KIND = [SymbolKind.File, SymbolKind.String, SymbolKind.String, SymbolKind.String, SymbolKind.String];

export function toDocumentSymbol(s: OutlineSymbol): DocumentSymbol {
  return {
    name: s.name,
    detail: s.detail || undefined,
    kind: SYMBOL_KIND[s.level],
    range: s.range,
    selectionRange: s.selectionRange,
    children: s.children.map(toDocumentSymbol),
  };
}

/** Flat symbols for clients without hierarchical support; the parent's name becomes the container. */
export function toSymbolInformation(uri: string, symbols: OutlineSymbol[], container?: string): SymbolInformation[] {
  return symbols.flatMap((s) => [
    { name: s.name, kind: SYMBOL_KIND[s.level], location: { uri, range: s.range }, containerName: container },
    ...toSymbolInformation(uri, s.children, s.name),
  ]);
}

export function toFoldingRange(f: Fold): FoldingRange {
  const range: FoldingRange = { startLine: f.startLine, endLine: f.endLine };
  return f.kind === 'comment' ? { ...range, kind: FoldingRangeKind.Comment } : range;
}

export function toCompletionItem(o: CompletionOffer): CompletionItem {
  return {
    label: o.label,
    // Text rather than EnumMember: the suggest widget names the kind, and an ordinal is text.
    kind: o.kind === 'section' ? CompletionItemKind.Snippet : CompletionItemKind.Text,
    detail: o.detail,
    documentation: o.documentation ? { kind: MarkupKind.Markdown, value: o.documentation } : undefined,
    sortText: o.sortText,
    filterText: o.label,
    insertTextFormat: InsertTextFormat.PlainText,
    textEdit: { range: o.replace, newText: o.insertText },
  };
}

export function toHover(h: HoverInfo): Hover {
  return { contents: { kind: MarkupKind.Markdown, value: h.contents }, range: h.range };
}

/** A workspace edit for one document; versioned when the client can check versions, so stale edits are refused. */
export function toWorkspaceEdit(uri: string, version: number, edits: CoreEdit[], versioned: boolean): WorkspaceEdit {
  if (versioned) return { documentChanges: [{ textDocument: { uri, version }, edits }] };
  return { changes: { [uri]: edits } };
}
