/** Where an export goes by default: beside the draft, `.docx` in place of its extension, never the draft itself. */
export function defaultExportPath(draft: string): string {
  const base = draft.replace(/\.[^./\\]*$/, '');
  return /\.docx$/i.test(draft) ? `${base}（GB-T 9704）.docx` : `${base}.docx`;
}
