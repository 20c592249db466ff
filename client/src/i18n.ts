/**
 * Runtime strings of the client (tree view, status bar, messages). Manifest strings live in
 * package.nls*.json; these follow the `gongwen.locale` setting like the server's messages do,
 * so one setting switches everything the extension itself writes.
 */
import * as vscode from 'vscode';

import { CLIENT_STRINGS, type ClientStringId } from './strings';

/** Renders a client string in the configured locale, filling `{name}` placeholders. */
export function t(key: ClientStringId, args: Record<string, string | number> = {}): string {
  const locale = vscode.workspace.getConfiguration('gongwen').get<string>('locale', 'zh');
  const template = CLIENT_STRINGS[locale === 'en' ? 'en' : 'zh'][key];
  return template.replace(/\{(\w+)\}/g, (all, name: string) => (name in args ? String(args[name]) : all));
}
