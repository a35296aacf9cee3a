/**
 * Attribution inside one sentence: speech/report cues ("said", "told", "according to") and the noun phrase that
 * speaks ("Jane Roe, a senior fellow ..., told", "said Harlow", "many analysts questioned", "she said").
 */
import { CUE_VERBS, PRONOUNS, TITLE_WORDS, VAGUE_HEADS, VAGUE_QUANTIFIERS, isCommonWord } from './lexicon';
import type { NameMention } from './names';
import type { Token } from './tokens';

export interface SentenceInfo {
  index: number;
  paragraph: number;
  start: number;
  end: number;
  tokens: Token[];
  mentions: NameMention[];
  byLast: Map<number, NameMention>;
  byFirst: Map<number, NameMention>;
  /** The cues of the whole sentence once asked for (cuesIn): several passes ask. They depend on the tokens alone. */
  cues: Cue[] | undefined;
}

export type NPKind = 'name' | 'pronoun' | 'vague' | 'description';

export interface NP {
  start: number;
  end: number;
  text: string;
  kind: NPKind;
  mention: NameMention | null;
  /** Apposition or title ("a senior fellow at ..."). */
  role: string | null;
  first: number;
  last: number;
}

export interface Cue {
  tok: number;
  /** As written: "said", "according to". */
  text: string;
  lemma: string;
  start: number;
  end: number;
}

const AUX = new Set(['has', 'have', 'had', 'was', 'were', 'is', 'are', 'been', 'be', 'will', 'would', 'could', 'can',
  'may', 'might', 'should', 'must', 'did', 'does', 'do', 'not', 'being', 'also', 'later', 'then', 'again', 'once',
  'previously', 'recently', 'repeatedly', 'often', 'never', 'just', 'already', 'still', 'even', 'further', 'reportedly',
  'publicly', 'privately', 'first', 'last', 'ultimately', 'simply', 'flatly', 'bluntly', 'separately', 'subsequently',
  'frequently', 'famously', 'who', 'had', 'once', 'too', 'both', 'all', 'each', 'themselves', 'himself', 'herself']);
const BE = new Set(['is', 'are', 'was', 'were', 'been', 'be', 'being', "'s", '’s', "'re", '’re']);
const DETS = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'my', 'this', 'that', 'these', 'those', 'one',
  'another', 'each', 'every', 'no', 'any']);
const NOT_HEAD = new Set(['that', 'which', 'it', 'this', 'there', 'what', 'and', 'or', 'but', 'than', 'as', 'when',
  'while', 'if', 'because', 'so', 'to', 'of', 'in', 'on', 'at', 'for', 'with', 'by', 'from', 'about', 'also', 'not',
  'we', 'you', 'i', 'me', 'us', 'him', 'them', 'who', 'whom']);
const PASSIVE_FORMS = new Set(['told', 'asked', 'called', 'described', 'quoted', 'accused', 'warned', 'urged', 'reported',
  'informed', 'advised', 'charged', 'blamed', 'criticized', 'praised', 'alleged', 'thought', 'believed', 'expected',
  'estimated', 'found', 'shown', 'written', 'said', 'considered']);
const INTRO = new Set(['according', 'in', 'on', 'at', 'during', 'for', 'after', 'before', 'since', 'while', 'when', 'as',
  'with', 'without', 'despite', 'although', 'though', 'because', 'if', 'unlike', 'like', 'speaking', 'asked', 'over',
  'from', 'under', 'earlier', 'later', 'last', 'this', 'meanwhile', 'still', 'yet', 'however', 'instead', 'now', 'by',
  'following', 'amid', 'throughout', 'within', 'to', 'once', 'even', 'then', 'so']);
const CONJ = new Set(['but', 'and', 'so', 'yet', 'still', 'meanwhile', 'however', 'now', 'then', 'also', 'indeed', 'or']);

export function sentenceInfo(index: number, paragraph: number, tokens: Token[], mentions: NameMention[], cues?: Cue[]): SentenceInfo {
  const byLast = new Map<number, NameMention>();
  const byFirst = new Map<number, NameMention>();
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k];
    byLast.set(m.last, m);
    byFirst.set(m.first, m);
  }
  return {
    index, paragraph, tokens, mentions, byLast, byFirst,
    start: tokens.length ? tokens[0].start : 0, end: tokens.length ? tokens[tokens.length - 1].end : 0,
    cues,
  };
}

/** Cue tokens (not inside quotation marks) in token range [from, to); those of the whole sentence are kept on it. Read-only. */
export function cuesIn(info: SentenceInfo, from = 0, to = info.tokens.length): Cue[] {
  if (from !== 0 || to !== info.tokens.length) return findCues(info, from, to);
  return (info.cues ??= findCues(info, from, to));
}

function findCues(info: SentenceInfo, from: number, to: number): Cue[] {
  const out: Cue[] = [];
  const t = info.tokens;
  for (let i = from; i < to; i++) {
    const tok = t[i];
    if (tok.quoted || !tok.word) continue;
    if (tok.lower === 'according' && t[i + 1]?.lower === 'to') {
      out.push({ tok: i, text: 'according to', lemma: 'according to', start: tok.start, end: t[i + 1].end });
      continue;
    }
    const lemma = CUE_VERBS.get(tok.lower);
    if (!lemma) continue;
    if (tok.cap && i > 0) continue; // "Said", "Post" inside names
    // Nouns that look like verbs: "the report", "his claims", "in a statement", "reports surfaced".
    const prev = t[i - 1]?.lower;
    if (prev && (DETS.has(prev) || prev === 'to' && /s$/.test(tok.lower))) continue;
    if (/s$/.test(tok.lower) && t[i + 1] && CUE_VERBS.has(t[i + 1].lower) && !/s$/.test(t[i + 1].lower)) continue;
    out.push({ tok: i, text: tok.text, lemma, start: tok.start, end: tok.end });
  }
  return out;
}

export function isPassive(info: SentenceInfo, cue: Cue): boolean {
  const prev = info.tokens[cue.tok - 1]?.lower;
  return !!prev && BE.has(prev) && PASSIVE_FORMS.has(info.tokens[cue.tok].lower);
}

const npText = (info: SentenceInfo, text: string, a: number, b: number) => text.slice(info.tokens[a].start, info.tokens[b].end);

/** The noun phrase that ends at token `e` (inclusive), or null. */
export function npEndingAt(info: SentenceInfo, text: string, e: number): NP | null {
  const t = info.tokens;
  const tok = t[e];
  if (!tok || tok.quoted || !tok.word) return null;
  const m = info.byLast.get(e);
  if (m && m.kind !== 'place' || m && e > 0 && !t[e - 1].word) {
    return { start: m!.start, end: m!.end, text: m!.text, kind: 'name', mention: m!, role: m!.role, first: m!.first, last: m!.last };
  }
  if (m) return { start: m.start, end: m.end, text: m.text, kind: 'name', mention: m, role: null, first: m.first, last: m.last };
  if (PRONOUNS.get(tok.lower) && ['he', 'she', 'they', 'i', 'we', 'it'].includes(tok.lower)) {
    return { start: tok.start, end: tok.end, text: tok.text, kind: 'pronoun', mention: null, role: null, first: e, last: e };
  }
  if (NOT_HEAD.has(tok.lower) || CUE_VERBS.has(tok.lower) && !VAGUE_HEADS.has(tok.lower)) return null;
  // A common noun phrase: walk back over modifiers to a determiner or quantifier.
  if (tok.cap && !VAGUE_HEADS.has(tok.lower) && !TITLE_WORDS.has(tok.lower)) return null;
  const vagueHead = VAGUE_HEADS.has(tok.lower);
  if (!vagueHead && !TITLE_WORDS.has(tok.lower) && !/(?:er|or|ist|ian|man|woman|person|ment|ion|ity|ee|ant|ent|cy|group|team|office|party|campaign|company|firm|union|board|panel|source|study|report|poll|survey|paper|letter|statement|book|article|ad|piece|ruling|court|official|spokesperson|staff|aide|friend|father|mother|son|daughter|wife|husband|family|police|navy|army|agency|council|district|utility|regulator|watchdog|school|hospital|clinic|port|bank|lab|institute|ministry|bureau|commission|committee|authority|compan(?:y|ie)|house|white|house|government|administration|state|country|nation|city|county|data|memo|story|analysis|review|post|tweet|filing|lawsuit|complaint|release|website|site|network|show|channel|video|message|email|note|sign|list|document|press|media|public)s?$/.test(tok.lower)) return null;
  let a = e;
  let capMod = false;
  for (let x = e - 1; x >= 0 && e - x <= 6; x--) {
    const p = t[x];
    if (p.quoted || !p.word) break;
    if (DETS.has(p.lower) || VAGUE_QUANTIFIERS.has(p.lower)) {
      a = x;
      break;
    }
    if (p.cap && (info.byLast.get(x) || !isCommonWord(p.text))) {
      const pm = info.byLast.get(x);
      a = pm ? pm.first : x;
      capMod = true;
      continue;
    }
    if (/(?:al|ic|ive|ous|ish|an|ese|ary|ior|ent|ant|ed|ful|ble|ern|ate|ight|ng)$/.test(p.lower) && !CUE_VERBS.has(p.lower) && !AUX.has(p.lower) && !NOT_HEAD.has(p.lower) || TITLE_WORDS.has(p.lower) || ['top', 'senior', 'former', 'chief', 'local', 'other', 'many', 'some', 'u.s.', 'federal', 'state', 'campaign', 'white', 'house', 'press', 'news', 'health', 'security', 'tech', 'industry', 'party', 'republican', 'democratic', 'gop', 'administration', 'government', 'police', 'law', 'enforcement', 'intelligence', 'military', 'defense', 'foreign', 'policy', 'election', 'poll', 'study', 'new', 'recent', 'two', 'three', 'several', 'few', 'most', 'board', 'council', 'committee', 'staff', 'union', 'company', 'city', 'school', 'district'].includes(p.lower)) {
      a = x;
      continue;
    }
    // "the trade ministry", "the water utility": a plain noun modifier right after a determiner
    if (!p.cap && !NOT_HEAD.has(p.lower) && !AUX.has(p.lower) && !CUE_VERBS.has(p.lower) && DETS.has(t[x - 1]?.lower ?? '')) {
      a = x - 1;
      break;
    }
    break;
  }
  const first = t[a].lower;
  const kind: NPKind = capMod && !VAGUE_QUANTIFIERS.has(first) ? 'description' : vagueHead || VAGUE_QUANTIFIERS.has(first) && !['a', 'an'].includes(first) ? 'vague' : 'description';
  if (kind === 'description' && !capMod && !DETS.has(first) && a === e && !vagueHead) return null;
  return { start: t[a].start, end: tok.end, text: npText(info, text, a, e), kind, mention: null, role: null, first: a, last: e };
}

/** Index before a closing parenthetical that ends at j ("Jane Roe (D-Md.)"), or j itself. */
function skipParen(t: Token[], j: number): number {
  if (j < 0 || t[j].text !== ')') return j;
  let k = j - 1;
  while (k >= 0 && j - k < 12 && t[k].text !== '(') k--;
  return k > 0 && t[k].text === '(' ? k - 1 : j;
}

/** The subject of a cue verb, found to its left: skips adverbs/auxiliaries and an apposition ("X, a Y at Z, told"). */
export function subjectBefore(info: SentenceInfo, text: string, cue: Cue): NP | null {
  const t = info.tokens;
  let j = cue.tok - 1;
  const gerund = /ing$/.test(t[cue.tok].lower);
  let sawBe = false;
  while (j >= 0 && t[j].word && AUX.has(t[j].lower)) {
    if (BE.has(t[j].lower)) sawBe = true;
    j--;
  }
  if (j < 0) return null;
  if (gerund && !sawBe) {
    // "footage of Jane Roe saying …": a person's name right before the gerund speaks; otherwise the clause subject does.
    const m = info.byLast.get(j);
    if (m && (m.kind === 'person' || m.kind === 'unknown') && !t[j].quoted) return npEndingAt(info, text, j);
    return null;
  }
  j = skipParen(t, j);
  if (j < 0) return null;
  if (t[j].text === ',' && !t[j].quoted) {
    // Apposition(s): ", a senior fellow ... at the Institute for Coastal Studies," or ", R-Ky.," between the name and
    // the cue; with several commas, the first person-like name going back wins.
    let end = j;
    let fallback: NP | null = null;
    for (let round = 0; round < 3; round++) {
      let k = end - 1;
      let steps = 0;
      while (k >= 0 && !(t[k].text === ',' && !t[k].quoted) && steps < 45 && !t[k].quoted && t[k].text !== ';' && t[k].text !== '.') {
        k--;
        steps++;
      }
      if (k <= 0 || t[k].text !== ',' || t[k].quoted) break;
      const firstIn = t[k + 1];
      if (!firstIn || !(DETS.has(firstIn.lower) || TITLE_WORDS.has(firstIn.lower) || firstIn.lower === 'who' || (!firstIn.cap && firstIn.word) || /^\d/.test(firstIn.text) || info.byFirst.get(k + 1) || /^[RDI]-/.test(firstIn.text))) break;
      const np = npEndingAt(info, text, skipParen(t, k - 1));
      if (np && (np.kind === 'pronoun' || np.mention && (np.mention.kind === 'person' || np.mention.kind === 'unknown'))) {
        return np.kind === 'pronoun' ? np : { ...np, role: text.slice(t[k + 1].start, t[j - 1].end) };
      }
      // "The vendor, Kessick Logistics, said": the apposition names the organisation the description stands for.
      const named = info.byFirst.get(k + 1);
      // "The opposition leader, Jane Roe, replied": the apposition names the person, the description is her role.
      if (named && named.last === j - 1 && (!np || np.kind === 'description')) {
        const person = named.kind === 'person' || named.kind === 'unknown';
        if (person || (np && (named.kind === 'organization' || named.kind === 'outlet'))) {
          return { start: named.start, end: named.end, text: named.text, kind: 'name', mention: named, role: person ? roleBefore(info, text, k) : null, first: named.first, last: named.last };
        }
      }
      if (np && !fallback) fallback = { ...np, role: text.slice(t[k + 1].start, t[j - 1].end) };
      end = k;
    }
    return fallback;
  }
  return npEndingAt(info, text, j);
}

/** The words before the comma at `k` back to a mark or a quote ("the opposition leader"), or null. */
function roleBefore(info: SentenceInfo, text: string, k: number): string | null {
  const t = info.tokens;
  let a = k;
  while (a > 0 && k - a < 6 && t[a - 1].word && !t[a - 1].quoted) a--;
  return a < k ? text.slice(t[a].start, t[k - 1].end) : null;
}

/** The noun phrase right after token index `i` ("said Harlow", "said the president", "said Sen. X, a Republican"). */
export function npAfter(info: SentenceInfo, text: string, i: number): NP | null {
  const t = info.tokens;
  const tok = t[i];
  if (!tok || tok.quoted || !tok.word) return null;
  let m = info.byFirst.get(i);
  // "NBC's Mara Olsen": the person after an outlet's or organisation's possessive.
  if (m && m.kind !== 'person' && /[’']s$/u.test(t[m.last].text)) m = info.byFirst.get(m.last + 1) ?? m;
  if (m) {
    let role: string | null = m.role;
    if (t[m.last + 1]?.text === ',' && t[m.last + 2] && DETS.has(t[m.last + 2].lower)) {
      let k = m.last + 2;
      while (k < t.length && !/^[,.;]$/.test(t[k].text) && !t[k].quoted) k++;
      role = text.slice(t[m.last + 2].start, t[k - 1].end);
    }
    return { start: m.start, end: m.end, text: m.text, kind: 'name', mention: m, role, first: m.first, last: m.last };
  }
  if (['he', 'she', 'they', 'it', 'i', 'we'].includes(tok.lower)) return { start: tok.start, end: tok.end, text: tok.text, kind: 'pronoun', mention: null, role: null, first: i, last: i };
  // "said Navy veteran Jane Roe", "said campaign spokesman John Doe": a name a few modifier words on.
  for (let k = i + 1; k < t.length && k <= i + 5; k++) {
    if (t[k].quoted || /^[,.;:!?]$/.test(t[k].text) || CUE_VERBS.has(t[k].lower) || NOT_HEAD.has(t[k].lower)) break;
    const mk = info.byFirst.get(k);
    if (mk && (mk.kind === 'person' || mk.kind === 'unknown')) {
      return { start: mk.start, end: mk.end, text: mk.text, kind: 'name', mention: mk, role: mk.role ?? text.slice(t[i].start, t[k - 1].end), first: mk.first, last: mk.last };
    }
  }
  // "said the president", "said a spokesman for the campaign"
  let e = i;
  while (e + 1 < t.length && t[e + 1].word && !t[e + 1].quoted && e - i < 6 && !CUE_VERBS.has(t[e + 1].lower) && !['in', 'on', 'at', 'to', 'that', 'when', 'after', 'before', 'during', 'who', 'and', 'but', 'because', 'as', 'while', 'of', 'for', 'with'].includes(t[e + 1].lower)) e++;
  for (let x = e; x >= i; x--) {
    const np = npEndingAt(info, text, x);
    if (np && np.first >= i && np.first <= i + 1) return np;
  }
  return null;
}

/** The subject of the sentence's main clause: skips conjunctions and an introductory phrase ("According to X, Y ..."). */
export function mainSubject(info: SentenceInfo, text: string, before: number): NP | null {
  const t = info.tokens;
  let i = 0;
  while (i < before && (!t[i].word || t[i].quoted) ) i++;
  while (i < before && CONJ.has(t[i].lower)) i++;
  if (i < before && INTRO.has(t[i].lower)) {
    let c = i;
    while (c < before && !(t[c].text === ',' && !t[c].quoted)) c++;
    if (c >= before) return null;
    i = c + 1;
  }
  if (i >= before) return null;
  const m = info.byFirst.get(i);
  if (m) return npEndingAt(info, text, m.last);
  if (['he', 'she', 'they', 'it', 'i', 'we'].includes(t[i].lower)) return npEndingAt(info, text, i);
  for (let e = i; e < Math.min(before, i + 6); e++) {
    const nxt = t[e + 1];
    if (nxt && (nxt.word && !AUX.has(nxt.lower) && !/(ed|s)$/.test(nxt.lower) && !CUE_VERBS.has(nxt.lower)) && e + 1 < before && e - i < 5) continue;
    const np = npEndingAt(info, text, e);
    if (np && np.first === i) return np;
  }
  return null;
}
