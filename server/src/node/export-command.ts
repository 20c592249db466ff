/**
 * `gongwen export DRAFT [-o OUT.docx]`: the draft (.txt, .gongwen or .docx) as a GB/T 9704 Word
 * document. Export refuses nothing: remaining errors are counted in one line, not a refusal.
 */
import { writeFileSync } from 'node:fs';
import type { LintOptions } from '../core';
import { InputError, readReportFile } from './read-input';
import { loadWord } from './word';
import { defaultExportPath } from './export-path';
import { cliText } from './strings';

export async function exportCommand(draft: string, out: string | undefined, options: LintOptions): Promise<number> {
  const locale = options.locale ?? 'zh';
  const target = out ?? defaultExportPath(draft);
  try {
    const input = readReportFile(draft, locale);
    const result = await loadWord().exportDocx(input.text, options);
    writeFileSync(target, result.bytes);
    const left = result.errors ? cliText(locale, 'export.errorsLeft', { n: result.errors }) : '';
    process.stderr.write(`${cliText(locale, 'export.done', { target, left })}\n`);
    return 0;
  } catch (e) {
    if (e instanceof InputError) {
      process.stderr.write(`gongwen: ${e.message}\n`);
      return 2;
    }
    const code = (e as NodeJS.ErrnoException).code;
    if (code) {
      process.stderr.write(`gongwen: ${target}: ${cliText(locale, 'export.unwritable')} (${code})\n`);
      return 2;
    }
    throw e;
  }
}
