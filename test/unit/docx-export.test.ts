/**
 * `exportDocx`: the GB/T 9704 layout in the XML (page, margins, line grid, fonts and sizes by
 * paragraph kind, run-in headings, signature and date, page numbers on the outer side, font
 * fallbacks), residue left out, and a seed exported and read back giving the same text.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { exportDocx } from '../../server/src/node/docx/export';
import { readDocx } from '../../server/src/node/docx/read';
import { parse } from '../../server/src/core';

const SAMPLE = readFileSync(path.join(__dirname, '..', 'sample', '2025年度法治政府建设情况报告（草稿）.txt'), 'utf8');
const SEEDS = path.join(__dirname, '..', 'fixtures', 'seeds');

async function parts(text: string) {
  const r = await exportDocx(text);
  const files = unzipSync(r.bytes);
  const part = (name: string) => strFromU8(files[name]);
  return { r, part, doc: part('word/document.xml') };
}

/** The `<w:p>` whose text is `text`, as XML. */
function paragraphXml(doc: string, text: string, exact = false): string {
  const shown = (x: string) => x.replace(/<[^>]+>/g, '');
  const p = doc.split('<w:p>').find((x) => (exact ? shown(x) === text : shown(x).includes(text)));
  assert.ok(p, `no paragraph with ${text}`);
  return p;
}

/** The text the draft shows: its lines without residue and blank lines, trimmed. */
function shownLines(text: string): string[] {
  const model = parse(text);
  return model.lines
    .filter((l) => l.kind !== 'residue')
    .map((l) => {
      let t = l.text;
      for (const r of model.residue.filter((x) => x.line === l.index && !x.wholeLine).sort((a, b) => b.start - a.start)) t = t.slice(0, r.start) + t.slice(r.end);
      return t.trim();
    })
    .filter((t) => t !== '');
}

describe('exportDocx: the GB/T 9704-2012 layout in the XML', () => {
  test('A4, margins 37/35/28/26 mm, a line grid of 28.95 pt and even/odd footers', async () => {
    const { doc, part } = await parts(SAMPLE);
    assert.match(doc, /<w:pgSz w:w="11906" w:h="16838"/);
    assert.match(doc, /<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587"/);
    assert.match(doc, /<w:docGrid w:type="lines" w:linePitch="579"\/>/);
    assert.match(part('word/settings.xml'), /<w:evenAndOddHeaders\/>/);
    // 156 mm type area: 28 characters of 16 pt condensed by 0.25 pt fit (441 pt ≤ 442.2 pt), 29 do not.
    const line = (11906 - 1587 - 1474) / 20;
    assert.ok(28 * (16 - 0.25) <= line && 29 * (16 - 0.25) > line);
    assert.match(paragraphXml(doc, '局党组把法治政府建设'), /<w:spacing w:val="-5"\/>/);
  });

  test('title 2号 方正小标宋简体 centred; body 3号 仿宋_GB2312 with a two-character indent, fixed 28.95 pt lines', async () => {
    const { doc } = await parts(SAMPLE);
    const title = paragraphXml(doc, '某市科学技术局关于2025年度');
    assert.match(title, /<w:jc w:val="center"\/>/);
    assert.match(title, /w:eastAsia="方正小标宋简体"/);
    assert.match(title, /<w:sz w:val="44"\/>/);
    const body = paragraphXml(doc, '局党组把法治政府建设');
    assert.match(body, /w:eastAsia="仿宋_GB2312"/);
    assert.match(body, /<w:sz w:val="32"\/>/);
    assert.match(body, /w:firstLineChars="200"/);
    assert.match(body, /<w:spacing [^>]*w:line="579" w:lineRule="exact"/);
  });

  test('主送机关 flush left, one blank line below the title', async () => {
    const { doc } = await parts(SAMPLE);
    const to = paragraphXml(doc, '市委全面依法治市委员会办公室');
    assert.doesNotMatch(to, /firstLine/);
    assert.match(to, /w:before="579"/);
  });

  test('headings: level 1 黑体, level 2 楷体_GB2312; a run-in heading keeps its body in 仿宋 on the same paragraph', async () => {
    const { doc } = await parts(SAMPLE);
    assert.match(paragraphXml(doc, '一、2025年度推进法治政府建设的主要举措'), /w:eastAsia="黑体"/);
    assert.match(paragraphXml(doc, '（二）健全依法决策机制'), /w:eastAsia="楷体_GB2312"/);
    const { doc: runIn } = await parts('某市科学技术局关于2025年度法治政府建设情况的报告\n一、主要举措\n（一）强化组织领导。局党组全年研究法治工作4次。\n');
    const p = paragraphXml(runIn, '（一）强化组织领导。');
    const runs = p.split('<w:r>').slice(1);
    assert.equal(runs.length, 2);
    assert.match(runs[0], /楷体_GB2312[\s\S]*（一）强化组织领导。</);
    assert.match(runs[1], /仿宋_GB2312[\s\S]*局党组全年研究法治工作4次。</);
  });

  test('date right-aligned four characters in; signature centred over it; a blank line above them', async () => {
    const { doc } = await parts(SAMPLE);
    const date = paragraphXml(doc, '2025年12月08日');
    assert.match(date, /<w:jc w:val="right"\/>/);
    assert.match(date, /w:right="1264"/); // 4 × 315.9 twips
    const sig = paragraphXml(doc, '某市科学技术局', true);
    assert.match(sig, /<w:jc w:val="right"\/>/);
    // 2025年12月08日 is 3 full + 8 half = 7 characters wide, 某市科学技术局 7 too: their centres
    // align when both stand 4 characters in; a shorter signature stands further in.
    assert.match(sig, /w:right="1264"/);
    const { doc: short } = await parts('某局关于2025年度法治政府建设情况的报告\n一、主要举措\n某局\n2026年1月8日\n');
    // 2026年1月8日: 3 full + 6 half = 6; 某局 2: (4 + 3 − 1) × 315.9.
    assert.match(paragraphXml(short, '某局', true), /w:right="1895"/);
    assert.match(sig, /w:before="579"/);
  });

  test('page numbers — N — in 4号 宋体, odd pages right and even pages left, one character in', async () => {
    const { part } = await parts(SAMPLE);
    const footers = Object.keys(unzipSync((await exportDocx(SAMPLE)).bytes)).filter((f) => /^word\/footer\d+\.xml$/.test(f)).map(part);
    const odd = footers.find((f) => /<w:jc w:val="right"\/>/.test(f));
    const even = footers.find((f) => /<w:jc w:val="left"\/>/.test(f));
    assert.ok(odd && even, 'two footers, one right and one left');
    for (const f of [odd, even]) {
      assert.match(f, /— <\/w:t>[\s\S]*PAGE[\s\S]*<w:t xml:space="preserve"> —/);
      assert.match(f, /w:eastAsia="宋体"/);
      assert.match(f, /<w:sz w:val="28"\/>/);
    }
    assert.match(odd, /w:right="316"/);
    assert.match(even, /w:left="316"/);
  });

  test('fonts carry their usual fallbacks in the font table', async () => {
    const table = (await parts(SAMPLE)).part('word/fontTable.xml');
    for (const [font, alt] of [['仿宋_GB2312', '仿宋'], ['仿宋', 'FangSong'], ['楷体_GB2312', '楷体'], ['楷体', 'KaiTi'], ['黑体', 'SimHei'], ['方正小标宋简体', '宋体']]) {
      assert.match(table, new RegExp(`<w:font w:name="${font}"><w:altName w:val="${alt}"/>`));
    }
  });

  test('residue is left out; errors are counted, never refused', async () => {
    const { r, doc } = await parts('您当前所在的位置：首页 > 政务公开\n某市科学技术局关于2025年度法治政府建设情况的报告\n一、主要举措\n三、存在的不足\n');
    assert.doesNotMatch(doc, /您当前所在的位置/);
    assert.equal(r.residueLines, 1);
    assert.ok(r.errors > 0);
  });
});

describe('a seed exported and read back gives the same text', () => {
  for (const file of readdirSync(SEEDS).filter((f) => f.endsWith('.txt'))) {
    test(file, async () => {
      const typed = readFileSync(path.join(SEEDS, file), 'utf8');
      const back = readDocx((await exportDocx(typed)).bytes).text;
      assert.deepEqual(back.split('\n'), shownLines(typed));
    });
  }
  test('the sample draft', async () => {
    assert.deepEqual(readDocx((await exportDocx(SAMPLE)).bytes).text.split('\n'), shownLines(SAMPLE));
  });
});
