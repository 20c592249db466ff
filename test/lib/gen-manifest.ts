/**
 * Generates the settings part of the manifest from the rule registry, so package.json and the
 * nls files cannot drift from the rules: `contributes.configuration` in package.json and every
 * `config.*` key of package.nls.json (English) and package.nls.zh-cn.json (Chinese).
 * Run `npm run gen:manifest` after adding or changing a rule; test/unit/manifest.test.ts fails
 * until then. Other manifest keys (commands, views, languages) are hand-written and kept.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { RULES } from '../../server/src/core/rules/index';

type Json = Record<string, any>;
type Nls = Record<string, string>;
interface Text {
  zh: string;
  en: string;
}

export const root = path.resolve(__dirname, '../..');
const NLS_PREFIX = 'config.';
export const SEVERITIES = ['off', 'hint', 'info', 'warning', 'error'] as const;

const SEVERITY_TEXT: Record<(typeof SEVERITIES)[number], Text> = {
  off: { zh: '不检查', en: 'Do not check' },
  hint: { zh: '提示（仅显示省略号）', en: 'Hint (dots only)' },
  info: { zh: '信息', en: 'Information' },
  warning: { zh: '警告', en: 'Warning' },
  error: { zh: '错误', en: 'Error' },
};

/**
 * What a rule's setting says about fixing, by the registry's `fixable`: only rules with a safe fix
 * promise 修复全部 and fix-on-save (those are all that source.fixAll applies); a suggested fix is
 * one the author confirms (test/unit/fix-promises.test.ts keeps the two in step).
 */
export const FIX_NOTE: Record<'safe' | 'suggested', Text> = {
  safe: {
    zh: '可安全修复：命令“修复全部可安全修复的问题”会一并修复；用命令“公文报告: 开启保存时自动修复”开启后，保存时也会自动修复。',
    en: 'Safely fixable: the command "Fix All Safely Fixable Problems" fixes these together, and so does saving once the command "Gongwen Report: Turn On Fix on Save for Reports" has turned fix on save on.',
  },
  suggested: {
    zh: '有建议修复（💡，按 Ctrl+.），需逐一确认；“修复全部”不会自动修改。',
    en: 'Has suggested fixes (💡, Ctrl+.) to confirm one by one; Fix All does not apply them.',
  },
};

/** The fixed settings, in display order; rule settings follow them. */
const FIXED: Array<{ key: string; schema: Json; text: Text; enumText?: Text[] }> = [
  {
    key: 'gongwen.locale',
    schema: { type: 'string', enum: ['zh', 'en'], default: 'zh' },
    text: { zh: '检查结果、提纲和状态栏使用的语言。', en: 'Language of the findings, the outline and the status bar.' },
    enumText: [{ zh: '中文', en: 'Chinese' }, { zh: '英文', en: 'English' }],
  },
  {
    key: 'gongwen.autoDetect',
    schema: { type: 'boolean', default: true },
    text: {
      zh: '打开纯文本文件时，若前几行像法治政府建设年度报告（如含“法治政府建设”和“报告”），自动切换为“公文报告”语言。文件名含“法治政府建设”的 `.txt` 文件和 `.gongwen` 文件总是按公文报告打开。同样读起来像报告的 Markdown 文件（`.md`）仍按 Markdown 打开，但显示检查结果和快速修复。',
      en: 'When a plain-text file opens and its first lines read like an annual report on building rule-of-law government (e.g. they contain 法治政府建设 and 报告), switch it to the Gongwen language. `.txt` files whose name contains 法治政府建设 and `.gongwen` files always open as Gongwen. A Markdown file (`.md`) that reads like such a report stays Markdown but gets the findings and quick fixes.',
    },
  },
  {
    key: 'gongwen.headings.allowLevel3UnderLevel1',
    schema: { type: 'boolean', default: true },
    text: {
      zh: '允许只有两个层次的部分在一级标题（`一、`）之下直接使用三级标题（`1.`），不经过二级标题（`（一）`）：公文实务中“只有两个层次时，可按顺序跳用”，实际报告常这样写。设为 `false` 即严格模式，按 GB/T 9704 的层次序数标记此类跳级。',
      en: 'Allow a part with only two levels to put level-3 headings (`1.`) directly under a level-1 heading (`一、`), skipping level 2 (`（一）`): 公文 practice allows skipping a level when a text has only two, and real reports do. Set to `false` for strict mode, which flags such skips by the GB/T 9704 order of levels.',
    },
  },
  {
    key: 'gongwen.trace.server',
    schema: { type: 'string', enum: ['off', 'messages', 'verbose'], default: 'off' },
    text: { zh: '在“输出”面板记录与语言服务器之间的通信，用于排查问题。', en: 'Log the communication with the language server in the Output panel, for troubleshooting.' },
    enumText: [{ zh: '不记录', en: 'Off' }, { zh: '记录消息名称', en: 'Message names' }, { zh: '记录消息内容', en: 'Message contents' }],
  },
];

/** nls key of a setting's description: `gongwen.rules.residue` → `config.rules.residue`. */
export function nlsKeyOf(setting: string): string {
  return NLS_PREFIX + setting.replace(/^gongwen\./, '');
}

/** The `contributes.configuration` block and the generated nls entries, from the registry. */
function generate(): { configuration: Json; en: Nls; zh: Nls } {
  const en: Nls = {};
  const zh: Nls = {};
  const text = (key: string, t: Text): string => {
    en[key] = t.en;
    zh[key] = t.zh;
    return `%${key}%`;
  };
  const properties: Json = {};
  let order = 0;
  const title = text(`${NLS_PREFIX}title`, { zh: '公文报告', en: 'Gongwen Report' });
  for (const f of FIXED) {
    const key = nlsKeyOf(f.key);
    properties[f.key] = {
      ...f.schema,
      ...(f.enumText ? { enumDescriptions: f.enumText.map((t, i) => text(`${key}.${f.schema.enum[i]}`, t)) } : {}),
      markdownDescription: text(key, f.text),
      order: order++,
    };
  }
  const severityDescriptions = SEVERITIES.map((s) => text(`${NLS_PREFIX}severity.${s}`, SEVERITY_TEXT[s]));
  for (const rule of RULES) {
    const { id, description, defaultSeverity, fixable } = rule.meta;
    const setting = `gongwen.rules.${id}`;
    const note = fixable ? FIX_NOTE[fixable] : { zh: '', en: '' };
    properties[setting] = {
      type: 'string',
      enum: [...SEVERITIES],
      enumDescriptions: severityDescriptions,
      default: defaultSeverity,
      markdownDescription: text(nlsKeyOf(setting), {
        zh: `\`${id}\`：${description.zh}。${note.zh}`.replace(/。。/g, '。'),
        en: `\`${id}\`: ${description.en}. ${note.en}`.trim().replace(/\.\./g, '.'),
      }),
      order: order++,
    };
  }
  return { configuration: { title, properties }, en, zh };
}

/** Applies the generated parts to the manifest files' contents; pure, for the drift test. */
export function applyGenerated(pkg: Json, nlsEn: Nls, nlsZh: Nls): { pkg: Json; en: Nls; zh: Nls } {
  const g = generate();
  const merge = (old: Nls, fresh: Nls): Nls => ({
    ...Object.fromEntries(Object.entries(old).filter(([k]) => !k.startsWith(NLS_PREFIX))),
    ...fresh,
  });
  const contributes = { ...(pkg.contributes ?? {}), configuration: g.configuration };
  return { pkg: { ...pkg, contributes }, en: merge(nlsEn, g.en), zh: merge(nlsZh, g.zh) };
}

export const FILES = { pkg: 'package.json', en: 'package.nls.json', zh: 'package.nls.zh-cn.json' } as const;

export function readJson(name: string): Json {
  try {
    return JSON.parse(readFileSync(path.join(root, name), 'utf8'));
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return {};
    throw e;
  }
}

/** The exact text the files are written with (2-space indent, final newline). */
export function formatJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

if (process.argv[1] && /gen-manifest\.[cm]?[jt]s$/.test(process.argv[1])) {
  const out = applyGenerated(readJson(FILES.pkg), readJson(FILES.en), readJson(FILES.zh));
  for (const [k, name] of Object.entries(FILES)) {
    writeFileSync(path.join(root, name), formatJson(out[k as keyof typeof out]));
    console.log(`wrote ${name}`);
  }
}
