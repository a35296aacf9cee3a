/** The extension's settings, read typed in one place. Everything else asks Configuration, never getConfiguration. */
import vscode = require('vscode');
import type { DecorationCategory } from '../shared/api';
import { Disposable } from './dispose';
import { checkBooleanSetting, checkNumberSetting, checkSchemesSetting, invalidColorCustomizations, type Checked, type NumberSetting } from './validate';

export const SECTION = 'policyLens';

/** The languages Policy Lens annotates. */
export const LANGUAGES: readonly string[] = ['plaintext', 'markdown'];

export interface PolicyLensConfig {
  decorations: Record<DecorationCategory, boolean>;
  /** Claims below this score are not highlighted. */
  claimMinScore: number;
  /** Highlight every claim, not only the check-worthy ones. */
  highlightAllClaims: boolean;
  debounceMs: number;
  maxDocumentSize: number;
  /** URI schemes of the documents annotated (a diff's `git:` side is not among the defaults). */
  schemes: string[];
}

/** The colour ids package.json contributes; a user can override them in workbench.colorCustomizations. */
export const COLOR_IDS: readonly string[] = [
  'policyLens.claimBackground',
  'policyLens.claimBorder',
  'policyLens.figureForeground',
  'policyLens.figureBackground',
  'policyLens.figureBorder',
  'policyLens.quoteForeground',
  'policyLens.speakerForeground',
  'policyLens.outletForeground',
];

/** The settings, each checked (validate.ts); a bad value falls back to its default and adds a warning. */
function read(): { value: PolicyLensConfig; warnings: string[] } {
  const c = vscode.workspace.getConfiguration(SECTION);
  const warnings: string[] = [];
  const take = <T>(r: Checked<T>): T => {
    if (r.warning) warnings.push(r.warning);
    return r.value;
  };
  const flag = (key: string) => take(checkBooleanSetting(`decorations.${key}`, c.get<unknown>(`decorations.${key}`), true));
  const num = (key: NumberSetting) => take(checkNumberSetting(key, c.get<unknown>(key)));
  const value: PolicyLensConfig = {
    decorations: {
      claim: flag('claims'),
      figure: flag('figures'),
      quote: flag('quotes'),
      speaker: flag('speakers'),
      outlet: flag('outlets'),
    },
    claimMinScore: num('claimMinScore'),
    highlightAllClaims: take(checkBooleanSetting('highlightAllClaims', c.get<unknown>('highlightAllClaims'), false)),
    debounceMs: num('debounceMs'),
    maxDocumentSize: num('maxDocumentSize'),
    schemes: take(checkSchemesSetting(c.get<unknown>('schemes'))),
  };
  const colors = invalidColorCustomizations(vscode.workspace.getConfiguration('workbench').get<unknown>('colorCustomizations'), COLOR_IDS);
  if (colors.length) warnings.push(`workbench.colorCustomizations: ${colors.join(', ')} ${colors.length === 1 ? 'is' : 'are'} not a #RRGGBB(AA) colour; the theme's default is used.`);
  return { value, warnings };
}

export class Configuration extends Disposable {
  private _value: PolicyLensConfig;
  private _warnings: string[] = [];
  private readonly _shown = new Set<string>();
  private readonly _onDidChange = this._register(new vscode.EventEmitter<vscode.ConfigurationChangeEvent>());
  /** Fires after the settings were re-read, only when something under `policyLens` changed. */
  readonly onDidChange = this._onDidChange.event;

  constructor() {
    super();
    this._value = this._read();
    this._register(
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('workbench.colorCustomizations') && !e.affectsConfiguration(SECTION)) {
          this._read();
          return;
        }
        if (!e.affectsConfiguration(SECTION)) return;
        this._value = this._read();
        this._onDidChange.fire(e);
      }),
    );
  }

  /** Reads and checks the settings; each new problem gets one non-modal warning. */
  private _read(): PolicyLensConfig {
    const { value, warnings } = read();
    this._warnings = warnings;
    for (const w of warnings) {
      if (this._shown.has(w)) continue;
      this._shown.add(w);
      void vscode.window.showWarningMessage(`Policy Lens: ${w}`);
    }
    return value;
  }

  /** The problems found in the settings as last read (empty when every value is usable). */
  get warnings(): readonly string[] {
    return this._warnings;
  }

  get value(): PolicyLensConfig {
    return this._value;
  }

  /** Whether Policy Lens annotates this document: a plain-text or Markdown one of a scheme in policyLens.schemes. */
  supports(document: vscode.TextDocument): boolean {
    return LANGUAGES.includes(document.languageId) && this._value.schemes.includes(document.uri.scheme);
  }

  /** `policyLens.annotateOnOpen` is language-overridable, so it is read for the document. */
  annotateOnOpen(document: vscode.TextDocument): boolean {
    return vscode.workspace.getConfiguration(SECTION, document).get<boolean>('annotateOnOpen', true) !== false;
  }
}
