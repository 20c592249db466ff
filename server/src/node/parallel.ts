/**
 * `gongwen check` per file, and `--jobs N`: the same per-file check in N worker threads. The
 * workers run the CLI's own bundle (cli.ts branches on `isCheckWorker()`), so there is no second
 * entry point. Results and messages come back in input order, exactly as one thread gives them.
 */
import { availableParallelism } from 'node:os';
import type * as WorkerThreads from 'node:worker_threads';

/**
 * node:worker_threads, loaded when a run starts workers or is one: loading it (and the stream
 * modules it pulls in) cost 3 ms of every single-file run's start-up (issue 8 item 10).
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const threads = (): typeof WorkerThreads => require('node:worker_threads') as typeof WorkerThreads;
/** Given to our workers on their command line, so a plain run can tell it is none without loading worker_threads. */
const WORKER_ARG = '--gongwen-check-worker';
import { lintText, MAX_FINDINGS_PER_RULE, type LintResult, type LintOptions } from '../core';
import { InputError, readInput } from './read-input';
import { decodingNote, fixInput } from './fix-file';
import { displayPath } from './display';
import type { SaveOptions } from './save';
import { ConfigResolver, optionsFor } from './config-file';
import { cliText } from './strings';

/** What checking one file gave: its result (null when it could not be read) and its stderr lines. */
export interface FileOutcome {
  path: string;
  result: LintResult | null;
  /** What the check writes to stderr for this file, in order. */
  messages: string;
  /** `--fix -`: the bytes to print on stdout. */
  stdout?: Buffer;
  /** For a Word document: the paragraph (1-based) each line of its text came from. */
  paragraphs?: number[];
}

/** Reads, optionally fixes, and lints one file. Throws only on bugs, never on bad input. */
export function checkFile(path: string, options: LintOptions, fix: boolean, save: SaveOptions = {}): FileOutcome {
  const locale = options.locale ?? 'zh';
  const name = displayPath(path);
  let messages = '';
  try {
    const input = readInput(path, locale, fix);
    let text = input.text;
    if (text.length === 0) messages += `${name}: ${cliText(locale, 'check.empty')}\n`;
    messages += decodingNote(path, input, locale);
    let stdout: Buffer | undefined;
    if (fix && input.format === 'docx') {
      messages += `${name}: ${cliText(locale, 'check.docxFix')}\n`;
    } else if (fix) {
      const fixed = fixInput(path, input, options, save);
      ({ text, stdout } = fixed);
      messages += fixed.messages;
    }
    const result = lintText(text, options);
    for (const f of result.failures) messages += `${name}: internal error in rule ${f.rule}: ${f.error.split('\n')[0]}\n`;
    for (const id of result.truncated) {
      messages += `${name}: ${cliText(locale, 'check.truncated', { rule: id, max: MAX_FINDINGS_PER_RULE })}\n`;
    }
    return { path, result, messages, stdout, ...(input.paragraphs ? { paragraphs: input.paragraphs } : {}) };
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    return { path, result: null, messages: `${messages}gongwen: ${e.message}\n` };
  }
}

/**
 * `--jobs` as given → worker count: 0 means one per CPU; never more than there are files. `entry`
 * is the script workers would run: only the built bundle can be (sources under a TypeScript loader
 * check in one thread, as workers do not inherit the loader).
 */
export function workerCount(jobs: number, files: string[], fix: boolean, entry: string): number {
  const n = jobs === 0 ? availableParallelism() : jobs;
  if (!/\.c?js$/.test(entry)) return 1;
  // Stdin has one reader; fixing one path twice must happen in order. Both stay in this thread.
  if (files.includes('-') || (fix && new Set(files).size < files.length)) return 1;
  return Math.max(1, Math.min(n, files.length));
}

const TAG = 'gongwen-check-worker';

interface WorkerData {
  tag: typeof TAG;
  options: LintOptions;
  fix: boolean;
  save: SaveOptions;
  /** `--config`; without it each worker applies each file's nearest .gongwen.json itself. */
  configFile?: string;
}
type ToWorker = { batch: Array<[number, string]> } | { stop: true };
type FromWorker = { done: Array<[number, FileOutcome]> } | { index: number; bug: string };

/**
 * What the output formats (formats.ts) read of a result: the findings without their fixes, and of
 * the model the title, year, headings and sections, without the text, the lines and the tree's
 * links. Copying whole models between threads cost the main thread more than checking the files;
 * test/unit/cli-jobs.test.ts compares every format with --jobs 1, so a format that starts reading
 * more shows up there.
 */
function forTransfer(result: LintResult): LintResult {
  const m = result.model;
  const model = {
    ...m,
    text: '',
    lines: [],
    residue: [],
    headings: m.headings.map((h) => ({ ...h, parent: null, children: [] })),
    roots: [],
    sections: m.sections.map((s) => ({ ...s, heading: null })),
  };
  return { ...result, model, findings: result.findings.map((f) => ({ ...f, fixes: [] })) };
}

/** True inside a worker started by `checkInWorkers`: the bundle then serves it instead of running the CLI. */
export function isCheckWorker(): boolean {
  if (!process.argv.includes(WORKER_ARG)) return false;
  const { isMainThread, workerData } = threads();
  return !isMainThread && (workerData as WorkerData | null)?.tag === TAG;
}

/** The worker side: checks each batch it is sent and answers with the outcomes. */
export function serveCheckWorker(): void {
  const { parentPort, workerData } = threads();
  const { options, fix, save, configFile } = workerData as WorkerData;
  const resolver = new ConfigResolver(options.locale ?? 'zh', configFile);
  parentPort!.on('message', (m: ToWorker) => {
    if ('stop' in m) return parentPort!.close();
    const done: Array<[number, FileOutcome]> = [];
    for (const [index, path] of m.batch) {
      try {
        const outcome = checkFile(path, optionsFor(path, options, resolver), fix, save);
        done.push([index, { ...outcome, result: outcome.result && forTransfer(outcome.result) }]);
      } catch (e) {
        if (done.length) parentPort!.postMessage({ done } satisfies FromWorker);
        parentPort!.postMessage({ index, bug: e instanceof Error ? e.message : String(e) } satisfies FromWorker);
        return;
      }
    }
    parentPort!.postMessage({ done } satisfies FromWorker);
  });
}

/**
 * Checks `files` in `jobs` worker threads running `entry` (the CLI bundle). Batches go to whichever
 * worker is free; `onOutcome` sees every outcome in input order as soon as its predecessors are in.
 * A bug in a worker rejects with its message once every outcome before that file was delivered,
 * which is what the single-threaded check shows before it stops.
 */
export function checkInWorkers(
  entry: string,
  files: string[],
  options: LintOptions,
  fix: boolean,
  jobs: number,
  onOutcome: (o: FileOutcome) => void,
  save: SaveOptions = {},
  configFile?: string,
): Promise<FileOutcome[]> {
  return new Promise((resolve, reject) => {
    const outcomes: Array<FileOutcome | undefined> = new Array(files.length);
    const batchSize = Math.max(1, Math.min(16, Math.ceil(files.length / (jobs * 8))));
    let next = 0; // first file not yet sent
    let emitted = 0; // first outcome not yet passed to onOutcome
    let bugAt = files.length; // first file a worker failed on
    let bug = '';
    let settled = false;
    const workers: WorkerThreads.Worker[] = [];
    const settle = (error?: Error) => {
      if (settled) return;
      settled = true;
      for (const w of workers) void w.terminate();
      if (error) reject(error);
      else resolve(outcomes as FileOutcome[]);
    };
    const progress = () => {
      while (emitted < bugAt && outcomes[emitted]) onOutcome(outcomes[emitted++]!);
      if (emitted === bugAt) settle(bugAt < files.length ? new Error(bug) : undefined);
    };
    const stopped = new Set<WorkerThreads.Worker>();
    const feed = (w: WorkerThreads.Worker) => {
      if (next >= bugAt) {
        stopped.add(w);
        return w.postMessage({ stop: true } satisfies ToWorker);
      }
      const batch: Array<[number, string]> = [];
      for (; next < bugAt && batch.length < batchSize; next++) batch.push([next, files[next]]);
      w.postMessage({ batch } satisfies ToWorker);
    };
    for (let k = 0; k < jobs; k++) {
      const w = new (threads().Worker)(entry, { argv: [WORKER_ARG], workerData: { tag: TAG, options, fix, save, configFile } satisfies WorkerData });
      workers.push(w);
      w.on('message', (m: FromWorker) => {
        if (settled) return;
        if ('bug' in m) {
          // Files after it in this worker's batch stay unchecked; those before it elsewhere finish.
          if (m.index < bugAt) [bugAt, bug] = [m.index, m.bug];
        } else {
          for (const [index, outcome] of m.done) outcomes[index] = outcome;
          feed(w);
        }
        progress();
      });
      w.on('error', settle);
      w.on('exit', (code) => stopped.has(w) || settle(new Error(`a check worker stopped (exit code ${code})`)));
      feed(w);
    }
  });
}
