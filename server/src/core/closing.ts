/**
 * The end of a report: signature (发文机关署名) and date (成文日期), GB/T 9704 7.3.5; the 附件说明
 * (`附件：1.…` `2.…`) that may stand between body and signature; and the 版记 (抄送, 印发) or
 * attachment list that may follow the date. Attachment items are not headings, and a closing
 * sentence (`以上情况请审阅。`, `特此报告`) is not a signature.
 */
import { parseDateLine } from './dates';
import { matchLabel, isEnumeration } from './numbering';
import { contentOf, holdsNoText, lastLineFrom, type Line } from './model';

const CLOSING_PUNCT = /[。，,：:；;！？]/;
const ORGAN_SUFFIX = /(?:局|委|厅|办|府|院|会|部|中心|所|站|室|处|署|队|组|司|街道|镇|乡)$/;
/** A closing sentence, not an organ: `以上情况请审阅`, `特此报告`, `妥否，请批示`. */
const CLOSING_SENTENCE = /^(?:以上|特此|妥否|请)|审阅|审定|批示|报告如下|为盼/;
/** What may follow the date: attachment list, 版记 (抄送, 印发), rules between them. */
const AFTER_DATE = /^(?:附件\s*(?:[:：]|\d)|抄\s*送|报\s*送|分\s*送|印\s*发|[-—─_=━]{3,})|印发$/;
/**
 * A date left masked from a template (`****年**月**日`, `20xx年x月x日`): still the report's date
 * line, so the signature above it is found; the placeholder rule flags the mask, and no date rule
 * reads a year from it.
 */
const MASKED_DATE = /^(?=.*[xX*＊×])[0-9xX*＊×]{4}\s*年\s*[0-9xX*＊×]{1,2}\s*月\s*[0-9xX*＊×]{1,2}\s*日$/;
const isDateLine = (content: string) => parseDateLine(content) !== null || MASKED_DATE.test(content);

/** At most this many lines of 附件 and 版记 after the date. */
const MAX_AFTER = 12;

export function markClosing(lines: Line[]): { signatureLine: number | null; dateLine: number | null } {
  markAnnexes(lines);
  let i = lastLineFrom(lines, lines.length - 1, holdsNoText);
  const last = i;
  // Pass back over a 版记 or attachment list; it counts only when a date stands above it.
  for (let seen = 0; i >= 0 && seen < MAX_AFTER && (lines[i].kind === 'annex' || AFTER_DATE.test(contentOf(lines[i]))); seen++) {
    i = lastLineFrom(lines, i - 1, holdsNoText);
  }
  if (i !== last && !(i >= 0 && isDateLine(contentOf(lines[i])))) i = last;
  else for (let j = i + 1; j <= last; j++) if (lines[j].kind === 'paragraph') lines[j].kind = 'annex';
  let dateLine: number | null = null;
  let signatureLine: number | null = null;
  if (i >= 0 && isDateLine(contentOf(lines[i]))) {
    dateLine = i;
    lines[i].kind = 'date';
    i = lastLineFrom(lines, i - 1, holdsNoText);
  }
  if (i >= 0 && lines[i].kind === 'paragraph' && looksLikeSignature(contentOf(lines[i]), dateLine !== null)) {
    signatureLine = i;
    lines[i].kind = 'signature';
  }
  return { signatureLine, dateLine };
}

function looksLikeSignature(content: string, afterDate: boolean): boolean {
  if (content.length > 30 || CLOSING_PUNCT.test(content) || CLOSING_SENTENCE.test(content) || matchLabel(content) || isEnumeration(content)) return false;
  return afterDate || ORGAN_SUFFIX.test(content);
}

/**
 * 附件说明: a line starting `附件：` and the numbered items right under it (`2.培训台账`, `2、…`).
 * Lines starting with 附 are rare: the others are passed over on their first character.
 */
function markAnnexes(lines: Line[]): void {
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (l.kind !== 'paragraph' || l.text.charCodeAt(l.contentStart) !== 0x9644 /* 附 */) continue;
    const content = contentOf(l);
    if (content.length > 60 || !/^附\s*件\s*[:：\d]/.test(content)) continue;
    l.kind = 'annex';
    for (let j = lastAfter(lines, i); j < lines.length; j = lastAfter(lines, j)) {
      const item = lines[j];
      const label = item.kind === 'paragraph' ? matchLabel(contentOf(item)) : null;
      if (!label || label.level !== 3 || item.contentEnd - item.contentStart > 60) break;
      item.kind = 'annex';
    }
  }
}

/** The next line with text after `i`. */
function lastAfter(lines: Line[], i: number): number {
  let j = i + 1;
  while (j < lines.length && holdsNoText(lines[j])) j++;
  return j;
}
