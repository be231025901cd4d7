import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createAutosave, entryFromValues, valuesFromSession, formatHeldAt, localValue, unlockedWords, toolsForSigns } from '../journal-model.js';

test('the form becomes an entry with text exactly as typed', () => {
  const entry = entryFromValues({
    heldAt: '2026-11-22T17:30', therapist: ' Sam ', cameUp: '  <img src=x onerror=alert(1)>\n', tags: 'work, , family ,',
    bringUp: 'sleep\n\n  money  \n', tears: 'none', tearKinds: ['grief'], distressBefore: 0,
  });
  assert.equal(entry.therapist, ' Sam ');
  assert.equal(entry.cameUp, '  <img src=x onerror=alert(1)>\n');
  assert.deepEqual(entry.tags, ['work', 'family']);
  assert.deepEqual(entry.bringUp, ['sleep', 'money']);
  assert.deepEqual(entry.tearKinds, [], 'kinds of tears only go with tears');
  assert.equal(entry.distressBefore, 0, 'zero is a rating, not a missing one');
  assert.equal(entry.bodyState, null);
});

test('a saved session goes back into the form unchanged', () => {
  const session = {
    heldAt: '2026-11-22T17:30', therapist: 'Sam', distressBefore: 6, distressAfter: null, bodyState: null, tears: 'both',
    tearKinds: ['grief'], cameUp: 'a', helped: 'b', aftercare: ['Water'], warningSigns: ['panic'], tags: ['x', 'y'],
    bringUp: ['one', 'two'], ticked: ['id1'],
  };
  const entry = entryFromValues(valuesFromSession(session));
  assert.deepEqual(entry, session);
});

test('dates read naturally and local values have minutes', () => {
  assert.equal(localValue(new Date(2026, 0, 5, 9, 7)), '2026-01-05T09:07');
  assert.match(formatHeldAt('2026-11-22T17:30', 'en-GB'), /22 Nov 2026/);
  assert.equal(formatHeldAt('not a date', 'en-GB'), 'not a date');
});

function fakeTimers() {
  const timers = new Map();
  let next = 1;
  return {
    setTimer: (fn, ms) => { timers.set(next, { fn, ms }); return next++; },
    clearTimer: (id) => timers.delete(id),
    fire() { const all = [...timers.values()]; timers.clear(); all.forEach((t) => t.fn()); },
    get count() { return timers.size; },
  };
}

test('autosave waits for a pause in typing, then saves once', async () => {
  const t = fakeTimers();
  let saves = 0;
  const auto = createAutosave({ save: async () => { saves++; }, delay: 1000, ...t });
  auto.changed();
  auto.changed();
  auto.changed();
  assert.equal(t.count, 1, 'each change restarts the one timer');
  assert.equal(saves, 0);
  t.fire();
  await new Promise((r) => setImmediate(r));
  assert.equal(saves, 1);
  await auto.flush();
  assert.equal(saves, 1, 'nothing new to save');
});

test('flush saves at once; a failed save is tried again at the next flush', async () => {
  const t = fakeTimers();
  let fail = true;
  let saves = 0;
  const auto = createAutosave({ save: async () => { saves++; if (fail) throw new Error('disk full'); }, ...t });
  auto.changed();
  await assert.rejects(auto.flush(), /disk full/);
  assert.equal(auto.dirty, true);
  fail = false;
  await auto.flush();
  assert.equal(saves, 2);
  assert.equal(auto.dirty, false);
  auto.changed();
  auto.cancel();
  await auto.flush();
  assert.equal(saves, 2, 'cancelled changes are not saved');
});

test('an unlock says what was added, and what was kept aside, in plain words', () => {
  assert.equal(unlockedWords({ captures: 0, unreadable: 0 }), 'Unlocked.');
  assert.equal(unlockedWords({ captures: 1, unreadable: 0 }), 'Unlocked. 1 thing you noted while it was locked was added.');
  assert.match(unlockedWords({ captures: 2, unreadable: 1 }), /^Unlocked\. 2 things .* were added\. 1 thing waiting could not be added, so it was kept aside, still sealed/);
  assert.match(unlockedWords({ captures: 0, unreadable: 3 }), /3 things waiting could not be added, so they were kept aside/);
});

test('a ticked warning sign offers the tool that fits it, each once', () => {
  assert.deepEqual(toolsForSigns([]), []);
  assert.deepEqual(toolsForSigns(['dissociation']).map((t) => t.list), ['far-away']);
  assert.deepEqual(toolsForSigns(['panic']).map((t) => t.breathe), [true]);
  const hours = toolsForSigns(['worse-for-hours']);
  assert.equal(hours[0].list, 'aftercare');
  assert.match(hours[0].note, /worth telling your therapist/);
  assert.deepEqual(toolsForSigns(['panic', 'numbness', 'dissociation']).map((t) => t.sign), ['dissociation', 'numbness', 'panic']);
});
