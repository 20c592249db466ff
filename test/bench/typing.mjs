/**
 * Typing into a big draft (issue 8 item 8): a fresh dist/server.js --stdio per draft size, the
 * draft opened, then a phrase typed into a paragraph in the middle at a typist's pace (one key
 * every `intervalMs`, a backspace every tenth). Measured: how long after the last key its
 * diagnostics arrive, how many versions were published against how many were typed, and the
 * server's peak resident memory (VmHWM) over the whole run.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver-protocol/node';
import { memoryOf } from './editor.mjs';

/** One size: resolves { ok, openMs, keys, publishes, lastMs, peakMb } or { ok: false, reason }. */
export async function typeInto({ repoRoot, text, keys = 40, intervalMs = 100, log = () => {} }) {
  const server = path.join(repoRoot, 'dist/server.js');
  if (!existsSync(server)) return { ok: false, reason: 'dist/server.js is missing' };
  const proc = spawn(process.execPath, [...(process.env.BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean), server, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  proc.stderr.resume();
  const conn = createMessageConnection(new StreamMessageReader(proc.stdout), new StreamMessageWriter(proc.stdin));
  conn.onRequest('workspace/configuration', (p) => p.items.map(() => ({})));
  conn.onRequest('client/registerCapability', () => null);
  conn.onNotification(() => {});
  const published = [];
  let waiter = null;
  conn.onNotification('textDocument/publishDiagnostics', (p) => {
    published.push({ version: p.version, at: performance.now() });
    if (waiter && p.version === waiter.version) waiter.resolve(performance.now());
  });
  const until = (version, ms) =>
    new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no diagnostics for v${version} within ${ms} ms`)), ms);
      waiter = { version, resolve: (at) => (clearTimeout(timer), resolve(at)) };
    });
  conn.listen();
  let peak = 0;
  const sampler = setInterval(() => (peak = Math.max(peak, memoryOf(proc.pid)?.hwm ?? 0)), 50);
  try {
    await conn.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: { workspace: { configuration: true }, textDocument: { publishDiagnostics: { versionSupport: true } } } });
    void conn.sendNotification('initialized', {});
    const uri = 'file:///bench/typing.gongwen';
    const t0 = performance.now();
    const opened = until(1, 300_000);
    void conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'gongwen', version: 1, text } });
    const openMs = (await opened) - t0;
    const lines = text.split('\n');
    const line = lines.findIndex((l, i) => i > lines.length / 2 && l.length > 40);
    let col = Math.floor(lines[line].length / 2);
    const phrase = '依法行政全面推进法治政府建设取得新成效';
    const from = published.length;
    let version = 1;
    let sentAt = 0;
    for (let k = 0; k < keys; k++) {
      const backspace = k % 10 === 9;
      const change = backspace
        ? { range: { start: { line, character: col - 1 }, end: { line, character: col } }, text: '' }
        : { range: { start: { line, character: col }, end: { line, character: col } }, text: phrase[k % phrase.length] };
      col += backspace ? -1 : 1;
      version++;
      sentAt = performance.now();
      void conn.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [change] });
      if (k < keys - 1) await sleep(intervalMs);
    }
    const last = until(version, 120_000);
    const lastMs = (await last) - sentAt;
    const versions = published.slice(from).map((p) => p.version);
    const ordered = versions.every((v, i) => i === 0 || v > versions[i - 1]);
    peak = Math.max(peak, memoryOf(proc.pid)?.hwm ?? 0);
    log(`  typing: ${(text.length / 1e6).toFixed(1)} M chars, open ${openMs.toFixed(0)} ms, ${keys} keys → ${versions.length} publishes, last key's diagnostics after ${lastMs.toFixed(0)} ms, peak RSS ${peak.toFixed(0)} MB`);
    return { ok: true, openMs, keys, publishes: versions.length, ordered, lastMs, peakMb: peak || null };
  } catch (e) {
    return { ok: false, reason: e.message };
  } finally {
    clearInterval(sampler);
    try {
      await Promise.race([conn.sendRequest('shutdown'), sleep(5000)]);
      void conn.sendNotification('exit');
    } catch {}
    setTimeout(() => proc.kill(), 2000).unref();
    conn.dispose();
  }
}
