/**
 * Policy Lens, the VS Code side. activate() only wires objects together; nothing runs at import time and the core
 * (with its NLP) is loaded on the first annotation.
 */
// First: they record when the bundle started to evaluate and when VS Code's API object was ready (activationMs).
import { LOADED_AT, LOADED_CPU, threadCpuMs } from './loadClock';
import { API_AT, API_CPU } from './apiClock';
import vscode = require('vscode');
import { TEST_CRASH_MARKER, type PolicyLensApi } from '../shared/api';
import { Annotator } from './annotator';
import { registerCommands } from './commands';
import { Configuration, LANGUAGES } from './config';
import { Decorator } from './decorations';
import { createEngine, enginesMade, shareEngine, type Engine } from './engine';
import { PolicyLensHoverProvider } from './hover';
import { ArticleDocuments } from './openAsArticle';
import { IncidentsPanel, PANEL_VIEW_TYPE } from './panel';
import { StatusBar } from './statusBar';
import { AnalysisStore } from './store';
import { registerWorkspaceIndex } from './workspace';

export function activate(context: vscode.ExtensionContext): PolicyLensApi {
  const activateStarted = performance.now();
  const activateStartedCpu = threadCpuMs();
  const add = <T extends vscode.Disposable>(d: T): T => {
    context.subscriptions.push(d);
    return d;
  };
  const log = add(vscode.window.createOutputChannel('Policy Lens', { log: true }));
  const config = add(new Configuration());
  // Extension tests only (never in a user's VS Code): an article containing TEST_CRASH_MARKER makes the analysis throw,
  // so the suite can check that one failing document gets an error and leaves the others working.
  const testing = context.extensionMode === vscode.ExtensionMode.Test;
  const engine = add(shareEngine(() => (testing ? createEngine(context.extensionUri, log).then(crashOnMarker) : createEngine(context.extensionUri, log))));
  const store = add(new AnalysisStore(config, log, engine.borrow));
  const decorator = add(new Decorator(config));
  const status = add(new StatusBar());
  const annotator = add(new Annotator(config, store, decorator, status, log));
  const panel = add(new IncidentsPanel(context.extensionUri, annotator, store, log));
  const hover = add(new PolicyLensHoverProvider(store, () => annotator.visible, (d) => annotator.isArticle(d)));

  const articles = add(new ArticleDocuments(context.extensionUri));
  add(registerCommands(annotator, panel, articles));
  add(vscode.languages.registerHoverProvider(LANGUAGES.map((language) => ({ language })), hover));
  add(
    vscode.window.registerWebviewPanelSerializer(PANEL_VIEW_TYPE, {
      deserializeWebviewPanel: async (webviewPanel, state) => panel.revive(webviewPanel, state),
    }),
  );
  annotator.start();
  const workspaceIndex = add(registerWorkspaceIndex(context, config, log, engine.borrow));
  add(annotator.onDidUpdate((document) => document && workspaceIndex.offer(document)));

  // What loading and activating cost the extension host's thread: evaluating the bundle, then activate() itself.
  // (VS Code calls activate() some time after loading the bundle; that wait is not ours, so it is reported apart.)
  const activated = performance.now();
  const activatedCpu = threadCpuMs();
  const cpu = (from: number | undefined, to: number | undefined) => (from === undefined || to === undefined ? undefined : to - from);
  const activation = {
    vscodeApiMs: API_AT - LOADED_AT,
    evaluateMs: EVALUATED_AT - API_AT,
    activateMs: activated - activateStarted,
    vscodeApiCpuMs: cpu(LOADED_CPU, API_CPU),
    evaluateCpuMs: cpu(API_CPU, EVALUATED_CPU),
    activateCpuMs: cpu(activateStartedCpu, activatedCpu),
    loadToActivatedMs: activated - LOADED_AT,
  };
  const activationMs = activation.vscodeApiMs + activation.evaluateMs + activation.activateMs;
  log.info(`activation: ${activationMs.toFixed(1)} ms (VS Code's API object ${activation.vscodeApiMs.toFixed(1)} ms, the rest of the bundle ${activation.evaluateMs.toFixed(1)} ms, activate() ${activation.activateMs.toFixed(1)} ms)`);

  return {
    activationMs,
    activationTimes: activation,
    getAnalysis: (uri) => store.latest(uri),
    documentStatus: (uri) => {
      const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri);
      return document ? store.status(document) : undefined;
    },
    getDecorations: (uri) => decorator.applied(uri),
    trackedDocuments: () => store.size,
    panelState: () => panel.state(),
    workspaceIndex: () => workspaceIndex.snapshot(),
    enginesMade,
    notices: () => [...annotator.notices()],
    settingWarnings: () => [...config.warnings],
    ...(testing ? { receiveFromWebview: (raw: unknown) => panel.receive(raw) } : {}),
  };
}

/** The test-only engine wrapper: analysis of a text containing TEST_CRASH_MARKER throws. */
function crashOnMarker(engine: Engine): Engine {
  return {
    name: engine.name,
    analyze: (text, token, key, early, format) => (text.includes(TEST_CRASH_MARKER) ? Promise.reject(new Error('test crash: the article contains TEST_CRASH_MARKER')) : engine.analyze(text, token, key, early, format)),
    release: (key) => engine.release(key),
    dispose: () => engine.dispose(),
  };
}

export function deactivate(): void {
  // Everything is in context.subscriptions.
}

/** When the bundle's own top level finished (this module runs last: esbuild orders it after everything it imports). */
const EVALUATED_AT = performance.now();
const EVALUATED_CPU = threadCpuMs();
