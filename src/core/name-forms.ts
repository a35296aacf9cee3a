/**
 * Outlets and organisations known by their form, not by a list: a proper name ending in a masthead word ("the
 * Tessford Gazette", "the Lowmoor Daily", "Kestrel Wire") is an outlet; one ending in a company word ("Brindle
 * Analytics") is an organisation. outlets.ts stays the list for names with no such word ("Reuters").
 */

/** Masthead words: the last word of a newspaper, wire or magazine name. */
export const MASTHEAD_WORDS = new Set([
  'gazette', 'ledger', 'courier', 'daily', 'post', 'wire', 'times', 'herald', 'tribune', 'journal', 'chronicle',
  'observer', 'dispatch', 'bulletin', 'sentinel', 'examiner', 'inquirer', 'enquirer', 'telegraph', 'courant',
  'mercury', 'clarion', 'messenger', 'argus', 'gazeta', 'news', 'newswire', 'magazine', 'weekly', 'press',
  'broadcasting', 'radio', 'newspaper', 'beacon',
]);

/**
 * Whether a capitalised name ends in a masthead word: "Harlow Courier", or the word alone after "the" ("the Courier",
 * how a story names a paper the second time).
 */
export function isMastheadName(words: readonly string[], afterThe = false): boolean {
  return (words.length >= 2 || afterThe) && MASTHEAD_WORDS.has(words[words.length - 1].toLowerCase());
}

/** A name right after "itself" or "themselves" is a group's chosen name ("a group calling itself Night Owl"). */
export function isSelfNaming(prev: string | undefined): boolean {
  return prev === 'itself' || prev === 'themselves';
}

/** Last words of company names that lexicon.ts's organisation suffixes do not cover. */
const COMPANY_WORDS = new Set([
  'analytics', 'consulting', 'consultants', 'insights', 'solutions', 'software', 'robotics', 'networks',
  'pharmaceuticals', 'pharma', 'biotech', 'logistics', 'dynamics', 'ventures', 'associates', 'advisors', 'advisers',
  'strategies', 'metrics', 'telecom', 'communications', 'semiconductor', 'semiconductors', 'microsystems',
  'therapeutics', 'diagnostics', 'aerospace', 'utilities', 'cooperative', 'co-op', 'observatory', 'collective',
  'watchdog',
]);

/** Whether a capitalised name of two words or more ends in a company word ("Brindle Analytics"). */
export function isCompanyName(words: readonly string[]): boolean {
  return words.length >= 2 && COMPANY_WORDS.has(words[words.length - 1].toLowerCase());
}
