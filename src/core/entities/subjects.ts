/** Who speaks and who is the subject: the salience signals pronoun resolution weighs. */
import { cuesIn, npAfter, sentenceInfo, subjectBefore, type SentenceInfo } from '../cues';
import type { NameMention } from '../names';

/** Mentions that speak (subject or object of a cue) may be surname-only people ("said Harlow"). */
export function findSpeakers(sentences: SentenceInfo[], text: string): Set<NameMention> {
  const speakers = new Set<NameMention>();
  for (const info of sentences) {
    const cues = cuesIn(info);
    for (let k = 0; k < cues.length; k++) {
      const cue = cues[k];
      const np = cue.lemma === 'according to' ? npAfter(info, text, cue.tok + 2) : subjectBefore(info, text, cue) ?? npAfter(info, text, cue.tok + 1);
      if (np?.mention && (np.mention.kind === 'unknown' || np.mention.kind === 'person' || np.mention.kind === 'place')) speakers.add(np.mention);
    }
  }
  return speakers;
}

/** Weak sentence-initial words that matched nobody are not names after all: drops them from their sentences in place. */
export function dropUnmatchedWeakCaps(sentences: SentenceInfo[]): void {
  for (let i = 0; i < sentences.length; i++) {
    const info = sentences[i];
    if (info.mentions.some((m) => m.weakCap && m.kind !== 'person')) {
      sentences[i] = sentenceInfo(info.index, info.paragraph, info.tokens, info.mentions.filter((m) => !(m.weakCap && m.kind !== 'person')), info.cues);
    }
  }
}

/** Subject position: the first name of a sentence outside quotes, not after a preposition. */
export function findSubjects(sentences: SentenceInfo[]): Set<NameMention> {
  const subjects = new Set<NameMention>();
  for (const info of sentences) {
    const m = subjectMention(info);
    if (m && !/^(of|to|with|for|by|against|about|from|on|at|in|into|than|like|and|or)$/.test(info.tokens[m.first - 1]?.lower ?? '')) subjects.add(m);
  }
  return subjects;
}

/** Words that open a fronted phrase or clause ("Filling in for X, Y said", "After X spoke, Y"): the subject follows its comma. */
export const FRONTED = /^(?:in|on|at|after|before|when|while|as|since|during|despite|although|though|if|with|without|for|by|from|like|unlike|following|asked|speaking|writing|addressing|\p{L}+ing)$/u;

/** The mention in subject position: the first one outside quotes, past a fronted phrase when the sentence opens with one. */
export function subjectMention(info: SentenceInfo): NameMention | undefined {
  const live = (x: NameMention) => !x.quoted && (x.kind === 'person' || x.kind === 'organization' || x.kind === 'place');
  const first = info.tokens.find((t) => t.word && !t.quoted);
  // "He had protested X": a pronoun is the subject, not the first name after it.
  if (first && /^(?:he|she|they|i|we|you)$/.test(first.lower)) return undefined;
  if (first && FRONTED.test(first.lower)) {
    const comma = info.tokens.findIndex((t) => t.text === ',' && !t.quoted);
    const after = comma > 0 ? info.mentions.find((x) => live(x) && x.first > comma) : undefined;
    if (after && info.tokens[after.first - 1]?.text === ',') return after;
  }
  return info.mentions.find(live);
}
