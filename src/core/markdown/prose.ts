/**
 * The prose view of a Markdown file: the text a reader sees, as a plain article the engine already reads, with an
 * offset map back to the file. Kept: paragraphs, headings, list items, block quotes, table cells and footnote texts,
 * each its own paragraph; inside them the text of emphasis and links (their markers are dropped, so "**4.2 million**
 * patients" reads "4.2 million patients"). Left out: code, HTML and comments, front matter, link definitions, images,
 * URLs, struck-out text, footnote and list markers, table pipes. A block quote after a line ending in a colon ("The
 * minister wrote:") joins that line between quotation marks, so the engine sees a quote with its speaker.
 */
import type { Nodes, Parent, PhrasingContent, Link } from 'mdast';
import { OffsetMap } from './offsets';
import { parseMarkdown } from './parse';

export interface ProseView {
  text: string;
  offsets: OffsetMap;
  /** Prose ranges of the headings: headlines, never claims. */
  headings: Array<{ start: number; end: number }>;
}

export function proseView(source: string): ProseView {
  const b = new ProseBuilder(source);
  b.blocks(parseMarkdown(source));
  return { text: b.parts.join(''), offsets: new OffsetMap(Int32Array.from(b.map), source.length), headings: b.headings };
}

const PARAGRAPH_BREAK = '\n\n';
/** How far past a text node's last matched character its next one is looked for (escapes, container prefixes). */
const ALIGN_WINDOW = 64;

const startOf = (n: Nodes) => n.position?.start.offset ?? 0;
const endOf = (n: Nodes) => n.position?.end.offset ?? 0;

class ProseBuilder {
  readonly parts: string[] = [];
  readonly map: number[] = [];
  readonly headings: ProseView['headings'] = [];
  /** Source offset just past the last character put. */
  private sourceEnd = 0;
  /** A block ended: the next one starts after a paragraph break. */
  private pendingBreak = false;
  /** Inside a block quote joined to its speaker's line: how its next paragraph opens. */
  private quoteOpening: 'join' | 'next' | null = null;

  constructor(private readonly source: string) {}

  blocks(parent: Parent): void {
    for (const node of parent.children as Nodes[]) this.block(node);
  }

  private block(node: Nodes): void {
    switch (node.type) {
      case 'paragraph':
        this.open(startOf(node));
        this.inlines(node.children);
        this.pendingBreak = true;
        return;
      case 'heading': {
        this.open(startOf(node));
        const start = this.map.length;
        this.inlines(node.children);
        this.headings.push({ start, end: this.map.length });
        this.pendingBreak = true;
        return;
      }
      case 'blockquote':
        return this.blockquote(node);
      case 'list':
      case 'listItem':
      case 'footnoteDefinition':
        return this.blocks(node);
      case 'table':
        for (const row of node.children) for (const cell of row.children) this.block({ type: 'paragraph', children: cell.children, position: cell.position });
        return;
      default:
        // code, html (comments included), yaml/toml front matter, definitions, thematic breaks: not prose.
        return;
    }
  }

  /** A block quote: plain paragraphs, or, after a line ending in a colon, a quotation joined to that line. */
  private blockquote(node: Parent): void {
    if (this.quoteOpening !== null || !this.pendingBreak || !/:\s*$/.test(this.parts[this.parts.length - 1] ?? '')) return this.blocks(node);
    this.quoteOpening = 'join';
    const before = this.map.length;
    this.blocks(node);
    this.quoteOpening = null;
    if (this.map.length > before) this.put('”', this.sourceEnd - 1);
  }

  /** Starts a block whose source starts at `at`: a paragraph break, or the opening of a joined quotation. */
  private open(at: number): void {
    if (this.quoteOpening === 'join') {
      this.put(' ', this.sourceEnd);
      this.put('“', at);
      this.quoteOpening = 'next';
    } else if (this.pendingBreak && this.map.length) {
      this.put(PARAGRAPH_BREAK, this.sourceEnd);
      if (this.quoteOpening === 'next') this.put('“', at);
    }
    this.pendingBreak = false;
  }

  private inlines(nodes: PhrasingContent[]): void {
    for (const node of nodes) {
      switch (node.type) {
        case 'text':
          this.copy(node.value, startOf(node), endOf(node));
          break;
        case 'break':
          this.put('\n', startOf(node));
          break;
        case 'link':
          if (!isBareUrl(node)) this.inlines(node.children);
          break;
        case 'emphasis':
        case 'strong':
        case 'linkReference':
          this.inlines(node.children);
          break;
        default:
          // inline code, inline HTML and comments, images, footnote references, struck-out text: not what is said.
          break;
      }
    }
  }

  /** Puts `s`, every character of it standing for the source offset `at` (inserted text: breaks, quotation marks). */
  private put(s: string, at: number): void {
    this.parts.push(s);
    for (let i = 0; i < s.length; i++) this.map.push(at);
  }

  /**
   * Puts a text node's value, each character mapped to where it stands in source[from, to). The value is the source
   * slice itself unless escapes, entities or container prefixes (a quote's "> ", a list item's indent) were dropped:
   * then each character is matched to the next equal source character.
   */
  private copy(value: string, from: number, to: number): void {
    this.parts.push(value);
    if (to - from === value.length && this.source.startsWith(value, from)) {
      for (let i = from; i < to; i++) this.map.push(i);
    } else {
      let p = from;
      for (const c of value) {
        const q = this.source.slice(p, Math.min(to, p + ALIGN_WINDOW)).indexOf(c);
        const at = q < 0 ? Math.min(p, to - 1) : p + q;
        for (let k = 0; k < c.length; k++) this.map.push(at + k);
        if (q >= 0) p = at + c.length;
      }
    }
    this.sourceEnd = to;
  }
}

/** An autolink or a bare URL ("https://…", "www.…", an e-mail address): shows its destination, which is no prose. */
function isBareUrl(link: Link): boolean {
  const [only, ...rest] = link.children;
  if (rest.length || only?.type !== 'text') return false;
  const bare = (s: string) => s.replace(/^(?:mailto:|https?:\/\/)/i, '');
  return bare(link.url) === bare(only.value);
}
