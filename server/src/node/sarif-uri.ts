/**
 * SARIF artifact URIs (RFC 3986): a relative path becomes a percent-encoded relative reference
 * resolved against %SRCROOT% (the working directory, given in originalUriBaseIds); an absolute path
 * becomes a file: URI. Chinese names, spaces and `#`/`?` are encoded, so every validator accepts them.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export const SRCROOT = '%SRCROOT%';

export interface ArtifactLocation {
  uri: string;
  uriBaseId?: string;
}

/** Where a checked path points, as a SARIF artifactLocation. `-` (stdin) keeps its display name. */
export function artifactLocation(file: string, stdinName?: string): ArtifactLocation {
  if (file === '-') return stdinName ? artifactLocation(stdinName) : { uri: 'stdin' };
  if (path.isAbsolute(file)) return { uri: pathToFileURL(file).href };
  const segments = path.normalize(file).split(/[\\/]+/).filter((s) => s !== '' && s !== '.');
  return { uri: segments.map(encodeURIComponent).join('/'), uriBaseId: SRCROOT };
}

/** The base the relative URIs resolve against: the working directory, with a trailing slash. */
export function originalUriBaseIds(cwd: string): Record<string, { uri: string }> {
  const href = pathToFileURL(cwd).href;
  return { [SRCROOT]: { uri: href.endsWith('/') ? href : `${href}/` } };
}

