/**
 * The Word module: reading .docx into report text and exporting a draft as a GB/T 9704 document.
 * Built as its own bundle (dist/word.js) and loaded on first use (../word.ts), so a plain-text
 * check never loads the zip, XML and docx libraries.
 */
export { readDocx, DocxError, isCompoundFile, type WordText, type LineOrigin, type DocxErrorKind } from './read';
export { exportDocx, type ExportResult } from './export';
export { describeDocxError, docxErrorText, DOCX_ERROR_KINDS } from './messages';
