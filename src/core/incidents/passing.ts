/**
 * A passing reference: an earlier, well-known incident recalled in one sentence of an article about something else
 * ("sanctioned officials for the X hack", "a breach on the scale of what affected X", "the group behind the X
 * breaches"). Its victim is not the article's: CASIE's annotators mostly give such sentences no event.
 */

/** Words that bring in an incident as a comparison, an example or a cause, written before the name in its sentence. */
const RECALL_BEFORE = /\b(?:like|such as|since|behind|similar to|reminiscent of|the scale of|compared (?:to|with)|for the|as with)\b/i;

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** How often `name` is written in `text` as a whole word, counted up to two. */
function mentions(text: string, name: string): number {
  let n = 0;
  for (let at = text.indexOf(name); at >= 0 && n < 2; ) {
    const end = at + name.length;
    const whole = !WORD_CHAR.test(text[at - 1] ?? '') && !WORD_CHAR.test(text[end] ?? '');
    if (whole) n++;
    at = text.indexOf(name, whole ? end : at + 1);
  }
  return n;
}

/**
 * Whether a frame's victim `name` in sentence `si` (text `sentence`) is a passing reference: named once in the whole
 * article, outside its lead (the first two sentences), after a word of comparison or example in its sentence.
 * role-sweep.js seeds 1-5, named victims F1 56.1 / 55.1 / 55.1 / 54.8 / 56.8 (mean 55.58) against main's 55.20;
 * attackers 54.16 against 54.06. Counted over train's frame triggers (shipped models), the rule takes the victims of 2
 * true and 9 false; without "once" 9 / 15, in the lead as well 5 / 11, and a past year or "last year" in the sentence
 * instead of the cue 11 / 18, a quotation 8 / 18 (CASIE's annotators do mark some recalled incidents). "after",
 * "following", "in the wake of" as cues too: no change (seeds 1, 2). Role features for the same (the cue, named once
 * and late, quoted, a demonstration "researchers showed how"): seed 1 named victims 54.3 against 56.1; the cue and
 * the demonstration alone, seeds 1 / 2 54.8 / 55.0 against 56.1 / 55.1 (attackers rose: 58.7 / 54.0 against 58.0 /
 * 50.9). The recalled name also kept from the role model's victims (it fills the incident left without one, as for
 * the name once taken): seeds 1 / 2 victims 56.3 / 54.8, attackers 58.0 / 50.3.
 */
export function passingReference(text: string, sentence: string, si: number, name: string): boolean {
  if (si < 2) return false;
  const at = sentence.indexOf(name);
  return at > 0 && RECALL_BEFORE.test(sentence.slice(0, at)) && mentions(text, name) === 1;
}
