/**
 * The Policy Lens view's trees. Incidents: merged incidents → the figures the sources disagree on (warning icon,
 * each source's value and wording side by side), then each article's report (a click opens the article at the
 * incident's first mention) with its records. People: who is quoted where, with roles. Outlets: which are cited where.
 */
import vscode = require('vscode');
import { incidentDate } from '../../core/report';
import { incidentFieldLines, otherAttackers } from '../../core/incident-fields-text';
import { figuresAgree, type Discrepancy, type MergedIncident, type SourcedFigure, type WorkspaceIndex } from '../../core/workspace';
import type { Incident } from '../../core/types';
import { Disposable } from '../dispose';
import { rangeAt } from './lines';
import type { WorkspaceIndexer } from './indexer';

type Section = 'incidents' | 'people' | 'outlets';

export const VIEW_IDS: Record<Section, string> = {
  incidents: 'policyLens.incidents',
  people: 'policyLens.people',
  outlets: 'policyLens.outlets',
};

interface Location {
  file: string;
  start: number;
  end: number;
}

type NodeData =
  | { kind: 'incident'; incident: MergedIncident }
  | { kind: 'discrepancy'; incident: MergedIncident; discrepancy: Discrepancy }
  | { kind: 'figure'; figure: SourcedFigure; disputed: boolean }
  | { kind: 'report'; incident: MergedIncident; file: string; reports: Incident[] }
  | { kind: 'person'; person: WorkspaceIndex['people'][number] }
  | { kind: 'outlet'; outlet: WorkspaceIndex['outlets'][number] }
  | { kind: 'leaf'; label: string; description?: string; icon?: vscode.ThemeIcon; at?: Location; tooltip?: string };

/** A node carries an id made of its ancestors' and its own key, so expansion survives a refresh. */
type Node = NodeData & { id: string };

function key(n: NodeData): string {
  switch (n.kind) {
    case 'incident':
      // A new id once sources disagree, so the incident opens (Expanded) even if it was shown collapsed before.
      return `${n.incident.type}:${n.incident.label}${n.incident.discrepancies.length ? ':disputed' : ''}`;
    case 'discrepancy':
      return n.discrepancy.measure;
    case 'figure':
      return `${n.figure.file}@${n.figure.figure.start}`;
    case 'report':
      return n.file;
    case 'person':
      return n.person.name;
    case 'outlet':
      return n.outlet.name;
    case 'leaf':
      return n.at ? `${n.at.file}@${n.at.start}` : n.label;
  }
}

function withIds(parent: string, nodes: NodeData[]): Node[] {
  const used = new Set<string>();
  return nodes.map((n) => {
    const base = `${parent}/${n.kind}:${key(n)}`;
    let id = base;
    for (let i = 2; used.has(id); i++) id = `${base}#${i}`;
    used.add(id);
    return { ...n, id };
  });
}

const TYPE_ICONS: Record<Incident['type'], string> = {
  breach: 'unlock',
  ransomware: 'lock',
  phishing: 'mail',
  vulnerability: 'bug',
  espionage: 'eye',
  attack: 'flame',
  other: 'circle-outline',
};

const warningIcon = () => new vscode.ThemeIcon('warning', new vscode.ThemeColor('list.warningForeground'));
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const clip = (s: string, n = 80) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
/** "records", "people": the measure a discrepancy is about, counted. */
const measures = (measure: string) => (measure === 'person' ? 'people' : measure.endsWith('s') ? measure : `${measure}s`);
const basename = (file: string) => file.slice(file.lastIndexOf('/') + 1);
const mdEscape = (s: string) => s.replace(/[\\`*_{}[\]()#+\-.!|<>]/g, '\\$&');

/** "12.4 million policyholders (exact)" */
function describe(f: SourcedFigure): string {
  const what = f.what && !f.figure.text.toLowerCase().includes(f.what.toLowerCase()) ? ` ${f.what}` : '';
  return `${f.figure.text}${what}${f.figure.qualifier === 'exact' ? '' : ` (${f.figure.qualifier})`}`;
}

/** "12.4 million ≠ 15 million" (distinct values, in source order). */
export function valuesSideBySide(d: Discrepancy): string {
  return [...new Set(d.figures.map((f) => f.figure.text))].join(' ≠ ');
}

function files(m: MergedIncident): string[] {
  return [...new Set(m.reports.map((r) => r.file))];
}

class SectionProvider implements vscode.TreeDataProvider<Node> {
  private readonly _onDidChangeTreeData = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this._onDidChangeTreeData.event;
  constructor(
    private readonly _section: Section,
    private readonly _indexer: WorkspaceIndexer,
  ) {}

  refresh(): void {
    this._onDidChangeTreeData.fire(undefined);
  }

  dispose(): void {
    this._onDidChangeTreeData.dispose();
  }

  getChildren(node?: Node): Node[] {
    return withIds(node?.id ?? this._section, this._children(node));
  }

  private _children(node?: Node): NodeData[] {
    const index = this._indexer.index;
    if (!node) {
      if (this._section === 'incidents') return index.incidents.map((incident) => ({ kind: 'incident', incident }));
      if (this._section === 'people') return index.people.filter((p) => p.quotes.length || p.roles.length).map((person) => ({ kind: 'person', person }));
      return index.outlets.map((outlet) => ({ kind: 'outlet', outlet }));
    }
    switch (node.kind) {
      case 'incident': {
        const m = node.incident;
        const disputes: NodeData[] = m.discrepancies.map((discrepancy) => ({ kind: 'discrepancy', incident: m, discrepancy }));
        const reports: NodeData[] = files(m).map((file) => ({ kind: 'report', incident: m, file, reports: m.reports.filter((r) => r.file === file).map((r) => r.incident) }));
        return [...disputes, ...reports];
      }
      case 'discrepancy': {
        const { figures } = node.discrepancy;
        return figures.map((figure) => ({ kind: 'figure', figure, disputed: figures.some((o) => o.file !== figure.file && !figuresAgree(o.figure, figure.figure)) }));
      }
      case 'report': {
        const records: NodeData[] = node.incident.records.filter((r) => r.file === node.file).map((figure) => ({ kind: 'figure', figure, disputed: false }));
        const details: NodeData[] = [];
        for (const i of node.reports) {
          if (i.attacker) details.push({ kind: 'leaf', label: `attacker: ${i.attacker}`, icon: new vscode.ThemeIcon('person') });
          if (i.suspected) details.push({ kind: 'leaf', label: `suspected: ${i.suspected}`, icon: new vscode.ThemeIcon('question') });
          if (otherAttackers(i).length) details.push({ kind: 'leaf', label: `other attackers: ${otherAttackers(i).join(', ')}`, icon: new vscode.ThemeIcon('person') });
          const when = incidentDate(i);
          if (when) details.push({ kind: 'leaf', label: `date: ${when}`, icon: new vscode.ThemeIcon('calendar') });
          if (i.dataTypes.length) details.push({ kind: 'leaf', label: `data: ${i.dataTypes.join(', ')}`, icon: new vscode.ThemeIcon('database') });
          for (const f of incidentFieldLines(i)) details.push({ kind: 'leaf', label: `${f.label.toLowerCase()}: ${f.value}`, icon: new vscode.ThemeIcon('symbol-field') });
        }
        return [...records, ...details];
      }
      case 'person':
        return node.person.quotes.map((q) => ({
          kind: 'leaf',
          label: `“${clip(q.text, 70)}”`,
          description: basename(q.file),
          tooltip: `${q.text}\n\n${q.file}`,
          icon: new vscode.ThemeIcon('quote'),
          at: { file: q.file, start: q.start, end: q.start + q.text.length },
        }));
      case 'outlet':
        return node.outlet.files.map((file) => ({ kind: 'leaf', label: basename(file), description: file, at: { file, start: 0, end: 0 } }));
      default:
        return [];
    }
  }

  getTreeItem(node: Node): vscode.TreeItem {
    const item = this._item(node);
    item.id = node.id;
    return item;
  }

  private _open(at: Location | undefined): vscode.Command | undefined {
    const article = at && this._indexer.article(at.file);
    if (!at || !article) return undefined;
    return { title: 'Open', command: 'vscode.open', arguments: [article.uri, { selection: rangeAt(article.lines, at), preview: true }] };
  }

  private _item(node: Node): vscode.TreeItem {
    const { Collapsed, Expanded, None } = vscode.TreeItemCollapsibleState;
    switch (node.kind) {
      case 'incident': {
        const m = node.incident;
        const n = files(m).length;
        const item = new vscode.TreeItem(m.label, m.discrepancies.length ? Expanded : Collapsed);
        const aliases = m.victimNames.filter((v) => v !== m.victim);
        item.description = [plural(n, 'article'), aliases.length ? `also ${aliases.join(', ')}` : '', m.discrepancies.length ? '⚠ sources disagree' : ''].filter(Boolean).join(' · ');
        item.iconPath = new vscode.ThemeIcon(TYPE_ICONS[m.type] ?? 'circle-outline', m.discrepancies.length ? new vscode.ThemeColor('list.warningForeground') : undefined);
        const tip = new vscode.MarkdownString(`**${mdEscape(m.label)}** (${m.type})\n\n`);
        if (m.victimNames.length) tip.appendMarkdown(`Victim: ${m.victimNames.map(mdEscape).join(' · ')}\n\n`);
        tip.appendMarkdown(`Reported by ${files(m).map(mdEscape).join(', ')}`);
        item.tooltip = tip;
        item.contextValue = m.discrepancies.length ? 'incident.disputed' : 'incident';
        return item;
      }
      case 'discrepancy': {
        const d = node.discrepancy;
        const item = new vscode.TreeItem(`${valuesSideBySide(d)} ${measures(d.measure)}`, Expanded);
        item.description = `sources disagree: ${[...new Set(d.figures.map((f) => basename(f.file)))].join(' vs ')}`;
        item.iconPath = warningIcon();
        const tip = new vscode.MarkdownString(`**Sources disagree on ${mdEscape(measures(d.measure))}** (${mdEscape(node.incident.label)})\n\n| source | value | wording |\n|---|---|---|\n`);
        for (const f of d.figures) tip.appendMarkdown(`| ${mdEscape(f.file)} | ${mdEscape(f.figure.text)} (${f.figure.qualifier}) | ${mdEscape(f.what ?? '')} |\n`);
        item.tooltip = tip;
        item.contextValue = 'discrepancy';
        return item;
      }
      case 'figure': {
        const f = node.figure;
        const item = new vscode.TreeItem(describe(f), None);
        item.description = basename(f.file);
        item.tooltip = `${f.figure.text}${f.what ? ` ${f.what}` : ''} — ${f.figure.qualifier}\n${f.file}`;
        item.iconPath = node.disputed ? warningIcon() : new vscode.ThemeIcon('symbol-number');
        item.command = this._open({ file: f.file, start: f.figure.start, end: f.figure.end });
        item.contextValue = 'figure';
        return item;
      }
      case 'report': {
        const first = node.reports.find((r) => r.mentions.length)?.mentions[0];
        const article = this._indexer.article(node.file);
        const hasChildren = node.incident.records.some((r) => r.file === node.file) || node.reports.some((i) => i.attacker || i.suspected || i.date || i.dataTypes.length || incidentFieldLines(i).length);
        const item = new vscode.TreeItem(basename(node.file), hasChildren ? Collapsed : None);
        item.resourceUri = article?.uri;
        item.description = node.reports.map((r) => r.label).join(' · ');
        item.tooltip = first ? `${node.file}\n“${clip(first.text, 120)}”` : node.file;
        item.command = this._open(first ? { file: node.file, start: first.start, end: first.end } : { file: node.file, start: 0, end: 0 });
        item.contextValue = 'report';
        return item;
      }
      case 'person': {
        const p = node.person;
        const inFiles = new Set(p.quotes.map((q) => q.file)).size;
        const item = new vscode.TreeItem(p.name, p.quotes.length ? Collapsed : None);
        item.description = [p.roles.join('; '), p.quotes.length ? `${plural(p.quotes.length, 'quote')} in ${plural(inFiles, 'article')}` : ''].filter(Boolean).join(' — ');
        item.iconPath = new vscode.ThemeIcon('person');
        item.contextValue = 'person';
        return item;
      }
      case 'outlet': {
        const o = node.outlet;
        const item = new vscode.TreeItem(o.name, Collapsed);
        item.description = `cited in ${plural(o.files.length, 'article')}`;
        item.iconPath = new vscode.ThemeIcon('broadcast');
        item.contextValue = 'outlet';
        return item;
      }
      case 'leaf': {
        const item = new vscode.TreeItem(node.label, None);
        item.description = node.description;
        item.tooltip = node.tooltip;
        item.iconPath = node.icon;
        const article = node.at && this._indexer.article(node.at.file);
        if (article && !node.icon) item.resourceUri = article.uri;
        item.command = this._open(node.at);
        return item;
      }
    }
  }
}

/** The three views of the Policy Lens container, kept in step with the index. */
export class WorkspaceTrees extends Disposable {
  readonly incidents: vscode.TreeView<Node>;
  private readonly _providers: SectionProvider[] = [];

  constructor(private readonly _indexer: WorkspaceIndexer) {
    super();
    const views = (Object.keys(VIEW_IDS) as Section[]).map((section) => {
      const provider = this._register(new SectionProvider(section, _indexer));
      this._providers.push(provider);
      return this._register(vscode.window.createTreeView(VIEW_IDS[section], { treeDataProvider: provider, showCollapseAll: section !== 'outlets' }));
    });
    this.incidents = views[0];
    for (const view of views) {
      this._register(view.onDidChangeVisibility((e) => e.visible && _indexer.ensureStarted()));
      if (view.visible) _indexer.ensureStarted();
    }
    this._register(_indexer.onDidChange(() => this._update()));
    this._update();
  }

  private _update(): void {
    for (const p of this._providers) p.refresh();
    const index = this._indexer.index;
    const run = this._indexer.lastRun;
    const disputed = index.incidents.filter((m) => m.discrepancies.length).length;
    this.incidents.badge = disputed ? { value: disputed, tooltip: `${plural(disputed, 'incident')} whose sources disagree on a figure` } : undefined;
    const parts: string[] = [];
    if (this._indexer.state === 'indexing') parts.push('Indexing…');
    else if (run?.cancelled) parts.push('Indexing was cancelled; the list is partial.');
    if (run?.truncated) parts.push(`Only ${run.files} files are indexed (policyLens.workspace.maxFiles); some of ${run.cutFolders.join(', ')} are left out.`);
    const skipped = this._indexer.skipped().length;
    if (skipped) parts.push(`${plural(skipped, 'file')} left out (too large or unreadable).`);
    if (index.incidents.length && this._indexer.state !== 'indexing') {
      parts.push(`${plural(this._indexer.articles().length, 'article')} · ${plural(index.incidents.length, 'incident')}${disputed ? ` · ${disputed} disputed` : ''}`);
    }
    this.incidents.message = parts.join(' ') || undefined;
  }
}
