/**
 * Unit lexicons for the figures extractor: currencies (symbols, codes, words), percent forms and measures,
 * each mapped to a normalised lower-case singular English name. General lists only.
 */

import { wordMap } from './word-map';

export type UnitKind = 'money' | 'percent' | 'measure' | 'duration';

export interface UnitInfo {
  name: string;
  kind: UnitKind;
}

/** Currency symbols written before (or after) the amount. Longest first when matched by the caller. */
export const CURRENCY_SYMBOLS: ReadonlyMap<string, string> = wordMap({
  '$': 'dollar',
  'US$': 'dollar',
  '$US': 'dollar',
  'U.S.$': 'dollar',
  'A$': 'australian dollar',
  '$A': 'australian dollar',
  'AU$': 'australian dollar',
  'C$': 'canadian dollar',
  'CA$': 'canadian dollar',
  '$C': 'canadian dollar',
  'NZ$': 'new zealand dollar',
  '$NZ': 'new zealand dollar',
  'HK$': 'hong kong dollar',
  'S$': 'singapore dollar',
  'NT$': 'new taiwan dollar',
  'R$': 'brazilian real',
  'MX$': 'mexican peso',
  '€': 'euro',
  '£': 'pound sterling',
  '¥': 'japanese yen',
  '₹': 'indian rupee',
  '₩': 'won',
  '₽': 'ruble',
  '₪': 'shekel',
  '₺': 'lira',
  '₦': 'naira',
  '฿': 'baht',
  '₫': 'dong',
  '₱': 'peso',
  '¢': 'cent',
  '元': 'yuan',
});

/** Letters that, glued to "$", make a currency symbol ("US$", "HK$", "$A"). */
export const DOLLAR_PREFIXES = new Set(['US', 'A', 'AU', 'C', 'CA', 'NZ', 'HK', 'S', 'NT', 'R', 'MX']);
export const DOLLAR_SUFFIXES = new Set(['US', 'A', 'C', 'NZ']);

/** ISO codes and common abbreviations written next to an amount ("USD 10m", "110 JPY", "Rs 500", "RM2.05"). */
export const CURRENCY_CODES: ReadonlyMap<string, string> = wordMap({
  USD: 'dollar', EUR: 'euro', GBP: 'pound sterling', JPY: 'japanese yen', CNY: 'yuan', RMB: 'yuan', INR: 'indian rupee',
  AUD: 'australian dollar', CAD: 'canadian dollar', CHF: 'swiss franc', HKD: 'hong kong dollar',
  NZD: 'new zealand dollar', SGD: 'singapore dollar', SEK: 'swedish krona', NOK: 'norwegian krone',
  DKK: 'danish krone', ZAR: 'rand', BRL: 'brazilian real', MXN: 'mexican peso', KRW: 'won', RUB: 'ruble',
  TRY: 'lira', ILS: 'shekel', NIS: 'shekel', PLN: 'zloty', THB: 'baht', IDR: 'rupiah', PHP: 'peso',
  MYR: 'malaysian ringgit', RM: 'malaysian ringgit', Rs: 'rupee', SAR: 'riyal', AED: 'dirham', NGN: 'naira', EGP: 'egyptian pound',
  PKR: 'pakistani rupee', BTC: 'bitcoin',
});

/** Currency words written after an amount; plural and singular forms. */
const CURRENCY_WORDS: ReadonlyMap<string, string> = wordMap({
  dollar: 'dollar', dollars: 'dollar', buck: 'dollar', bucks: 'dollar',
  euro: 'euro', euros: 'euro',
  pound: 'pound sterling', pounds: 'pound sterling', sterling: 'pound sterling',
  yen: 'japanese yen', yuan: 'yuan', renminbi: 'yuan',
  rupee: 'rupee', rupees: 'rupee', rupiah: 'rupiah',
  peso: 'peso', pesos: 'peso', franc: 'franc', francs: 'franc',
  krona: 'krona', kronor: 'krona', krone: 'krone', kroner: 'krone', crown: 'krone', crowns: 'krone',
  shekel: 'shekel', shekels: 'shekel', rand: 'rand', ruble: 'ruble', rubles: 'ruble', rouble: 'ruble', roubles: 'ruble',
  lira: 'lira', liras: 'lira', lire: 'lira', dirham: 'dirham', dirhams: 'dirham', riyal: 'riyal', riyals: 'riyal',
  ringgit: 'malaysian ringgit', baht: 'baht', naira: 'naira', zloty: 'zloty', zlotys: 'zloty', dinar: 'dinar', dinars: 'dinar',
  cent: 'cent', cents: 'cent', penny: 'penny', pence: 'penny', sen: 'sen', bitcoin: 'bitcoin', bitcoins: 'bitcoin',
});

/** Nationality adjectives that qualify a currency word ("Australian dollars", "Danish crowns"). */
const CURRENCY_NATIONS = new Set([
  'us', 'u.s.', 'american', 'australian', 'canadian', 'new zealand', 'hong kong', 'singapore', 'singaporean', 'taiwan',
  'taiwanese', 'brazilian', 'mexican', 'argentine', 'argentinian', 'chilean', 'colombian', 'philippine', 'indian',
  'pakistani', 'sri lankan', 'nepalese', 'indonesian', 'swiss', 'swedish', 'norwegian', 'danish', 'icelandic', 'czech',
  'south african', 'egyptian', 'israeli', 'turkish', 'russian', 'japanese', 'chinese', 'korean', 'south korean',
  'malaysian', 'thai', 'nigerian', 'kenyan', 'jordanian', 'kuwaiti', 'saudi', 'qatari', 'emirati', 'uae', 'iraqi',
  'iranian', 'libyan', 'tunisian', 'algerian', 'moroccan', 'british', 'irish', 'lebanese', 'syrian', 'jamaican',
  'zimbabwean', 'ghanaian', 'ugandan', 'tanzanian', 'polish', 'hungarian', 'romanian', 'bulgarian', 'croatian',
  'serbian', 'ukrainian',
]);

/** "Australian dollars" → "australian dollar"; "US dollars" → "dollar"; "Danish crowns" → "danish krone". */
export function currencyWord(nation: string | null, word: string): string | null {
  const base = CURRENCY_WORDS.get(word.toLowerCase());
  if (!base) return null;
  if (!nation) return base;
  const n = nation.toLowerCase();
  if (!CURRENCY_NATIONS.has(n)) return null;
  if (n === 'us' || n === 'u.s.' || n === 'american') return base;
  if (base === 'pound sterling') return n === 'british' ? base : `${n} pound`;
  return `${n} ${base.replace(/^(?:pound sterling)$/, 'pound')}`;
}

export function isCurrencyNation(word: string): boolean {
  return CURRENCY_NATIONS.has(word.toLowerCase());
}

/** Percent forms after a number (lower-cased, spaces collapsed). */
export const PERCENT_WORDS: ReadonlyMap<string, string> = wordMap({
  '%': 'percent',
  'percent': 'percent',
  'per cent': 'percent',
  'per-cent': 'percent',
  'pct': 'percent',
  'pc': 'percent',
  'percentage point': 'percentage point',
  'percentage points': 'percentage point',
  'percent point': 'percentage point',
  'percent points': 'percentage point',
  'basis point': 'basis point',
  'basis points': 'basis point',
  'bps': 'basis point',
  'bp': 'basis point',
});

const m = (name: string): UnitInfo => ({ name, kind: 'measure' });
const d = (name: string): UnitInfo => ({ name, kind: 'duration' });

/** Case-sensitive abbreviations ("kW", "mph", "GB"). Looked up on the text as written. */
const ABBREVIATIONS: ReadonlyMap<string, UnitInfo> = wordMap({
  mm: m('millimetre'), cm: m('centimetre'), m: m('metre'), km: m('kilometre'), μm: m('micrometre'), µm: m('micrometre'),
  nm: m('nanometre'), ft: m('foot'), in: m('inch'), yd: m('yard'), mi: m('mile'), '″': m('inch'), '′': m('foot'),
  m2: m('square metre'), 'm²': m('square metre'), km2: m('square kilometre'), 'km²': m('square kilometre'),
  'sq m': m('square metre'), 'sq km': m('square kilometre'), 'sq ft': m('square foot'), 'sq mi': m('square mile'),
  'sq. m': m('square metre'), 'sq. ft': m('square foot'), m3: m('cubic metre'), 'm³': m('cubic metre'),
  mph: m('mile per hour'), 'km/h': m('kilometre per hour'), 'km/hr': m('kilometre per hour'), kph: m('kilometre per hour'),
  kmh: m('kilometre per hour'), 'm/s': m('metre per second'), mpg: m('mile per gallon'), rpm: m('revolution per minute'),
  mg: m('milligram'), g: m('gram'), kg: m('kilogram'), lb: m('pound'), lbs: m('pound'), oz: m('ounce'), t: m('tonne'),
  mL: m('millilitre'), ml: m('millilitre'), l: m('litre'), L: m('litre'), cl: m('centilitre'), dl: m('decilitre'),
  W: m('watt'), kW: m('kilowatt'), MW: m('megawatt'), GW: m('gigawatt'), TW: m('terawatt'),
  Wh: m('watt hour'), kWh: m('kilowatt hour'), MWh: m('megawatt hour'), GWh: m('gigawatt hour'), TWh: m('terawatt hour'),
  mAh: m('milliampere hour'), Ah: m('ampere hour'), V: m('volt'), kV: m('kilovolt'), mV: m('millivolt'),
  A: m('ampere'), mA: m('milliampere'), 'A/cm2': m('ampere per square centimetre'),
  Hz: m('hertz'), kHz: m('kilohertz'), MHz: m('megahertz'), GHz: m('gigahertz'), HZ: m('hertz'),
  Pa: m('pascal'), kPa: m('kilopascal'), MPa: m('megapascal'), GPa: m('gigapascal'), psi: m('pound per square inch'),
  hp: m('horsepower'), bhp: m('brake horsepower'), PS: m('horsepower'), Nm: m('newton metre'), 'lb-ft': m('pound-foot'),
  'lb ft': m('pound-foot'), dB: m('decibel'), ppm: m('part per million'), ppb: m('part per billion'),
  B: m('byte'), KB: m('kilobyte'), kB: m('kilobyte'), MB: m('megabyte'), GB: m('gigabyte'), TB: m('terabyte'),
  PB: m('petabyte'), Mbps: m('megabit per second'), Gbps: m('gigabit per second'), 'Mb/s': m('megabit per second'),
  '°C': m('celsius'), '°F': m('fahrenheit'), F: m('fahrenheit'), '°': m('degree'), C: m('celsius'), K: m('kelvin'),
  s: d('second'), sec: d('second'), secs: d('second'), ms: d('millisecond'), min: d('minute'), mins: d('minute'),
  h: d('hour'), hr: d('hour'), hrs: d('hour'), yr: d('year'), yrs: d('year'),
  kt: m('knot'), kts: m('knot'), MMBtu: m('million british thermal unit'), mmBTU: m('million british thermal unit'),
  bbl: m('barrel'), 'bbl/d': m('barrel per day'), bpd: m('barrel per day'), GtCO2: m('gigatonne of carbon dioxide'),
  Mt: m('megatonne'), Gt: m('gigatonne'), ha: m('hectare'), ac: m('acre'),
});

/** Case-insensitive unit words, singular or plural, spaces collapsed. */
const WORDS = new Map<string, UnitInfo>();
function word(names: string[], info: UnitInfo) {
  for (const n of names) WORDS.set(n, info);
}
const plural = (s: string) => [s, /(?:s|sh|ch|x)$/.test(s) ? `${s}es` : /[^aeiou]y$/.test(s) ? `${s.slice(0, -1)}ies` : `${s}s`];
const measureWords: [string[], string][] = [
  [['mile'], 'mile'], [['yard'], 'yard'], [['foot', 'feet'], 'foot'], [['inch', 'inches'], 'inch'],
  [['metre', 'meter'], 'metre'], [['kilometre', 'kilometer'], 'kilometre'], [['centimetre', 'centimeter'], 'centimetre'],
  [['millimetre', 'millimeter'], 'millimetre'], [['micrometre', 'micrometer', 'micron'], 'micrometre'],
  [['nanometre', 'nanometer'], 'nanometre'], [['light year', 'light-year'], 'light year'],
  [['nautical mile'], 'nautical mile'], [['square mile'], 'square mile'], [['square foot', 'square feet'], 'square foot'],
  [['square metre', 'square meter'], 'square metre'], [['square kilometre', 'square kilometer'], 'square kilometre'],
  [['square inch', 'square inches'], 'square inch'], [['square yard'], 'square yard'], [['cubic foot', 'cubic feet'], 'cubic foot'],
  [['cubic metre', 'cubic meter'], 'cubic metre'], [['cubic yard'], 'cubic yard'], [['acre'], 'acre'], [['hectare'], 'hectare'],
  [['gram', 'gramme'], 'gram'], [['kilogram', 'kilogramme', 'kilo'], 'kilogram'], [['milligram'], 'milligram'],
  [['microgram'], 'microgram'], [['ounce'], 'ounce'], [['stone'], 'stone'],
  [['ton'], 'ton'], [['tonne', 'metric ton'], 'tonne'], [['megaton', 'megatonne'], 'megatonne'], [['gigaton', 'gigatonne'], 'gigatonne'],
  [['litre', 'liter'], 'litre'], [['millilitre', 'milliliter'], 'millilitre'], [['gallon'], 'gallon'], [['pint'], 'pint'],
  [['quart'], 'quart'], [['fluid ounce'], 'fluid ounce'], [['barrel'], 'barrel'], [['cubic centimetre', 'cubic centimeter'], 'cubic centimetre'],
  [['mile per hour', 'miles an hour', 'mile an hour'], 'mile per hour'],
  [['kilometre per hour', 'kilometer per hour', 'kilometres an hour', 'kilometers an hour'], 'kilometre per hour'],
  [['mile per gallon'], 'mile per gallon'], [['metre per second', 'meter per second'], 'metre per second'],
  [['knot'], 'knot'], [['watt'], 'watt'], [['kilowatt'], 'kilowatt'], [['megawatt'], 'megawatt'], [['gigawatt'], 'gigawatt'],
  [['terawatt'], 'terawatt'], [['kilowatt hour', 'kilowatt-hour'], 'kilowatt hour'], [['megawatt hour', 'megawatt-hour'], 'megawatt hour'],
  [['gigawatt hour', 'gigawatt-hour'], 'gigawatt hour'], [['terawatt hour', 'terawatt-hour'], 'terawatt hour'],
  [['volt'], 'volt'], [['kilovolt'], 'kilovolt'], [['amp', 'ampere'], 'ampere'], [['hertz'], 'hertz'],
  [['kilohertz'], 'kilohertz'], [['megahertz'], 'megahertz'], [['gigahertz'], 'gigahertz'],
  [['pascal'], 'pascal'], [['kilopascal'], 'kilopascal'], [['megapascal'], 'megapascal'], [['gigapascal'], 'gigapascal'],
  [['horsepower'], 'horsepower'], [['brake horsepower'], 'brake horsepower'], [['newton metre', 'newton meter'], 'newton metre'],
  [['pound-foot', 'pound-feet', 'pound foot', 'pound feet'], 'pound-foot'], [['decibel'], 'decibel'],
  [['degree'], 'degree'], [['degree celsius', 'degrees centigrade', 'degree centigrade'], 'celsius'], [['celsius', 'centigrade'], 'celsius'],
  [['degree fahrenheit'], 'fahrenheit'], [['fahrenheit'], 'fahrenheit'], [['kelvin'], 'kelvin'],
  [['calorie'], 'calorie'], [['kilocalorie'], 'kilocalorie'], [['joule'], 'joule'], [['kilojoule'], 'kilojoule'],
  [['byte'], 'byte'], [['kilobyte'], 'kilobyte'], [['megabyte'], 'megabyte'], [['gigabyte'], 'gigabyte'], [['terabyte'], 'terabyte'],
  [['petabyte'], 'petabyte'], [['bit'], 'bit'], [['megabit'], 'megabit'], [['gigabit'], 'gigabit'],
  [['megapixel'], 'megapixel'], [['part per million', 'parts per million'], 'part per million'],
  [['part per billion', 'parts per billion'], 'part per billion'],
];
for (const [names, name] of measureWords) {
  for (const n of names) {
    const [sg, pl] = plural(n);
    word([sg, pl], m(name));
    // "miles per hour": pluralise the first word of a compound.
    const sp = n.split(' ');
    if (sp.length > 1) word([[plural(sp[0])[1], ...sp.slice(1)].join(' ')], m(name));
  }
}
WORDS.set('degrees celsius', m('celsius'));
WORDS.set('degrees centigrade', m('celsius'));
WORDS.set('degrees fahrenheit', m('fahrenheit'));
WORDS.set('parts per million', m('part per million'));
WORDS.set('parts per billion', m('part per billion'));
WORDS.set('pounds', m('pound'));
WORDS.set('pound', m('pound'));
const durationWords: [string, string][] = [
  ['second', 'second'], ['minute', 'minute'], ['hour', 'hour'], ['day', 'day'], ['week', 'week'], ['fortnight', 'fortnight'],
  ['month', 'month'], ['year', 'year'], ['decade', 'decade'], ['century', 'century'], ['millennium', 'millennium'],
  ['millisecond', 'millisecond'], ['microsecond', 'microsecond'], ['nanosecond', 'nanosecond'], ['quarter', 'quarter'],
  ['season', 'season'], ['night', 'night'], ['term', 'term'],
];
for (const [n, name] of durationWords) word(plural(n), d(name));
WORDS.set('centuries', d('century'));
WORDS.set('millennia', d('millennium'));

/** Time units that never stand for an ordinary counted noun ("three years", not "three seasons of a show"). */
export const TIME_UNITS = new Set(['second', 'minute', 'hour', 'day', 'week', 'fortnight', 'month', 'year', 'decade', 'century', 'millennium', 'millisecond', 'microsecond', 'nanosecond']);

/** Single-letter abbreviations that may only follow a number directly ("37m", "45g"), never after a space. */
const GLUED_ONLY = new Set(['m', 'g', 'l', 't', 's', 'h', 'B', 'K', 'F', 'in', 'mi', 'A', 'C', '′', 'ha', 'ac', 'yr', 'min', 'sec', 'hr']);

/** A measure unit for `written` (exact text, spaces collapsed); `glued` when it touches the number. */
export function lookupUnit(written: string, glued: boolean): UnitInfo | null {
  const abbr = ABBREVIATIONS.get(written);
  if (abbr && (glued || !GLUED_ONLY.has(written) || written === 'C' || written === 'A')) return abbr;
  const w = WORDS.get(written.toLowerCase());
  return w ?? null;
}

/** A singular unit noun after "per" / "a" ("per barrel", "a month", "an ounce"). */
export function lookupPerUnit(written: string): string | null {
  const abbr = ABBREVIATIONS.get(written);
  if (abbr) return abbr.name;
  const w = WORDS.get(written.toLowerCase());
  return w ? w.name : null;
}

const IRREGULAR: ReadonlyMap<string, string> = wordMap({
  people: 'people', men: 'man', women: 'woman', children: 'child', feet: 'foot', teeth: 'tooth', mice: 'mouse',
  geese: 'goose', data: 'data', media: 'media', criteria: 'criterion', phenomena: 'phenomenon', series: 'series',
  species: 'species', news: 'news', analyses: 'analysis', crises: 'crisis', theses: 'thesis', indices: 'index',
  lives: 'life', wives: 'wife', knives: 'knife', leaves: 'leaf', halves: 'half', shelves: 'shelf', wolves: 'wolf',
  thieves: 'thief', fishermen: 'fisherman', police: 'police', staff: 'staff', sheep: 'sheep', fish: 'fish',
});

/** Naive English singular for a counted head noun ("records" → "record", "companies" → "company"). */
export function singular(noun: string): string {
  const w = noun.toLowerCase();
  const known = IRREGULAR.get(w);
  if (known) return known;
  if (/men$/.test(w) && w.length > 4) return `${w.slice(0, -3)}man`;
  if (/[^aeiou]ies$/.test(w)) return `${w.slice(0, -3)}y`;
  if (/(?:ss|sh|ch|x|zz)es$/.test(w) || /[^aeiou]uses$/.test(w)) return w.slice(0, -2);
  if (/(?:o)es$/.test(w) && !/(?:shoes|toes|canoes)$/.test(w)) return w.slice(0, -2);
  if (/(?:ss|us|is|ics|as)$/.test(w)) return w;
  if (/s$/.test(w) && w.length > 2) return w.slice(0, -1);
  return w;
}
