/**
 * The language server over --stdio guards the one channel it has: a message it cannot frame (no
 * Content-Length, a wrong one, a header without a colon) is logged on stderr and ends the process
 * with a non-zero code, so the client restarts it instead of talking to a server that went deaf;
 * after `shutdown` no request is served (each gets the InvalidRequest error the protocol asks for),
 * over stdio and over IPC alike.
 */
import {
  AbstractMessageReader,
  createConnection,
  ErrorCodes,
  IPCMessageReader,
  IPCMessageWriter,
  ProposedFeatures,
  StreamMessageReader,
  StreamMessageWriter,
  type Connection,
  type DataCallback,
  type Disposable,
  type Message,
  type MessageReader,
  type MessageWriter,
  type RequestMessage,
  type ResponseMessage,
} from 'vscode-languageserver/node';

/** The reader between stdin and the connection: drops what comes after `shutdown`, answering requests with an error. */
class AfterShutdownGuard extends AbstractMessageReader {
  shutdownReceived = false;

  constructor(
    private readonly inner: MessageReader,
    private readonly writer: MessageWriter,
  ) {
    super();
    inner.onError((e) => this.fireError(e));
    inner.onClose(() => this.fireClose());
    inner.onPartialMessage((info) => this.firePartialMessage(info));
  }

  listen(callback: DataCallback): Disposable {
    return this.inner.listen((message: Message) => {
      const m = message as Partial<RequestMessage>;
      const isRequest = typeof m.method === 'string' && m.id !== undefined && m.id !== null;
      if (this.shutdownReceived && typeof m.method === 'string' && m.method !== 'exit') {
        if (isRequest) {
          const answer: ResponseMessage = { jsonrpc: '2.0', id: m.id!, error: { code: ErrorCodes.InvalidRequest, message: `${m.method}: the server is shutting down` } };
          void this.writer.write(answer);
        }
        return;
      }
      if (isRequest && m.method === 'shutdown') this.shutdownReceived = true;
      callback(message);
    });
  }

  override dispose(): void {
    super.dispose();
    this.inner.dispose();
  }
}

/** The connection for the transport on the command line: guarded stdio or IPC (what VS Code uses), else the library's own. */
export function createServerConnection(): Connection {
  if (process.argv.includes('--stdio')) return createStdioConnection();
  if (process.argv.includes('--node-ipc')) {
    const writer = new IPCMessageWriter(process);
    return createConnection(ProposedFeatures.all, new AfterShutdownGuard(new IPCMessageReader(process), writer), writer);
  }
  return createConnection(ProposedFeatures.all);
}

/** An LSP connection over stdin/stdout that exits (code 1) on a framing error, saying why on stderr. */
function createStdioConnection(): Connection {
  const writer = new StreamMessageWriter(process.stdout);
  const reader = new AfterShutdownGuard(new StreamMessageReader(process.stdin), writer);
  const fatal = (why: string) => {
    process.stderr.write(`gongwen language server: ${why}; exiting so that the client can restart the server\n`);
    process.exit(1);
  };
  reader.onError((e) => fatal(`cannot read a message from stdin (${e.message.split('\n')[0]})`));
  reader.onPartialMessage((info) => fatal(`a message on stdin stayed incomplete for ${info.waitingTime} ms (wrong Content-Length?)`));
  // What createConnection does for a stdin stream it is given itself: stdin gone means the client is.
  const end = () => process.exit(reader.shutdownReceived ? 0 : 1);
  process.stdin.on('end', end);
  process.stdin.on('close', end);
  return createConnection(ProposedFeatures.all, reader, writer);
}
