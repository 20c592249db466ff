/**
 * Turns the CLI's (or the editor's) path arguments into the report files to check: a file stays
 * as given, a directory is walked recursively, a glob is expanded here rather than by the shell
 * (Windows shells pass `*.txt` through untouched, so the same command must work everywhere).
 * Walks and globs keep only report files (file-types.ts) and skip `node_modules`, hidden folders
 * and files, and whatever a `.gongwenignore` (gitignore syntax) excludes. Nothing is dropped
 * silently: every argument that yields nothing and every folder that cannot be read is reported.
 */
import { existsSync, readdirSync, statSync, type Dirent } from 'node:fs';
import path from 'node:path';
import picomatch from 'picomatch';
import type { Locale } from '../core/index';
import { isReportFileName } from './file-types';
import { IgnoreRules } from './ignore-rules';
import { cliText } from './strings';

export interface Collected {
  /** Files to check, in argument order; a named file or `-` is kept exactly as given. */
  files: string[];
  /** One localised line per argument that gave nothing or folder that could not be read. */
  problems: string[];
  /** How many files (or whole folders) the ignore rules and the type table left out (for the summary line). */
  ignored: number;
  otherType: number;
  /** True when some argument was a folder or a glob (the summary line is then worth printing). */
  expanded: boolean;
}

const SKIPPED_DIRS = new Set(['node_modules']);

/**
 * Expands `args` (files, folders, globs; `-` for stdin) relative to `cwd`. Never throws on bad input.
 * `stopAt` (the editor's workspace folder) ends the upward search for `.gongwenignore` files, as
 * a repository root does (ignore-rules.ts).
 */
export function collectFiles(args: readonly string[], locale: Locale, cwd = process.cwd(), stopAt?: string): Collected {
  const out: Collected = { files: [], problems: [], ignored: 0, otherType: 0, expanded: false };
  const seen = new Set<string>();
  const rules = new IgnoreRules(stopAt);
  const add = (file: string) => {
    const key = file === '-' ? '-' : path.resolve(cwd, file);
    if (!seen.has(key)) (seen.add(key), out.files.push(file));
  };
  for (const arg of args) {
    const kind = kindOf(arg, cwd);
    if (kind === 'dir') {
      out.expanded = true;
      const before = out.files.length;
      walk(arg, path.resolve(cwd, arg), cwd, rules, out, add, locale, null);
      if (out.files.length === before) out.problems.push(`${arg}: ${cliText(locale, 'collect.emptyDir')}`);
    } else if (kind === 'glob') {
      out.expanded = true;
      const before = out.files.length;
      expandGlob(arg, cwd, rules, out, add, locale);
      if (out.files.length === before) out.problems.push(`${arg}: ${cliText(locale, 'collect.noMatch')}`);
    } else {
      // A named file (or a missing one: read-input reports it) is checked whatever its name, and as
      // often as it is named; only what folders and globs find is checked once.
      seen.add(arg === '-' ? '-' : path.resolve(cwd, arg));
      out.files.push(arg);
    }
  }
  return out;
}

function kindOf(arg: string, cwd: string): 'dir' | 'glob' | 'file' {
  if (arg === '-') return 'file';
  try {
    if (statSync(path.resolve(cwd, arg)).isDirectory()) return 'dir';
    return 'file';
  } catch {
    return picomatch.scan(toPattern(arg)).isGlob ? 'glob' : 'file';
  }
}

/** Glob syntax is the same on every OS: `/` separates, and on Windows a `\` the user typed does too. */
function toPattern(arg: string): string {
  return process.platform === 'win32' ? arg.replace(/\\/g, '/') : arg;
}

/**
 * Adds the report files under `dir` (recursively). With `match` (a glob's matcher, given the path
 * relative to the walk's root with `/`), only matching files are candidates.
 */
function walk(
  dir: string,
  root: string,
  cwd: string,
  rules: IgnoreRules,
  out: Collected,
  add: (f: string) => void,
  locale: Locale,
  match: ((rel: string) => boolean) | null,
): void {
  let entries: Dirent[];
  try {
    entries = readdirSync(path.resolve(cwd, dir), { withFileTypes: true });
  } catch (e) {
    out.problems.push(`${dir}: ${cliText(locale, 'collect.unreadableDir')} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
    return;
  }
  // Code-point order, so the output is the same on every OS and file system.
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const child = path.join(dir, entry.name);
    const abs = path.resolve(cwd, child);
    let isDir = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      // Linked files count; linked folders are not followed (they can loop), as git does not either.
      try {
        isFile = statSync(abs).isFile();
      } catch {
        isFile = false;
      }
      isDir = false;
    }
    if (entry.name.startsWith('.') || (isDir && SKIPPED_DIRS.has(entry.name))) continue;
    if (isDir) {
      // An excluded folder counts once; under a glob only if the glob could have reached into it.
      if (rules.ignores(abs, true)) out.ignored += match ? 0 : 1;
      else walk(child, root, cwd, rules, out, add, locale, match);
    } else if (isFile) {
      if (match && !match(path.relative(root, abs).split(path.sep).join('/'))) continue;
      if (!isReportFileName(entry.name)) out.otherType++;
      else if (rules.ignores(abs, false)) out.ignored++;
      else add(child);
    }
  }
}

/**
 * A glob is a walk of its fixed folder part (`reports/**` walks `reports`) keeping what matches the
 * rest, so globs skip exactly what folder walks skip. Syntax: picomatch's (`*`, `**`, `?`, `[…]`, `{a,b}`).
 */
function expandGlob(arg: string, cwd: string, rules: IgnoreRules, out: Collected, add: (f: string) => void, locale: Locale): void {
  const { base, glob } = picomatch.scan(toPattern(arg));
  const root = path.resolve(cwd, base || '.');
  const isMatch = picomatch(glob, { dot: false });
  const dir = base ? (process.platform === 'win32' ? base.replace(/\//g, '\\') : base) : '.';
  if (!existsSync(root)) return; // said once, as "no match", by the caller
  walk(dir, root, cwd, rules, out, add, locale, isMatch);
}

/** The one stderr line after an expansion: how many files were found and what was left out. */
export function describeCollection(c: Collected, locale: Locale): string {
  const extra = [c.ignored ? cliText(locale, 'collect.ignored', { n: c.ignored }) : '', c.otherType ? cliText(locale, 'collect.otherType', { n: c.otherType }) : ''].filter(Boolean);
  const also = extra.length ? cliText(locale, 'collect.also', { list: extra.join(cliText(locale, 'sep.clause')) }) : '';
  return `${cliText(locale, 'collect.found', { n: c.files.length, extra: also })}\n`;
}
