/**
 * `必备章节 3/4` in the status bar while a report editor is active: required sections with a
 * heading of their own out of all required ones. Hidden for any other editor.
 */
import * as vscode from 'vscode';
import type { OutlineResult } from '../../server/src/protocol';
import { t } from './i18n';
import type { OutlineStore } from './outline-store';

export interface StatusBar extends vscode.Disposable {
  /** The shown text, or undefined while hidden. */
  text(): string | undefined;
}

export function registerStatusBar(store: OutlineStore): StatusBar {
  const item = vscode.window.createStatusBarItem('gongwen.sections', vscode.StatusBarAlignment.Left, 50);
  item.name = t('sections');
  item.command = 'gongwen.showChecklist';
  let shown = false;
  const update = (outline: OutlineResult | undefined): void => {
    shown = !!outline;
    if (!outline) {
      item.hide();
      return;
    }
    const required = outline.sections.filter((s) => s.required);
    const present = required.filter((s) => s.status === 'present');
    const missing = required.filter((s) => s.status === 'missing').map((s) => s.name);
    const embedded = required.filter((s) => s.status === 'embedded').map((s) => s.name);
    const complete = present.length === required.length;
    item.text = `$(${complete ? 'pass' : 'warning'}) ${t('status', { present: present.length, required: required.length })}`;
    const lines = [
      complete ? t('statusComplete') : '',
      missing.length ? t('statusMissing', { list: missing.join('、') }) : '',
      embedded.length ? t('statusEmbedded', { list: embedded.join('、') }) : '',
      t('statusClick'),
    ];
    item.tooltip = lines.filter(Boolean).join('\n');
    item.show();
  };
  const listener = store.onDidChange(update);
  update(store.outline);
  return {
    text: () => (shown ? item.text : undefined),
    dispose: () => {
      listener.dispose();
      item.dispose();
    },
  };
}
