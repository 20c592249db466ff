/**
 * `.gongwenignore` files, read with gitignore semantics by the `ignore` library: a file's rules
 * apply to its folder and everything below, a deeper file's rules come later (so `!keep.txt` there
 * can re-include), and nothing inside an excluded folder comes back (git's rule).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import ignore, { type Ignore } from 'ignore';

export const IGNORE_FILE = '.gongwenignore';

export class IgnoreRules {
  private readonly files = new Map<string, Ignore | null>();
  private readonly dirs = new Map<string, boolean>();

  /** Rules are read from `.gongwenignore` files in `top` and the folders below it, down to each path. */
  constructor(private readonly top: string) {}

  /** The folder whose `.gongwenignore` files count for `abs`: `top` when inside it, else `fallback`. */
  private topFor(abs: string, fallback: string): string {
    const rel = path.relative(this.top, abs);
    return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel)) ? this.top : fallback;
  }

  /**
   * True when `abs` (a file, or a folder when `isDir`) is excluded. `root` is the folder a walk or
   * glob started from: outside `top`, rules are read from there down.
   */
  ignores(abs: string, isDir: boolean, root: string): boolean {
    const top = this.topFor(abs, root);
    const parent = path.dirname(abs);
    if (abs !== top && parent !== abs && this.isInsideIgnoredDir(parent, top)) return true;
    return this.decide(abs, isDir, top);
  }

  private isInsideIgnoredDir(dir: string, top: string): boolean {
    if (dir === top || path.dirname(dir) === dir) return false;
    const key = `${top}\0${dir}`;
    let known = this.dirs.get(key);
    if (known === undefined) {
      known = this.isInsideIgnoredDir(path.dirname(dir), top) || this.decide(dir, true, top);
      this.dirs.set(key, known);
    }
    return known;
  }

  /** Applies every rules file from `top` down to `abs`'s folder; the last one with an opinion wins. */
  private decide(abs: string, isDir: boolean, top: string): boolean {
    const chain: string[] = [];
    for (let d = path.dirname(abs); ; d = path.dirname(d)) {
      chain.push(d);
      if (d === top || path.dirname(d) === d) break;
    }
    let ignored = false;
    for (let i = chain.length - 1; i >= 0; i--) {
      const rules = this.load(chain[i]);
      if (!rules) continue;
      const rel = path.relative(chain[i], abs).split(path.sep).join('/');
      if (!rel || rel.startsWith('..')) continue;
      const r = rules.test(isDir ? `${rel}/` : rel);
      if (r.ignored) ignored = true;
      else if (r.unignored) ignored = false;
    }
    return ignored;
  }

  private load(dir: string): Ignore | null {
    let rules = this.files.get(dir);
    if (rules === undefined) {
      try {
        rules = ignore().add(readFileSync(path.join(dir, IGNORE_FILE), 'utf8'));
      } catch {
        rules = null; // none there (or unreadable: then it excludes nothing, as git does)
      }
      this.files.set(dir, rules);
    }
    return rules;
  }
}
