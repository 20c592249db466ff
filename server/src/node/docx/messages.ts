/** One clear line for each way a file is not a readable .docx (CLI and VS Code alike); the words are in ../strings.ts. */
import type { Locale } from '../../core';
import { cliText } from '../strings';
import type { DocxErrorKind } from './read';

/** Every way readDocx refuses a file, each with its line in the string table (`docx.<kind>`). */
export const DOCX_ERROR_KINDS: readonly DocxErrorKind[] = ['legacy', 'encrypted', 'damaged', 'not-word', 'odt'];

/** The line for a kind of unreadable .docx. */
export function docxErrorText(kind: DocxErrorKind, locale: Locale): string {
  return cliText(locale, `docx.${kind}`);
}

/** The line for an error thrown by readDocx, or null when it is not a DocxError. */
export function describeDocxError(e: unknown, locale: Locale): string | null {
  const kind = (e as { docxError?: DocxErrorKind } | null)?.docxError;
  return kind && DOCX_ERROR_KINDS.includes(kind) ? docxErrorText(kind, locale) : null;
}
