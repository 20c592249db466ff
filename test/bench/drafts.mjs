/**
 * Benchmark drafts built from the real seed reports: one title and opening, then the seeds'
 * level-1 sections one after another with their 一、二、… renumbered across the whole draft, then a
 * signature and a date — the structure of a real report, only longer. Ordinals above 九十九 do not
 * exist in GB/T 9704, so past 99 sections the numbering restarts at 一、 (one heading-sequence
 * finding per hundred sections, as a very long real draft pasted together would have).
 * Also renders a draft as Markdown for the markdownlint comparison.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';

export function seedDir(repoRoot) {
  for (const d of [path.join(repoRoot, 'test/fixtures/seeds'), '/work/shared/corpus/seeds']) if (existsSync(d)) return d;
  throw new Error('no seed reports found (test/fixtures/seeds or /work/shared/corpus/seeds)');
}

export function loadSeeds(repoRoot) {
  const dir = seedDir(repoRoot);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({ name: f, text: readFileSync(path.join(dir, f), 'utf8') }));
}

/** Each seed's level-1 sections as arrays of lines, the first line being the heading without its label. */
export function sectionsOf(core, seeds) {
  const out = [];
  for (const { text } of seeds) {
    const model = core.parse(text);
    const roots = model.roots.filter((h) => h.level === 1);
    for (const h of roots) {
      const line = model.lines[h.line];
      const heading = line.text.slice(h.numbered ? h.labelEnd : line.contentStart).replace(/^[\s\u3000]+/, '');
      const body = [];
      for (let i = h.line + 1; i <= h.endLine; i++) body.push(model.lines[i].text);
      out.push({ heading, body });
    }
  }
  if (out.length === 0) throw new Error('the seeds have no level-1 sections');
  return out;
}

const utf8 = (s) => Buffer.byteLength(s, 'utf8');

/** A draft of about `bytes` UTF-8 bytes (never less), LF line breaks. */
export function buildDraft(core, sections, bytes, year = 2024) {
  const head = [`某市科学技术局关于${year}年度法治政府建设情况的报告`, '', `现将${year}年度法治政府建设情况报告如下：`, ''];
  const tail = ['', '某市科学技术局', `${year + 1}年1月8日`, ''];
  const lines = [...head];
  let size = utf8(head.join('\n') + '\n' + tail.join('\n'));
  let n = 0;
  for (let k = 0; size < bytes; k++) {
    const s = sections[k % sections.length];
    const headingLine = core.formatLabel(1, (n++ % 99) + 1) + s.heading;
    for (const l of [headingLine, ...s.body]) {
      lines.push(l);
      size += utf8(l) + 1;
      if (size >= bytes) break;
    }
  }
  return lines.concat(tail).join('\n');
}

/** The same text as Markdown: headings as `#` … `####` by level, everything else unchanged. */
export function toMarkdown(core, text) {
  const model = core.parse(text);
  const lines = text.split('\n');
  for (const h of model.headings) {
    const l = model.lines[h.line];
    lines[h.line] = `${'#'.repeat(h.level)} ${l.text.slice(l.contentStart)}`;
  }
  if (model.title) lines[model.title.mainLine] = `# ${lines[model.title.mainLine].trim()}`;
  return lines.join('\n');
}

/** MD043 with the statutory section headings of the 规定, any other headings in between. */
export function md043Headings(core) {
  const h = ['*'];
  for (const s of core.FZZF_PROFILE.sections.filter((d) => d.required)) h.push(`# ${s.templateNoYear}`, '*');
  return h;
}
