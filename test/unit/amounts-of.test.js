// What every amount is of: money, percentages and measures carry the noun phrase they are of, for, on or in.
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { analyze } = require('../../dist/core.js');

const countsOf = (text) => analyze(text).figures.filter((f) => f.kind !== 'date' && f.kind !== 'count').map((f) => [f.text, f.counts]);

test('money, percent and measures say what they are of (the issue\'s examples, invented sentences)', () => {
  assert.deepEqual(countsOf('The two ports had $98 billion in bilateral trade.'), [['$98 billion', 'bilateral trade']]);
  assert.deepEqual(countsOf('The fine can reach 3% of its turnover.'), [['3%', 'turnover']]);
  assert.deepEqual(countsOf('Ministers imposed a 15% levy on aluminium.'), [['15%', 'levy on aluminium']]);
  assert.deepEqual(countsOf('The gang demanded a ransom of 30 bitcoin.'), [['30', 'ransom']]);
  assert.deepEqual(countsOf('They stole 500 gigabytes of internal documents.'), [['500', 'internal documents']]);
  assert.deepEqual(countsOf('The council set aside $6.2 million for the new radar.'), [['$6.2 million', 'new radar']]);
  assert.deepEqual(countsOf('It was a $5 million grant.'), [['$5 million', 'grant']]);
});

test('a change says what changed: "raised household rates by 18%", "sales fell by 4%", "prices rose 3%"', () => {
  assert.deepEqual(countsOf('The board raised household rates by 18% last spring.'), [['18%', 'household rates']]);
  assert.deepEqual(countsOf('Sales fell by 4%.'), [['4%', 'Sales']]);
  assert.deepEqual(countsOf('Bus fares rose 3% in March.'), [['3%', 'fares']]);
  // a time after the amount is no "what"
  assert.deepEqual(countsOf('It grew in value, 3% in March.'), [['3%', null]]);
});

test('most money and percent figures of the test articles say what they are of', () => {
  const dir = path.join(__dirname, '..', 'fixtures', 'articles');
  let n = 0;
  let filled = 0;
  for (const f of fs.readdirSync(dir).filter((x) => x.endsWith('.txt'))) {
    for (const x of analyze(fs.readFileSync(path.join(dir, f), 'utf8')).figures) {
      if (x.kind !== 'money' && x.kind !== 'percent') continue;
      n++;
      if (x.counts) filled++;
    }
  }
  assert.ok(n >= 8, `${n} money and percent figures`);
  assert.ok(filled / n >= 0.7, `${filled} of ${n} say what they are of`);
});

test('what an amount is of, past a verb or a qualifier: cost, yield, worth, demand, apposition (invented sentences)', () => {
  assert.deepEqual(countsOf('The council said repairs would cost $1.8 million.'), [['$1.8 million', 'repairs']]);
  assert.deepEqual(countsOf('Critics argue that the fee cut will cost the city $3 million.'), [['$3 million', 'fee cut']]);
  assert.deepEqual(countsOf('The cost of the response could reach $18 million.'), [['$18 million', 'cost of the response']]);
  assert.deepEqual(countsOf('Two buyers cancelled orders worth $45 million.'), [['$45 million', 'orders']]);
  assert.deepEqual(countsOf('The city could cover the gap of about $11 million.'), [['$11 million', 'gap']]);
  assert.deepEqual(countsOf('Weekend ridership fell by about 3%.'), [['3%', 'ridership']]);
  assert.deepEqual(countsOf('Traffic on the bridge fell by 12% in May.'), [['12%', 'Traffic on the bridge']]);
  // a name after "on/of" is whole, and the phrase it ends is what the amount is of (not the name's last word)
  assert.deepEqual(countsOf('Officials said the attack on Pellham County Hospital cost $3 million.'), [['$3 million', 'attack on Pellham County Hospital']]);
  assert.deepEqual(countsOf('Tolls on bridges rose by 4%.'), [['4%', 'Tolls on bridges']]);
  assert.deepEqual(countsOf('The gang asked for a ransom of 40 bitcoin, about $2.6 million.'), [['40', 'ransom'], ['$2.6 million', 'ransom']]);
  assert.deepEqual(countsOf('The attackers demanded $900,000.'), [['$900,000', 'demand']]);
});

test('money and percent figures say what they are of in at least 90% of cases over our articles, samples and fixtures', () => {
  const fixtures = path.join(__dirname, '..', 'fixtures');
  const samples = path.join(__dirname, '..', '..', 'samples');
  const list = (dir) => fs.readdirSync(dir).filter((f) => /\.(txt|md)$/.test(f) && f !== 'README.md').map((f) => path.join(dir, f));
  let n = 0;
  let filled = 0;
  for (const file of [...list(samples), ...list(fixtures), ...list(path.join(fixtures, 'articles'))]) {
    for (const x of analyze(fs.readFileSync(file, 'utf8')).figures) {
      if (x.kind !== 'money' && x.kind !== 'percent') continue;
      n++;
      if (x.counts) filled++;
    }
  }
  assert.ok(n >= 40, `${n} money and percent figures`);
  assert.ok(filled / n >= 0.9, `${filled} of ${n} say what they are of`);
});
