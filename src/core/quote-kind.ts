/**
 * What a pair of quotation marks holds: a direct quote (a whole statement) or a partial one (woven into the sentence),
 * or no quote at all (scare quotes, titles of shows and books that nobody says).
 */
import type { SentenceInfo } from './cues';
import { CUE_VERBS } from './lexicon';
import type { QuoteMarks } from './tokens';

/** Direct: a whole statement (starts its sentence or follows "said:" / "said,"). Partial: woven into the sentence. */
export function quoteKind(text: string, m: QuoteMarks, quoteText: string, openInfo: SentenceInfo): 'direct' | 'partial' {
  const before = text.slice(openInfo.start, m.open).replace(/[“”"‘’'\s]+$/, '');
  const startsUpper = /^[\p{Lu}\p{N}]/u.test(quoteText);
  if (!before.trim()) return startsUpper || /[.!?]$/.test(quoteText) ? 'direct' : 'partial';
  if (/:$/.test(before) && startsUpper) return 'direct';
  if (/[,—–-]$/.test(before) && startsUpper && /[.!?,]$/.test(quoteText)) {
    // "X said, “…”" or "…,” she said, “…”"
    return 'direct';
  }
  return 'partial';
}

/** A cue right before the quote ("said “The Hispanics”") or right after its comma ("“As President,” she said"): speech. */
function spoken(text: string, m: QuoteMarks, quoteText: string): boolean {
  const before = /(\p{L}+)[\s,:]*$/u.exec(text.slice(Math.max(0, m.open - 30), m.open))?.[1].toLowerCase();
  if (before && CUE_VERBS.has(before)) return true;
  if (!/,$/.test(quoteText)) return false;
  const after = text.slice(m.close + m.closeLen, m.close + m.closeLen + 40).split(/\s+/).filter(Boolean).slice(0, 3);
  return after.some((w) => CUE_VERBS.has(w.toLowerCase().replace(/[^a-z]/g, '')));
}

/** Scare quotes and titles ("Fox and Friends", "deplorables") that nobody says. */
export function isSpurious(text: string, m: QuoteMarks, quoteText: string): boolean {
  const words = quoteText.split(/\s+/).filter(Boolean);
  if (m.single && words.length < 3) return true;
  const speechy = words.some((w) => /^(?:I|I['’]\w+|We|We['’]\w+|You|You['’]\w+|It['’]s|He|She|They|Our|My|Your|Let['’]s|Don['’]t|Can['’]t)$/.test(w.replace(/[,.!?]+$/, '')));
  if (words.length <= 6 && m.paragraph > 0 && !speechy && !/[.!?]\s/.test(quoteText)) {
    // Title Case without a full stop: a title of a show, book, song or event.
    const caps = words.filter((w) => /^[\p{Lu}\p{N}]/u.test(w)).length;
    const small = words.filter((w) => /^(of|the|and|a|an|in|on|for|to|at|with|from|by|or)$/.test(w)).length;
    if (caps + small === words.length && caps >= Math.max(1, words.length - small) && !/[!?]$/.test(quoteText.replace(/[,”"’']+$/, '')) && !spoken(text, m, quoteText)) {
      if (!(words.length === 1 && /[,.]$/.test(quoteText))) return true;
    }
  }
  return false;
}
