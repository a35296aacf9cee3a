/** The status-bar item: counts for the active file; a click opens the incidents panel. */
import vscode = require('vscode');
import type { Analysis } from '../core/types';
import { CommandId } from './commands';
import { Disposable } from './dispose';
import type { DocStatus } from './store';

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

export function countsText(a: Analysis): string {
  return `${plural(a.quotes.length, 'quote')} · ${plural(a.figures.length, 'figure')} · ${plural(a.incidents.length, 'incident')}`;
}

export class StatusBar extends Disposable {
  private readonly _item = this._register(vscode.window.createStatusBarItem('policyLens.status', vscode.StatusBarAlignment.Right, 100));

  constructor() {
    super();
    this._item.name = 'Policy Lens';
    this._item.command = CommandId.ShowPanel;
  }

  /** Show the state of the active document; hide when there is nothing to say. */
  update(state: { status: DocStatus; analysis: Analysis | undefined; visible: boolean; limit: number } | undefined): void {
    if (!state) {
      this._item.hide();
      return;
    }
    const { status, analysis, visible, limit } = state;
    this._item.backgroundColor = undefined;
    if (status === 'too-large') {
      this._item.text = '$(eye-closed) Policy Lens: too large';
      this._item.tooltip = `This document is longer than policyLens.maxDocumentSize (${limit.toLocaleString('en-US')} characters), so it is not annotated.`;
      this._item.backgroundColor = new vscode.ThemeColor('statusBarItem.warningBackground');
    } else if (status === 'failed') {
      this._item.text = '$(warning) Policy Lens';
      this._item.tooltip = 'Annotation failed: see the "Policy Lens" output channel.';
    } else if (analysis) {
      this._item.text = `${visible ? '$(eye)' : '$(eye-closed)'} ${countsText(analysis)}${status === 'analysing' ? ' $(sync~spin)' : ''}`;
      const claims = plural(analysis.claims.length, 'claim');
      this._item.tooltip = `Policy Lens: ${countsText(analysis)} · ${claims}${visible ? '' : ' (annotations hidden)'}. Click to show the incidents panel.`;
    } else if (status === 'analysing') {
      this._item.text = '$(sync~spin) Policy Lens';
      this._item.tooltip = 'Annotating…';
    } else {
      this._item.hide();
      return;
    }
    this._item.show();
  }
}
