/**
 * Ranges and model queries, re-exported for rule files (`from './util'`); they live in
 * core/queries.ts because the skeleton and the features use them too.
 */
export * from '../queries';
import { contentOf, type DocumentModel } from '../model';

/** The organ that signs the report: the signature line, else the organ its title names. */
export function closingOrgan(model: DocumentModel): string | null {
  if (model.signatureLine !== null) return contentOf(model.lines[model.signatureLine]);
  return model.title?.organ ?? null;
}
