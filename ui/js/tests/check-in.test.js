import './english.js';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkInLabel, dueTime } from '../check-in.js';

test('the delays the backend offers today read as people say them', () => {
  assert.deepEqual([15, 30, 45, 60, 90, 120].map(checkInLabel),
    ['15 minutes', '30 minutes', '45 minutes', '1 hour', '1½ hours', '2 hours']);
});

test('delays the backend might offer later still read well', () => {
  assert.equal(checkInLabel(1), '1 minute');
  assert.equal(checkInLabel(5), '5 minutes');
  assert.equal(checkInLabel(75), '75 minutes', 'no "1¼ hours": minutes are clearer');
  assert.equal(checkInLabel(150), '2½ hours');
  assert.equal(checkInLabel(180), '3 hours');
});

test('a due time is the local time of day, in the clock format asked for', () => {
  const due = new Date(2026, 2, 14, 21, 5).toISOString();
  assert.equal(dueTime(due, 'en-GB'), '21:05');
  // ICU may put a narrow no-break space before the day period.
  assert.match(dueTime(due, 'en-US'), /^9:05[\s\u202f]PM$/);
  assert.match(dueTime(due), /^(21:05|9:05[\s\u202f]PM)$/, 'without one, the language spoken (here English) decides');
});
