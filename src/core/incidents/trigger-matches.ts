/**
 * Every trigger rule's matches in a sentence, found once per analysis: the rules (findTriggers), the type model's
 * features and the role model's trigger spans all read them, and each pass ran every rule's regex over the sentence.
 */
import { TRIGGERS, type TriggerRule } from '../incident-vocabulary';
import { analysisMemo } from '../learn/analysis-memo';

export interface TriggerMatch {
  rule: TriggerRule;
  /** Offset in the text searched. */
  index: number;
  text: string;
}

/** The matches in TRIGGERS order, each rule's left to right: what running every rule's regex in turn finds. */
export const triggerMatches: (text: string) => readonly TriggerMatch[] = analysisMemo((text) => {
  const found: TriggerMatch[] = [];
  for (const rule of TRIGGERS) {
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(text); m; m = rule.re.exec(text)) found.push({ rule, index: m.index, text: m[0] });
    rule.re.lastIndex = 0;
  }
  return found;
});
