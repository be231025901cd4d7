// A journal to start tests from, in the documented export format (imported through
// Settings, as a person would bring one in).
import { shown, text, waitFor } from './harness.mjs';
import { Keys } from './webdriver.mjs';

/**
 * Imports the file the app was given in EBB_TEST_OPEN_FILE (debug builds take the
 * file dialog's answer from it) through Settings, and waits until it is in.
 */
export async function importThroughSettings(s) {
  await s.press('7', Keys.alt);
  await waitFor('settings', () => shown(s, '#import-choose'));
  await s.click('#import-choose');
  await waitFor('the preview', () => shown(s, '#import-preview'));
  await s.click('#import-confirm');
  await waitFor('the import', async () => /Done\./.test(await text(s, '#import-status')), { timeout: 20_000 });
}

/** A journal of 30 weekly sessions in the documented export format. */
export function seededExport() {
  const sessions = [];
  const start = new Date();
  start.setDate(start.getDate() - 7 * 30);
  const pad = (n) => String(n).padStart(2, '0');
  for (let i = 0; i < 30; i++) {
    const d = new Date(start.getTime() + i * 7 * 86400000);
    const day = `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
    const tears = ['none', 'during', 'after', 'both'][i % 4];
    sessions.push({
      id: `seed${pad(i)}`,
      heldAt: `${day}T18:00`,
      therapist: 'Dr. Rivera',
      distressBefore: 5 + (i % 5),
      distressAfter: 2 + (i % 4),
      bodyState: null,
      tears,
      tearKinds: tears === 'none' ? [] : [['release', 'grief', 'recognition'][i % 3]],
      cameUp: `Week ${i}: work, sleep and my sister. שלום 🌊`,
      helped: 'Naming it out loud.',
      aftercare: [],
      // The last three sessions note feeling worse for hours: a gentle pattern.
      warningSigns: i >= 27 ? ['worse-for-hours'] : i % 6 === 0 ? ['flooding'] : [],
      tags: ['family'],
      createdAt: `${day}T19:00:00.000Z`,
      updatedAt: `${day}T19:00:00.000Z`,
    });
  }
  const practice = [];
  for (let i = 0; i < 12; i++) {
    practice.push({ id: `prac${i}`, tool: i % 3 ? 'pacer' : 'grounding', used: i % 3 ? 'long-exhale' : 'senses', before: 7, after: 4 + (i % 3), activeSeconds: 120, endedAt: new Date(Date.now() - i * 86400000 * 5).toISOString() });
  }
  return {
    format: 'ebb-journal', version: 1, exportedAt: new Date().toISOString(),
    sessions, bringUp: [{ id: 'item1', text: 'Ask about the nightmares', raisedIn: 'seed29', position: 0, doneIn: null, doneAt: null }],
    practice, notes: [{ id: 'note1', writtenAt: new Date().toISOString(), text: 'A quick note from the seed' }], drafts: [],
  };
}
