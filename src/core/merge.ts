/**
 * Merging the analyses of a long document's sections (sections.ts) into one Analysis. Each section was analysed as a
 * document of its own, so the merge only joins what spans sections: a person named in several sections is one person
 * (by name; a surname alone joins the one full name it can belong to when its own section names nobody else by it),
 * an incident with the same type and victim (by the one victim matcher) in several sections is one incident, and ids and figure indices are
 * renumbered. Cheap: it visits each result once and never re-reads the text.
 */
import { incidentSlug } from './incidents';
import { joinFields, shiftFields } from './incidents/field-merge';
import { sameVictim } from './incidents/phrases';
import { keepWithheld, victimKey } from './incidents/withheld-victim';
import type { Analysis, Claim, Incident, Quote, Span } from './types';

const shiftSpan = (s: Span, d: number): Span => ({ start: s.start + d, end: s.end + d, text: s.text });

/** A copy of `a` with every offset moved by `d` (nested objects that hold no offsets are shared). */
export function shiftAnalysis(a: Analysis, d: number): Analysis {
  if (d === 0) return a;
  return {
    schemaVersion: 2,
    figures: a.figures.map((f) => ({ ...f, start: f.start + d, end: f.end + d })),
    quotes: a.quotes.map((q) => ({ ...q, start: q.start + d, end: q.end + d, speakerMention: q.speakerMention && shiftSpan(q.speakerMention, d) })),
    claims: a.claims.map((c) => ({ ...c, start: c.start + d, end: c.end + d })),
    incidents: a.incidents.map((i) => keepWithheld(i, { ...i, mentions: i.mentions.map((m) => shiftSpan(m, d)), fields: shiftFields(i.fields, d) })),
    people: a.people.map((p) => ({ ...p, mentions: p.mentions.map((m) => shiftSpan(m, d)) })),
    outlets: a.outlets,
  };
}

/** One Analysis from the analyses of consecutive sections (offsets already absolute). */
export function mergeSections(parts: Analysis[]): Analysis {
  if (parts.length === 1) return parts[0];
  const renames = surnameRenames(parts);
  // Figures, and the quotes and claims of a section with no renames (most), are joined list by list: one copy each.
  const out: Analysis = {
    schemaVersion: 2,
    figures: joined(parts.map((part) => part.figures)),
    quotes: joined(parts.map((part, k) => (renames[k].size ? part.quotes.map((q) => renamedQuote(q, renames[k])) : part.quotes))),
    claims: joined(parts.map((part, k) => (renames[k].size ? part.claims.map((c) => renamedClaim(c, renames[k])) : part.claims))),
    incidents: [],
    people: [],
    outlets: [],
  };
  // By name: where the person is in out.people, and whether it is still a section's own object (to copy before adding).
  const people = new Map<string, { at: number; shared: boolean }>();
  // Incidents with a victim, by type, in order: an incident joins the first of its type whose victim matches.
  const named = new Map<string, Joinables>();
  const outlets = new Set<string>();
  let figureBase = 0;
  parts.forEach((part, k) => {
    const rename = renames[k];
    for (const p of part.people) {
      const name = rename.get(p.name) ?? p.name;
      const known = people.get(name);
      if (!known) {
        // A person named in one section only is handed out as it is: most people are.
        people.set(name, { at: out.people.length, shared: true });
        out.people.push(name === p.name ? p : { ...p, name });
        continue;
      }
      if (known.shared) {
        const original = out.people[known.at];
        out.people[known.at] = { ...original, mentions: [...original.mentions] };
        known.shared = false;
      }
      const person = out.people[known.at];
      person.role ??= p.role;
      for (const m of p.mentions) person.mentions.push(m);
    }
    for (const i of rebasedIncidents(part, figureBase)) {
      // The same type and victim as the single pass matches names (victim-match.ts): "Acme Corp." then "Acme". A
      // victim withheld in one section (withheld-victim.ts) still matches: the single pass grouped the frames first.
      const sameType = named.get(i.type);
      const key = victimKey(i);
      const known = key === null || !sameType ? undefined : firstSameVictim(sameType, key);
      if (!known) {
        // Handed out as it is (sections' results are never changed) until a later section joins it.
        if (key !== null) {
          const joinable = { incident: i, at: out.incidents.length, shared: true };
          if (sameType) sameType.push(joinable);
          else named.set(i.type, Object.assign([joinable], { searched: undefined }));
        }
        out.incidents.push(i);
        continue;
      }
      if (known.shared) {
        known.incident = out.incidents[known.at] = ownCopy(known.incident);
        known.shared = false;
      }
      const keyBefore = victimKey(known.incident);
      joinIncident(known.incident, i);
      // A withheld victim replaced by a named one: what matched its old name is looked for again.
      if (victimKey(known.incident) !== keyBefore) sameType!.searched = undefined;
    }
    for (const o of part.outlets) outlets.add(o);
    figureBase += part.figures.length;
  });
  out.outlets = [...outlets];
  // Ids as the incidents stage numbers them: the second incident with the same stem gets "-2".
  const used = new Map<string, number>();
  const own = new Set(Array.from(named.values(), (list) => list.flatMap((j) => (j.shared ? [] : [j.incident]))).flat());
  out.incidents.forEach((i, k) => {
    const slug = slugOf(i.type, i.victim);
    const n = (used.get(slug) ?? 0) + 1;
    used.set(slug, n);
    const id = n > 1 ? `${slug}-${n}` : slug;
    if (id === i.id) return;
    if (own.has(i)) i.id = id;
    else out.incidents[k] = { ...i, id };
  });
  return out;
}

/** The lists one after another (concat copies each list's elements in one go rather than pushing them one by one). */
function joined<T>(lists: T[][]): T[] {
  return ([] as T[]).concat(...lists);
}

/**
 * Incidents of one type in order, with how far each victim name has been looked for among them: the first match for a
 * name stays the first as incidents are added, so a name met again (in a long document, most are) resumes where its
 * last search stopped instead of comparing with every incident again.
 */
type Joinables = Joinable[] & { searched: Map<string, { next: number; found?: Joinable }> | undefined };

/** The first of `list` whose victim is the same as `key` (sameVictim), as list.find would give it. */
function firstSameVictim(list: Joinables, key: string): Joinable | undefined {
  const searched = (list.searched ??= new Map());
  let at = searched.get(key);
  if (!at) searched.set(key, (at = { next: 0 }));
  if (at.found) return at.found;
  for (; at.next < list.length; at.next++) {
    const k = list[at.next];
    if (sameVictim(victimKey(k.incident)!, key)) return (at.found = k);
  }
  return undefined;
}

/** incidentSlug, memoised: every merge after an edit numbers all the document's incidents again. */
const slugs = new Map<string, Map<string | null, string>>();
function slugOf(type: Incident['type'], victim: string | null): string {
  let byVictim = slugs.get(type);
  if (!byVictim) slugs.set(type, (byVictim = new Map()));
  let slug = byVictim.get(victim);
  if (slug === undefined) {
    if (byVictim.size >= 10_000) byVictim.clear();
    byVictim.set(victim, (slug = incidentSlug(type, victim)));
  }
  return slug;
}

/** An incident in the merged list that later sections may join; `shared` while it is still a section's own object. */
interface Joinable {
  incident: Incident;
  at: number;
  shared: boolean;
}

/** A copy of a section's incident that joining may change (its lists copied; nested spans are never changed). */
function ownCopy(i: Incident): Incident {
  return keepWithheld(i, {
    ...i,
    records: [...i.records],
    fields: { ...i.fields, ransom: [...i.fields.ransom], cves: [...i.fields.cves] },
    mentions: [...i.mentions],
    dataTypes: [...i.dataTypes],
    ...(i.victims ? { victims: [...i.victims] } : {}),
    ...(i.attackers ? { attackers: [...i.attackers] } : {}),
  });
}

/**
 * Adds a later section's incident of the same type and victim to `known`: the first statement of each field stays. A
 * victim one section withheld and another kept is kept, as the single pass does with a name's best-scored mention.
 */
function joinIncident(known: Incident, i: Incident): void {
  if (known.victim === null && i.victim !== null) [known.victim, known.label] = [i.victim, i.label];
  if (known.attacker === null) [known.attacker, known.attackerKind] = [i.attacker, i.attackerKind];
  known.suspected ??= i.suspected;
  known.date ??= i.date;
  for (const r of i.records) known.records.push(r);
  for (const d of i.dataTypes) if (!known.dataTypes.some((x) => x.toLowerCase() === d.toLowerCase())) known.dataTypes.push(d);
  for (const v of i.victims ?? []) if (!known.victims?.includes(v)) (known.victims ??= [known.victim!]).push(v);
  for (const a of i.attackers ?? []) if (a !== known.attacker && a !== known.suspected && !known.attackers?.includes(a)) (known.attackers ??= [known.attacker!]).push(a);
  for (const m of i.mentions) known.mentions.push(m);
  joinFields(known.fields, i.fields);
}

/**
 * A section's incidents with their figure indices moved past the figures of the sections before it, memoised by
 * section result and figure base: most edits leave both, so a merge after an edit copies no incident of them.
 */
const rebased = new WeakMap<Analysis, { figureBase: number; incidents: Incident[] }>();
function rebasedIncidents(part: Analysis, figureBase: number): Incident[] {
  const known = rebased.get(part);
  if (known?.figureBase === figureBase) return known.incidents;
  const incidents = part.incidents.map((i) => keepWithheld(i, { ...i, records: i.records.map((r) => ({ ...r, figure: r.figure + figureBase })), fields: shiftFields(i.fields, 0, figureBase) }));
  rebased.set(part, { figureBase, incidents });
  return incidents;
}

/**
 * For each section, the single-word people to rename to a full name found in another section: "Harlow" becomes
 * "Dana Harlow" when exactly one person of the document has that surname and none of them is named in the section
 * itself (where the section's own clustering already decided).
 */
function surnameRenames(parts: Analysis[]): Map<string, string>[] {
  const fullBySurname = new Map<string, Set<string>>();
  for (const part of parts) {
    for (const [surname, full] of namesOf(part).full) {
      const names = fullBySurname.get(surname) ?? new Set<string>();
      names.add(full);
      fullBySurname.set(surname, names);
    }
  }
  return parts.map((part) => {
    const rename = new Map<string, string>();
    const { single, all } = namesOf(part);
    for (const name of single) {
      const names = fullBySurname.get(name);
      if (names?.size !== 1) continue;
      const [full] = names;
      if (!all.has(full)) rename.set(name, full);
    }
    return rename;
  });
}

interface Names {
  /** [surname, full name] of each person named in full. */
  full: Array<[string, string]>;
  /** People named by one word. */
  single: string[];
  all: Set<string>;
}

/** A section's names, worked out once per section result (results are reused across edits). */
const names = new WeakMap<Analysis, Names>();
function namesOf(part: Analysis): Names {
  let known = names.get(part);
  if (!known) {
    known = { full: [], single: [], all: new Set() };
    for (const { name } of part.people) {
      known.all.add(name);
      const space = name.lastIndexOf(' ');
      if (space < 0) known.single.push(name);
      else known.full.push([name.slice(space + 1), name]);
    }
    names.set(part, known);
  }
  return known;
}

function renamedQuote(q: Quote, rename: Map<string, string>): Quote {
  const to = q.speaker === null ? undefined : rename.get(q.speaker);
  return to === undefined ? q : { ...q, speaker: to };
}

function renamedClaim(c: Claim, rename: Map<string, string>): Claim {
  const to = c.sourceKind === 'person' && c.source !== null ? rename.get(c.source) : undefined;
  return to === undefined ? c : { ...c, source: to };
}
