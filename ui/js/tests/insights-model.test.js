import './english.js';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  rangeStart, distressSummary, changeWords, toolLine, toolsSummary, tearsSummary, signsSummary, scale, importSummary,
} from '../insights-model.js';

test('ranges start the right number of months back, or not at all', () => {
  const today = new Date(2026, 10, 22);
  assert.equal(rangeStart('3m', today), '2026-08-22');
  assert.equal(rangeStart('12m', today), '2025-11-22');
  assert.equal(rangeStart('all', today), null);
});

test('distress is summarised with averages, and not before there is enough', () => {
  assert.match(distressSummary([{ before: 7, after: 4 }]), /two or three sessions/);
  const text = distressSummary([{ before: 7, after: 4 }, { before: 6, after: 6 }, { before: 8, after: null }]);
  assert.equal(text, 'Across 3 sessions with ratings, distress was 7 out of 10 on average before and 5 after. It was lower afterwards in 1 of 2.');
});

test('changes are said in words, lower or higher, never as a judgement', () => {
  assert.equal(changeWords(-2.04), '2 lower on average');
  assert.equal(changeWords(0.5), '0.5 higher on average');
  assert.equal(changeWords(0.01), 'no change on average');
  const names = new Map([['exhale', 'Longer exhale']]);
  assert.equal(toolLine({ tool: 'pacer', used: 'exhale', rated: 3, averageChange: -1.5 }, names),
    'Longer exhale (breathing): 3 times rated, distress 1.5 lower on average');
  assert.match(toolsSummary([{ tool: 'pacer', used: 'exhale', rated: 3, averageChange: -1.5 }], names), /went down most with Longer exhale/);
  assert.match(toolsSummary([], names), /When you rate/);
});

test('tears and warning signs add up across periods', () => {
  const periods = [
    { sessions: 2, withTears: 1, tearKinds: { grief: 1 }, warningSigns: { flooding: 1 } },
    { sessions: 1, withTears: 1, tearKinds: { grief: 1, release: 1 }, warningSigns: { flooding: 1, panic: 1 } },
  ];
  assert.equal(tearsSummary(periods, 'week'), 'Tears in 2 of 3 sessions, shown per week. The kind you noted most: grief. More or fewer is not a goal either way; this is only what you noted.');
  assert.equal(signsSummary(periods), 'Noted: flooded after 2 sessions; panic after 1 session.');
  assert.equal(signsSummary([{ sessions: 1, withTears: 0, tearKinds: {}, warningSigns: {} }]), 'Nothing to keep an eye on was noted in this time.');
});

test('a scale maps its domain onto its range, and a flat domain to the middle', () => {
  assert.equal(scale(0, 10, 100, 0)(5), 50);
  assert.equal(scale(3, 3, 0, 10)(3), 5);
});

test('an import preview says what it adds and what is already there', () => {
  const c = (added, updated = 0, unchanged = 0) => ({ added, updated, unchanged });
  const report = { sessions: c(2, 1, 3), bringUp: c(0), practice: c(1), notes: c(0, 0, 1), drafts: c(0), first: '2026-11-03T18:00', last: '2026-11-10T18:00' };
  const s = importSummary({ restoring: false, report });
  assert.equal(s.heading, 'Importing this adds:');
  // Dates as the language writes them (Intl), not as the file does.
  const day = (d) => new Intl.DateTimeFormat('en', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${d}T00:00:00Z`));
  assert.equal(s.span, `The sessions added are from ${day('2026-11-03')} to ${day('2026-11-10')}.`);
  assert.deepEqual(s.lines, ['2 new sessions', '1 session with a newer version', '1 new practice rating', '4 records are already in your journal and will stay as they are']);
  const none = importSummary({ restoring: false, report: { ...report, sessions: c(0, 0, 3), practice: c(0, 0, 1), first: null, last: null } });
  assert.equal(none.heading, 'Everything in this file is already in your journal.');
});
