/**
 * Folding ranges: one per heading that has a body, and one per block of web-page residue
 * (breadcrumbs, 索引号 tables, footers), so an author can fold away what is not report text.
 */
import type { DocumentModel } from '../model';

/** A foldable line span (zero-based, inclusive). */
export interface Fold {
  startLine: number;
  endLine: number;
  /** 'comment' for residue blocks: "Fold All Block Comments" hides them in one stroke. */
  kind?: 'comment';
}

/** Folds of a model: each heading with a body, and each block of residue; outer before inner. */
export function foldingRanges(model: DocumentModel): Fold[] {
  const folds: Fold[] = [];
  for (const h of model.headings) if (h.endLine > h.line) folds.push({ startLine: h.line, endLine: h.endLine });
  folds.push(...residueBlocks(model));
  return folds.sort((a, b) => a.startLine - b.startLine || b.endLine - a.endLine);
}

/** Runs of whole-line residue, blank lines between them included; single lines do not fold. */
function residueBlocks(model: DocumentModel): Fold[] {
  const blocks: Fold[] = [];
  let start = -1;
  let end = -1;
  const close = () => {
    if (start !== -1 && end > start) blocks.push({ startLine: start, endLine: end, kind: 'comment' });
    start = end = -1;
  };
  for (const line of model.lines) {
    if (line.kind === 'residue') {
      if (start === -1) start = line.index;
      end = line.index;
    } else if (line.kind !== 'blank') close();
  }
  close();
  return blocks;
}
