// Locked means locked: whatever locks the journal, no screen keeps any of it. Each
// test puts unique markers into the journal, opens a screen that shows them, locks,
// and then looks for the markers everywhere in the page: its text (hidden screens
// included), every field's value, every attribute and the markup itself.
// The journal is filled by importing a JSON export, as data.test.mjs does (debug
// builds take the file dialog's answer from EBB_TEST_OPEN_FILE).
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createJournal, openJournal, shown, snap, stopDriver, text, waitFor, withApp } from './lib/harness.mjs';
import { Keys } from './lib/webdriver.mjs';
import { importThroughSettings } from './lib/seed.mjs';

after(stopDriver);

const PASS = 'lanterns along the quay';

/** One word each (no spaces or hyphens), so search finds them whole. */
const MARK = {
  therapist: 'EBBMARKwho3c1f', // every session's therapist: timeline, filters, detail, insights
  cameUp: 'EBBMARKcame9a2b', // the newest sessions' "what came up": timeline excerpts, detail
  found: 'EBBMARKfound5e1d', // only the oldest session: seen only by searching for it
  tag: 'EBBMARKtag6f0a',
  bringUp: 'EBBMARKbring2b8c', // an item to bring up next time: the journal's first screen, the form
  note: 'EBBMARKnote7d4e', // a quick note
};
const ALL = Object.values(MARK);

/** 30 weekly sessions; the last three felt worse for hours (so there is something worth mentioning). */
function seededExport() {
  const pad = (n) => String(n).padStart(2, '0');
  const start = new Date();
  start.setDate(start.getDate() - 7 * 30);
  const sessions = [];
  for (let i = 0; i < 30; i++) {
    const d = new Date(start.getTime() + i * 7 * 86400000);
    const day = `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
    sessions.push({
      id: `lock${pad(i)}`,
      heldAt: `${day}T18:00`,
      therapist: `Dr. ${MARK.therapist}`,
      distressBefore: 5 + (i % 5),
      distressAfter: 2 + (i % 4),
      bodyState: null,
      tears: ['none', 'during', 'after', 'both'][i % 4],
      tearKinds: i % 4 === 0 ? [] : ['release'],
      cameUp: i === 0 ? `Week ${i}: ${MARK.found} and the garden.` : `Week ${i}: ${MARK.cameUp}, work and sleep.`,
      helped: 'Naming it out loud.',
      aftercare: [],
      warningSigns: i >= 27 ? ['worse-for-hours'] : [],
      tags: ['family', MARK.tag],
      createdAt: `${day}T19:00:00.000Z`,
      updatedAt: `${day}T19:00:00.000Z`,
    });
  }
  return {
    format: 'ebb-journal', version: 1, exportedAt: new Date().toISOString(),
    sessions,
    bringUp: [{ id: 'lockitem', text: `Ask about ${MARK.bringUp}`, raisedIn: 'lock29', position: 0, doneIn: null, doneAt: null }],
    practice: [],
    notes: [{ id: 'locknote', writtenAt: new Date().toISOString(), text: `A note: ${MARK.note}` }],
    drafts: [],
  };
}

/** The export as a file named `name`; its path. */
function seedFile(name = 'seed.json') {
  const path = join(mkdtempSync(join(tmpdir(), 'ebb-e2e-lock-')), name);
  writeFileSync(path, JSON.stringify(seededExport()));
  return path;
}

/** Every place in the page that still holds `marker`: text, values, attributes, markup. */
function tracesOf(s, marker) {
  return s.run((m) => {
    const found = [];
    const name = (el) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}`;
    if (document.documentElement.textContent.includes(m)) found.push('the page text');
    for (const el of document.querySelectorAll('input, textarea, select')) {
      if (el.value.includes(m)) found.push(`the value of ${name(el)}`);
    }
    for (const el of document.querySelectorAll('*')) {
      for (const a of el.attributes) if (a.value.includes(m)) found.push(`${a.name}= on ${name(el)}`);
    }
    if (document.documentElement.outerHTML.includes(m)) found.push('the markup');
    return found;
  }, marker);
}

/** Fails unless none of `markers` is anywhere in the page (given a moment to settle, with a deadline). */
async function assertForgotten(s, markers, what) {
  let traces = [];
  const remaining = async () => {
    traces = [];
    for (const m of markers) for (const t of await tracesOf(s, m)) traces.push(`${m} in ${t}`);
    return traces.length === 0;
  };
  try {
    await waitFor(what, remaining, { timeout: 3000 });
  } catch {
    assert.fail(`${what}: after the lock the page still holds ${traces.join('; ')}`);
  }
}

const journalStatus = (s) => s.run(() => window.__TAURI__.core.invoke('journal_status'));

async function lockWithCtrlL(s) {
  await s.press('l', Keys.control);
  await waitFor('the backend to lock the journal', async () => (await journalStatus(s)).state === 'locked');
}

/** Makes the journal and imports the seeded export through Settings. */
async function seed(s) {
  await createJournal(s, PASS);
  await importThroughSettings(s);
}

async function openInsights(s) {
  await s.press('4', Keys.alt);
  await waitFor('the insights with what is worth mentioning', async () => (await text(s, '#insights-mention')).includes(MARK.therapist), { timeout: 20_000 });
}

/** Insights → "worth mentioning" → one click to the session it comes from. */
async function openSessionFromInsights(s) {
  await openInsights(s);
  await s.click('#insights-mention button.link');
  await waitFor('the session', async () => (await text(s, '#detail-came-up')).includes(MARK.cameUp));
}

const lockedJournalShown = (s) => () => shown(s, '#journal-pass');

test('Insights forgets its charts, tables and summaries when Ctrl+L locks the journal', async () => {
  await withApp('lock-insights', async (s) => {
    await seed(s);
    await openInsights(s);
    assert.ok(await s.run(() => document.querySelectorAll('#view-insights svg').length >= 2), 'the charts are drawn');
    await lockWithCtrlL(s);
    await waitFor('the insights screen to say it needs the journal unlocked',
      async () => /show once it is unlocked/.test(await text(s, '#view-insights')));
    assert.equal(await s.run(() => document.querySelectorAll('#view-insights svg, #view-insights table').length), 0, 'no chart or table left');
    await assertForgotten(s, ALL, 'every marker');
    await snap(s, '47-insights-locked');
  }, { env: { EBB_TEST_OPEN_FILE: seedFile() } });
});

test('a session opened from Insights is forgotten, with Insights, when Ctrl+L locks the journal', async () => {
  await withApp('lock-detail', async (s) => {
    await seed(s);
    await openSessionFromInsights(s);
    await lockWithCtrlL(s);
    await waitFor('the unlock screen', lockedJournalShown(s));
    await assertForgotten(s, ALL, 'the session and the insights it was opened from');
  }, { env: { EBB_TEST_OPEN_FILE: seedFile() } });
});

test('search results and the search typed are forgotten, and do not come back at the next unlock', async () => {
  await withApp('lock-search', async (s) => {
    await seed(s);
    await openJournal(s);
    await waitFor('the timeline', () => shown(s, '#journal-search'));
    await s.fill('#journal-search', MARK.found);
    await waitFor('search to find the oldest session', async () => /^1 session matches/.test(await text(s, '#journal-count')));
    assert.ok((await text(s, '.timeline')).includes(MARK.found), 'the result shows the words found');
    await lockWithCtrlL(s);
    await waitFor('the unlock screen', lockedJournalShown(s));
    await assertForgotten(s, ALL, 'the search and its results');

    // Unlocked again: the timeline starts afresh, not filtered by what was typed before.
    await s.fill('#journal-pass', PASS);
    await s.press(Keys.enter);
    await waitFor('the timeline', () => shown(s, '#journal-search'), { timeout: 20_000 });
    await waitFor('every session listed', async () => /^30 sessions\./.test(await text(s, '#journal-count')));
    assert.equal(await s.run(() => document.getElementById('journal-search').value), '', 'the search box is empty');
    // The oldest session is past the first page, so nothing shows its words now.
    await assertForgotten(s, [MARK.found], 'the search typed before the lock');
  }, { env: { EBB_TEST_OPEN_FILE: seedFile() } });
});

test('the session form forgets what was typed (and what it offered) when Ctrl+L locks the journal', async () => {
  const typed = 'EBBMARKtyped4c7e';
  await withApp('lock-form', async (s) => {
    await seed(s);
    await openSessionFromInsights(s);
    await s.click('#view-journal .form-actions .primary'); // Edit
    await waitFor('the form', () => shown(s, '#session-form-title'));
    await s.fill('textarea[name=cameUp]', `${typed} half a thought`);
    await s.fill('input[name=tags]', `family, ${typed}`);
    await waitFor('the draft to be kept', async () => /Draft kept/.test(await text(s, '.session-form .form-status')));
    await lockWithCtrlL(s);
    await waitFor('the unlock screen', lockedJournalShown(s));
    await assertForgotten(s, [typed, ...ALL], 'the form and its draft');
  }, { env: { EBB_TEST_OPEN_FILE: seedFile() } });
});

test('quick notes, items to bring up and what is worth mentioning are forgotten when the Lock button is used', async () => {
  await withApp('lock-notes', async (s) => {
    await seed(s);
    await openInsights(s);
    await openJournal(s);
    await waitFor('the quick notes', async () => (await text(s, '.note-list')).includes(MARK.note));
    assert.match(await text(s, '#view-journal'), /Worth mentioning to your therapist/);
    assert.ok((await text(s, '#view-journal')).includes(MARK.bringUp), 'the item to bring up is shown');
    await s.click('#journal-lock');
    await waitFor('the unlock screen', lockedJournalShown(s));
    assert.equal(await shown(s, '#noticing-title'), false, 'nothing worth mentioning is left on screen');
    await assertForgotten(s, ALL, 'the notes and the journal\'s first screen');
  }, { env: { EBB_TEST_OPEN_FILE: seedFile() } });
});

test('the page for the next session, and the page drawn for printing, are forgotten when Ctrl+L locks the journal', async () => {
  await withApp('lock-summary', async (s) => {
    await seed(s);
    await openJournal(s);
    await s.click('#journal-summary');
    await waitFor('the preview', () => s.run(() => document.querySelectorAll('#summary-sections fieldset').length === 5));
    await s.click('#summary-stretch-last-month');
    await waitFor('the notes offered', () => s.run(() => !!document.getElementById('summary-notes-0')));
    await s.click('#summary-notes-0');
    assert.ok((await text(s, '#summary-sections')).includes(MARK.bringUp), 'the item to bring up is offered');
    await s.run(() => { window.print = () => {}; });
    await s.click('#summary-print');
    await waitFor('the page drawn for print', async () => (await text(s, '#summary-paper')).includes(MARK.cameUp));
    await lockWithCtrlL(s);
    await waitFor('the unlock screen', lockedJournalShown(s));
    assert.equal(await s.run(() => !!document.getElementById('summary-paper')), false, 'no page is left to print');
    await assertForgotten(s, ALL, 'the page for the next session');
  }, { env: { EBB_TEST_OPEN_FILE: seedFile() } });
});

test('an import preview (and a typed backup passphrase) in Settings is forgotten when Ctrl+L locks the journal', async () => {
  const fileMarker = 'EBBMARKfile1a9c';
  const passMarker = 'EBBMARKpass8e2d';
  await withApp('lock-import', async (s) => {
    await createJournal(s, PASS);
    await s.press('7', Keys.alt);
    await waitFor('settings', () => shown(s, '#import-choose'));
    await s.fill('#backup-pass', passMarker);
    await s.click('#import-choose');
    await waitFor('the preview', () => shown(s, '#import-preview'));
    assert.ok((await text(s, '#import-preview')).includes(fileMarker), 'the preview names the file');
    assert.match(await text(s, '#import-preview'), /30 new sessions/);
    await lockWithCtrlL(s);
    await assertForgotten(s, [fileMarker, passMarker], 'the preview');
    assert.equal(await shown(s, '#import-confirm'), false, 'nothing left to confirm');
  }, { env: { EBB_TEST_OPEN_FILE: seedFile(`${fileMarker}.json`) } });
});

// The backend's own lock (the screen locking, the computer about to sleep, idle time)
// reaches the window as the 'journal-locked' event. Here a "screen locked" signal on
// the test's private D-Bus session sets it off, as in sleep-lock.test.mjs. (The idle
// lock itself waits at least 5 minutes, checked every 15 s: too slow for a test.)
const bus = process.env.DBUS_SESSION_BUS_ADDRESS;

test('when the backend locks the journal itself, the screen on view and the hidden ones forget it', { skip: !bus && 'needs a private D-Bus session' }, async () => {
  const typed = 'EBBMARKidle3f5b';
  await withApp('lock-backend', async (s) => {
    await seed(s);
    // A form with typed text left on the journal screen, then Insights on view.
    await openSessionFromInsights(s);
    await s.click('#view-journal .form-actions .primary'); // Edit
    await waitFor('the form', () => shown(s, '#session-form-title'));
    await s.fill('textarea[name=helped]', typed);
    await openInsights(s);
    // Sent again until it is seen, in case the app is still subscribing.
    await waitFor('the journal to lock as the screen locks', async () => {
      execFileSync('dbus-send', ['--session', '--type=signal', '/org/freedesktop/ScreenSaver', 'org.freedesktop.ScreenSaver.ActiveChanged', 'boolean:true']);
      return (await journalStatus(s)).state === 'locked';
    }, { timeout: 10_000, interval: 200 });
    await waitFor('the insights screen to say it needs the journal unlocked',
      async () => /show once it is unlocked/.test(await text(s, '#view-insights')));
    await assertForgotten(s, [typed, ...ALL], 'every screen');
    await openJournal(s);
    await waitFor('the unlock screen', lockedJournalShown(s));
    // The private bus stands in for the system bus too, as in sleep-lock.test.mjs.
  }, { env: { EBB_TEST_OPEN_FILE: seedFile(), DBUS_SYSTEM_BUS_ADDRESS: bus } });
});
