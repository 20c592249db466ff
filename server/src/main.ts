/**
 * Node entry of the language server. The transport (--stdio, --node-ipc, --socket) comes from the
 * command line. With stdio, stdout is the protocol, so console output goes to the client's log,
 * and stdin is read by lsp/stdio.ts, which ends the server on a message it cannot frame.
 */
import { format } from 'node:util';
import { startServer } from './lsp/server';
import { createServerConnection } from './lsp/stdio';

const connection = createServerConnection();

console.log = (...args: unknown[]) => connection.console.log(format(...args));
console.info = (...args: unknown[]) => connection.console.info(format(...args));
console.warn = (...args: unknown[]) => connection.console.warn(format(...args));
console.error = (...args: unknown[]) => connection.console.error(format(...args));
console.debug = (...args: unknown[]) => connection.console.log(format(...args));

// A bug must cost one answer, not the author's diagnostics for the rest of the session.
process.on('uncaughtException', (e) => connection.console.error(`uncaught: ${e.stack ?? e.message}`));
process.on('unhandledRejection', (e) => connection.console.error(`unhandled rejection: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`));

startServer(connection);
connection.listen();
