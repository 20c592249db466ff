/**
 * Output for CI systems: GitHub workflow commands (annotations on the pull request) and JUnit XML
 * (test reports in Jenkins, GitLab, Azure). Errors and warnings fail; info and hints are reported
 * as passing, matching the exit code, which only errors and warnings make non-zero.
 */
import type { Finding, Locale } from '../core';
import type { FileResult } from './formats';
import { cliText } from './strings';

const GITHUB_COMMAND: Record<Finding['severity'], string> = { error: 'error', warning: 'warning', info: 'notice', hint: 'notice' };

// https://docs.github.com/actions/reference/workflow-commands-for-github-actions: data escapes %, CR, LF;
// property values also `:` and `,`.
const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** One `::error file=…,line=…::message` line per finding. */
export function formatGithub(files: FileResult[], stdinName?: string): string {
  const out: string[] = [];
  for (const { path, result } of files) {
    const file = path === '-' ? stdinName ?? 'stdin' : path;
    for (const f of result.findings) {
      const props = [
        `file=${escapeProperty(file)}`,
        `line=${f.range.start.line + 1}`,
        `col=${f.range.start.character + 1}`,
        `endLine=${f.range.end.line + 1}`,
        `endColumn=${f.range.end.character + 1}`,
        `title=${escapeProperty(`gongwen ${f.rule}`)}`,
      ];
      out.push(`::${GITHUB_COMMAND[f.severity]} ${props.join(',')}::${escapeData(f.message)}`);
    }
  }
  return out.length ? out.join('\n') + '\n' : '';
}

/** JUnit XML: a test suite per file, a test case per finding (a file without findings passes once). */
export function formatJunit(files: FileResult[], locale: Locale, stdinName?: string): string {
  const suites: string[] = [];
  let tests = 0;
  let failures = 0;
  for (const { path, result } of files) {
    const file = path === '-' ? stdinName ?? 'stdin' : path;
    const cases: string[] = [];
    let suiteFailures = 0;
    for (const f of result.findings) {
      const where = `${f.range.start.line + 1}:${f.range.start.character + 1}`;
      const name = attr(`${f.rule} ${where}`);
      if (f.severity === 'error' || f.severity === 'warning') {
        suiteFailures++;
        cases.push(`    <testcase classname="${attr(file)}" name="${name}"><failure type="${f.severity}" message="${attr(f.message)}">${text(`${file}:${where} ${f.rule} ${f.message}`)}</failure></testcase>`);
      } else {
        cases.push(`    <testcase classname="${attr(file)}" name="${name}"><system-out>${text(f.message)}</system-out></testcase>`);
      }
    }
    if (cases.length === 0) cases.push(`    <testcase classname="${attr(file)}" name="${cliText(locale, 'junit.clean')}"/>`);
    tests += cases.length;
    failures += suiteFailures;
    suites.push(`  <testsuite name="${attr(file)}" tests="${cases.length}" failures="${suiteFailures}" errors="0" skipped="0">\n${cases.join('\n')}\n  </testsuite>`);
  }
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="gongwen" tests="${tests}" failures="${failures}" errors="0">\n${suites.join('\n')}\n</testsuites>\n`;
}

// XML 1.0 forbids most control characters even escaped: drop them; escape the five specials.
const text = (s: string) => s.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const attr = (s: string) => text(s).replace(/"/g, '&quot;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;');
