/**
 * The attacker side of the argument roles. Features: how the sentence speaks of a candidate name as the one who acted
 * (the subject of "hacked / stole / claimed / leaked / demanded", "by X" after a passive attack verb, a name it goes by,
 * "attributed to X", "X claimed responsibility", a state or an agency with "state-sponsored"). Decision: per article,
 * each name's attacker probability pooled over its mentions (the best one, the best two's noisy-or, or the name model of
 * attacker-names.ts); the likeliest names go to the nearest incident (its attacker, then its suspect, then further
 * attackers named beside those two), a name the article treats as a victim never does, nor (when the search chooses
 * so) a demonym or country alone, and a frame's attacker or suspect the names score low is dropped (the gate).
 */
import { rememberLast } from '../cache';
import { DEMONYM } from '../lexicon';
import type { Sentence } from '../text';
import type { Incident } from '../types';
import type { Candidate } from './candidates';
import type { Draft } from './draft';
import { ATTACKER_HINT } from './details';
import { sameVictim } from './phrases';
import { nearestDraft, type RoleName } from './role-names';

/** Verbs of the one who acts, right after the name ("X hacked", "X has claimed", "X, a group ..., stole"). */
const ACTS_AFTER = /^(?:['’]s?)?\s*(?:,[^,]{0,60},\s*)?(?:(?:has|have|had|also|then|reportedly|allegedly|apparently|later|first|\w+ly)\s+){0,3}(?:hack\w*|breach\w*|stole|steal\w*|claim\w*|leak\w*|demand\w*|dump\w*|launch\w*|target\w*|compromis\w*|infect\w*|infiltrat\w*|attack\w*|post\w*|publish\w*|releas\w*|sold|sell\w*|deface\w*|encrypt\w*|exploit\w*|extort\w*|threaten\w*|pos(?:ed|ing) as|conn?ed|tricked|used|uses|gained|accessed|obtained|broke|took|sent|spread|deployed|carried out|responsible|behind)\b/i;
/** A passive attack verb and "by" right before the name: "stolen by X", "was carried out by X". Tried: a cue with the
 * same flags before this and ALIAS_BEFORE, ATTRIBUTED_BEFORE, INTRODUCED_BEFORE (/\sby\s/iu; the words each alternative
 * needs: exact, no mismatch over 220,000 corpus windows; 4 to 10 times faster alone on the sample's windows): 32.71M
 * steady instructions per analysis against 32.04M without (icount2; main 30.99M), so none is kept. */
const BY_BEFORE = /\b(?:\w+ed|stolen|taken|done|carried out|claimed|run|sent|written|built|made|behind|work of|hands of)\s+by\s+(?:the\s+|a\s+)?(?:[\p{L}-]+\s+){0,3}$/iu;
/** The name it goes by: "known as X", "calling itself X", "dubbed X", "the handle X", "going by the pseudonym X". */
const ALIAS_BEFORE = /\b(?:known as|call(?:s|ed|ing)? (?:itself|themselves|himself|herself)|identif(?:y|ies|ied|ying) (?:itself|themselves|himself|herself) as|identified as|dubbed|nicknamed|named|called|handle(?: of)?|alias|pseudonym|moniker|nickname|username|goes by|going by|go by|under the name|self-styled|self-described|aka|a\.k\.a\.)(?:\s+the)?(?:\s+name)?(?:\s*["“'‘])?\s*$/i;
/** The second of the names it goes by: "known as X or Y", "dubbed X, Y and Z", "also called X/Y". */
const ALIAS_PAIR_BEFORE = /\b(?:known as|call(?:s|ed|ing)? (?:itself|themselves)|dubbed|nicknamed|aka|a\.k\.a\.) (?:the )?["“'‘]?[\p{Lu}\d][\p{L}\d.-]*(?: [\p{Lu}\d][\p{L}\d.-]*){0,3}["”'’]?(?:, [\p{Lu}\d][\p{L}\d.-]*(?: [\p{Lu}\d][\p{L}\d.-]*){0,3})*(?:,? (?:or|and) |\/)(?:the )?["“'‘]?$/u;
/** A name given its other names right after it: "X, also known as Y", "X (aka Y)", "X — dubbed Y". */
const ALIAS_AFTER = /^["”'’]?\s*(?:,|\(|—|–)\s*(?:also |otherwise |better |more commonly )?(?:known as|called|dubbed|aka|a\.k\.a\.)\s/i;
/** Attribution before the name: "attributed to X", "linked to X", "blamed X", "believed to be X". */
const ATTRIBUTED_BEFORE = /\b(?:(?:attributed|linked|tied) (?:[\w-]+ ){0,3}?to|blam(?:ed|es|ing)(?: on)?|pinned on|traced (?:back )?to|believed to be|thought to be|suspected(?: of being)?|accused|charged|indicted|arrested|identified|named|the work of)\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,2}$/iu;
/** Attribution after the name: "X claimed responsibility", "X is believed to be behind", "X took credit". */
const CLAIMED_AFTER = /^[^.;]{0,50}?\b(?:claim\w* (?:responsibility|credit)|took credit|(?:believed|thought|said|suspected|alleged|likely) to (?:be|have been) (?:behind|responsible)|(?:is|was|are|were) (?:\w+ )?(?:behind|responsible))\b/i;
/** An actor noun just before the name: "the hacking group X", "a hacker X", "hacktivist collective X". */
const ACTOR_BEFORE = /\b(?:hack(?:er|ers|ing|tivists?)?|group|gang|crew|collective|outfit|actors?|criminals?|cybercriminals?|attackers?|scammers?|fraudsters?|operators?|spammers?|extortionists?|APT|defendants?|suspects?)(?:\s*,)?(?:\s*["“'‘])?(?:\s+(?:the|a|an|called|named|dubbed))?\s*$/i;
/** An actor noun right after the name: "X hackers", "X group", "X ransomware gang". */
const ACTOR_AFTER = /^(?:['’]s)?(?:\s*["”'’])?(?:\s*\(\w+\))?(?:\s*,)?\s*(?:[\p{L}-]+\s+){0,2}?(?:hack(?:er|ers|ing group|tivists?)|group|gang|crew|collective|cybercriminals?|criminals|actors?|APT)\b/iu;
/** Charged, arrested or convicted, right after the name (an age, a second name or a short apposition between): "X,
 * 27, was charged", "X, 27, and Y, 34, are alleged to have", "X pleaded guilty", "X, a former employee, was arrested". */
const LEGAL_AFTER = /^(?:\s*\([^)]{1,20}\))?(?:,\s*(?:aged\s+)?\d{2},)?(?:\s+and\s+(?:\d{2}-year-old\s+)?(?:\p{Lu}[\p{L}'’.-]*\s+){0,3}\p{Lu}[\p{L}'’.-]*(?:,\s*(?:aged\s+)?\d{2},)?)?(?:,[^,.;]{1,60},)?\s+(?:(?:has|have|had|was|were|is|are|also|later|previously|then|reportedly|both|each|already)\s+){0,3}(?:been\s+)?(?:charged|indicted|arrested|convicted|sentenced|extradited|detained|jailed|imprisoned|prosecuted|apprehended|pleaded|pled|(?:is|was|are|were|been|stands?) accused|alleged(?:ly| to)|found guilty|faces? (?:charges|\w+ counts|up to)|facing (?:charges|\w+ counts|up to))\b/iu;
/** An age written with the name: "X, 27," or "27-year-old X": how the news writes those charged, seldom a victim. */
const AGE_AFTER = /^,\s*(?:aged\s+)?\d{2}(?:,|\s+and\b)/;
const AGE_BEFORE = /\b\d{2}-year-old\s+(?:[\p{L}-]+\s+){0,2}$/u;
/** State and agency words of the sentence: state actors are attackers with these. */
const STATE = /\b(?:state[- ](?:sponsored|backed|linked|affiliated)|nation[- ]state|government[- ](?:backed|sponsored|linked)|intelligence (?:agency|service)|military intelligence|espionage|-linked|-backed|-sponsored)\b/i;
/** A demonym or country name the `demonyms` choice keeps off the attacker slots. */
const barredDemonym = (name: string, demonyms: AttackerThresholds['demonyms']) => demonyms !== 'any' && DEMONYM.test(name) && !(demonyms === 'adjectives' && /^(?:North|South) /.test(name));
/** A victim's way: "X said / confirmed / notified", "X's customers", "at X", "X was hacked". */
const VICTIM_AFTER = /^(?:['’]s\s+(?:customers|users|patients|employees|clients|members|systems|network|servers|website|data|database)|\s+(?:was|were|has been|had been)\s+(?:hacked|breached|hit|attacked|targeted|compromised|infected))\b/i;

/** A thing of the name's that was acted on: "X's leaked files", "X's stolen data", "X's hacked servers" (a possessive
 * before a participle, which ACTS_AFTER reads as "X leaked"). */
const POSSESSED_AFTER = /^['’]s?\s+(?:[\p{L}-]+\s+)?(?:leaked|stolen|hacked|breached|compromised|exposed|encrypted|infected|dumped|posted|published|released|sold|targeted|attacked|defaced|hijacked|locked)\b/iu;

/** Malware or a thing, not its operator: "the ransomware, called X", "a new variant dubbed X", "a strain going by the
 * name of X", "a hacking tool called X", "a new database named X" (the note an intruder leaves). */
const MALWARE_BEFORE = /\b(?:ransomware|malware|trojan|virus|worm|botnet|variant|strain|family|framework|kit|backdoor|exploits?|payload|loader|spyware|wiper|tools?|database|table|collection|file|folder)\b[^.;]{0,25}?\b(?:called|named|dubbed|known as|by the name(?: of)?|detected as)\s*(?:["“'‘]\s*)?$/i;
/** "X ransomware", "the X trojan" (but "the X ransomware gang" is its operator). */
const MALWARE_AFTER = /^(?:['’]s)?["”'’]?\s+(?:ransomware|malware|trojan|virus|worm|botnet|variant|strain|backdoor|exploits?|spyware|wiper|RAT)\b(?!\s+(?:gang|group|crew|operators?|actors?|authors?|developers?|hackers?))/i;

/** STATE.test of a sentence, remembered for the last one (a sentence's candidates come one after another). */
const namesState = rememberLast((text: string) => STATE.test(text));

/** An attacker introduced by the name it goes by, an actor noun first: "a hacker group called X", "the hackers, who
 * identified themselves as X", "a hacker going by the pseudonym X", "the hacker operating under the name X". */
const INTRODUCED_BEFORE = /\b(?:hack(?:er|ers|ing|tivists?)?|group|gang|crew|collective|outfit|organi[sz]ation|team|actors?|attackers?|cybercriminals?|criminals?|scammers?|fraudsters?|extortionists?|vendors?|sellers?|someone|individuals?)\b[^.;:]{0,40}?\b(?:call(?:s|ed|ing)? (?:itself|themselves|himself|herself)|identif(?:y|ies|ied|ying) (?:itself|themselves|himself|herself) as|known as|called|named|dubbed|nicknamed|going by|goes by|go by|operating under|under the (?:name|handle|alias|pseudonym)|(?:uses|using|used) the (?:[\p{L}-]+ )?(?:alias|handle|name|pseudonym|moniker|nickname))(?: the)?(?: (?:name|handle|alias|pseudonym|moniker|nickname)(?: of)?)?(?:\s*["“'‘])?\s*(?:the\s+)?$/iu;
/** An attacker named right after an actor noun: "another group, X, ran ...", "two hackers — X and Y —", "hacking
 * groups such as X, Y and Z", "attackers including X". */
const LISTED_BEFORE = /\b(?:hack(?:er|ers|ing groups?|tivists?)|groups?|gangs?|crews?|collectives?|outfits?|attackers|actors|defendants|suspects)\s*(?:,|—|–|--|:|\s(?:such as|including|like))\s+(?:[\p{Lu}\d][^.;:—–,]{0,30}?(?:,\s+|,?\s+and\s+)){0,3}$/u;
/** The same with a plural actor noun and no comma: "the hacking groups X and Y", "the hackers X, Y and Z". */
const LISTED_PLURAL_BEFORE = /\b(?:hack(?:ers|ing groups|ing crews|tivists)|groups|gangs|crews|collectives)\s+(?:[\p{Lu}\d][^.;:—–,]{0,30}?(?:,\s+|,?\s+and\s+)){0,3}$/u;
/** An attacker described right after its name: "X, a hacking group ...", "X, a group of Ruritanian hackers". */
const INTRODUCED_AFTER = /^(?:\s*\([^)]{1,20}\))?["”'’]?,\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,3}?(?:hack(?:ing|er|tivist)\s+(?:group|gang|crew|collective|outfit|organi[sz]ation)|(?:cyber-?)?criminal (?:group|gang|crew|organi[sz]ation)|group of (?:[\p{L}-]+ ){0,2}?(?:hackers|cyber-?criminals|criminals)|threat (?:actor|group)|APT group)\b/iu;
/** An attacker who says so: "X claimed responsibility", "X has taken credit". */
const CLAIMS_AFTER = /^(?:\s*\([^)]{1,20}\))?["”'’]?\s+(?:has |have |had )?(?:\w+ly )?(?:claimed|claims|took|takes|taken) (?:responsibility|credit)\b/i;

/** A threat group's id in the naming conventions of the security firms (APT28, FIN7, TA505, UNC2452): a group's name
 * whatever the sentence says of it. */
const GROUP_ID = /^(?:APT|FIN|TA|UNC)[\s-]?\d{1,4}$/;

/** The attacker features of one candidate (added to its role features). */
export function attackerFeatures(c: Candidate, s: Sentence): string[] {
  const a = c.start - s.start;
  const b = c.end - s.start;
  const before = s.text.slice(Math.max(0, a - 60), a);
  const after = s.text.slice(b, b + 90);
  const f: string[] = [];
  if (ACTS_AFTER.test(after)) f.push('a:acts');
  if (BY_BEFORE.test(before)) f.push('a:by');
  if (ALIAS_BEFORE.test(before)) f.push('a:alias');
  if (ATTRIBUTED_BEFORE.test(before)) f.push('a:attributed');
  if (CLAIMED_AFTER.test(after)) f.push('a:claimed');
  if (ACTOR_BEFORE.test(before)) f.push('a:actor-before');
  if (ACTOR_AFTER.test(after)) f.push('a:actor-after');
  if (/^["”'’]/.test(after) && /["“'‘]$/.test(before)) f.push('a:quoted');
  if (VICTIM_AFTER.test(after)) f.push('a:victim-way');
  if (LEGAL_AFTER.test(after)) f.push('a:legal');
  if (AGE_AFTER.test(after) || AGE_BEFORE.test(before)) f.push('a:age');
  const state = namesState(s.text);
  if (DEMONYM.test(c.text)) f.push(state ? 'a:demonym-state' : 'a:demonym');
  if (/^-(?:linked|backed|sponsored|based)\b/i.test(after)) f.push('a:linked-suffix');
  if (/\p{L}\d|\d\p{L}/u.test(c.text)) f.push('a:alnum');
  if (/^[\p{Lu}\d]{2,6}$/u.test(c.text) && state) f.push('a:caps-state');
  return f;
}

/**
 * Cues neither model reads, for the exact rules of attacker-names.ts: a mention written as a malware's name ("the
 * ransomware, called X", "a strain dubbed X", "the X trojan"), or as an attacker introduced by the name it goes by or
 * claiming the attack (INTRODUCED_BEFORE / _AFTER, CLAIMS_AFTER), listed after an actor noun, written as a threat
 * group's id (GROUP_ID), as another name of the name before it (an alias pair), or as the owner of what was taken
 * ("X's leaked files"). The role model is untouched (so is the victim side).
 */
export function attackerNameCues(c: Candidate, s: Sentence): string[] {
  const before = s.text.slice(Math.max(0, c.start - s.start - 60), c.start - s.start);
  const after = s.text.slice(c.end - s.start, c.end - s.start + 90);
  const malware = MALWARE_BEFORE.test(before);
  const introduced = !malware && (INTRODUCED_BEFORE.test(before) || INTRODUCED_AFTER.test(after) || CLAIMS_AFTER.test(after));
  const listed = !malware && !introduced && (LISTED_BEFORE.test(before) || LISTED_PLURAL_BEFORE.test(before));
  // Pushed one by one: spreads of one-element arrays cost most of this while V8 still interprets it.
  const out: string[] = [];
  if (malware) out.push('m:malware-named');
  if (MALWARE_AFTER.test(after)) out.push('m:malware-after');
  if (introduced) out.push('m:introduced');
  if (listed) out.push('m:listed');
  if (GROUP_ID.test(c.text)) out.push('m:group-id');
  if (ALIAS_PAIR_BEFORE.test(before)) out.push('m:alias-prev');
  if (ALIAS_AFTER.test(after)) out.push('m:alias-next');
  if (POSSESSED_AFTER.test(after)) out.push('m:possessed');
  return out;
}

/** How a name's mentions' attacker probabilities make the name's (pooledAttackers). */
export type AttackerPool = 'best' | 'top2' | 'model';

export interface AttackerThresholds {
  /** A name whose pooled attacker probability reaches this is the nearest incident's attacker (or suspect). */
  attacker: number;
  /** A second name reaching this fills the incident's suspect when the frames left it empty (above 1: none). */
  second: number;
  /** A further name reaching this, written in a sentence with the incident's attacker or suspect, joins its further
   * attackers when those two are taken (above 1: none). */
  third: number;
  /** A name written in one list with a name the card holds as an attacker ("A, B and C claimed") joins its further
   * attackers at this attacker probability (above 1: none). */
  listMate: number;
  /** Whether a demonym or country name alone ("Ruritanian", "North Ruritania") may be an attacker the names give;
   * 'adjectives': the adjective may not, the country may ("blamed North Ruritania", as a plain country name may). */
  demonyms: 'any' | 'never' | 'adjectives';
  /** 'skip': a name written as another name of an actor the card holds takes no slot of its own. */
  aliases: 'keep' | 'skip';
  /** A frame's victim whose attacker probability reaches this (and beats its victim one) is the attacker instead
   * ("X breached ..." where a frame took the actor X for the victim); above 1: never. */
  steal: number;
  /** How a name's mentions make its attacker probability (pooledAttackers). */
  pool: AttackerPool;
  /** A frame's attacker or suspect among the article's names scored below this is dropped (0: none is). */
  gate: number;
  /** A name some mention introduces as an attacker by an exact pattern has at least this attacker probability (0: the
   * model's alone; attacker-names.ts). */
  introduced: number;
  /** A name listed right after an actor noun ("hacking groups such as X and Y", "another group, X,") has at least this
   * attacker probability (0: the model's alone). */
  listed: number;
}

/** Takes off the victims the names the model is sure are the attackers (see `steal`); returns whether a name is one
 * of those (the victim side then does not take it back). */
export function releaseAttackers(drafts: Draft[], names: RoleName[], th: AttackerThresholds): (name: string) => boolean {
  const actors = names.filter((n) => n.attacker >= th.steal && n.attacker > n.victim);
  const isActor = (x: string) => actors.some((n) => sameVictim(x, n.name));
  for (const d of drafts) {
    if (d.victim && isActor(d.victim)) d.victim = null;
    d.others = d.others.filter((o) => !isActor(o));
  }
  return isActor;
}

/**
 * Drops a frame's attacker or suspect that is one of the article's names the attacker side scores below `gate` (the
 * frames' phrases name researchers, vendors and states as often as actors); a phrase the candidates do not hold stays,
 * so does a description ("Chinese hackers": its actor noun says it), and so does a name introduced as the name it
 * goes by (`aliased`: "a crew calling itself X", an exact rule).
 */
export function gateFrameAttackers(drafts: Draft[], names: RoleName[], gate: number, aliased: (name: string) => boolean = () => false): void {
  if (gate <= 0) return;
  const low = (x: string | null) => {
    const own = x && isAttackerName(x) && !aliased(x) ? names.filter((n) => sameVictim(x, n.name)) : [];
    return own.length > 0 && Math.max(...own.map((n) => n.attacker)) < gate;
  };
  for (const d of drafts) {
    if (low(d.attacker)) d.attacker = null;
    if (low(d.suspected)) d.suspected = null;
  }
}

/**
 * Sets each incident's attacker and suspect from the article's names (attacker probability, best over mentions): the
 * likeliest name not taken as a victim becomes the nearest incident's attacker unless the frames named one already
 * (a name, not a bare noun); a further likely name fills its empty suspect slot.
 */
export function assignAttackers(drafts: Draft[], names: RoleName[], th: AttackerThresholds, taken: (n: RoleName) => boolean): void {
  // The name model (pool 'model') has weighed the name's victim probability already; a mention's best is weighed here.
  const ranked = names.filter((n) => (th.pool === 'model' || n.attacker > n.victim) && !taken(n)).sort((x, y) => y.attacker - x.attacker);
  const modelSet = new Set<Draft>();
  const sentencesOf = (x: string | null) => names.find((m) => !!x && sameVictim(m.name, x))?.sentences ?? [];
  const sharesSentence = (n: RoleName, held: Array<string | null>) => held.some((x) => sentencesOf(x).some((s) => n.sentences.includes(s)));
  for (const n of ranked) {
    const d = nearestDraft(n, drafts);
    const same = (x: string | null) => !!x && sameVictim(x, n.name);
    if (same(d.attacker) || same(d.suspected)) continue;
    // Another name of an actor the card holds ("X, also known as Y") is that actor again, not a second one.
    const alias = (x: string | null) => !!x && !!n.aliases?.some((a) => sameVictim(a, x));
    if (th.aliases === 'skip' && (alias(d.attacker) || alias(d.suspected) || !!d.moreAttackers?.some(alias))) continue;
    if (barredDemonym(n.name, th.demonyms)) continue;
    if (n.attacker >= th.attacker && !modelSet.has(d) && !isAttackerName(d.attacker)) {
      d.attacker = n.name;
      modelSet.add(d);
    }
    // Listed with the card's attacker ("A, B and C claimed"): another attacker, not the one it is attributed to.
    else if (th.listMate <= 1 && n.attacker >= th.listMate && isAttackerName(d.attacker) && !!n.partners?.some((p) => sameVictim(p, d.attacker!))) (d.moreAttackers ??= []).push(n.name);
    else if (n.attacker >= th.second && !d.suspected) d.suspected = n.name;
    // A further one only beside the card's attacker or suspect ("X, Y and Z", "X hired Y"): a name from elsewhere in the
    // article was mostly a researcher, an outlet or an earlier campaign's crew.
    else if (n.attacker >= th.third && d.suspected && isAttackerName(d.attacker) && sharesSentence(n, [d.attacker, d.suspected])) (d.moreAttackers ??= []).push(n.name);
  }
  if (th.listMate <= 1) addListMates(drafts, ranked, th);
}

/** The names written in one list with a named attacker a card holds ("A, B and C claimed responsibility", "the groups
 * A and B") join its further attackers: the sentence says of each what it says of the one the card took. */
function addListMates(drafts: Draft[], ranked: RoleName[], th: AttackerThresholds): void {
  for (const d of drafts) {
    if (!isAttackerName(d.attacker)) continue;
    const held = () => [d.attacker, d.suspected, ...(d.moreAttackers ?? [])].filter((x): x is string => isAttackerName(x));
    for (const n of ranked) {
      if (n.attacker < th.listMate || held().some((x) => sameVictim(x, n.name))) continue;
      if (barredDemonym(n.name, th.demonyms)) continue;
      if (th.aliases === 'skip' && held().some((x) => n.aliases?.some((a) => sameVictim(a, x)))) continue;
      if (held().some((x) => n.partners?.some((p) => sameVictim(p, x)))) (d.moreAttackers ??= []).push(n.name);
    }
  }
}

/** A frame's attacker that is a name ("Night Owl"), not a description ("hackers", "Hackers" opening a sentence, "the
 * attackers", "Ruritanian hackers"). */
const isAttackerName = (x: string | null) => !!x && /^[\p{Lu}\d]/u.test(x.split(/\s+/).pop() ?? '') && !(/^[\p{L}-]+$/u.test(x) && ATTACKER_HINT.test(x));

/**
 * The article's names with their attacker probability pooled as the model file says: 'best', the best mention's;
 * 'top2', the noisy-or of its two best mentions (1 - (1 - p1)(1 - p2)), so a name the article twice presents as the
 * one who acted outranks one a single sentence hints at. Chosen on cross-validation (scripts/train/incident-roles.js).
 */
export function pooledAttackers(names: RoleName[], candidates: Candidate[], probs: Array<[number, number]>, pool: AttackerPool): RoleName[] {
  if (pool !== 'top2') return names;
  return names.map((n) => {
    const [p1 = 0, p2 = 0] = candidates.flatMap((c, k) => (sameVictim(n.name, c.text) ? [probs[k][1]] : [])).sort((a, b) => b - a);
    return { ...n, attacker: Math.max(n.attacker, 1 - (1 - p1) * (1 - p2)) };
  });
}

/** An incident's `attackerKind`: a name, or a description as the article writes it (the panel shows it muted). */
export const attackerKind = (attacker: string | null): Incident['attackerKind'] => (attacker ? (isAttackerName(attacker) ? 'named' : 'described') : null);
