/**
 * The per-type fields of an incident (schema 2) as labelled lines, in the order a reader wants them: the one list the
 * panel cards, the Markdown brief, the CSV export and the figure hovers read, so they always say the same.
 */
import type { Analysis, Incident, Ransom, Span } from './types';

export interface FieldLine {
  label: string;
  value: string;
  /** Where the article states it. */
  span: Span | null;
}

const one = (label: string, s: Span | null): FieldLine[] => (s ? [{ label, value: s.text, span: s }] : []);

/** The named attackers of an incident besides its attacker and suspect (`attackers`, an optional extension), in the
 * order found: the panel, the briefs, the CSV export and the workspace tree list them as "Other attackers". */
export const otherAttackers = (i: Incident): string[] => (i.attackers ?? []).filter((a) => a !== i.attacker && a !== i.suspected);

/** Ransom, CVE ids, product, version, who found it, who patched it, the fix and the place, when stated. */
export function incidentFieldLines(i: Incident): FieldLine[] {
  const f = i.fields;
  if (!f) return [];
  return [
    ...f.ransom.map((r) => ({ label: 'Ransom demanded', value: ransomText(r), span: { start: r.start, end: r.end, text: r.text } })),
    ...f.cves.map((c) => ({ label: 'CVE', value: c.text.toUpperCase(), span: c })),
    ...one('Product', f.product),
    ...one('Version', f.version),
    ...one('Found by', f.discoverer),
    ...one('Patched by', f.patchedBy),
    ...one('Fix', f.patch),
    ...one('Place', f.place),
  ];
}

/** "$450,000 (in Bitcoin)", "25 bitcoin (about $450,000)": the amount, its equivalent in another currency, and how it
 * is paid unless the amount already says so ("25 bitcoin" is paid in Bitcoin). */
export function ransomText(r: Ransom): string {
  const equivalent = r.equivalent ? ` (about ${r.equivalent.text})` : '';
  const payment = r.payment && !r.text.toLowerCase().includes(paymentKey(r.payment.text)) ? ` (${r.payment.text})` : '';
  return `${r.text}${equivalent}${payment}`;
}

/** The method's own word, singular and lower-case: "in Bitcoin (BTC)" → "bitcoin", "via gift cards" → "card". */
function paymentKey(payment: string): string {
  const words = payment.toLowerCase().replace(/\([^)]*\)/g, ' ').match(/[a-z]+/g) ?? [];
  return (words[words.length - 1] ?? payment.toLowerCase()).replace(/s$/, '');
}

/** What a figure is to an incident, if anything: "ransom demanded" or the records/people affected. */
export function figureRole(a: Analysis, figureIndex: number): { incident: Incident; role: string } | null {
  for (const incident of a.incidents) {
    if (incident.fields?.ransom.some((r) => r.figure === figureIndex || r.equivalent?.figure === figureIndex)) return { incident, role: 'ransom demanded' };
    const record = incident.records.find((r) => r.figure === figureIndex);
    if (record) return { incident, role: record.what ? `${record.what} affected` : 'records affected' };
    const when = incident.fields?.date;
    const figure = a.figures[figureIndex];
    if (when && figure && when.start === figure.start && when.end === figure.end) return { incident, role: 'when it happened' };
  }
  return null;
}
