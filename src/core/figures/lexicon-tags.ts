/** Part-of-speech tags from compromise's word list, without running its tagger. */
import { nlp } from '../nlp';

let LEXICON: Record<string, string | string[]> | null = null;
const NOUNISH = /^(Plural|Singular|Noun|Actor|ProperNoun|Place|Country|City|Region|Organization|FirstName|LastName|Uncountable|Person|Unit|Acronym|Currency|Duration)$/;
const VERBISH = /^(PresentTense|Infinitive|PastTense|Gerund|Verb|Copula|Modal|Auxiliary|PhrasalVerb|Participle)$/;

/** Tags from compromise's word list; "?" marks a word whose part of speech depends on context. */
export function lexiconTags(word: string): Set<string> {
  if (!LEXICON) LEXICON = (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;
  const w = word.toLowerCase();
  const out = new Set<string>();
  const raw = LEXICON[w];
  const tags = raw === undefined ? [] : Array.isArray(raw) ? raw : [raw];
  for (const t of tags) {
    out.add(t);
    if (NOUNISH.test(t)) out.add('Noun');
    if (VERBISH.test(t)) out.add('Verb');
    if (t === 'Plural') out.add('Noun');
  }
  const hasNoun = out.has('Noun');
  const hasVerb = out.has('Verb');
  if (!tags.length) {
    if (/ly$/.test(w)) out.add('Adverb');
    else if (/(?:ed|ing|ous|ive|al|ic|ful|less|able|ible|ary|ish)$/.test(w) || /-/.test(w)) out.add('?');
    else if (/[^su]s$/.test(w)) {
      out.add('Noun').add('Plural');
    } else out.add('Noun').add('Singular');
  } else if (hasVerb && !hasNoun) {
    // "fouls", "shares" right after a number are nouns; later verbs end the phrase only in context
    out.add('?');
  }
  if (/^\p{Lu}/u.test(word) && !hasVerb && !out.has('Determiner') && !out.has('Preposition') && !out.has('Conjunction') && !out.has('Pronoun')) out.add('Noun');
  return out;
}
