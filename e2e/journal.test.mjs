// The private session log in the real app: made, written, locked, captured into while
// locked, unlocked, searched; nothing readable on disk; drafts survive a kill.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import {
  createJournal as makeJournal, filesUnder, freshDataDir, openJournal, shown, snap, stopDriver, text, unnamedControls, waitFor, withApp,
} from './lib/harness.mjs';
import { Keys } from './lib/webdriver.mjs';

after(stopDriver);

const PASS = 'willow by the water';
const createJournal = (s) => makeJournal(s, PASS);

/** Files under `dir` holding `marker` as UTF-8 or UTF-16 (WebKit's storage uses both). */
function filesHolding(dir, marker) {
  const needles = [Buffer.from(marker, 'utf8'), Buffer.from(marker, 'utf16le')];
  return filesUnder(dir).filter((f) => {
    const bytes = readFileSync(f);
    return needles.some((n) => bytes.includes(n));
  });
}

async function unlock(s, passphrase) {
  await s.fill('#journal-pass', passphrase);
  await s.press(Keys.enter);
}

test('a session is written, locked away, captured into while locked and found again; the disk shows none of it', async () => {
  const sessionMarker = 'EBBMARK-session-4be1c9';
  const noteMarker = 'EBBMARK-locked-77d0aa';
  const xss = '<img src=x onerror=alert(1)>';
  await withApp('journal', async (s, dataDir) => {
    await openJournal(s);
    await waitFor('the create form', () => shown(s, '#journal-new-pass'));
    assert.match(await text(s, '#view-journal'), /nobody can open your journal again/, 'creation says plainly a forgotten passphrase is lost');
    assert.deepEqual(await unnamedControls(s, '#view-journal'), []);
    await snap(s, '30-journal-create');

    // Refused without the acknowledgement, then made.
    await s.fill('#journal-new-pass', PASS);
    await s.fill('#journal-new-again', PASS);
    await s.press(Keys.enter);
    await waitFor('a gentle refusal', async () => /tick the box/.test(await text(s, '#journal-create-error')));
    await s.click('#journal-understood');
    await s.click('#view-journal button[type=submit]');
    await waitFor('the journal to open', () => shown(s, '#journal-new'), { timeout: 20_000 });
    assert.match(await text(s, '#journal-count'), /No sessions yet/);

    // A new session, typed as a person would.
    await s.click('#journal-new');
    await waitFor('the form', () => shown(s, '#session-form-title'));
    assert.deepEqual(await unnamedControls(s, '#view-journal'), []);
    await s.fill('input[name=therapist]', 'Dr. Rivera');
    await s.fill('textarea[name=cameUp]', `${sessionMarker} and a note ${xss}`);
    await s.fill('textarea[name=helped]', 'Slow breaths out, שלום, and tea');
    await s.fill('input[name=tags]', 'family, sleep');
    await s.fill('textarea[name=bringUp]', 'Ask about the dreams');
    await waitFor('the draft to be kept', async () => /Draft kept/.test(await text(s, '.session-form .form-status')));
    await snap(s, '31-journal-form');
    await s.click('.session-form button[type=submit]');
    await waitFor('the saved session', () => shown(s, '#detail-came-up'));
    assert.equal(await text(s, '#detail-came-up'), `${sessionMarker} and a note ${xss}`, 'markup-like text shows as typed');
    assert.equal(await s.run(() => document.querySelectorAll('#view-journal img').length), 0, 'no element was made from it');
    await snap(s, '32-journal-session');

    // Lock with Ctrl+L; capture a note while locked.
    await s.press('l', Keys.control);
    await waitFor('the lock screen', () => shown(s, '#journal-pass'));
    await s.fill('.quick-note textarea', `${noteMarker} could not sleep`);
    await s.click('.quick-note button[type=submit]');
    await waitFor('the capture to be counted', async () => /1 thing you noted/.test(await text(s, '#journal-pending')));
    await snap(s, '33-journal-locked');

    // The wrong passphrase is refused, kindly; nothing changes.
    await unlock(s, 'willow by the river');
    await waitFor('the refusal', async () => /doesn.t open this journal/.test(await text(s, '#journal-unlock-error')), { timeout: 20_000 });
    assert.equal(await s.run(() => document.activeElement?.id), 'journal-pass', 'focus stays on the passphrase');
    await snap(s, '34-journal-wrong-passphrase');

    await unlock(s, PASS);
    await waitFor('the journal to open', () => shown(s, '#journal-new'), { timeout: 20_000 });
    await waitFor('the note merged from the inbox', async () => (await text(s, '.note-list')).includes(noteMarker));
    assert.match(await text(s, '.panel'), /Ask about the dreams/, 'the item to bring up is shown');

    await s.fill('#journal-search', sessionMarker.slice(0, 12));
    await waitFor('search to find it', async () => /1 session matches/.test(await text(s, '#journal-count')));
    await s.fill('#journal-search', 'nothing-like-this');
    await waitFor('search to find nothing', async () => /No sessions match/.test(await text(s, '#journal-count')));
    await s.fill('#journal-search', 'שלום');
    await waitFor('right-to-left text found', async () => /1 session matches/.test(await text(s, '#journal-count')));
    await snap(s, '35-journal-timeline');

    // Nothing written through the app is readable in any file: database, WAL,
    // inbox, settings or WebKit's own storage.
    const files = filesUnder(dataDir);
    assert.ok(files.some((f) => f.endsWith('journal.db')), 'the journal is under the data folder');
    for (const marker of [sessionMarker, noteMarker, 'Dr. Rivera', 'Ask about the dreams']) {
      assert.deepEqual(filesHolding(dataDir, marker), [], `no file holds ${marker}`);
    }
    for (const f of filesUnder(join(dataDir, 'journal'))) {
      assert.equal(statSync(f).mode & 0o777, 0o600, `${f} is private`);
    }
  });
});

test('a draft survives the app being killed, and comes back in the form', async () => {
  const dataDir = freshDataDir('journal-draft');
  const words = 'Half a thought about my brother, not finished yet';
  await withApp('journal-draft', async (s) => {
    await createJournal(s);
    await s.click('#journal-new');
    await waitFor('the form', () => shown(s, '#session-form-title'));
    await s.fill('textarea[name=cameUp]', words);
    await waitFor('the draft to be kept', async () => /Draft kept/.test(await text(s, '.session-form .form-status')));
  }, { dataDir }); // closing the session kills the app: no close handshake
  await withApp('journal-draft', async (s) => {
    await openJournal(s);
    await waitFor('the lock screen', () => shown(s, '#journal-pass'));
    await unlock(s, PASS);
    await waitFor('the journal to open', () => shown(s, '#journal-new'), { timeout: 20_000 });
    await s.click('#journal-new');
    await waitFor('the draft back in the form', () => s.run(() => document.querySelector('textarea[name=cameUp]')?.value), { timeout: 10_000 });
    assert.equal(await s.run(() => document.querySelector('textarea[name=cameUp]').value), words);
    assert.match(await text(s, '.draft-note'), /is back, just as you left it/);
    await snap(s, '36-journal-draft-restored');
  }, { dataDir });
});

test('a deleted session can be brought back; the journal can be deleted entirely', async () => {
  await withApp('journal-delete', async (s, dataDir) => {
    await createJournal(s);
    await s.click('#journal-new');
    await waitFor('the form', () => shown(s, '#session-form-title'));
    await s.fill('textarea[name=cameUp]', 'A session to delete');
    await s.click('.session-form button[type=submit]');
    await waitFor('the saved session', () => shown(s, '#detail-came-up'));
    await s.click('#view-journal .danger');
    await waitFor('undo to be offered', () => shown(s, '#journal-undo'));
    assert.match(await text(s, '#journal-count'), /No sessions yet/);
    await s.press(Keys.enter); // focus is on Undo
    await waitFor('the session back', async () => /^1 session\./.test(await text(s, '#journal-count')));

    await s.press('7', Keys.alt);
    await waitFor('settings', () => shown(s, '#settings-delete-confirm'));
    await s.fill('#settings-delete-confirm', 'yes');
    await s.click('.danger-zone button[type=submit]');
    await waitFor('a refusal', async () => /type the word/.test(await text(s, '.danger-zone .form-status')));
    await s.fill('#settings-delete-confirm', 'delete');
    await s.click('.danger-zone button[type=submit]');
    await waitFor('the journal gone', async () => /are gone/.test(await text(s, '.danger-zone .form-status')));
    assert.deepEqual(filesUnder(dataDir).filter((f) => f.includes(`${join(dataDir, 'journal')}/`)), [], 'no journal file is left');
    await openJournal(s);
    await waitFor('the create form again', () => shown(s, '#journal-new-pass'));
  });
});

test('ticking a warning sign offers the tool that fits it, right there', async () => {
  await withApp('sign-tools', async (s) => {
    await makeJournal(s, 'quiet morning light');
    await s.click('#journal-new');
    await waitFor('the form', () => shown(s, '#session-form-title'));
    await s.click('input[data-key="warningSigns"][value="panic"]');
    await waitFor('a breath offered for panic', () => shown(s, '.sign-tools [data-tool="breathe"]'));
    await s.click('input[data-key="warningSigns"][value="worse-for-hours"]');
    await waitFor('aftercare offered, and the word about the therapist', async () => /worth telling your therapist/.test(await text(s, '.sign-tools')));
    await s.click('input[data-key="warningSigns"][value="dissociation"]');
    await waitFor('the list for feeling far away offered', () => shown(s, '.sign-tools [data-tool="far-away"]'));
    await snap(s, '37-journal-sign-tools');
    await s.click('.sign-tools [data-tool="far-away"]');
    await waitFor('the list open on its first step', async () => !(await s.run(() => document.getElementById('view-grounding').hidden))
      && /far away/i.test(await text(s, '#run-title')));
  });
});
