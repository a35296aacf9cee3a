/**
 * General word lists for attribution: speech and report verbs, titles, organisation words, pronouns.
 * First names and their usual gender come from compromise's lexicon (through nlp.ts).
 */
import { nlp } from './nlp';
import { wordMap } from './word-map';

/** Speech and report verbs, all forms, lower-case → lemma. */
export const CUE_VERBS = new Map<string, string>();
const CUE_LEMMAS: [string, string[]][] = [
  ['say', ['say', 'says', 'said', 'saying']],
  ['tell', ['tell', 'tells', 'told', 'telling']],
  ['add', ['add', 'adds', 'added', 'adding']],
  ['write', ['write', 'writes', 'wrote', 'writing', 'written']],
  ['ask', ['ask', 'asks', 'asked', 'asking']],
  ['explain', ['explain', 'explains', 'explained', 'explaining']],
  ['note', ['note', 'notes', 'noted', 'noting']],
  ['state', ['states', 'stated', 'stating']],
  ['declare', ['declare', 'declares', 'declared', 'declaring']],
  ['argue', ['argue', 'argues', 'argued', 'arguing']],
  ['insist', ['insist', 'insists', 'insisted', 'insisting']],
  ['claim', ['claim', 'claims', 'claimed', 'claiming']],
  ['continue', ['continued', 'continues']],
  ['recall', ['recall', 'recalls', 'recalled', 'recalling']],
  ['reply', ['reply', 'replies', 'replied', 'replying']],
  ['respond', ['respond', 'responds', 'responded', 'responding']],
  ['warn', ['warn', 'warns', 'warned', 'warning']],
  ['urge', ['urge', 'urges', 'urged', 'urging']],
  ['tweet', ['tweet', 'tweets', 'tweeted', 'tweeting']],
  ['post', ['posted']],
  ['emphasize', ['emphasize', 'emphasizes', 'emphasized', 'emphasizing', 'emphasise', 'emphasised', 'emphasising']],
  ['stress', ['stressed', 'stresses', 'stressing']],
  ['acknowledge', ['acknowledge', 'acknowledges', 'acknowledged', 'acknowledging']],
  ['admit', ['admit', 'admits', 'admitted', 'admitting']],
  ['announce', ['announce', 'announces', 'announced', 'announcing']],
  ['complain', ['complain', 'complains', 'complained', 'complaining']],
  ['concede', ['concede', 'concedes', 'conceded', 'conceding']],
  ['contend', ['contend', 'contends', 'contended', 'contending']],
  ['counter', ['countered', 'counters']],
  ['caution', ['cautioned', 'cautions', 'cautioning']],
  ['suggest', ['suggest', 'suggests', 'suggested', 'suggesting']],
  ['joke', ['joked', 'jokes', 'joking']],
  ['quip', ['quipped', 'quips']],
  ['predict', ['predict', 'predicts', 'predicted', 'predicting']],
  ['promise', ['promised', 'promises', 'promising']],
  ['vow', ['vow', 'vows', 'vowed', 'vowing']],
  ['report', ['report', 'reports', 'reported', 'reporting']],
  ['describe', ['describe', 'describes', 'described', 'describing']],
  ['call', ['call', 'calls', 'called', 'calling']],
  ['deny', ['deny', 'denies', 'denied', 'denying']],
  ['doubt', ['doubt', 'doubts', 'doubted', 'doubting']],
  ['speculate', ['speculate', 'speculates', 'speculated', 'speculating']],
  ['believe', ['believe', 'believes', 'believed']],
  ['think', ['think', 'thinks', 'thought']],
  ['express', ['express', 'expresses', 'expressed', 'expressing']],
  ['accuse', ['accuse', 'accuses', 'accused', 'accusing']],
  ['allege', ['allege', 'alleges', 'alleged']],
  ['charge', ['charged']],
  ['blame', ['blamed', 'blames']],
  ['criticize', ['criticized', 'criticizes', 'criticised']],
  ['praise', ['praised', 'praises']],
  ['estimate', ['estimate', 'estimates', 'estimated']],
  ['confirm', ['confirm', 'confirms', 'confirmed', 'confirming']],
  ['reveal', ['reveal', 'reveals', 'revealed', 'revealing']],
  ['disclose', ['disclosed', 'discloses']],
  ['indicate', ['indicated', 'indicates']],
  ['show', ['show', 'shows', 'showed']],
  ['find', ['found', 'finds']],
  ['conclude', ['concluded', 'concludes']],
  ['surface', ['surfaced']],
  ['mention', ['mentioned', 'mentions']],
  ['point', ['pointed']],
  ['observe', ['observed', 'observes']],
  ['remark', ['remarked', 'remarks']],
  ['shout', ['shouted', 'shouts', 'shouting']],
  ['yell', ['yelled']],
  ['chant', ['chanted', 'chanting']],
  ['sing', ['sings', 'sang', 'singing']],
  ['read', ['reads']],
  ['testify', ['testified', 'testifies']],
  ['agree', ['agreed', 'agrees']],
  ['demand', ['demanded', 'demands', 'demanding']],
  ['boast', ['boasted', 'boasts']],
  ['brag', ['bragged']],
  ['lament', ['lamented', 'laments']],
  ['proclaim', ['proclaimed']],
  ['assert', ['asserted', 'asserts']],
  ['maintain', ['maintained', 'maintains']],
  ['pledge', ['pledged']],
  ['opine', ['opined']],
  ['scoff', ['scoffed']],
  ['fire', ['fired']],
  ['shoot', ['shot']],
  ['retort', ['retorted']],
  ['muse', ['mused']],
  ['plead', ['pleaded']],
  ['recount', ['recounted']],
  ['begin', ['began']],
  ['put', ['put']],
  ['hit', ['hit']],
  ['slam', ['slammed']],
  ['blast', ['blasted']],
  ['reiterate', ['reiterated']],
  ['worry', ['worried', 'worries']],
  ['fear', ['feared', 'fears']],
  ['hope', ['hoped']],
  ['wonder', ['wondered']],
  ['tout', ['touted']],
  ['summarize', ['summarized']],
  ['advise', ['advised']],
  ['inform', ['informed']],
  ['answer', ['answered']],
  ['interject', ['interjected']],
  ['exclaim', ['exclaimed']],
  ['whisper', ['whispered']],
  ['concur', ['concurred']],
  ['question', ['questioned', 'questions', 'questioning']],
  ['dispute', ['disputed', 'disputes', 'disputing']],
  ['voice', ['voiced']],
  ['raise', ['raised']],
  ['predict', ['forecast', 'forecasts']],
];
for (const [lemma, forms] of CUE_LEMMAS) for (const f of forms) CUE_VERBS.set(f, lemma);

/** Verbs that introduce quoted speech strongly enough to attribute a quote on their own. */
export const SPEECH_LEMMAS = new Set(['say', 'tell', 'add', 'write', 'ask', 'explain', 'note', 'state', 'declare', 'argue',
  'insist', 'claim', 'continue', 'recall', 'reply', 'respond', 'warn', 'urge', 'tweet', 'post', 'emphasize', 'stress',
  'acknowledge', 'admit', 'announce', 'complain', 'concede', 'contend', 'counter', 'caution', 'suggest', 'joke', 'quip',
  'predict', 'promise', 'vow', 'describe', 'call', 'deny', 'confirm', 'reveal', 'mention', 'observe', 'remark',
  'shout', 'yell', 'chant', 'sing', 'read', 'testify', 'demand', 'boast', 'brag', 'lament', 'proclaim', 'assert',
  'maintain', 'pledge', 'opine', 'scoff', 'fire', 'retort', 'muse', 'plead', 'recount', 'reiterate', 'tout',
  'answer', 'interject', 'exclaim', 'whisper', 'concur', 'report', 'agree', 'put', 'accuse', 'criticize', 'slam', 'blast']);

/** Titles and role nouns that precede a name ("President", "Sen.", "National Security Advisor"). Lower-case. */
export const TITLE_WORDS = new Set([
  'president', 'vice', 'senator', 'sen', 'sen.', 'sens.', 'representative', 'rep', 'rep.', 'reps.', 'congressman',
  'congresswoman', 'governor', 'gov', 'gov.', 'mayor', 'secretary', 'minister', 'premier', 'chancellor', 'king', 'queen',
  'prince', 'princess', 'pope', 'judge', 'justice', 'attorney', 'general', 'gen', 'gen.', 'lt', 'lt.', 'col', 'col.',
  'maj', 'maj.', 'capt', 'capt.', 'sgt', 'sgt.', 'adm', 'adm.', 'admiral', 'colonel', 'major', 'captain', 'sergeant',
  'lieutenant', 'commander', 'secretary-general', 'vice-president', 'attorney-general', 'co-founder', 'chief-of-staff', 'chief', 'director', 'advisor', 'adviser', 'spokesman', 'spokeswoman', 'spokesperson',
  'chairman', 'chairwoman', 'chair', 'ceo', 'cfo', 'cto', 'founder', 'executive', 'officer', 'ambassador', 'envoy',
  'speaker', 'leader', 'whip', 'commissioner', 'sheriff', 'inspector', 'deputy', 'dr', 'dr.', 'prof', 'prof.',
  'professor', 'mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'miss', 'sir', 'dame', 'lord', 'rev', 'rev.', 'reverend',
  'bishop', 'cardinal', 'rabbi', 'imam', 'father', 'sister', 'brother', 'detective', 'officer', 'trooper', 'manager',
  'nominee', 'candidate', 'strategist', 'analyst', 'economist', 'fellow', 'researcher', 'scientist', 'lawyer',
  'counsel', 'treasurer', 'auditor', 'comptroller', 'controller', 'prosecutor', 'coach', 'host', 'anchor', 'editor',
  'correspondent', 'reporter', 'columnist', 'pollster', 'surrogate', 'aide', 'staffer', 'president-elect',
  'superintendent', 'supt.', 'chairperson', 'delegate', 'councilman', 'councilwoman', 'councilmember', 'legislator',
  'lawmaker', 'assemblyman', 'assemblywoman', 'state', 'first', 'lady', 'emperor', 'sultan', 'sheikh', 'emir', 'ayatollah',
  'del.', 'cmdr.', 'comdr.', 'brig.', 'pvt.', 'cpl.', 'hon.', 'atty.', 'atty', 'det.', 'supt', 'rep.-elect', 'sec.', 'pres.',
]);
/** Honorifics that say a person's gender. */
export const MALE_TITLES = new Set(['mr', 'mr.', 'sir', 'king', 'prince', 'lord', 'congressman', 'spokesman', 'chairman',
  'father', 'brother', 'councilman', 'assemblyman', 'emperor', 'businessman']);
export const FEMALE_TITLES = new Set(['mrs', 'mrs.', 'ms', 'ms.', 'miss', 'dame', 'queen', 'princess', 'congresswoman',
  'spokeswoman', 'chairwoman', 'sister', 'lady', 'councilwoman', 'assemblywoman', 'businesswoman', 'madam']);

/** Last words of organisation names. */
export const ORG_SUFFIXES = new Set([
  'university', 'college', 'school', 'high', 'institute', 'institution', 'council', 'department', 'dept.', 'office', 'agency',
  'administration', 'bureau', 'commission', 'committee', 'subcommittee', 'board', 'authority', 'service', 'services',
  'ministry', 'center', 'centre', 'foundation', 'fund', 'association', 'society', 'union', 'federation', 'league',
  'party', 'campaign', 'group', 'corporation', 'corp', 'corp.', 'inc', 'inc.', 'co.', 'company', 'ltd', 'ltd.', 'llc',
  'plc', 'bank', 'house', 'senate', 'congress', 'court', 'parliament', 'assembly', 'police', 'army', 'navy', 'force', 'command',
  'forces', 'guard', 'network', 'news', 'times', 'post', 'journal', 'magazine', 'press', 'tribune', 'herald', 'club',
  'organization', 'organisation', 'coalition', 'alliance', 'trust', 'partners', 'project', 'initiative', 'program',
  'caucus', 'pac', 'commission', 'lab', 'labs', 'laboratory', 'hospital', 'church', 'systems', 'technologies',
  'holdings', 'airlines', 'motors', 'industries', 'institutes', 'academy', 'cabinet', 'pentagon', 'fbi', 'cia', 'nsa',
  'un', 'nato', 'government', 'state', 'states', 'republic', 'kingdom', 'nations', 'foundation', 'watch', 'international',
  'council', 'reserve', 'exchange', 'securities', 'energy', 'health', 'research', 'review', 'appeals', 'circuit',
  'attendants', 'workers', 'teachers', 'nurses', 'employees', 'officers', 'veterans', 'chamber', 'secretariat',
  // The heads of company and public-body names ("X Water Utility", "X Mutual", "X Communications").
  'utility', 'utilities', 'clinic', 'clinics', 'hospitals', 'insurance', 'mutual', 'airways', 'railway', 'railways',
  'telecom', 'communications', 'pharmaceuticals', 'software', 'solutions', 'networks', 'financial', 'bancorp',
]);
/** Organisation names well known as a single word or acronym. */
export const KNOWN_ORGS = new Set(['FBI', 'CIA', 'NSA', 'DHS', 'DOJ', 'EPA', 'IRS', 'NATO', 'UN', 'U.N.', 'EU', 'E.U.',
  'IMF', 'WHO', 'WTO', 'OPEC', 'Pentagon', 'Kremlin', 'Congress', 'Senate', 'GOP', 'DNC', 'RNC', 'NAACP', 'ACLU', 'NRA',
  'SEC', 'FTC', 'FCC', 'FDA', 'CDC', 'NASA', 'Microsoft', 'Google', 'Apple', 'Facebook', 'Twitter', 'Amazon', 'Intel',
  'IBM', 'Oracle', 'Cisco', 'Huawei', 'Samsung', 'Alibaba', 'Tencent', 'Baidu', 'Yahoo', 'Netflix', 'Uber', 'Tesla',
  'Interpol', 'Europol', 'OPM', 'NSC', 'ODNI', 'DOD', 'DoD', 'USDA', 'HHS', 'VA', 'ICE', 'TSA', 'ATF', 'DEA']);

/** Heads of vague sources ("many experts", "reports", "critics"). */
export const VAGUE_HEADS = new Set(['many', 'some', 'others', 'few', 'most', 'several', 'experts', 'analysts', 'critics',
  'observers', 'sources', 'reports', 'officials', 'people', 'insiders', 'commentators', 'pundits', 'skeptics', 'sceptics',
  'supporters', 'opponents', 'researchers', 'scientists', 'economists', 'investigators', 'authorities', 'lawmakers',
  'politicians', 'residents', 'witnesses', 'advocates', 'activists', 'detractors', 'rumors', 'rumours', 'studies',
  'polls', 'surveys', 'estimates', 'documents', 'records', 'data', 'figures', 'someone', 'everyone', 'nobody',
  'republicans', 'democrats', 'conservatives', 'liberals', 'voters', 'americans', 'leaders', 'executives', 'diplomats',
  'historians', 'scholars', 'doctors', 'lawyers', 'attorneys', 'prosecutors', 'police', 'protesters', 'protestors',
  'members', 'aides', 'staffers', 'advisers', 'advisors', 'allies', 'friends', 'reporters', 'journalists', 'media']);
/** Quantifiers that make a source vague ("many", "some", "several"). */
export const VAGUE_QUANTIFIERS = new Set(['many', 'some', 'several', 'few', 'most', 'numerous', 'various', 'other',
  'others', 'multiple', 'certain', 'unnamed', 'anonymous', 'a', 'an']);

export const PRONOUNS: ReadonlyMap<string, 'm' | 'f' | 'p' | 'n' | 'i'> = wordMap({
  he: 'm', him: 'm', his: 'm', she: 'f', her: 'f', hers: 'f', they: 'p', them: 'p', their: 'p', it: 'n', its: 'n',
  i: 'i', we: 'p',
});

/** Capitalised words that start a sentence without being a name. */
export const FUNCTION_WORDS = new Set(['the', 'a', 'an', 'but', 'and', 'or', 'so', 'yet', 'for', 'in', 'on', 'at', 'to',
  'of', 'by', 'with', 'from', 'as', 'after', 'before', 'during', 'since', 'until', 'while', 'when', 'where', 'if',
  'though', 'although', 'because', 'this', 'that', 'these', 'those', 'it', 'he', 'she', 'they', 'we', 'i', 'you',
  'his', 'her', 'their', 'our', 'my', 'your', 'its', 'there', 'here', 'what', 'who', 'why', 'how', 'which', 'last',
  'next', 'many', 'some', 'most', 'all', 'no', 'not', 'according', 'also', 'still', 'now', 'then', 'meanwhile',
  'however', 'instead', 'even', 'just', 'only', 'one', 'two', 'three', 'yes', 'oh', 'well', 'asked', 'said', 'says',
  'like', 'unlike', 'despite', 'among', 'about', 'against', 'into', 'over', 'under', 'between', 'through', 'without',
  'within', 'upon', 'both', 'each', 'every', 'any', 'such', 'more', 'less', 'other', 'another', 'again', 'today',
  'yesterday', 'tomorrow', 'tonight', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'is', 'are', 'was', 'were', 'do', 'does', 'did', 'can', 'could', 'will', 'would', 'should', 'may', 'might', 'must',
  'have', 'has', 'had', 'let', 'please', 'thank', 'thanks', 'earlier', 'later', 'once', 'twice', 'perhaps', 'maybe',
  'indeed', 'first', 'second', 'finally', 'rather', 'whether', 'either', 'neither', 'nor', 'than', 'unless', 'whatever',
  'whoever', 'whenever', 'wherever', 'speaking', 'asked', 'sources', 'reports', 'experts', 'officials', 'critics',
]);

const lexicon = ((nlp.model() as { one?: { lexicon?: Record<string, string | string[]> } }).one?.lexicon ?? {}) as Record<string, string | string[]>;
const tagsOf = (word: string): string[] => {
  const t = lexicon[word.toLowerCase()];
  return t == null ? [] : Array.isArray(t) ? t : [t];
};

interface WordInfo {
  gender: 'm' | 'f' | 'u' | null;
  last: boolean;
  place: boolean;
  common: boolean;
  org: boolean;
}

/** What the lexicon says of a word, worked out once per lower-case word (these run for every capitalised word). */
const WORD_INFO = new Map<string, WordInfo>();
const WORD_INFO_MAX = 100000;

/** First names that are also common words, which the word list knows only as the words ("Bill", "Grace"). */
const COMMON_WORD_FIRST_NAMES: Record<string, 'm' | 'f'> = {
  bill: 'm', will: 'm', jack: 'm', frank: 'm', grant: 'm', mark: 'm', rob: 'm', ray: 'm', dean: 'm', earl: 'm', gene: 'm',
  chase: 'm', hunter: 'm', wade: 'm', cliff: 'm', buck: 'm', art: 'm', pat: 'm', rusty: 'm', sandy: 'f', rose: 'f',
  grace: 'f', hope: 'f', faith: 'f', joy: 'f', dawn: 'f', amber: 'f', holly: 'f', ivy: 'f', iris: 'f', olive: 'f',
  ruby: 'f', pearl: 'f', daisy: 'f', carol: 'f', patience: 'f', sue: 'f',
};

function infoOf(word: string): WordInfo {
  const lower = word.toLowerCase();
  const hit = WORD_INFO.get(lower);
  if (hit) return hit;
  const tags = tagsOf(lower);
  const info: WordInfo = {
    gender: COMMON_WORD_FIRST_NAMES[lower] ?? (tags.includes('MaleName') ? 'm' : tags.includes('FemaleName') ? 'f' : tags.includes('FirstName') ? 'u' : null),
    last: tags.includes('LastName'),
    place: tags.some((t) => t === 'Country' || t === 'City' || t === 'Region' || t === 'Place' || t === 'Demonym'),
    common: FUNCTION_WORDS.has(lower) || (tags.length > 0 && !tags.some((t) => /Name|Person|Place|Country|City|Region|Organization|ProperNoun|Demonym|SportsTeam/.test(t))),
    org: tags.includes('Organization'),
  };
  if (WORD_INFO.size >= WORD_INFO_MAX) WORD_INFO.clear();
  WORD_INFO.set(lower, info);
  return info;
}

/** 'm' / 'f' for a known first name, 'u' for a first name of either gender, null when not a first name. */
export function firstNameGender(word: string): 'm' | 'f' | 'u' | null {
  return infoOf(word).gender;
}

export function isLastNameWord(word: string): boolean {
  return infoOf(word).last;
}

/** A place, country, demonym or other capitalised non-person word in the lexicon. */
export function isPlaceWord(word: string): boolean {
  return infoOf(word).place;
}

/** Words a place name may hold beside the lexicon's place words ("North" in a region, "New", "United", "U.S."). */
const PLACE_PART = /^(?:U\.?S\.?(?:A\.?)?|U\.?K\.?|North|South|East|West|New|United)$/;

/** Words that together name only a place or nationality ("Ontario", "U.K.", "Russian"). */
export function isPlaceNameWords(words: string[]): boolean {
  return words.every((w) => PLACE_PART.test(w) || isPlaceWord(w.replace(/\.$/, '')));
}

/** A demonym or a country ("Ruritanian", "East Ruritania") as the whole name: a state's shape. Of the demonyms in
 * -i only those of a short list: the ending alone took surnames, products and malware for states. */
export const DEMONYM = /^(?:[\p{Lu}][\p{Ll}]+(?:ian|ean|ese|ish|ic)|(?:Israel|Saud|Iraq|Kuwait|Pakistan|Bangladesh|Afghan|Yemen|Oman|Qatar|Emirat|Bahrain|Somal|Nepal|Azerbaijan)i|(?:North|South) [\p{Lu}][\p{Ll}]+)$/u;

/** Common words that are never names when capitalised at sentence start ("But", "Last", "Many"). */
export function isCommonWord(word: string): boolean {
  return infoOf(word).common;
}

export function isKnownOrgWord(word: string): boolean {
  return infoOf(word).org;
}
