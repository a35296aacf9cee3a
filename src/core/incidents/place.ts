/**
 * Where an incident happened, read by rule off its own sentences: "a Portland-based firm", "based in Leeds", "the city
 * of Oakvale", "hit hospitals in Ontario", or the article's dateline ("OAKVALE, Ore. —"). The first statement nearest
 * to the incident wins. Frames and word lists were chosen on CASIE train's Place arguments; dev confirms.
 */
import type { Sentence } from '../text';
import type { Span } from '../types';

/** A place name as written: capitalised words (and "U.S."-style abbreviations), with an optional ", State" after. */
const NAME = String.raw`(?:[A-Z][a-z]+|[A-Z]\.(?:[A-Z]\.)+)(?:[ -](?:[A-Z][a-z]+|[A-Z]\.(?:[A-Z]\.)+)){0,2}`;

const BASED = new RegExp(String.raw`\b(${NAME})-based\b|\bbased in (?:the )?(${NAME})`, 'g');
const CITY_OF = new RegExp(String.raw`\b(?:city|town|state|county|province|region|village|capital) of (${NAME})`, 'g');
const IN_PLACE = new RegExp(String.raw`\b(?:in|across|throughout) (?:the )?(${NAME})(?=[,.;]|\s+(?:and|on|last|this|earlier|after|before|since|during|when|where|who|which|that|were|was|had|have)\b|$)`, 'g');
const DATELINE = /^\s*([A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]+){0,2})(?:, [A-Z][\w.]*(?: [A-Z][\w.]*)?)?(?: \([^)]{1,30}\))? [—–-]{1,2}\s/;

/** Words that start a capitalised run but are not places: months, weekdays, and words that make it an organisation. */
const NOT_PLACE = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|The|This|That|It|Its|Our|Their|His|Her|A|An|In|On|At|Windows|Android|Linux|Microsoft|Google|Apple|Chrome|Office|Word|Excel|English|Internet|Bitcoin|Tor)\b|\b(?:Inc|Corp|Ltd|LLC|Group|Bank|University|College|School|Hospital|Department|Ministry|Agency|Service|Services|Systems|Software|Security|Labs?|Company|Times|News|Post|Journal|Act|Court|Police|Team)\b/;

const span = (text: string, start: number, end: number): Span => ({ start, end, text: text.slice(start, end) });

function firstPlace(re: RegExp, s: Sentence, text: string, skip: (name: string) => boolean): Span | null {
  re.lastIndex = 0;
  for (let m = re.exec(s.text); m; m = re.exec(s.text)) {
    const name = m[1] ?? m[2];
    if (!name || NOT_PLACE.test(name) || skip(name)) continue;
    const at = s.start + m.index + m[0].indexOf(name);
    return span(text, at, at + name.length);
  }
  return null;
}

/**
 * The place of an incident whose sentences are `mine` (in order of nearness), or the article's dateline; names in
 * `others` (the victim, the attacker) are not places of the incident even when they are places.
 */
export function findPlace(text: string, mine: Sentence[], others: Array<string | null>): Span | null {
  const skip = (name: string) => others.some((o) => !!o && (o === name || o.includes(name)));
  for (const re of [BASED, CITY_OF, IN_PLACE]) {
    for (const s of mine) {
      const p = firstPlace(re, s, text, skip);
      if (p) return p;
    }
  }
  const d = DATELINE.exec(text.slice(0, 200));
  if (d && !NOT_PLACE.test(d[1])) {
    const at = d.index + d[0].indexOf(d[1]);
    return span(text, at, at + d[1].length);
  }
  return null;
}
