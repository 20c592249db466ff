/**
 * Tests that run the CLI as another user (so a mode-000 file really is unreadable: root reads
 * everything). That user must be able to read the checkout: a clone in a private folder (under
 * /root, or a home folder with mode 700) cannot be entered by `nobody`, and then the test has
 * nothing to say about the product and is skipped with that reason instead of failing.
 */
import { spawnSync } from 'node:child_process';

/** `nobody` on Debian and most Linux systems. */
export const OTHER_UID = 65534;

/** Why the CLI at `cli` cannot be run as user `nobody` here (a reason to skip), or false when it can. */
export function otherUserSkip(cli: string): string | false {
  if (process.platform === 'win32') return 'file modes do not make a file unreadable on Windows';
  if (process.getuid?.() !== 0) return 'needs root to run the CLI as another user (a non-root user can be denied a file by its mode directly)';
  const script = 'const fs = require("node:fs"); fs.accessSync(process.argv[1], fs.constants.R_OK);';
  const probe = spawnSync(process.execPath, ['-e', script, cli], { uid: OTHER_UID, cwd: '/', encoding: 'utf8' });
  if (probe.error) return `running a process as user nobody (uid ${OTHER_UID}) failed: ${probe.error.message}`;
  if (probe.status !== 0) {
    const why = /E[A-Z]+/.exec(probe.stderr)?.[0] ?? `exit ${probe.status}`;
    return `user nobody (uid ${OTHER_UID}) cannot read ${cli} (${why}): the checkout lies in a folder other users cannot enter (e.g. under /root)`;
  }
  return false;
}
