// LibreOffice (headless) and poppler for the Word tests: installed from Debian by the test setup
// itself, like Chromium for the UI scenario, because CI starts from a fresh machine.
import { spawnSync } from 'node:child_process';

export const APT_PACKAGES: string[] = ['libreoffice-writer-nogui', 'poppler-utils', 'fonts-wqy-microhei'];

/** Installs what is missing (as root, or through sudo); returns an error text or ''. */
export function ensureLibreOffice(): string {
  const missing = APT_PACKAGES.filter((p) => !/install ok installed/.test(spawnSync('dpkg-query', ['-W', '-f=${Status}', p], { encoding: 'utf8' }).stdout ?? ''));
  if (missing.length === 0) return '';
  const [cmd, ...pre] = process.getuid?.() === 0 ? ['apt-get'] : ['sudo', 'env', 'DEBIAN_FRONTEND=noninteractive', 'apt-get'];
  console.log(`[word-setup] apt: installing ${missing.join(' ')}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const update = spawnSync(cmd, [...pre, 'update', '-q'], { stdio: 'inherit', env });
  if (update.status !== 0) return 'apt-get update failed';
  const install = spawnSync(cmd, [...pre, 'install', '-y', '-q', '--no-install-recommends', ...missing], { stdio: 'inherit', env });
  return install.status === 0 ? '' : `apt-get install ${missing.join(' ')} failed`;
}

/** `soffice --headless --convert-to FORMAT` for several files at once (one start of LibreOffice). */
export function convert(files: string[], format: string, outdir: string): void {
  const r = spawnSync('soffice', ['--headless', '--norestore', `-env:UserInstallation=file://${outdir}/.lo-profile`, '--convert-to', format, '--outdir', outdir, ...files], { encoding: 'utf8', timeout: 300_000 });
  if (r.status !== 0) throw new Error(`soffice failed: ${r.stderr || r.stdout}`);
}

