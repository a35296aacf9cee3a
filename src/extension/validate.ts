/**
 * Pure checks of what comes from outside the extension: messages posted by the panel's webview and the values of
 * the `policyLens.*` settings, plus the binary-file test. No vscode import, so test/unit checks them in plain Node.
 */
import type { FromWebview } from '../shared/protocol';

/** Longest uri string a `reveal` message may carry; anything longer is not a document the panel showed. */
export const MAX_MESSAGE_URI = 8192;
/** Largest offset a `reveal` message may carry (well above policyLens.maxDocumentSize). */
export const MAX_MESSAGE_OFFSET = 2 ** 31 - 1;

function isOffset(x: unknown): x is number {
  return typeof x === 'number' && Number.isInteger(x) && x >= 0 && x <= MAX_MESSAGE_OFFSET;
}

/** A message from the webview, or undefined when it is not one we know in exactly the expected shape. */
export function parseFromWebview(raw: unknown): FromWebview | undefined {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return undefined;
  // own properties only: nothing inherited (a prototype's `type`) counts
  const own = (key: string): unknown => (Object.prototype.hasOwnProperty.call(raw, key) ? (raw as Record<string, unknown>)[key] : undefined);
  const m = { type: own('type'), uri: own('uri'), start: own('start'), end: own('end') };
  switch (m.type) {
    case 'ready':
      return { type: 'ready' };
    case 'annotate':
      return { type: 'annotate' };
    case 'reveal':
      if (typeof m.uri !== 'string' || m.uri.length === 0 || m.uri.length > MAX_MESSAGE_URI) return undefined;
      if (!isOffset(m.start) || !isOffset(m.end) || m.start > m.end) return undefined;
      return { type: 'reveal', uri: m.uri, start: m.start, end: m.end };
    default:
      return undefined;
  }
}

/** The numeric settings config.ts reads, with their defaults and bounds (package.json declares the same). */
export const NUMBER_SETTINGS = {
  claimMinScore: { default: 0, min: 0, max: 1 },
  debounceMs: { default: 400, min: 0, max: 10_000 },
  maxDocumentSize: { default: 2_000_000, min: 1000, max: Number.MAX_SAFE_INTEGER },
} as const;

export type NumberSetting = keyof typeof NUMBER_SETTINGS;

export interface Checked<T> {
  value: T;
  /** Set when the raw value was not usable and the default was taken instead. */
  warning?: string;
}

/** A short, printable form of any value for a warning; never throws (objects may have no or a hostile toString). */
export function describeValue(raw: unknown): string {
  try {
    if (typeof raw === 'string') return JSON.stringify(raw.length > 40 ? `${raw.slice(0, 40)}…` : raw);
    if (typeof raw === 'number' || typeof raw === 'boolean' || typeof raw === 'bigint' || raw === null || raw === undefined) return String(raw);
    if (Array.isArray(raw)) return 'a list';
    return `a ${typeof raw}`;
  } catch {
    return 'an unreadable value';
  }
}

/** A numeric setting: a finite number within its bounds, else the default with a warning that says why. */
export function checkNumberSetting(key: NumberSetting, raw: unknown): Checked<number> {
  const spec = NUMBER_SETTINGS[key];
  if (raw === undefined || raw === null) return { value: spec.default };
  const show = describeValue(raw);
  if (typeof raw !== 'number' || !Number.isFinite(raw)) {
    return { value: spec.default, warning: `policyLens.${key} should be a number, not ${show}; using the default ${spec.default}.` };
  }
  if (raw < spec.min || raw > spec.max) {
    const range = spec.max === Number.MAX_SAFE_INTEGER ? `at least ${spec.min}` : `between ${spec.min} and ${spec.max}`;
    return { value: spec.default, warning: `policyLens.${key} should be ${range}, not ${show}; using the default ${spec.default}.` };
  }
  return { value: raw };
}

/** A boolean setting: true or false, else the default with a warning. */
export function checkBooleanSetting(key: string, raw: unknown, fallback: boolean): Checked<boolean> {
  if (raw === undefined || raw === null) return { value: fallback };
  if (typeof raw === 'boolean') return { value: raw };
  return { value: fallback, warning: `policyLens.${key} should be true or false, not ${describeValue(raw)}; using the default ${fallback}.` };
}

/**
 * The URI schemes Policy Lens annotates. Files, new notes and the remote and virtual file systems people edit
 * articles in; not `git:` (a diff's original side), `output:` or other read-only views of a text.
 */
export const DEFAULT_SCHEMES: readonly string[] = ['file', 'untitled', 'vscode-remote', 'vscode-vfs', 'vsls', 'policy-lens'];

/** `policyLens.schemes`: a list of scheme names, else the default with a warning. */
export function checkSchemesSetting(raw: unknown): Checked<string[]> {
  if (raw === undefined || raw === null) return { value: [...DEFAULT_SCHEMES] };
  if (Array.isArray(raw) && raw.every((x) => typeof x === 'string' && /^[a-z][\w+.-]*$/i.test(x))) return { value: raw.map((x: string) => x.toLowerCase()) };
  return { value: [...DEFAULT_SCHEMES], warning: `policyLens.schemes should be a list of URI schemes such as "file", not ${describeValue(raw)}; using the default.` };
}

/** A colour as `workbench.colorCustomizations` accepts it: #RGB, #RGBA, #RRGGBB or #RRGGBBAA. */
export function isHexColor(raw: unknown): raw is string {
  return typeof raw === 'string' && /^#(?:[0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i.test(raw);
}

/**
 * The `policyLens.*` colour ids among a `workbench.colorCustomizations` object (top level and per-theme `[Theme]`
 * blocks) whose value is not a colour: VS Code ignores those and uses the theme default, the warning says so.
 */
export function invalidColorCustomizations(raw: unknown, ids: readonly string[]): string[] {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return [];
  const bad: string[] = [];
  const scan = (o: Record<string, unknown>, prefix: string) => {
    for (const id of ids) if (id in o && !isHexColor(o[id])) bad.push(`${prefix}${id}`);
  };
  const top = raw as Record<string, unknown>;
  scan(top, '');
  for (const [k, v] of Object.entries(top)) {
    if (k.startsWith('[') && v && typeof v === 'object' && !Array.isArray(v)) scan(v as Record<string, unknown>, `${k} `);
  }
  return bad;
}

/** How much of a document's start the binary check looks at. */
export const BINARY_SAMPLE = 8192;

/**
 * Whether a document's text looks like a binary file opened as text: a NUL character, or more than 10 % control
 * characters / U+FFFD (what a decoder puts for invalid bytes) in the first BINARY_SAMPLE characters.
 */
export function looksBinary(text: string): boolean {
  const n = Math.min(text.length, BINARY_SAMPLE);
  if (n === 0) return false;
  let odd = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) return true;
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0xfffd || c === 0x7f) odd++;
  }
  return odd / n > 0.1;
}
