/**
 * The progress line of a long audit: on stderr, only when stderr is a terminal (a log file or a
 * pipe gets no carriage-return noise) and only once the run has taken more than a second (short
 * runs stay quiet). Redrawn at most ten times a second, erased at the end.
 */
import type { Locale } from '../../core/index';
import { cliText } from '../strings';

interface Stream {
  isTTY?: boolean;
  write(s: string): unknown;
}

export const PROGRESS_DELAY_MS = 1000;
const REDRAW_MS = 100;

export class Progress {
  private readonly start: number;
  private lastDraw = -Infinity;
  private drawn = false;

  constructor(
    private readonly stream: Stream,
    private readonly locale: Locale,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.start = now();
  }

  update(done: number, total: number): void {
    if (!this.stream.isTTY) return;
    const t = this.now();
    if (t - this.start < PROGRESS_DELAY_MS || (t - this.lastDraw < REDRAW_MS && done < total)) return;
    this.lastDraw = t;
    this.drawn = true;
    const text = cliText(this.locale, 'audit.progress', { done, total });
    this.stream.write(`\r\x1b[K${text}`);
  }

  /** Erases the line, if one was drawn, so what follows starts clean. */
  done(): void {
    if (this.drawn) this.stream.write('\r\x1b[K');
    this.drawn = false;
  }
}
