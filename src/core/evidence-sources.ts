/**
 * Sources named through what they published rather than through a speech verb: "the agency's figures show",
 * "data released by the Harlow Institute", "according to a report in the Lowmoor Daily". The publisher of the
 * figures, data or report is the source; its kind follows the name (an outlet, else an organisation or person).
 */
import type { SentenceInfo } from './cues';
import type { NameMention } from './names';
import type { SourceKind } from './types';

/** What figures and findings are published in. */
const EVIDENCE_NOUN: ReadonlySet<string> = new Set(['figures', 'data', 'statistics', 'stats', 'numbers', 'estimate', 'estimates',
  'records', 'report', 'reports', 'study', 'studies', 'survey', 'poll', 'analysis', 'research', 'findings', 'audit', 'review',
  'filing', 'filings', 'tally', 'count', 'census', 'assessment', 'investigation', 'article', 'story', 'documents', 'letter',
  'notice', 'statement', 'accounts', 'books', 'papers']);
const BY = new Set(['by', 'from', 'in', 'at']);
/** Words that may stand between the evidence noun and its publisher ("released by", "published in"). */
const LINK = /^(?:released|published|compiled|collected|issued|gathered|obtained|reviewed|seen|commissioned|conducted|carried|prepared|written|produced|funded|led|done|out|first|latest|new|recent|annual|internal|preliminary|own|,)$/;
/** Heads of a described organisation ("the agency's figures"). */
const ORG_HEAD = /^(?:agency|commission|committee|department|ministry|office|bureau|council|board|authority|administration|government|company|firm|group|institute|university|regulator|watchdog|utility|hospital|clinic|port|vendor|insurer|retailer|operator|airline|city|state|county|district|school|bank|police|court|union|association|federation|lab|laboratory|center|centre|foundation|campaign|charity|department)$/;

export interface EvidenceSource {
  start: number;
  end: number;
  name: string;
  kind: SourceKind;
  /** Named as the owner of the evidence ("the agency's figures"): it outranks a speaker found later in the sentence. */
  owner?: boolean;
}

/** "People familiar with the matter", "sources close to the talks": unnamed, but sources. */
const FAMILIAR = /\b(?:people|persons|sources|officials|someone|one person|those|two people|three people)\s+(?:familiar with|close to|briefed on|with knowledge of|involved in)\s+(?:the\s+)?[\p{L}-]+/iu;

/**
 * Whether FAMILIAR can match: its middle words stand in the sentence. A plain search of the lower-cased text, far
 * cheaper than the case-insensitive pattern over every sentence; "\u017f" (long s) is the one letter outside A-Z
 * that the pattern folds to a letter of those words but toLowerCase does not map to it.
 */
function mayBeFamiliar(sentence: string): boolean {
  const lower = sentence.toLowerCase();
  return (
    lower.includes('familiar with') ||
    lower.includes('close to') ||
    lower.includes('briefed on') ||
    lower.includes('knowledge of') ||
    lower.includes('involved in') ||
    lower.includes('\u017f')
  );
}

/** The unnamed source a sentence cites through what it knows ("people familiar with the inquiry"), or null. */
export function familiarSource(text: string, start: number, end: number): EvidenceSource | null {
  const sentence = text.slice(start, end);
  if (!mayBeFamiliar(sentence)) return null;
  const m = FAMILIAR.exec(sentence);
  return m ? { start: start + m.index, end: start + m.index + m[0].length, name: m[0], kind: 'vague' } : null;
}

const possessive = (s: string) => /[’']s?$/u.test(s);

/** Whether a source noun phrase is itself a publication ("a report", "the new study"): its publisher names it better. */
export function isEvidencePhrase(np: string): boolean {
  const head = np.trim().split(/\s+/).pop() ?? '';
  return EVIDENCE_NOUN.has(head.toLowerCase());
}

/** "board documents", "council figures": a publication whose modifier says an organisation published it. */
export function isOrganisationEvidence(np: string): boolean {
  const words = np.trim().toLowerCase().split(/\s+/);
  return isEvidencePhrase(np) && words.slice(0, -1).some((w) => ORG_HEAD.test(w));
}

/** The publisher named around an evidence noun in this sentence, or null. */
export function evidenceSource(info: SentenceInfo, text: string): EvidenceSource | null {
  const t = info.tokens;
  for (let i = 0; i < t.length; i++) {
    if (t[i].quoted || !EVIDENCE_NOUN.has(t[i].lower)) continue;
    const before = possessorBefore(info, text, i);
    if (before && (reports(info, i) || citedBy(info, i))) return before;
    const after = publisherAfter(info, i);
    if (after) return after;
    const bare = unownedEvidence(info, text, i);
    if (bare) return bare;
  }
  return accordingToOrganisation(info, text);
}

/** "according to the city's planning commission": an organisation described, not named. */
function accordingToOrganisation(info: SentenceInfo, text: string): EvidenceSource | null {
  const t = info.tokens;
  for (let i = 0; i + 2 < t.length; i++) {
    if (t[i].lower !== 'according' || t[i + 1].lower !== 'to') continue;
    let e = i + 2;
    while (e + 1 < t.length && e < i + 8 && t[e + 1].word && !t[e + 1].quoted && t[e + 1].lower !== 'that') e++;
    const head = t[e].lower;
    if (!ORG_HEAD.test(head) || t[e].quoted) return null;
    return { start: t[i + 2].start, end: t[e].end, name: text.slice(t[i + 2].start, t[e].end), kind: 'organization' };
  }
  return null;
}

/** Verbs by which evidence speaks ("the agency's figures show", "its letter to members says"). */
const SHOWS = /^(?:shows?|showed|shown|says?|said|suggests?|suggested|indicates?|indicated|finds?|found|reveals?|revealed|puts?|lists?|listed|states?|stated|estimates?|estimated|confirms?|confirmed|according)$/;

/** Whether the evidence noun at i is the subject of a showing verb within three words. */
function reports(info: SentenceInfo, i: number): boolean {
  for (let k = i + 1; k < info.tokens.length && k <= i + 3; k++) if (SHOWS.test(info.tokens[k].lower)) return true;
  return false;
}

/** Whether "according to" comes just before the evidence noun at i ("according to the authority's latest report"). */
function citedBy(info: SentenceInfo, i: number): boolean {
  const t = info.tokens;
  for (let k = Math.max(0, i - 6); k + 1 < i; k++) if (t[k].lower === 'according' && t[k + 1].lower === 'to') return true;
  return false;
}

/**
 * "Federal data show", "new figures suggest": evidence that speaks at the head of the sentence with no publisher
 * named is a vague source. Not "the data show" or "its figures show": a determiner points back to an owner.
 */
function unownedEvidence(info: SentenceInfo, text: string, i: number): EvidenceSource | null {
  const t = info.tokens;
  if (i > 2 || !reports(info, i)) return null;
  for (let k = 0; k < i; k++) if (!t[k].word || possessive(t[k].text) || /^(?:the|its|their|this|these|that|those|his|her|our)$/.test(t[k].lower)) return null;
  return { start: t[0].start, end: t[i].end, name: text.slice(t[0].start, t[i].end), kind: 'vague' };
}

const DETERMINER = /^(?:the|its|their)$/;

/** "Harlow Institute's data", "the agency's figures", "the agency's own latest figures". */
function possessorBefore(info: SentenceInfo, text: string, i: number): EvidenceSource | null {
  const t = info.tokens;
  let j = i - 1;
  // Up to two modifiers may stand between owner and noun ("the board's budget documents", "its own latest figures").
  while (j >= 0 && j >= i - 3 && !possessive(t[j].text) && (LINK.test(t[j].lower) || (t[j].word && !t[j].cap && j >= i - 2))) j--;
  // "'s" may be its own token.
  let p = j;
  if (p >= 0 && /^[’']s?$/u.test(t[p].text)) p--;
  if (p < 0 || !(possessive(t[j].text) || /^[’']s?$/u.test(t[j].text))) return null;
  const m = info.byLast.get(p);
  if (m) {
    const src = fromMention(m);
    return src && { start: src.start, end: src.end, name: src.name, kind: src.kind, owner: true };
  }
  const head = t[p].lower.replace(/[’']s?$/u, '');
  if (!ORG_HEAD.test(head)) return null;
  // Back over lower-case modifiers to the determiner: "the transit authority's".
  let d = p - 1;
  while (d >= 0 && d >= p - 3 && t[d].word && !t[d].cap && !DETERMINER.test(t[d].lower)) d--;
  const from = d >= 0 && DETERMINER.test(t[d].lower) ? d : p;
  return { start: t[from].start, end: t[p].start + head.length, name: text.slice(t[from].start, t[p].start + head.length), kind: 'organization', owner: true };
}

/** "data released by the Harlow Institute", "a report in the Lowmoor Daily", "figures from Kestrel Labs". */
function publisherAfter(info: SentenceInfo, i: number): EvidenceSource | null {
  const t = info.tokens;
  let k = i + 1;
  while (k < t.length && k <= i + 3 && LINK.test(t[k].lower)) k++;
  if (k >= t.length || !BY.has(t[k].lower)) return null;
  let n = k + 1;
  if (t[n]?.lower === 'the') n++;
  const m = info.byFirst.get(n);
  return m && !m.quoted && m.kind !== 'place' ? fromMention(m) : null;
}

function fromMention(m: NameMention): EvidenceSource | null {
  const kind: SourceKind = m.kind === 'outlet' ? 'outlet' : m.kind === 'person' ? 'person' : 'organization';
  if (m.kind === 'place' && !/[’']/u.test(m.text)) return null;
  return { start: m.nameStart, end: m.nameEnd, name: m.kind === 'outlet' || m.kind === 'person' ? m.canonical : m.name, kind };
}
