/**
 * A general list of news outlets and wire services: canonical name and the ways articles write it.
 * General knowledge, not tied to any article. Aliases are matched case-sensitively on word boundaries.
 */

/** [canonical, ...aliases]. The canonical name is itself an alias. */
const OUTLETS: string[][] = [
  ['The New York Times', 'New York Times', 'NYT', 'NY Times', 'N.Y. Times', 'NYTimes'],
  ['The Wall Street Journal', 'Wall Street Journal', 'WSJ', 'W.S.J.'],
  ['The Washington Post', 'Washington Post', 'WaPo'],
  ['USA Today', 'USA TODAY'],
  ['Los Angeles Times', 'The Los Angeles Times', 'LA Times', 'L.A. Times'],
  ['Chicago Tribune', 'The Chicago Tribune'],
  ['The Boston Globe', 'Boston Globe'],
  ['The Guardian', 'Guardian'],
  ['Financial Times', 'The Financial Times', 'FT'],
  ['The Economist', 'Economist'],
  ['The Atlantic'],
  ['The New Yorker', 'New Yorker'],
  ['The Hill'],
  ['Politico', 'POLITICO'],
  ['Axios'],
  ['HuffPost', 'Huffington Post', 'The Huffington Post'],
  ['BuzzFeed News', 'BuzzFeed'],
  ['Breitbart News', 'Breitbart'],
  ['Bloomberg', 'Bloomberg News', 'Bloomberg Businessweek'],
  ['Reuters', 'Thomson Reuters'],
  ['Associated Press', 'The Associated Press', 'AP'],
  ['Agence France-Presse', 'AFP'],
  ['United Press International', 'UPI'],
  ['CNN'],
  ['CNBC'],
  ['MSNBC'],
  ['Fox News', 'Fox News Channel', 'Fox Business', 'Fox'],
  ['NBC News', 'NBC'],
  ['ABC News', 'ABC'],
  ['CBS News', 'CBS'],
  ['NPR', 'National Public Radio'],
  ['PBS', 'PBS NewsHour'],
  ['BBC', 'BBC News'],
  ['Sky News'],
  ['Al Jazeera'],
  ['Xinhua', 'Xinhua News Agency'],
  ['RT', 'Russia Today'],
  ['TASS'],
  ['Kyodo News', 'Kyodo'],
  ['Yonhap'],
  ['Der Spiegel', 'Spiegel'],
  ['Le Monde'],
  ['The Times of London'],
  ['The Telegraph', 'Daily Telegraph'],
  ['Daily Mail', 'The Daily Mail'],
  ['The Independent'],
  ['The Daily Beast', 'Daily Beast'],
  ['Newsweek'],
  ['Time magazine', 'TIME'],
  ['Forbes'],
  ['Fortune'],
  ['Business Insider'],
  ['TechCrunch'],
  ['Wired'],
  ['The Verge'],
  ['Ars Technica'],
  ['ZDNet'],
  ['CNET'],
  ['Vox'],
  ['Slate'],
  ['Salon'],
  ['Mother Jones'],
  ['The Intercept'],
  ['ProPublica'],
  ['Yahoo News', 'Yahoo! News'],
  ['Vice News', 'Vice'],
  ['National Review'],
  ['The Weekly Standard', 'Weekly Standard'],
  ['The Daily Caller', 'Daily Caller'],
  ['The Blaze', 'TheBlaze'],
  ['Drudge Report'],
  ['Newsmax'],
  ['One America News', 'OAN'],
  ['C-SPAN'],
  ['The Des Moines Register', 'Des Moines Register'],
  ['The Dallas Morning News', 'Dallas Morning News'],
  ['Houston Chronicle', 'The Houston Chronicle'],
  ['San Francisco Chronicle', 'The San Francisco Chronicle'],
  ['The Miami Herald', 'Miami Herald'],
  ['The Philadelphia Inquirer', 'Philadelphia Inquirer'],
  ['New York Post', 'The New York Post'],
  ['New York Daily News', 'Daily News'],
  ['The Seattle Times', 'Seattle Times'],
  ['The Denver Post', 'Denver Post'],
  ['The Arizona Republic', 'Arizona Republic'],
  ['Detroit Free Press'],
  ['The Charlotte Observer', 'Charlotte Observer'],
  ['Politifact', 'PolitiFact'],
  ['FactCheck.org'],
  ['Snopes'],
  ['The Christian Science Monitor', 'Christian Science Monitor'],
  ['South China Morning Post'],
  ['Global Times'],
  ['China Daily'],
  ['People’s Daily', "People's Daily"],
  ['Haaretz'],
  ['The Jerusalem Post', 'Jerusalem Post'],
  ['Nikkei', 'Nikkei Asian Review'],
  ['The Times of India', 'Times of India'],
  ['Deutsche Welle', 'DW'],
  ['France 24'],
  ['Euronews'],
  ['CBC', 'CBC News'],
  ['The Globe and Mail', 'Globe and Mail'],
  ['Sydney Morning Herald', 'The Sydney Morning Herald'],
  ['KrebsOnSecurity', 'Krebs on Security'],
  ['Dark Reading'],
  ['SecurityWeek'],
  ['The Register'],
  ['Threatpost'],
  ['Engadget'],
  ['Gizmodo'],
  ['Mashable'],
  ['Recode'],
  ['Variety'],
  ['The Hollywood Reporter', 'Hollywood Reporter'],
  ['Rolling Stone'],
  ['Entertainment Weekly'],
  ['Marketplace'],
  ['MarketWatch'],
  ['Barron’s', "Barron's"],
  ['Quartz'],
  ['Fusion'],
  ['Univision'],
  ['Telemundo'],
];

export interface OutletMatch {
  start: number;
  end: number;
  /** As written ("WSJ"). */
  text: string;
  canonical: string;
}

const byAlias = new Map<string, string>();
for (const [canonical, ...aliases] of OUTLETS) {
  byAlias.set(canonical, canonical);
  for (const a of aliases) byAlias.set(a, canonical);
}
/** Aliases that are also ordinary words or other things: only an outlet right after a speech/report cue or "told". */
const WEAK = new Set(['Fox', 'Vice', 'Time', 'TIME', 'Fortune', 'Wired', 'Salon', 'Slate', 'Fusion', 'Variety', 'Marketplace', 'The Register', 'The Independent', 'Guardian', 'Economist', 'Daily News', 'RT', 'DW', 'FT', 'AP', 'The Hill']);

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const ALIAS_RE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${[...byAlias.keys()].sort((a, b) => b.length - a.length).map(escapeRe).join('|')})(?![\\p{L}\\p{N}])`,
  'gu',
);

/** Canonical name for an alias as written, or null. */
export function canonicalOutlet(written: string): string | null {
  return byAlias.get(written.replace(/[’']s$/u, '')) ?? null;
}

export function isWeakOutletAlias(written: string): boolean {
  return WEAK.has(written);
}

/** Every outlet alias in text[start, end). */
export function findOutlets(text: string, start: number, end: number): OutletMatch[] {
  const out: OutletMatch[] = [];
  const slice = text.slice(start, end);
  ALIAS_RE.lastIndex = 0;
  for (let m = ALIAS_RE.exec(slice); m; m = ALIAS_RE.exec(slice)) {
    out.push({ start: start + m.index, end: start + m.index + m[0].length, text: m[0], canonical: byAlias.get(m[0])! });
  }
  return out;
}
