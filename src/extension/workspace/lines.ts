/**
 * Offsets to positions without the document: the index keeps each article's line starts (a few bytes a line) instead
 * of its text, so tree clicks and diagnostics can place a core Span in a file that is not open.
 */
import * as vscode from 'vscode';

export type LineStarts = Uint32Array;

export function lineStarts(text: string): LineStarts {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return Uint32Array.from(starts);
}

export function positionAt(starts: LineStarts, offset: number): vscode.Position {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return new vscode.Position(lo, Math.max(0, offset - starts[lo]));
}

export function rangeAt(starts: LineStarts, span: { start: number; end: number }): vscode.Range {
  return new vscode.Range(positionAt(starts, span.start), positionAt(starts, span.end));
}
