// A Markdown article of any size for the bench: the bench's plain pool dressed as people write Markdown (headings,
// list items, emphasis around figures, links, footnotes, code blocks, comments, tables, block quotes, front matter).
// Deterministic: the k-th paragraph always gets the same dress.

/** `text`'s paragraphs dressed as Markdown, cut at a paragraph end near `bytes`. */
function markdownOf(text, bytes) {
  const paragraphs = text.split(/\n\s*\n/).filter((p) => p.trim());
  const out = ['---\ntitle: Bench article\ntags: [bench]\n---'];
  let size = out[0].length;
  for (let k = 0; size < bytes; k++) {
    const p = paragraphs[k % paragraphs.length].trim();
    const block = dress(p, k);
    out.push(block);
    size += block.length + 2;
  }
  return out.join('\n\n').slice(0, bytes) + '\n';
}

function dress(p, k) {
  const parts = [];
  if (k % 12 === 0) parts.push(`## Section ${k / 12 + 1}`);
  let body = k % 7 === 3 ? p.replace(/\d[\d,.]*/, (n) => `**${n}**`) : p;
  if (k % 11 === 4) body = body.replace(/\b(said|reported)\b/, '[$1](https://example.com/story/' + k + ')');
  if (k % 9 === 5) body += `[^${k}]\n\n[^${k}]: A note on paragraph ${k}.`;
  if (k % 5 === 1) body = body.split('\n').map((l, i) => (i ? `  ${l}` : `- ${l}`)).join('\n');
  else if (k % 13 === 6) body = body.split('\n').map((l) => `> ${l}`).join('\n');
  parts.push(body);
  if (k % 25 === 10) parts.push('```js\nconst total = 3000; // 3,000 records\nconsole.log(total);\n```');
  if (k % 30 === 20) parts.push('| Region | Homes |\n|---|---:|\n| North | 1,200 homes |\n| South | 980 homes |');
  if (k % 17 === 8) parts.push('<!-- editor: 5,000 records to check -->');
  return parts.join('\n\n');
}

module.exports = { markdownOf };
