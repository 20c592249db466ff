/**
 * The runtime strings of the server-side hosts: the CLI (cli.ts and node/*: usage, per-file
 * messages, text and CI output, outline, audit table, export, .docx read errors) and the few the
 * language server adds to the core's (lsp/). One table per locale with the same ids: `en` is typed
 * by `zh`'s ids, and test/unit/strings.test.ts checks both ways and that no file of the layer keeps
 * an inline zh/en choice or a Chinese message of its own.
 */
import { render, type Locale } from '../core';

const zh = {
  // Separators of lists and clauses inside a message.
  'sep.list': '、',
  'sep.clause': '，',
  'sep.rules': '；',
  'severity.error': '错误',
  'severity.warning': '警告',
  'severity.info': '提示',
  'severity.hint': '建议',

  // cli.ts: usage errors.
  'cli.unknownCommand': '未知命令：{command}',
  'cli.unknownRule': '未知规则：{rules}',
  'cli.badFormat': '--format 只能是 {formats}，而不是 {format}',
  'cli.exportOneFile': 'export 只接受一个草稿文件',
  'cli.noFile': '缺少文件参数',
  'cli.noConfig': '找不到配置文件：{file}',

  // cli-args.ts: Node's parse errors and the help.
  'args.unknownOption': '未知选项：{option}（gongwen --help 列出全部选项）',
  'args.missingValue': '选项 {option} 缺少取值',
  'args.unexpectedValue': '选项 {option} 不接受取值',
  'args.unparsable': '无法解析命令行：{error}',
  'help.rules': '规则：',
  'help.synopsis': `用法：gongwen <命令> [选项] 路径...（命令：check、outline、audit、export；gongwen <命令> --help 查看该命令的选项）
  路径可以是文件、目录（递归）或通配符（如 "报告/**/*.txt"）
  gongwen --version   显示版本`,
  'help.check': `gongwen check [选项] 文件、文件夹或通配符...（- 表示标准输入）
  --format 格式           text（默认）| json | sarif | github（GitHub 工作流注释）| junit
  --fix                   写回全部可安全修复的问题（--fix - 把修复后的文本打印到标准输出，报告改到标准错误）
  --break-hardlinks       与 --fix 同用：有多个硬链接的文件也修复（其他链接保留旧内容）
  --rule 规则ID           只检查这些规则（可重复）
  --quiet, -q             只报告错误（不报告警告、提示和建议）
  --jobs N, -j N          用 N 个线程并行检查（默认 1；0 表示每个 CPU 一个）
  --stdin-filename 名称   标准输入（-）在输出中显示的文件名
  --config 文件, -c 文件  使用这个配置文件（默认：从被检查文件所在文件夹向上找最近的 .gongwen.json）
  --locale zh|en          输出语言（默认中文；也可设环境变量 GONGWEN_LOCALE）
  --color, --no-color     终端输出是否着色（默认：终端上着色；设置 NO_COLOR 时不着色）`,
  'help.outline': `gongwen outline [选项] 文件...
  --format 格式           text（默认）| json
  --config 文件, -c 文件  使用这个配置文件
  --locale zh|en          输出语言`,
  'help.audit': `gongwen audit [选项] 路径...（审核汇总表：每份报告一行）
  --format 格式           html（默认）| csv | json
  --output 文件, -o 文件  写入文件（默认标准输出）
  --locale zh|en          输出语言`,
  'help.export': `gongwen export [选项] 草稿（按 GB/T 9704-2012 版式导出 Word 文档；草稿可为 .txt、.gongwen 或 .docx）
  --output 文件, -o 文件  写入的 .docx（默认：草稿旁同名 .docx）
  --locale zh|en          输出语言`,
  'help.exit': '退出码：0 无问题（或只有提示、建议）；1 有警告或错误；2 用法错误或没有一个文件能读取。',

  // read-input.ts: why a file was not read.
  'read.ENOENT': '找不到文件',
  'read.EISDIR': '是目录，不是文件',
  'read.EACCES': '没有读取权限',
  'read.EPERM': '没有读取权限',
  'read.ELOOP': '符号链接形成循环（或嵌套过深），找不到实际文件',
  'read.ENOTDIR': '路径中有一段不是目录',
  'read.ENAMETOOLONG': '路径过长',
  'read.binary': '是二进制文件，不是文本草稿，未检查',
  'read.device': '是设备文件，不是文本草稿，未读取',
  'read.socket': '是套接字，不是文本草稿，未读取',
  'read.fifoFix': '是管道（FIFO 或进程替换），--fix 无法把修复写回，未读取；检查请去掉 --fix，修复请用“--fix -”从标准输入读入并输出修复后的全文',
  'read.tooBig': '超过 {mb} MB 的上限，未检查',
  'read.other': '无法读取',
  'read.size': '（{mb} MB）',

  // docx/messages.ts: a file that is not a readable .docx (CLI and VS Code alike).
  'docx.legacy': '是 Word 97-2003（.doc）或 WPS（.wps）的二进制格式，无法读取：请在 Word 或 WPS 中另存为 .docx 后再检查',
  'docx.encrypted': '设有打开密码（已加密），无法读取：请在 Word 中取消密码后另存为 .docx 再检查',
  'docx.damaged': '不是完好的 .docx 文件（已损坏或不完整），无法读取：请在 Word 中打开并另存为 .docx',
  'docx.not-word': '不是 Word 文档（压缩包中没有正文），无法读取',
  'docx.odt': '是 OpenDocument（.odt）文件：请另存为 .docx 后再检查',

  // parallel.ts and fix-file.ts: per-file lines of `gongwen check`.
  'check.empty': '文件为空',
  'check.docxFix': '--fix 不修改 .docx 文件：请按下列问题在 Word 中修改',
  'check.truncated': '规则 {rule} 的问题超过 {max} 个，其余未列出',
  'fix.done': '已修复 {n} 处',
  'fix.toStdout': '（修复后的全文输出到标准输出）',
  'fix.lossy': '未修复：第 {line} 行有不是有效 {encoding} 的字节，修复要改写这一行，写回会丢失这些字节；文件未改动',
  'fix.changed': '未修复：读取后文件已被修改（可能刚在编辑器中保存），为免覆盖新内容，文件未改动；请重新运行',
  'fix.read-only': '未修复：文件是只读的，文件未改动',
  'fix.hard-links': '未修复：文件有 {detail} 个硬链接，安全写回会让其他链接保留旧内容；文件未改动（确需修复请加 --break-hardlinks）',
  'fix.not-regular': '未修复：不是普通文件（管道、进程替换或设备），--fix 无法保存；修复请用“--fix -”从标准输入读入并输出修复后的全文',
  'fix.folder': '未修复：无法在文件所在的目录 {detail} 中创建临时文件，无法安全保存；文件未改动',
  'fix.disk-full': '未修复：磁盘空间不足，文件未改动',
  'fix.failed': '未修复：保存失败（{detail}），文件未改动',
  'decode.invalid': '有 {count} 处字节不是有效的 UTF-8（第 {lines} 行{more}，可能是从 Word 或网页粘贴的字符），已按 UTF-8 读取，这些字节按“\ufffd”检查',
  'decode.more': '等',

  // formats.ts and format-ci.ts: the report.
  'text.paragraph': '第{p}段',
  'text.total': '共 {total} 个问题（错误 {error}，警告 {warning}，提示 {info}，建议 {hint}），检查了 {files} 个文件',
  'junit.clean': '无问题',

  // outline-text.ts.
  'outline.year': '（{year}年度）',
  'outline.title': '标题',
  'outline.sections': '法定章节：',
  'outline.optional': '（可选）',

  // collect-files.ts.
  'collect.noMatch': '没有匹配的报告文件',
  'collect.emptyDir': '目录中没有报告文件（.txt、.gongwen、.md）',
  'collect.unreadableDir': '无法读取目录',
  'collect.found': 'gongwen: 找到 {n} 个报告文件{extra}',
  'collect.also': '（另有 {list}）',
  'collect.ignored': '{n} 个文件或目录被 .gongwenignore 排除',
  'collect.otherType': '{n} 个不是报告文件类型',

  // config-file.ts.
  'config.unreadable': '无法读取配置文件（{why}），使用默认设置',
  'config.badJson': '配置文件不是有效的 JSON（{what}），整个文件未生效，使用默认设置',

  // export-command.ts and audit/command.ts.
  'export.done': '已导出 {target}（GB/T 9704-2012 版式）{left}',
  'export.errorsLeft': '；草稿尚有 {n} 个错误，请用 gongwen check 查看',
  'export.unwritable': '无法写入',
  'audit.unwritable': '无法写入',
  'audit.written': 'gongwen: 审核汇总表已写入 {file}',
  'audit.progress': '正在审核 {done}/{total} 个文件…',

  // audit/row.ts, summary.ts, columns.ts, format-csv.ts: the audit's words.
  'verdict.ready': '可报送',
  'verdict.revise': '需修改',
  'verdict.rejected': '不符合要求',
  'note.otherType': '是“{name}”，不是法治政府建设年度报告，未列入审核',
  'note.notReport': '未见法治政府建设年度报告的标题或法定章节，不像此类报告，未列入审核',
  'reason.missing': '缺少法定章节：{list}',
  'reason.clean': '法定章节齐全，无错误和警告',
  'reason.counts': '错误 {errors} 个，警告 {warnings} 个',
  'summary.missing': '缺少“{name}”',
  'column.notReport': '非此类报告',
  'column.unreadable': '无法读取',
  'column.line': '（第{line}行）',
  'column.missing': '缺少',
  'column.malformed': '（格式有误）',
  'column.file': '文件',
  'column.organ': '发文机关',
  'column.year': '报告年度',
  'column.title': '标题',
  'column.errors': '错误',
  'column.warnings': '警告',
  'column.rules': '问题（按规则）',
  'column.signature': '署名',
  'column.date': '成文日期',
  'column.verdict': '结论',
  'csv.basis': '结论依据',
  'csv.note': '说明',

  // audit/format-html.ts: the page.
  'html.lang': 'zh-CN',
  'html.title': '法治政府建设年度报告审核汇总表',
  'html.generated': '生成时间',
  'html.reports': '份报告',
  'html.complete': '法定章节齐全（均单独成章）',
  'html.notReports': '非此类报告',
  'html.unreadable': '无法读取',
  'html.files': '个文件',
  'html.commonest': '最常见的问题',
  'html.inReports': '份报告',
  'html.none': '无',
  'html.legend': '✓ 单独成章　◐ 仅在其他章节中涉及　✗ 缺少。结论：缺少任一必备法定章节为“不符合要求”；章节齐全但仍有错误或警告为“需修改”；否则“可报送”。',
  'html.filterAll': '在全部列中筛选…',
  'html.filter': '筛选',
  'html.shown': '显示',
  'html.of': '/',
  'html.details': '展开查看问题',
  'html.basis': '结论依据',
  'html.line': '行',
  'html.col': '列',
  'html.severity': '级别',
  'html.rule': '规则',
  'html.message': '说明',
  'html.noFindings': '没有发现问题。',

  // lsp/: what the language server adds to the core's words.
  'lsp.reopen': '以 GB18030 编码重新打开（GBK 文件也适用）',
  'lsp.goTo': '转到第{line}行',
  'lsp.related': '疑似丢失序号的标题',
  'lsp.configBroken': '公文报告配置文件有误：{problem}',
  'lsp.symbols': '公文报告',
};

/** The id of a CLI-layer string; a misspelt id fails to compile. */
export type CliStringId = keyof typeof zh;

const en: Record<CliStringId, string> = {
  'sep.list': ', ',
  'sep.clause': ', ',
  'sep.rules': '; ',
  'severity.error': 'error',
  'severity.warning': 'warning',
  'severity.info': 'info',
  'severity.hint': 'hint',

  'cli.unknownCommand': 'unknown command: {command}',
  'cli.unknownRule': 'unknown rule: {rules}',
  'cli.badFormat': '--format must be one of {formats}, not {format}',
  'cli.exportOneFile': 'export takes one draft file',
  'cli.noFile': 'no file given',
  'cli.noConfig': 'no such configuration file: {file}',

  'args.unknownOption': 'unknown option: {option} (gongwen --help lists them)',
  'args.missingValue': 'option {option} needs a value',
  'args.unexpectedValue': 'option {option} takes no value',
  'args.unparsable': 'cannot read the command line: {error}',
  'help.rules': 'Rules: ',
  'help.synopsis': `Usage: gongwen <command> [options] PATH... (commands: check, outline, audit, export; gongwen <command> --help for its options)
  A PATH is a file, a folder (recursive) or a glob such as "reports/**/*.txt"
  gongwen --version   print the version`,
  'help.check': `gongwen check [options] FILE, FOLDER or GLOB... (- reads stdin)
  --format FORMAT         text (default) | json | sarif | github (workflow annotations) | junit
  --fix                   write back every safe fix (--fix - prints the fixed text to stdout, the report to stderr)
  --break-hardlinks       with --fix: fix files with several hard links too (the other links keep the old text)
  --rule ID               check only these rules (repeatable)
  --quiet, -q             report errors only (no warnings, info or hints)
  --jobs N, -j N          check in N threads (default 1; 0 means one per CPU)
  --stdin-filename NAME   the file name shown for stdin (-)
  --config FILE, -c FILE  use this configuration (default: the nearest .gongwen.json above each file)
  --locale zh|en          language of the output (default Chinese; or GONGWEN_LOCALE)
  --color, --no-color     colour the text output (default: on a terminal, unless NO_COLOR is set)`,
  'help.outline': `gongwen outline [options] FILE...
  --format FORMAT         text (default) | json
  --config FILE, -c FILE  use this configuration
  --locale zh|en          language of the output`,
  'help.audit': `gongwen audit [options] PATH... (the audit table: one row per report)
  --format FORMAT         html (default) | csv | json
  --output FILE, -o FILE  write to FILE (default stdout)
  --locale zh|en          language of the output`,
  'help.export': `gongwen export [options] DRAFT (a GB/T 9704-2012 Word document; DRAFT a .txt, .gongwen or .docx)
  --output FILE, -o FILE  the .docx to write (default: beside the draft, same name)
  --locale zh|en          language of the output`,
  'help.exit': 'Exit codes: 0 clean (or info and hints only); 1 warnings or errors found; 2 usage error or no file could be read.',

  'read.ENOENT': 'no such file',
  'read.EISDIR': 'is a directory, not a file',
  'read.EACCES': 'permission denied',
  'read.EPERM': 'permission denied',
  'read.ELOOP': 'symbolic link loop (or too many levels of links): no file at the end',
  'read.ENOTDIR': 'a component of the path is not a directory',
  'read.ENAMETOOLONG': 'path too long',
  'read.binary': 'is a binary file, not a text draft; not checked',
  'read.device': 'is a device, not a text draft; not read',
  'read.socket': 'is a socket, not a text draft; not read',
  'read.fifoFix': 'is a pipe (FIFO or process substitution): --fix cannot write to it; not read. Check it without --fix, or use "--fix -" to read stdin and print the fixed text',
  'read.tooBig': 'is over the {mb} MB limit; not checked',
  'read.other': 'cannot be read',
  'read.size': ' ({mb} MB)',

  'docx.legacy': 'is a binary Word 97-2003 (.doc) or WPS (.wps) file, which cannot be read: save it as .docx in Word or WPS and check again',
  'docx.encrypted': 'is password-protected (encrypted) and cannot be read: remove the password in Word, save as .docx and check again',
  'docx.damaged': 'is not an intact .docx file (damaged or incomplete) and cannot be read: open it in Word and save it as .docx again',
  'docx.not-word': 'is not a Word document (the package holds no document body) and cannot be read',
  'docx.odt': 'is an OpenDocument (.odt) file: save it as .docx and check again',

  'check.empty': 'file is empty',
  'check.docxFix': '--fix does not rewrite .docx files: make the changes below in Word',
  'check.truncated': 'rule {rule}: more than {max} problems, the rest not listed',
  'fix.done': 'fixed {n} problems',
  'fix.toStdout': ' (the fixed text is on stdout)',
  'fix.lossy': 'not fixed: line {line} holds bytes that are not valid {encoding} and a fix would rewrite that line, losing them; the file is unchanged',
  'fix.changed': 'not fixed: the file changed after it was read (saved in an editor?); it was left as it is so nothing is overwritten; run again',
  'fix.read-only': 'not fixed: the file is read-only; it is unchanged',
  'fix.hard-links': 'not fixed: the file has {detail} hard links and a safe write would leave the others with the old text; it is unchanged (add --break-hardlinks to fix it anyway)',
  'fix.not-regular': 'not fixed: not a regular file (a pipe, process substitution or device), --fix cannot save it; use "--fix -" to read stdin and print the fixed text',
  'fix.folder': 'not fixed: cannot create a temporary file in its folder {detail} to save safely; the file is unchanged',
  'fix.disk-full': 'not fixed: the disk is full; the file is unchanged',
  'fix.failed': 'not fixed: saving failed ({detail}); the file is unchanged',
  'decode.invalid': '{count} byte sequences are not valid UTF-8 (line {lines}{more}; pasted from Word or the web?); read as UTF-8 with each shown as U+FFFD',
  'decode.more': ', …',

  'text.paragraph': 'paragraph {p}',
  'text.total': '{total} problems ({error} errors, {warning} warnings, {info} info, {hint} hints) in {files} files',
  'junit.clean': 'no problems',

  'outline.year': '（{year}）',
  'outline.title': 'Title',
  'outline.sections': 'Statutory sections:',
  'outline.optional': ' (optional)',

  'collect.noMatch': 'no report file matches',
  'collect.emptyDir': 'no report file (.txt, .gongwen, .md) in this folder',
  'collect.unreadableDir': 'cannot read folder',
  'collect.found': 'gongwen: found {n} report files{extra}',
  'collect.also': ' (also {list})',
  'collect.ignored': '{n} files or folders excluded by .gongwenignore',
  'collect.otherType': '{n} not of a report file type',

  'config.unreadable': 'cannot read the configuration ({why}); using the defaults',
  'config.badJson': 'not valid JSON ({what}); the whole file is ignored, using the defaults',

  'export.done': 'exported {target} (GB/T 9704-2012 layout){left}',
  'export.errorsLeft': '; the draft still has {n} errors (see gongwen check)',
  'export.unwritable': 'cannot be written',
  'audit.unwritable': 'cannot write',
  'audit.written': 'gongwen: audit written to {file}',
  'audit.progress': 'auditing {done}/{total} files…',

  'verdict.ready': 'ready to file',
  'verdict.revise': 'needs revision',
  'verdict.rejected': 'does not comply',
  'note.otherType': 'is a "{name}", not an annual rule-of-law report; not audited',
  'note.notReport': 'has no title or statutory section of an annual rule-of-law report; not audited',
  'reason.missing': 'missing statutory sections: {list}',
  'reason.clean': 'all statutory sections, no errors or warnings',
  'reason.counts': '{errors} errors, {warnings} warnings',
  'summary.missing': 'missing "{name}"',
  'column.notReport': 'not this kind of report',
  'column.unreadable': 'unreadable',
  'column.line': ' (line {line})',
  'column.missing': 'missing',
  'column.malformed': ' (malformed)',
  'column.file': 'File',
  'column.organ': 'Issuing organ',
  'column.year': 'Year',
  'column.title': 'Title',
  'column.errors': 'Errors',
  'column.warnings': 'Warnings',
  'column.rules': 'Problems by rule',
  'column.signature': 'Signature',
  'column.date': 'Date',
  'column.verdict': 'Verdict',
  'csv.basis': 'Verdict basis',
  'csv.note': 'Note',

  'html.lang': 'en',
  'html.title': 'Audit of annual rule-of-law reports',
  'html.generated': 'Generated',
  'html.reports': 'reports',
  'html.complete': 'with every statutory section on its own',
  'html.notReports': 'not this kind of report',
  'html.unreadable': 'unreadable',
  'html.files': 'files',
  'html.commonest': 'Commonest problems',
  'html.inReports': 'reports',
  'html.none': 'none',
  'html.legend': '✓ own section　◐ only inside another section　✗ missing. Verdict: a required statutory section missing → does not comply; all there but errors or warnings left → needs revision; else ready to file.',
  'html.filterAll': 'Filter all columns…',
  'html.filter': 'filter',
  'html.shown': 'Showing',
  'html.of': 'of',
  'html.details': 'show findings',
  'html.basis': 'Verdict basis',
  'html.line': 'Line',
  'html.col': 'Col',
  'html.severity': 'Severity',
  'html.rule': 'Rule',
  'html.message': 'Message',
  'html.noFindings': 'No findings.',

  'lsp.reopen': 'Reopen with GB18030 encoding (also reads GBK)',
  'lsp.goTo': 'Go to line {line}',
  'lsp.related': 'heading that looks like it lost its ordinal',
  'lsp.configBroken': 'Gongwen configuration file problem: {problem}',
  'lsp.symbols': '公文报告',
};

/** The CLI layer's string tables, by locale (for the parity test). */
export const CLI_STRINGS: Record<Locale, Record<CliStringId, string>> = { zh, en };


/** A CLI-layer string in `locale`, `{name}` placeholders filled from `args`. */
export function cliText(locale: Locale, id: CliStringId, args?: Record<string, string | number>): string {
  return render(CLI_STRINGS[locale][id], args);
}
