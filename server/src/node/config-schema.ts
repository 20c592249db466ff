/**
 * The JSON schema of `.gongwen.json`, from the rule registry and the built-in profiles, so VS Code
 * completes and validates the file (jsonValidation in package.json). esbuild.mjs writes it to
 * dist/gongwen-config.schema.json at every build, so it cannot drift from the rules.
 */
import { PROFILES, RULES, SEVERITY_SETTINGS } from '../core';
const SEVERITY = { type: 'string', enum: [...SEVERITY_SETTINGS] };
const ID = { type: 'string', pattern: '^[a-z0-9][a-z0-9-]*$' };
const WORDS = { type: 'array', items: { type: 'string', minLength: 1 } };

export function generateSchema(): object {
  const sectionIds = [...new Set(PROFILES.flatMap((p) => p.sections.map((s) => s.id)))];
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: '公文报告助手配置 .gongwen.json (Gongwen Report configuration)',
    type: 'object',
    additionalProperties: false,
    properties: {
      $schema: { type: 'string' },
      locale: { type: 'string', enum: ['zh', 'en'], description: '检查结果的语言 / language of the findings' },
      rules: {
        type: 'object',
        description: '每条规则的级别（off 关闭） / severity per rule (off disables it)',
        additionalProperties: false,
        properties: Object.fromEntries(RULES.map((r) => [r.meta.id, { ...SEVERITY, description: `${r.meta.description.zh} / ${r.meta.description.en}`, default: r.meta.defaultSeverity }])),
      },
      headings: {
        type: 'object',
        additionalProperties: false,
        properties: { allowLevel3UnderLevel1: { type: 'boolean', description: '允许“1.”直接位于“一、”之下 / allow 1. directly under 一、' } },
      },
      profile: {
        type: 'string',
        description: `报告类型：auto（按标题识别）、内置的 ${PROFILES.map((p) => p.id).join('、')}，或 profiles 中自定义的 id / report type: auto, a built-in id or a custom profile's id`,
        anyOf: [{ enum: ['auto', ...PROFILES.map((p) => p.id)] }, ID],
      },
      supersededBasis: {
        type: 'array',
        description: '本单位补充的已废止或被替代的文件（superseded-basis 规则） / more superseded documents for superseded-basis',
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['title', 'replacedBy', 'since', 'basis'],
          properties: { title: { type: 'string', minLength: 1 }, replacedBy: { type: 'string', minLength: 1 }, since: { type: 'integer' }, basis: { type: 'string', minLength: 1 } },
        },
      },
      profiles: {
        type: 'array',
        description: '自定义报告类型：在内置类型上增加章节同义词、必备章节或标题要求 / custom profiles extending a built-in one',
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['id'],
          properties: {
            id: ID,
            extends: { type: 'string', description: `继承的报告类型（默认 ${PROFILES[0].id}） / the profile it extends`, examples: PROFILES.map((p) => p.id) },
            name: { type: 'string', minLength: 1 },
            detectWords: { ...WORDS, description: '标题或开头含这些词时自动使用本类型（按字面匹配） / words that select this profile (literal)' },
            sections: {
              type: 'object',
              propertyNames: { examples: sectionIds },
              additionalProperties: {
                type: 'object',
                additionalProperties: false,
                properties: { synonyms: { ...WORDS, description: '识别该章节的更多词语 / more words that mark the section' }, required: { type: 'boolean' } },
              },
            },
            addSections: {
              type: 'array',
              items: {
                type: 'object',
                additionalProperties: false,
                required: ['id', 'name', 'keywords'],
                properties: { id: ID, name: { type: 'string', minLength: 1 }, keywords: { ...WORDS, minItems: 1 }, required: { type: 'boolean', default: true } },
              },
            },
            title: { type: 'object', additionalProperties: false, properties: { mustInclude: { ...WORDS, description: '标题必须包含的词语 / words the title must contain' } } },
          },
        },
      },
    },
  };
}

/** The schema file's text. */
export const formatSchema = (schema: object) => `${JSON.stringify(schema, null, 2)}\n`;
