/**
 * Drives the built language server (dist/server.js) over stdio with the real JSON-RPC client
 * library. Every message the server sends is recorded; tests wait on the record with a predicate
 * and a timeout, never on sleeps.
 */
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  createMessageConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type MessageConnection,
} from 'vscode-languageserver-protocol/node';
import type { ClientCapabilities, Diagnostic, InitializeResult, PublishDiagnosticsParams, TextEdit } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const SERVER = path.join(repoRoot, 'dist/server.js');
export const SEEDS = path.join(repoRoot, 'test/fixtures/seeds');

export function seed(name: string): string {
  return readFileSync(path.join(SEEDS, name), 'utf8');
}

export interface Message {
  method: string;
  params: any;
}

export const CAPABILITIES: ClientCapabilities = {
  workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true }, workspaceEdit: { documentChanges: false } },
  textDocument: {
    synchronization: { dynamicRegistration: false },
    publishDiagnostics: { versionSupport: true, codeDescriptionSupport: true, dataSupport: true },
    documentSymbol: { hierarchicalDocumentSymbolSupport: true },
    codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source.fixAll'] } }, isPreferredSupport: true },
    completion: { completionItem: { snippetSupport: false } },
    hover: { contentFormat: ['markdown', 'plaintext'] },
    foldingRange: { lineFoldingOnly: true },
  },
};

export class TestServer {
  readonly received: Message[] = [];
  /** What the client answers to workspace/configuration for section `gongwen`. */
  configuration: unknown = {};
  initializeResult!: InitializeResult;
  private listeners: Array<() => void> = [];
  private exited: Promise<number | null>;

  private constructor(
    readonly conn: MessageConnection,
    readonly proc: ChildProcess,
  ) {
    this.exited = new Promise((resolve) => proc.on('exit', (code) => resolve(code)));
    conn.onNotification((method, params) => this.record({ method, params }));
    conn.onRequest('workspace/configuration', (params: { items: Array<{ section?: string }> }) => {
      this.record({ method: 'workspace/configuration', params });
      return params.items.map(() => this.configuration);
    });
    conn.onRequest('client/registerCapability', (params) => {
      this.record({ method: 'client/registerCapability', params });
      return null;
    });
    conn.listen();
  }

  /** Spawns the server and completes the initialize handshake. */
  static async start(options: { configuration?: unknown; capabilities?: ClientCapabilities; initializationOptions?: unknown } = {}): Promise<TestServer> {
    if (!existsSync(SERVER)) throw new Error(`${SERVER} is missing: run \`node esbuild.mjs\` (npm test builds before testing)`);
    const proc = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    proc.stderr!.on('data', (d: Buffer) => process.stderr.write(`[server stderr] ${d}`));
    const conn = createMessageConnection(new StreamMessageReader(proc.stdout!), new StreamMessageWriter(proc.stdin!));
    const server = new TestServer(conn, proc);
    if (options.configuration !== undefined) server.configuration = options.configuration;
    server.initializeResult = await server.request('initialize', {
      processId: process.pid,
      rootUri: null,
      capabilities: options.capabilities ?? CAPABILITIES,
      initializationOptions: options.initializationOptions,
    });
    server.notify('initialized', {});
    return server;
  }

  private record(m: Message): void {
    this.received.push(m);
    for (const l of [...this.listeners]) l();
  }

  request<R = any>(method: string, params: unknown, timeoutMs = 5000): Promise<R> {
    return withTimeout(this.conn.sendRequest(method, params) as Promise<R>, timeoutMs, method);
  }

  notify(method: string, params: unknown): void {
    void this.conn.sendNotification(method, params);
  }

  /** The current end of the record, to wait only for what arrives after an action. */
  mark(): number {
    return this.received.length;
  }

  /** The first message from `since` on that satisfies `predicate`, waiting up to `timeoutMs`. */
  waitFor(predicate: (m: Message) => boolean, options: { since?: number; timeoutMs?: number; what?: string } = {}): Promise<Message> {
    const { since = 0, timeoutMs = 5000, what = 'message' } = options;
    return new Promise((resolve, reject) => {
      const check = () => {
        const hit = this.received.slice(since).find(predicate);
        if (!hit) return false;
        done();
        resolve(hit);
        return true;
      };
      const timer = setTimeout(() => {
        done();
        const seen = this.received.slice(since).map((m) => m.method).join(', ');
        reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}; received: ${seen || 'nothing'}`));
      }, timeoutMs);
      const done = () => {
        clearTimeout(timer);
        this.listeners = this.listeners.filter((l) => l !== check);
      };
      this.listeners.push(check);
      check();
    });
  }

  /** Diagnostics published for `uri` at `version` (from `since` on). */
  async diagnostics(uri: string, version: number, since = 0): Promise<Diagnostic[]> {
    const m = await this.waitFor((m) => m.method === 'textDocument/publishDiagnostics' && m.params.uri === uri && m.params.version === version, {
      since,
      what: `diagnostics for ${uri} v${version}`,
    });
    return (m.params as PublishDiagnosticsParams).diagnostics;
  }

  /**
   * Changes the settings the client answers with, tells the server, and waits until `probe` was
   * re-checked under them (the server re-checks every open document after pulling).
   */
  async reconfigure(configuration: unknown, probe: OpenDocument): Promise<Diagnostic[]> {
    this.configuration = configuration;
    const since = this.mark();
    this.notify('workspace/didChangeConfiguration', { settings: null });
    return probe.diagnostics(since);
  }

  /** Logged messages (window/logMessage) received so far. */
  logs(): string[] {
    return this.received.filter((m) => m.method === 'window/logMessage').map((m) => String(m.params.message));
  }

  /** Opens a document and returns a handle that mirrors its text and version on the client side. */
  open(uri: string, text: string, languageId = 'gongwen'): OpenDocument {
    this.notify('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
    return new OpenDocument(this, TextDocument.create(uri, languageId, 1, text));
  }

  /** shutdown + exit, as an editor does; resolves to the process exit code. */
  async stop(): Promise<number | null> {
    if (this.proc.exitCode !== null) return this.proc.exitCode;
    await this.request('shutdown', null);
    this.notify('exit', null);
    const code = await withTimeout(this.exited, 5000, 'exit').catch(() => {
      this.proc.kill();
      return null;
    });
    this.conn.dispose();
    return code;
  }
}

export class OpenDocument {
  constructor(
    private readonly server: TestServer,
    public doc: TextDocument,
  ) {}

  get uri(): string {
    return this.doc.uri;
  }
  get version(): number {
    return this.doc.version;
  }
  get text(): string {
    return this.doc.getText();
  }

  /** Applies edits locally and sends them as incremental changes (back to front, so each stays valid). */
  change(edits: TextEdit[]): void {
    const key = (p: { line: number; character: number }) => p.line * 1e6 + p.character;
    // At one position the longer edit goes first, so an insertion there lands before it (as in applyEdits).
    const ordered = [...edits].sort((a, b) => key(b.range.start) - key(a.range.start) || key(b.range.end) - key(a.range.end));
    const text = TextDocument.applyEdits(this.doc, edits);
    this.doc = TextDocument.create(this.doc.uri, this.doc.languageId, this.doc.version + 1, text);
    this.server.notify('textDocument/didChange', {
      textDocument: { uri: this.uri, version: this.version },
      contentChanges: ordered.map((e) => ({ range: e.range, text: e.newText })),
    });
  }

  diagnostics(since = 0): Promise<Diagnostic[]> {
    return this.server.diagnostics(this.uri, this.version, since);
  }
}

function withTimeout<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${what}: no answer within ${ms} ms`)), ms);
    p.then(
      (v) => (clearTimeout(timer), resolve(v)),
      (e) => (clearTimeout(timer), reject(e)),
    );
  });
}

/** `line:rule` pairs, for compact assertions. */
export function ruleLines(diagnostics: Diagnostic[]): string[] {
  return diagnostics.map((d) => `${d.range.start.line}:${d.code}`);
}

/** A diagnostic's message as plain text (LSP 3.18 allows MarkupContent; this server sends strings). */
export function messageText(d: Diagnostic): string {
  assert.equal(typeof d.message, 'string', 'the server sends plain-text messages');
  return d.message as string;
}
