/**
 * Diagnostics for one document's current version, then the outline-changed notification so the
 * client's views refresh without polling. When to run is the scheduler's business (scheduler.ts:
 * a burst of changes is checked once, at its newest version).
 */
import { OUTLINE_CHANGED_NOTIFICATION, type OutlineChangedParams } from '../../protocol';
import { toDiagnostic } from '../convert';
import type { ServerContext } from '../context';

export function publishDiagnostics(ctx: ServerContext, uri: string): void {
  let analysis;
  try {
    analysis = ctx.analyze(uri);
  } catch (e) {
    ctx.logError(`checking ${uri} failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
    // Stale diagnostics would point at text that moved; an empty list is the honest answer.
    void ctx.connection.sendDiagnostics({ uri, diagnostics: [] });
    return;
  }
  if (!analysis) return;
  const diagnostics = analysis.findings.map((f) => toDiagnostic(f, analysis.version, analysis.uri, analysis.locale));
  void ctx.connection.sendDiagnostics({ uri, version: analysis.version, diagnostics });
  const changed: OutlineChangedParams = { uri, version: analysis.version };
  void ctx.connection.sendNotification(OUTLINE_CHANGED_NOTIFICATION, changed);
}

/** Clears a closed document's diagnostics. */
export function clearDiagnostics(ctx: ServerContext, uri: string): void {
  void ctx.connection.sendDiagnostics({ uri, diagnostics: [] });
}
