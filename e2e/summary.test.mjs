// "Prepare for my next session" in the real app, by keyboard: a stretch chosen, a
// warning sign left off, a session's notes added, a line of one's own at the top;
// the PDF saved and read back with poppler's tools, and the printed page compared
// with it. Debug builds take the save dialog's answer from EBB_TEST_SAVE_DIR.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createJournal, openJournal, SCREENSHOTS, shown, snap, stopDriver, text, unnamedControls, waitFor, withApp } from './lib/harness.mjs';
import { printPage } from './lib/print.mjs';
import { importThroughSettings, seededExport } from './lib/seed.mjs';
import { Keys } from './lib/webdriver.mjs';

after(stopDriver);

const PASS = 'harbour lights at dusk';
const TOP = 'How to sleep before hard sessions';

/** Presses Tab until `id` has focus (at most `most` times); fails if it never does. */
async function tabTo(s, id, most = 60) {
  for (let i = 0; i < most; i++) {
    if ((await s.run(() => document.activeElement?.id)) === id) return;
    await s.press(Keys.tab);
  }
  throw new Error(`Tab never reached #${id} (focus is on #${await s.run(() => document.activeElement?.id)})`);
}

const focusedId = (s) => s.run(() => document.activeElement?.id);

test('the page for the next session: chosen by keyboard, saved as a PDF, printed the same', async () => {
  const files = mkdtempSync(join(tmpdir(), 'ebb-e2e-summary-'));
  const seed = join(files, 'seed.json');
  writeFileSync(seed, JSON.stringify(seededExport(), null, 2));
  const saveDir = join(files, 'saved');
  execFileSync('mkdir', ['-p', saveDir]);

  await withApp('summary', async (s) => {
    await createJournal(s, PASS);
    await importThroughSettings(s);

    // From the journal's first screen, by keyboard.
    await openJournal(s);
    await waitFor('the bring-up panel', () => shown(s, '#bring-up-summary'));
    await tabTo(s, 'journal-summary');
    await s.press(Keys.enter);
    await waitFor('the preview', () => s.run(() => document.querySelectorAll('#summary-sections fieldset').length === 5));
    assert.equal(await focusedId(s), 'journal-title', 'focus starts on the heading');
    assert.match(await text(s, '#journal-title'), /Prepare for my next session/);

    // The last month: Tab into the group, then an arrow key moves the choice.
    await tabTo(s, 'summary-stretch-since-last-session');
    await s.press(Keys.arrowDown);
    await waitFor('the month', async () => /: 4 sessions\./.test(await text(s, '#summary-covers')));
    assert.equal(await focusedId(s), 'summary-stretch-last-month');

    // Everything offered is ticked, but the notes, which are private until chosen.
    const offered = await s.run(() => [...document.querySelectorAll('#summary-sections input[type=checkbox]')].map((b) => [b.id, b.checked, b.closest('label').textContent.trim()]));
    const item = (words) => offered.find(([, , label]) => label.includes(words));
    assert.ok(item('Ask about the nightmares')?.[1], 'the open item is ticked');
    assert.ok(item('Felt worse for hours afterwards: after 3 of 4 sessions')?.[1], 'the warning sign, counted, is ticked');
    const notes = offered.filter(([id]) => /^summary-notes-\d/.test(id));
    assert.ok(notes.length === 4 && notes.every(([, checked]) => !checked), `notes offered, none ticked: ${JSON.stringify(notes)}`);
    assert.deepEqual(await unnamedControls(s, '#view-journal'), []);

    // A line of my own at the top.
    await tabTo(s, 'summary-top');
    await s.type(TOP);
    // Leave the warning sign off: Space on its box.
    const sign = item('Felt worse for hours afterwards')[0];
    await tabTo(s, sign);
    await s.press(Keys.space);
    await waitFor('the sign unticked', () => s.run((id) => !document.getElementById(id).checked, sign));
    assert.equal(await s.run(() => document.getElementById('summary-signs-all').checked), false, 'its section follows');
    // The latest session's notes on: the last of the four.
    const latest = notes[notes.length - 1][0];
    await tabTo(s, latest);
    await s.press(Keys.space);
    await waitFor('the notes ticked', () => s.run((id) => document.getElementById(id).checked, latest));
    assert.match(await text(s, '#view-journal .warning-box'), /The PDF is not encrypted/);
    await s.run(() => document.getElementById('summary-sections').scrollIntoView());
    await snap(s, '60-summary-preview');

    // Save as PDF, by keyboard.
    await tabTo(s, 'summary-save');
    await s.press(Keys.enter);
    await waitFor('the PDF saved', async () => /Saved one page to /.test(await text(s, '#summary-status')));
    const [name] = readdirSync(saveDir).filter((f) => f.endsWith('.pdf'));
    assert.match(name, /^for-my-next-session-\d{4}-\d\d-\d\d\.pdf$/);
    const pdf = join(saveDir, name);
    assert.equal(statSync(pdf).mode & 0o777, 0o600, 'readable by this user only');
    const info = execFileSync('pdfinfo', [pdf]).toString();
    assert.match(info, /^Pages:\s+1$/m);
    assert.match(info, /^Title:\s+For my next session, /m);
    assert.doesNotMatch(info, /^(Author|Creator|Producer|Keywords|Subject):/m);
    const fonts = execFileSync('pdffonts', [pdf]).toString().split('\n').slice(2).filter(Boolean);
    assert.ok(fonts.length >= 2 && fonts.every((row) => / yes +yes +yes +\d+ +\d+ *$/.test(row)), `every font embedded:\n${fonts.join('\n')}`);
    const words = execFileSync('pdftotext', [pdf, '-']).toString();
    for (const needle of [TOP, 'Ask about the nightmares', 'Distress before and after sessions', 'What helped', 'What came up: Week 29: work, sleep and my sister.']) {
      assert.ok(words.includes(needle), `${needle} is on the page:\n${words}`);
    }
    assert.ok(!words.includes('Felt worse for hours'), 'the sign left off is not on the page');
    assert.ok(!words.includes('Week 28'), 'notes not chosen are not on the page');
    execFileSync('pdftoppm', ['-png', '-r', '60', '-singlefile', pdf, join(SCREENSHOTS, '61-summary-pdf-page1')]);

    // Print: the same blocks drawn for paper. The system's dialog cannot be driven,
    // so window.print is counted, and the page is printed through WebKit's own path.
    await s.run(() => { window.e2ePrinted = 0; window.print = () => { window.e2ePrinted += 1; }; });
    await tabTo(s, 'summary-print');
    await s.press(Keys.enter);
    await waitFor('the print', () => s.run(() => window.e2ePrinted === 1));
    const printed = await printPage(s, '62-summary-printed');
    assert.equal(printed.pages, 1, 'one page on paper too');
    const flat = (t) => t.replace(/\s+/g, ' ');
    for (const needle of [TOP, 'Ask about the nightmares', 'Distress before and after sessions', 'What came up: Week 29: work, sleep and my sister.']) {
      assert.ok(flat(printed.text).includes(needle), `${needle} is on the printed page:\n${printed.text}`);
    }
    for (const absent of ['Felt worse for hours', 'Save as PDF', 'Which stretch of time', 'Week 28']) {
      assert.ok(!printed.text.includes(absent), `${absent} is not on the printed page`);
    }
  }, { env: { EBB_TEST_OPEN_FILE: seed, EBB_TEST_SAVE_DIR: saveDir } });
});
