/**
 * Editor decorations: one decoration type per category, from theme colours declared in package.json
 * (`contributes.colors`), created once and rebuilt only when `policyLens.decorations.*` changes.
 * Only visible editors are decorated.
 */
import vscode = require('vscode');
import type { Analysis } from '../core/types';
import type { DecorationCategory } from '../shared/api';
import type { Configuration } from './config';
import { OffsetConverter } from './convert';
import { Disposable } from './dispose';
import { later, SLICE_MS } from './slices';
import { CATEGORIES, categorySpans, emptySpans, type CategorySpans } from './spans';

const color = (id: string) => new vscode.ThemeColor(`policyLens.${id}`);

export const STYLES: Record<DecorationCategory, vscode.DecorationRenderOptions> = {
  claim: {
    backgroundColor: color('claimBackground'),
    borderColor: color('claimBorder'),
    borderStyle: 'dashed',
    borderWidth: '0 0 1px 0',
  },
  quote: { color: color('quoteForeground'), fontStyle: 'italic' },
  outlet: { color: color('outletForeground'), textDecoration: 'underline' },
  speaker: { color: color('speakerForeground'), fontWeight: 'bold' },
  figure: {
    color: color('figureForeground'),
    backgroundColor: color('figureBackground'),
    borderColor: color('figureBorder'),
    borderStyle: 'solid',
    borderWidth: '1px',
    borderRadius: '3px',
    fontWeight: 'bold',
    overviewRulerColor: color('figureForeground'),
    overviewRulerLane: vscode.OverviewRulerLane.Right,
  },
};

/** Documents at least this long are decorated in slices; shorter ones in one go (a few milliseconds). */
const SLICED_FROM = 100_000;
/** Ranges converted and applied per step (a step is the unit the slicing checks the clock between). */
const RANGES_PER_STEP = 1000;

interface Render {
  analysis: Analysis | undefined;
  version: number;
  done: boolean;
  promise: Promise<void>;
}

interface SpansEntry {
  version: number;
  analysis: Analysis;
  text: string;
  spans: Partial<CategorySpans>;
  converter?: OffsetConverter;
}

export class Decorator extends Disposable {
  /** Per category, its decoration types: the first, and more made as long articles need them (same style). */
  private _types = new Map<DecorationCategory, vscode.TextEditorDecorationType[]>();
  /** What was last applied, per document uri. */
  private readonly _applied = new Map<string, CategorySpans>();
  /** Spans computed for one document version, shared by its editors. */
  private readonly _spans = new Map<string, SpansEntry>();
  /** The latest render of each editor: an older one still under way stops at its next step. */
  private _renders = new WeakMap<vscode.TextEditor, Render>();

  constructor(private readonly _config: Configuration) {
    super();
    this._createTypes();
    this._register({ dispose: () => this._disposeTypes() });
  }

  /** Re-create the decoration types for the enabled categories (call on a `policyLens.decorations` change). */
  rebuild(): void {
    this._renders = new WeakMap(); // renders under way stop: their decoration types are going
    this._disposeTypes();
    // Documents in visible editors keep what they had until their next render (the caller re-renders them) ends, so
    // `applied` never shows a half-done render; the others have nothing left on screen.
    const visible = new Set(vscode.window.visibleTextEditors.map((e) => e.document.uri.toString()));
    for (const key of [...this._applied.keys()]) if (!visible.has(key)) this._applied.delete(key);
    this._spans.clear();
    this._createTypes();
  }

  /**
   * Decorate one editor with an analysis of its document (or clear it, with undefined). The work runs in steps (one
   * category's spans, or 1,000 of its ranges converted and applied); a short article is done before this returns,
   * a long one (SLICED_FROM) yields the thread every few milliseconds so the editor stays responsive. The promise
   * settles when every category is applied (or a newer render of the editor took over).
   */
  render(editor: vscode.TextEditor, analysis: Analysis | undefined): Promise<void> {
    const version = editor.document.version;
    const current = this._renders.get(editor);
    // The same render already under way (the store's event and the annotate command both ask): let it finish.
    if (current && !current.done && current.analysis === analysis && current.version === version) return current.promise;
    const steps = this._steps(editor, analysis);
    // A short article is decorated in one go, as it always was; a long one in slices.
    const length = editor.document.offsetAt(new vscode.Position(editor.document.lineCount, 0)); // clamped to the end
    const sliced = !!analysis && length >= SLICED_FROM;
    const render: Render = { analysis, version, done: false, promise: Promise.resolve() };
    this._renders.set(editor, render);
    let next = 0;
    const run = (resolve: () => void, reject: (e: unknown) => void) => {
      try {
        const started = performance.now();
        // An editor closed or hidden since the last slice has nothing left to decorate (VS Code would refuse it).
        const gone = next > 0 && !vscode.window.visibleTextEditors.includes(editor);
        while (next < steps.length && !gone) {
          if (this._renders.get(editor) !== render || this.isDisposed || editor.document.isClosed) break;
          if (steps[next]() !== false) next++;
          if (sliced && next < steps.length && performance.now() - started > SLICE_MS) {
            later(() => run(resolve, reject));
            return;
          }
        }
        render.done = true;
        resolve();
      } catch (e) {
        render.done = true;
        reject(e);
      }
    };
    render.promise = new Promise<void>(run);
    return render.promise;
  }

  clear(editor: vscode.TextEditor): Promise<void> {
    return this.render(editor, undefined);
  }

  applied(uri: string): CategorySpans {
    return this._applied.get(uri) ?? emptySpans();
  }

  forget(uri: vscode.Uri | string): void {
    this._applied.delete(uri.toString());
    this._spans.delete(uri.toString());
  }

  /**
   * The steps of one render; a step that returns false has more to do and runs again. `applied` changes at the last
   * step, so it always describes a whole render.
   */
  private _steps(editor: vscode.TextEditor, analysis: Analysis | undefined): Array<() => boolean | void> {
    const document = editor.document;
    const key = document.uri.toString();
    const version = document.version;
    let entry: SpansEntry | undefined;
    if (analysis) {
      entry = this._spans.get(key);
      if (!entry || entry.version !== version || entry.analysis !== analysis) {
        entry = { version, analysis, text: document.getText(), spans: {} };
        this._spans.set(key, entry);
      }
    }
    const applied = emptySpans();
    const steps: Array<() => boolean | void> = [];
    for (const category of CATEGORIES) {
      const types = this._types.get(category);
      if (!types) continue;
      if (!entry) {
        for (const type of types) steps.push(() => editor.setDecorations(type, []));
        continue;
      }
      const e = entry;
      steps.push(() => {
        e.spans[category] ??= categorySpans(e.analysis, e.text, category, this._config.value.claimMinScore, this._config.value.highlightAllClaims);
        applied[category] = e.spans[category];
      });
      // One decoration type per RANGES_PER_STEP ranges (all with this category's style): each setDecorations call
      // carries a bounded number of ranges, so none holds the thread for long however long the article is.
      let chunk = 0;
      steps.push(() => {
        const spans = applied[category];
        const converter = (e.converter ??= new OffsetConverter(e.text));
        const from = chunk * RANGES_PER_STEP;
        const to = Math.min(spans.length, from + RANGES_PER_STEP);
        const ranges: vscode.Range[] = [];
        for (let i = from; i < to; i++) ranges.push(converter.range(spans[i][0], spans[i][1]));
        if (ranges.length || chunk === 0) editor.setDecorations(this._type(category, chunk), ranges);
        chunk++;
        return to === spans.length;
      });
      // Types a longer text needed before and this one does not: cleared in this editor.
      steps.push(() => {
        for (let i = Math.max(chunk, 1); i < types.length; i++) editor.setDecorations(types[i], []);
      });
    }
    steps.push(() => {
      this._applied.set(key, applied);
    });
    return steps;
  }

  /** The category's `index`-th decoration type, made when a long article first needs it. */
  private _type(category: DecorationCategory, index: number): vscode.TextEditorDecorationType {
    const types = this._types.get(category) ?? [];
    this._types.set(category, types);
    while (types.length <= index) types.push(vscode.window.createTextEditorDecorationType({ ...STYLES[category], rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed }));
    return types[index];
  }

  private _createTypes(): void {
    const enabled = this._config.value.decorations;
    for (const category of CATEGORIES) if (enabled[category]) this._type(category, 0);
  }

  private _disposeTypes(): void {
    for (const types of this._types.values()) for (const type of types) type.dispose();
    this._types.clear();
  }
}
