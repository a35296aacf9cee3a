/** What a bare number counts: the noun phrase after it ("9000 nurses", "4.2 million customer records"). */
import { nlp } from '../nlp';
import { MONTHS, ORDINAL_WORDS, SCALE_WORDS } from '../numbers';
import { lookupUnit, singular } from '../units';
import { lexiconTags } from './lexicon-tags';
import { DOWN_WORDS, UP_WORDS } from './qualifiers';
import { lw, isCap, glued, WEEKDAYS, NUMBERISH, QUAL_WORDS } from './shared';
import type { Raw, Ctx } from './shared';
import { currencyAfter, longestUnit } from './unit-grammar';
import { NP_STOP } from './np-stop';
import { changedBefore, costOf } from './amount-subjects';


const NOT_HEADS = new Set(['more', 'less', 'other', 'others', 'same', 'former', 'latter', 'many', 'much', 'few', 'several', 'such', 'own', 'different', 'new', 'top', 'record', 'additional', 'extra', 'further', 'straight', 'consecutive']);

/** Find what a bare number counts, in the words after token `after`. Sets kind count, unit, counts. */
export function fillCounts(ctx: Ctx, r: Raw, after: number, viaOf = false): void {
  const { toks, text } = ctx;
  let keepEnd = false;
  let k = after + 1;
  if (viaOf) {
    if (lw(toks[k]) !== 'of') return;
    k++;
    while (toks[k] && /^(the|a|an|its|their|his|her|our|my|your|these|those|all)$/.test(lw(toks[k]))) k++;
    // "one of its two hospitals": the other number stays a figure of its own
    if (toks[k] && (toks[k].kind === 'num' || NUMBERISH.test(toks[k].text)) && toks[k + 1]?.kind === 'word' && !/^(of|percent|per)$/i.test(toks[k + 1].text)) {
      k++;
      keepEnd = true;
    }
    // "millions of dollars", "hundreds of miles"
    const cur = currencyAfter(toks, k);
    if (cur) {
      r.kind = 'money';
      r.unit = cur;
      r.end = Math.max(r.end, k);
      return;
    }
    const u = longestUnit(toks, k, false);
    if (u) {
      r.kind = u.info.kind === 'duration' ? 'duration' : 'measure';
      r.unit = u.info.name;
      r.end = Math.max(r.end, u.end);
      return;
    }
  }
  // "of its 3 million customers": past the whole number, scale words included
  while (keepEnd && toks[k + 1]?.kind === 'word' && SCALE_WORDS.get(lw(toks[k]))) k++;
  let first = toks[k];
  // "35 737 Max jets": a model number opens the counted phrase
  if (first && first.kind === 'num' && first.space && /^\d+$/.test(first.text) && isCap(toks[k + 1]) && toks[k + 1].space) first = toks[k + 1];
  if (!first || first.kind !== 'word' || !first.space && !(toks[k - 1]?.text === '-')) {
    // hyphenated noun: "a three-point range", "5-mpg" handled as units; "10-member"
    if (first && first.text === '-' && glued(first) && toks[k + 1]?.kind === 'word' && glued(toks[k + 1])) {
      const w = toks[k + 1];
      if (!NP_STOP.has(lw(w)) && !/(?:ly|ed|ing)$/.test(lw(w)) && !ORDINAL_WORDS.get(lw(w))) {
        r.kind = 'count';
        r.unit = singular(w.text);
        r.counts = w.text;
        r.end = Math.max(r.end, k + 1);
      }
    }
    return;
  }
  if (NP_STOP.has(lw(first)) || MONTHS.get(lw(first)) && isCap(first) || WEEKDAYS.has(lw(first)) || NUMBERISH.test(first.text)) return;
  // candidate words: up to 5 word tokens (hyphenated compounds kept whole), stopping at punctuation
  const cand: { s: number; e: number; text: string; ti: number }[] = [];
  const startJ = k;
  for (let j = k; j < toks.length && cand.length < 5; j++) {
    const t = toks[j];
    // a tab or line break ends the phrase (tables, transcripts)
    if (j > 0 && t.space && /[\t\n\r]/.test(text.slice(toks[j - 1].end, t.start))) break;
    if (t.kind === 'word' || (t.kind === 'num' && (cand.length > 0 || j === startJ) && isCap(toks[j + 1]))) {
      if (!t.space && cand.length && (toks[j - 1].text === '-' || toks[j - 1].text === '’' || toks[j - 1].text === "'")) {
        const c = cand[cand.length - 1];
        c.e = t.end;
        c.text = text.slice(c.s, c.e);
        c.ti = j;
        continue;
      }
      cand.push({ s: t.start, e: t.end, text: t.text, ti: j });
    } else if ((t.text === '-' || t.text === '’' || t.text === "'") && !t.space && toks[j + 1] && !toks[j + 1].space && toks[j + 1].kind === 'word') {
      continue;
    } else break;
  }
  if (!cand.length) return;
  // the phrase ends at the first function word (coordination "X and Y nouns" aside)
  const stopAt = cand.findIndex((c, ci) => ci > 0 && NP_STOP.has(c.text.toLowerCase()) && !(/^(and|or)$/i.test(c.text) && ci < 3));
  if (stopAt > 0) cand.length = stopAt;
  const tags = tagWindow(ctx, cand, r.value === 1);
  let head = -1;
  for (let c = 0; c < cand.length; c++) {
    const w = cand[c].text.toLowerCase();
    const tg = tags[c];
    // "print and online editions", "red and blue vans": coordinated modifiers of one plural head
    if (c > 0 && (w === 'and' || w === 'or') && c + 1 < cand.length && (head < 0 || !/s$/i.test(cand[head].text) && cand.slice(c + 1, c + 3).some((x) => /[^s]s$/.test(x.text) && x.text === x.text.toLowerCase()))) continue;
    if (c > 0 && NP_STOP.has(w)) break;
    if (c === 0 && /^(most|least|more)$/.test(w) && cand.length > 1) continue;
    const noun = tg.has('Noun') && !tg.has('Pronoun') && !(isCap(ctx.toks[cand[c].ti]) && tg.has('Verb'));
    const nextW = cand[c + 1]?.text.toLowerCase() ?? '';
    const adj = tg.has('Adjective') || tg.has('Value') && (c > 0 || /^\d+$/.test(cand[c].text)) || tg.has('Date') && !tg.has('Noun') || tg.has('Superlative') || tg.has('Comparable');
    // right after a number, a bare verb form is usually the counted noun: "19 fouls", "one hand", "one point"
    // after a singular modifier of a plural count, an "-s" form is the plural head: "4.2 million customer records"
    const pluralAfterModifier = c > 0 && head === c - 1 && /[^su]s$/.test(w) && tg.has('PresentTense') && !/[^su]s$/.test(cand[c - 1].text) &&
      typeof r.value === 'number' && Number.isInteger(r.value) && r.value > 1 && !/^(to|that|it|them|him|her|us|you|the|a|an|this|these|those|we|they|i)$/.test(nextW);
    const pluralVerbFirst = pluralAfterModifier || c === 0 && (tg.has('PresentTense') || tg.has('Infinitive')) && !tg.has('PastTense') && !tg.has('Gerund') && !tg.has('Copula') && !tg.has('Modal') && !/^(to|that|it|them|him|her|us|you|the|a|an|this|these|those|we|they|i)$/.test(nextW) && (/[^s]s$/.test(w) ? typeof r.value !== 'number' || r.value !== 1 : typeof r.value === 'number' && r.value === 1);
    if (noun || pluralVerbFirst) {
      if (tg.has('Verb') && !noun && !pluralVerbFirst) break;
      head = c;
      // a plural noun usually ends the phrase ("14 farmers while", "31 points in"); a singular may modify the next
      if (/[^s]s$/.test(w) && !isCap(ctx.toks[cand[c].ti]) && !(tags[c + 1]?.has('Noun') && /s$/.test(cand[c + 1]?.text ?? '') && !tags[c + 1]?.has('Verb'))) break;
      continue;
    }
    if (adj && !tg.has('Verb')) continue;
    if (tg.has('Verb') && (/(?:ed|ing)$/.test(w) || tg.has('Participle')) && tags[c + 1]?.has('Noun') && !tags[c + 1]?.has('Pronoun')) continue;
    // a noun read as a verb inside a compound: "Ohio fire crews"
    if (tg.has('Verb') && head === c - 1 && !/s$/.test(w) && tags[c + 1]?.has('Plural') && !tags[c + 1]?.has('Verb')) continue; // "250 painted doors", "shipping containers"
    break;
  }
  if (head < 0) return;
  const hw = cand[head].text.toLowerCase();
  if (NOT_HEADS.has(hw)) return;
  r.kind = 'count';
  let first0 = 0;
  while (first0 < head && /^(most|least|more)$/i.test(cand[first0].text)) first0++;
  r.counts = text.slice(cand[first0].s, cand[head].e);
  const parts = cand[head].text.split(/[-’']/);
  r.unit = singular(/^s$/i.test(parts[parts.length - 1]) ? cand[head].text.replace(/[’']s$/, '') : parts.length > 1 && /^(old|long|wide|high|deep|strong|based|owned)$/i.test(parts[parts.length - 1]) ? parts[0] : parts[parts.length - 1]);
  if (!keepEnd) r.end = Math.max(r.end, cand[head].ti);
  const asUnit = lookupUnit(cand[head].text, false);
  if (head === 0 && asUnit?.kind === 'duration') r.kind = 'duration';
}

/** Part-of-speech tags for the candidate words: compromise on the short window, or its word list for the plain case. */
function tagWindow(ctx: Ctx, cand: { s: number; e: number; text: string }[], one: boolean): Set<string>[] {
  // plain case: a single lower-case word before a stop ("9000 nurses in", "31 points,")
  if (cand.length === 1 || NP_STOP.has(cand[1].text.toLowerCase())) {
    const w = cand[0].text;
    const lex = lexiconTags(w);
    if (/^\p{Lu}{2,}$/u.test(w) && !lex.has('Verb') && !lex.has('Pronoun')) return [new Set(['Noun', 'Acronym']), ...cand.slice(1).map(() => new Set<string>(['Preposition']))];
    if (/^\p{Ll}[\p{Ll}]*$/u.test(w) && !lex.has('Verb') && !lex.has('Adjective') && !lex.has('Adverb') && !lex.has('?') && lex.has('Noun')) {
      return [lex, ...cand.slice(1).map(() => new Set<string>(['Preposition']))];
    }
  }
  if (ctx.budget.nlp <= 0) {
    return cand.map((c) => {
      const t = lexiconTags(c.text);
      t.delete('?');
      return t;
    });
  }
  ctx.budget.nlp--;
  const out = cand.map(() => new Set<string>());
  const from = cand[0].s;
  const window = ctx.text.slice(from, cand[cand.length - 1].e);
  // a number in front keeps compromise reading the words as a noun phrase
  const lead = one ? 'one ' : '3 ';
  const terms = windowTerms(`${lead}${window}`);
  for (let k = 0; k < terms.length; k++) {
    const term = terms[k];
    const at = from + term.start - lead.length;
    const idx = cand.findIndex((c) => at >= c.s && at < c.e);
    if (idx >= 0) for (let x = 0; x < term.tags.length; x++) out[idx].add(term.tags[x]);
  }
  return out;
}

interface WindowTerm {
  start: number;
  tags: string[];
}

/** compromise's reading of a short window, memoised by the window's text (the same windows recur across edits). */
const WINDOW_MEMO = new Map<string, WindowTerm[]>();
const WINDOW_MEMO_MAX = 20000;

function windowTerms(window: string): WindowTerm[] {
  const hit = WINDOW_MEMO.get(window);
  if (hit) return hit;
  const json = nlp(window).json({ offset: true }) as { terms: { tags: string[]; offset: { start: number } }[] }[];
  const terms = json.flatMap((x) => x.terms).map((t) => ({ start: t.offset.start, tags: t.tags }));
  if (WINDOW_MEMO.size >= WINDOW_MEMO_MAX) WINDOW_MEMO.clear();
  WINDOW_MEMO.set(window, terms);
  return terms;
}

const AMOUNT_PREPS = new Set(['of', 'in', 'for', 'on']);
const DETERMINERS = /^(the|a|an|its|their|his|her|our|my|your|these|those|this|that|all)$/;

/**
 * What an amount (money, percent, measure) is of: the noun phrase after "of/in/for/on" ("$98 billion in bilateral
 * trade", "3% of its turnover"), the noun it modifies ("a 15% levy on aluminium"), or the noun before "of" that
 * introduces it ("a ransom of 30 bitcoin"). Sets `counts` only; kind, unit and span stay.
 */
export function fillAmountOf(ctx: Ctx, r: Raw): void {
  const { toks } = ctx;
  const probe = (after: number, viaOf = false): string | null => {
    const tmp: Raw = { ...r, kind: 'number', unit: null, counts: null };
    fillCounts(ctx, tmp, after, viaOf);
    return tmp.kind === 'count' ? tmp.counts : null;
  };
  const k = r.end + 1;
  const w = lw(toks[k]);
  let what: string | null = null;
  if (AMOUNT_PREPS.has(w)) {
    let j = k + 1;
    while (toks[j] && DETERMINERS.test(lw(toks[j]))) j++;
    if (j > k + 1 || w !== 'of') what = probe(j - 1);
    else what = probe(r.end, true);
  } else if (toks[k]?.kind === 'word' && toks[k].space) {
    what = probe(r.end);
    // "a 15% levy on aluminium": the modified noun and what it falls on
    const last = what ? toks.findIndex((t, x) => x > r.end && t.end === toks[r.end + 1].start + what!.length) : -1;
    if (what && last > 0 && /^(on|of|for)$/.test(lw(toks[last + 1]))) {
      let j = last + 2;
      while (toks[j] && DETERMINERS.test(lw(toks[j]))) j++;
      const tail = probe(j - 1);
      if (tail) what = ctx.text.slice(toks[r.end + 1].start, toks[j].start + tail.length);
    }
  }
  // Words before the amount, past "about", "nearly", "more than": "the gap of about $11 million", "fell by about 3%".
  let p = r.from - 1;
  while (p > 0 && (QUAL_WORDS.has(lw(toks[p])) || lw(toks[p]) === 'than' && /^(more|less|fewer)$/.test(lw(toks[p - 1])))) p -= lw(toks[p]) === 'than' ? 2 : 1;
  // "a 7% increase", "a $5 million grant": after "a" the word that follows is the noun the amount modifies
  if (!what && /^(a|an)$/.test(lw(toks[r.from - 1])) && toks[k]?.kind === 'word' && toks[k].space && !NP_STOP.has(w) && !MONTHS.get(w) && /^\p{Ll}+$/u.test(toks[k].text)) what = toks[k].text;
  if (!what && lw(toks[p]) === 'of' && toks[p - 1]?.kind === 'word') {
    // "a ransom of 30 bitcoin", "a reserve of $6.4 million"
    const head = lw(toks[p - 1]);
    const determined = /^(a|an|the|its|their|his|her|our)$/.test(lw(toks[p - 2]));
    if (!NP_STOP.has(head) && !NOT_HEADS.has(head) && !DETERMINERS.test(head) && (determined || lexiconTags(head).has('Noun')) && !/^(most|all|some|part|one|each|none|any|many)$/.test(head)) what = toks[p - 1].text;
  }
  if (!what && lw(toks[p]) === 'by') what = changedBefore(ctx, p);
  if (!what && (UP_WORDS.has(lw(toks[p])) || DOWN_WORDS.has(lw(toks[p])))) what = changedBefore(ctx, p + 1); // "prices rose 3%"
  if (!what) what = costOf(ctx, p);
  if (what) r.counts = what;
}

