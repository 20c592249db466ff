/** One clear line for each way a file is not a readable .docx (CLI and VS Code alike). */
import type { DocxErrorKind } from './read';

export const DOCX_MESSAGES: Record<DocxErrorKind, { zh: string; en: string }> = {
  legacy: {
    zh: '是 Word 97-2003（.doc）或 WPS（.wps）的二进制格式，无法读取：请在 Word 或 WPS 中另存为 .docx 后再检查',
    en: 'is a binary Word 97-2003 (.doc) or WPS (.wps) file, which cannot be read: save it as .docx in Word or WPS and check again',
  },
  encrypted: {
    zh: '设有打开密码（已加密），无法读取：请在 Word 中取消密码后另存为 .docx 再检查',
    en: 'is password-protected (encrypted) and cannot be read: remove the password in Word, save as .docx and check again',
  },
  damaged: {
    zh: '不是完好的 .docx 文件（已损坏或不完整），无法读取：请在 Word 中打开并另存为 .docx',
    en: 'is not an intact .docx file (damaged or incomplete) and cannot be read: open it in Word and save it as .docx again',
  },
  'not-word': { zh: '不是 Word 文档（压缩包中没有正文），无法读取', en: 'is not a Word document (the package holds no document body) and cannot be read' },
  odt: { zh: '是 OpenDocument（.odt）文件：请另存为 .docx 后再检查', en: 'is an OpenDocument (.odt) file: save it as .docx and check again' },
};

/** The line for an error thrown by readDocx, or null when it is not a DocxError. */
export function describeDocxError(e: unknown, locale: 'zh' | 'en'): string | null {
  const kind = (e as { docxError?: DocxErrorKind } | null)?.docxError;
  return kind && DOCX_MESSAGES[kind] ? DOCX_MESSAGES[kind][locale] : null;
}
