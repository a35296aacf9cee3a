// Scoring without building feature strings (src/core/learn/feature-hash.ts) must read the very buckets and weights
// the trainer's strings do: the claims and incident-type models' fast paths against their references on the samples.
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { requireTs } = require('../../scripts/train/lib/require-ts');

const { fnvFrom, FNV_START, bucketOfState, wordAndPairStates } = requireTs('src/core/learn/feature-hash.ts');
const { fnv1a, bucketOf } = requireTs('src/core/learn/linear.ts');
// One bundle, so that both paths read the same loaded model.
const claims = requireTs('test/unit/fixtures/model-paths.ts');

test('hashing a prefix and then the rest gives the hash of the whole string', () => {
  for (const [a, b] of [['w=', 'breach'], ['b=<s>_', 'ünïcode'], ['', ''], ['len=', '3']]) {
    assert.equal(fnvFrom(fnvFrom(FNV_START, a), b) >>> 0, fnv1a(a + b));
    for (const bits of [14, 18, 30]) assert.equal(bucketOfState(fnvFrom(FNV_START, a + b), bits), bucketOf(a + b, bits));
  }
});

const dir = path.join(__dirname, '..', '..', 'samples');
const samples = fs.readdirSync(dir).map((f) => fs.readFileSync(path.join(dir, f), 'utf8'));

test('the claims model scores words and cues as it scores the full feature list', () => {
  const sentences = samples.flatMap((t) => t.split(/(?<=[.!?])\s+|\n+/));
  sentences.push('', '$4.5 million?', 'Officials blamed the ransomware gang for 12 outages last year.');
  const kinds = [[], ['money'], ['date', 'count']];
  let n = 0;
  for (const s of sentences) {
    for (const figureKinds of kinds) {
      const ev = { figureKinds, sourceKind: n % 2 ? 'person' : 'none', quoted: n % 3 === 0 };
      const words = claims.claimWords(s);
      const fast = claims.wordsWorthiness(words, claims.cues(s, ev, words.length));
      assert.deepEqual(fast, claims.checkWorthiness(claims.claimFeatures(s, ev)), s);
      n++;
    }
  }
  assert.ok(n > 100);
});

test('the incident-type model scores hashed words as it scores the full feature lists', () => {
  const m = claims;
  const models = m.shippedIncidentModels();
  let n = 0;
  for (const text of [...samples, samples.join('\n\n')]) {
    const doc = m.segment(text);
    const figures = m.extractFigures(doc, 600);
    const want = m.typeProbabilities(models, m.sentenceInputs(doc.sentences, figures, text));
    assert.deepEqual(m.hashedTypeProbabilities(models, doc.sentences, figures, text), want);
    n += want.length;
  }
  assert.ok(n > 50);
});

// words() scans characters instead of running its Unicode pattern; the pattern stays the reference here.
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;
const wordsByPattern = (text) => (text.toLowerCase().match(WORD) ?? []).map((w) => (/['’]s$/.test(w) ? w.slice(0, -2) : w));
const tricky = [
  '', "Acme's customers' data", 'the firm’s 2,300 records', "'s", "s's x'S", 'İstanbul ÇAĞRI Ωmega naïve café ªº ²³ ¼',
  'Σ ΟΔΟΣ', 'e-mail -- co-op’s', '𝐀cme 𝟙 emoji 😀 text', 'über–straße', 'x\u00a0y\u2019s', '٣ ٤ 一二三 日本語の',
];

test('words() reads the words its pattern reads', () => {
  const sentences = [...tricky, ...samples.flatMap((t) => t.split(/(?<=[.!?])\s+|\n+/))];
  for (const s of sentences) {
    assert.deepEqual(claims.words(s), wordsByPattern(s), s);
    assert.deepEqual(claims.wordFeatureStates(s), wordAndPairStates(wordsByPattern(s)), s);
  }
});

test('the cue features hashed as they are written are the states of their strings', () => {
  const contexts = [
    { index: 0, hasCount: false, articleTypes: new Set() },
    { index: 2, hasCount: true, articleTypes: new Set(['breach', 'phishing']) },
    { index: 7, hasCount: false, articleTypes: new Set(['ransomware']) },
  ];
  const sentences = [...tricky, ...samples.flatMap((t) => t.split(/(?<=[.!?])\s+|\n+/))];
  for (const s of sentences) {
    for (const ctx of contexts) {
      const want = claims.sentenceCueFeatures(s, ctx).map((f) => fnvFrom(FNV_START, f));
      assert.deepEqual(claims.sentenceCueStates(s, ctx, []), want, s);
    }
  }
});

test('claimWords() reads the tokens its pattern reads', () => {
  const CLAIM_WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*|[$%?€£]/gu;
  const byPattern = (text) => (text.toLowerCase().match(CLAIM_WORD) ?? []).map((t) => (/^\p{N}/u.test(t) ? '<num>' : t.replace('’', "'")));
  const extra = ["rock'n'roll o’brien’s ’tis it'4 x'", '$4.5 million? 12% €3 £2 ¥9', "don't can’t won’t’ve", 'ⅻ ① ٣٤ x²'];
  for (const s of [...tricky, ...extra, ...samples.flatMap((t) => t.split(/(?<=[.!?])\s+|\n+/))]) assert.deepEqual(claims.claimWords(s), byPattern(s), s);
});
