/**
 * When an incident happened, as the article says it without a calendar date ("on Tuesday", "last week", "earlier
 * this month", "over the past two years"): the phrase in the incident's own sentences nearest its mention. A date
 * figure (figures/) wins over it; this is what the card shows when there is none (CASIE's Time arguments are as
 * often "Monday" or "last week" as a date).
 */
import type { Sentence } from '../text';
import type { Figure, Span } from '../types';

const DAY = String.raw`(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)`;
const PERIOD = String.raw`(?:week(?:end)?|month|year|spring|summer|autumn|fall|winter)`;
const SPAN_OF = String.raw`(?:days|weeks|months|years)`;
/** A month named alone, capitalised ("in February", "late March"; "May" only after a preposition: else the verb). */
const MONTH = /\b(?:(?:[Ee]arly|[Ll]ate)\s+|[Mm]id-)?(?:January|February|March|April|June|July|August|September|October|November|December|(?<=\b(?:in|since|until|last|this) )May)\b/g;
const WHEN = new RegExp(
  [
    String.raw`\b(?:(?:early|late)\s+)?${DAY}(?:\s+(?:morning|afternoon|evening|night))?\b`,
    String.raw`\b(?:(?:earlier|later|early|late)\s+)?(?:last|this)\s+${PERIOD}\b`,
    String.raw`\b(?:yesterday|overnight)\b`,
    String.raw`\b(?:the\s+)?(?:past|last|recent)\s+(?:(?:few|two|three|four|five|six|several|\d+)\s+)?${SPAN_OF}\b`,
    String.raw`\b(?:a|one|two|three|four|five|six|several|a few)\s+${SPAN_OF}\s+ago\b`,
    String.raw`\brecent ${SPAN_OF}\b`,
  ].join('|'),
  'gi',
);
/** The when-phrase of `sentences` nearest to offset `at`, or null. */
function whenPhrase(sentences: Sentence[], at: number): Span | null {
  let best: Span | null = null;
  for (const s of sentences)
    for (const m of [...s.text.matchAll(WHEN), ...s.text.matchAll(MONTH)]) {
      const start = s.start + m.index!;
      const span = { start, end: start + m[0].length, text: m[0] };
      if (!best || Math.abs(start - at) < Math.abs(best.start - at)) best = span;
    }
  return best;
}

/**
 * When an incident without a date of its own happened: a date figure of its own sentences, else a when-phrase there,
 * else the same in the sentences next to them (`rings`: its own sentences, then their neighbours). `date` is the
 * figure's ISO value (null for a phrase). Chosen on casie/train's Time arguments (P / R): a phrase that dates the
 * report ("said on Monday that it was hit") counts, as CASIE marks it the event's time as often as not (own sentences,
 * weekdays and periods only: 69.5 / 24.8 with it, 70.0 / 23.9 without); the neighbours read as well, 67.9 / 35.2
 * against 71.5 / 29.1 from the own sentences alone (months included).
 */
export function incidentWhen(figures: Figure[], rings: Sentence[][], at: number): { span: Span; date: string | null } | null {
  for (const ring of rings) {
    const dated = figures.find((f) => f.kind === 'date' && ring.some((s) => f.start >= s.start && f.end <= s.end));
    if (dated) return { span: { start: dated.start, end: dated.end, text: dated.text }, date: dated.date };
    const phrase = whenPhrase(ring, at);
    if (phrase) return { span: phrase, date: null };
  }
  return null;
}
