/**
 * The one file that imports the Markdown parser: CommonMark + GFM (tables, footnotes, strikethrough, autolinks, task
 * lists) + YAML/TOML front matter, into an mdast tree whose nodes carry exact source offsets. Only Markdown documents
 * reach it (see ./index.ts), so plain text never pays for it.
 */
import type { Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { frontmatter } from 'micromark-extension-frontmatter';
import { gfm } from 'micromark-extension-gfm';

export function parseMarkdown(text: string): Root {
  return fromMarkdown(text, {
    extensions: [gfm(), frontmatter(['yaml', 'toml'])],
    mdastExtensions: [gfmFromMarkdown(), frontmatterFromMarkdown(['yaml', 'toml'])],
  });
}
