import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countryFromLocale } from '../region.js';

test('a country is suggested from the language tag only when Ebb has lines for it', () => {
  const known = ['GB', 'US', 'FR'];
  assert.equal(countryFromLocale('en-GB', known), 'GB');
  assert.equal(countryFromLocale('fr_FR.UTF-8', known), 'FR');
  assert.equal(countryFromLocale('en-us', known), 'US');
  assert.equal(countryFromLocale('de-DE', known), null, 'no lines for it here');
  assert.equal(countryFromLocale('en', known), null, 'no country in the tag');
  assert.equal(countryFromLocale('', known), null);
  assert.equal(countryFromLocale(undefined, known), null);
});
