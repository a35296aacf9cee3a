/** The extension's settings, read typed in one place. Everything else asks Configuration, never getConfiguration. */
import * as vscode from 'vscode';
import type { DecorationCategory } from '../shared/api';
import { Disposable } from './dispose';

export const SECTION = 'policyLens';

/** The languages Policy Lens annotates. */
export const LANGUAGES: readonly string[] = ['plaintext', 'markdown'];

export interface PolicyLensConfig {
  decorations: Record<DecorationCategory, boolean>;
  /** Claims below this score are not highlighted. */
  claimMinScore: number;
  debounceMs: number;
  maxDocumentSize: number;
}

const DEFAULTS = { debounceMs: 400, maxDocumentSize: 300_000 };

function read(): PolicyLensConfig {
  const c = vscode.workspace.getConfiguration(SECTION);
  const flag = (key: string) => c.get<boolean>(`decorations.${key}`, true) !== false;
  const num = (key: string, fallback: number, min: number) => {
    const v = c.get<number>(key, fallback);
    return typeof v === 'number' && Number.isFinite(v) ? Math.max(min, v) : fallback;
  };
  return {
    decorations: {
      claim: flag('claims'),
      figure: flag('figures'),
      quote: flag('quotes'),
      speaker: flag('speakers'),
      outlet: flag('outlets'),
    },
    claimMinScore: Math.min(1, num('claimMinScore', 0, 0)),
    debounceMs: num('debounceMs', DEFAULTS.debounceMs, 0),
    maxDocumentSize: num('maxDocumentSize', DEFAULTS.maxDocumentSize, 0),
  };
}

export class Configuration extends Disposable {
  private _value = read();
  private readonly _onDidChange = this._register(new vscode.EventEmitter<vscode.ConfigurationChangeEvent>());
  /** Fires after the settings were re-read, only when something under `policyLens` changed. */
  readonly onDidChange = this._onDidChange.event;

  constructor() {
    super();
    this._register(
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (!e.affectsConfiguration(SECTION)) return;
        this._value = read();
        this._onDidChange.fire(e);
      }),
    );
  }

  get value(): PolicyLensConfig {
    return this._value;
  }

  /** `policyLens.annotateOnOpen` is language-overridable, so it is read for the document. */
  annotateOnOpen(document: vscode.TextDocument): boolean {
    return vscode.workspace.getConfiguration(SECTION, document).get<boolean>('annotateOnOpen', true) !== false;
  }
}

export function isSupported(document: vscode.TextDocument): boolean {
  return LANGUAGES.includes(document.languageId);
}
