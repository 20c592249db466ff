/** Where each rule is documented (the README's rule table has an anchor per rule). */
export const DOCS_BASE = 'https://github.com/gongwen-report/gongwen-report/blob/main/README.md';

export function ruleDocUrl(id: string): string {
  return id ? `${DOCS_BASE}#rule-${id}` : DOCS_BASE;
}
