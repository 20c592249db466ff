/**
 * Finding and reading `.gongwen.json` (JSONC: comments and trailing commas allowed) for the CLI and
 * the language server. The nearest file from the checked file's folder upward wins; the search stops
 * at the workspace folder, at a repository root (a folder holding `.git`) or at the file-system root.
 * Every problem comes back as `file:line:col: what is wrong`, and what could not be read is left at
 * its default: never a silent fallback.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { findNodeAtLocation, getNodeValue, parseTree, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { applyConfig, readConfig, type GongwenConfig, type LintOptions, type Locale } from '../core';
import { cliText } from './strings';

export const CONFIG_NAME = '.gongwen.json';

/** A read configuration file: what it says and what was wrong with it (already located). */
export interface LoadedConfig {
  path: string;
  config: GongwenConfig;
  problems: string[];
}

/** The nearest `.gongwen.json` from `dir` upward, or null. `stopAt` (a workspace folder) ends the search. */
export function findConfig(dir: string, stopAt?: string): string | null {
  let current = path.resolve(dir);
  const stop = stopAt ? path.resolve(stopAt) : null;
  for (;;) {
    const candidate = path.join(current, CONFIG_NAME);
    if (isFile(candidate)) return candidate;
    if (current === stop || existsSync(path.join(current, '.git'))) return null;
    const parent = path.dirname(current);
    if (parent === current) return null;
    current = parent;
  }
}

/** Reads and validates one configuration file. Never throws. */
export function loadConfig(file: string, locale: Locale): LoadedConfig {
  let text: string;
  try {
    text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  } catch (e) {
    const why = (e as NodeJS.ErrnoException).code ?? String(e);
    return { path: file, config: readConfig({}).config, problems: [`${file}: ${cliText(locale, 'config.unreadable', { why })}`] };
  }
  return parseConfigText(file, text, locale);
}

/** Parses and validates the text of a configuration file named `file` (for messages). */
export function parseConfigText(file: string, text: string, locale: Locale): LoadedConfig {
  const errors: ParseError[] = [];
  const tree = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false });
  const at = (offset: number) => {
    const before = text.slice(0, offset);
    const line = before.split('\n').length;
    return `${file}:${line}:${offset - before.lastIndexOf('\n')}`;
  };
  if (errors.length || !tree) {
    const e = errors[0];
    const where = e ? at(e.offset) : `${file}:1:1`;
    const what = e ? printParseErrorCode(e.error) : 'empty';
    const message = cliText(locale, 'config.badJson', { what });
    return { path: file, config: readConfig({}).config, problems: [`${where}: ${message}`] };
  }
  const raw: unknown = getNodeValue(tree);
  const { config, problems } = readConfig(raw);
  const located = problems.map((p) => {
    const node = p.path.length ? findNodeAtLocation(tree, p.path) : tree;
    // An unknown key points at its name; a bad value at the value.
    const offset = node ? (p.key && node.parent?.type === 'property' ? node.parent.offset : node.offset) : 0;
    return { offset, text: `${at(offset)}: ${p.message[locale]}` };
  });
  return { path: file, config, problems: located.sort((a, b) => a.offset - b.offset).map((p) => p.text) };
}

function isFile(p: string): boolean {
  try {
    return statSync(p).isFile();
  } catch {
    return false;
  }
}

/** Per-folder memo for a run over many files: each folder's nearest file is looked up once. */
export class ConfigResolver {
  private readonly byDir = new Map<string, string | null>();
  private readonly loaded = new Map<string, LoadedConfig>();

  constructor(private readonly locale: Locale, private readonly explicit?: string) {}

  /** The configuration for a file in `dir` (`--config` wins), or null when there is none. */
  forDir(dir: string): LoadedConfig | null {
    const file = this.explicit ?? this.nearest(dir);
    if (!file) return null;
    let loaded = this.loaded.get(file);
    if (!loaded) this.loaded.set(file, (loaded = loadConfig(file, this.locale)));
    return loaded;
  }

  /** Every configuration read so far (to report each one's problems once). */
  all(): LoadedConfig[] {
    return [...this.loaded.values()];
  }

  private nearest(dir: string): string | null {
    const key = path.resolve(dir);
    if (!this.byDir.has(key)) this.byDir.set(key, findConfig(key));
    return this.byDir.get(key)!;
  }
}

/**
 * The options for checking `file` (`-` is stdin, placed at `stdinName` or the working folder): the
 * command line's `base` with the nearest configuration applied. A locale given on the command line
 * (present in `base`) beats the file's.
 */
export function optionsFor(file: string, base: LintOptions, resolver: ConfigResolver, stdinName?: string): LintOptions {
  const shownAs = file === '-' ? stdinName ?? 'stdin' : file;
  // A Markdown draft (`.md`) is read as Markdown: `## 一、…` is a heading.
  const own = /\.(?:md|markdown)$/i.test(shownAs) ? { ...base, markdown: true } : base;
  const loaded = resolver.forDir(path.dirname(path.resolve(shownAs)));
  if (!loaded) return own;
  const applied = applyConfig(own, loaded.config);
  return base.locale ? { ...applied, locale: base.locale } : applied;
}
