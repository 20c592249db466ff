/**
 * `.gongwenignore` files, read with gitignore semantics by the `ignore` library: a file's rules
 * apply to its folder and everything below, a deeper file's rules come later (so `!keep.txt` there
 * can re-include), and nothing inside an excluded folder comes back (git's rule).
 *
 * Which files count for a path: every `.gongwenignore` from the path's folder up to its root, the
 * same root where the `.gongwen.json` search stops (config-file.ts): the workspace folder in the
 * editor, a repository root (a folder holding `.git`), or the file-system root. So `gongwen check
 * sub/` from anywhere, a glob, and the editor's workspace check all honour an ignore file in a
 * parent folder, as git honours a .gitignore above the folder it is asked about.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ignore, { type Ignore } from 'ignore';

export const IGNORE_FILE = '.gongwenignore';

export class IgnoreRules {
  private readonly files = new Map<string, Ignore | null>();
  private readonly dirs = new Map<string, boolean>();
  private readonly roots = new Map<string, string>();
  private readonly stopAt: string | null;

  /** `stopAt` (a workspace folder) ends the upward search like a repository root does. */
  constructor(stopAt?: string) {
    this.stopAt = stopAt ? path.resolve(stopAt) : null;
  }

  /** True when `abs` (a file, or a folder when `isDir`) is excluded. */
  ignores(abs: string, isDir: boolean): boolean {
    const root = this.rootOf(path.dirname(abs));
    const parent = path.dirname(abs);
    if (abs !== root && parent !== abs && this.isInsideIgnoredDir(parent, root)) return true;
    return this.decide(abs, isDir, root);
  }

  /** The folder the search for `dir` stops at: `stopAt`, a repository root, or the file-system root. */
  private rootOf(dir: string): string {
    let root = this.roots.get(dir);
    if (root === undefined) {
      const parent = path.dirname(dir);
      root = dir === this.stopAt || parent === dir || existsSync(path.join(dir, '.git')) ? dir : this.rootOf(parent);
      this.roots.set(dir, root);
    }
    return root;
  }

  private isInsideIgnoredDir(dir: string, root: string): boolean {
    if (dir === root || path.dirname(dir) === dir) return false;
    const key = `${root}\0${dir}`;
    let known = this.dirs.get(key);
    if (known === undefined) {
      known = this.isInsideIgnoredDir(path.dirname(dir), root) || this.decide(dir, true, root);
      this.dirs.set(key, known);
    }
    return known;
  }

  /** Applies every rules file from `root` down to `abs`'s folder; the last one with an opinion wins. */
  private decide(abs: string, isDir: boolean, root: string): boolean {
    const chain: string[] = [];
    for (let d = path.dirname(abs); ; d = path.dirname(d)) {
      chain.push(d);
      if (d === root || path.dirname(d) === d) break;
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
