/** HTML (the article Readability kept, or what mammoth made of a Word file) as paragraphs of plain text. */
import { parseDocument, type DomNode as Node } from './dom';

/** Elements that start a new paragraph; their inline content (and loose text around them) forms one. */
const BLOCKS = new Set([
  'P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'UL', 'OL', 'DL', 'DD', 'DT', 'BLOCKQUOTE', 'PRE', 'FIGURE', 'FIGCAPTION',
  'TABLE', 'TBODY', 'THEAD', 'TR', 'TD', 'TH', 'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'HEADER', 'FOOTER', 'ASIDE', 'HR',
]);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG']);

const hasBlock = (node: Node): boolean => Array.from(node.childNodes).some((c) => c.nodeType === 1 && (BLOCKS.has(c.nodeName) || hasBlock(c)));

/** A node's paragraphs: runs of inline content, cut at every block. */
function paragraphsOf(node: Node, out: string[]): void {
  let run = '';
  const flush = () => {
    const p = run.replace(/\s+/g, ' ').trim();
    if (p) out.push(p);
    run = '';
  };
  for (const child of Array.from(node.childNodes)) {
    if (child.nodeType === 3) run += child.textContent ?? '';
    else if (child.nodeType !== 1 || SKIP.has(child.nodeName)) continue;
    else if (child.nodeName === 'BR') run += ' ';
    else if (BLOCKS.has(child.nodeName) || hasBlock(child)) {
      flush();
      paragraphsOf(child, out);
    } else run += child.textContent ?? '';
  }
  flush();
}

export function htmlParagraphs(html: string): string[] {
  const document = parseDocument(`<!doctype html><html><head></head><body>${html}</body></html>`);
  const out: string[] = [];
  paragraphsOf(document.body, out);
  return out;
}
