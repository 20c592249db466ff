/**
 * signature-missing: a report ends with the issuing organ (发文机关署名) and the date
 * (成文日期), GB/T 9704 7.3.5. Scraped reports often lose both.
 */
import { holdsNoText, lastLineFrom } from '../model';
import { defineRule } from './types';
import { calmRange, contentRange, range } from './util';

export const rule = defineRule({
  meta: {
    id: 'signature-missing',
    description: { zh: '文末缺少发文机关署名或成文日期', en: 'Signature or date missing at the end' },
    defaultSeverity: 'warning',
    fixable: false,
    messages: {
      signature: { zh: '文末缺少发文机关署名', en: 'No issuing organ (signature) at the end' },
      date: { zh: '文末缺少成文日期', en: 'No date at the end' },
    },
  },
  check(ctx) {
    const { model } = ctx;
    // The last line with text; without any, line 0 (its content when that is residue).
    const last = model.lines[Math.max(0, lastLineFrom(model.lines, model.lines.length - 1, holdsNoText))];
    // The last few characters: where the signature should follow, not the whole last paragraph.
    const where = last.kind !== 'blank' ? calmRange(contentRange(last), true, last.text) : range(0, 0, 0);
    if (model.signatureLine === null) ctx.report({ range: where, message: ctx.t('signature') });
    if (model.dateLine === null) ctx.report({ range: where, message: ctx.t('date') });
  },
});
