/**
 * General vocabulary for check-worthiness: hedges, boilerplate, comparatives, accusation and causal verbs, opinion.
 * Flat alternations only, matched per sentence (linear time).
 */

/** Web-page furniture that is never a claim. */
export const BOILERPLATE = /\b(?:click here|click to|tap here|subscribe(?: now| today| to)?|sign up (?:for|to)|newsletter|follow us|like us on|share (?:this|on)|read more|continue reading|all rights reserved|terms of (?:use|service)|privacy policy|cookie|advertisement|sponsored content|download (?:the|our) app|get the app|related (?:articles|stories)|more from|for more (?:information|stories|news)|contact us|email us at|watch the video|to check out what else)\b|©|\(c\) \d{4}|^copyright\b/i;

/** Hedges: the writer or source does not commit ("seem", "reportedly", "may", "allegedly", "could potentially"). */
export const HEDGE = /\b(?:seems?|seemed|seemingly|appears?|appeared|apparently|reportedly|allegedly|alleged|purportedly|supposedly|may|might|could(?: potentially)?|possibly|potentially|likely|unlikely|probably|perhaps|suggests?|suggested|believed to|thought to|said to be|rumou?red|unconfirmed|unverified|is understood to|are understood to|according to (?:some|unnamed|unconfirmed))\b/i;

/** Comparisons and superlatives that make a statement measurable. */
export const COMPARATIVE = /\b(?:more than|less than|fewer than|greater than|higher than|lower than|as (?:much|many|high|low) as|at least|at most|nearly|almost|over|under|most|least|largest|biggest|highest|lowest|smallest|fastest|slowest|worst|best|greatest|toughest|strongest|weakest|richest|poorest|record(?:-high|-low)?|all-time|ever|first|only|never|double[sd]?|doubling|triple[sd]?|tripled|half|twice|times as|increased?|increasing|decreased?|decreasing|rose|risen|rise|fell|fallen|falls?|grew|grown|growth|dropped|declined?|surged?|soared|plunged|jumped|cut|raised|lost|gained|up|down)\b/i;

/** Accusations, causation and official acts: statements a fact-checker can trace. */
export const ACCUSATION = /\b(?:accused|accuses|accusing|blamed|blames|denied|denies|admitted|admits|lied|lies|confirmed|revealed|disclosed|linked to|tied to|responsible for|caused|causes|causing|led to|leads to|resulted in|because of|due to|as a result|voted|votes|voting|supported|supports|opposed|opposes|signed|passed|approved|rejected|vetoed|banned|fined|sued|charged|convicted|indicted|arrested|deported|paid|pays|spent|spends|borrowed|owes|funded|invested|hired|fired|created|killed|destroyed|deleted|allowed|sent|stole|hacked|breached|leaked|exposed|violated|broke|coerced|warned|sanctions?|allegations?|evidence|investigation|report(?:ed|s)?|stud(?:y|ies)|data|statistics|percent|per cent)\b/i;

/** Words of opinion, feeling or rhetoric that alone make a sentence uncheckable. */
export const OPINION = /\b(?:I think|I believe|I feel|I hope|I want|I'd like|I would like|we want|we need|we must|we should|we will|we're going to|we are going to|I will|I'm going to|I am going to|let me|let's|let us|believe me|frankly|honestly|in my opinion|wonderful|beautiful|amazing|incredible|tremendous|fantastic|terrible|horrible|great|good|bad|sad|disgrace(?:ful)?|ridiculous|thank you|thanks|congratulations|God bless|welcome|honou?red|proud|please)\b/gi;

/** Greetings, stage directions and procedure. */
export const NON_CLAIM = /^(?:\(?(?:applause|laughter|cheers|crosstalk|inaudible|booing|music)\)?[.!]?|(?:hi|hello|good (?:morning|afternoon|evening|night)|thank you|thanks)\b.{0,40}|(?:yes|no|okay|ok|well|right|sure|oh|all right)[.!,]?)$/i;

/** Past-tense or perfect statements of fact ("has been linked", "was fined", "sent"). */
export const PAST_FACT = /\b(?:was|were|had|has been|have been|did|didn't|did not)\b|\b[a-z]{3,}ed\b/i;

/** Incident vocabulary, for "names an incident". */
export const INCIDENT_WORD = /\b(?:breach(?:es|ed)?|hack(?:ed|s|ing|ers?)?|stole|stolen|ransom|extort(?:ed|ion)?|compromised|cyber[- ]?attacks?|ransomware|phishing|data leak|leaked|espionage|cyber[- ]?spy(?:ing)?|intrusion|malware|stolen data|attack(?:s|ed)? on)\b/i;

/** A number written in words or digits, when no figure was extracted (transcripts say "ninety-four million"). */
export const NUMBER_WORD = /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|hundreds|thousand|thousands|million|millions|billion|billions|trillion|trillions|dozens?|percent|per cent)\b/i;

/** Someone else's words or deeds reported as fact ("he said", "she voted", "they have"). */
export const THIRD_PERSON_ACT = /\b(?:he|she|they|his|her|their)\s+(?:\w+ly\s+)?(?:said|says|say|wants?|wanted|voted|supported|did|does|has|had|was|is|were|are|will|would|gave|got|took|made|called|used|paid|never|doesn't|didn't|hasn't|wasn't)\b/i;

/** A sentence addressed to someone by title ("Mr. Smith, under your plan ..."): an interviewer's prompt, not a claim. */
export const VOCATIVE = /(?:^|,\s*)(?:Mr|Mrs|Ms|Dr|Secretary|Senator|Governor|President|Madam|Sir|Congressman|Congresswoman)\.?(?:\s+\p{Lu}[\p{L}'’-]+)?\s*,/u;
export const SECOND_PERSON = /\b(?:you|your|you've|you're|you’ve|you’re)\b/i;
