/**
 * Schema 2 fields of each incident (types.ts IncidentFields), each linked to its span: the spans of the victim,
 * attacker, suspect and date the pipeline named, and the per-type fields (ransom, CVE ids, product, version,
 * discoverer, patch) read by field-rules.ts from the sentences nearest to the incident. An article that gives a CVE
 * id but has no vulnerability incident gets one: a CVE id always names a particular vulnerability.
 */
import { indicesBySentence, type Doc, type Sentence } from '../text';
import type { Figure, Incident, MoneyAmount, Ransom, Span } from '../types';
import { emptyFields, incidentSlug, units } from './assembly';
import { findPlace } from './place';
import { cveSpans, isEquivalent, moneyAmount, ransomFigures, vulnerabilityFields } from './field-rules';
import { incidentWhen } from './when';
import { keepWithheld } from './withheld-victim';

const sentenceOf = (sentences: Sentence[], offset: number) => {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sentences[mid].start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
};

/** The occurrence of `name` nearest to `at`, as a span; null when the name is not in the text as written. */
function nearestOccurrence(text: string, name: string | null, at: number): Span | null {
  if (!name) return null;
  let best = -1;
  for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
    if (best < 0 || Math.abs(i - at) < Math.abs(best - at)) best = i;
    if (i > at) break;
  }
  return best < 0 ? null : { start: best, end: best + name.length, text: name };
}

/** The incidents with `fields` filled (and a vulnerability incident added for CVE ids no incident claims). */
export function addIncidentFields(doc: Doc, incidents: Incident[], figures: Figure[]): Incident[] {
  const { text } = doc;
  const sentences = units(doc);
  if (!sentences.length) return incidents;
  const cves = cveSpans(text);
  const out = [...incidents];
  if (cves.length && !out.some((i) => i.type === 'vulnerability')) out.push(cveIncident(out, cves));
  const homes = out.map((i) => i.mentions.map((m) => sentenceOf(sentences, m.start)));
  /** The incident of `type` whose mentions are nearest to sentence `si` (the earlier one on a tie). */
  const nearest = (si: number, type: Incident['type'] | null): number => {
    let best = -1;
    let bestDistance = Infinity;
    out.forEach((inc, k) => {
      if (type && inc.type !== type) return;
      const d = Math.min(...homes[k].map((h) => Math.abs(h - si)));
      if (d < bestDistance) [best, bestDistance] = [k, d];
    });
    return best;
  };
  /** Per incident without a date figure of its own: when it happened, as the sentences around it say. */
  const whens: Array<ReturnType<typeof incidentWhen>> = [];
  const fields = out.map((i, k) => {
    const at = i.mentions[0]?.start ?? 0;
    const f = emptyFields();
    f.victim = nearestOccurrence(text, i.victim, at);
    f.attacker = nearestOccurrence(text, i.attacker, at);
    f.suspected = nearestOccurrence(text, i.suspected, at);
    const dates = figures.filter((x) => x.kind === 'date' && i.date && x.date === i.date);
    f.date = dates.length ? dates.reduce((a, b) => (Math.abs(b.start - at) < Math.abs(a.start - at) ? b : a)) : null;
    if (f.date) f.date = { start: f.date.start, end: f.date.end, text: f.date.text };
    // Its own sentences first, then the ones next to them.
    const own = [...new Set(homes[k])].sort((x, y) => x - y);
    const next = [...new Set(own.flatMap((h) => [h - 1, h + 1]))].filter((h) => h >= 0 && h < sentences.length && !own.includes(h));
    if (!i.date) f.date = (whens[k] = incidentWhen(figures, [own, next].map((hs) => hs.map((h) => sentences[h])), at))?.span ?? null;
    f.place = findPlace(text, [...own, ...next].map((h) => sentences[h]), [i.victim, i.attacker, i.suspected]);
    return f;
  });
  for (const c of cves) {
    const k = nearest(sentenceOf(sentences, c.start), 'vulnerability');
    if (k >= 0 && !fields[k].cves.some((x) => x.text.toUpperCase() === c.text.toUpperCase())) fields[k].cves.push(c);
  }
  const bySentence = indicesBySentence(sentences, figures);
  /** The ransom the amount last read belongs to, and where that amount is written. */
  let last: { ransom: Ransom; at: MoneyAmount } | null = null;
  for (const r of ransomFigures(text, sentences, figures, bySentence)) {
    // A ransom goes to the ransomware incident; an article with none (data held to ransom, an extortion) gives it
    // to the incident nearest to it.
    const k = out.some((i) => i.type === 'ransomware') ? nearest(r.sentence, 'ransomware') : nearest(r.sentence, null);
    if (k < 0) continue;
    const amount = moneyAmount(text, figures, r.figure);
    const list = fields[k].ransom;
    // "25 bitcoin (about $450,000)": the same ransom in another currency is its equivalent, not a second ransom.
    if (last && list.includes(last.ransom) && isEquivalent(text, last.at, amount)) {
      last.ransom.equivalent ??= amount;
      continue;
    }
    // The same sum said twice (headline and body) is one ransom.
    const same = (x: MoneyAmount | null) => !!x && x.amount === amount.amount && x.currency === amount.currency;
    let ransom = list.find((x) => same(x) || same(x.equivalent));
    if (!ransom) list.push((ransom = { ...amount, payment: r.payment, equivalent: null }));
    ransom.payment ??= r.payment;
    last = { ransom, at: amount };
  }
  out.forEach((inc, k) => {
    if (inc.type !== 'vulnerability') return;
    // The sentences nearer to this vulnerability than to any other, in reading order.
    const mine = sentences.filter((_, si) => nearest(si, 'vulnerability') === k);
    Object.assign(fields[k], vulnerabilityFields(text, mine));
  });
  // A vulnerability with no victim is best named by the product it is in ("Contoso Gateway vulnerability").
  const label = (inc: Incident, k: number) => (inc.type === 'vulnerability' && !inc.victim && fields[k].product ? `${fields[k].product!.text} vulnerability` : inc.label);
  return out.map((inc, k) => keepWithheld(inc, { ...inc, label: label(inc, k), date: inc.date ?? whens[k]?.date ?? null, fields: fields[k] }));
}

/** A vulnerability incident for CVE ids an article gives when no incident of that type was found. */
function cveIncident(incidents: Incident[], cves: Span[]): Incident {
  const slug = incidentSlug('vulnerability', null);
  const n = incidents.filter((i) => i.id === slug || i.id.startsWith(`${slug}-`)).length + 1;
  return {
    id: n > 1 ? `${slug}-${n}` : slug,
    label: `${cves[0].text.toUpperCase()} vulnerability`,
    type: 'vulnerability',
    victim: null,
    attacker: null,
    attackerKind: null,
    suspected: null,
    date: null,
    records: [],
    dataTypes: [],
    mentions: cves.map((c) => ({ ...c })),
    fields: emptyFields(),
  };
}
