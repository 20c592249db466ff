/**
 * The language server: capabilities, document sync (incremental), settings, and the wiring of
 * requests to handlers. No language logic lives here; the handlers call the pure core.
 */
import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  MessageType,
  ShowMessageNotification,
  TextDocumentSyncKind,
  TextDocuments,
  type Connection,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { AUDIT_REQUEST, CHECK_FILES_REQUEST, FIX_ALL_KIND, INSERT_SECTION_REQUEST, LIST_REPORT_FILES_REQUEST, OUTLINE_REQUEST } from '../protocol';
import { AnalysisCache } from './analysis';
import { CheckScheduler } from './scheduler';
import { collectGarbage, COLLECT_ABOVE_CHARS } from './memory';
import { LINE_DOCUMENTS } from './line-document';
import { setRuleDocLinks } from './convert';
import { guard, type ClientSupport, type ServerContext } from './context';
import { defaultSettings, lintOptionsOf, readSettings, type Settings } from './settings';
import { clearDiagnostics, publishDiagnostics } from './handlers/diagnostics';
import { onDocumentSymbol, onFoldingRanges } from './handlers/symbols';
import { onCompletion, onHover } from './handlers/completion';
import { onCodeAction } from './handlers/code-actions';
import { onInsertSection, onOutline } from './handlers/custom';
import { WorkspaceChecks } from './handlers/workspace';
import { ConfigFiles } from './config-files';
import { cliText } from '../node/strings';
import { isCheckedDocument, isMarkdownLanguage, readsAsMarkdown } from './markdown-docs';

/** A client that never answers the settings request must not hold back diagnostics for long. */
const SETTINGS_TIMEOUT_MS = 2000;

export function startServer(connection: Connection): void {
  const documents = new TextDocuments(LINE_DOCUMENTS);
  const logged = new Set<string>();
  const logError = (message: string) => connection.console.error(message);
  /** Settings problems repeat on every pull; the author needs to read each once. */
  const warnOnce = (message: string) => {
    if (logged.has(message)) return;
    logged.add(message);
    connection.console.warn(message);
  };

  let settings: Settings = defaultSettings();
  let generation = 0;
  let settingsLoaded = false;
  let canPull = false;
  let canRegister = false;
  let support: ClientSupport = { hierarchicalSymbols: false, versionedEdits: false };
  const cache = new AnalysisCache(logError);
  // A broken .gongwen.json: each problem once, in the Output panel and as a notification.
  const configs = new ConfigFiles((problem, locale) => {
    connection.console.warn(problem);
    // A notification, not a request: nothing to answer, nothing to wait for.
    void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message: cliText(locale, 'lsp.configBroken', { problem }) });
  });

  const ctx: ServerContext = {
    connection,
    analyze: (uri) => {
      const doc = typeof uri === 'string' ? documents.get(uri) : undefined;
      // A Markdown document that does not read like a report is VS Code's Markdown extension's alone.
      if (!doc || !isCheckedDocument(doc, settings.autoDetect)) return null;
      return cache.get(doc, optionsFor(doc.uri, readsAsMarkdown(doc)), generation);
    },
    support: () => support,
    logError,
  };

  /** The user settings with the document's `.gongwen.json` applied; `.md` text is read as Markdown, as in the CLI. */
  const optionsFor = (uri: string, markdown: boolean) => {
    const options = configs.optionsFor(uri, lintOptionsOf(settings), generation);
    return markdown ? { ...options, markdown: true } : options;
  };
  const workspace = new WorkspaceChecks(ctx, optionsFor, (uri) => documents.get(uri) !== undefined);
  /** Markdown documents last published without findings (not a report): cleared once, not on every keystroke. */
  const silentMarkdown = new Set<string>();

  const applySettings = (raw: unknown) => {
    const { settings: next, problems } = readSettings(raw);
    problems.forEach(warnOnce);
    settings = next;
    generation++;
    settingsLoaded = true;
  };

  /** Pulls `gongwen` from the client when it can answer; otherwise uses what it pushed. */
  const refreshSettings = async (pushed?: unknown): Promise<void> => {
    try {
      applySettings(canPull ? await withTimeout(connection.workspace.getConfiguration({ section: 'gongwen' }), SETTINGS_TIMEOUT_MS) : pushed);
    } catch (e) {
      // Keep what we have (the defaults at first): a hiccup must not reset the author's severities.
      warnOnce(`reading the gongwen settings failed (${e instanceof Error ? e.message : String(e)}); keeping the current settings`);
      settingsLoaded = true;
    }
  };
  let settingsReady: Promise<void> = Promise.resolve();

  // Only an open document is checked, at its current version (closed meanwhile: nothing to say).
  const scheduler = new CheckScheduler((uri) => {
    const doc = documents.get(uri);
    if (!doc) return;
    if (!isCheckedDocument(doc, settings.autoDetect)) {
      // Not (or no longer) a report: clear what it had, live or from the workspace check's disk read.
      if (!silentMarkdown.has(uri)) clearDiagnostics(ctx, uri);
      silentMarkdown.add(uri);
      return;
    }
    silentMarkdown.delete(uri);
    publishDiagnostics(ctx, uri);
    // After the publish, not before the check: the collection frees the previous version's model
    // and findings without adding to the latency of these diagnostics.
    if (doc.getText().length > COLLECT_ABOVE_CHARS) collectGarbage();
  });
  const check = (uri: string) => {
    if (settingsLoaded) scheduler.schedule(uri);
    // Before the first settings arrive, wait for them so the first diagnostics use the right severities.
    else void settingsReady.then(() => documents.get(uri) && scheduler.schedule(uri));
  };
  const checkAll = () => documents.all().forEach((d) => scheduler.schedule(d.uri));

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const caps = params.capabilities;
    canPull = caps.workspace?.configuration === true;
    canRegister = caps.workspace?.didChangeConfiguration?.dynamicRegistration === true;
    support = {
      hierarchicalSymbols: caps.textDocument?.documentSymbol?.hierarchicalDocumentSymbolSupport === true,
      versionedEdits: caps.workspace?.workspaceEdit?.documentChanges === true,
    };
    if (!canPull) settingsLoaded = true;
    configs.setFolders((params.workspaceFolders ?? []).map((f) => f.uri).concat(params.workspaceFolders ? [] : params.rootUri ? [params.rootUri] : []));
    setRuleDocLinks((params.initializationOptions as { ruleDocs?: string } | undefined)?.ruleDocs === 'command' ? 'command' : 'web');
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        documentSymbolProvider: { label: cliText('zh', 'lsp.symbols') },
        foldingRangeProvider: true,
        hoverProvider: true,
        completionProvider: { triggerCharacters: ['（', '('], resolveProvider: false },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND], resolveProvider: false },
      },
      serverInfo: { name: 'gongwen-report' },
    };
  });

  connection.onInitialized(() => {
    if (canRegister) connection.client.register(DidChangeConfigurationNotification.type, undefined).catch((e) => logError(`registering for settings changes failed: ${e}`));
    if (canPull) settingsReady = refreshSettings();
  });

  connection.onDidChangeConfiguration(
    guard(ctx, 'didChangeConfiguration', undefined, (params) => {
      const pushed = (params?.settings as Record<string, unknown> | undefined)?.gongwen;
      settingsReady = refreshSettings(pushed).then(checkAll);
    }),
  );

  // The client watches **/.gongwen.json: any change re-reads the files and re-checks what is open.
  connection.onDidChangeWatchedFiles(
    guard(ctx, 'didChangeWatchedFiles', undefined, () => {
      configs.invalidate();
      generation++;
      checkAll();
    }),
  );

  documents.onDidChangeContent(guard(ctx, 'check', undefined, (e) => check(e.document.uri)));
  documents.onDidClose(
    guard(ctx, 'close', undefined, (e) => {
      scheduler.cancel(e.document.uri);
      silentMarkdown.delete(e.document.uri);
      cache.drop(e.document.uri);
      // A file the workspace check covered goes back to its findings on disk; others are cleared.
      if (!workspace.onClose(e.document.uri)) clearDiagnostics(ctx, e.document.uri);
    }),
  );

  // For a Markdown document only diagnostics and code actions: its outline, folding, completion and
  // hover are the Markdown extension's, and a second set from us would only clutter them.
  const reportOnly =
    <P extends { textDocument: { uri: string } }, R>(empty: R, handler: (p: P) => R) =>
    (p: P): R =>
      isMarkdownLanguage(documents.get(p.textDocument.uri)) ? empty : handler(p);
  connection.onDocumentSymbol(guard(ctx, 'documentSymbol', [], reportOnly([], (p) => onDocumentSymbol(ctx, p))));
  connection.onFoldingRanges(guard(ctx, 'foldingRange', [], reportOnly([], (p) => onFoldingRanges(ctx, p))));
  connection.onCompletion(guard(ctx, 'completion', [], reportOnly([], (p) => onCompletion(ctx, p))));
  connection.onHover(guard(ctx, 'hover', null, reportOnly(null, (p) => onHover(ctx, p))));
  connection.onCodeAction(guard(ctx, 'codeAction', [], (p) => onCodeAction(ctx, p)));
  connection.onRequest(OUTLINE_REQUEST, guard(ctx, OUTLINE_REQUEST, null, (p) => onOutline(ctx, p)));
  connection.onRequest(INSERT_SECTION_REQUEST, guard(ctx, INSERT_SECTION_REQUEST, { edits: [] }, (p) => onInsertSection(ctx, p)));

  connection.onRequest(LIST_REPORT_FILES_REQUEST, guard(ctx, LIST_REPORT_FILES_REQUEST, { files: [], problems: [] }, (p) => workspace.list(p)));
  connection.onRequest(CHECK_FILES_REQUEST, guard(ctx, CHECK_FILES_REQUEST, { checked: 0, skippedOpen: 0, notReports: 0, unreadable: [] }, (p) => workspace.check(p)));
  connection.onRequest(AUDIT_REQUEST, guard(ctx, AUDIT_REQUEST, { html: '', files: 0, reports: 0 }, (p) => workspace.audit(p)));

  documents.listen(connection);
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
    promise.then(
      (v) => (clearTimeout(timer), resolve(v)),
      (e) => (clearTimeout(timer), reject(e)),
    );
  });
}
