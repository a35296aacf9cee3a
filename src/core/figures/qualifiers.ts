/** Qualifiers ("up to", "about", "more than") and the direction of a change ("rose 4%"). */
import type { Tok } from '../numbers';
import type { Qualifier } from '../types';
import { lw } from './shared';


export const UP_WORDS = new Set(['rose', 'rise', 'rises', 'risen', 'rising', 'up', 'gained', 'gain', 'gains', 'gaining', 'climbed', 'climb', 'climbs', 'climbing', 'jumped', 'jump', 'jumps', 'jumping', 'increased', 'increase', 'increases', 'increasing', 'grew', 'grow', 'grows', 'growing', 'grown', 'advanced', 'advance', 'advances', 'added', 'add', 'adds', 'surged', 'surge', 'surges', 'soared', 'soar', 'soars', 'rallied', 'rally', 'spiked', 'boosted', 'boost', 'higher', 'raised', 'raise', 'hiked', 'expanded', 'improved', 'firmed', 'edged', 'ticked', 'leapt', 'leaped', 'rebounded', 'swelled', 'doubled', 'accelerated']);
UP_WORDS.delete('raised');
UP_WORDS.delete('raise');
export const DOWN_WORDS = new Set(['fell', 'fall', 'falls', 'fallen', 'falling', 'down', 'dropped', 'drop', 'drops', 'dropping', 'declined', 'decline', 'declines', 'declining', 'lost', 'lose', 'loses', 'losing', 'slid', 'slide', 'slides', 'sliding', 'slipped', 'slip', 'slips', 'plunged', 'plunge', 'plunges', 'plummeted', 'plummet', 'plummeting', 'tumbled', 'tumble', 'decreased', 'decrease', 'decreases', 'decreasing', 'lower', 'lowered', 'shed', 'sheds', 'sank', 'sink', 'sinks', 'sunk', 'eased', 'ease', 'eases', 'dipped', 'dip', 'dips', 'cut', 'cuts', 'reduced', 'shrank', 'shrunk', 'contracted', 'slumped', 'slump', 'crashed', 'retreated', 'weakened', 'slowed', 'tanked', 'sagged', 'dived', 'dove', 'fallen']);
/** Words that may stand between a change verb and its number ("rose by nearly 5%"). */
const CHANGE_FILLER = new Set(['by', 'just', 'nearly', 'almost', 'about', 'around', 'roughly', 'some', 'only', 'a', 'another', 'more', 'than', 'over', 'under', 'as', 'much', 'many', 'approximately', 'further', 'sharply', 'slightly', 'marginally', 'modestly', 'as', 'much', 'an', 'additional', 'extra', 'almost']);

const QUALIFIERS: [string, Qualifier][] = [
  ['as many as', 'at-most'], ['as much as', 'at-most'], ['as high as', 'at-most'], ['as large as', 'at-most'],
  ['up to', 'at-most'], ['no more than', 'at-most'], ['not more than', 'at-most'], ['at most', 'at-most'],
  ['less than', 'at-most'], ['fewer than', 'at-most'], ['under', 'at-most'], ['below', 'at-most'], ['lower than', 'at-most'],
  ['a maximum of', 'at-most'], ['maximum of', 'at-most'], ['a max of', 'at-most'], ['sub', 'at-most'], ['<', 'at-most'], ['≤', 'at-most'],
  ['no fewer than', 'at-least'], ['no less than', 'at-least'], ['more than', 'at-least'], ['over', 'at-least'],
  ['at least', 'at-least'], ['above', 'at-least'], ['upwards of', 'at-least'], ['upward of', 'at-least'], ['in excess of', 'at-least'],
  ['greater than', 'at-least'], ['higher than', 'at-least'], ['over than', 'at-least'], ['a minimum of', 'at-least'],
  ['minimum of', 'at-least'], ['north of', 'at-least'], ['>', 'at-least'], ['≥', 'at-least'], ['exceeding', 'at-least'],
  ['about', 'approx'], ['around', 'approx'], ['roughly', 'approx'], ['approximately', 'approx'], ['approx', 'approx'],
  ['nearly', 'approx'], ['almost', 'approx'], ['some', 'approx'], ['an estimated', 'approx'], ['estimated', 'approx'],
  ['close to', 'approx'], ['circa', 'approx'], ['ca', 'approx'], ['~', 'approx'], ['≈', 'approx'], ['an approximate', 'approx'],
  ['approaching', 'approx'], ['or so', 'approx'], ['give or take', 'approx'], ['somewhere around', 'approx'],
];

/** QUALIFIERS by their last word, in their order: a phrase can only end the words before a number on that word. */
const BY_LAST_WORD = new Map<string, [string, Qualifier][]>();
for (const entry of QUALIFIERS) {
  const last = entry[0].slice(entry[0].lastIndexOf(' ') + 1);
  const list = BY_LAST_WORD.get(last);
  if (list) list.push(entry);
  else BY_LAST_WORD.set(last, [entry]);
}
const FOCUSING = /^(just|only|still|already|now|well|the)$/;

export function qualifierBefore(toks: Tok[], from: number): Qualifier {
  // up to four words before the number, nearest first
  const words: string[] = [];
  for (let k = from - 1; k >= 0 && words.length < 4; k--) {
    const t = toks[k];
    if (t.kind === 'word') words.push(t.lower);
    else if ((t.text === '~' || t.text === '≈' || t.text === '<' || t.text === '>' || t.text === '≤' || t.text === '≥') && (t.space || k === 0)) words.push(t.text);
    else if (t.text === '-' && !t.space && toks[k - 1] && lw(toks[k - 1]) === 'sub') continue;
    else break;
  }
  // skip focusing adverbs: "just under", "only about"
  let first = 0;
  while (first < words.length && FOCUSING.test(words[first])) first++;
  const phrases = first < words.length ? BY_LAST_WORD.get(words[first]) : undefined;
  if (!phrases) return 'exact';
  const tail = words.slice(first).reverse().join(' ');
  for (let k = 0; k < phrases.length; k++) {
    const phrase = phrases[k][0];
    // "over" as in "took over 3 companies" still reads as at-least; "under 10" as at-most
    if (tail === phrase || tail.endsWith(` ${phrase}`)) return phrases[k][1];
  }
  return 'exact';
}

export function changeAround(toks: Tok[], from: number, end: number): 'up' | 'down' | null {
  for (let k = from - 1, n = 0; k >= 0 && n < 4; k--, n++) {
    const w = lw(toks[k]);
    if (!w) {
      if (toks[k].text === '~') continue;
      break;
    }
    if (UP_WORDS.has(w)) return 'up';
    if (DOWN_WORDS.has(w)) return 'down';
    if (!CHANGE_FILLER.has(w)) break;
  }
  const nx = lw(toks[end + 1]);
  const unitful = end > from;
  if (unitful && (nx === 'up' || nx === 'down') && !/^(to|from|by|at|in|on)$/.test(lw(toks[end + 2]))) return nx === 'up' ? 'up' : 'down';
  if (nx === 'higher' || nx === 'increase' || nx === 'rise' || nx === 'gain' || nx === 'jump') return 'up';
  if (nx === 'lower' || nx === 'decrease' || nx === 'drop' || nx === 'decline' || nx === 'fall' || nx === 'cut') return 'down';
  return null;
}
