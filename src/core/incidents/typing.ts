/**
 * The learned model decides which incidents an article reports and of what type: a type is reported when some
 * sentence reaches its threshold; each incident the rules gathered takes the reported type its own sentences score
 * highest on (relative to the threshold), or is dropped when none does (generic talk, statistics, hypotheticals).
 * A reported type no gathered incident carries gets one of its own at its best sentence.
 */
import type { Sentence } from '../text';
import type { IncidentType } from '../types';
import { newDraft, type Draft } from './draft';
import { MODEL_TYPES, type IncidentModels } from './model';

/** Words that name each type: an incident the model found without a rule trigger needs one as its mention. */
const TYPE_WORD: Record<(typeof MODEL_TYPES)[number], RegExp> = {
  // Not "in breach of" an agreement.
  breach: /\b(?:(?<!\bin\s+(?:(?:material|clear|direct)\s+)?)breach\w*|hack\w*|data (?:leak|theft|exposure)\w*)\b/i,
  phishing: /\b(?:phish\w*|scam\w*|spoof\w*|fraudulent|impersonat\w*|lure\w*)\b/i,
  ransomware: /\b(?:ransom\w*|encrypt\w*|extort\w*|locked)\b/i,
  vulnerability: /\b(?:vulnerab\w*|flaws?|bugs?|patch\w*|exploit\w*|CVE-\d{4}-\d+|fix\w*|update[sd]?)\b/i,
};

const COMPUTING = /\b(?:cyber\w*|hack\w*|malware|ransomware|phishing|computers?|servers?|networks?|encrypt\w*|bitcoins?|e-?mails?|online|websites?|software|vulnerabilit\w*|exploits?|CVE-\d{4}-\d+|passwords?|databases?)\b/i;

const modelKnows = (t: IncidentType) => (MODEL_TYPES as readonly string[]).includes(t);

/** Sets each draft's modelType, drops those the model does not confirm, adds drafts for reported types none carries. */
export function decideTypes(drafts: Draft[], sentences: Sentence[], probs: number[][], models: IncidentModels, ruleType: (d: Draft) => IncidentType): Draft[] {
  const thr = MODEL_TYPES.map((t) => models.thresholds[t]);
  const best = MODEL_TYPES.map((_, k) => {
    let si = -1;
    for (let i = 0; i < probs.length; i++) if (si < 0 || probs[i][k] > probs[si][k]) si = i;
    return si;
  });
  const reported = MODEL_TYPES.map((_, k) => best[k] >= 0 && probs[best[k]][k] >= thr[k]);
  const out: Draft[] = [];
  for (const d of drafts) {
    // Espionage and disruptive attacks (denial of service, defacement) named by their own exact words keep the
    // rules' type: the model, trained without such incidents, would call them breaches.
    // Only when no word of a learned kind ("breach", "ransomware") is among its triggers.
    const exact = d.triggers.find((t) => !modelKnows(t.type) && t.strength === 'strong');
    if (exact && !d.triggers.some((t) => modelKnows(t.type) && t.strength === 'strong')) {
      d.modelType = exact.type;
      out.push(d);
      continue;
    }
    let pick = -1;
    let ratio = 0;
    for (let k = 0; k < MODEL_TYPES.length; k++) {
      if (!reported[k]) continue;
      let p = 0;
      for (const si of d.sentences) p = Math.max(p, probs[si][k]);
      if (p / thr[k] > ratio) [pick, ratio] = [k, p / thr[k]];
    }
    // Below the threshold in its own sentences, an incident with a victim or counts still stands in an article that
    // reports an incident (it takes the closest reported type); a bare mention does not.
    const kept = ratio >= 1 || (pick >= 0 && (!!d.victim || d.records.length > 0));
    if (kept) d.modelType = MODEL_TYPES[pick];
    else if (modelKnows(ruleType(d))) continue;
    out.push(d);
  }
  // A sentence that already belongs to an incident does not start another ("the intrusion began with a phishing
  // email" tells how the breach began): a reported type with no incident gets one at its best free sentence.
  const covered = new Set(out.flatMap((d) => [...d.sentences]));
  MODEL_TYPES.forEach((type, k) => {
    if (!reported[k] || out.some((d) => d.modelType === type)) return;
    let si = -1;
    for (let i = 0; i < probs.length; i++) if (!covered.has(i) && (si < 0 || probs[i][k] > probs[si][k])) si = i;
    // An incident no rule gathered needs the model to be sure of it: a generic sentence reaching a low threshold is not enough.
    if (si < 0 || probs[si][k] < Math.max(thr[k], models.learnedOnly)) return;
    const s = sentences[si];
    // "paying ransom to a state": without a word of computing in the article, not a cyber incident.
    if (!sentences.some((x) => COMPUTING.test(x.text))) return;
    const m = TYPE_WORD[type].exec(s.text);
    if (!m) return;
    const d = newDraft(null, si);
    const start = s.start + m.index;
    d.triggers.push({ sentence: si, sentenceStart: s.start, start, end: start + m[0].length, text: m[0], type, strength: 'strong', victim: null, victimEnd: null, anaphoric: false, incident: d });
    d.sentences.add(si);
    d.modelType = type;
    d.learned = true;
    covered.add(si);
    out.push(d);
  });
  return out;
}
