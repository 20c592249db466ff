// The README's usage block names every option and every output format of every command, as the
// command's own --help lists them (issue 10: "README: every CLI option and format"). Read from the
// built CLI, so an option added to cli-args.ts without a README line fails here.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(__dirname, '../..');
const cli = path.join(root, 'dist', 'cli.js');
const COMMANDS = ['check', 'outline', 'audit', 'export'];

/** The first code block after the "The `gongwen` command" heading. */
function usageBlock(): string {
  const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
  const at = readme.indexOf('## The `gongwen` command');
  assert.ok(at >= 0, 'README has a section on the gongwen command');
  const open = readme.indexOf('```', at);
  return readme.slice(readme.indexOf('\n', open) + 1, readme.indexOf('```', open + 3));
}

/** The usage lines of one command (its line and the continuation lines below it). */
function usageOf(block: string, command: string): string {
  const lines = block.split('\n');
  const start = lines.findIndex((l) => l.startsWith(`gongwen ${command} `));
  assert.ok(start >= 0, `the README usage block has a line for gongwen ${command}`);
  const end = lines.findIndex((l, i) => i > start && l.startsWith('gongwen '));
  return lines.slice(start, end < 0 ? undefined : end).join('\n');
}

function help(command: string): { options: string[]; formats: string[] } {
  const r = spawnSync(process.execPath, [cli, command, '--help', '--locale', 'en'], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  const optionLines = r.stdout.split('\n').filter((l) => /^ {2}-/.test(l));
  assert.ok(optionLines.length > 0, `gongwen ${command} --help lists options`);
  const options = [...new Set(optionLines.flatMap((l) => l.split(/ {2,}/)[1]?.match(/(?<![\w-])--?[a-z][a-z-]*/g) ?? []))];
  const formatLine = optionLines.find((l) => l.trim().startsWith('--format'));
  const formats = formatLine ? formatLine.replace(/^\s*--format \S+\s+/, '').replace(/\([^)]*\)|（[^）]*）/g, '').split('|').map((f) => f.trim().split(/\s/)[0]) : [];
  return { options, formats };
}

for (const command of COMMANDS) {
  test(`README usage names every option and format of gongwen ${command}`, () => {
    const usage = usageOf(usageBlock(), command);
    const { options, formats } = help(command);
    for (const option of options) assert.ok(usage.includes(option), `${option} of gongwen ${command} is missing from the README usage:\n${usage}`);
    if (formats.length) assert.ok(usage.includes(`--format ${formats.join('|')}`), `formats ${formats.join('|')} of gongwen ${command}:\n${usage}`);
  });
}

test('README usage names --version/-v and --help/-h', () => {
  const block = usageBlock();
  for (const option of ['--version', '-v', '--help', '-h']) assert.match(block, new RegExp(`(?<![\\w-])${option}(?![\\w-])`));
});
