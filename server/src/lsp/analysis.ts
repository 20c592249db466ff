/**
 * One parse per document version: the model is cached by URI and version, and the findings by
 * version and settings generation, so a settings change re-runs the rules without re-parsing
 * and every handler of one version reads the same model.
 */
import { parse, lintModel, type DocumentModel, type Finding, type LintOptions, type Locale } from '../core';

/** What the cache needs of an open document (the server keeps them as line-documents.ts's). */
export interface OpenDocument {
  readonly uri: string;
  readonly version: number;
  getText(): string;
}

/** Everything the handlers need about one version of one document. */
export interface Analysis {
  uri: string;
  version: number;
  text: string;
  model: DocumentModel;
  findings: Finding[];
  options: LintOptions;
  locale: Locale;
}

interface Entry {
  /** The document object: a reopened document restarts at version 1 under the same URI. */
  doc: OpenDocument;
  version: number;
  /** The report type the model was parsed for (a configuration file may choose it). */
  profileChoice: LintOptions['profile'];
  model: DocumentModel;
  generation: number;
  analysis: Analysis | null;
  /** Rules whose failure was already logged for this version. */
  loggedFailures: Set<string>;
}

export class AnalysisCache {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly logError: (message: string) => void) {}

  /** The analysis of the document's current version under the given settings generation. */
  get(doc: OpenDocument, options: LintOptions, generation: number): Analysis {
    let entry = this.entries.get(doc.uri);
    // A configuration file can choose the report type: a different choice needs a new parse.
    if (!entry || entry.doc !== doc || entry.version !== doc.version || entry.profileChoice !== options.profile) {
      // Let go of the old version's model before building the new one: on a 20 MB draft two
      // models alive at once are what lifts the peak (issue 8).
      this.entries.delete(doc.uri);
      entry = undefined; // the local too: it held the old entry while `parse` runs below
      entry = { doc, version: doc.version, profileChoice: options.profile, model: parse(doc.getText(), options.profile, options.markdown ? 'markdown' : 'text'), generation: -1, analysis: null, loggedFailures: new Set() };
      this.entries.set(doc.uri, entry);
    }
    if (entry.analysis && entry.generation === generation) return entry.analysis;
    const result = lintModel(entry.model, options);
    for (const failure of result.failures) {
      if (entry.loggedFailures.has(failure.rule)) continue;
      entry.loggedFailures.add(failure.rule);
      this.logError(`rule ${failure.rule} failed on ${doc.uri} (version ${doc.version}): ${failure.error}`);
    }
    entry.generation = generation;
    entry.analysis = {
      uri: doc.uri,
      version: doc.version,
      text: entry.model.text,
      model: entry.model,
      findings: result.findings,
      options,
      locale: options.locale ?? 'zh',
    };
    return entry.analysis;
  }

  drop(uri: string): void {
    this.entries.delete(uri);
  }
}
