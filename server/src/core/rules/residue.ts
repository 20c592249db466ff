/**
 * residue: text that is not report text — web-page chrome around scraped reports (breadcrumbs,
 * 索引号 tables, 扫一扫…) and Word artefacts (`[bookmark: _GoBack]`). The fix deletes it; a
 * suggestion, since it removes text.
 */
import type { DocumentModel } from '../model';
import type { Range } from '../text';
import { defineRule, type Fix } from './types';
import { range } from './util';

/** The residue kinds the parser reports (model.ts `Residue.what`), each with its message. */
const KINDS = ['nav', 'infobar', 'footer', 'table', 'metadata', 'bookmark', 'boilerplate', 'note', 'titleCopy', 'chrome', 'pageMarker'] as const;
const isKind = (what: string): what is (typeof KINDS)[number] => (KINDS as readonly string[]).includes(what);

export const rule = defineRule({
  meta: {
    id: 'residue',
    description: { zh: '非报告正文的残留内容（网页导航、信息栏、Word 书签等）', en: 'Web-page or Word residue that is not report text' },
    defaultSeverity: 'warning',
    fixable: 'suggested',
    messages: {
      residue: { zh: '{what}，不属于报告正文', en: '{what}: not report text' },
      nav: { zh: '网页导航残留', en: 'Web navigation residue' },
      infobar: { zh: '网页信息栏残留', en: 'Web info-bar residue' },
      footer: { zh: '网页页脚残留', en: 'Web footer residue' },
      table: { zh: '网页表格残留', en: 'Web table residue' },
      metadata: { zh: '网页元数据残留', en: 'Web metadata residue' },
      bookmark: { zh: 'Word 书签残留', en: 'Word bookmark residue' },
      boilerplate: { zh: '范文网站模板文字', en: 'Template-site boilerplate' },
      note: { zh: '采集注记', en: 'Collection note' },
      titleCopy: { zh: '网页标题重复（报告标题在下方）', en: 'Page title repeating the report title below' },
      chrome: { zh: '网页栏目残留', en: 'Web page chrome' },
      pageMarker: { zh: '文档预览页码残留', en: 'Document-viewer page marker' },
      fix: { zh: '删除残留内容', en: 'Delete the residue' },
      fixBlock: { zh: '删除这段残留（第{from}–{to}行）', en: 'Delete this residue block (lines {from}–{to})' },
    },
  },
  check(ctx) {
    const { model } = ctx;
    const blocks = residueBlocks(model);
    for (const r of model.residue) {
      const line = model.lines[r.line];
      // A whole line (or a line that holds nothing but residue) goes with its line break; a span
      // inside a line of report text goes alone.
      const whole = r.wholeLine || line.kind === 'residue';
      const del = whole ? linesRange(model, r.line, r.line) : range(r.line, r.start, r.end);
      const one: Fix = { title: ctx.t('fix'), edits: [{ range: del, newText: '' }], safe: false, preferred: true };
      const block = whole ? blocks.get(r.line) : undefined;
      // `one` copied field by field: an object spread goes through the runtime (slow).
      const fixes = block
        ? [{ title: ctx.t('fixBlock', { from: block[0] + 1, to: block[1] + 1 }), edits: [{ range: linesRange(model, block[0], block[1]), newText: '' }], safe: false, preferred: true }, { title: one.title, edits: one.edits, safe: false, preferred: false }]
        : [one];
      ctx.report({ range: range(r.line, r.start, r.end), message: ctx.t('residue', { what: isKind(r.what) ? ctx.t(r.what) : r.what }), fixes });
    }
  },
});

/** Lines `from`..`to` with the last one's line break (up to the end of the text for the last line). */
function linesRange(model: DocumentModel, from: number, to: number): Range {
  const last = model.lines[to];
  const end = last.next > last.end ? { line: to + 1, character: 0 } : { line: to, character: last.text.length };
  return { start: { line: from, character: 0 }, end };
}

/**
 * Blocks of two or more whole residue lines, blank lines between them included, by each of their
 * residue lines: [first, last].
 */
function residueBlocks(model: DocumentModel): Map<number, [number, number]> {
  const out = new Map<number, [number, number]>();
  const isResidueLine = (i: number) => model.lines[i].kind === 'residue';
  let i = 0;
  while (i < model.lines.length) {
    if (!isResidueLine(i)) {
      i++;
      continue;
    }
    const members = [i];
    let j = i + 1;
    while (j < model.lines.length && (model.lines[j].kind === 'blank' || isResidueLine(j))) {
      if (isResidueLine(j)) members.push(j);
      j++;
    }
    const last = members[members.length - 1];
    if (members.length > 1) for (const m of members) out.set(m, [i, last]);
    i = last + 1;
  }
  return out;
}
