/** The incident pipeline's working shapes: trigger words found in sentences, and the incidents they gather into. */
import type { TriggerRule } from '../incident-vocabulary';
import type { Incident, IncidentType } from '../types';
import type { CountedKind } from './record-counts';

export interface Trigger {
  sentence: number;
  sentenceStart: number;
  start: number; // document offsets
  end: number;
  text: string;
  type: IncidentType;
  strength: TriggerRule['strength'];
  victim: string | null;
  /** Document offset where the victim phrase ends, when it follows the trigger (for the mention span). */
  victimEnd: number | null;
  /** Whether that victim is what the incident was aimed at ("a phishing campaign targeted X", "emails targeting X"). */
  aimed?: boolean;
  anaphoric: boolean;
  incident?: Draft;
}

export interface Draft {
  victim: string | null;
  recordFigures: Set<number>;
  /** What each of its counts counts (record-counts.ts): which a card shows depends on the type (assembly.ts). */
  countedKinds: Map<number, CountedKind>;
  others: string[];
  triggers: Trigger[];
  sentences: Set<number>;
  records: Incident['records'];
  dataTypes: string[];
  attacker: string | null;
  suspected: string | null;
  /** Named attackers beyond the attacker and the suspect (attackers.ts assignAttackers). */
  moreAttackers?: string[];
  date: string | null;
  lastSentence: number;
  /** The type the learned model gives it; unset when the model does not know the kind (espionage, attack). */
  modelType?: IncidentType;
  /** Names a frame gave as victims that are not reported as such (a vulnerability's vendor: arguments.ts). */
  withheld?: string[];
  /** Found by the model alone, with no rule trigger. */
  learned?: boolean;
}

export function newDraft(victim: string | null, si: number): Draft {
  return { victim, recordFigures: new Set(), countedKinds: new Map(), others: [], triggers: [], sentences: new Set(), records: [], dataTypes: [], attacker: null, suspected: null, date: null, lastSentence: si };
}

/** A victimless, countless incident spoken of once with a weak word ("attack surface", "exposed"): too thin to report
 * unless the model found it (assembly.ts drops it; typing.ts leaves its sentence free for a learned incident). */
export const isThin = (d: Draft): boolean =>
  !d.learned && !d.victim && !d.withheld?.length && !d.records.length && d.triggers.length < 2 && d.triggers[0].strength !== 'strong';
