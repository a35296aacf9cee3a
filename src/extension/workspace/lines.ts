/**
 * Offsets to positions without the document: the index keeps each article's line starts (a few bytes a line) instead
 * of its text, so tree clicks and diagnostics can place a core Span in a file that is not open.
 */
import vscode = require('vscode');
import { lineAt, type LineStarts } from '../../core/lines';

export { lineStarts, type LineStarts } from '../../core/lines';

export function positionAt(starts: LineStarts, offset: number): vscode.Position {
  const { line, character } = lineAt(starts, offset);
  return new vscode.Position(line, character);
}

export function rangeAt(starts: LineStarts, span: { start: number; end: number }): vscode.Range {
  return new vscode.Range(positionAt(starts, span.start), positionAt(starts, span.end));
}
