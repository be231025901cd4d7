// Ebb speaks the person's language: it follows the system's, a choice in Settings
// applies at once and is kept, and Arabic reads right to left with the layout
// mirrored. What the screen should say is read from the catalogues themselves.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, freshDataDir, snap, stopDriver, waitFor, withApp } from './lib/harness.mjs';
import { Keys } from './lib/webdriver.mjs';

after(stopDriver);

/** The single-line messages of a catalogue, by id. */
function catalogue(tag) {
  const text = readFileSync(join(ROOT, 'content', 'locales', tag, 'ebb.ftl'), 'utf8');
  return Object.fromEntries([...text.matchAll(/^([a-z][a-z0-9-]*) = (.+)$/gm)].map(([, id, value]) => [id, value.trim()]));
}

/** Ground, Need help now and the journal, photographed in `tag`; back on Breathe after. */
async function screens(s, tag) {
  await s.press('2', Keys.alt);
  await waitFor('the lists', () => s.run(() => document.querySelectorAll('#view-grounding button').length > 2));
  await snap(s, `84-${tag}-ground`);
  await s.press(Keys.f1);
  await waitFor('the crisis lines', () => s.run(() => document.querySelectorAll('#help-country option').length > 5));
  await snap(s, `85-${tag}-help`);
  await s.press('3', Keys.alt);
  await waitFor('the journal screen', () => s.run(() => !!document.getElementById('journal-title')));
  await snap(s, `86-${tag}-journal`);
  await s.press('1', Keys.alt);
  await waitFor('Breathe', () => s.run(() => !document.getElementById('view-pacer').hidden));
}

const startLabel = (s) => s.run(() => document.querySelector('#start .start-label').textContent);
const pacerState = (s) => s.run(() => document.getElementById('view-pacer').dataset.state);

test('the language follows the system; a choice in Settings applies at once, is kept, and Arabic mirrors the page', async () => {
  const de = catalogue('de');
  const ar = catalogue('ar');
  const dataDir = freshDataDir('language');
  await withApp('language-de', async (s) => {
    assert.deepEqual(await s.run(() => [document.documentElement.lang, document.documentElement.dir]), ['de', 'ltr']);
    assert.equal(await startLabel(s), de['start-breathing']);
    assert.equal(await s.run(() => document.querySelector('.help-now span').textContent), de['help-now']);
    await snap(s, '80-de-breathe');
    await screens(s, 'de');

    // Settings, by keyboard: the language comes first, each named in its own words.
    await s.press('7', Keys.alt);
    await waitFor('the language choice', () => s.run(() => !!document.getElementById('settings-language')));
    const options = await s.run(() => [...document.querySelectorAll('#settings-language option')].map((o) => [o.value, o.lang, o.textContent]));
    assert.deepEqual(options.slice(1).map(([value, lang]) => [value, lang]), ['en', 'de', 'es', 'fr', 'pt-BR', 'ar'].map((t) => [t, t]));
    assert.ok(options.some(([value, , name]) => value === 'ar' && name === 'العربية'));
    assert.ok(options[0][2].includes('Deutsch'), `"As the system" names it: ${options[0][2]}`);
    await s.run(() => {
      const select = document.getElementById('settings-language');
      select.focus();
      select.value = 'ar';
      select.dispatchEvent(new Event('change'));
    });
    // Read again in Arabic, back on Settings, the choice still in hand.
    await waitFor('the page in Arabic', () => s.run(() => document.documentElement.lang === 'ar' && document.documentElement.dataset.ready === 'true'), { timeout: 15_000 });
    assert.equal(await s.run(() => document.documentElement.dir), 'rtl');
    await waitFor('Settings again, the choice focused', () => s.run(() => document.activeElement?.id === 'settings-language'));
    assert.equal(await s.run(() => document.getElementById('settings-language').value), 'ar');
    await snap(s, '81-ar-settings');
  }, { dataDir, env: { LANG: 'de_DE.UTF-8' } });

  await withApp('language-ar', async (s) => {
    assert.deepEqual(await s.run(() => [document.documentElement.lang, document.documentElement.dir]), ['ar', 'rtl'], 'the choice is kept over the system\'s');
    assert.equal(await startLabel(s), ar['start-breathing']);
    // Mirrored: "Need help now" at the start of the line (the left in Arabic), the
    // screens' names after it.
    const [helpLeft, breatheLeft, width] = await s.run(() => [
      document.querySelector('.help-now').getBoundingClientRect().left,
      document.querySelector('[data-view="pacer"]').getBoundingClientRect().left,
      document.documentElement.clientWidth,
    ]);
    assert.ok(helpLeft < width / 2 && breatheLeft > helpLeft, `help at ${helpLeft}, Breathe at ${breatheLeft} of ${width}`);
    await snap(s, '82-ar-breathe');
    await screens(s, 'ar');

    // The phase in Arabic, where a screen reader hears it.
    await s.press(Keys.space);
    await waitFor('breathing', async () => (await pacerState(s)) === 'running');
    await waitFor('the first phase, in Arabic', async () => (await s.run(() => document.getElementById('phase').textContent)) === ar['phase-in']);
    assert.equal(await s.run(() => document.getElementById('phase').getAttribute('role')), 'status');
    await snap(s, '83-ar-breathing');
    await s.press(Keys.escape);
    await waitFor('the ending', async () => (await pacerState(s)) === 'ended');
    assert.equal(await s.run(() => document.getElementById('ending-title').textContent), ar['ending-stopped']);
  }, { dataDir, env: { LANG: 'de_DE.UTF-8' } });
});
