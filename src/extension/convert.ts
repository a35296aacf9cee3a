/** The one place offsets become Ranges and back. Core speaks UTF-16 offsets, end exclusive; VS Code speaks Ranges. */
import vscode = require('vscode');
import { lineAt, lineStarts, type LineStarts } from '../core/lines';
import type { Span } from '../core/types';

export interface OffsetRange {
  start: number;
  end: number;
}

export function toRange(document: vscode.TextDocument, span: OffsetRange): vscode.Range {
  return new vscode.Range(document.positionAt(span.start), document.positionAt(span.end));
}

/**
 * Many offsets of one text to Ranges without a document call per offset: the line starts are found once, then each
 * offset is a binary search. Same results as document.positionAt for the document's own text (a position's character
 * never goes past its line's end, as positionAt's does not).
 */
export class OffsetConverter {
  private readonly _starts: LineStarts;

  constructor(private readonly _text: string) {
    this._starts = lineStarts(_text);
  }

  position(offset: number): vscode.Position {
    const at = Math.max(0, Math.min(offset, this._text.length));
    const { line, character } = lineAt(this._starts, at);
    // The line's end: before its "\n" (and a "\r" just before that), or the end of the text.
    const starts = this._starts;
    let end = line + 1 < starts.length ? starts[line + 1] - 1 : this._text.length;
    if (end > starts[line] && line + 1 < starts.length && this._text.charCodeAt(end - 1) === 13) end--;
    return new vscode.Position(line, Math.min(character, end - starts[line]));
  }

  range(start: number, end: number): vscode.Range {
    return new vscode.Range(this.position(start), this.position(end));
  }
}

export function toOffset(document: vscode.TextDocument, position: vscode.Position): number {
  return document.offsetAt(position);
}

/** True when the character at `offset` is inside [start, end). */
export function contains(span: OffsetRange, offset: number): boolean {
  return span.start <= offset && offset < span.end;
}

export function spanRef(span: Span | OffsetRange): OffsetRange {
  return { start: span.start, end: span.end };
}
