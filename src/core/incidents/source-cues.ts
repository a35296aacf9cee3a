/**
 * Cues of a name the article quotes or credits rather than accuses: a reporting subject ("X said", "according to X"),
 * a researcher or a security firm ("researchers at X", "X, a security researcher"), the one who found or reported the
 * attack ("spotted by X", "notified by X"), or the brand a lure impersonates ("posing as X"). Only the name-level
 * attacker model reads them (attacker-names.ts pools them); learned there, not a rule: an actor may speak too ("X
 * said it had stolen ...").
 */
import type { Sentence } from '../text';
import type { Candidate } from './candidates';

/** A speech verb right after the name: "X said", "X told reporters", "X, a spokesman, warned". */
const SAYS_AFTER = /^(?:['’]s\s+\w+)?(?:\s*,[^,.;]{1,60},)?\s+(?:(?:has|have|had|also|later|first|then|recently)\s+)?(?:said|says|told|tells|warned|warns|explained|explains|noted|notes|wrote|writes|added|adds|commented|stated|advised|advises|cautioned|recommended|recommends|urged|urges|confirmed|observed|believes|thinks|estimated|estimates)\b/i;
/** A speech verb or a source right before the name: "according to X", "said X", "told X". */
const SAYS_BEFORE = /\b(?:according to|said|says|told|tells|explained|added|wrote|reported by|quoted by|speaking to|in an? (?:interview|statement|email|blog post) (?:with|to))\s+(?:the\s+)?$/i;
/** A researcher, an expert or a security firm named: "researchers at X", "security firm X", "X's research team". */
const EXPERT_BEFORE = /\b(?:(?:researchers?|analysts?|experts?|scientists?|specialists?|professors?|founder|CEO|CTO|chief|head|director|spokes(?:man|woman|person)|analyst) (?:at|from|with|of|named|called)|(?:security|cyber-?security|antivirus|anti-virus|threat intelligence|research|consulting|forensics?|software) (?:firm|company|vendor|provider|researchers?|experts?|specialists?|outfit|group|team|lab)|research(?:ers)? (?:from|by)|report (?:from|by)|researcher|expert|analyst)\s+(?:the\s+)?$/i;
/** An expert's description right after the name: "X researchers", "X, a security researcher", "X, founder of". */
const EXPERT_AFTER = /^(?:['’]s)?\s*(?:(?:security |threat |research )?(?:researchers?|analysts?|experts?|labs?|research team|threat (?:intelligence|research)))\b|^\s*,\s+(?:(?:a|an|the)\s+)?(?:[\p{L}-]+\s+){0,3}?(?:researcher|expert|analyst|founder|professor|consultant|specialist|spokes(?:man|woman|person)|(?:security|cyber-?security|antivirus|research) (?:firm|company|vendor|provider))\b/iu;
/** Found or reported by the name: "spotted by X", "discovered by X", "notified by X", "flagged by X". */
const FOUND_BY = /\b(?:spotted|discovered|found|uncovered|detected|identified|reported|notified|alerted|flagged|tipped off|first seen|observed|analy[sz]ed|documented|tracked|warned)\s+(?:\w+\s+)?by\s+(?:the\s+)?$/i;
/** A brand a lure impersonates: "posing as X", "pretending to be X", "spoofing X", "purporting to be from X". */
const IMPERSONATED_BEFORE = /\b(?:pos(?:ing|ed|es) as|pretend(?:ing|ed|s)? to be|impersonat(?:ing|ed|es)|spoof(?:ing|ed|s)|purport(?:ing|ed|s)? to (?:be|come) from|disguised as|masquerad(?:ing|ed|es) as|claiming to be from|appear(?:ing|s)? to (?:be|come) from|fake|bogus|phony|spoofed)\s+(?:an?\s+|the\s+)?(?:[\p{L}-]+\s+){0,1}$/iu;

/** The source cues of one candidate (m:says, m:expert, m:found-by, m:impersonated). */
export function sourceCues(c: Candidate, s: Sentence): string[] {
  const a = c.start - s.start;
  const before = s.text.slice(Math.max(0, a - 60), a);
  const after = s.text.slice(c.end - s.start, c.end - s.start + 80);
  const f: string[] = [];
  if (SAYS_AFTER.test(after) || SAYS_BEFORE.test(before)) f.push('m:says');
  if (EXPERT_BEFORE.test(before) || EXPERT_AFTER.test(after)) f.push('m:expert');
  if (FOUND_BY.test(before)) f.push('m:found-by');
  if (IMPERSONATED_BEFORE.test(before)) f.push('m:impersonated');
  return f;
}
