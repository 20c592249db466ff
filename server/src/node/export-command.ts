/**
 * `gongwen export DRAFT [-o OUT.docx]`: the draft (.txt, .gongwen or .docx) as a GB/T 9704 Word
 * document. Export refuses nothing: remaining errors are counted in one line, not a refusal.
 */
import { writeFileSync } from 'node:fs';
import type { LintOptions } from '../core';
import { InputError, readReportFile } from './read-input';
import { loadWord } from './word';
import { defaultExportPath } from './export-path';

export async function exportCommand(draft: string, out: string | undefined, options: LintOptions): Promise<number> {
  const zh = (options.locale ?? 'zh') === 'zh';
  const target = out ?? defaultExportPath(draft);
  try {
    const input = readReportFile(draft, options.locale ?? 'zh');
    const result = await loadWord().exportDocx(input.text, options);
    writeFileSync(target, result.bytes);
    const left = result.errors ? (zh ? `；草稿尚有 ${result.errors} 个错误，请用 gongwen check 查看` : `; the draft still has ${result.errors} errors (see gongwen check)`) : '';
    process.stderr.write(zh ? `已导出 ${target}（GB/T 9704-2012 版式）${left}\n` : `exported ${target} (GB/T 9704-2012 layout)${left}\n`);
    return 0;
  } catch (e) {
    if (e instanceof InputError) {
      process.stderr.write(`gongwen: ${e.message}\n`);
      return 2;
    }
    const code = (e as NodeJS.ErrnoException).code;
    if (code) {
      process.stderr.write(`gongwen: ${target}: ${zh ? '无法写入' : 'cannot be written'} (${code})\n`);
      return 2;
    }
    throw e;
  }
}
