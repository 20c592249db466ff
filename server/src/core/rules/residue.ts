/**
 * residue: text that is not report text — web-page chrome around scraped reports (breadcrumbs,
 * 索引号 tables, 扫一扫…) and Word artefacts (`[bookmark: _GoBack]`). The fix deletes it; a
 * suggestion, since it removes text.
 */
import { defineRule } from './types';
import { range } from './util';

/** The residue kinds the parser reports (model.ts `Residue.what`), each with its message. */
const KINDS = ['nav', 'infobar', 'footer', 'table', 'metadata', 'bookmark'] as const;
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
    },
  },
  check(ctx) {
    const { model } = ctx;
    for (const r of model.residue) {
      const line = model.lines[r.line];
      // A whole line (or a line that holds nothing but residue) goes with its line break; a span
      // inside a line of report text goes alone.
      const del = r.wholeLine || line.kind === 'residue'
        ? line.next > line.end
          ? { start: { line: r.line, character: 0 }, end: { line: r.line + 1, character: 0 } }
          : range(r.line, 0, line.text.length)
        : range(r.line, r.start, r.end);
      ctx.report({ range: range(r.line, r.start, r.end), message: ctx.t('residue', { what: isKind(r.what) ? ctx.t(r.what) : r.what }), fixes: [{ title: ctx.t('fix'), edits: [{ range: del, newText: '' }], safe: false, preferred: true }] });
    }
  },
});
