// Figures: numbers with what they count, money, percentages, measures, durations, dates; our own short fixtures.
const test = require('node:test');
const assert = require('node:assert/strict');
const { analyze } = require('../../dist/core.js');

const figures = (text) => {
  const list = analyze(text).figures;
  for (const f of list) assert.equal(text.slice(f.start, f.end), f.text, `span of ${JSON.stringify(f)}`);
  for (let i = 1; i < list.length; i++) assert.ok(list[i - 1].start <= list[i].start, 'document order');
  return list;
};
const one = (text, written) => {
  const f = figures(text).find((x) => x.text === written);
  assert.ok(f, `no figure "${written}" in: ${text} → ${JSON.stringify(figures(text).map((x) => x.text))}`);
  return f;
};
const texts = (text) => figures(text).map((f) => f.text);
const near = (a, b) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

test('counts: the counted noun, its head as unit, and the qualifier', () => {
  const a = one('A leaked database listed as many as 4.2 million patient files from the clinic.', '4.2 million');
  assert.equal(a.kind, 'count');
  assert.equal(a.value, 4200000);
  assert.equal(a.counts, 'patient files');
  assert.equal(a.unit, 'file');
  assert.equal(a.qualifier, 'at-most');

  const b = one('Intruders reached over 12 million Social Security numbers held by the bureau.', '12 million');
  assert.equal(b.qualifier, 'at-least');
  assert.equal(b.counts, 'Social Security numbers');
  assert.equal(b.unit, 'number');

  assert.equal(one('The club signed 14 first-team players last summer.', '14').unit, 'player');
  assert.equal(one('Roughly 300 volunteers turned up.', '300').qualifier, 'approx');
  assert.equal(one('Nearly 40 homes flooded.', '40').qualifier, 'approx');
  assert.equal(one('Up to 400 jobs will go.', '400').qualifier, 'at-most');
  assert.equal(one('Fewer than 20 buses ran.', '20').qualifier, 'at-most');
});

test('money and percentages written side by side stay two figures', () => {
  const list = figures('The deal was worth $2.4 billion, 18% above the first offer.');
  assert.deepEqual(list.map((f) => [f.text, f.kind, f.value, f.unit]), [
    ['$2.4 billion', 'money', 2400000000, 'dollar'],
    ['18%', 'percent', 18, 'percent'],
  ]);
});

test('currencies: symbols, codes, words and scale suffixes', () => {
  const cases = [
    ['It cost €250m to build.', '€250m', 250000000, 'euro'],
    ['The fine was £1.2bn.', '£1.2bn', 1200000000, 'pound sterling'],
    ['They raised US$3 million.', 'US$3 million', 3000000, 'dollar'],
    ['Tickets sold for HK$5.4m in total.', 'HK$5.4m', 5400000, 'hong kong dollar'],
    ['The fund holds 10.5 million Canadian dollars in cash.', '10.5 million', 10500000, 'canadian dollar'],
    ['Gold traded at USD1,700 an ounce.', 'USD1,700', 1700, 'dollar per ounce'],
    ['The ransom was 0.5 bitcoins.', '0.5', 0.5, 'bitcoin'],
    ['Prices fell by 19 cents a litre.', '19', 19, 'cent per litre'],
    ['He paid Rs 3 lakh for the car.', 'Rs 3 lakh', 300000, 'rupee'],
    ['The bill came to 2,400€ after tax.', '2,400€', 2400, 'euro'],
    // £ and ¥ after an ASCII transliteration
    ['The bid was worth PS3.6bn to its owners.', 'PS3.6bn', 3600000000, 'pound sterling'],
    ['The shares closed at Y=14,250 on Friday.', 'Y=14,250', 14250, 'japanese yen'],
  ];
  assert.deepEqual(texts('The PS4 console outsold the PS5 that winter.'), [], 'a console model is not money');
  for (const [text, written, value, unit] of cases) {
    const f = one(text, written);
    assert.equal(f.kind, 'money', text);
    assert.ok(near(f.value, value), `${text}: ${f.value}`);
    assert.equal(f.unit, unit, text);
  }
});

test('change: rose, fell, up, down', () => {
  assert.equal(one('Sales rose 5% in March.', '5%').change, 'up');
  assert.equal(one('The stock fell by 19 cents on Friday.', '19').change, 'down');
  assert.equal(one('Exports were down 2.3% last month.', '2.3%').change, 'down');
  assert.equal(one('Revenue climbed to $7 billion.', '$7 billion').change, null, 'a level reached, not a change');
  assert.equal(one('The index ended 2.5 percent lower.', '2.5 percent').change, 'down');
});

test('percent forms', () => {
  assert.equal(one('Turnout was 61 per cent.', '61 per cent').value, 61);
  assert.equal(one('Rates rose 0.25 percentage points.', '0.25 percentage points').unit, 'percentage point');
  assert.equal(one('A 40 basis point cut followed.', '40 basis point').unit, 'basis point');
  assert.equal(one('Borrowing costs hit 1.4pc.', '1.4pc').unit, 'percent');
  assert.equal(one('The error rate is now .002 per cent.', '.002 per cent').value, 0.002);
});

test('ranges: to, between, dashes, scale spreading back, units spreading back', () => {
  const a = one('The battery range grows from 240 to 275 miles.', '240 to 275');
  assert.deepEqual(a.value, [240, 275]);
  assert.equal(a.unit, 'mile');
  assert.equal(a.qualifier, 'range');
  assert.deepEqual(one('Between 3 and 5 people were hurt.', '3 and 5').value, [3, 5]);
  assert.deepEqual(one('Expect 3-5 inches of snow.', '3-5').value, [3, 5]);
  assert.deepEqual(one('A fine of $2 billion to $4 billion is likely.', '$2 billion to $4 billion').value, [2e9, 4e9]);
  assert.deepEqual(one('Guidance is $70 to $75 billion.', '$70 to $75 billion').value, [70e9, 75e9]);
  assert.deepEqual(one('There are 1 to 2 thousand pupils.', '1 to 2 thousand').value, [1000, 2000]);
  assert.deepEqual(one('Growth of 4 to 6 per cent is forecast.', '4 to 6 per cent').value, [4, 6]);
  assert.deepEqual(one('We need three or four more weeks.', 'three or four').value, [3, 4]);
  // a change followed by a level is not a range
  const list = figures('Profit increased by $3.1 billion to $40.2 billion.');
  assert.deepEqual(list.map((f) => f.value), [3.1e9, 40.2e9]);
  assert.deepEqual(figures('Shares rose 6.2% to 4.15.').map((f) => f.value), [6.2, 4.15]);
});

test('measures and durations', () => {
  const cases = [
    ['The storm packed 130 mph winds.', '130', 'mile per hour'],
    ['It reached 210 km/h on the straight.', '210', 'kilometre per hour'],
    ['A 6.7-inch screen is standard.', '6.7', 'inch'],
    ['The tower is 95m tall.', '95m', 'metre'],
    ['The parcel weighed 2.5kg.', '2.5kg', 'kilogram'],
    ['It stores 128GB of photos.', '128GB', 'gigabyte'],
    ['The engine makes 300 horsepower.', '300', 'horsepower'],
    ['Water boils at 100 degrees Celsius.', '100', 'celsius'],
    ['The flat covers 85 sq m.', '85', 'square metre'],
    ['The plant uses 40 megawatts.', '40', 'megawatt'],
  ];
  for (const [text, written, unit] of cases) {
    const f = one(text, written);
    assert.equal(f.kind, 'measure', text);
    assert.equal(f.unit, unit, text);
  }
  const d = one('He served three years in prison.', 'three');
  assert.equal(d.kind, 'duration');
  assert.equal(d.unit, 'year');
  assert.equal(d.value, 3);
  const age = one('The 42-year-old pilot landed safely.', '42');
  assert.equal(age.unit, 'year of age');
});

test('number words, fractions and vague amounts', () => {
  assert.equal(one('Twenty-five delegates walked out.', 'Twenty-five').value, 25);
  assert.equal(one('A dozen reporters waited.', 'A dozen').value, 12);
  assert.equal(one('About three hundred thousand people marched.', 'three hundred thousand').value, 300000);
  assert.equal(one('Half a million homes lost power.', 'Half a million').value, 500000);
  assert.ok(near(one('Two-thirds of the members voted yes.', 'Two-thirds').value, 2 / 3));
  assert.equal(one('A quarter of the staff left.', 'A quarter').value, 0.25);
  assert.equal(one('Half of the budget went unspent.', 'Half').value, 0.5);
  assert.ok(near(one('One in four adults smokes.', 'One in four').value, 0.25));
  assert.deepEqual(one('Tens of thousands of fans queued.', 'Tens of thousands').value, [10000, 100000]);
  const h = one('Hundreds of flights were cancelled.', 'Hundreds');
  assert.deepEqual(h.value, [100, 1000]);
  assert.equal(h.unit, 'flight');
  assert.deepEqual(one('It may cost tens of millions of dollars.', 'tens of millions').value, [1e7, 1e8]);
  assert.equal(one('tens of millions of dollars were lost', 'tens of millions').unit, 'dollar');
  assert.equal(one('The fire closed one of its two hospitals.', 'one').unit, 'hospital');
  assert.deepEqual(texts('It was one of the worst outages ever.'), [], 'a superlative, not a count');
  assert.equal(one('Three gunmen were arrested.', 'Three').counts, 'gunmen');
});

test('dates, years and times are dates; ordinals are ordinals; neither is a count', () => {
  const a = one('The leaders meet on Oct. 14 in Rome.', 'Oct. 14');
  assert.equal(a.kind, 'date');
  assert.equal(a.date, '--10-14');
  assert.equal(a.value, null);
  assert.equal(one('It was signed on March 3, 2016, in Paris.', 'March 3, 2016').date, '2016-03-03');
  assert.equal(one('The plant opened in 2009.', '2009').date, '2009');
  assert.equal(one('Prices doubled in the 1970s.', '1970s').kind, 'date');
  assert.equal(one('The polls closed at 8:30 p.m. local time.', '8:30 p.m.').date, 'T20:30');
  assert.equal(one('They married on 12 June 1998.', '12 June 1998').date, '1998-06-12');
  assert.equal(one('Results came in November 2019.', 'November 2019').date, '2019-11');
  assert.equal(one('She finished 3rd in the race.', '3rd').kind, 'ordinal');
  assert.equal(one('The 2000 rpm limit applies.', '2000').kind, 'measure', 'a year-like number with a unit is no year');
});

test('not figures: week words, names with numbers, codes, scores, addresses, URLs', () => {
  assert.deepEqual(texts('A weeklong visit began. Last week the talks stalled.'), []);
  assert.deepEqual(texts('The iPhone 15 and Windows 11 both shipped in Q3.'), []);
  assert.deepEqual(texts('The match ended 3-1 and the rematch 2-2.'), []);
  assert.deepEqual(texts('Call 555-867-5309 for details.'), []);
  assert.deepEqual(texts('The office moved to 221 Harbour Road last year.'), []);
  assert.deepEqual(texts('See https://example.com/2019/04/report-123 and user_2041 for details.'), []);
  assert.deepEqual(texts('The COVID-19 wave and the F-35 jet were discussed.'), []);
  assert.deepEqual(texts('Version 2.4.1 fixed it; the router sits at 10.0.0.1.'), []);
  assert.deepEqual(texts('Smith, 52, said he would stay.'), []);
  assert.deepEqual(texts('They found the same one again.'), []);
  assert.deepEqual(texts('The No. 2 seed drove a 4x4 to the 7-Eleven.'), []);
  assert.deepEqual(texts('Covid-19 hit; the 2-to-1 vote came in her early 20s.'), []);
});

test('what a count counts is read through modifiers and past verbs', () => {
  assert.equal(one('About 60 commercial fishermen work there.', '60').unit, 'fisherman');
  assert.equal(one('The 300 recorded songs were reissued.', '300').unit, 'song');
  assert.equal(one('Police found 19 stolen bikes in the shed.', '19').unit, 'bike');
  assert.equal(one('She scored 22 goals in all competitions.', '22').unit, 'goal');
  assert.equal(one('It sold 4.3M digital and physical copies.', '4.3M').unit, 'copy');
  assert.equal(one('She collected 340 million of the 2.5 billion pesos she needs.', '340 million').unit, 'peso');
});

// How the time grows with input size is measured in the bench (npm run bench:adversarial, which has these inputs):
// wall-clock limits here would fail on a busy machine and pass a quadratic rule on a fast one.
test('large and hostile input is analysed whole, with exact spans', () => {
  const para = 'In 2019 the firm paid $1.5 billion, 37% more than the 21 million records it lost on Sept. 23 suggested. ';
  const big = para.repeat(Math.ceil(300000 / para.length));
  assert.ok(figures(big).length >= 5 * Math.floor(big.length / para.length) - 5, 'every figure of every paragraph');
  for (const s of ['9'.repeat(50000), '1,'.repeat(20000), 'a_'.repeat(20000), `${'x'.repeat(20000)}@`, '- '.repeat(20000), 'one '.repeat(5000)]) {
    figures(s); // spans and order checked inside
  }
});
