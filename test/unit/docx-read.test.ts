/**
 * Reading .docx as Word shows it: paragraphs in order, tracked changes, fields, hidden text,
 * tables, line breaks, style-linked numbering; clear errors for .doc, encrypted, damaged and
 * non-Word files; and the seed reports with Word's automatic numbering (the `docx` library as the
 * producer) read back to exactly the text typed by hand, so they give the same findings.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { zipSync, strToU8 } from 'fflate';
import { readDocx, DocxError } from '../../server/src/node/docx/read';
import { lintText } from '../../server/src/core';
import { autoNumberLines, docxWithAutoNumbering, para, rawDocx } from '../lib/docx-build';

const text = (bytes: Uint8Array) => readDocx(bytes).text;
const kindOf = (bytes: Uint8Array) => {
  try {
    readDocx(bytes);
    return 'read';
  } catch (e) {
    assert.ok(e instanceof DocxError, `not a DocxError: ${(e as Error).message}`);
    return e.docxError;
  }
};
const run = (s: string, rPr = '') => `<w:r>${rPr ? `<w:rPr>${rPr}</w:rPr>` : ''}<w:t xml:space="preserve">${s}</w:t></w:r>`;

describe('readDocx: text as Word shows it', () => {
  test('paragraphs in order, empty ones kept, one line each', () => {
    const r = readDocx(rawDocx({ body: para('甲') + '<w:p/>' + para('乙') }));
    assert.equal(r.text, '甲\n\n乙');
    assert.deepEqual(r.lines.map((l) => l.paragraph), [1, 2, 3]);
  });

  test('tracked insertions kept, deletions (and moved-from text) dropped', () => {
    const body = `<w:p>${run('保留')}<w:ins w:id="1" w:author="a">${run('插入')}</w:ins><w:del w:id="2" w:author="a"><w:r><w:delText>删除</w:delText></w:r></w:del><w:moveFrom w:id="3">${run('移走')}</w:moveFrom></w:p>`;
    assert.equal(text(rawDocx({ body })), '保留插入');
  });

  test('a deleted paragraph mark joins the paragraph with the next one', () => {
    const body = `<w:p><w:pPr><w:rPr><w:del w:id="1" w:author="a"/></w:rPr></w:pPr>${run('前半')}</w:p>${para('后半')}`;
    assert.equal(text(rawDocx({ body })), '前半后半');
  });

  test('fields by their shown result; simple fields too', () => {
    const body = `<w:p>${run('第')}<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>${run('3')}<w:r><w:fldChar w:fldCharType="end"/></w:r>${run('页')}<w:fldSimple w:instr=" DATE ">${run('2026年1月8日')}</w:fldSimple></w:p>`;
    assert.equal(text(rawDocx({ body })), '第3页2026年1月8日');
  });

  test('hidden text, phonetic guides, footnote references and comments are not text', () => {
    const body = `<w:p>${run('看得见')}${run('隐藏', '<w:vanish/>')}${run('也看得见', '<w:vanish w:val="0"/>')}<w:r><w:footnoteReference w:id="1"/></w:r><w:commentRangeStart w:id="0"/><w:r><w:commentReference w:id="0"/></w:r><w:r><w:ruby><w:rt><w:r><w:t>fǎ</w:t></w:r></w:rt><w:rubyBase><w:r><w:t>法</w:t></w:r></w:rubyBase></w:ruby></w:r></w:p>`;
    assert.equal(text(rawDocx({ body })), '看得见也看得见法');
  });

  test('tables: one line per row, cells separated by a tab', () => {
    const cell = (s: string) => `<w:tc>${para(s)}</w:tc>`;
    const body = `${para('表前')}<w:tbl><w:tr>${cell('指标')}${cell('数值')}</w:tr><w:tr>${cell('案件')}<w:tc>${para('12')}${para('件')}</w:tc></w:tr></w:tbl>${para('表后')}`;
    const r = readDocx(rawDocx({ body }));
    assert.equal(r.text, '表前\n指标\t数值\n案件\t12 件\n表后');
    assert.deepEqual(r.lines.map((l) => l.kind), ['paragraph', 'table-row', 'table-row', 'paragraph']);
  });

  test('a line break splits the line but not the paragraph; tabs, symbols and page breaks', () => {
    const body = `<w:p>${run('某市人民政府')}<w:r><w:br/></w:r>${run('关于')}<w:r><w:br w:type="page"/><w:tab/><w:sym w:font="Symbol" w:char="F0B7"/><w:noBreakHyphen/></w:r></w:p>${para('下一段')}`;
    const r = readDocx(rawDocx({ body }));
    assert.equal(r.text, '某市人民政府\n关于\t\u00b7-\n下一段');
    assert.deepEqual(r.lines.map((l) => l.paragraph), [1, 1, 2]);
  });

  test('text boxes: the fallback copy is read once, after its paragraph', () => {
    const box = `<w:txbxContent>${para('框内')}</w:txbxContent>`;
    const body = `<w:p>${run('框外')}<mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>${box}</w:drawing></mc:Choice><mc:Fallback><w:pict>${box}</w:pict></mc:Fallback></mc:AlternateContent></w:p>`;
    assert.equal(text(rawDocx({ body })), '框外\n框内');
  });

  test('any namespace prefix for WordprocessingML', () => {
    const body = '<x:p><x:r><x:t>前缀</x:t></x:r></x:p>';
    assert.equal(text(rawDocx({ body, prefix: 'x' })), '前缀');
  });

  test('numbering through paragraph styles (heading styles that number themselves), with basedOn', () => {
    const numbering = '<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:pStyle w:val="H1"/><w:numFmt w:val="chineseCounting"/><w:suff w:val="nothing"/><w:lvlText w:val="%1、"/></w:lvl><w:lvl w:ilvl="1"><w:start w:val="1"/><w:pStyle w:val="H2"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>';
    const styles = '<w:style w:type="paragraph" w:styleId="H1"><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style><w:style w:type="paragraph" w:styleId="H2"><w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr></w:pPr></w:style><w:style w:type="paragraph" w:styleId="H2x"><w:basedOn w:val="H2"/></w:style>';
    const body = para('举措', { style: 'H1' }) + para('领导', { style: 'H2' }) + para('制度', { style: 'H2x' }) + para('不足', { style: 'H1' }) + para('正文');
    assert.equal(text(rawDocx({ body, numbering, styles })), '一、举措\n（一）领导\n（二）制度\n二、不足\n正文');
  });

  test('a label that ends in a word keeps one space before the text; numId 0 switches numbering off', () => {
    const numbering = '<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="第%1条"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>';
    assert.equal(text(rawDocx({ body: para('总则', { numId: 1 }) + para('无编号', { numId: 0 }), numbering })), '第一条 总则\n无编号');
  });
});

describe('readDocx: bad input gets a kind, never a crash', () => {
  const cfb = (extra: string) => {
    const b = new Uint8Array(2048);
    b.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    b.set(Buffer.from(extra, 'utf16le'), 600);
    return b;
  };
  test('.doc / .wps (OLE compound file) → legacy', () => assert.equal(kindOf(cfb('WordDocument')), 'legacy'));
  test('password-protected .docx (compound file with EncryptionInfo) → encrypted', () => assert.equal(kindOf(cfb('EncryptionInfo')), 'encrypted'));
  test('truncated zip → damaged', () => assert.equal(kindOf(rawDocx({ body: para('x') }).subarray(0, 60)), 'damaged'));
  test('not a zip at all → damaged', () => assert.equal(kindOf(strToU8('hello')), 'damaged'));
  test('broken XML → damaged', () => assert.equal(kindOf(rawDocx({ body: '<w:p><w:r>' })), 'damaged'));
  test('a zip without a document part → not-word', () => assert.equal(kindOf(zipSync({ 'a.xml': strToU8('<a/>') })), 'not-word'));
  test('an OpenDocument file → odt', () => assert.equal(kindOf(zipSync({ mimetype: strToU8('application/vnd.oasis.opendocument.text') })), 'odt'));
  test('an empty document reads as empty text', () => assert.equal(text(rawDocx({ body: '' })), ''));
});

describe('seed reports with Word automatic numbering (docx library) read back as typed', () => {
  const seeds = path.join(__dirname, '..', 'fixtures', 'seeds');
  for (const file of readdirSync(seeds).filter((f) => f.endsWith('.txt'))) {
    test(file, async () => {
      const typed = readFileSync(path.join(seeds, file), 'utf8').replace(/\r\n?/g, '\n');
      const numbered = autoNumberLines(typed).lines.filter((l) => l.level !== null).length;
      assert.ok(numbered >= 3, `only ${numbered} headings got automatic numbering`);
      const read = text(await docxWithAutoNumbering(typed));
      assert.equal(read, typed);
      const key = (t: string) => lintText(t).findings.map((f) => `${f.range.start.line + 1}:${f.rule}`);
      assert.deepEqual(key(read), key(typed));
    });
  }
});
