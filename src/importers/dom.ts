/** linkedom's DOM, typed as far as the importers use it (the project compiles without the DOM lib). */
import { parseHTML } from 'linkedom';

export interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}

export interface DomDocument {
  body: DomNode;
  querySelector(selector: string): { getAttribute(name: string): string | null } | null;
}

export const parseDocument = (html: string): DomDocument => (parseHTML(html) as unknown as { document: DomDocument }).document;
