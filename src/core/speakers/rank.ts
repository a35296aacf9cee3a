/**
 * The learned speaker ranker: for a quote whose cue says "he said" or "the official said", which earlier-named person
 * speaks. A binary linear model scores each candidate (speakers/candidates.ts); the best one replaces the rule's pick
 * only when it beats it by `margin` (both chosen on PolNeAR train folds by `npm run train -- speakers`).
 */
import { loadLinear, modelJson, type LinearModel, type LinearModelJson } from '../learn/linear';
import type { SpeakerCandidate } from './candidates';
import json from './model.json';

export interface SpeakerChoice {
  name: string;
  role: string | null;
  /** The features that weighed most for the chosen speaker, for the hover's reasons. */
  reasons: string[];
}

/** Decides among candidates (null: keep the rule's pick); the trainer passes its own to record them. */
export interface SpeakerRanker {
  /** `at`: where the speaker's pronoun or description starts in the text. */
  choose(candidates: SpeakerCandidate[], rule: string | null, at: number): SpeakerChoice | null;
}

export interface SpeakerModelJson extends LinearModelJson {
  /** How much more probable than the rule's pick a candidate must be to replace it. */
  margin: number;
  /** The probability a candidate needs when the rule found nobody. */
  floor: number;
}

export function loadSpeakerRanker(raw: unknown): SpeakerRanker {
  const model: LinearModel = loadLinear(raw);
  if (!model.classes.includes('speaker')) throw new Error('speaker model lacks class "speaker"');
  const at = model.classes.indexOf('speaker');
  const margin = (raw as Partial<SpeakerModelJson>).margin ?? 0;
  const floor = (raw as Partial<SpeakerModelJson>).floor ?? 0.5;
  return {
    choose(candidates, rule) {
      if (!candidates.length) return null;
      const scored = candidates.map((c) => ({ c, p: model.probabilities(c.features)[at] }));
      let best = scored[0];
      for (const s of scored) if (s.p > best.p) best = s;
      const ruled = scored.find((s) => s.c.name === rule);
      if (rule ? !ruled || best.p < ruled.p + margin : best.p < floor) return null;
      return { name: best.c.name, role: best.c.role, reasons: model.explain(best.c.features, 'speaker', 3).map((e) => e.feature) };
    },
  };
}

let shipped: SpeakerRanker | undefined;
/** The ranker shipped with the engine, loaded once on first use. */
export function shippedSpeakerRanker(): SpeakerRanker {
  return (shipped ??= loadSpeakerRanker(modelJson(json)));
}
