/**
 * Analyses by content hash, kept across sessions in the extension's storage so a reopened workspace does not start
 * over. Least recently used entries go first when the file would exceed its bounds. The key also names the engine
 * (extension version and bundle time): a new analyser never reads an old analyser's results.
 */
import vscode = require('vscode');
import type { Analysis } from '../../core/types';

const FORMAT = 1;
const FILE_NAME = 'workspace-analyses.json';

export interface CacheLimits {
  maxEntries: number;
  /** Upper bound of the stored file, in UTF-16 code units of JSON (close to bytes for this mostly-ASCII data). */
  maxChars: number;
}

export const DEFAULT_LIMITS: CacheLimits = { maxEntries: 5000, maxChars: 32_000_000 };

interface StoredCache {
  format: number;
  engine: string;
  /** Least recently used first. */
  entries: Array<[string, Analysis]>;
}

export interface CacheStats {
  entries: number;
  hits: number;
  misses: number;
  /** Characters written on the last save. */
  savedChars: number;
}

export class AnalysisCache {
  /** Map iteration order is insertion order: re-inserting on use keeps the least recently used first. */
  private readonly _entries = new Map<string, Analysis>();
  private _loaded?: Promise<void>;
  private _dirty = false;
  private _hits = 0;
  private _misses = 0;
  private _savedChars = 0;
  private _saving: Promise<void> = Promise.resolve();

  constructor(
    private readonly _dir: vscode.Uri | undefined,
    private readonly _engine: Promise<string>,
    private readonly _log: vscode.LogOutputChannel,
    private readonly _limits: CacheLimits = DEFAULT_LIMITS,
  ) {}

  private get _file(): vscode.Uri | undefined {
    return this._dir && vscode.Uri.joinPath(this._dir, FILE_NAME);
  }

  /** Reads the stored cache once; a missing, unreadable or other-engine file is an empty cache. */
  load(): Promise<void> {
    return (this._loaded ??= this._read());
  }

  private async _read(): Promise<void> {
    const file = this._file;
    if (!file) return;
    const started = Date.now();
    try {
      const [bytes, engine] = await Promise.all([vscode.workspace.fs.readFile(file), this._engine]);
      const stored = JSON.parse(new TextDecoder().decode(bytes)) as StoredCache;
      if (stored.format !== FORMAT || stored.engine !== engine || !Array.isArray(stored.entries)) {
        this._log.info(`workspace cache: stored for another engine (${stored.engine}), starting afresh`);
        this._dirty = true;
        return;
      }
      for (const [hash, analysis] of stored.entries) if (!this._entries.has(hash)) this._entries.set(hash, analysis);
      this._log.info(`workspace cache: ${stored.entries.length} analyses loaded (${bytes.byteLength} bytes) in ${Date.now() - started} ms`);
    } catch (e) {
      if (!(e instanceof vscode.FileSystemError && e.code === 'FileNotFound')) this._log.warn(`workspace cache: could not read ${file.toString(true)}: ${e}`);
    }
  }

  get(hash: string): Analysis | undefined {
    const a = this._entries.get(hash);
    if (!a) {
      this._misses++;
      return undefined;
    }
    this._hits++;
    this._entries.delete(hash);
    this._entries.set(hash, a);
    return a;
  }

  set(hash: string, analysis: Analysis): void {
    this._entries.delete(hash);
    this._entries.set(hash, analysis);
    this._dirty = true;
  }

  stats(): CacheStats {
    return { entries: this._entries.size, hits: this._hits, misses: this._misses, savedChars: this._savedChars };
  }

  resetStats(): void {
    this._hits = 0;
    this._misses = 0;
  }

  /** Forgets everything in memory (the stored file stays): the next load() reads it again, as a new session would. */
  async unload(): Promise<void> {
    await this._saving;
    this._entries.clear();
    this._loaded = undefined;
    this._dirty = false;
  }

  /** Forgets everything, here and in storage. */
  async clear(): Promise<void> {
    await this._saving;
    this._entries.clear();
    this._loaded = Promise.resolve();
    this._dirty = false;
    const file = this._file;
    if (file) await Promise.resolve(vscode.workspace.fs.delete(file)).catch(() => undefined);
  }

  /** Writes the cache when it changed, dropping the least recently used entries beyond the limits. */
  save(): Promise<void> {
    this._saving = this._saving.then(() => this._save()).catch((e: unknown) => this._log.warn(`workspace cache: save failed: ${e}`));
    return this._saving;
  }

  private async _save(): Promise<void> {
    const file = this._file;
    if (!file || !this._dirty || !this._dir) return;
    this._dirty = false;
    const engine = await this._engine;
    const parts: string[] = [];
    const dropped: string[] = [];
    let chars = 0;
    // Newest first while the limits allow (an entry too big for what is left is skipped); then written oldest first.
    for (const [hash, analysis] of [...this._entries].reverse()) {
      const part = parts.length < this._limits.maxEntries ? JSON.stringify([hash, analysis]) : '';
      if (!part || chars + part.length > this._limits.maxChars) {
        dropped.push(hash);
        continue;
      }
      parts.push(part);
      chars += part.length + 1;
    }
    for (const hash of dropped) this._entries.delete(hash);
    const json = `{"format":${FORMAT},"engine":${JSON.stringify(engine)},"entries":[${parts.reverse().join(',')}]}`;
    try {
      await vscode.workspace.fs.createDirectory(this._dir);
      await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(json));
      this._savedChars = json.length;
      this._log.info(`workspace cache: saved ${parts.length} analyses (${json.length} characters${dropped.length ? `, ${dropped.length} least recently used dropped` : ''})`);
    } catch (e) {
      this._dirty = true;
      this._log.warn(`workspace cache: could not write ${file.toString(true)}: ${e}`);
    }
  }
}

/** Names the analyser that produced cached results: the extension's version and when its bundle was built. */
export async function engineKey(extension: vscode.Extension<unknown>, schemaVersion: number): Promise<string> {
  const version = String((extension.packageJSON as { version?: string }).version ?? '0');
  let built = 0;
  for (const bundle of ['dist/extension.js', 'dist/web/extension.js']) {
    try {
      built = (await vscode.workspace.fs.stat(vscode.Uri.joinPath(extension.extensionUri, bundle))).mtime;
      break;
    } catch {
      // not this bundle
    }
  }
  return `${version}/${schemaVersion}/${built}`;
}
