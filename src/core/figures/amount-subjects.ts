/**
 * What an amount is of when a verb stands between them: the subject of a change ("traffic on the bridge fell by
 * 12%"), of a price ("repairs would cost $1.8 million"), of a yield ("the levy to raise $310 million"), the noun
 * before "worth" ("orders worth $45 million"), or a demand or a payment ("the attackers demanded 25 bitcoin").
 */
import { MONTHS } from '../numbers';
import type { Tok } from '../numbers';
import { lexiconTags } from './lexicon-tags';
import { NP_STOP } from './np-stop';
import { DOWN_WORDS, UP_WORDS } from './qualifiers';
import { lw, QUAL_WORDS } from './shared';
import type { Ctx, Raw } from './shared';

const DETERMINERS = /^(the|a|an|its|their|his|her|our|my|your|these|those|this|that|all)$/;
const AUX = /^(has|have|had|was|were|is|are|been|be|will|would|could|can|may|might|should|must|already|also|now|still|to)$/;
/** Verbs whose subject is what the amount is the price, size or yield of. */
const COST_VERBS = /^(?:cost|costs|costing|reach|reached|reaches|total|totals|totalled|totaled|exceed|exceeded|exceeds|raise|raised|raises|generate|generated|generates)$/;
/** Verbs whose amount is a demand or a payment. */
const ASKED = new Map([['demand', 'demand'], ['demanded', 'demand'], ['demands', 'demand'], ['paid', 'payment'], ['pay', 'payment'], ['pays', 'payment']]);

const isChange = (t: Tok | undefined) => UP_WORDS.has(lw(t)) || DOWN_WORDS.has(lw(t));

function verbOnly(t: Tok): boolean {
  const tags = lexiconTags(t.text);
  return tags.has('Verb') && !tags.has('Noun') && !tags.has('Adjective');
}

/** A word that can stand in a noun phrase: not a function word, an adverb or participle, a change verb or a bare verb ("said"). */
function modifier(t: Tok | undefined): t is Tok {
  return !!t && t.kind === 'word' && !NP_STOP.has(lw(t)) && !/(?:ed|ly)$/.test(lw(t)) && !isChange(t) && !verbOnly(t);
}

/**
 * The noun phrase that ends at token `e` (after auxiliaries are skipped back from it): up to two lower-case modifiers
 * or a whole name, and the head an "of/on/to/in" phrase belongs to ("the cost of the response", "traffic on the bridge").
 */
function subjectEndingAt(ctx: Ctx, e: number): string | null {
  const { toks, text } = ctx;
  while (toks[e] && AUX.test(lw(toks[e]))) e--;
  const head = toks[e];
  if (!head || head.kind !== 'word' || NP_STOP.has(lw(head)) || MONTHS.get(lw(head))) return null;
  const tags = lexiconTags(head.text);
  if (tags.has('Verb') && !tags.has('Noun') && !tags.has('?') && !tags.has('Plural')) return null;
  let a = e;
  // a name is whole ("Harbor Clinic"), so an "on/of" phrase can be seen before it ("the attack on Harbor Clinic")
  if (/^\p{Lu}/u.test(head.text)) while (e - a < 4 && toks[a - 1]?.kind === 'word' && /^\p{Lu}/u.test(toks[a - 1].text) && !DETERMINERS.test(lw(toks[a - 1]))) a--;
  else while (e - a < 2 && modifier(toks[a - 1]) && /^\p{Ll}/u.test(toks[a - 1].text)) a--;
  let b = a - 1;
  while (toks[b] && DETERMINERS.test(lw(toks[b]))) b--;
  if (/^(of|on|to|in)$/.test(lw(toks[b])) && modifier(toks[b - 1])) a = b - 1;
  return text.slice(toks[a].start, toks[e].end);
}

/** What changed "by" an amount: the object of a change verb ("raised household rates by 18%") or its subject. */
export function changedBefore(ctx: Ctx, by: number): string | null {
  const { toks } = ctx;
  let e = by - 1;
  if (isChange(toks[e])) e--;
  return subjectEndingAt(ctx, e);
}

/** What an amount after a price, yield or demand verb, or after "worth", is of; `p` is the token before it. */
export function costOf(ctx: Ctx, p: number): string | null {
  const { toks } = ctx;
  if (lw(toks[p]) === 'worth') return subjectEndingAt(ctx, p - 1);
  let v = p;
  // an indirect object between the verb and the amount: "cost the city", "cost them"
  for (let n = 0; n < 3 && v > 0 && !COST_VERBS.test(lw(toks[v])) && !ASKED.has(lw(toks[v])); n++) v--;
  const verb = lw(toks[v]);
  if (ASKED.has(verb)) return ASKED.get(verb)!;
  return COST_VERBS.test(verb) ? subjectEndingAt(ctx, v - 1) : null;
}

/** "40 bitcoin, about $2.6 million": an amount in apposition to another is of the same thing. */
export function lendAppositions(ctx: Ctx, raws: Raw[]): void {
  const { toks } = ctx;
  for (let a = 0; a + 1 < raws.length; a++) {
    const [A, B] = [raws[a], raws[a + 1]];
    if (!A.counts || B.counts || !AMOUNT_KINDS.has(A.kind) || !AMOUNT_KINDS.has(B.kind)) continue;
    const between = toks.slice(Math.max(A.end, A.to) + 1, B.from);
    if (between[0]?.text === ',' || between[0]?.text === '(') {
      if (between.slice(1).every((t) => QUAL_WORDS.has(lw(t)))) B.counts = A.counts;
    }
  }
}
const AMOUNT_KINDS = new Set(['money', 'percent', 'measure']);
