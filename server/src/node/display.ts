/**
 * A path as the CLI prints it. File names may hold line breaks and other control characters; one
 * finding must stay one output line (`path:line:col  …`), so those are shown as escapes (`\n`,
 * `\x1b`). Printable text, Chinese included, and Windows back-slashes are left as they are.
 */
export function displayPath(path: string): string {
  // eslint-disable-next-line no-control-regex
  return path.replace(/[\u0000-\u001f\u007f\u0085\u2028\u2029]/g, (c) => ESCAPES[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

const ESCAPES: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };
