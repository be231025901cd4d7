import './english.js';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  BODY, TEARS, createAutosave, entryFromValues, valuesFromSession, formatHeldAt, formatTime, formatWritten, label, labelled, localValue, unlockedWords, toolsForSigns,
} from '../journal-model.js';

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

test('dates read naturally, in the language spoken, and local values have minutes', () => {
  assert.equal(localValue(new Date(2026, 0, 5, 9, 7)), '2026-01-05T09:07');
  // What Intl writes for English ('en'); the space before PM may be a narrow one.
  assert.match(formatHeldAt('2026-11-22T17:30'), /^Sun, Nov 22, 2026, 05:30\sPM$/);
  assert.equal(formatHeldAt('not a date'), 'not a date');
  const evening = new Date(2026, 10, 22, 21, 5, 9).toISOString();
  assert.match(formatTime(evening), /^09:05\sPM$/);
  assert.match(formatWritten(evening), /^11\/22\/2026, 9:05:09\sPM$/);
});

test('each choice is named in words, and an unknown one by its value', () => {
  assert.equal(label(BODY, 'calm'), 'Calm and connected');
  assert.equal(label(TEARS, 'after'), 'Afterwards');
  assert.equal(label(TEARS, 'sideways'), 'sideways');
  assert.deepEqual(labelled(TEARS)[0], ['none', 'No tears']);
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
  assert.equal(unlockedWords({ captures: 3, unreadable: 0 }), 'Unlocked. 3 things you noted while it was locked were added.');
  assert.equal(unlockedWords({ captures: 0, unreadable: 1 }),
    'Unlocked. 1 thing waiting could not be added, so it was kept aside, still sealed, in the journal\'s folder (inbox.unreadable). Everything else is here.');
});

test('a ticked warning sign offers the tool that fits it, each once', () => {
  assert.deepEqual(toolsForSigns([]), []);
  assert.deepEqual(toolsForSigns(['dissociation']).map((t) => t.list), ['far-away']);
  assert.deepEqual(toolsForSigns(['panic']).map((t) => t.breathe), [true]);
  const hours = toolsForSigns(['worse-for-hours']);
  assert.equal(hours[0].list, 'aftercare');
  assert.match(hours[0].note, /worth telling your therapist/);
  assert.equal(hours[0].label, 'Aftercare after a hard session: a grounding list');
  assert.equal(toolsForSigns(['panic'])[0].note, undefined);
  assert.deepEqual(toolsForSigns(['panic', 'numbness', 'dissociation']).map((t) => t.sign), ['dissociation', 'numbness', 'panic']);
});
