/**
 * The incidents as the Analysis carries them: type (the model's, else the rules'), label words that agree with the
 * type, ids, and the sentences the pipeline works on.
 */
import { COUNTED_VICTIMS, DATA_TYPES } from '../incident-vocabulary';
import type { Doc, Sentence } from '../text';
import type { Incident, IncidentFields, IncidentType, Span } from '../types';
import { attackerKind } from './attackers';
import { isThin, type Draft } from './draft';
import { resetTest } from './phrases';
import type { CountedKind } from './record-counts';
import { setWithheldVictim } from './withheld-victim';

/** What the records of these types may count: the people or data they affected and, for ransomware, the machines it
 * put out of use ("locked about 1,200 computers"); not the devices or versions a flaw affects, the domains or apps of a
 * phishing campaign, the countries an attack reached (CASIE train, out of fold: 28 such counts, none a
 * Number-of-Victim / Number-of-Data). Kept on the draft, they still tell that an incident was spoken of (typing.ts). */
const SHOWN_COUNTS: Partial<Record<IncidentType, ReadonlySet<CountedKind>>> = {
  ransomware: new Set(['people-or-data', 'machines']),
  phishing: new Set(['people-or-data']),
  vulnerability: new Set(['people-or-data']),
};
const shownRecords = (d: Draft, type: IncidentType) => {
  const shown = SHOWN_COUNTS[type];
  return shown ? d.records.filter((r) => shown.has(d.countedKinds.get(r.figure) ?? 'people-or-data')) : d.records;
};
const TYPE_PRIORITY: IncidentType[] = ['breach', 'ransomware', 'phishing', 'espionage', 'vulnerability', 'attack', 'other'];


export function finish(drafts: Draft[]): Incident[] {
  const out: Incident[] = [];
  const used = new Map<string, number>();
  for (const d of drafts) {
    const type = d.modelType ?? incidentType(d);
    if (isThin(d)) continue;
    const noun = labelNoun(d, type);
    const label = d.victim ? `${d.victim} ${noun}` : noun.charAt(0).toUpperCase() + noun.slice(1);
    const slug = incidentSlug(type, d.victim);
    const n = (used.get(slug) ?? 0) + 1;
    used.set(slug, n);
    const mentions: Span[] = d.triggers.map((t) => ({ start: t.start, end: t.end, text: t.text }));
    const incident: Incident = {
      id: n > 1 ? `${slug}-${n}` : slug,
      label,
      type,
      victim: d.victim,
      ...(d.others.length ? { victims: [...(d.victim ? [d.victim] : []), ...d.others] } : {}),
      attacker: d.attacker,
      attackerKind: attackerKind(d.attacker),
      suspected: d.suspected,
      ...(d.moreAttackers?.length ? { attackers: [d.attacker!, ...d.moreAttackers] } : {}),
      date: d.date,
      records: shownRecords(d, type),
      dataTypes: d.dataTypes,
      mentions: mentions.sort((x, y) => x.start - y.start),
      // Filled by fields.ts once the incidents are final.
      fields: emptyFields(),
    };
    if (!d.victim && d.withheld?.length) setWithheldVictim(incident, d.withheld[0]);
    out.push(incident);
  }
  return out;
}

/** Schema 2 fields of an incident before fields.ts reads them: nothing stated. */
export const emptyFields = (): IncidentFields => ({
  victim: null,
  attacker: null,
  suspected: null,
  date: null,
  place: null,
  ransom: [],
  cves: [],
  product: null,
  version: null,
  discoverer: null,
  patchedBy: null,
  patch: null,
});

/** The id stem of an incident: its type and victim ("breach-acme-corp"); a second one with the same stem gets "-2". */
export function incidentSlug(type: IncidentType, victim: string | null): string {
  return `${type}-${(victim ?? 'unnamed').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '')}`;
}

export function incidentType(d: Draft): IncidentType {
  const dataRecords = d.records.some((r) => r.what && (COUNTED_VICTIMS.test(r.what) || resetTest(DATA_TYPES, r.what)));
  // A breach needs a breach word ("data breach", "leak"), or a data verb or intrusion with a victim or counted data.
  const strong = d.triggers.some((t) => t.type === 'breach' && t.strength === 'strong');
  const weak = d.triggers.some((t) => (t.type === 'breach' && t.strength === 'data') || t.type === 'attack');
  // When the incident is named as another kind (ransomware, phishing, a vulnerability), a data verb makes it a breach
  // only with counted records or a named victim of its own ("leaked the agency's accounts").
  const otherKind = d.triggers.some((t) => t.type !== 'breach' && t.type !== 'attack' && t.strength === 'strong');
  const hasBreach = strong || (weak && (otherKind ? dataRecords || d.triggers.some((t) => t.type === 'breach' && !!t.victim) : !!d.victim || dataRecords || (d.dataTypes.length > 0 && d.triggers.some((t) => t.type === 'attack'))));
  if (hasBreach) return 'breach';
  // Not a breach: the most specific other kind named; data verbs alone leave a plain attack.
  let best: IncidentType = 'attack';
  for (const t of d.triggers) if (t.type !== 'breach' && TYPE_PRIORITY.indexOf(t.type) < TYPE_PRIORITY.indexOf(best)) best = t.type;
  return best;
}

export const LABEL_NOUN = /^(?:(?:data|security|credit[- ]card|card|payment[- ]card|cyber[- ]?security)\s+)?breach$|^data\s+(?:leak|dump|exposure|theft)$|^leak$|^hack$|^(?:cyber[- ]?)?attack$|^intrusion$|^ransomware attack$|^phishing (?:attack|campaign|scam)$/i;
export function labelNoun(d: Draft, type: IncidentType): string {
  // Only a word of the incident's own kind, or a neutral one ("attack", "hack"), names it: badge and label agree.
  const first = d.triggers.find((t) => (t.type === type || t.type === 'attack') && LABEL_NOUN.test(t.text));
  if (first) return first.text.toLowerCase();
  return { breach: 'data breach', ransomware: 'ransomware attack', phishing: 'phishing attack', vulnerability: 'vulnerability', espionage: 'espionage', attack: 'attack', other: 'incident' }[type];
}



/** Longest stretch handled as one unit: a "sentence" longer than this (a table, a run-on dump) is cut at spaces, so
 * the per-sentence work (which looks around each trigger) stays bounded and the whole pass linear. */
export const MAX_UNIT = 2000;

/** The document's sentences, with over-long ones cut into pieces of at most MAX_UNIT characters. */
export function units(doc: Doc): Sentence[] {
  const out: Sentence[] = [];
  for (const s of doc.sentences) {
    if (s.text.length <= MAX_UNIT) {
      out.push(s);
      continue;
    }
    let from = 0;
    while (from < s.text.length) {
      let to = Math.min(s.text.length, from + MAX_UNIT);
      if (to < s.text.length) {
        const space = s.text.lastIndexOf(' ', to);
        if (space > from + MAX_UNIT / 2) to = space;
      }
      out.push({ start: s.start + from, end: s.start + to, text: s.text.slice(from, to), paragraph: s.paragraph });
      from = to;
    }
  }
  return out;
}
