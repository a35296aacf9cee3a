/** Dates, times and years: "9 June 2023", "Sept. 23", "11:05 PM", "2024/25", "the 1990s". */
import { MONTHS } from '../numbers';
import type { Tok } from '../numbers';
import { isUnitAfter } from './number-grammar';
import { qualifierBefore } from './qualifiers';
import { lw, isCap, glued } from './shared';
import type { Raw, Ctx } from './shared';
import { currencyAfter, longestUnit } from './unit-grammar';

function monthAt(toks: Tok[], i: number): { month: number; end: number } | null {
  const t = toks[i];
  if (!isCap(t)) return null;
  const m = MONTHS.get(t.text.toLowerCase());
  if (!m) return null;
  let end = i;
  if (toks[i + 1]?.text === '.' && glued(toks[i + 1]) && t.text.length <= 4 && !/^(may|june|july)$/i.test(t.text)) end = i + 1; // "Sept.", not "June."
  return { month: m, end };
}

/** "by", "before", "until", "by the end of", "no later than" right before token i: the date is a deadline. */
export function isDeadlineBefore(toks: Tok[], i: number): boolean {
  const before = toks.slice(Math.max(0, i - 4), i).map((t) => t.text.toLowerCase()).join(' ');
  return /(?:^|\s)(?:by|before|until|by the end of|by end of|no later than|not later than)$/.test(before);
}

const pad = (n: number) => String(n).padStart(2, '0');

function isDay(t: Tok | undefined): boolean {
  return !!t && t.kind === 'num' && /^\d{1,2}$/.test(t.text) && +t.text >= 1 && +t.text <= 31;
}
function isYear(t: Tok | undefined): boolean {
  return !!t && t.kind === 'num' && /^\d{4}$/.test(t.text) && +t.text >= 1000 && +t.text <= 2199;
}

function dateRaw(from: number, to: number, date: string): Raw {
  return { from, to, end: to, kind: 'date', value: null, unit: null, counts: null, qualifier: 'exact', change: null, date, words: false, scaled: false };
}

export function parseDate(ctx: Ctx, i: number): Raw | null {
  const { toks } = ctx;
  const mo = monthAt(toks, i);
  if (mo) {
    let k = mo.end + 1;
    if (isDay(toks[k]) && !(toks[k + 1] && glued(toks[k + 1]) && toks[k + 1].kind === 'word' && !/^(st|nd|rd|th)$/.test(toks[k + 1].text))) {
      const day = +toks[k].text;
      let end = k;
      if (/^(st|nd|rd|th)$/.test(toks[k + 1]?.text ?? '') && glued(toks[k + 1])) end = k + 1;
      let y = end + 1;
      if (toks[y]?.text === ',') y++;
      if (isYear(toks[y]) && !(toks[y + 1] && glued(toks[y + 1]) && toks[y + 1].kind !== 'sym')) return dateRaw(i, y, `${toks[y].text}-${pad(mo.month)}-${pad(day)}`);
      return dateRaw(i, end, `--${pad(mo.month)}-${pad(day)}`);
    }
    if (lw(toks[k]) === 'of' && isYear(toks[k + 1])) k++;
    if (isYear(toks[k]) && (!toks[k + 1] || toks[k + 1].space || toks[k + 1].kind === 'sym')) return dateRaw(i, k, `${toks[k].text}-${pad(mo.month)}`);
    // A month alone is a date only as a deadline ("by the end of June", "before March"), not a capital letter
    // that starts a name ("by June Alder").
    if (isDeadlineBefore(toks, i) && !isCap(toks[mo.end + 1])) return dateRaw(i, mo.end, `--${pad(mo.month)}`);
    return null;
  }
  // ISO: "2015-09-23"
  if (isYear(toks[i]) && toks[i + 1]?.text === '-' && glued(toks[i + 1]) && /^\d{2}$/.test(toks[i + 2]?.text ?? '') && glued(toks[i + 2]) &&
    toks[i + 3]?.text === '-' && glued(toks[i + 3]) && /^\d{2}$/.test(toks[i + 4]?.text ?? '') && glued(toks[i + 4]) && +toks[i + 2].text >= 1 && +toks[i + 2].text <= 12) {
    return dateRaw(i, i + 4, `${toks[i].text}-${toks[i + 2].text}-${toks[i + 4].text}`);
  }
  // A fiscal or season year, "2024/25" or "2024-25": one date, the year it starts (the second number is no count).
  const next = toks[i + 2];
  if (isYear(toks[i]) && (toks[i + 1]?.text === '/' || toks[i + 1]?.text === '-') && glued(toks[i + 1]) && next && glued(next) && /^\d{2}$/.test(next.text) &&
    (+next.text === (+toks[i].text + 1) % 100) && (!toks[i + 3] || toks[i + 3].space || toks[i + 3].kind === 'sym')) {
    return dateRaw(i, i + 2, toks[i].text);
  }
  // "9 June 2023", "2 June"
  if (isDay(toks[i]) && (i === 0 || toks[i].space)) {
    let k = i + 1;
    if (/^(st|nd|rd|th)$/.test(toks[k]?.text ?? '') && glued(toks[k])) k++;
    if (lw(toks[k]) === 'of') k++;
    const m2 = monthAt(toks, k);
    if (m2 && toks[k].space) {
      const y = m2.end + 1;
      if (isYear(toks[y])) return dateRaw(i, y, `${toks[y].text}-${pad(m2.month)}-${pad(+toks[i].text)}`);
      return dateRaw(i, m2.end, `--${pad(m2.month)}-${pad(+toks[i].text)}`);
    }
  }
  return null;
}

/** "11:05 PM", "5am", "9.20pm", "3:40 p.m." → a date figure holding the time ("T23:05"). */
export function parseTime(ctx: Ctx, i: number): Raw | null {
  const { toks } = ctx;
  const t = toks[i];
  if (t.kind !== 'num' || !/^\d{1,2}(?:\.\d{2})?$/.test(t.text)) return null;
  let h = parseInt(t.text, 10);
  let min = t.text.includes('.') ? +t.text.split('.')[1] : 0;
  let k = i;
  let clock = t.text.includes('.');
  if (toks[i + 1]?.text === ':' && glued(toks[i + 1]) && /^\d{2}$/.test(toks[i + 2]?.text ?? '') && glued(toks[i + 2])) {
    min = +toks[i + 2].text;
    k = i + 2;
    clock = true;
    if (toks[k + 1]?.text === ':' && glued(toks[k + 1]) && /^\d{2}$/.test(toks[k + 2]?.text ?? '')) k += 2;
  }
  const ampm = ampmAt(toks, k + 1);
  if (!ampm && !clock) return null;
  if (!ampm && t.text.includes('.')) return null; // "10.45" alone is a decimal
  if (h > 24 || min > 59) return null;
  let end = k;
  if (ampm) {
    end = ampm.end;
    if (ampm.pm && h < 12) h += 12;
    if (!ampm.pm && h === 12) h = 0;
  }
  return dateRaw(i, end, `T${pad(h)}:${pad(min)}`);
}

function ampmAt(toks: Tok[], k: number): { pm: boolean; end: number } | null {
  const t = toks[k];
  if (!t || t.kind !== 'word') return null;
  const w = t.text.toLowerCase();
  if (w === 'am' || w === 'pm') {
    if (toks[k + 1] && glued(toks[k + 1]) && toks[k + 1].kind === 'word') return null;
    return { pm: w === 'pm', end: k };
  }
  if ((w === 'a' || w === 'p') && toks[k + 1]?.text === '.' && glued(toks[k + 1]) && lw(toks[k + 2]) === 'm' && glued(toks[k + 2])) {
    const end = toks[k + 3]?.text === '.' && glued(toks[k + 3]) ? k + 3 : k + 2;
    return { pm: w === 'p', end };
  }
  return null;
}

/** A year: "in 2019", "the 2019 list", "1990s", "2018-19"; not "2000 rpm" or "about 2000". */
export function parseYear(toks: Tok[], i: number): Raw | null {
  const t = toks[i];
  if (!/^\d{4}$/.test(t.text)) return null;
  const y = +t.text;
  if (y < 1500 || y > 2199) return null;
  const prev = toks[i - 1];
  const decadePrefix = prev && prev.text === '-' && /^(mid|early|late|pre|post)$/.test(lw(toks[i - 2]));
  if (prev && glued(t) && !decadePrefix && (prev.kind === 'word' || /^[-−+$€£¥]$/.test(prev.text))) return null;
  if (qualifierBefore(toks, i) !== 'exact') return null;
  const nx = toks[i + 1];
  if (nx && glued(nx) && nx.text === 's' && !(toks[i + 2] && glued(toks[i + 2]) && toks[i + 2].kind === 'word')) return dateRaw(i, i + 1, t.text.slice(0, 3));
  if (nx && /^['’′]$/.test(nx.text) && glued(nx) && toks[i + 2]?.text === 's') return dateRaw(i, i, t.text);
  if (nx && (nx.text === '-' || nx.text === '–') && glued(nx) && /^\d{2}(?:\d{2})?$/.test(toks[i + 2]?.text ?? '') && glued(toks[i + 2])) return dateRaw(i, i + 2, t.text);
  if (nx && glued(nx) && nx.kind === 'word') return null;
  if (isUnitAfter(toks, i) || (nx && (SCALE_AFTER.test(nx.text) || currencyAfter(toks, i + 1) || longestUnit(toks, i + 1, false)))) return null;
  return dateRaw(i, i, t.text);
}
const SCALE_AFTER = /^(hundred|thousand|million|billion|trillion|bn|mn|m|k)$/i;
