/** Each sentence's source: the speaker, outlet or publication it names as where its content comes from. */
import { cuesIn, isPassive, mainSubject, npAfter, subjectBefore, type Cue, type NP, type SentenceInfo } from '../cues';
import { evidenceSource, familiarSource, isEvidencePhrase } from '../evidence-sources';
import { CUE_VERBS } from '../lexicon';
import type { NameMention } from '../names';
import type { Salience } from './antecedents';
import { resolveSpeaker } from './resolve-speaker';
import type { Resolved, SourceMention } from './types';

/** Cue lemmas that do not make a sentence's source on their own (too ambiguous outside quotes). */
const WEAK_SOURCE_LEMMAS = new Set(['put', 'hit', 'fire', 'shoot', 'begin', 'read', 'sing', 'chant', 'show', 'find',
  'call', 'post', 'continue', 'add', 'ask', 'answer', 'promise', 'describe', 'fear', 'worry', 'hope', 'wonder',
  'think', 'believe', 'agree', 'blame', 'praise', 'criticize', 'slam', 'blast', 'tout', 'charge', 'accuse', 'demand',
  'urge', 'vow', 'pledge', 'inform', 'advise', 'counter', 'point']);
/** Weak cues that name a source when they open a clause ("added that", "found that") or a vague group holds them. */
const CLAUSE_LEMMAS = new Set(['add', 'find', 'believe', 'think', 'fear', 'worry', 'agree', 'show', 'point']);
/** Weak cues that still name a claim's source: whoever accuses or blames is the source of the accusation. */
const ACCUSING_LEMMAS = new Set(['accuse', 'blame']);
const OUTLET_BEFORE = new Set(['told', 'tells', 'telling', 'to', 'with', 'on', 'by', 'from', 'in']);

/** The outlet a sentence cites: "told CNBC", "CNBC reported", "according to The Guardian", "interview with WSJ". */
export function citedOutlet(info: SentenceInfo): NameMention | null {
  for (let k = 0; k < info.mentions.length; k++) {
    const m = info.mentions[k];
    if (m.kind !== 'outlet' || m.quoted) continue;
    const prev = info.tokens[m.first - 1]?.lower;
    const next = info.tokens[m.last + 1]?.lower;
    const prev2 = info.tokens[m.first - 2]?.lower;
    const cueAfter = next && CUE_VERBS.has(next) || next && ['has', 'had', 'first', 'was', 'is', 'also', 'previously', 'earlier'].includes(next) && CUE_VERBS.has(info.tokens[m.last + 2]?.lower ?? '');
    const viaPrev = prev && OUTLET_BEFORE.has(prev) && (prev !== 'to' || prev2 === 'according' || hasCue(info)) && (prev !== 'in' && prev !== 'on' || hasCue(info));
    if (m.weak ? cueAfter || prev === 'told' || prev === 'with' && prev2 === 'interview' || prev === 'on' && hasCue(info) : cueAfter || viaPrev || hasCue(info)) return m;
  }
  return null;
}

const hasCue = (info: SentenceInfo) => cuesIn(info).some((c) => !WEAK_SOURCE_LEMMAS.has(c.lemma) || c.lemma === 'add' || c.lemma === 'ask');

/** The source of one sentence, or null when it names none; outletBySentence holds each sentence's cited outlet. */
export function sentenceSource(ctx: Salience, info: SentenceInfo, outletBySentence: (NameMention | null)[]): SourceMention | null {
  const { text } = ctx;
  type Cand = { np: NP; cue: Cue; prio: number; weak?: boolean };
  const cands: Cand[] = [];
  const cues = cuesIn(info);
  for (let k = 0; k < cues.length; k++) {
    const cue = cues[k];
    const weak = WEAK_SOURCE_LEMMAS.has(cue.lemma) && !ACCUSING_LEMMAS.has(cue.lemma);
    if (weak && !CLAUSE_LEMMAS.has(cue.lemma)) continue;
    // "raised concerns" attributes; "raised rates" does not.
    if (cue.lemma === 'raise' && !/^(?:concerns?|questions?|doubts?|alarms?|objections?|the possibility)$/.test(info.tokens[cue.tok + 1]?.lower ?? '')) continue;
    if (cue.lemma === 'according to') {
      const np = npAfter(info, text, cue.tok + 2);
      if (np) cands.push({ np, cue, prio: 2 });
      continue;
    }
    if (isPassive(info, cue)) continue;
    const before = subjectBefore(info, text, cue);
    if (weak) {
      // "She added that …", "Investigators found that …", "Many analysts believe …": a weak verb attributes
      // when it opens a clause, or when a vague group holds the view; "I think" and "found a leak" do not.
      if (before && (info.tokens[cue.tok + 1]?.lower === 'that' || before.kind === 'vague')) cands.push({ np: before, cue, prio: 2, weak });
      continue;
    }
    if (before) {
      cands.push({ np: before, cue, prio: 3 });
      continue;
    }
    const prev = info.tokens[cue.tok - 1];
    if (!prev || prev.quoted || prev.text === ',') {
      const after = npAfter(info, text, cue.tok + 1);
      if (after && (!prev || prev.quoted)) {
        cands.push({ np: after, cue, prio: 3 });
        continue;
      }
      if (/ing$/.test(cue.text)) {
        const main = mainSubject(info, text, cue.tok);
        if (main) cands.push({ np: main, cue, prio: 1 });
      }
    }
  }
  const resolved: Array<Cand & { r: Resolved }> = [];
  for (let k = 0; k < cands.length; k++) {
    const c = cands[k];
    const r = resolveSpeaker(ctx, c.np, info.index);
    // Written out: a spread that adds a field rebuilds the object's shape on every call (microseconds, even optimised).
    if (r.kind !== 'none' && r.name) resolved.push({ np: c.np, cue: c.cue, prio: c.prio, weak: c.weak, r });
  }
  // No speaker, only a publication ("a report said"), or an owner of the evidence named first ("the agency's
  // figures show"): the publisher of the figures or report. Failing that, "people familiar with the matter".
  const ev = evidenceSource(info, text);
  if (ev && (!resolved.length || resolved.every((c) => c.weak || c.r.kind === 'vague' && isEvidencePhrase(c.np.text)) || (ev.owner && resolved.every((c) => c.np.start > ev.start)))) {
    return { start: ev.start, end: ev.end, text: text.slice(ev.start, ev.end), sentence: info.index, name: ev.name, kind: ev.kind, cue: resolved[0]?.cue.text ?? null, outlet: ev.kind === 'outlet' ? ev.name : outletBySentence[info.index]?.name ?? null, role: null };
  }
  const familiar = familiarSource(text, info.start, info.end);
  if (familiar && (!resolved.length || resolved.every((c) => c.np.start >= familiar.start))) {
    return { start: familiar.start, end: familiar.end, text: familiar.name, sentence: info.index, name: familiar.name, kind: 'vague', cue: resolved[0]?.cue.text ?? null, outlet: outletBySentence[info.index]?.name ?? null, role: null };
  }
  if (!resolved.length) return null;
  resolved.sort((a, b) => (b.r.kind !== 'outlet' ? 1 : 0) - (a.r.kind !== 'outlet' ? 1 : 0) || b.prio - a.prio || a.np.start - b.np.start);
  // Prefer a non-outlet speaker over "…, CNBC reported"; but "according to X" outranks a gerund's clause subject.
  let best = resolved[0];
  const acc = resolved.find((c) => c.cue.lemma === 'according to');
  if (acc && best.prio < acc.prio) best = acc;
  const cited = outletBySentence[info.index];
  const outlet = best.r.kind === 'outlet' ? best.np.mention?.name ?? best.np.text : cited ? cited.name : null;
  const role = best.r.role ?? best.np.role ?? null;
  return {
    start: best.np.start, end: best.np.end, text: text.slice(best.np.start, best.np.end), sentence: info.index,
    name: best.r.name, kind: best.r.kind, cue: best.cue.text, outlet, role,
  };
}
