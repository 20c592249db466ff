/**
 * Word files from and into another producer, LibreOffice (installed by the test setup itself):
 * - import: reports written as OpenDocument with automatic Chinese numbering (outline numbering
 *   and lists), converted to .docx by LibreOffice, read back to exactly the typed text and so to
 *   the same findings;
 * - export: our .docx opened by LibreOffice and printed to PDF shows 22 lines of 28 characters of
 *   body text a page and page numbers `— 1 —`, `— 2 —` on the outer side; page 1 is kept as a PNG
 *   (test/e2e/readme-screenshots/word-export-page1.png, shown in the README).
 */
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { lintText } from '../../server/src/core';
import { readDocx } from '../../server/src/node/docx/read';
import { exportDocx } from '../../server/src/node/docx/export';
import { autoNumberLines } from '../lib/docx-build';
import { convert, ensureLibreOffice } from './libreoffice';

const ROOT = path.join(__dirname, '..', '..');
const SEEDS = path.join(ROOT, 'test', 'fixtures', 'seeds');
const SAMPLE = path.join(ROOT, 'test', 'sample', '2025年度法治政府建设情况报告（草稿）.txt');
const SHOT = path.join(ROOT, 'test', 'e2e', 'readme-screenshots', 'word-export-page1.png');
let dir = '';

before(() => {
  const error = ensureLibreOffice();
  assert.equal(error, '', error);
  dir = mkdtempSync(path.join(tmpdir(), 'gongwen-lo-'));
});

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
/** ODF collapses spaces: each one is written as <text:s/>, each tab as <text:tab/>. */
const odfText = (s: string) => esc(s).replace(/ /g, '<text:s/>').replace(/\t/g, '<text:tab/>');

/** A flat ODT of the report whose headings use LibreOffice's outline numbering wherever Word's would draw the typed label. */
function fodt(text: string): string {
  const { lines, lvlText } = autoNumberLines(text);
  const levels = lvlText.map((form, level) => {
    const [prefix, suffix] = form.split(`%${level + 1}`);
    const format = level < 2 ? '一, 二, 三, ...' : '1';
    return `<text:outline-level-style text:level="${level + 1}" style:num-format="${format}" style:num-prefix="${esc(prefix)}" style:num-suffix="${esc(suffix)}"/>`;
  });
  const body = lines.map((l) => (l.level === null ? `<text:p>${odfText(l.text)}</text:p>` : `<text:h text:outline-level="${l.level + 1}">${odfText(l.text)}</text:h>`));
  return `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:styles><text:outline-style style:name="Outline">${levels.join('')}</text:outline-style></office:styles>
<office:body><office:text>${body.join('\n')}</office:text></office:body></office:document>`;
}

describe('import: LibreOffice-made .docx with automatic Chinese numbering', () => {
  test('seed reports with outline numbering read back as typed, with the same findings', () => {
    const seeds = readdirSync(SEEDS).filter((f) => f.endsWith('.txt'));
    const typed = new Map(seeds.map((f) => [f, readFileSync(path.join(SEEDS, f), 'utf8').replace(/\r\n?/g, '\n')]));
    const sources = seeds.map((f) => {
      const file = path.join(dir, f.replace(/\.txt$/, '.fodt'));
      writeFileSync(file, fodt(typed.get(f)!));
      return file;
    });
    convert(sources, 'docx', dir);
    for (const f of seeds) {
      const docx = readFileSync(path.join(dir, f.replace(/\.txt$/, '.docx')));
      // LibreOffice numbers these headings through its Heading styles (numbering.xml levels
      // linked by pStyle), in taiwaneseCountingThousand: the labels are not typed text.
      assert.ok(autoNumberLines(typed.get(f)!).lines.filter((l) => l.level !== null).length >= 3, `${f}: too few numbered headings`);
      const read = readDocx(docx).text;
      const want = typed.get(f)!;
      assert.equal(read, want.endsWith('\n') ? want.slice(0, -1) + '\n' : want, f);
      const key = (t: string) => lintText(t).findings.map((x) => `${x.range.start.line + 1}:${x.rule}`);
      assert.deepEqual(key(read), key(want), f);
    }
  });

  test('a list in 甲、乙、丙 continued after an interruption, and nested outline levels', () => {
    const src = path.join(dir, 'lists.fodt');
    writeFileSync(src, `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:styles>
<text:outline-style style:name="Outline">
<text:outline-level-style text:level="1" style:num-format="一, 二, 三, ..." style:num-suffix="、"/>
<text:outline-level-style text:level="2" style:num-format="一, 二, 三, ..." style:num-prefix="（" style:num-suffix="）"/>
<text:outline-level-style text:level="3" style:num-format="1" style:num-suffix="."/>
<text:outline-level-style text:level="4" style:num-format="1" style:num-prefix="（" style:num-suffix="）"/>
</text:outline-style>
<text:list-style style:name="L1"><text:list-level-style-number text:level="1" style:num-format="甲, 乙, 丙, ..." style:num-suffix="、"/></text:list-style>
</office:styles>
<office:body><office:text>
<text:p>标题</text:p>
<text:h text:outline-level="1">主要举措</text:h><text:p>正文</text:p>
<text:h text:outline-level="2">强化领导</text:h><text:h text:outline-level="3">细项</text:h><text:h text:outline-level="3">细项</text:h><text:h text:outline-level="4">更细</text:h>
<text:h text:outline-level="2">第二</text:h><text:h text:outline-level="3">细项</text:h>
<text:h text:outline-level="1">不足</text:h>
<text:list text:style-name="L1"><text:list-item><text:p>甲项</text:p></text:list-item><text:list-item><text:p>乙项</text:p></text:list-item></text:list>
<text:p>插入</text:p>
<text:list text:style-name="L1" text:continue-numbering="true"><text:list-item><text:p>丙项</text:p></text:list-item></text:list>
</office:text></office:body></office:document>`);
    convert([src], 'docx', dir);
    assert.equal(
      readDocx(readFileSync(path.join(dir, 'lists.docx'))).text,
      ['标题', '一、主要举措', '正文', '（一）强化领导', '1.细项', '2.细项', '（1）更细', '（二）第二', '1.细项', '二、不足', '甲、甲项', '乙、乙项', '插入', '丙、丙项'].join('\n'),
    );
  });
});

/** Display width: CJK and full-width forms 1, other characters ½; spaces not counted. */
function width(line: string): number {
  let w = 0;
  for (const ch of line.replace(/\s/g, '')) w += /[\u0000-\u00ff\u2000-\u206f]/.test(ch) && !/[“”‘’—…]/.test(ch) ? 0.5 : 1;
  return w;
}

/** A title and twelve paragraphs of 150 Chinese characters without punctuation until the last. */
const PLAIN = ['某市科学技术局关于2025年度法治政府建设情况的报告', ...Array.from({ length: 12 }, (_, i) => '法治政府建设稳步推进依法行政水平持续提升'.repeat(8).slice(i, i + 149) + '。')].join('\n') + '\n';

describe('export: LibreOffice opens our .docx and prints it to PDF', () => {
  const pages = new Map<string, string[]>();
  before(async () => {
    const drafts = { plain: PLAIN, sample: readFileSync(SAMPLE, 'utf8'), seed000: readFileSync(path.join(SEEDS, '000_6c4c41263adb4e45.txt'), 'utf8'), seed003: readFileSync(path.join(SEEDS, '003_bcde2a8b1ee387e1.txt'), 'utf8') };
    const files = [];
    for (const [name, text] of Object.entries(drafts)) {
      const file = path.join(dir, `${name}.docx`);
      writeFileSync(file, (await exportDocx(text)).bytes);
      files.push(file);
    }
    convert(files, 'pdf', dir);
    for (const name of Object.keys(drafts)) {
      const r = spawnSync('pdftotext', ['-layout', path.join(dir, `${name}.pdf`), '-'], { encoding: 'utf8' });
      assert.equal(r.status, 0, r.stderr);
      pages.set(name, r.stdout.split('\f').filter((p) => p.trim() !== ''));
    }
  });

  test('page numbers — 1 —, — 2 — …: odd pages on the right, even pages on the left', () => {
    for (const [name, list] of pages) {
      list.forEach((page, i) => {
        const lines = page.split('\n').filter((l) => l.trim() !== '');
        const last = lines[lines.length - 1];
        assert.match(last.trim(), new RegExp(`^—\\s*${i + 1}\\s*—$`), `${name} page ${i + 1}: ${last}`);
      });
      // Where the dashes stand, in points on the 595 pt wide page.
      const bbox = spawnSync('pdftotext', ['-bbox', path.join(dir, `${name}.pdf`), '-'], { encoding: 'utf8' }).stdout;
      bbox.split('<page ').slice(1).forEach((page, i) => {
        const dashes = [...page.matchAll(/<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">—[^<]*<\/word>/g)];
        const last = dashes[dashes.length - 1];
        assert.ok(last, `${name} page ${i + 1}: no page number`);
        const x = Number(last[2]);
        if (i % 2 === 0) assert.ok(x > 480, `${name} page ${i + 1}: number ends at ${x} pt, not on the right`);
        else assert.ok(Number(dashes[dashes.length - 2]?.[1] ?? last[1]) < 115, `${name} page ${i + 1}: number not on the left`);
      });
    }
    assert.ok(pages.get('seed000')!.length >= 3, 'the long seed fills several pages');
  });

  test('22 lines of 28 characters of body text a page', () => {
    // The report of plain Chinese text: no half-width characters, no punctuation inside lines.
    const list = pages.get('plain')!;
    assert.ok(list.length >= 3);
    let lines28 = 0;
    let total = 0;
    list.forEach((page, i) => {
      const lines = page.split('\n').filter((l) => l.trim() !== '').slice(0, -1).map((l) => l.replace(/\s/g, ''));
      if (i > 0 && i < list.length - 1) assert.equal(lines.length, 22, `page ${i + 1}: ${lines.length} lines`);
      for (const l of lines.slice(i === 0 ? 1 : 0)) {
        assert.ok(l.length <= 28, `page ${i + 1}: ${l.length} characters in ${l}`);
        total++;
        if (l.length === 28) lines28++;
      }
    });
    // Each paragraph's first line is indented two characters and its last is short; all others hold 28.
    const paragraphs = PLAIN.split('\n').length - 1;
    assert.ok(lines28 >= total - 2 * paragraphs, `${lines28} of ${total} lines hold 28 characters`);
  });

  test('no page holds more than 22 lines or a line more than 28 characters (real reports)', () => {
    for (const name of ['sample', 'seed000', 'seed003']) {
      pages.get(name)!.forEach((page, i) => {
        const lines = page.split('\n').filter((l) => l.trim() !== '').slice(0, -1);
        assert.ok(lines.length <= 22, `${name} page ${i + 1}: ${lines.length} lines`);
        for (const l of lines) {
          // Punctuation that closes a line may hang into the margin (LibreOffice's hanging punctuation).
          const w = width(l.trimEnd().replace(/[，。、,.;；：:！？）」』”]$/, ''));
          assert.ok(w <= 28.5, `${name} page ${i + 1}: ${w} characters in "${l.trim()}"`);
        }
      });
    }
  });

  test('page 1 rendered to PNG and kept for the README; its ink lies inside the 版心, the page number below it on the outer side', () => {
    const prefix = path.join(dir, 'page');
    const r = spawnSync('pdftoppm', ['-r', '60', '-png', '-f', '1', '-l', '1', '-singlefile', path.join(dir, 'sample.pdf'), prefix], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    const png = readFileSync(`${prefix}.png`);
    // A4 at 60 dpi is 496 × 702 pixels.
    assert.ok(Math.abs(png.readUInt32BE(16) - 496) <= 2 && Math.abs(png.readUInt32BE(20) - 702) <= 2, `${png.readUInt32BE(16)} × ${png.readUInt32BE(20)}`);
    copyFileSync(`${prefix}.png`, SHOT);
    assert.ok(statSync(SHOT).size > 10_000);
    // The same page as grey pixels (PGM) at 100 dpi, looked at in millimetres.
    const g = spawnSync('pdftoppm', ['-r', '100', '-gray', '-f', '1', '-l', '1', '-singlefile', path.join(dir, 'sample.pdf'), `${prefix}-grey`], { encoding: 'utf8' });
    assert.equal(g.status, 0, g.stderr);
    const page = readPgm(readFileSync(`${prefix}-grey.pgm`));
    const inkIn = (x0: number, y0: number, x1: number, y1: number) => page.ink(x0, y0, x1, y1);
    // Margins (GB/T 9704-2012 5.2.1): top 37, bottom 35, left 28, right 26 mm; a line's closing
    // punctuation may hang one character (5.6 mm) into the right margin.
    assert.equal(inkIn(0, 0, 210, 36), 0, 'ink in the top margin');
    assert.equal(inkIn(0, 0, 27, 297), 0, 'ink in the left margin');
    assert.equal(inkIn(184 + 6, 0, 210, 297), 0, 'ink in the right margin');
    assert.ok(inkIn(28, 37, 184, 262) > 2000, 'the 版心 holds the text');
    // The page number sits below the 版心, on the outer (right) side of an odd page.
    assert.ok(inkIn(105, 263, 184 + 6, 290) > 20, 'page number below the 版心 on the right');
    assert.equal(inkIn(0, 263, 105, 297), 0, 'nothing below the 版心 on the left of page 1');
  });
});

/** A binary PGM (P5) page: `ink` counts dark pixels in a rectangle given in millimetres. */
function readPgm(buf: Buffer): { ink(x0: number, y0: number, x1: number, y1: number): number } {
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(buf.subarray(0, 40).toString('latin1'));
  assert.ok(header, 'a PGM header');
  const [all, w, h] = [header[0], Number(header[1]), Number(header[2])];
  const pixels = buf.subarray(all.length);
  const px = (mm: number, size: number, of: number) => Math.max(0, Math.min(size, Math.round((mm / of) * size)));
  return {
    ink(x0, y0, x1, y1) {
      let n = 0;
      for (let y = px(y0, h, 297); y < px(y1, h, 297); y++) for (let x = px(x0, w, 210); x < px(x1, w, 210); x++) if (pixels[y * w + x] < 128) n++;
      return n;
    },
  };
}
