/**
 * A PDF page's positioned text runs as the article's paragraphs. Pure geometry (no pdfjs here), so it is testable:
 * runs are grouped into lines per column (two columns are told apart by an empty vertical band, the gutter), lines
 * are read column by column, running headers, footers and page numbers are dropped, lines are joined into paragraphs
 * (a paragraph ends at a wider gap, an indented next line, or a short line ending a sentence), and a word hyphenated
 * at a line end is joined again.
 */

/** One text run as pdfjs gives it: its string, the left end of its baseline, its width and font size (PDF points). */
export interface Run {
  str: string;
  x: number;
  y: number;
  width: number;
  size: number;
}

export interface Line {
  text: string;
  x: number;
  xEnd: number;
  /** Baseline, measured upwards from the bottom of the page (PDF coordinates). */
  y: number;
  size: number;
  /** 0 left or only column, 1 right column, -1 spans the columns (titles, headers, footers). */
  column: number;
  page: number;
}

export interface Page {
  width: number;
  height: number;
  runs: Run[];
}

const median = (xs: number[]) => (xs.length ? [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] : 0);

/** The x of a gutter between two columns, or undefined for a one-column page. */
export function findGutter(page: Page): number | undefined {
  const runs = page.runs.filter((r) => r.str.trim());
  if (runs.length < 8) return undefined;
  let best: { x: number; crossing: number } | undefined;
  for (let x = page.width * 0.3; x <= page.width * 0.7; x += 1) {
    const crossing = runs.filter((r) => r.x < x && r.x + r.width > x).length;
    if (!best || crossing < best.crossing) best = { x, crossing };
  }
  if (!best) return undefined;
  const left = runs.filter((r) => r.x + r.width <= best.x).length;
  const right = runs.filter((r) => r.x >= best.x).length;
  // A real gutter: few runs cross it (titles, running heads) and both sides hold a good share of the text.
  const twoColumns = best.crossing <= runs.length * 0.1 && left >= runs.length * 0.2 && right >= runs.length * 0.2;
  return twoColumns ? best.x : undefined;
}

/** Runs on one baseline, left to right, with a space wherever the gap between two runs is wider than a thin space. */
function lineText(runs: Run[]): string {
  let text = '';
  let end = -Infinity;
  for (const r of [...runs].sort((a, b) => a.x - b.x)) {
    const gap = r.x - end;
    let str = r.str;
    // Chromium prints an unused soft hyphen as a zero-width space: a run that starts with one space right where
    // the previous run's letters end, going on in lower case, continues the same word.
    if (Math.abs(gap) < r.size * 0.05 && /\p{L}$/u.test(text) && /^ \p{Ll}/u.test(str)) str = str.slice(1);
    if (text && gap > r.size * 0.15 && !/\s$/.test(text) && !/^\s/.test(str)) text += ' ';
    text += str;
    end = Math.max(end, r.x + r.width);
  }
  // Soft hyphens mark where a word may break; where it did not, they are invisible and go.
  return text.replace(/\u00ad(?=\S)/g, '').replace(/\s+/g, ' ').trim();
}

function groupLines(runs: Run[], column: number, page: number): Line[] {
  const sorted = runs.filter((r) => r.str.length).sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: Run[][] = [];
  for (const r of sorted) {
    const last = lines.at(-1);
    if (last && Math.abs(last[0].y - r.y) <= Math.max(1, r.size * 0.4)) last.push(r);
    else lines.push([r]);
  }
  return lines
    .map((rs) => ({
      text: lineText(rs),
      x: Math.min(...rs.filter((r) => r.str.trim()).map((r) => r.x)),
      xEnd: Math.max(...rs.filter((r) => r.str.trim()).map((r) => r.x + r.width)),
      y: rs[0].y,
      size: median(rs.map((r) => r.size)),
      column,
      page,
    }))
    .filter((l) => l.text);
}

/**
 * A page's lines in reading order. Lines that span the columns (a headline, a running head) cut the page into bands;
 * each band is read left column first, then right.
 */
export function pageLines(page: Page, index: number): Line[] {
  const gutter = findGutter(page);
  if (gutter === undefined) return groupLines(page.runs, 0, index);
  const crosses = (r: Run) => r.x < gutter && r.x + r.width > gutter;
  const spanning = groupLines(page.runs.filter(crosses), -1, index);
  const columns = [...groupLines(page.runs.filter((r) => !crosses(r) && r.x + r.width <= gutter), 0, index), ...groupLines(page.runs.filter((r) => !crosses(r) && r.x >= gutter), 1, index)];
  const out: Line[] = [];
  let above = Infinity;
  for (const cut of [...spanning, undefined]) {
    const below = cut?.y ?? -Infinity;
    out.push(...columns.filter((l) => l.y < above && l.y > below).sort((a, b) => a.column - b.column || b.y - a.y));
    if (cut) out.push(cut);
    above = below;
  }
  return out;
}

const PAGE_NUMBER = /^(?:page\s+)?(?:\d{1,4}|[ivxlc]{1,6})(?:\s*(?:of|\/)\s*\d{1,4})?$/i;
const shape = (text: string) => text.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ').trim();

/**
 * Drops running headers and footers (a top or bottom line whose shape, digits aside, recurs on other pages) and page
 * numbers (a top or bottom line that is only a number, "Page 3" or "3 of 12").
 */
export function dropFurniture(pages: Line[][]): Line[][] {
  // The lines on the two highest and the two lowest baselines (a running head split by the gutter is two lines).
  const edges = (lines: Line[]) => {
    const ys = [...new Set(lines.map((l) => Math.round(l.y)))].sort((a, b) => b - a);
    const edge = new Set([...ys.slice(0, 2), ...ys.slice(-2)]);
    return new Set(lines.filter((l) => edge.has(Math.round(l.y))));
  };
  const edgeSets = pages.map(edges);
  const count = new Map<string, number>();
  for (const set of edgeSets) for (const s of new Set([...set].map((l) => shape(l.text)))) count.set(s, (count.get(s) ?? 0) + 1);
  const repeated = (l: Line) => pages.length > 1 && (count.get(shape(l.text)) ?? 0) >= Math.max(2, Math.ceil(pages.length / 2));
  return pages.map((lines, i) => lines.filter((l) => !(edgeSets[i].has(l) && (PAGE_NUMBER.test(l.text) || repeated(l)))));
}

const HYPHEN_END = /(\p{L})[-\u2010\u00ad]$/u;
const TERMINAL = /[.!?:"'”’)\]]$/;

/** Lines in reading order as paragraphs. */
export function paragraphs(lines: Line[]): string[] {
  const body = lines.filter((l) => l.column >= 0);
  const spacing = median(body.slice(1).map((l, i) => (body[i].column === l.column && body[i].page === l.page ? body[i].y - l.y : 0)).filter((d) => d > 0));
  const columns = new Map<string, { left: number; right: number }>();
  for (const l of lines) {
    const key = `${l.page}:${l.column}`;
    const c = columns.get(key) ?? { left: Infinity, right: -Infinity };
    columns.set(key, { left: Math.min(c.left, l.x), right: Math.max(c.right, l.xEnd) });
  }
  const out: string[] = [];
  let current = '';
  let prev: Line | undefined;
  for (const line of lines) {
    if (prev && !startsParagraph(prev, line, spacing, columns)) {
      current = joinLines(current, line.text);
    } else {
      if (current) out.push(current);
      current = line.text;
    }
    prev = line;
  }
  if (current) out.push(current);
  return out;
}

function startsParagraph(prev: Line, line: Line, spacing: number, columns: Map<string, { left: number; right: number }>): boolean {
  const col = columns.get(`${line.page}:${line.column}`)!;
  const prevCol = columns.get(`${prev.page}:${prev.column}`)!;
  if (Math.abs(prev.size - line.size) > 1) return true; // a heading, a caption
  if ((prev.column === -1) !== (line.column === -1)) return true; // from a line across the columns into one, or back
  const sameFlow = prev.page === line.page && prev.column === line.column;
  if (sameFlow && spacing && prev.y - line.y > spacing * 1.3) return true;
  if (line.column !== -1 && line.x - col.left > line.size * 0.8) return true; // first-line indent
  const short = prev.xEnd < prevCol.left + (prevCol.right - prevCol.left) * 0.8;
  return short && TERMINAL.test(prev.text);
}

/** Joins a line to the paragraph so far, undoing a hyphen that only broke a word across the line end. */
export function joinLines(text: string, next: string): string {
  const m = HYPHEN_END.exec(text);
  if (m && /^\p{Ll}/u.test(next)) return text.slice(0, -1) + next;
  if (m) return text.slice(0, -1) + (text.endsWith('\u00ad') ? '' : '-') + next;
  return `${text} ${next}`;
}
