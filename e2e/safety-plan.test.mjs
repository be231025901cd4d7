// A safety plan of one's own, in the real window: written step by step by keyboard,
// shown first on Need help now after a restart, and kept where its words cannot be
// read from the data folder when the system has a keyring (gnome-keyring on the
// test's private bus), or said plainly to be a private file when it has none.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { filesUnder, freshDataDir, SCREENSHOTS, snap, stopDriver, text, waitFor, withApp } from './lib/harness.mjs';
import { Keys } from './lib/webdriver.mjs';
import { printPage } from './lib/print.mjs';

after(stopDriver);

const MARKER = 'Aunt Rosa 0123 Zebrafinch';
const activeId = (s) => s.run(() => document.activeElement?.id ?? '');
const shownView = (s) => s.run(() => [...document.querySelectorAll('main > .view')].find((v) => !v.hidden)?.id);

/** Presses Tab until the control `id` has focus (at most 60 times). */
async function tabTo(s, id) {
  for (let i = 0; i < 60; i += 1) {
    if ((await activeId(s)) === id) return;
    await s.press(Keys.tab);
  }
  assert.fail(`Tab never reached #${id}`);
}

/** Writes the plan through the guided steps, by keyboard alone; `lines[i]` for step i ([] skips it). */
async function writePlan(s, lines) {
  await s.press(Keys.f1);
  await waitFor('Need help now', async () => (await shownView(s)) === 'view-help');
  await waitFor('the invitation', () => s.run(() => !!document.getElementById('plan-make')));
  await tabTo(s, 'plan-make');
  await s.press(Keys.enter);
  for (const [i, stepLines] of lines.entries()) {
    await waitFor(`step ${i + 1}`, () => s.run((n) => document.querySelector('#my-plan h2')?.textContent.includes(`step ${n} of`), i + 1));
    await waitFor('the line field to have focus', async () => (await s.run(() => document.activeElement?.tagName)) === 'INPUT');
    for (const line of stepLines) {
      await s.type(line);
      await s.press(Keys.enter);
    }
    await tabTo(s, 'plan-next');
    await s.press(Keys.enter);
  }
  await waitFor('the plan shown', () => s.run(() => !!document.getElementById('plan-change')));
}

const PLAN = [
  ['I stop answering messages'],
  [],
  [],
  [MARKER],
  ['My therapist, Tuesdays'],
  ['Ask Sam to keep my medicines for now'],
  ['My sister', 'Seeing the sea again'],
];

/** What the plan block shows: its step headings and lines, in order. */
const planShown = (s) => s.run(() => [...document.querySelectorAll('#my-plan .plan-step')]
  .map((step) => [step.querySelector('h3').textContent, [...step.querySelectorAll('li')].map((li) => li.textContent)]));

test('a plan made step by step by keyboard is shown first on Need help now, after a restart too; without a keyring Settings says so', async () => {
  const bus = await privateBus();
  const dataDir = freshDataDir('plan');
  const saveDir = mkdtempSync(join(tmpdir(), 'ebb-e2e-plan-saved-'));
  try {
    await withApp('plan', async (s) => {
      await s.press(Keys.f1);
      await waitFor('the invitation', () => s.run(() => !!document.getElementById('plan-make')));
      // No plan yet: the screen is as before, the invitation waits at the end, quietly.
      assert.equal(await s.run(() => document.getElementById('my-plan').previousElementSibling?.id), 'slow-down');
      await snap(s, '50-help-without-plan');
      await s.run(() => document.documentElement.style.setProperty('font-size', '175%'));
      assert.equal(await s.run(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth), true, 'nothing runs off the side at 175%');
      await snap(s, '50-help-without-plan-175');
      await s.run(() => document.documentElement.style.removeProperty('font-size'));
      await s.press(Keys.escape);
      await writePlan(s, PLAN);
    }, { dataDir, env: bus.env });

    await withApp('plan-again', async (s) => {
      await s.press(Keys.f1);
      await waitFor('the plan', () => s.run(() => !!document.getElementById('plan-change')));
      assert.equal(await s.run(() => document.getElementById('my-plan').previousElementSibling?.className), 'lead', 'the plan comes first');
      assert.deepEqual(await planShown(s), [
        ['Signs that a hard time is coming', ['I stop answering messages']],
        ['People I can ask for help', [MARKER]],
        ['Professionals and services', ['My therapist, Tuesdays']],
        ['Making my surroundings safer', ['Ask Sam to keep my medicines for now']],
        ['My reasons to keep going', ['My sister', 'Seeing the sea again']],
      ]);
      await snap(s, '51-help-with-plan');
      await s.run(() => document.documentElement.style.setProperty('font-size', '175%'));
      assert.equal(await s.run(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth), true, 'nothing runs off the side at 175%');
      await snap(s, '52-help-with-plan-175');
      await s.run(() => document.documentElement.style.removeProperty('font-size'));

      // On paper: the plan alone, in large type, on one page.
      const printed = await printPage(s, '54-plan-printed');
      assert.equal(printed.pages, 1, printed.text);
      assert.deepEqual([printed.width, printed.height], [595, 842], 'A4');
      for (const words of ['My plan', 'I stop answering messages', MARKER, 'Ask Sam to keep my medicines for now', 'Seeing the sea again', 'call your local emergency number now']) {
        assert.ok(printed.text.includes(words), `the printed plan has "${words}"`);
      }
      for (const words of ['Need help now', 'Crisis lines', 'Print', 'Change my plan']) {
        assert.ok(!printed.text.includes(words), `the printed page has no "${words}": ${printed.text}`);
      }

      // As a PDF, written by Ebb: one page, large type, the emergency line, private.
      await s.click('#plan-pdf');
      const saved = await waitFor('the PDF saved', async () => {
        const said = await text(s, '#help-status');
        return /Saved your plan to .*\.pdf/.test(said) && said;
      });
      const pdf = /to (.*\.pdf)/.exec(saved)[1];
      assert.equal(statSync(pdf).mode & 0o777, 0o600, 'readable by this user only');
      assert.match(execFileSync('pdfinfo', [pdf]).toString(), /^Pages:\s+1$/m);
      const inPdf = execFileSync('pdftotext', [pdf, '-']).toString();
      for (const words of ['My safety plan', 'I stop answering messages', MARKER, 'Seeing the sea again', 'call your local emergency number now']) {
        assert.ok(inPdf.includes(words), `the plan's PDF has "${words}":\n${inPdf}`);
      }
      execFileSync('pdftoppm', ['-png', '-r', '60', '-singlefile', pdf, join(SCREENSHOTS, '55-plan-pdf-page1')]);

      // The 9 rating: the plan on the same screen, without leaving the pacer.
      await s.press(Keys.escape);
      await s.run(() => document.querySelector('#before-rating input[value="9"]').click());
      await waitFor('the plan offered beside the rating', () => s.run(() => document.querySelector('#view-pacer .rating-plan li')?.textContent));
      assert.equal(await shownView(s), 'view-pacer');
      assert.ok((await s.run(() => document.querySelector('#view-pacer .rating-plan').textContent)).includes(MARKER));
      await snap(s, '53-rating-nine-with-plan');

      // Without a Secret Service (none runs on this bus), Settings says where the plan is.
      await s.press(Keys.escape);
      await s.press('7', Keys.alt);
      const kept = await waitFor('how the plan is kept', () => s.run(() => document.getElementById('settings-plan-kept')?.textContent));
      assert.match(kept, /no keyring.*only your user account can open.*not encrypted/);
    }, { dataDir, env: { ...bus.env, EBB_TEST_SAVE_DIR: saveDir } });
  } finally {
    await bus.stop();
  }
  assert.ok(existsSync(join(dataDir, 'safety-plan.json')), 'the private file');
});

/**
 * A D-Bus session bus of the test's own that starts no service by itself, so what
 * answers on it is only what the test starts: no Secret Service unless started here,
 * whatever is installed. Returns { env, stop() }.
 */
async function privateBus() {
  const dir = mkdtempSync(join(tmpdir(), 'ebb-bus-'));
  const config = join(dir, 'bus.conf');
  writeFileSync(config, `<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:dir=${dir}</listen>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
`);
  const daemon = spawn('dbus-daemon', [`--config-file=${config}`, '--nofork', '--print-address=1'], { stdio: ['ignore', 'pipe', 'ignore'] });
  let address = '';
  daemon.stdout.on('data', (chunk) => { address += chunk; });
  await waitFor('the private bus', () => address.includes('\n'), { timeout: 10_000 });
  return {
    env: { DBUS_SESSION_BUS_ADDRESS: address.trim() },
    stop: () => new Promise((r) => { daemon.once('exit', r); daemon.kill(); }),
  };
}

/**
 * gnome-keyring's Secret Service on `bus`, its login keyring made and unlocked with
 * a password given on stdin, its files in a folder of its own.
 */
async function startKeyring(bus) {
  const home = mkdtempSync(join(tmpdir(), 'ebb-keyring-'));
  mkdirSync(join(home, 'data'), { recursive: true });
  mkdirSync(join(home, 'run'), { recursive: true, mode: 0o700 });
  const env = { ...process.env, ...bus.env, HOME: home, XDG_DATA_HOME: join(home, 'data'), XDG_RUNTIME_DIR: join(home, 'run') };
  const daemon = spawn('gnome-keyring-daemon', ['--unlock', '--components=secrets', '--foreground'], { env, stdio: ['pipe', 'ignore', 'ignore'] });
  daemon.stdin.end('test-password');
  await waitFor('the Secret Service on the bus', () => {
    try {
      execFileSync('dbus-send', ['--session', '--print-reply', '--dest=org.freedesktop.secrets', '/org/freedesktop/secrets',
        'org.freedesktop.DBus.Peer.Ping'], { stdio: 'ignore', env });
      return true;
    } catch {
      return false;
    }
  }, { timeout: 20_000, interval: 100 });
  return { stop: () => new Promise((r) => { daemon.once('exit', r); daemon.kill(); }) };
}

test('with a keyring, the plan and the contacts are sealed: their words are in no file under the data folder', async () => {
  const bus = await privateBus();
  const keyring = await startKeyring(bus);
  const dataDir = freshDataDir('plan-keyring');
  // A contact as an older Ebb kept it, in the settings file.
  writeFileSync(join(dataDir, 'settings.json'), JSON.stringify({ contacts: [{ name: 'Nana Okafor', reach: '0161 496 0000', note: 'Sundays' }] }));
  try {
    await withApp('plan-keyring', async (s) => {
      await s.press(Keys.f1);
      await waitFor('the older contact, moved', () => s.run(() => document.querySelector('.contact-list')?.textContent.includes('Nana Okafor')));
      await s.click('#add-contact');
      await waitFor('the contact form', () => s.run(() => document.activeElement?.tagName === 'INPUT'));
      await s.type('Uncle Tomasz');
      await s.press(Keys.tab);
      await s.type('0161 496 0999');
      await s.press(Keys.enter);
      await waitFor('the new contact', () => s.run(() => document.querySelector('.contact-list')?.textContent.includes('Uncle Tomasz')));
      await s.press(Keys.escape);
      await writePlan(s, PLAN);
      await s.press(Keys.escape);
      await s.press('7', Keys.alt);
      const kept = await waitFor('how the plan is kept', () => s.run(() => document.getElementById('settings-plan-kept')?.textContent));
      assert.match(kept, /plan and your contacts are encrypted, with the key kept in this computer’s keyring/);
    }, { dataDir, env: bus.env });
    assert.ok(existsSync(join(dataDir, 'safety-plan.sealed')));
    assert.ok(!existsSync(join(dataDir, 'safety-plan.json')));
    for (const file of filesUnder(dataDir)) {
      const text = readFileSync(file).toString('latin1');
      for (const words of [MARKER, 'Zebrafinch', 'Seeing the sea again', 'Nana Okafor', '0161 496', 'Uncle Tomasz']) {
        assert.ok(!text.includes(words), `${file} holds "${words}"`);
      }
    }
    await withApp('plan-keyring-again', async (s) => {
      await s.press(Keys.f1);
      await waitFor('the plan, opened with the keyring\'s key', async () => JSON.stringify(await planShown(s)).includes(MARKER));
      await waitFor('both contacts', () => s.run(() => ['Nana Okafor', 'Uncle Tomasz'].every((n) => document.querySelector('.contact-list')?.textContent.includes(n))));
    }, { dataDir, env: bus.env });
  } finally {
    await keyring.stop();
    await bus.stop();
  }
});
