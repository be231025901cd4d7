// The journal as the person's own data, in the real app: a JSON export imported
// (with a preview, and a second time adding nothing), insights drawn from it,
// Markdown and JSON exported through the interface, and an encrypted backup
// restored into a fresh data folder. The native file dialog cannot be driven by
// WebDriver, so debug builds take its answer from EBB_TEST_SAVE_DIR / EBB_TEST_OPEN_FILE.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createJournal, freshDataDir, shown, snap, stopDriver, text, unnamedControls, waitFor, withApp } from './lib/harness.mjs';
import { Keys } from './lib/webdriver.mjs';
import { seededExport } from './lib/seed.mjs';

after(stopDriver);

const PASS = 'harbour lights at dusk';

async function openSettings(s) {
  await s.press('7', Keys.alt);
  await waitFor('settings', () => shown(s, '#import-choose'));
}

test('import, insights, export and backup; then the backup restores into a fresh folder', async () => {
  const files = mkdtempSync(join(tmpdir(), 'ebb-e2e-files-'));
  const seed = join(files, 'seed.json');
  writeFileSync(seed, JSON.stringify(seededExport(), null, 2));
  const saveDir = join(files, 'saved');
  let backupPath;

  await withApp('data', async (s) => {
    // Insights before any journal: a kind word, not an empty chart.
    await s.press('4', Keys.alt);
    await waitFor('insights', () => shown(s, '#insights-title'));
    assert.match(await text(s, '#view-insights'), /Insights come from your session journal/);

    await createJournal(s, PASS);
    await s.press('4', Keys.alt);
    await waitFor('the empty insights', () => shown(s, '#insights-empty'));
    await snap(s, '40-insights-empty');

    // Import the seeded JSON: a preview first, then all of it.
    await openSettings(s);
    await s.click('#import-choose');
    await waitFor('the preview', () => shown(s, '#import-preview'));
    const preview = await text(s, '#import-preview');
    assert.match(preview, /30 new sessions/);
    assert.match(preview, /12 new practice ratings/);
    await snap(s, '41-import-preview');
    await s.click('#import-confirm');
    await waitFor('the import to finish', async () => /Done\./.test(await text(s, '#import-status')));

    // The same file again adds nothing.
    await s.click('#import-choose');
    await waitFor('the second preview', () => shown(s, '#import-preview'));
    assert.match(await text(s, '#import-preview'), /already in your journal/);
    await s.click('#import-confirm');
    await waitFor('the second import', async () => /nothing was added/.test(await text(s, '#import-status')));

    // Insights from the seeded journal.
    await s.press('4', Keys.alt);
    await waitFor('the charts', () => s.run(() => document.querySelectorAll('#view-insights svg').length >= 2 && document.getElementById('view-insights').dataset.ready));
    await s.run(() => { document.getElementById('insights-range').value = 'all'; document.getElementById('insights-range').dispatchEvent(new Event('change')); });
    await waitFor('all sessions', async () => /30 sessions in your journal/.test(await text(s, '#insights-count')));
    const summary = await text(s, '#insights-distress-summary');
    assert.match(summary, /Across 30 sessions with ratings, distress was/);
    assert.match(await text(s, '#insights-tools'), /Long(er)? (out-?breath|exhale)|long-exhale/i);
    assert.match(await text(s, '#insights-mention'), /worse for hours after 3 of your last 5 sessions/);
    assert.deepEqual(await unnamedControls(s, '#view-insights'), []);
    const figures = await s.run(() => [...document.querySelectorAll('#view-insights figure')].map((f) => f.tabIndex === 0 && !!f.getAttribute('aria-describedby')));
    assert.ok(figures.length >= 3 && figures.every(Boolean), 'each chart is reachable by keyboard and described');
    await snap(s, '42-insights');
    await s.run(() => document.getElementById('insights-distress').scrollIntoView());
    await snap(s, '43-insights-distress-tools');
    await s.run(() => { document.documentElement.dataset.theme = 'dark'; document.getElementById('insights-tears').scrollIntoView(); });
    await snap(s, '43-insights-tears-dark');
    await s.run(() => document.getElementById('insights-signs').scrollIntoView());
    await snap(s, '43-insights-signs-dark');
    await s.run(() => { delete document.documentElement.dataset.theme; });

    // One click from a pattern to the session it comes from.
    await s.click('#insights-mention button.link');
    await waitFor('the session', async () => /Week 2\d/.test(await text(s, '#detail-came-up')));

    // Export Markdown (a date range) and JSON through the interface.
    await openSettings(s);
    assert.match(await text(s, '#view-settings'), /Exported files are not encrypted/);
    await s.run(() => { document.getElementById('export-format').value = 'markdown'; document.getElementById('export-format').dispatchEvent(new Event('change')); });
    await s.click('#export-button');
    await waitFor('the Markdown export', async () => /Saved 30 sessions/.test(await text(s, '#export-status')));
    await s.run(() => { document.getElementById('export-format').value = 'json'; document.getElementById('export-format').dispatchEvent(new Event('change')); });
    await s.click('#export-button');
    await waitFor('the JSON export', async () => /\.json/.test(await text(s, '#export-status')));
    const saved = readdirSync(saveDir);
    const md = readFileSync(join(saveDir, saved.find((f) => f.endsWith('.md'))), 'utf8');
    assert.match(md, /^# Therapy journal: /);
    assert.match(md, /not encrypted/);
    assert.equal(md.match(/^## /gm).length, 30);
    const json = JSON.parse(readFileSync(join(saveDir, saved.find((f) => f.endsWith('.json'))), 'utf8'));
    assert.equal(json.sessions.length, 30);
    assert.deepEqual(json.sessions[5], seededExport().sessions[5], 'a session comes back exactly as imported');

    // An encrypted backup, sealed with the journal's passphrase (checked first).
    await s.fill('#backup-pass', 'not the passphrase');
    await s.click('#backup-button');
    await waitFor('the refusal', async () => /doesn't open this journal/.test(await text(s, '#backup-status')));
    await s.fill('#backup-pass', PASS);
    await s.click('#backup-button');
    await waitFor('the backup', async () => /Backup saved/.test(await text(s, '#backup-status')), { timeout: 20_000 });
    backupPath = join(saveDir, readdirSync(saveDir).find((f) => f.endsWith('.age')));
    assert.ok(readFileSync(backupPath).subarray(0, 22).equals(Buffer.from('age-encryption.org/v1\n')));
    await snap(s, '44-settings-your-data');
  }, { env: { EBB_TEST_SAVE_DIR: saveDir, EBB_TEST_OPEN_FILE: seed } });

  // A fresh folder: restore the backup from the journal's first screen.
  await withApp('restore', async (s) => {
    await s.press('3', Keys.alt);
    await waitFor('the create screen', () => shown(s, '#import-choose'));
    await s.click('#import-choose');
    await waitFor('the passphrase question', () => shown(s, '#import-pass'));
    await s.fill('#import-pass', 'wrong wrong wrong');
    await s.press(Keys.enter);
    await waitFor('the refusal', async () => /doesn't open this backup/.test(await text(s, '.import-flow')));
    await s.fill('#import-pass', PASS);
    await s.press(Keys.enter);
    await waitFor('the preview', () => shown(s, '#import-preview'), { timeout: 20_000 });
    assert.match(await text(s, '#import-preview'), /Restoring this adds/);
    assert.match(await text(s, '#import-preview'), /30 new sessions/);
    await snap(s, '45-restore-preview');
    await s.click('#import-confirm');
    await waitFor('the restored journal', () => shown(s, '#journal-new'), { timeout: 20_000 });
    await waitFor('its sessions', async () => /30 sessions/.test(await text(s, '#journal-count')));
    await snap(s, '46-restored');
  }, { dataDir: freshDataDir('restore'), env: { EBB_TEST_OPEN_FILE: backupPath } });
});
