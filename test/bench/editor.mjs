/**
 * The editor loop against the built language server (dist/server.js --stdio), driven like the
 * protocol tests with the real JSON-RPC library: open a 20 KB draft, type and delete single
 * characters with incremental didChange, and time each change until its publishDiagnostics
 * arrives (matched on version, else on arrival order). Then open a 2 MB draft and read the
 * server's resident memory, and a 20 MB draft and read its peak (VmRSS / VmHWM in /proc).
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver-protocol/node';

const CAPABILITIES = {
  workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true } },
  textDocument: {
    synchronization: { dynamicRegistration: false },
    publishDiagnostics: { versionSupport: true, codeDescriptionSupport: true, dataSupport: true },
    documentSymbol: { hierarchicalDocumentSymbolSupport: true },
  },
};

/** Resident and peak memory of a process, in MB, from /proc (null off Linux). */
export function memoryOf(pid) {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (key) => Number(new RegExp(`^${key}:\\s+(\\d+)\\s+kB`, 'm').exec(status)?.[1] ?? NaN);
    return { rss: kb('VmRSS') / 1024, hwm: kb('VmHWM') / 1024 };
  } catch {
    return null;
  }
}

/**
 * Runs the loop; resolves `{ ready: false, reason }` when the server is missing or does not
 * answer, so that the rest of the benchmark still runs.
 */
export async function benchEditor({ repoRoot, drafts, edits = 300, log = () => {} }) {
  const server = path.join(repoRoot, 'dist/server.js');
  if (!existsSync(server)) return { ready: false, reason: 'dist/server.js is missing (build with `node esbuild.mjs`)' };
  const proc = spawn(process.execPath, [server, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  proc.stderr.on('data', (d) => (stderr += d));
  const exited = new Promise((resolve) => proc.on('exit', (code, signal) => resolve(signal ?? code)));
  const conn = createMessageConnection(new StreamMessageReader(proc.stdout), new StreamMessageWriter(proc.stdin));
  conn.onRequest('workspace/configuration', (p) => p.items.map(() => ({})));
  conn.onRequest('client/registerCapability', () => null);
  conn.onRequest('window/workDoneProgress/create', () => null);
  conn.onNotification(() => {});

  // One waiter per URI: the next diagnostics for it (at a given version when the server says).
  const waiting = new Map();
  let versioned = null;
  conn.onNotification('textDocument/publishDiagnostics', (p) => {
    const w = waiting.get(p.uri);
    if (!w) return;
    if (p.version !== undefined && p.version !== null) versioned = true;
    else if (versioned === null) versioned = false;
    if (versioned && p.version !== w.version) return;
    waiting.delete(p.uri);
    w.resolve({ at: performance.now(), count: p.diagnostics.length });
  });
  const diagnosticsFor = (uri, version, timeoutMs) =>
    new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        waiting.delete(uri);
        reject(new Error(`no diagnostics for ${uri} v${version} within ${timeoutMs} ms`));
      }, timeoutMs);
      waiting.set(uri, { version, resolve: (r) => (clearTimeout(timer), resolve(r)) });
    });
  conn.listen();

  const withTimeout = (promise, ms, what) =>
    Promise.race([promise, new Promise((_, reject) => setTimeout(() => reject(new Error(`${what}: no answer within ${ms} ms`)), ms).unref())]);
  const stop = async () => {
    try {
      await withTimeout(conn.sendRequest('shutdown'), 3000, 'shutdown');
      void conn.sendNotification('exit');
      await withTimeout(exited, 3000, 'exit');
    } catch {
      proc.kill();
    }
    conn.dispose();
  };

  try {
    await withTimeout(conn.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: CAPABILITIES }), 10_000, 'initialize');
    void conn.sendNotification('initialized', {});
  } catch (e) {
    proc.kill();
    return { ready: false, reason: `${e.message}${stderr ? `; stderr: ${stderr.trim().split('\n')[0]}` : ''}` };
  }

  try {
    const result = { ready: true, pid: proc.pid };
    const open = async (uri, text, timeoutMs) => {
      const t0 = performance.now();
      const done = diagnosticsFor(uri, 1, timeoutMs);
      void conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'gongwen', version: 1, text } });
      const { at, count } = await done;
      return { ms: at - t0, diagnostics: count };
    };

    // 1. Typing into a 20 KB draft: a phrase typed into a paragraph in the middle, a backspace every tenth key.
    const uri = 'file:///bench/draft-20kb.gongwen';
    const text = drafts.small;
    result.open20k = await open(uri, text, 10_000);
    const lines = text.split('\n');
    const line = lines.findIndex((l, i) => i > lines.length / 2 && l.length > 40);
    let col = Math.floor(lines[line].length / 2);
    const phrase = '依法行政全面推进法治政府建设取得新成效';
    const latencies = [];
    let version = 1;
    // A few untimed keys first: the first changes also compile the server's hot paths.
    const warmup = 20;
    for (let k = 0; k < edits + warmup; k++) {
      const backspace = k % 10 === 9;
      const change = backspace
        ? { range: { start: { line, character: col - 1 }, end: { line, character: col } }, text: '' }
        : { range: { start: { line, character: col }, end: { line, character: col } }, text: phrase[k % phrase.length] };
      col += backspace ? -1 : 1;
      version++;
      const done = diagnosticsFor(uri, version, 10_000);
      const t0 = performance.now();
      void conn.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [change] });
      const { at } = await done;
      if (k >= warmup) latencies.push(at - t0);
    }
    latencies.sort((a, b) => a - b);
    const q = (p) => latencies[Math.min(latencies.length - 1, Math.ceil(p * latencies.length) - 1)];
    result.edits = { count: latencies.length, median: q(0.5), p95: q(0.95), max: latencies[latencies.length - 1], matchedOn: versioned ? 'version' : 'arrival order' };
    log(`  editor: ${latencies.length} edits, median ${result.edits.median.toFixed(2)} ms, p95 ${result.edits.p95.toFixed(2)} ms`);

    // 2. Memory with a 2 MB draft open, then the peak after a 20 MB one.
    result.open2m = await open('file:///bench/draft-2mb.gongwen', drafts.big, 60_000);
    result.open2m.memory = memoryOf(proc.pid);
    log(`  editor: 2 MB open, diagnostics in ${result.open2m.ms.toFixed(0)} ms, RSS ${result.open2m.memory?.rss.toFixed(0)} MB`);
    result.open20m = await open('file:///bench/draft-20mb.gongwen', drafts.huge, 180_000);
    result.open20m.memory = memoryOf(proc.pid);
    log(`  editor: 20 MB open, diagnostics in ${result.open20m.ms.toFixed(0)} ms, peak RSS ${result.open20m.memory?.hwm.toFixed(0)} MB`);
    return result;
  } catch (e) {
    return { ready: false, reason: `${e.message}${stderr ? `; stderr: ${stderr.trim().split('\n')[0]}` : ''}` };
  } finally {
    await stop();
  }
}
