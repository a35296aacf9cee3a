// Scoring without building feature strings (src/core/learn/feature-hash.ts) must read the very buckets and weights
// the trainer's strings do: the claims and incident-type models' fast paths against their references on the samples.
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { requireTs } = require('../../scripts/train/lib/require-ts');

const { fnvFrom, FNV_START, bucketOfState } = requireTs('src/core/learn/feature-hash.ts');
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
