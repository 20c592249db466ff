/**
 * Runtime strings of the client (tree view, status bar, messages). Manifest strings live in
 * package.nls*.json; these follow the `gongwen.locale` setting like the server's messages do,
 * so one setting switches everything the extension itself writes.
 */
import * as vscode from 'vscode';

import { CLIENT_STRINGS, type ClientStringId } from './strings';

/** Renders a client string in the configured locale, filling `{name}` placeholders. */
export function t(key: ClientStringId, args: Record<string, string | number> = {}): string {
  const template = CLIENT_STRINGS[clientLocale()][key];
  return template.replace(/\{(\w+)\}/g, (all, name: string) => (name in args ? String(args[name]) : all));
}

/** The configured locale (`gongwen.locale`): English when it says so, else Chinese. */
export function clientLocale(): 'zh' | 'en' {
  return vscode.workspace.getConfiguration('gongwen').get<string>('locale', 'zh') === 'en' ? 'en' : 'zh';
}
