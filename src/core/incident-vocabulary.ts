/**
 * General vocabulary for cyber and policy incidents: trigger words, data-type nouns, attacker nouns, frames.
 * Only general English here — never names, numbers or phrases taken from particular articles.
 * Every pattern is a flat alternation (no nested quantifiers), so matching stays linear in the sentence length.
 */
import type { IncidentType } from './types';

export interface TriggerRule {
  type: IncidentType;
  /** 'strong': names the incident by itself ("data breach"); 'data': a verb that needs a data noun or a count nearby
   * to mean a breach ("stole", "exposed"); 'hack': an intrusion word, a breach when data or counts are involved. */
  strength: 'strong' | 'data' | 'hack';
  re: RegExp;
}

/**
 * Trigger words, most specific first. Matched case-insensitively on a sentence. Not added: ransom demands and payments
 * as ransomware triggers ("demanded a ransom", "paid the ransom", "a ransom of", "held for ransom": CASIE's Ransom
 * events include extortion over stolen data), type-variants.js CV type micro F1 86.3 against 86.5, ransomware 79.3
 * against 81.1 (the talk of ransoms in other articles costs more than the extortion stories gain).
 */
export const TRIGGERS: TriggerRule[] = [
  { type: 'ransomware', strength: 'strong', re: /\bransomware(?:\s+(?:attacks?|infections?|incidents?))?\b|\bransom\s+(?:attacks?|demands?|notes?)\b|\bencrypted\s+(?:files|data|systems|servers|computers)\b/gi },
  { type: 'phishing', strength: 'strong', re: /\b(?:spear[- ]?)?phishing(?:\s+(?:attacks?|campaigns?|scams?|emails?|attempts?))?\b|\bphished\b|\bbusiness email compromise\b/gi },
  { type: 'espionage', strength: 'strong', re: /\b(?:cyber[- ]?)?espionage(?:\s+campaigns?)?\b|\bcyber[- ]?spy(?:ing)?\b/gi },
  { type: 'vulnerability', strength: 'strong', re: /\b(?:zero[- ]day|critical|security|remote code execution|unpatched)\s+(?:vulnerabilit(?:y|ies)|flaws?|bugs?|holes?|exploits?)\b|\bvulnerabilit(?:y|ies)\b|\bCVE-\d{4}-\d+\b/gi },
  { type: 'breach', strength: 'strong', re: /\b(?:(?:data|security|credit[- ]card|card|payment[- ]card|cyber[- ]?security|privacy)\s+)?breach(?:es|ed)?\b|\bdata\s+(?:leak(?:s|age)?|dump|exposure|theft|spill)\b|\bleakage\b|\bexfiltrat(?:ed|ing|ion)\b|\bunauthori[sz]ed\s+access\b|\bdata\s+(?:was|were|had been|has been|have been)\s+(?:stolen|taken|accessed|exposed|compromised|leaked)\b/gi },
  { type: 'breach', strength: 'data', re: /\b(?:(?:gained|gain|have|has|had|obtained)\s+access\s+to|ransacked|copied|downloaded|grabbed|leak(?:s|ed|ing)?|stole|stolen|steal(?:s|ing)?|exposed|exposing|expose[sd]?|compromised|compromising|accessed|accessing|obtained|dumped|dumping|siphoned|scraped|harvested|posted online|sold|selling|for sale)\b/gi },
  // Attacks that disrupt rather than steal: denial of service, defacement, sabotage (no CASIE data: exact words only).
  { type: 'attack', strength: 'strong', re: /\b(?:DDoS(?:\s+attacks?)?|(?:distributed\s+)?denial[- ]of[- ]service(?:\s+attacks?)?|defaced|defacing|defacements?|cyber[- ]?sabotage|wiper\s+(?:malware|attacks?))\b/gi },
  { type: 'attack', strength: 'hack', re: /\b(?:(?:security|cyber(?:security)?|cyber-security) incidents?|cyber[- ]?attacks?|cyber[- ]?attacked|hack(?:s|ed|ing)?|(?:broke|breaking|broken)\s+into|intrusions?|infiltrat(?:ed|ion)|attacks?|attacked)\b/gi },
];

/** Whether a trigger is a plural noun ("breaches", "attacks") — generic unless a victim is named. */
export const PLURAL_TRIGGER = /(?:breaches|attacks|leaks|hacks|intrusions|vulnerabilities|flaws|bugs|exploits|campaigns|scams)$/i;

/** Statistics about incidents in general ("reported breaches rose 18% last year", "the number of attacks doubled"):
 * a plural trigger in such a sentence speaks of a trend, not of one incident that happened. */
export const STATISTIC = /\b(?:rose|risen|fell|fallen|increased|decreased|grew|grown|jumped|climbed|dropped|surged|soared|declined|spiked)\s+(?:(?:by|to|more than|nearly|almost|over|about|some|roughly|sharply|significantly|dramatically)\s+)*(?:\d|[a-z]+fold\b)|\b(?:doubled|tripled|quadrupled)\b|\b\d+(?:\.\d+)?\s*(?:%|percent|per cent)\s+(?:rise|increase|drop|decrease|jump|growth|of (?:all|organi[sz]ations|companies|businesses|firms|respondents))\b|\b(?:number|share|rate|proportion|volume|cost) of\s+(?:reported\s+|successful\s+)?(?:data\s+)?(?:breaches|attacks|incidents|hacks)\b/i;

/** What follows "breach of" when the breach is of a rule or promise, not of a computer system. */
export const BREACH_OF_RULE = /^["”’']?\s+of\s+(?:[\p{L}.-]+\s+){0,3}?(?:resolutions?|trust|contracts?|laws?|duty|protocols?|agreements?|rules?|etiquette|peace|ethics|conduct|promises?|obligations?|sanctions|treaty|treaties|ceasefire|norms|decorum|confidence|faith|sovereignty|privilege|regulations?|code)\b/iu;

/** Leak words that are not data leaks. */
export const NOT_DATA_LEAK = /\b(?:memory|gas|oil|water|fuel|radiation)\s+leak/i;

/** Words that mark a sentence as generic, hypothetical or advisory rather than a report of an incident. */
export const GENERIC_CONTEXT = /\b(?:if|whether|increasingly|often|typically|usually|generally|are likely|is likely|could|would|should|can|cannot|might|how to|prevent(?:ing|s)?|protect(?:ing|ion)? against|avoid(?:ing)?|risk of|in the event|in case of|such as|for example|tips?|best practices?|more likely|likelihood|average cost|every year|each year|per cent of|percent of|survey|report(?:ed)? that \d)\b/i;

/** A definite reference back to an incident already mentioned ("the breach", "this attack", "the incident"). */
export const ANAPHOR = /\b(?:the|this|that|its|their)\s+(?:(?:latest|recent|initial|first|second|massive|huge|alleged|same|earlier|original|data|security|cyber|credit card)\s+){0,2}(?:breach|attack|hack|leak|incident|intrusion|compromise|leakage|dump)\b/gi;

/** Data-type phrases: specific heads stand alone, generic heads ("data", "information") need a modifier. */
const MOD = String.raw`(?:personal|sensitive|private|confidential|financial|medical|health|customer|customers'|user|users'|employee|employees'|patient|patients'|payment|credit[- ]card|debit[- ]card|bank(?:ing)?|card|login|account|contact|billing|encrypted|hashed|unencrypted|plain[- ]?text|social security|e-?mail|home|phone|tax|identifying|personally identifiable|protected health|birth|fingerprint|biometric|passport|driver'?s licen[cs]e|insurance|salary|payroll|W-2|track|location|voter|membership|security|authentication|access)`;
const SPECIFIC = String.raw`(?:passwords?|pass\s?words|credentials|usernames|user\s?names|e-?mail addresses|email addresses|phone numbers|telephone numbers|dates of birth|birth ?dates|birthdays|social security numbers|SSNs?|fingerprints|fingerprint records|credit card numbers|card numbers|bank account numbers|account numbers|PINs|security questions|IP addresses|home addresses|mailing addresses|addresses|medical records|health records|tax returns|PII|PHI|cardholder data|payment card data|card data|track data|voice recordings|photos|private messages)`;
const GENERIC = String.raw`(?:information|info|data|details|records|numbers|files|documents|accounts|forms|profiles|histories|names)`;
export const DATA_TYPES = new RegExp(String.raw`\b(?:(?:${MOD}[\s-]+){1,3}(?:${SPECIFIC}|${GENERIC})|${SPECIFIC}|names)\b`, 'gi');

/** Nouns for what a breach count counts (besides data types): people and accounts. */
export const COUNTED_VICTIMS = /\b(?:records|accounts|customers|users|people|individuals|persons|patients|employees|members|subscribers|clients|guests|students|voters|citizens|residents|consumers|passengers|cardholders|cards|passwords|emails|e-mails|files|documents|rows|entries|profiles|identities|devices|messages|recordings|photos|images|emails|computers|servers|databases|database|server|hotels|stores|locations|organi[sz]ations|companies|businesses|victims|households|families|children|parents|staff|workers|veterans|taxpayers|applicants|numbers|forms)\b/i;

/** Attacker noun phrases ("cybercriminals", "state-sponsored attackers", "a Russian hacking group"). */
/** Lets a lower-case alternation also match with a capital first letter (sentence start). */
const capFirst = (alt: string) => alt.replace(/(^|[|(:])([a-z])/g, (_m, pre: string, c: string) => `${pre}[${c}${c.toUpperCase()}]`);
const ATTACKER_HEAD = capFirst(String.raw`(?:hackers?|cyber[- ]?criminals?|attackers?|criminals|fraudsters?|thieves|intruders?|scammers?|hacktivists?|threat actors?|(?:hacking|hacker|cybercrime|criminal|threat) (?:group|gang|crew|collective)s?|crooks|adversaries|extortionists?|perpetrators?)`);
const ATTACKER_MOD = capFirst(String.raw`(?:unknown|unidentified|unnamed|anonymous|state[- ]sponsored|state[- ]backed|nation[- ]state|government[- ]backed|foreign|sophisticated|malicious|organi[sz]ed|rogue)`).replace(/\)$/, String.raw`|[A-Z][\p{L}-]+)`);
export const ATTACKER_NP = String.raw`(?:(?:a|an|the|some|several)\s+)?(?:${ATTACKER_MOD}\s+){0,2}${ATTACKER_HEAD}`;

/** "cybercriminals accessing", "hackers stole", "attackers had exfiltrated". */
export const ATTACKER_ACTS = new RegExp(String.raw`(${ATTACKER_NP})\s+(?:\w+ly\s+)?(?:(?:have|has|had|were|was|are|is|then|also|reportedly|allegedly)\s+){0,2}(?:accessing|accessed|stole|stealing|steal|exfiltrated|obtained|breached|hacked|compromised|broke into|gained access|dumped|leaked|posted|published|sold|selling|took|taken|grabbed|siphoned|infiltrated|targeted|attacked|encrypted|demanded|used|exploited)\b`, 'gu');
/** "stolen by cybercriminals", "hacked by a group calling itself". */
export const BY_ATTACKER = new RegExp(String.raw`\b(?:by|from)\s+(${ATTACKER_NP})`, 'gu');

/** Who is suspected: "foreign hackers are the likely suspects", "blamed on a state-backed group". */
export const SUSPECT_SUBJECT = new RegExp(String.raw`(${ATTACKER_NP}|(?:[A-Z][\p{L}-]+\s+){0,2}(?:government|military|intelligence|state|regime))\s+(?:seem|seems|appear|appears|are|is|were|was|have been|has been|remain|remains)\s+(?:[\p{L}-]+\s+){0,8}?(?:suspects?|suspected|blamed|to blame|responsible|behind)\b`, 'gu');
export const SUSPECT_OBJECT = new RegExp(String.raw`\b(?:blamed on|attributed to|suspected to be|believed to be|thought to be|traced (?:back )?to|pinned on|linked to|tied to|suspected|alleged)\s+(${ATTACKER_NP}|(?:the\s+)?[A-Z][\p{L}.-]+(?:\s+[A-Z][\p{L}.-]+){0,3})`, 'gu');

/** Words that may start a sentence or a capitalised run but are not names. */
export const NOT_NAME = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'it', 'its', 'they', 'their', 'them', 'we', 'our', 'us', 'i', 'you', 'your',
  'he', 'she', 'his', 'her', 'in', 'on', 'at', 'for', 'from', 'by', 'with', 'of', 'to', 'and', 'or', 'but', 'so', 'as', 'if',
  'when', 'while', 'after', 'before', 'since', 'during', 'according', 'however', 'meanwhile', 'also', 'last', 'earlier',
  'later', 'today', 'yesterday', 'now', 'then', 'there', 'here', 'what', 'which', 'who', 'how', 'why', 'where', 'all', 'some',
  'many', 'most', 'more', 'one', 'two', 'three', 'both', 'each', 'every', 'no', 'not', 'other', 'another', 'such', 'new',
  'hackers', 'hacker', 'attackers', 'attacker', 'researchers', 'researcher', 'investigators', 'analysts', 'authorities',
  'police', 'prosecutors', 'regulators', 'scientists', 'victims', 'companies', 'organizations', 'organisations', 'customers', 'users', 'officials', 'experts',
  'cybercriminals', 'criminals', 'security', 'data', 'breach', 'ransomware', 'phishing', 'malware', 'cyber', 'mr', 'mrs',
  'ms', 'dr', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march',
  'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan', 'feb', 'mar', 'apr',
  'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'update', 'editor', 'note', 'read', 'see', 'click', 'image',
  'photo', 'source', 'related', 'internet', 'web', 'dark', 'email', 'online', 'company', 'firm',
]);

/** Verbs by which an organisation reports its own incident ("X disclosed a breach", "X suffered an attack"). */
export const VICTIM_REPORTS = /\b(?:suffered|suffers|experienced|experiences|disclosed|discloses|confirmed|confirms|announced|announces|reported|reports|revealed|reveals|detected|detects|discovered|discovers|admitted|admits|notified|notifies|acknowledged|acknowledges|learned|learnt|found|has found|is investigating|was investigating|has been investigating|fell victim to|was hit by|were hit by|has been hit by|have been hit by|was struck by|warned (?:customers|users) (?:of|about))\b/gi;

/** Passive: "X was hacked", "X has been breached", "X's servers were compromised". */
export const PASSIVE_HIT = /\b(?:was|were|has been|have been|had been|is being|are being|got)\s+(?:\w+ly\s+)?(?:hacked|breached|compromised|attacked|targeted|hit|infiltrated|infected|exposed|accessed|leaked|stolen)\b/gi;

/** Prepositions that introduce the victim after a trigger noun ("breach at", "attack on", "hack of"). */
export const VICTIM_PREPOSITION = /^\s*(?:at|of|on|against|affecting|targeting|hitting|into|involving|impacting|from)\s+/i;
/** A verb after a trigger noun whose object is the victim ("card breaches have hit X", "the attack affected X"). */
export const TRIGGER_THEN_VERB = /^\s+(?:(?:has|have|had|also|reportedly|allegedly|recently|that)\s+){0,2}(?:hit|affected|affects|impacted|impacts|struck|strikes|targeted|targets|crippled|disrupted)\s+/i;
/** Verbs whose direct object is the victim ("hackers breached X", "the attack hit X"). */
export const VICTIM_OBJECT_VERB = /^(?:hacked|breached|breach|hack|attacked|compromised|infiltrated|targeted|hit|struck|broke into|breaking into|accessed)$/i;

/** Nouns for what an organisation holds, so "26,000 X customers", "X's database", "customers of X", "X computers"
 * name X as victim. */
export const HOLDER_NOUN = /^(?:customers?|users?|employees?|patients?|members?|subscribers?|clients?|guests?|students?|voters?|staff|accounts?|databases?|servers?|systems?|networks?|computers?|machines?|infrastructure|portal|emails?|files|website|site|data|records|passengers?|players?|cardholders?|account|personnel|workers?|shoppers?|donors?|applicants?|taxpayers?|citizens?|residents?|families|parents?|children|members)$/i;

/** Description words before a name ("health care provider Acme", "retailer Globex"): skipped when finding the name. */
export const DESCRIPTION_WORD = /^(?:[a-z][\p{L}-]*|U\.S\.|US|UK|U\.K\.|American|British|Chinese|European|Canadian|Australian|Indian|Japanese|German|French|Russian)$/u;

/** Stops a noun phrase: relative words, prepositions that start a new phrase, verbs of reporting. */
export const NP_STOP = new Set(['that', 'which', 'who', 'whose', 'where', 'when', 'and', 'or', 'but', 'in', 'on', 'to', 'by', 'with', 'from', 'after', 'before', 'as', 'was', 'were', 'is', 'are', 'has', 'have', 'had', 'said', 'says', 'last', 'earlier', 'this', 'since', 'because', 'while']);

/** Technologies and platforms that hold data but are not the organisation breached ("a MongoDB database"). */
/**
 * Job titles written before a person's name ("Acme Health CEO Jane Roe", "CEO Jane Roe"): the name after one is a person
 * speaking for an organisation, not the organisation. Alternatives for a RegExp, case as written.
 */
export const JOB_TITLES = 'CEO|CFO|CTO|CIO|CISO|COO|Chairman|Chairwoman|President|Vice President|Director|Spokesman|Spokeswoman|Spokesperson|Chief|Founder|Co-founder|Minister|Secretary|Senator|Governor|Mayor|Administrator|Commissioner|Manager|Superintendent|Sheriff|Officer|Head';

export const NOT_VICTIM = /^(?:MongoDB|Elasticsearch|Redis|CouchDB|MySQL|SQL|PostgreSQL|Hadoop|Amazon S3|S3|AWS|Amazon Web Services|Azure|Google Cloud|Windows|Linux|Android|iOS|macOS|Java|Flash|Adobe Flash|WordPress|Apache|Struts|Bitcoin|Dark Web|Tor|VPN|API|IoT|Internet of Things)$/i;

/** Descriptions before a name that make it a finder or commentator, not the victim ("researcher X discovered a leak"). */
export const REPORTER_BEFORE = /\b(?:researchers?|analysts?|experts?|investigators?|journalists?|reporters?|bloggers?|consultants?|spokesm[ae]n|spokeswoman|spokesperson|officials?|CEO|founder|vendor|outlet|according to|security (?:firm|company|researcher|expert))\s+(?:[\p{L}.-]+\s+){0,3}$/iu;
