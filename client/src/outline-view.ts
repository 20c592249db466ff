/**
 * The 报告提纲 view: the statutory-section checklist first, then the heading tree, both from the
 * server's `gongwen/outline` answer. Clicking a line jumps there; clicking a missing section
 * inserts it. When no report is active the view is empty and its welcome message shows.
 */
import * as vscode from 'vscode';
import type { OutlineHeading, OutlineResult, OutlineSection } from '../../server/src/protocol';
import { t } from './i18n';
import type { OutlineStore } from './outline-store';

export const VIEW_ID = 'gongwen.outline';
const REVEAL_LINE_COMMAND = 'gongwen.outline.revealLine';

type Node =
  | { kind: 'sections'; outline: OutlineResult }
  | { kind: 'section'; section: OutlineSection; uri: string }
  | { kind: 'heading'; heading: OutlineHeading; uri: string };

/** A rendered row, for tests and for the extension API. */
export interface OutlineRow {
  label: string;
  description: string;
  children: OutlineRow[];
}

class OutlineProvider implements vscode.TreeDataProvider<Node> {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;

  constructor(private readonly store: OutlineStore) {}

  refresh(): void {
    this.changed.fire();
  }

  getChildren(node?: Node): Node[] {
    const outline = this.store.outline;
    if (!node) {
      if (!outline) return [];
      return [{ kind: 'sections', outline }, ...outline.headings.map((heading) => ({ kind: 'heading' as const, heading, uri: outline.uri }))];
    }
    if (node.kind === 'sections') return node.outline.sections.map((section) => ({ kind: 'section', section, uri: node.outline.uri }));
    if (node.kind === 'heading') return node.heading.children.map((heading) => ({ kind: 'heading', heading, uri: node.uri }));
    return [];
  }

  getTreeItem(node: Node): vscode.TreeItem {
    if (node.kind === 'sections') return sectionsItem(node.outline);
    if (node.kind === 'section') return sectionItem(node.section, node.uri);
    return headingItem(node.heading, node.uri);
  }
}

function sectionsItem(outline: OutlineResult): vscode.TreeItem {
  const item = new vscode.TreeItem(t('sections'), vscode.TreeItemCollapsibleState.Expanded);
  const required = outline.sections.filter((s) => s.required);
  item.id = 'sections';
  item.description = `${required.filter((s) => s.status === 'present').length}/${required.length}`;
  item.iconPath = new vscode.ThemeIcon('checklist');
  return item;
}

function sectionItem(section: OutlineSection, uri: string): vscode.TreeItem {
  const item = new vscode.TreeItem(section.name, vscode.TreeItemCollapsibleState.None);
  item.id = `section:${section.id}`;
  const line = (section.line ?? 0) + 1;
  const need = section.required ? t('required') : t('optional');
  if (section.status === 'missing') {
    item.description = section.required ? t('missing') : t('missingOptional');
    item.iconPath = section.required
      ? new vscode.ThemeIcon('error', new vscode.ThemeColor('list.errorForeground'))
      : new vscode.ThemeIcon('circle-slash');
    item.tooltip = `${section.name}（${need}）\n${t('clickToInsert')}`;
    item.command = { command: 'gongwen.insertSection', title: t('clickToInsert'), arguments: [section.id, uri] };
    return item;
  }
  const present = section.status === 'present';
  item.description = t(present ? 'present' : 'embedded', { line });
  item.iconPath = present
    ? new vscode.ThemeIcon('pass', new vscode.ThemeColor('testing.iconPassed'))
    : // ◐ as an icon (a half-filled circle in the theme's warning colour), not a glyph fonts draw like ○.
      new vscode.ThemeIcon('color-mode', new vscode.ThemeColor('list.warningForeground'));
  item.tooltip = `${section.name}（${need}）`;
  item.command = revealCommand(uri, section.line ?? 0);
  return item;
}

function headingItem(heading: OutlineHeading, uri: string): vscode.TreeItem {
  const state = heading.children.length ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.None;
  // A heading that lost its ordinal shows only its text; the problem says which label it needs.
  const item = new vscode.TreeItem((heading.numbered ? heading.label : '') + heading.text, state);
  item.id = `heading:${heading.line}`;
  const problems = heading.problems;
  if (problems.length) {
    item.description = `⚠ ${problems.length === 1 ? problems[0] : t('problems', { count: problems.length })}`;
    item.tooltip = new vscode.MarkdownString(problems.map((p) => `- ${p}`).join('\n'));
    item.iconPath = new vscode.ThemeIcon('warning', new vscode.ThemeColor('list.warningForeground'));
  } else {
    item.description = t('line', { line: heading.line + 1 });
    item.iconPath = new vscode.ThemeIcon('symbol-string');
  }
  item.command = revealCommand(uri, heading.line);
  return item;
}

function revealCommand(uri: string, line: number): vscode.Command {
  return { command: REVEAL_LINE_COMMAND, title: '', arguments: [uri, line] };
}

/** Opens the document at the start of a line (the view's click target). */
async function revealLine(uri: string, line: number): Promise<void> {
  const editor = await vscode.window.showTextDocument(vscode.Uri.parse(uri), { preserveFocus: false });
  const at = new vscode.Position(line, 0);
  editor.selection = new vscode.Selection(at, at);
  editor.revealRange(new vscode.Range(at, at), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

export interface OutlineView extends vscode.Disposable {
  /** The rows as the view renders them. */
  rows(): OutlineRow[];
  /** Whether the view is on screen. */
  visible(): boolean;
  readonly onDidChangeVisibility: vscode.Event<vscode.TreeViewVisibilityChangeEvent>;
}

export function registerOutlineView(store: OutlineStore): OutlineView {
  const provider = new OutlineProvider(store);
  const view = vscode.window.createTreeView(VIEW_ID, { treeDataProvider: provider, showCollapseAll: true });
  const disposables: vscode.Disposable[] = [
    view,
    vscode.commands.registerCommand(REVEAL_LINE_COMMAND, revealLine),
    store.onDidChange((outline) => {
      view.description = outline ? vscode.Uri.parse(outline.uri).path.split('/').pop() : undefined;
      provider.refresh();
    }),
  ];
  const render = (node?: Node): OutlineRow[] =>
    provider.getChildren(node).map((child) => {
      const item = provider.getTreeItem(child);
      const label = typeof item.label === 'string' ? item.label : item.label?.label ?? '';
      return { label, description: String(item.description ?? ''), children: render(child) };
    });
  return {
    rows: () => render(),
    visible: () => view.visible,
    onDidChangeVisibility: view.onDidChangeVisibility,
    dispose: () => disposables.forEach((d) => d.dispose()),
  };
}
