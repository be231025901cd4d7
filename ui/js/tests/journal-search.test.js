import './english.js';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TEAR_FILTERS, countText, emptyQuery, hasFilters, isFiltered, timelineBits, toQuery } from '../journal-search.js';

test('an empty query asks for every session', () => {
  assert.deepEqual(toQuery(emptyQuery()), { text: '', from: null, to: null, therapist: null, tears: [], tag: null });
  assert.equal(isFiltered(emptyQuery()), false);
});

test('"some tears" asks for any kind of tears; one kind asks for that kind', () => {
  assert.deepEqual(toQuery({ ...emptyQuery(), tears: 'some' }).tears, ['during', 'after', 'both']);
  assert.deepEqual(toQuery({ ...emptyQuery(), tears: 'none' }).tears, ['none']);
  assert.ok(TEAR_FILTERS.every(([v]) => v === '' || v === 'some' || toQuery({ ...emptyQuery(), tears: v }).tears[0] === v));
});

test('search text is sent exactly as typed; filters as set', () => {
  const q = { ...emptyQuery(), text: '  שלום <b>', from: '2026-01-01', therapist: 'Dr. Rivera' };
  assert.deepEqual(toQuery(q), { text: '  שלום <b>', from: '2026-01-01', to: null, therapist: 'Dr. Rivera', tears: [], tag: null });
});

test('the filters open by themselves only when one of them is set, not for search text alone', () => {
  assert.equal(hasFilters({ ...emptyQuery(), text: 'sleep' }), false);
  assert.equal(isFiltered({ ...emptyQuery(), text: 'sleep' }), true);
  assert.equal(hasFilters({ ...emptyQuery(), tag: 'family' }), true);
});

test('the count says what was found, kindly when nothing was', () => {
  assert.equal(countText(0, false), 'No sessions yet. When you are ready, “New session” is here.');
  assert.equal(countText(0, true), 'No sessions match. Try fewer words or filters.');
  assert.equal(countText(1, false), '1 session.');
  assert.equal(countText(1, true), '1 session matches.');
  assert.equal(countText(12, true), '12 sessions match.');
  assert.equal(countText(1200, false), '1,200 sessions.');
});

test('a timeline item names distress, tears and signs only when noted', () => {
  const bare = { distressBefore: null, distressAfter: null, tears: null, warningSigns: [] };
  assert.deepEqual(timelineBits(bare), []);
  assert.deepEqual(timelineBits({ ...bare, distressBefore: 0, tears: 'none' }), ['distress 0 → –'], 'zero is a rating; no tears is not news');
  assert.deepEqual(timelineBits({ ...bare, distressBefore: 7, distressAfter: 3, tears: 'after', warningSigns: ['panic', 'numbness'] }),
    ['distress 7 → 3', 'afterwards', '2 things to keep an eye on']);
  assert.deepEqual(timelineBits({ ...bare, distressAfter: 2, tears: 'both', warningSigns: ['panic'] }),
    ['distress – → 2', 'during and after', '1 thing to keep an eye on']);
});
