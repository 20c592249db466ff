/**
 * The built language server over raw stdio (no client library, so that broken framing can be sent):
 * a message without or with a wrong Content-Length is logged and ends the server with a non-zero
 * code; after `shutdown` requests get the protocol's InvalidRequest error, never a result.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { fork, spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { SERVER } from './harness';

interface Raw {
  proc: ChildProcess;
  stderr: () => string;
  exited: Promise<number | null>;
  /** The next message the server sends with this id. */
  answer: (id: number) => Promise<any>;
  send: (message: object) => void;
}

function frame(message: object): Buffer {
  const body = Buffer.from(JSON.stringify(message), 'utf8');
  return Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, 'ascii'), body]);
}

function start(): Raw {
  assert.ok(existsSync(SERVER), `${SERVER} is missing: run \`node esbuild.mjs\``);
  const proc = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  let err = '';
  proc.stderr!.on('data', (d) => (err += d));
  let buf = Buffer.alloc(0);
  const messages: any[] = [];
  const waiters: Array<() => void> = [];
  proc.stdout!.on('data', (d: Buffer) => {
    buf = Buffer.concat([buf, d]);
    for (;;) {
      const head = buf.indexOf('\r\n\r\n');
      if (head < 0) return;
      const length = Number(/Content-Length: (\d+)/i.exec(buf.subarray(0, head).toString('ascii'))?.[1]);
      if (buf.length < head + 4 + length) return;
      messages.push(JSON.parse(buf.subarray(head + 4, head + 4 + length).toString('utf8')));
      buf = buf.subarray(head + 4 + length);
      waiters.splice(0).forEach((w) => w());
    }
  });
  const exited = new Promise<number | null>((resolve) => proc.on('exit', (code) => resolve(code)));
  return { proc, stderr: () => err, exited, answer: answerFrom(messages, waiters), send: (m) => proc.stdin!.write(frame(m)) };
}

/** Waits for the answer to request `id` among `received`; whoever adds a message wakes the `waiters`. */
function answerFrom(received: any[], waiters: Array<() => void>): (id: number) => Promise<any> {
  return (id) =>
    new Promise<any>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no answer to request ${id} within 10 s`)), 10_000);
      const look = () => {
        const hit = received.find((m) => m.id === id && !('method' in m));
        if (!hit) return void waiters.push(look);
        clearTimeout(timer);
        resolve(hit);
      };
      look();
    });
}

async function initialized(): Promise<Raw> {
  const s = start();
  s.send({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } });
  assert.ok((await s.answer(1)).result.capabilities);
  s.send({ jsonrpc: '2.0', method: 'initialized', params: {} });
  return s;
}

/** Resolves to the exit code, or rejects when the server is still running after 10 s (it went deaf). */
function exitWithin(s: Raw): Promise<number | null> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      s.proc.kill();
      reject(new Error(`the server kept running; stderr: ${s.stderr()}`));
    }, 10_000);
    void s.exited.then((code) => (clearTimeout(timer), resolve(code)));
  });
}

describe('language server: stdio framing', () => {
  test('a message without Content-Length is logged and the server exits non-zero', async () => {
    const s = await initialized();
    s.proc.stdin!.write('Content-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n{"jsonrpc":"2.0","id":2,"method":"shutdown"}');
    const code = await exitWithin(s);
    assert.notEqual(code, 0);
    assert.match(s.stderr(), /Content-Length/);
  });

  test('a Content-Length shorter than the message is logged and the server exits non-zero', async () => {
    const s = await initialized();
    s.proc.stdin!.write('Content-Length: 20\r\n\r\n{"jsonrpc":"2.0","id":2,"method":"shutdown","params":null}');
    const code = await exitWithin(s);
    assert.notEqual(code, 0);
    assert.match(s.stderr(), /cannot read a message/);
  });

  test('a Content-Length longer than the message swallows the next one: logged, exits non-zero', async () => {
    const s = await initialized();
    s.proc.stdin!.write('Content-Length: 80\r\n\r\n{"jsonrpc":"2.0","id":2,"method":"shutdown","params":null}');
    s.send({ jsonrpc: '2.0', id: 3, method: 'shutdown', params: null });
    const code = await exitWithin(s);
    assert.notEqual(code, 0);
    assert.match(s.stderr(), /cannot read a message/);
  });

  test('after shutdown, requests get InvalidRequest and no result; exit then ends with 0', async () => {
    const s = await initialized();
    const uri = 'file:///after-shutdown.txt';
    s.send({ jsonrpc: '2.0', method: 'textDocument/didOpen', params: { textDocument: { uri, languageId: 'gongwen', version: 1, text: '一、标题\n' } } });
    s.send({ jsonrpc: '2.0', id: 2, method: 'textDocument/documentSymbol', params: { textDocument: { uri } } });
    assert.ok(Array.isArray((await s.answer(2)).result), 'served before shutdown');
    s.send({ jsonrpc: '2.0', id: 3, method: 'shutdown', params: null });
    assert.equal((await s.answer(3)).result, null);
    s.send({ jsonrpc: '2.0', id: 4, method: 'textDocument/documentSymbol', params: { textDocument: { uri } } });
    const late = await s.answer(4);
    assert.equal(late.result, undefined, 'no result after shutdown');
    assert.equal(late.error?.code, -32600);
    s.send({ jsonrpc: '2.0', method: 'exit', params: null });
    assert.equal(await exitWithin(s), 0);
  });
});

describe('language server: node IPC (what VS Code uses)', () => {
  test('after shutdown, requests get InvalidRequest and no result; exit ends with 0', async () => {
    const proc = fork(SERVER, ['--node-ipc'], { stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
    const received: any[] = [];
    const waiters: Array<() => void> = [];
    proc.on('message', (m) => {
      received.push(m);
      waiters.splice(0).forEach((w) => w());
    });
    const exited = new Promise<number | null>((resolve) => proc.on('exit', (code) => resolve(code)));
    const answer = answerFrom(received, waiters);
    proc.send({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } });
    assert.ok((await answer(1)).result.capabilities);
    proc.send({ jsonrpc: '2.0', method: 'initialized', params: {} });
    proc.send({ jsonrpc: '2.0', id: 2, method: 'shutdown', params: null });
    assert.equal((await answer(2)).result, null);
    proc.send({ jsonrpc: '2.0', id: 3, method: 'textDocument/documentSymbol', params: { textDocument: { uri: 'file:///x.txt' } } });
    const late = await answer(3);
    assert.equal(late.result, undefined);
    assert.equal(late.error?.code, -32600);
    proc.send({ jsonrpc: '2.0', method: 'exit', params: null });
    assert.equal(await exited, 0);
  });
});
