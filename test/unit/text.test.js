const test = require('node:test');
const assert = require('node:assert/strict');
const { analyze } = require('../../dist/core.js');

test('analyze returns the contract shape on empty text', () => {
  const a = analyze('');
  assert.equal(a.schemaVersion, 1);
  for (const key of ['figures', 'quotes', 'claims', 'incidents', 'people', 'outlets']) assert.ok(Array.isArray(a[key]), key);
});
