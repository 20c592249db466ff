/**
 * Profile fixtures: test/rules/profiles/<profile-id>/<case>.txt is a draft of that report type.
 * A line ends with `{rule-id}` markers for the findings expected on it (every rule is compared,
 * not one) and `{@section-id}` where a statutory section is found (present or embedded); sections
 * without a marker must be missing. The draft must be detected as its folder's profile, and
 * `<case>.fixed.txt`, when present, is what fixing all safe problems gives.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fixAll, lintText, PROFILES } from '../../server/src/core/index';
import { parseProfileFixture } from './profile-fixture-format';

const ROOT = path.join(__dirname, 'profiles');
test('the profile fixture markers parse into findings and sections, columns kept', () => {
  const fx = parseProfileFixture('标题\n总体情况 {heading-unnumbered}{@overview}\r\n正文。\n');
  assert.equal(fx.text, '标题\n总体情况\r\n正文。\n');
  assert.deepEqual(fx.findings, ['2:heading-unnumbered']);
  assert.deepEqual(fx.sections, ['overview@2']);
});

describe('profile fixtures', () => {
  for (const profile of readdirSync(ROOT).sort()) {
    for (const name of readdirSync(path.join(ROOT, profile)).sort()) {
      if (!name.endsWith('.txt') || name.endsWith('.fixed.txt')) continue;
      const file = path.join(ROOT, profile, name);
      test(`${profile}/${name.replace(/\.txt$/, '')}`, () => {
        assert.ok(PROFILES.some((p) => p.id === profile), `fixture folder ${profile} names no profile`);
        const fx = parseProfileFixture(readFileSync(file, 'utf8'));
        const result = lintText(fx.text);
        assert.equal(result.model.profile.id, profile, 'detected report type');
        const found = result.findings.map((f) => `${f.range.start.line + 1}:${f.rule}`).sort();
        assert.deepEqual(found, fx.findings, result.findings.map((f) => `${f.range.start.line + 1}:${f.rule} ${f.message}`).join('\n'));
        const sections = result.model.sections.filter((s) => s.status !== 'missing').map((s) => `${s.id}@${s.line! + 1}`).sort();
        assert.deepEqual(sections, fx.sections);
        const fixedFile = file.replace(/\.txt$/, '.fixed.txt');
        if (existsSync(fixedFile)) assert.equal(fixAll(fx.text).text, readFileSync(fixedFile, 'utf8'));
      });
    }
  }
});
