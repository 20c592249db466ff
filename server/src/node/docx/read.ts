/**
 * Reading a .docx: the zip (fflate), the parts the text needs (document, numbering, styles, found
 * through the package relationships), and the text as Word shows it (body.ts). Bad input gets a
 * DocxError with a kind the caller turns into one clear line; nothing here throws anything else
 * for a file's content.
 */
import { unzipSync } from 'fflate';
import { readBody, type Block } from './body';
import { NumberingState, parseNumbering } from './numbering';
import { parseStyles } from './styles';
import { children, child, parseTree, XmlError } from './xml';

export type DocxErrorKind = 'legacy' | 'encrypted' | 'damaged' | 'not-word' | 'odt';

/** `docxError` is the kind, read by callers that load this module lazily (no shared class identity). */
export class DocxError extends Error {
  constructor(readonly docxError: DocxErrorKind, detail = '') {
    super(detail || docxError);
  }
}

/** Where a line of the extracted text came from. */
export interface LineOrigin {
  /** 1-based number of the paragraph (a body paragraph or a table row) in document order. */
  paragraph: number;
  kind: Block['kind'];
}

/** A Word document as text: one line per paragraph (more for a paragraph with line breaks). */
export interface WordText {
  text: string;
  lines: LineOrigin[];
}

const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** True when `bytes` start like an OLE compound file (.doc, .wps, or an encrypted .docx). */
export function isCompoundFile(bytes: Uint8Array): boolean {
  return CFB.every((b, i) => bytes[i] === b);
}

/** An encrypted OOXML package is a compound file with an `EncryptionInfo` stream. */
function isEncryptedPackage(bytes: Uint8Array): boolean {
  const name = Buffer.from('EncryptionInfo', 'utf16le');
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).indexOf(name) >= 0;
}

function decodeXml(bytes: Uint8Array | undefined): string | undefined {
  if (!bytes) return undefined;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  return new TextDecoder('utf-8').decode(bytes);
}

/** Resolves a relationship target against the folder of the part that holds the relationships. */
function resolvePart(base: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = base.split('/').slice(0, -1);
  for (const seg of target.split('/')) {
    if (seg === '..') parts.pop();
    else if (seg !== '.' && seg !== '') parts.push(seg);
  }
  return parts.join('/');
}

/** Relationship targets by type suffix (`officeDocument`, `numbering`, `styles`). */
function relTargets(xml: string | undefined, base: string): Map<string, string> {
  const out = new Map<string, string>();
  if (!xml) return out;
  for (const rel of children(child(parseTree(xml), 'Relationships'), 'Relationship')) {
    const type = (rel.attrs.Type ?? '').split('/').pop() ?? '';
    if (rel.attrs.Target && rel.attrs.TargetMode !== 'External' && !out.has(type)) out.set(type, resolvePart(base, rel.attrs.Target));
  }
  return out;
}

/** The text of a .docx file's bytes. Throws DocxError for anything that is not a readable .docx. */
export function readDocx(bytes: Uint8Array): WordText {
  if (isCompoundFile(bytes)) throw new DocxError(isEncryptedPackage(bytes) ? 'encrypted' : 'legacy');
  if (!(bytes[0] === 0x50 && bytes[1] === 0x4b)) throw new DocxError('damaged', 'not a zip archive');
  let files: Record<string, Uint8Array>;
  try {
    // Only XML and relationship parts: pictures and fonts are never inflated.
    files = unzipSync(bytes, { filter: (f) => /\.(?:xml|rels)$/i.test(f.name) || f.name === 'mimetype' });
  } catch (e) {
    throw new DocxError('damaged', (e as Error).message);
  }
  try {
    const mimetype = decodeXml(files.mimetype)?.trim();
    if (mimetype?.startsWith('application/vnd.oasis.opendocument')) throw new DocxError('odt');
    const root = relTargets(decodeXml(files['_rels/.rels']), '');
    const docPath = root.get('officeDocument') ?? 'word/document.xml';
    const doc = decodeXml(files[docPath]);
    if (doc === undefined) throw new DocxError('not-word', `no ${docPath}`);
    const docDir = docPath.split('/').slice(0, -1).join('/');
    const rels = relTargets(decodeXml(files[`${docDir}/_rels/${docPath.split('/').pop()}.rels`]), docPath);
    const styles = parseStyles(decodeXml(files[rels.get('styles') ?? `${docDir}/styles.xml`]));
    const numbering = new NumberingState(parseNumbering(decodeXml(files[rels.get('numbering') ?? `${docDir}/numbering.xml`])), styles.numIdOfStyle);
    return toText(readBody(doc, numbering, styles));
  } catch (e) {
    if (e instanceof DocxError) throw e;
    if (e instanceof XmlError) throw new DocxError('damaged', e.message);
    throw e;
  }
}

function toText(blocks: Block[]): WordText {
  const lines: LineOrigin[] = [];
  const texts: string[] = [];
  blocks.forEach((b, i) => {
    for (const line of b.text.replace(/\r\n?/g, '\n').split('\n')) {
      texts.push(line);
      lines.push({ paragraph: i + 1, kind: b.kind });
    }
  });
  return { text: texts.join('\n'), lines };
}
