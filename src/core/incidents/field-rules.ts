/**
 * The exact or near-exact per-type fields, read off the text by rule: CVE ids (their format is fixed), ransom amounts
 * (a money or coin figure in a sentence that speaks of a ransom or of paying the attackers), payment methods, product
 * versions, and the short frames that name who found a flaw, who released the fix and the fix itself.
 * Each returns spans (document offsets), so every field links to where the article states it.
 */
import { DEMONYM, FUNCTION_WORDS, isPlaceNameWords, PRONOUNS } from '../lexicon';
import type { Sentence } from '../text';
import type { Figure, MoneyAmount, Span } from '../types';

const span = (text: string, start: number, end: number): Span => ({ start, end, text: text.slice(start, end) });

/** CVE ids: "CVE-" year "-" at least four digits (MITRE's format); the dash may be any hyphen. */
const CVE = /\bCVE[-‐‑–]\d{4}[-‐‑–]\d{4,7}\b/gi;

export function cveSpans(text: string): Span[] {
  const out: Span[] = [];
  CVE.lastIndex = 0;
  for (let m = CVE.exec(text); m; m = CVE.exec(text)) out.push(span(text, m.index, m.index + m[0].length));
  return out;
}

/** A sentence that speaks of a ransom or of paying extortioners. */
const RANSOM_CUE = /\b(?:ransom\w*|extort\w*|demand\w*|decrypt\w*|pay(?:s|ing|ment|ments)?|paid|bitcoins?|BTC|monero|XMR|cryptocurrenc\w*)\b/i;
/** Money that is not a ransom: damages, budgets, fines, revenue... */
const NOT_RANSOM = /\b(?:revenue|budget|fine[ds]?|penalt\w*|settle\w*|salar\w*|valued|valuation|market|worth of damage|cost (?:of|to) (?:recover|restor|rebuild)\w*|insurance|grant|invest\w*)\b/i;
const COIN = /^(?:bitcoin|btc|monero|xmr|ether|ethereum|eth|litecoin|ltc|zcash|dash|crypto(?:currency)?)$/i;
export const isCoin = (unit: string | null) => !!unit && COIN.test(unit);

/** How a ransom is to be paid, as written: "in Bitcoin", "in iTunes gift cards", "via Monero". */
const PAYMENT_WORDS = String.raw`(?:bitcoins?(?:\s+\(BTC\))?|BTC|monero|XMR|ethereum|ether|litecoin|zcash|cryptocurrenc(?:y|ies)|crypto|(?:[A-Z][\w]*\s+)?gift\s+cards?|wire\s+transfers?|Western\s+Union|MoneyGram|prepaid\s+cards?)\b`;
/** "in Bitcoin", "via gift cards" first; else a coin or method named alone, not right after a number ("40 bitcoin"). */
const PAYMENT_IN = new RegExp(String.raw`\b(?:in|via|using|through|with)\s+(?:the\s+)?(?:digital\s+|crypto\s+|virtual\s+)?(?:currency\s+)?${PAYMENT_WORDS}`, 'i');
const PAYMENT_ALONE = new RegExp(String.raw`(?<![\d.,]\s*)\b${PAYMENT_WORDS}`, 'i');

export interface RansomFinding {
  figure: number;
  sentence: number;
  payment: Span | null;
}

/** Money figures stated as ransoms, with the sentence they are in and the payment method named there. */
export function ransomFigures(text: string, sentences: Sentence[], figures: Figure[], bySentence: Map<number, number[]>): RansomFinding[] {
  const out: RansomFinding[] = [];
  for (const [si, figs] of bySentence) {
    const s = sentences[si];
    if (!RANSOM_CUE.test(s.text)) continue;
    for (const fi of figs) {
      const f = figures[fi];
      if (f.kind !== 'money' || f.value == null) continue;
      const near = text.slice(Math.max(s.start, f.start - 60), Math.min(s.end, f.end + 40));
      if (NOT_RANSOM.test(near) && !/ransom/i.test(near)) continue;
      // Coins are paid as ransoms; other money only where a ransom or payment word is near it.
      if (!isCoin(f.unit) && !RANSOM_CUE.test(near)) continue;
      const pm = PAYMENT_IN.exec(s.text) ?? PAYMENT_ALONE.exec(s.text);
      const payment = pm ? span(text, s.start + pm.index, s.start + pm.index + pm[0].length) : null;
      out.push({ figure: fi, sentence: si, payment });
    }
  }
  return out.sort((a, b) => figures[a.figure].start - figures[b.figure].start);
}

/** The money or coin figure `fi` as an amount, with a coin's name after the number ("40 bitcoin"). */
export function moneyAmount(text: string, figures: Figure[], fi: number): MoneyAmount {
  const fig = figures[fi];
  const coin = /^\s+(?:bitcoins?|BTC|monero|XMR|ether(?:eum)?|ETH)\b/i.exec(text.slice(fig.end, fig.end + 12));
  const end = fig.end + (coin ? coin[0].length : 0);
  return { start: fig.start, end, text: text.slice(fig.start, end), amount: Array.isArray(fig.value) ? fig.value[1] : fig.value, currency: fig.unit, figure: fi };
}

/** Words that may stand between an amount and the same sum in another currency: "(about", ", or roughly", "— worth". */
const EQUIVALENT_WORDS = new Set('which is that or currently at the time today’s today\'s rates rate about around roughly approximately some nearly almost just over under more than worth equivalent to of valued equal ~ ≈'.split(' '));

/** Whether `later` restates the amount `first` in another currency, right after it ("25 bitcoin (about $450,000)"). */
export function isEquivalent(text: string, first: MoneyAmount, later: MoneyAmount): boolean {
  if (first.currency === later.currency || later.start < first.end || later.start - first.end > 40) return false;
  const gap = text.slice(first.end, later.start).replace(/^\s*[(,–—-]/, '').split(/[\s,]+/).filter(Boolean);
  return gap.every((w) => EQUIVALENT_WORDS.has(w.toLowerCase()));
}

/** A run of capitalised words (with "of", "for", "&" inside): a product or organisation name as written. */
const NAME = String.raw`(?:[A-Z][\w&.'’+-]*|\d[\w.]*)(?:\s+(?:(?:of|for|&|de)\s+)?(?:[A-Z][\w&.'’+-]*|\d+(?:\.\d+)*\b))*`;
const NP = String.raw`(?:(?:the|a|an|its|their)\s+)?(?:[\w-]+\s+){0,3}?`;

/** "flaw in Contoso Gateway", "vulnerabilities affecting the Fabrikam Router": the product after the flaw. */
const PRODUCT_AFTER = new RegExp(String.raw`\b(?:vulnerabilit(?:y|ies)|flaws?|bugs?|exploits?|zero-days?|holes?|weakness(?:es)?|issues?)\s+(?:in|affecting|impacting|within|on)\s+(?:the\s+|its\s+|older\s+|all\s+)*(?:[a-z][\w-]*\s+){0,2}?(${NAME})`, 'g');
/** "Contoso Gateway vulnerability", "a Fabrikam zero-day": the product before the flaw word. */
const PRODUCT_BEFORE = new RegExp(String.raw`(${NAME})\s+(?:[a-z][\w-]*\s+)?(?:vulnerabilit(?:y|ies)|flaws?|bugs?|zero-days?)\b`, 'g');
/** "version 2.4.1", "v10.3", "versions 5.0 through 5.2", or a bare dotted version "4.14.71". */
const VERSION = /\b(?:(?:versions?|v|release|build)\s*\d+(?:\.\d+)*(?:\s*(?:and|to|through|-|–)\s*(?:\d+(?:\.\d+)*))?|\d+\.\d+\.\d+(?:\.\d+)*)\b/gi;
/** "discovered by Ada Byte of Example Labs", "reported by researchers at Example Labs". */
const FOUND_BY = new RegExp(String.raw`\b(?:discovered|found|uncovered|identified|spotted|reported|disclosed|detected)\s+by\s+${NP}(${NAME}(?:\s+(?:at|of|from)\s+${NAME})?|(?:security\s+)?researchers?(?:\s+(?:at|from|of)\s+${NAME})?)`, 'g');
/** "researchers at Example Labs discovered", "Example Labs researchers found". */
const FOUND_SUBJECT = new RegExp(String.raw`(?:\b(?:[Rr]esearchers?|[Ee]xperts?|[Aa]nalysts?)\s+(?:at|from|with)\s+(${NAME})|(${NAME})\s+(?:security\s+)?(?:researchers?|experts?|analysts?|team))[^.]{0,60}?\b(?:discovered|found|uncovered|identified|spotted|reported|disclosed)\b`, 'g');
/** "Ada Byte found a flaw", "Example Labs, a security firm, discovered": a name right before the finding verb. */
const FOUND_NAMED = new RegExp(String.raw`(${NAME})(?:,\s[^,.]{1,60},)?\s+(?:has\s+|have\s+|had\s+|first\s+|also\s+|recently\s+|reportedly\s+)*(?:discovered|found|uncovered|spotted|identified)\b`, 'g');
/** "X was credited with finding", "credited researchers from X for discovering": who is credited with the find. */
const CREDITED = new RegExp(String.raw`(?:(${NAME})[^.]{0,60}?\bcredited\s+(?:with|for)\s+(?:first\s+)?(?:finding|discovering|reporting|identifying)|\bcredited\s+(?:(?:security\s+)?researchers?\s+(?:at|from|of|with)\s+(?:both\s+)?)?(${NAME})[^.]{0,60}?\bfor\s+(?:finding|discovering|reporting|identifying))`, 'g');
/** "Contoso released a patch", "Contoso has issued security updates": who patched, and the fix. */
const PATCHED = new RegExp(String.raw`(${NAME})\s+(?:has\s+|have\s+|had\s+|quickly\s+|also\s+|then\s+)*(?:released|issued|rolled\s+out|pushed(?:\s+out)?|shipped|published|deployed|made\s+available)\s+((?:(?:a|an|the|its|their|new|emergency|out-of-band)\s+)*(?:[\w.-]+\s+){0,3}?(?:patch(?:es)?|fix(?:es)?|updates?|release|version\s+\d+(?:\.\d+)*))\b`, 'g');
/** "patched by Contoso", "fixed in version 2.4.2". */
const PATCHED_BY = new RegExp(String.raw`\b(?:patched|fixed|addressed|resolved)\s+by\s+(${NAME})`, 'g');

function firstGroup(re: RegExp, s: Sentence, text: string, groups = [1]): Span | null {
  re.lastIndex = 0;
  for (let m = re.exec(s.text); m; m = re.exec(s.text)) {
    for (const g of groups) {
      const v = m[g];
      if (!v) continue;
      const at = m.index + m[0].indexOf(v);
      const trimmed = v.replace(/[.,;:]+$/, '').replace(/['’]s$/, '');
      if (/^(?:The|A|An|This|That|These|It|They|We|He|She|In|On|At|But|And|However|Critical|Serious|Severe|Major|New|Another|Security)$/.test(trimmed)) continue;
      // A capitalised function word opening the sentence is not part of the name ("But Contoso found"); a number, a pronoun, a
      // place or a nationality alone is no name ("Swedish researchers found").
      const words = trimmed.split(/\s+/);
      const lead = words.length > 1 && /^\p{Lu}/u.test(trimmed) && FUNCTION_WORDS.has(words[0].toLowerCase()) ? words[0].length + 1 : 0;
      const rest = words.slice(lead ? 1 : 0);
      if (/^\d+$/.test(trimmed) || (rest.length === 1 && PRONOUNS.has(rest[0].toLowerCase())) || isPlaceNameWords(rest) || DEMONYM.test(rest.join(' '))) continue;
      return span(text, s.start + at + lead, s.start + at + trimmed.length);
    }
  }
  return null;
}

export interface VulnerabilityFindings {
  product: Span | null;
  version: Span | null;
  discoverer: Span | null;
  patchedBy: Span | null;
  patch: Span | null;
}

/** The vulnerability fields in `sentences` (in reading order): the first statement of each wins. */
export function vulnerabilityFields(text: string, sentences: Sentence[]): VulnerabilityFindings {
  const out: VulnerabilityFindings = { product: null, version: null, discoverer: null, patchedBy: null, patch: null };
  // "a flaw in X" names the product more surely than "X flaw" (where X may be an adjective: "Critical flaw").
  for (const s of sentences) out.product ??= firstGroup(PRODUCT_AFTER, s, text);
  for (const s of sentences) out.product ??= firstGroup(PRODUCT_BEFORE, s, text);
  for (const s of sentences) {
    if (!out.version) {
      VERSION.lastIndex = 0;
      const v = VERSION.exec(s.text);
      if (v && !/CVE/i.test(s.text.slice(Math.max(0, v.index - 9), v.index))) out.version = span(text, s.start + v.index, s.start + v.index + v[0].length);
    }
    out.discoverer ??= firstGroup(FOUND_BY, s, text) ?? firstGroup(FOUND_SUBJECT, s, text, [1, 2]) ?? firstGroup(CREDITED, s, text, [1, 2]) ?? firstGroup(FOUND_NAMED, s, text);
    if (!out.patchedBy) {
      out.patchedBy = firstGroup(PATCHED, s, text) ?? firstGroup(PATCHED_BY, s, text);
      if (out.patchedBy && !out.patch) out.patch = firstGroup(PATCHED, s, text, [2]);
    }
  }
  return out;
}
