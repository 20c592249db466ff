// Checks snippets/gongwen.json: prefixes and descriptions, the report skeleton (five statutory sections in order,
// GB/T 9704 ordinals, full-width brackets) and the text each snippet inserts when every placeholder keeps its default.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

interface Snippet {
  prefix: string | string[];
  body: string | string[];
  description: string;
}
const snippets: Record<string, Snippet> = JSON.parse(readFileSync(path.join(root, 'snippets', 'gongwen.json'), 'utf8'));

// ---- A small subset of the VS Code snippet syntax: $n, ${n}, ${n:default}, ${n/regex/format/options}. ----

type SnippetNode =
  | string
  | { index: number; children?: SnippetNode[]; transform?: { regex: string; format: string; options: string } };

function parseSnippet(src: string): SnippetNode[] {
  let i = 0;
  const until = (stop: string): string => {
    let out = '';
    while (src[i] !== stop) {
      if (i >= src.length) throw new Error(`unterminated snippet element in ${src}`);
      if (src[i] === '\\' && src[i + 1] === stop) i++;
      out += src[i++];
    }
    i++;
    return out;
  };
  const sequence = (insidePlaceholder: boolean): SnippetNode[] => {
    const nodes: SnippetNode[] = [];
    let text = '';
    const flush = () => {
      if (text) nodes.push(text);
      text = '';
    };
    while (i < src.length) {
      const rest = src.slice(i);
      if (rest[0] === '\\' && '$}\\'.includes(rest[1] ?? '')) {
        text += rest[1];
        i += 2;
      } else if (insidePlaceholder && rest[0] === '}') {
        break;
      } else if (rest[0] === '$') {
        flush();
        const simple = /^\$(\d+)/.exec(rest);
        const complex = /^\$\{(\d+)([:/}])/.exec(rest);
        if (simple) {
          nodes.push({ index: Number(simple[1]) });
          i += simple[0].length;
        } else if (complex) {
          const index = Number(complex[1]);
          i += complex[0].length;
          if (complex[2] === '}') nodes.push({ index });
          else if (complex[2] === ':') {
            const children = sequence(true);
            assert.equal(src[i], '}', `unclosed placeholder in ${src}`);
            i++;
            nodes.push({ index, children });
          } else nodes.push({ index, transform: { regex: until('/'), format: until('/'), options: until('}') } });
        } else {
          throw new Error(`unsupported snippet syntax: ${rest}`);
        }
      } else {
        text += rest[0];
        i++;
      }
    }
    flush();
    return nodes;
  };
  const nodes = sequence(false);
  assert.equal(i, src.length, `trailing "}" in ${src}`);
  return nodes;
}

/** Applies a transform's format string ($n and ${n:+text} only) to a regex match. */
function formatMatch(format: string, groups: (string | undefined)[]): string {
  return format.replace(/\$(\d+)|\$\{(\d+):\+([^}]*)\}|\$\{[^}]*\}/g, (whole, plain, cond, ifText) => {
    if (plain !== undefined) return groups[Number(plain)] ?? '';
    if (cond !== undefined) return groups[Number(cond)] ? ifText : '';
    throw new Error(`unsupported format element ${whole}`);
  });
}

/** The text a snippet inserts, with `values` typed into placeholders and all other placeholders at their defaults. */
function expand(snippet: Snippet, values: Record<number, string> = {}): string {
  const src = Array.isArray(snippet.body) ? snippet.body.join('\n') : snippet.body;
  const nodes = parseSnippet(src);
  const defaults = new Map<number, SnippetNode[]>();
  const collect = (list: SnippetNode[]) => {
    for (const n of list) {
      if (typeof n === 'string' || !n.children) continue;
      if (!defaults.has(n.index)) defaults.set(n.index, n.children);
      collect(n.children);
    }
  };
  collect(nodes);
  const valueOf = (index: number): string => values[index] ?? render(defaults.get(index) ?? []);
  const render = (list: SnippetNode[]): string =>
    list
      .map((n) => {
        if (typeof n === 'string') return n;
        if (n.transform) {
          const { regex, format, options } = n.transform;
          return valueOf(n.index).replace(new RegExp(regex, options), (...args: unknown[]) =>
            formatMatch(format, args.slice(0, -2) as (string | undefined)[]),
          );
        }
        return valueOf(n.index);
      })
      .join('');
  return render(nodes);
}

// ---- Heading shapes ----

const HAN = '[一二三四五六七八九十百零〇]+';
/** Anything that a reader (or the grammar) would take for a numbered heading, in either bracket width. */
const LOOKS_LIKE_HEADING = new RegExp(`^\\s*(?:${HAN}、|[（(]${HAN}[）)]|\\d+[.．、](?!\\d)|[（(]\\d+[）)])`);
/** The exact GB/T 9704 forms, with text and no trailing punctuation. */
const GBT_HEADING = new RegExp(`^(?:${HAN}、|（${HAN}）|\\d+\\.|（\\d+）)\\S.*[^。，、；：！？,.;:!?]$`);

const bySnippetPrefix = (prefix: string): Snippet => {
  const found = Object.values(snippets).find((s) => ([] as string[]).concat(s.prefix).includes(prefix));
  assert.ok(found, `no snippet with prefix ${prefix}`);
  return found;
};

test('every snippet has a Chinese and a Latin prefix and a Chinese description', () => {
  assert.ok(Object.keys(snippets).length >= 11);
  for (const [name, s] of Object.entries(snippets)) {
    const prefixes = ([] as string[]).concat(s.prefix);
    assert.ok(prefixes.some((p) => /[\u4e00-\u9fff]/.test(p)), `${name}: no Chinese prefix`);
    assert.ok(prefixes.some((p) => /^[a-z]+$/.test(p)), `${name}: no Latin prefix`);
    assert.ok(typeof s.description === 'string' && /[\u4e00-\u9fff]/.test(s.description), `${name}: description`);
    assert.ok(s.body.length > 0, `${name}: empty body`);
  }
});

test('the specified prefixes exist', () => {
  const pairs = [
    ['法治报告', 'fzbg'],
    ['主要举措', 'zycs'],
    ['不足原因', 'bzyy'],
    ['第一责任人', 'dyzrr'],
    ['下一年度安排', 'xyndap'],
    ['其他情况', 'qtqk'],
    ['一级标题', 'yjbt'],
    ['二级标题', 'ejbt'],
    ['三级标题', 'sjbt'],
    ['四级标题', 'sijbt'],
    ['落款', 'lk'],
  ];
  for (const [zh, latin] of pairs) assert.equal(bySnippetPrefix(zh), bySnippetPrefix(latin), `${zh} / ${latin}`);
});

test('the skeleton has title, addressee, opening, the five statutory sections in order, signature and date', () => {
  const lines = expand(bySnippetPrefix('fzbg')).split('\n');
  assert.equal(lines[0], 'XX局关于2025年度法治政府建设情况的报告');
  assert.ok(lines.some((l) => /^\S+：$/.test(l)), 'addressee line ending with a full-width colon');
  assert.ok(lines.includes('现将2025年度法治政府建设情况报告如下：'));
  assert.deepEqual(
    lines.filter((l) => new RegExp(`^${HAN}、`).test(l)),
    [
      '一、2025年度推进法治政府建设的主要举措和成效',
      '二、2025年度推进法治政府建设存在的不足和原因',
      '三、2025年度党政主要负责人履行推进法治建设第一责任人职责，加强法治政府建设的有关情况',
      '四、2026年度推进法治政府建设的主要安排',
      '五、其他需要报告的情况',
    ],
  );
  assert.deepEqual(
    lines.filter((l) => /^（[一二三四五六七八九十]+）/.test(l)),
    ['（一）标题', '（二）标题'],
  );
  assert.equal(lines.at(-2), 'XX局', 'signature repeats the organ of the title');
  assert.match(lines.at(-1) ?? '', /^\d{4}年[1-9]\d?月[1-9]\d?日$/);
});

// The plan year (section 四) follows the report year in the client as it is typed: test/unit/first-steps.test.ts.

test('snippet headings use the exact GB/T 9704 forms: full-width brackets, no trailing punctuation', () => {
  for (const [name, s] of Object.entries(snippets)) {
    for (const line of expand(s).split('\n')) {
      if (!LOOKS_LIKE_HEADING.test(line)) continue;
      assert.ok(!/[()]/.test(line), `${name}: half-width bracket in heading "${line}"`);
      assert.match(line, GBT_HEADING, `${name}: heading "${line}"`);
    }
  }
});

test('each heading-level snippet inserts its level', () => {
  assert.equal(expand(bySnippetPrefix('yjbt')), '一、标题');
  assert.equal(expand(bySnippetPrefix('ejbt')), '（一）标题');
  assert.equal(expand(bySnippetPrefix('sjbt')), '1.标题');
  assert.equal(expand(bySnippetPrefix('sijbt')), '（1）标题');
});

test('whole-line body placeholders do not look like headings', () => {
  for (const [name, s] of Object.entries(snippets)) {
    for (const line of ([] as string[]).concat(s.body)) {
      const whole = /^\$\{\d+:([^{}$]*)\}(?:\$0)?$/.exec(line);
      if (whole) assert.ok(!LOOKS_LIKE_HEADING.test(whole[1]), `${name}: placeholder line "${line}" looks like a heading`);
    }
  }
});

test('the signature snippet dates have no zero padding', () => {
  for (const prefix of ['lk', 'fzbg']) {
    const dates = expand(bySnippetPrefix(prefix)).match(/\d{4}年\d+月\d+日/g) ?? [];
    assert.ok(dates.length > 0, prefix);
    for (const d of dates) assert.match(d, /^\d{4}年[1-9]\d?月[1-9]\d?日$/);
  }
});
