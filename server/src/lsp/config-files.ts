/**
 * `.gongwen.json` in the editor: for a document on disk, the nearest configuration file from its
 * folder up to its workspace folder (or a repository root) overrides the user settings, as
 * markdownlint's file does. The client watches the files and tells the server when one changes;
 * each problem of a broken file is shown once (a notification and the Output panel), never silently.
 * Documents that are not files (untitled, virtual) keep the user settings.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { applyConfig, type LintOptions, type Locale } from '../core';
import { findConfig, loadConfig, type LoadedConfig } from '../node/config-file';

export class ConfigFiles {
  private folders: string[] = [];
  private readonly nearest = new Map<string, string | null>();
  private readonly loaded = new Map<string, LoadedConfig>();
  /** Applied options per configuration file, for one settings generation: a stable identity per file. */
  private readonly applied = new Map<string, { generation: number; options: LintOptions }>();
  private readonly shown = new Set<string>();

  constructor(private readonly warn: (message: string, locale: Locale) => void) {}

  /** The workspace folders (file: URIs) that end the upward search. */
  setFolders(uris: string[]): void {
    this.folders = uris.flatMap((u) => (u.startsWith('file:') ? [fileURLToPath(u)] : []));
    this.invalidate();
  }

  /** A configuration file changed, appeared or went: read them again. */
  invalidate(): void {
    this.nearest.clear();
    this.loaded.clear();
    this.applied.clear();
  }

  /** The options for a document: the user settings (`base`), its configuration file applied. */
  optionsFor(uri: string, base: LintOptions, generation: number): LintOptions {
    const config = this.configOf(uri, base.locale ?? 'zh');
    if (!config) return base;
    const memo = this.applied.get(config.path);
    if (memo && memo.generation === generation) return memo.options;
    const options = applyConfig(base, config.config);
    this.applied.set(config.path, { generation, options });
    return options;
  }

  private configOf(uri: string, locale: Locale): LoadedConfig | null {
    if (!uri.startsWith('file:')) return null;
    let dir: string;
    try {
      dir = path.dirname(fileURLToPath(uri));
    } catch {
      return null;
    }
    if (!this.nearest.has(dir)) this.nearest.set(dir, findConfig(dir, this.folderOf(dir)));
    const file = this.nearest.get(dir);
    if (!file) return null;
    let config = this.loaded.get(file);
    if (!config) {
      this.loaded.set(file, (config = loadConfig(file, locale)));
      for (const problem of config.problems) {
        if (this.shown.has(problem)) continue;
        this.shown.add(problem);
        this.warn(problem, locale);
      }
    }
    return config;
  }

  private folderOf(dir: string): string | undefined {
    return this.folders.filter((f) => dir === f || dir.startsWith(f + path.sep)).sort((a, b) => b.length - a.length)[0];
  }
}
