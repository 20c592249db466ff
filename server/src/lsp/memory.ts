/**
 * A full garbage collection after a big document was checked (issue 8). Each check of a
 * 20 MB draft leaves some hundred megabytes of garbage (the flattened text, the previous model,
 * its diagnostics and their JSON); V8 let the heap grow past 800 MB before collecting it. Collected
 * after each check (once its diagnostics are sent, so the collection adds nothing to their latency),
 * the next check starts from the live set and the peak is what one check needs. `gc` is not
 * exposed without a flag; the flag can be set at run time and the function taken from a new
 * context (a documented V8 behaviour).
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** Documents above this many characters (about 6 MB of UTF-8 Chinese) are collected for. */
export const COLLECT_ABOVE_CHARS = 2_000_000;

let collect: (() => void) | null | undefined;

export function collectGarbage(): void {
  if (collect === undefined) {
    try {
      setFlagsFromString('--expose-gc');
      collect = runInNewContext('gc') as () => void;
    } catch {
      collect = null;
    }
  }
  collect?.();
}
