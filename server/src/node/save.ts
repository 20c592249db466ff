/**
 * Writing a fixed draft back without ever leaving it half written: the new bytes go to a temporary
 * file in the same folder, are flushed to disk, and are renamed over the original, which keeps its
 * mode. A kill, a Ctrl-C or a full disk at any moment leaves either the original or the fixed file,
 * never a truncated one. Refused, each with its reason, instead of written: a file that changed
 * since it was read (an editor saved it meanwhile), a read-only file, a file with other hard links
 * (renaming would leave them with the old text; allowed with --break-hardlinks), anything that is
 * not a regular file, and a folder (of a symbolic link's target, too) that cannot take the
 * temporary file.
 */
import {
  accessSync,
  closeSync,
  constants,
  fchmodSync,
  fchownSync,
  fsyncSync,
  lstatSync,
  openSync,
  readFileSync,
  realpathSync,
  renameSync,
  unlinkSync,
  writeSync,
  type BigIntStats,
} from 'node:fs';
import path from 'node:path';

export interface SaveOptions {
  /** Replace a file that has other hard links (they keep the old text). */
  breakHardLinks?: boolean;
}

export type SaveRefusal = 'changed' | 'read-only' | 'hard-links' | 'not-regular' | 'folder' | 'disk-full' | 'failed';

export type SaveResult = { saved: true } | { saved: false; reason: SaveRefusal; detail: string };

/**
 * Replaces the file at `file` (read earlier as `original`, in state `read`) with `data`.
 * Never throws for file-system reasons: a refusal says why.
 */
export function saveAtomically(file: string, original: Uint8Array, read: BigIntStats, data: Uint8Array, options: SaveOptions = {}): SaveResult {
  const refuse = (reason: SaveRefusal, detail = ''): SaveResult => ({ saved: false, reason, detail });
  let target: string;
  let now: BigIntStats;
  try {
    // A symbolic link stays a link: its target is what gets replaced.
    target = realpathSync(file);
    now = lstatSync(target, { bigint: true });
  } catch (e) {
    return refuse('changed', (e as NodeJS.ErrnoException).code ?? '');
  }
  if (!now.isFile()) return refuse('not-regular');
  if (!sameState(now, read)) return refuse('changed');
  if ((now.mode & 0o222n) === 0n || !canWrite(target)) return refuse('read-only');
  if (now.nlink > 1n && !options.breakHardLinks) return refuse('hard-links', String(now.nlink));

  const dir = path.dirname(target);
  const temp = path.join(dir, `.${path.basename(target)}.${process.pid}-${tempTag()}.gongwen-tmp`);
  let fd: number;
  try {
    fd = openSync(temp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, 0o600);
  } catch (e) {
    return refuse('folder', `${dir} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  try {
    try {
      for (let off = 0; off < data.length; ) off += writeSync(fd, data, off, data.length - off);
      fchmodSync(fd, Number(now.mode & 0o7777n));
      try {
        fchownSync(fd, Number(now.uid), Number(now.gid));
      } catch {
        // Only root may give a file away; a file we may write keeps working under our own name.
      }
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    // Last look before replacing: an editor may have saved while we were fixing.
    const before = lstatSync(target, { bigint: true });
    if (!sameState(before, read) || !readFileSync(target).equals(original)) {
      unlinkSync(temp);
      return refuse('changed');
    }
    renameSync(temp, target);
  } catch (e) {
    try {
      unlinkSync(temp);
    } catch {
      // Already gone.
    }
    const code = (e as NodeJS.ErrnoException).code;
    return code === 'ENOSPC' || code === 'EDQUOT' ? refuse('disk-full') : refuse('failed', code ?? (e as Error).message);
  }
  syncFolder(dir);
  return { saved: true };
}

/** Same file, same size, same modification time as when it was read. */
function sameState(a: BigIntStats, b: BigIntStats): boolean {
  return a.dev === b.dev && a.ino === b.ino && a.size === b.size && a.mtimeNs === b.mtimeNs;
}

function canWrite(file: string): boolean {
  try {
    accessSync(file, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/** The rename itself reaches the disk only when the folder is flushed too (where the system allows it). */
function syncFolder(dir: string): void {
  try {
    const fd = openSync(dir, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    // Not possible on every system (Windows); the rename is still atomic.
  }
}

/** A random tag for the temporary file; node:crypto is loaded only when a file is written (start-up time). */
function tempTag(): string {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (require('node:crypto') as typeof import('node:crypto')).randomBytes(4).toString('hex');
}
