/** `gongwen outline`: the heading tree as indented text, statutory sections marked. */
import { type LintResult, type Heading, type Locale, sectionsByHeading, sectionDef } from '../core';
import { toJson, type FileResult } from './formats';
import { displayPath } from './display';
import { cliText } from './strings';

const MARK = { present: '✓', embedded: '◐', missing: '✗' };

export function formatOutline(path: string, { model }: LintResult, locale: Locale): string {
  const out: string[] = [`${displayPath(path)}${model.reportYear ? cliText(locale, 'outline.year', { year: model.reportYear }) : ''}`];
  if (model.title) out.push(`${cliText(locale, 'outline.title')}: ${model.title.text}  [L${model.title.mainLine + 1}]`);
  const sectionOf = sectionsByHeading(model);
  const walk = (h: Heading, depth: number) => {
    const role = sectionOf.get(h)?.id;
    const name = role ? sectionDef(model.profile, role)!.name[locale] : '';
    out.push(`${'  '.repeat(depth)}${h.label?.raw ?? '∅ '}${h.text}  [L${h.line + 1}]${role ? `  ← ${name}` : ''}`);
    for (const c of h.children) walk(c, depth + 1);
  };
  for (const r of model.roots) walk(r, 0);
  out.push(cliText(locale, 'outline.sections'));
  for (const s of model.sections) {
    const def = sectionDef(model.profile, s.id)!;
    out.push(`  ${MARK[s.status]} ${s.id}  ${def.name[locale]}${s.line !== null ? `  [L${s.line + 1}]` : ''}${def.required ? '' : cliText(locale, 'outline.optional')}`);
  }
  return out.join('\n') + '\n';
}

interface OutlineNode {
  line: number;
  label: string;
  text: string;
  section: string | null;
  children: OutlineNode[];
}

/**
 * `gongwen outline --format json`: the same fields as `check --format json` except the diagnostics,
 * plus `outline`, the heading tree with each statutory section's id and name.
 */
export function toOutlineJson(files: FileResult[], locale: Locale): object {
  const { files: shapes } = toJson(files) as { files: Record<string, unknown>[] };
  return {
    files: files.map(({ result: { model } }, i) => {
      const { diagnostics: _omitted, ...shape } = shapes[i];
      const sectionOf = sectionsByHeading(model);
      const node = (h: Heading): OutlineNode => ({
        line: h.line + 1,
        label: h.label?.raw ?? '',
        text: h.text,
        section: sectionOf.get(h)?.id ?? null,
        children: h.children.map(node),
      });
      const sections = (shape.sections as { id: string }[]).map((s) => ({ ...s, name: sectionDef(model.profile, s.id)!.name[locale] }));
      return { ...shape, sections, outline: model.roots.map(node) };
    }),
  };
}
