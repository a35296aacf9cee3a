/** The one place offsets become Ranges and back. Core speaks UTF-16 offsets, end exclusive; VS Code speaks Ranges. */
import * as vscode from 'vscode';
import type { Span } from '../core/types';

export interface OffsetRange {
  start: number;
  end: number;
}

export function toRange(document: vscode.TextDocument, span: OffsetRange): vscode.Range {
  return new vscode.Range(document.positionAt(span.start), document.positionAt(span.end));
}

export function toRanges(document: vscode.TextDocument, spans: ReadonlyArray<readonly [number, number]>): vscode.Range[] {
  return spans.map(([start, end]) => toRange(document, { start, end }));
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
