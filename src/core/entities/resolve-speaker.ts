/** Speaker noun phrases to canonical names: names, pronouns (through their antecedents) and descriptions. */
import { npAfter, type NP, type SentenceInfo } from '../cues';
import { isOrganisationEvidence } from '../evidence-sources';
import { CUE_VERBS, ORG_SUFFIXES, PRONOUNS, isCommonWord } from '../lexicon';
import type { NameMention } from '../names';
import { antecedent, lastBefore, orgAntecedent, sameSurnameOfGender, type Salience } from './antecedents';
import type { Resolved } from './types';

const PERSON_NOUN = /^(?:president|mayor|governor|senator|congressman|congresswoman|candidate|nominee|businessman|businesswoman|billionaire|mogul|chairman|chairwoman|secretary|minister|leader|speaker|spokesman|spokeswoman|spokesperson|official|judge|justice|general|ambassador|director|chief|officer|author|writer|host|anchor|announcer|narrator|doctor|lawyer|attorney|senator|representative|lawmaker|democrat|republican|man|woman|father|mother|wife|husband|son|daughter|founder|executive|ceo|actor|actress|singer|star|commander|secretary-general|premier|chancellor|king|queen|pope|former|vice|first)$/;
/** A publication described, not named: "the paper", "the newspaper's editorial board", "the network". */
const PUBLICATION = /^the (?:\S+ )?(?:paper|newspaper|magazine|network|website|site|outlet|publication|tabloid|broadcaster)(?:[’']s\b|$)/i;
const DOC_NOUN = /^(?:report|ruling|decision|opinion|study|survey|poll|analysis|finding|findings|letter|memo|statement|filing|lawsuit|complaint|article|piece|story|editorial|column|book|paper|document|release|ad|advertisement|order|brief|indictment|audit|review)$/;

/**
 * Resolve a speaker noun phrase in a sentence to a canonical name; resolved he/she join ctx.pronounHits. `avoid`: people
 * a pronoun or description cannot stand for (those the quote itself names in the third person).
 */
export function resolveSpeaker(ctx: Salience, np: NP, sentence: number, prefer: string[] = [], avoid: readonly string[] = []): Resolved {
  const { sentences, clusterOf, personMentions, pronounHits } = ctx;
  if (np.kind === 'name' && np.mention) {
    const m = np.mention;
    if (m.kind === 'person') return { name: m.canonical, kind: 'person', role: clusterOf.get(m.canonical)?.role ?? m.role ?? np.role };
    if (m.kind === 'outlet') return { name: m.canonical, kind: 'outlet', role: null };
    if (m.kind === 'organization' || m.kind === 'place') return { name: m.name, kind: 'organization', role: null };
    // "Developers said": a sentence's capitalised plural common noun is a vague group, not a name.
    if (m.first === m.last && /s$/.test(m.name) && isCommonWord(m.name)) return { name: m.name, kind: 'vague', role: null };
    return { name: m.name, kind: looksLikePerson(m) ? 'person' : 'organization', role: np.role };
  }
  if (np.kind === 'pronoun') {
    const g = PRONOUNS.get(np.text.toLowerCase());
    if (g === 'm' || g === 'f') {
      // "he told Roe": whoever the cue addresses is not its speaker.
      const toks = sentences[sentence].tokens;
      const addressed = CUE_VERBS.has(toks[np.last + 1]?.lower ?? '') ? sentences[sentence].byFirst.get(np.last + 2) : undefined;
      const p = antecedent(ctx, np.start, g, sentence, prefer, addressed?.kind === 'person' ? [...avoid, addressed.canonical] : avoid);
      // Resolved pronouns keep their person salient ("Fowler noted … he said … he argued").
      if (p && (!pronounHits.length || pronounHits[pronounHits.length - 1].start < np.start)) pronounHits.push({ start: np.start, sentence, m: p, g });
      const name = p ? sameSurnameOfGender(ctx, p, g) : null;
      return { name, kind: 'person', role: name ? clusterOf.get(name)?.role ?? null : null };
    }
    if (g === 'p' || g === 'n') {
      // "The Post reported …. It added, “…”": a body that opens the sentence before is what "it" goes on with.
      const opener = g === 'n' ? openingBody(ctx, sentence - 1) : null;
      if (opener?.kind === 'outlet') return { name: opener.canonical, kind: 'outlet', role: null };
      const o = opener ?? orgAntecedent(ctx, np.start, sentence);
      return { name: o ? o.name : null, kind: o ? 'organization' : 'vague', role: null };
    }
    return { name: null, kind: 'none', role: null };
  }
  if (np.kind === 'vague') return { name: np.text, kind: isOrganisationEvidence(np.text) ? 'organization' : 'vague', role: null };
  // Descriptions: "the president" → the person whose role says president; "the company" → the last organisation.
  const head = np.text.split(/\s+/).pop()!.toLowerCase();
  const lead = np.text.split(/\s+/)[0].toLowerCase();
  // "the paper's editorial board", "the network": the outlet named last.
  if (lead === 'the' && PUBLICATION.test(np.text)) {
    const o = orgAntecedent(ctx, np.start, sentence, undefined, 30, true);
    if (o?.kind === 'outlet') return { name: o.canonical, kind: 'outlet', role: null };
  }
  if (DOC_NOUN.test(head) && /^(the|this|that|its|their|a)$/.test(lead)) {
    // "the report", "the ruling", "this finding": the organisation or outlet that issued it.
    const o = orgAntecedent(ctx, np.start, sentence, undefined, 30, true);
    if (o) return { name: o.kind === 'outlet' ? o.canonical : o.name, kind: o.kind === 'outlet' ? 'outlet' : 'organization', role: null };
  }
  if (lead === 'the' || lead === 'his' || lead === 'her' || lead === 'its' || lead === 'their') {
    for (let i = lastBefore(ctx, np.start); i >= 0; i--) {
      const p = personMentions[i];
      if (p.sentence < sentence - 30) break;
      const role = (clusterOf.get(p.canonical)?.role ?? p.role ?? '').toLowerCase();
      if (role && new RegExp(`\\b${head.replace(/[^a-z]/g, '')}\\b`).test(role)) return { name: p.canonical, kind: 'person', role: clusterOf.get(p.canonical)?.role ?? p.role };
    }
    if (ORG_SUFFIXES.has(head) || /^(company|firm|agency|campaign|group|organization|government|administration|department|committee|union|party|district|utility|regulator|watchdog|school|hospital|clinic|port|vendor|insurer|retailer|operator|provider|manufacturer|bank|lab|ministry|bureau)$/.test(head)) {
      // Only a bare "the company" stands for the last organisation named; "the state health department" is its own.
      const o = orgAntecedent(ctx, np.start, sentence, head, 30) ?? (np.text.split(/\s+/).length <= 2 ? orgAntecedent(ctx, np.start, sentence) : null);
      // Unresolved, "the company" still names an organisation, not a vague source.
      return { name: o ? o.name : np.text, kind: 'organization', role: null };
    } else if ((PERSON_NOUN.test(head) || /^(?!german$).+(?:man|woman)$/.test(head)) && lead === 'the') {
      const p = antecedent(ctx, np.start, /(?:woman|wife|mother|daughter|sister|lady|actress|chairwoman|spokeswoman)$/.test(head) ? 'f' : /(?:man|husband|father|son|brother)$/.test(head) && !/woman$/.test(head) ? 'm' : null, sentence, prefer, avoid);
      if (p) return { name: p.canonical, kind: 'person', role: clusterOf.get(p.canonical)?.role ?? null };
    }
  }
  // A capitalised modifier ("the Harlow board", "U.S. officials"), not a determiner's sentence capital ("A board member").
  const words = np.text.split(/\s+/);
  const atStart = np.first === sentences[sentence].tokens.findIndex((t) => t.word);
  const firstMention = sentences[sentence].byFirst.get(np.first);
  const skipFirst = /^(?:a|an|the|one|some|many|several|most|few|this|that|these|those)$/i.test(words[0]) || (atStart && (isCommonWord(words[0]) || firstMention?.kind === 'unknown'));
  const capMod = /\p{Lu}/u.test((skipFirst ? words.slice(1) : words).join(' '));
  return { name: np.text, kind: capMod || isOrganisationEvidence(np.text) ? 'organization' : /^(an?|one)\b/i.test(np.text) ? 'vague' : 'vague', role: null };
}

/**
 * A he/she opening a sentence ("He had protested X.") keeps its person salient for the pronouns after it, as a
 * resolved cue pronoun does: the subject chain of a paragraph about one person.
 */
export function chainOpeningPronoun(ctx: Salience, info: SentenceInfo): void {
  const { pronounHits } = ctx;
  const at = info.tokens.findIndex((t) => t.word);
  const first = info.tokens[at];
  if (!first || first.quoted || pronounHits.length && pronounHits[pronounHits.length - 1].start >= first.start) return;
  const g = first.lower === 'he' || first.lower === 'she' ? PRONOUNS.get(first.lower) : undefined;
  if (g === 'm' || g === 'f') {
    const p = antecedent(ctx, first.start, g, info.index);
    if (p) pronounHits.push({ start: first.start, sentence: info.index, m: p, g });
    return;
  }
  // "The Florida senator sought …": a description of a person named before, as its subject, keeps them salient too.
  const np = first.lower === 'the' ? npAfter(info, ctx.text, at) : null;
  if (np?.kind !== 'description' || !PERSON_NOUN.test(np.text.split(/\s+/).pop()!.toLowerCase())) return;
  const r = resolveSpeaker(ctx, np, info.index);
  const c = r.kind === 'person' && r.name ? ctx.clusterOf.get(r.name) : undefined;
  const m = c?.mentions.filter((x) => x.start < first.start).at(-1);
  if (c?.gender && m) pronounHits.push({ start: first.start, sentence: info.index, m, g: c.gender });
}

/** The outlet or organisation that opens a sentence ("The Post reported …", "Acme said …"), if any. */
function openingBody(ctx: Salience, sentence: number): NameMention | null {
  const info = ctx.sentences[sentence];
  if (!info) return null;
  const at = info.tokens.findIndex((t) => t.word);
  const m = info.mentions.find((x) => !x.quoted);
  if (!m || (m.kind !== 'outlet' && m.kind !== 'organization')) return null;
  return m.first === at || (m.first === at + 1 && info.tokens[at].lower === 'the') ? m : null;
}

function looksLikePerson(m: NameMention): boolean {
  const words = m.name.split(/\s+/);
  return words.length <= 3 && !ORG_SUFFIXES.has(words[words.length - 1].toLowerCase());
}
