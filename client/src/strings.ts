/**
 * The client's runtime strings (tree view, status bar, messages), one table per locale with the
 * same ids: `en` is typed by `zh`'s ids, and test/unit/strings.test.ts checks both ways. No vscode
 * import, so tests read the tables directly.
 */

const zh = {
  sections: '法定章节',
  headings: '标题结构',
  line: '第{line}行',
  present: '✓ 第{line}行',
  embedded: '◐ 第{line}行提及，未单列标题',
  missing: '✗ 缺失',
  missingOptional: '✗ 未写（可选）',
  required: '必备',
  optional: '可选',
  clickToInsert: '点击插入此章节',
  problems: '{count}个问题',
  status: '必备章节 {present}/{required}',
  statusComplete: '法定必备章节齐全',
  statusMissing: '缺少：{list}',
  statusEmbedded: '未单列标题：{list}',
  statusClick: '点击查看报告提纲',
  pickSection: '选择要插入的法定章节',
  noMissing: '法定章节已齐全，无需插入。',
  noEditor: '请先打开公文报告文档。',
  noFixes: '没有可安全修复的问题。',
  restarted: '公文报告语言服务器已重启。',
  serverError: '公文报告语言服务器未响应：{error}',
  noLocalFolder: '请先打开一个本地文件夹。',
  checkingWorkspace: '正在检查报告文件',
  workspaceChecked: '已检查 {checked} 个报告文件{unreadable}，问题见“问题”面板。',
  workspaceCancelled: '已取消：检查了 {files} 个报告文件中的 {checked} 个。',
  unreadableCount: '，{count} 个无法读取',
  notReportCount: '，{count} 个不像此类报告（未列出问题）',
  showUnreadable: '查看无法读取的文件',
  auditing: '正在生成审核汇总表',
  noReports: '没有找到报告文件（.txt、.gongwen、.md）。',
  auditWritten: '审核汇总表已写入 {file}（{reports} 份报告）。',
};
/** The id of a client string; a misspelt id fails to compile. */
export type ClientStringId = keyof typeof zh;

const en: Record<ClientStringId, string> = {
  sections: 'Statutory sections',
  headings: 'Headings',
  line: 'line {line}',
  present: '✓ line {line}',
  embedded: '◐ mentioned on line {line}, no heading of its own',
  missing: '✗ missing',
  missingOptional: '✗ not written (optional)',
  required: 'required',
  optional: 'optional',
  clickToInsert: 'Click to insert this section',
  problems: '{count} problems',
  status: 'Required sections {present}/{required}',
  statusComplete: 'All required sections are present',
  statusMissing: 'Missing: {list}',
  statusEmbedded: 'Without a heading of their own: {list}',
  statusClick: 'Click to show the report outline',
  pickSection: 'Pick the statutory section to insert',
  noMissing: 'All statutory sections are present; nothing to insert.',
  noEditor: 'Open a Gongwen report first.',
  noFixes: 'No safely fixable problems.',
  restarted: 'The Gongwen language server was restarted.',
  serverError: 'The Gongwen language server did not answer: {error}',
  noLocalFolder: 'Open a local folder first.',
  checkingWorkspace: 'Checking report files',
  workspaceChecked: 'Checked {checked} report files{unreadable}; see the Problems panel.',
  workspaceCancelled: 'Cancelled: checked {checked} of {files} report files.',
  unreadableCount: ', {count} could not be read',
  notReportCount: ', {count} not reports of this kind (nothing listed)',
  showUnreadable: 'Show unreadable files',
  auditing: 'Writing the audit table',
  noReports: 'No report files (.txt, .gongwen, .md) found.',
  auditWritten: 'Audit table written to {file} ({reports} reports).',
};

/** The client's string tables, by locale. */
export const CLIENT_STRINGS = { zh, en } as const;
