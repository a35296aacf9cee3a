/** The workspace index's settings (`policyLens.workspace.*`), read typed in one place, and its file globs. */
import vscode = require('vscode');

export const INCLUDE_GLOB = '**/*.{txt,md}';
/** Also web pages, PDFs and Word files (policyLens.workspace.importDocuments; desktop only: the web build has no importers). */
export const INCLUDE_DOCUMENTS_GLOB = '**/*.{txt,md,html,htm,pdf,docx}';

export interface WorkspaceSettings {
  /** Extra globs left out of the index, on top of files.exclude and search.exclude. */
  exclude: string[];
  /** Flag figures that disagree with another article's figure for the same incident. */
  figureDiagnostics: boolean;
  /** Index at most this many files (a message says so when there are more). */
  maxFiles: number;
  /** Index web pages, PDFs and Word files as their readable text. */
  importDocuments: boolean;
}

export function readSettings(): WorkspaceSettings {
  const c = vscode.workspace.getConfiguration('policyLens.workspace');
  const exclude = c.get<unknown>('exclude', []);
  const maxFiles = c.get<number>('maxFiles', 1000);
  return {
    exclude: Array.isArray(exclude) ? exclude.filter((x): x is string => typeof x === 'string' && x.trim() !== '') : [],
    figureDiagnostics: c.get<boolean>('figureDiagnostics', true) !== false,
    maxFiles: typeof maxFiles === 'number' && Number.isFinite(maxFiles) ? Math.max(1, Math.floor(maxFiles)) : 1000,
    importDocuments: c.get<boolean>('importDocuments', true) !== false && process.env.POLICY_LENS_WEB !== '1',
  };
}

export const includeGlob = (settings: WorkspaceSettings): string => (settings.importDocuments ? INCLUDE_DOCUMENTS_GLOB : INCLUDE_GLOB);

/** Settings whose change means the set of indexed files may differ. */
export const FILE_SET_SETTINGS = ['files.exclude', 'search.exclude', 'policyLens.workspace.exclude', 'policyLens.workspace.maxFiles', 'policyLens.maxDocumentSize', 'policyLens.workspace.importDocuments'];

/**
 * `{a,b}` alternatives of one glob spelled out ("**\/*.{log,tmp}" → two globs), so several globs can be joined into the
 * one `{…,…}` group findFiles takes without nesting braces. Nested braces are left alone (rare in exclude lists).
 */
export function expandBraces(glob: string): string[] {
  const m = /\{([^{}]*)\}/.exec(glob);
  if (!m) return [glob];
  const head = glob.slice(0, m.index);
  const tail = glob.slice(m.index + m[0].length);
  return m[1].split(',').flatMap((alt) => expandBraces(head + alt + tail));
}

/** The globs switched on in a files.exclude / search.exclude style object (`{ "**\/node_modules": true }`). */
function enabledGlobs(value: unknown): string[] {
  if (!value || typeof value !== 'object') return [];
  // A `{ when: "$(basename).ts" }` value depends on sibling files; findFiles cannot say that, so it is skipped.
  return Object.entries(value as Record<string, unknown>)
    .filter(([, on]) => on === true)
    .map(([glob]) => glob);
}

/** One exclude glob for findFiles from files.exclude, search.exclude and policyLens.workspace.exclude. */
export function excludeGlob(settings: WorkspaceSettings, scope?: vscode.ConfigurationScope): string | null {
  const globs = new Set<string>();
  for (const section of ['files', 'search']) {
    for (const g of enabledGlobs(vscode.workspace.getConfiguration(section, scope).get('exclude'))) globs.add(g);
  }
  const own = vscode.workspace.getConfiguration('policyLens.workspace', scope).get<unknown>('exclude');
  for (const g of Array.isArray(own) ? own : settings.exclude) if (typeof g === 'string' && g.trim()) globs.add(g.trim());
  const flat = [...globs].flatMap(expandBraces).filter((g) => g && !g.includes('{') && !g.includes('}'));
  if (!flat.length) return null;
  return flat.length === 1 ? flat[0] : `{${flat.join(',')}}`;
}
