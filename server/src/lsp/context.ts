/**
 * What every handler receives: a way to get the current analysis of a document (null when the
 * document is not open), the client's capabilities, and a logger. Handlers stay
 * thin: look up, call the core, convert.
 */
import type { Connection } from 'vscode-languageserver/node';
import type { Analysis } from './analysis';

export interface ClientSupport {
  hierarchicalSymbols: boolean;
  versionedEdits: boolean;
}

export interface ServerContext {
  connection: Connection;
  /** The analysis of an open document's current version; null for unknown or closed URIs. */
  analyze(uri: string): Analysis | null;
  support(): ClientSupport;
  logError(message: string): void;
}

/**
 * Wraps a handler so that an exception is logged and answered with an empty result: one broken
 * request must not take the server (or the author's editor) down.
 */
export function guard<P, R>(ctx: Pick<ServerContext, 'logError'>, name: string, empty: R, handler: (params: P) => R): (params: P) => R {
  return (params: P) => {
    try {
      return handler(params);
    } catch (e) {
      ctx.logError(`${name} failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
      return empty;
    }
  };
}
