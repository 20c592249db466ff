/**
 * A report as an author would write it in Markdown, line for line (line numbers stay): the title
 * `# **…**`, level-1 headings `## `, level-2 `### `. Used by the Markdown tests of the core, the
 * CLI, the language server, and to make the Markdown seed the VS Code tests open.
 */
import { lintText } from '../../server/src/core';

export function asMarkdown(text: string): string {
  const { model } = lintText(text);
  const lines = text.split('\n');
  for (const h of model.headings) {
    if (!h.numbered || (h.level !== 1 && h.level !== 2)) continue;
    const line = lines[h.line];
    const indent = /^[\s\u3000\u00a0]*/.exec(line)![0];
    lines[h.line] = `${'#'.repeat(h.level + 1)} ${line.slice(indent.length)}`;
  }
  if (model.title) lines[model.title.mainLine] = `# **${lines[model.title.mainLine].trim()}**`;
  return lines.join('\n');
}
