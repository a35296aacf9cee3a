/** DOM helpers for the panel: elements built with createElement and textContent only, never parsed as HTML. */
import type { SpanRef } from '../shared/protocol';

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string | null): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined && text !== null) node.textContent = text;
  return node;
}

export function append(parent: HTMLElement, ...children: Array<Node | string | null | undefined | false>): HTMLElement {
  for (const c of children) if (c) parent.append(c);
  return parent;
}

/** A button that reveals a span of the article in the editor. */
export function revealButton(span: SpanRef | null, className: string, ...children: Array<Node | string | null | undefined | false>): HTMLElement {
  if (!span) return append(el('span', className), ...children);
  const b = append(el('button', `reveal ${className}`), ...children) as HTMLButtonElement;
  b.type = 'button';
  b.title = 'Show in the article';
  b.dataset.start = String(span.start);
  b.dataset.end = String(span.end);
  return b;
}

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

export function field(label: string, value: string | null, className = ''): HTMLElement | null {
  if (!value) return null;
  return append(el('div', `field ${className}`), el('span', 'label', label), el('span', 'value', value));
}

export function none(text: string): HTMLElement {
  return el('p', 'none', text);
}
