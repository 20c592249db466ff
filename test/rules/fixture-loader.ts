/**
 * Fixture format: a real-looking draft where a line that must be flagged ends with markers such
 * as `{heading-sequence}` (one per expected finding). Markers are stripped before parsing, so
 * columns stay true. Rules named in a fixture's markers, plus the rule of its folder, are
 * checked exactly: a finding without a marker fails the test as much as a marker without one.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';

export interface Fixture {
  rule: string;
  name: string;
  file: string;
  text: string;
  /** `line:rule` strings (1-based lines), one per expected finding, sorted. */
  expected: string[];
  /** The rules whose findings are compared. */
  checked: Set<string>;
  fixed: string | null;
}

const MARKERS = /\s*((?:\{[a-z0-9-]+\})+)[ \t]*$/;

export function parseFixture(raw: string, rule: string): { text: string; expected: string[]; checked: Set<string> } {
  const expected: string[] = [];
  const checked = new Set([rule]);
  // Keep every line break exactly: split on breaks but keep them.
  const parts = raw.split(/(\r\n|\r|\n)/);
  for (let i = 0; i < parts.length; i += 2) {
    const m = MARKERS.exec(parts[i]);
    if (!m) continue;
    for (const id of m[1].slice(1, -1).split('}{')) {
      expected.push(`${i / 2 + 1}:${id}`);
      checked.add(id);
    }
    parts[i] = parts[i].slice(0, m.index);
  }
  return { text: parts.join(''), expected: expected.sort(), checked };
}

export function loadFixtures(root: string): Fixture[] {
  const out: Fixture[] = [];
  for (const rule of readdirSync(root).sort()) {
    const dir = path.join(root, rule);
    for (const name of readdirSync(dir).sort()) {
      if (!name.endsWith('.txt') || name.endsWith('.fixed.txt')) continue;
      const file = path.join(dir, name);
      const fixedFile = file.replace(/\.txt$/, '.fixed.txt');
      out.push({
        rule,
        name: name.replace(/\.txt$/, ''),
        file,
        ...parseFixture(readFileSync(file, 'utf8'), rule),
        fixed: existsSync(fixedFile) ? readFileSync(fixedFile, 'utf8') : null,
      });
    }
  }
  return out;
}
