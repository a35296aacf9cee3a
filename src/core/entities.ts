/**
 * People, organisations and outlets, and for each sentence that names where its content comes from, that source.
 * Token-level rules over cheap segmentation; compromise is only consulted for its word lexicon (first names,
 * places), so a 1 MB document costs one linear pass.
 *
 * The stages live in entities/: sentences (tokens and name mentions), subjects and genders (salience signals),
 * antecedents and resolve-speaker (pronouns and descriptions), sources (each sentence's source).
 */
import { cuesIn, subjectBefore, type NP } from './cues';
import type { Salience } from './entities/antecedents';
import { learnGenders } from './entities/genders';
import { chainOpeningPronoun, resolveSpeaker } from './entities/resolve-speaker';
import { readSentences } from './entities/sentences';
import { citedOutlet, sentenceSource } from './entities/sources';
import { dropUnmatchedWeakCaps, findSpeakers, findSubjects } from './entities/subjects';
import type { Entities, SourceMention } from './entities/types';
import { clusterPeople, type PersonCluster } from './names';
import type { Doc } from './text';
import { findQuoteMarks } from './tokens';
import type { Person } from './types';

export type { Entities, EntityContext, Resolved, SourceMention } from './entities/types';

export function extractEntities(doc: Doc): Entities {
  const { text } = doc;
  const marks = findQuoteMarks(doc);
  const sentences = readSentences(doc, marks);
  const mentions = sentences.flatMap((s) => s.mentions);

  const speakers = findSpeakers(sentences, text);
  const clusters = clusterPeople(mentions, speakers);
  const speakerSentences = new Set([...speakers].filter((m) => m.kind === 'person').map((m) => m.sentence));
  dropUnmatchedWeakCaps(sentences);
  const liveMentions = sentences.flatMap((s) => s.mentions);
  const subjects = findSubjects(sentences);
  const clusterOf = new Map<string, PersonCluster>(clusters.map((c) => [c.name, c]));
  const personMentions = liveMentions.filter((m) => m.kind === 'person').sort((a, b) => a.start - b.start);
  learnGenders(sentences, clusterOf);

  const ctx: Salience = { text, sentences, clusters, clusterOf, personMentions, subjects, speakers, speakerSentences, pronounHits: [] };
  const resolve = (np: NP, sentence: number, prefer?: string[], avoid?: readonly string[]) => resolveSpeaker(ctx, np, sentence, prefer, avoid);
  const outletBySentence = sentences.map(citedOutlet);
  const outletIn = (s: number) => {
    const m = outletBySentence[s];
    return m ? { written: m.name, canonical: m.canonical } : null;
  };

  // Sources: one per sentence that names where its content comes from.
  const sources: SourceMention[] = [];
  for (let k = 0; k < sentences.length; k++) {
    const info = sentences[k];
    chainOpeningPronoun(ctx, info);
    const src = sentenceSource(ctx, info, outletBySentence);
    if (src) sources.push(src);
  }

  // Public lists. Roles from appositions ("Jane Roe, a senior fellow ..., told") where no title gave one.
  for (let k = 0; k < sentences.length; k++) {
    const info = sentences[k];
    const cues = cuesIn(info);
    for (let x = 0; x < cues.length; x++) {
      const np = subjectBefore(info, text, cues[x]);
      const c = np?.mention ? clusterOf.get(np.mention.canonical) : undefined;
      if (c && !c.role && np!.role) c.role = np!.role;
    }
  }
  const people: Person[] = clusters.map((c) => ({
    name: c.name,
    role: c.role,
    mentions: c.mentions.map((m) => ({ start: m.nameStart, end: m.nameEnd, text: text.slice(m.nameStart, m.nameEnd) })),
  }));
  const outlets: string[] = [];
  for (const m of outletBySentence) if (m && !outlets.includes(m.canonical)) outlets.push(m.canonical);
  for (const s of sources) if (s.kind === 'outlet' && s.name && !outlets.includes(s.name)) outlets.push(s.name);
  const organizations: string[] = [];
  for (const m of mentions) if (m.kind === 'organization' && !organizations.includes(m.name)) organizations.push(m.name);

  return {
    people, outlets, organizations, sources,
    context: { doc, marks, sentences, mentions, clusters, resolve, outletIn },
  };
}
