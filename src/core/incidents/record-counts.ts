/**
 * Whether a figure near an incident states how many records or people it affected. The counts a reader wants are of
 * people (users, customers, patients) or of data (records, accounts, files, gigabytes); counts of machines, flaws,
 * countries or other incidents, vague quantities ("millions of"), a lone "one", compound adjectives ("2-step") and
 * the sample of a survey are not. The lists were chosen on CASIE train (Number-of-Victim / Number-of-Data arguments
 * against the counts the pipeline took), and confirmed on dev.
 */
import type { Figure } from '../types';

/** People a breach or an attack affects. */
const PEOPLE = new Set(
  (
    'users customers people persons individuals patients employees members subscribers clients guests students voters ' +
    'citizens residents consumers passengers cardholders victims households families children parents staff workers ' +
    'veterans taxpayers applicants adults kids co-workers servicemen volunteers players gamers shoppers donors retirees ' +
    'teachers nurses doctors physicians officers holders owners recipients borrowers policyholders beneficiaries ' +
    'account-holders visitors readers viewers fans contacts buyers sellers investors'
  ).split(' '),
);

/** Data an incident exposes, counted. */
const DATA = new Set(
  (
    'records accounts account cards passwords emails e-mails files documents rows entries profiles identities messages ' +
    'recordings photos images pictures videos numbers forms credentials addresses details data information usernames ' +
    'names logins ssns returns pins hashes logs backups archives dumps tokens keys certificates transactions orders ' +
    'applications claims filings statements invoices receipts payments reports'
  ).split(' '),
);

/** A counted noun that says its members were hit: "hacked forums", "affected stores". */
const HIT = /\b(?:hacked|breached|affected|compromised|infected|impacted|stolen|exposed|leaked)\b/i;
const QUALIFIER = String.raw`(?:(?:roughly|about|nearly|some|around|over|more than|up to|approximately|almost|at least|an estimated|as many as)\s+)?`;
// "stolen on three laptops", "leaked from four portals": what the data was taken from, counted.
const TAKEN_BEFORE = /\b(?:stole|stolen|lost|theft of|(?:leak(?:ed)?|taken|exfiltrated|copied|downloaded)\s+from)\s+(?:(?:on|from|the|its|their)\s+)?$/i;
const TAKEN = String.raw`(?:stolen|hacked|breached|compromised|exposed|leaked|accessed)\b`;
// "three tablets were stolen"; "fewer than 10 had their names breached".
const TAKEN_AFTER = new RegExp(String.raw`^\s+(?:[\p{L}-]+\s+){0,3}(?:(?:were|was|had been|have been|has been)\s+(?:\w+ly\s+)?|(?:had|have)\s+(?:[\p{L}'’-]+\s+){1,4})${TAKEN}`, 'iu');
/** A text with its parentheticals dropped: "2.5 million Xbox (Xbox 360 ISO) accounts were stolen" reads on past them. */
export const withoutAsides = (s: string): string => s.replace(/\s*\([^()]*\)/g, '');
const HIT_BEFORE = new RegExp(String.raw`\b(?:affect\w*|harm\w*|impact\w*|expos\w*|compromis\w*|(?:data|information|details|records) (?:of|on|for))\s+${QUALIFIER}$`, 'i');
const LOCKED_BEFORE = new RegExp(String.raw`\b(?:locked|encrypted|crippled|disabled|knocked out|took down|shut down)\s+(?:up\s+)?${QUALIFIER}$`, 'i');
/** "Norwegians", "Canadians": the people of a country, counted. */
const NATIONALS = /^\p{Lu}\p{Ll}+(?:ians|ans|ese)$/u;
/** "hundreds of", "millions", "a dozen": a size, not a count anyone stated. */
const VAGUE = /\b(?:dozens?|tens|hundreds|thousands|millions|billions|trillions|several|many|scores|numerous)\b/i;
/** "a survey of 2,000 adults", "polled 300 managers": the sample of a study, not victims. */
const SAMPLE_BEFORE = /\b(?:survey(?:ed)?|poll(?:ed)?|study|questioned|interviewed|sample)\s+(?:of\s+)?(?:(?:more than|over|about|nearly|some|around|almost|roughly)\s+)?$/i;

/** "40 of those accounts", "300 of these individuals": a part of a count already given, not what was hit. */
const SUBSET_AFTER = /^\s+of\s+(?:these|those)\b/i;
const SIZE_QUALIFIER = String.raw`(?:(?:roughly|about|nearly|some|around|over|more than|approximately|almost|an estimated|all)\s+)?`;
/** "the site's 2 million users", "serving 800,000 customers", "home to 50,000 people", "said it had ten million
 * users": the size of an organisation, not a count of those a breach hit. With SUBSET_AFTER, 9 counts of CASIE train
 * (out of fold), none a Number-of-Victim / Number-of-Data. */
const SIZE_BEFORE = new RegExp(
  String.raw`(?:[\p{L}\d]['’]s|\b(?:its|their|our|his|her)|\bserv(?:es|ing|ed)|\bhome to|\buser base of|\bpopulation of|\bemploy(?:s|ing)|\b(?:it|which) (?:has|had))\s+${SIZE_QUALIFIER}$`,
  'iu',
);

/** What a count counts, read off `after` (the text after it with its asides dropped, as addFigure has it; "of the", "of
 * its" skipped): people or data ("current and former employees", "of the accessed files", "U.S. consumers"), machines
 * ("computers", "servers"), or something else (flaws, versions, domains, countries). */
export type CountedKind = 'people-or-data' | 'machines' | 'other';
const MACHINES = /^(?:[\p{L}’'-]+\s+){0,2}(?:computers?|machines?|servers?|devices?|PCs|workstations|laptops|terminals|recorders)\b/iu;
export function countedKind(after: string): CountedKind {
  const head = after.replace(/^\s*(?:of\s+)?(?:(?:the|its|their|these|those)\s+)?/i, '');
  return countedWord(head) ? 'people-or-data' : MACHINES.test(head) ? 'machines' : 'other';
}

/** Whether a people or data noun comes among the first words of `phrase` (before a break: "of", a verb, a figure). */
function countedWord(phrase: string): boolean {
  for (const w of phrase.split(/\s+/).filter(Boolean).slice(0, 6)) {
    const word = w.replace(/[’']s?$|[^\p{L}\d'’-]+$/gu, '');
    if (PEOPLE.has(word.toLowerCase()) || DATA.has(word.toLowerCase()) || NATIONALS.test(word)) return true;
    if ((/[.,;:()—–]$/.test(w) && !/^(?:\p{L}\.)+$/u.test(w)) || STOP.has(word.toLowerCase()) || /^\d/.test(word)) return false;
  }
  return false;
}
const STOP = new Set('of in on at to from that who which with were was had have has is are for by'.split(' '));

/** The head word of what a count counts: "staff accounts" → "accounts", "Fabrikam users" → "users". */
export const headOf = (what: string): string =>
  (what.trim().split(/\s+/).pop() ?? '')
    .toLowerCase()
    .replace(/['’]s?$/, '');

/** Whether `what` (the counted noun) names people. */
export const countsPeople = (what: string | null): boolean => !!what && PEOPLE.has(headOf(what));

/**
 * Whether figure `f` (value already known) counts the records or people an incident affected. `what` is the counted
 * noun (countedNoun in details.ts); `text` the document.
 */
export function isRecordCount(text: string, f: Figure, what: string | null, byteMeasure: boolean, listed = false, after = withoutAsides(text.slice(f.end, f.end + 120)).slice(0, 60)): boolean {
  if (byteMeasure) return true;
  const written = f.text;
  if (!/\d/.test(written) && VAGUE.test(written)) return false;
  const value = Array.isArray(f.value) ? f.value[1] : f.value;
  // "one of the reporters", "one folder at a time": a lone one is not a count of what was compromised.
  if (value === 1) return false;
  // "a 3-step method", "the 40-member board": the number is part of an adjective.
  if (/^-\p{L}/u.test(text.slice(f.end, f.end + 2))) return false;
  if (SAMPLE_BEFORE.test(text.slice(Math.max(0, f.start - 40), f.start))) return false;
  const before = text.slice(Math.max(0, f.start - 40), f.start);
  if (SIZE_BEFORE.test(before) || SUBSET_AFTER.test(text.slice(f.end, f.end + 20))) return false;
  // "stolen on three laptops", "three tablets were stolen": the things taken, whatever they are.
  if (TAKEN_BEFORE.test(before) || TAKEN_AFTER.test(after)) return true;
  // "Arbor with 4,100 records, Birch with 3,900", "harmed roughly 900", "the card data of 6,500".
  // "locked about 800 computers": the machines a ransomware attack or sabotage put out of use.
  if (HIT_BEFORE.test(before) || LOCKED_BEFORE.test(before)) return true;
  if (!what) return f.kind === 'count' || listed || countedWord(after);
  // "600 of its stores", "9 hacked forums": organisations or machines counted as the ones hit.
  if (/^\s+of\s+(?:its|the|their|our|his|her)\s/i.test(after) || HIT.test(what)) return true;
  return countedWord(what) || countedWord(after);
}
