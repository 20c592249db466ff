/**
 * easily-confused: word forms that reviewing offices mark in these reports (`截止2023年底` for
 * `截至`, `按装`, `既使`, `再接再励` …), from a small table with each entry's source
 * (data/confusables.ts). Only forms that are wrong where they stand are listed, so each finding
 * offers the right form as a suggestion: the author confirms it, nothing is changed unasked.
 */
import { defineRule } from './types';
import { EASILY_CONFUSED, type Confusable } from './data/confusables';
import { Group, hitsOf } from './text-scan';
import { range } from './util';

const BY_FIRST = new Map<number, Confusable[]>();
for (const e of EASILY_CONFUSED) {
  const c = e.wrong.charCodeAt(0);
  BY_FIRST.set(c, [...(BY_FIRST.get(c) ?? []), e]);
}

export const rule = defineRule({
  meta: {
    id: 'easily-confused',
    description: { zh: '易混淆词语（如“截止/截至”“按装/安装”“既使/即使”），依据《现代汉语词典》（第7版）', en: 'Easily confused word forms (截止/截至, 按装/安装 …), per 现代汉语词典 (7th ed.)' },
    defaultSeverity: 'warning',
    fixable: 'suggested',
    messages: {
      confused: { zh: '“{wrong}”应为“{right}”：{basis}', en: '{wrong} should be {right}: {basis}' },
      fix: { zh: '改为“{right}”', en: 'Change to {right}' },
    },
  },
  check(ctx) {
    const { model } = ctx;
    const text = model.text;
    const locale = ctx.options.locale ?? 'zh';
    const hits = hitsOf(model, Group.Confused);
    for (let k = 0; k < hits.at.length && !ctx.saturated; k++) {
      const p = hits.at[k];
      const entries = BY_FIRST.get(text.charCodeAt(p));
      if (!entries) continue;
      const entry = entryAt(entries, text, p);
      if (!entry) continue;
      const line = model.lines[hits.line[k]];
      const where = range(line.index, p - line.start, p - line.start + entry.wrong.length);
      ctx.report({
        range: where,
        message: ctx.t('confused', { wrong: entry.wrong, right: entry.right, basis: entry.basis[locale] }),
        fixes: [{ title: ctx.t('fix', { right: entry.right }), edits: [{ range: where, newText: entry.right }], safe: false, preferred: true }],
      });
    }
  },
});

/** The entry written at `p` (a loop, not `find`: no closure per hit). */
function entryAt(entries: readonly Confusable[], text: string, p: number): Confusable | undefined {
  for (const e of entries) {
    if (text.startsWith(e.wrong, p) && (!e.after || e.after.test(text.slice(p + e.wrong.length, p + e.wrong.length + 8)))) return e;
  }
  return undefined;
}
