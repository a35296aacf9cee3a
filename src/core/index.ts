/**
 * Policy Lens core: analyze(text) → Analysis. Pure: no vscode, no DOM, no Node-only APIs.
 */
import { ParagraphCache } from './cache';
import { extractClaims } from './claims';
import { extractEntities } from './entities';
import { NLP_BUDGET, extractFigures } from './figures';
import { extractIncidents } from './incidents';
import { addIncidentFields } from './incidents/fields';
import { beginAnalysis } from './learn/analysis-memo';
import { extractQuotes } from './quotes';
import { mergeSections, shiftAnalysis } from './merge';
import { recutSections } from './section-reuse';
import { sectionCuts, type SectionCuts } from './sections';
import { analyzeMarkdown } from './markdown';
import { segment } from './text';
import { CancelledError, type Analysis, type AnalyzeOptions, type UpdateOptions } from './types';

export * from './types';
export { renderMarkdown, describeFigure, formatValue, formatDate, incidentDate, escapeMarkdown } from './report';
export { buildWorkspaceIndex, figuresAgree, sameVictim } from './workspace';
export type { ArticleAnalysis, Discrepancy, MergedIncident, SourcedFigure, WorkspaceIndex } from './workspace';
export { toCsvTables, renderWorkspaceMarkdown } from './exports';
export { incidentFieldLines, figureRole } from './incident-fields-text';
export type { FieldLine } from './incident-fields-text';
export { sectionStarts, sectionCuts, WHOLE_DOCUMENT } from './sections';
export { recutSections } from './section-reuse';
export { formatOf } from './markdown/format';
export { mergeSections, shiftAnalysis } from './merge';

export function analyze(text: string, options: AnalyzeOptions = {}): Analysis {
  return options.format === 'markdown' ? analyzeMarkdown(text, options, analyzeText) : analyzeText(text, options);
}

function analyzeText(text: string, options: AnalyzeOptions): Analysis {
  const { spans, budget } = sectionsOf(text);
  return mergeSections(spans.map(({ start, end }) => shiftAnalysis(run(text.slice(start, end), options, budget), start)));
}

/**
 * compromise calls per section of a long document (a whole document gets NLP_BUDGET): a fixed number, so a section's
 * analysis depends on its text alone; past it a word-list rule finds counted nouns.
 */
const SECTION_NLP_BUDGET = 64;

/** The sections of `text` (found again from those of an earlier version `before`) and the compromise budget each gets. */
function sectionsOf(text: string, before?: SectionCuts): { spans: Array<{ start: number; end: number }>; budget: number; cuts: SectionCuts } {
  const cuts = before ? recutSections(text, before) : sectionCuts(text);
  const { starts } = cuts;
  return {
    spans: starts.map((start, k) => ({ start, end: starts[k + 1] ?? text.length })),
    budget: starts.length > 1 ? SECTION_NLP_BUDGET : NLP_BUDGET,
    cuts,
  };
}

export interface Analyzer {
  /** The Analysis of `text`, equal to a fresh analyze(text), re-using the work done for unchanged sections and paragraphs. */
  update(text: string, options?: UpdateOptions): Analysis;
}

interface Section {
  text: string;
  /**
   * The section's analysis moved to each place the section stood at in the latest update, by start: a text that
   * repeats a section (boilerplate, a pasted copy) has it in several places, and each keeps its moved copy from update
   * to update. A new place gets one of them moved again (offsets shift exactly), so no copy at offset 0 is kept.
   */
  placed: Map<number, Analysis>;
  /** Per-paragraph memo for re-analysing an edited version of this section. */
  cache: ParagraphCache;
}

/**
 * An incremental analyser: keep one per document and call update() on every change. Sections whose text is
 * unchanged are reused whole (moved if an edit before them shifted them); an edited section is re-analysed with the
 * paragraph memo of the section that stood at the same place, so only its changed paragraphs pay the full cost.
 */
export function createAnalyzer(): Analyzer {
  const plain = createTextAnalyzer();
  const update = (text: string, options: UpdateOptions) => plain.update(text, options);
  return {
    update: (text, options = {}) => (options.format === 'markdown' ? analyzeMarkdown(text, options, update) : update(text, options)),
  };
}

/** Sections dropped by the latest updates kept for an edit that restores their text (an undo, a moved edit). */
const RECENT_SECTIONS = 4;

function createTextAnalyzer(): Analyzer {
  let sections = new Map<string, Section>();
  let byStart = new Map<number, Section>();
  let recent = new Map<string, Section>();
  let cutsBefore: SectionCuts | undefined;
  // The cuts of the latest update that ran to its end (a cancelled one leaves `byStart` as it was).
  let completed: SectionCuts | undefined;
  return {
    update(text, options = {}) {
      const { spans, budget, cuts } = sectionsOf(text, cutsBefore);
      const kept = cutsBefore !== undefined && cutsBefore === completed ? byStart : new Map<number, Section>();
      // Where a section after the edit stood before it (an insertion or deletion moved it).
      const shift = cutsBefore ? text.length - cutsBefore.text.length : 0;
      cutsBefore = cuts;
      const inherited = new Set<ParagraphCache>();
      const texts = spans.map(({ start, end }) => keptText(cuts, shift, kept, start, end) ?? text.slice(start, end));
      const next = new Map<string, Section>();
      const nextByStart = new Map<number, Section>();
      // Reused sections first, so that an edited section only inherits a memo nobody else still needs.
      for (const t of texts) {
        const known = sections.get(t);
        if (known) next.set(t, known);
        else {
          // Its memo may have gone to another section since: it starts a new one.
          const dropped = recent.get(t);
          if (dropped) next.set(t, { ...dropped, cache: new ParagraphCache() });
        }
      }
      const parts: Analysis[] = [];
      // The places each section stands at in this update (the others' moved copies are released).
      const placed = new Map<Section, Map<number, Analysis>>();
      const place = (k: number) => {
        const [t, { start }] = [texts[k], spans[k]];
        let section = next.get(t);
        if (!section) {
          const before = [byStart.get(start), byStart.get(start - shift)].find((b) => b && !next.has(b.text) && !inherited.has(b.cache));
          const cache = before?.cache ?? new ParagraphCache();
          inherited.add(cache);
          cache.beginPass();
          const relative = run(t, options, budget, cache);
          section = { text: t, placed: new Map([[0, relative]]), cache };
          next.set(t, section);
        }
        const analysis = placedAt(section, start);
        let places = placed.get(section);
        if (!places) placed.set(section, (places = new Map()));
        places.set(start, analysis);
        nextByStart.set(start, section);
        parts[k] = analysis;
      };
      // What the reader is looking at first: when sections elsewhere still need analysing, the ones under `first`
      // are done first and handed out.
      const { first, onPartial } = options;
      if (first && onPartial) {
        const shown = spans.flatMap(({ start, end }, k) => (start < first.end && end > first.start ? [k] : []));
        if (shown.length && texts.some((t, k) => !next.has(t) && !shown.includes(k))) {
          shown.forEach(place);
          onPartial(mergeSections(shown.map((k) => parts[k])));
        }
      }
      texts.forEach((_, k) => parts[k] ?? place(k));
      for (const [section, places] of placed) section.placed = places;
      for (const [t, section] of sections) {
        if (next.has(t)) continue;
        recent.delete(t);
        recent.set(t, section);
      }
      if (recent.size > RECENT_SECTIONS) recent = new Map([...recent].slice(-RECENT_SECTIONS));
      sections = next;
      byStart = nextByStart;
      completed = cuts;
      return mergeSections(parts);
    },
  };
}

/**
 * The text of the section at [start, end) when the edit left it untouched: the string the section before the edit
 * holds, so the lookups by text below find it by identity (a fresh slice would be hashed and compared in full, a
 * whole document's worth of characters per edit).
 */
function keptText(cuts: SectionCuts, shift: number, byStart: Map<number, Section>, start: number, end: number): string | undefined {
  if (!cuts.same) return undefined;
  const { prefix, suffix } = cuts.same;
  // Before the edit: at the same place. After it: moved by `shift`, read wholly from the common end.
  const before = end <= prefix ? byStart.get(start) : start - shift >= cuts.text.length - shift - suffix ? byStart.get(start - shift) : undefined;
  return before && before.text.length === end - start ? before.text : undefined;
}

/** The section's analysis at `start`: its copy there, or another copy moved there. */
function placedAt(section: Section, start: number): Analysis {
  const known = section.placed.get(start);
  if (known) return known;
  const [at, analysis] = section.placed.entries().next().value as [number, Analysis];
  return shiftAnalysis(analysis, start - at);
}

function run(text: string, options: AnalyzeOptions, nlpBudget: number, cache?: ParagraphCache): Analysis {
  const check = () => {
    if (options.token?.isCancellationRequested) throw new CancelledError();
  };
  check();
  // An incremental analysis (with a paragraph memo) also reuses the sentence memos of the one before.
  beginAnalysis(cache !== undefined);
  const doc = segment(text, cache);
  check();
  const figures = extractFigures(doc, nlpBudget);
  check();
  const entities = extractEntities(doc);
  check();
  const quotes = extractQuotes(doc, entities);
  check();
  const incidents = addIncidentFields(doc, extractIncidents(doc, { figures, entities }), figures);
  check();
  const claims = extractClaims(doc, { figures, quotes, entities });
  return {
    schemaVersion: 2,
    figures,
    quotes,
    claims,
    incidents,
    people: entities.people,
    outlets: entities.outlets,
  };
}
export { loadLinear, fnv1a, LINEAR_SCHEMA, LINEAR_VERSION } from './learn/linear';
export type { LinearModel, LinearModelJson } from './learn/linear';
