// Heard, not only seen: Orca itself (Debian's package) with the real app, on the
// private D-Bus session, with its speech going to a private speech-dispatcher that
// writes to files (lib/speech.mjs). What Orca sends to speech is its debug log's
// SPEECH OUTPUT lines: what a blind person would hear.
//
// Orca's speech is on, not turned off with `-d speech`: with speech off Orca drops
// its messages (a changed window title among them) before they reach its log,
// and the log would then show less than a person hears.
//
// And "Speak the breath": Ebb's own voice, through the same private service, with
// the window shown and hidden.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ebbWindows, freshDataDir, snap, stopDriver, waitFor, withApp } from './lib/harness.mjs';
import { Keys } from './lib/webdriver.mjs';
import { accessibility, privateSpeech, startOrca } from './lib/speech.mjs';

after(stopDriver);

const xdotool = (...args) => execFileSync('xdotool', args, { encoding: 'utf8' }).trim();
const pacerState = (s) => s.run(() => document.getElementById('view-pacer').dataset.state);
const PHASE_WORDS = new Set(['Breathe in', 'Breathe out', 'Hold', 'A little more in']);
const plain = (line) => line.replace(/\.$/, '').trim();

/** Records, inside the page, each phase the screen shows and when (ms since the epoch). */
const recordPhases = (s) => s.run(() => {
  window.ebbPhases = [];
  const phase = document.getElementById('phase');
  new MutationObserver(() => {
    if (phase.textContent) window.ebbPhases.push([phase.textContent, Date.now()]);
  }).observe(phase, { childList: true, characterData: true, subtree: true });
});

/** A data folder whose settings choose one minute of breathing (and `more`). */
function oneMinute(name, more = {}) {
  const dataDir = freshDataDir(name);
  writeFileSync(join(dataDir, 'settings.json'), JSON.stringify({ durationMinutes: 1, ...more }));
  return dataDir;
}

test('Orca speaks the Breathe controls while tabbing, and during a minute of breathing each phase once and never the countdown', async () => {
  const speech = privateSpeech('orca');
  const dataDir = oneMinute('orca');
  accessibility(true);
  const orca = await startOrca(speech, dataDir);
  const heard = () => speech.heard().map((h) => h.text);
  const heardSince = (from, words) => heard().slice(from).some((l) => l.includes(words));
  let breathingFrom = 0;
  let shown = [];
  try {
    await withApp('orca', async (s) => {
      const id = await waitFor('the Ebb window', () => ebbWindows()[0]);
      xdotool('windowfocus', '--sync', id);
      await waitFor('Orca to read the start control', () => heardSince(0, 'Start breathing'), { timeout: 20_000 });

      // Tabbing through the Breathe screen, as a person would, with real key presses.
      for (const name of ['Pattern combo box', 'Length combo box', 'Gentle start check box', 'Soft tones check box', 'Speak the breath check box']) {
        const from = heard().length;
        xdotool('key', 'Tab');
        await waitFor(`Orca to say "${name}"`, () => heardSince(from, name));
      }
      const from = heard().length;
      xdotool('key', '--delay', '100', 'shift+Tab', 'shift+Tab', 'shift+Tab', 'shift+Tab', 'shift+Tab');
      await waitFor('Orca to say the start control again', () => heardSince(from, 'Start breathing'));

      await recordPhases(s);
      breathingFrom = heard().length;
      xdotool('key', 'Return');
      await waitFor('breathing', async () => (await pacerState(s)) === 'running');
      await waitFor('the minute to end', async () => (await pacerState(s)) === 'ended', { timeout: 90_000, interval: 250 });
      await waitFor('Orca to read the ending', () => heardSince(breathingFrom, 'end of this round'));
      shown = (await s.run(() => window.ebbPhases)).map(([label]) => label);
    }, { dataDir, env: speech.env });
  } finally {
    await orca.stop();
    accessibility(false);
    speech.stop();
  }
  // What Orca sent to speech (its own log), and what reached the speech service.
  const said = orca.said();
  const start = said.lastIndexOf('return ');
  assert.ok(start > 0, 'Orca\'s log has the Return that started breathing');
  const whileBreathing = said.slice(start);
  // For the closing note: what a blind person heard, line by line.
  writeFileSync(join(dataDir, 'orca-heard.txt'), `${whileBreathing.join('\n')}\n`);
  assert.ok(shown.length >= 10, `a minute holds at least ten phases (${shown.length})`);
  const phasesIn = (lines) => lines.map(plain).filter((l) => PHASE_WORDS.has(l));
  assert.deepEqual(phasesIn(whileBreathing), shown, 'Orca spoke each phase once, in order');
  assert.deepEqual(phasesIn(heard().slice(breathingFrom)), shown, 'and each reached the speech service');
  const countdown = whileBreathing.filter((l) => /\b\d+:\d\d\b|\bleft\b/.test(l));
  assert.deepEqual(countdown, [], 'the time left is never spoken while breathing');
});

test('Speak the breath: the system voice says each phase word on time, shown or hidden, and stops when breathing stops', async () => {
  const speech = privateSpeech('voice');
  const dataDir = oneMinute('voice', { pattern: 'long-exhale', gentleStart: { 'long-exhale': false } });
  try {
    await withApp('voice', async (s) => {
      // Turned on by keyboard, as a person would: it asks the system for a voice first.
      await s.run(() => document.getElementById('speak').focus());
      await s.press(Keys.space);
      await waitFor('the choice saved', () => readFileSync(join(dataDir, 'settings.json'), 'utf8').includes('"speak": true'));
      assert.equal(await s.run(() => document.getElementById('speak-note').hidden), true, 'a voice was found: no note');
      await snap(s, '40-speak-the-breath');

      await recordPhases(s);
      await s.run(() => document.getElementById('start').click());
      await waitFor('breathing', async () => (await pacerState(s)) === 'running');
      await waitFor('four phases', async () => (await s.run(() => window.ebbPhases.length)) >= 4, { timeout: 30_000 });
      // Hidden, as from the tray: the words go on.
      const id = ebbWindows()[0];
      xdotool('windowunmap', '--sync', id);
      await waitFor('eight words said', () => speech.heard().length >= 8, { timeout: 30_000 });
      xdotool('windowmap', '--sync', id);
      const saidBeforeStop = speech.heard().length;
      await s.press(Keys.escape);
      const stoppedAt = Date.now();
      await waitFor('stopped', async () => (await pacerState(s)) === 'ended');

      const shown = await s.run(() => window.ebbPhases);
      const words = { 'Breathe in': 'in', 'Breathe out': 'out', Hold: 'hold', 'A little more in': 'a little more' };
      // Long exhale without gentle start: in 4 s, out 6 s, from the first phase on.
      // Each word is measured against when its phase was due on breathing's own
      // clock, not against the screen (which, hidden, could be late with it).
      const due = [];
      for (let i = 0, t = shown[0][1]; i < saidBeforeStop; i += 1) {
        due.push(t);
        t += i % 2 === 0 ? 4000 : 6000;
      }
      // Stopping hushes the voice: no word comes after Esc, up to past the next phase.
      const nextDue = due.at(-1) + (saidBeforeStop % 2 === 1 ? 4000 : 6000);
      await waitFor('the next phase\'s time to pass', () => Date.now() > Math.max(nextDue, stoppedAt) + 500, { timeout: 15_000, interval: 100 });
      const heard = speech.heard();
      assert.equal(heard.length, saidBeforeStop, `nothing said after Esc (${heard.slice(saidBeforeStop).map((h) => h.text)})`);
      assert.deepEqual(heard.map((h) => h.text), shown.slice(0, heard.length).map(([label]) => words[label]), 'one word per phase, in order');
      // Tolerance: the word is asked for on the page's phase change, crosses IPC to
      // the voice thread, speech-dispatcher's queue, and a process spawned by its
      // generic module before this log line is written: about 10-50 ms here, up to a
      // few hundred on a busy 2-core machine. 500 ms is a quarter of the shortest
      // phase any pattern has (2 s), and far below a phase's length: a word still
      // lands inside its own phase.
      const TOLERANCE = 500;
      const lags = heard.map((h, i) => Math.round(h.at - due[i]));
      writeFileSync(join(dataDir, 'voice-lags.txt'), `${lags.join(' ')}\n`);
      for (const [i, lag] of lags.entries()) {
        assert.ok(lag > -50 && lag < TOLERANCE, `"${heard[i].text}" said ${lag} ms after its phase was due`);
      }
      assert.ok(heard.every((h) => h.language === 'en-us'), `in the interface language (${heard.map((h) => h.language)})`);
      for (const wav of speech.wavs()) assert.ok(statSync(wav).size > 1000, `${wav} holds speech`);
    }, { dataDir, env: speech.env });
  } finally {
    speech.stop();
  }
});

test('Speak the breath where no voice is installed: the switch says so and stays off', async () => {
  // A speech service with no module at all: what a system without voices gives.
  const speech = privateSpeech('no-voice', { voices: false });
  const dataDir = freshDataDir('no-voice');
  try {
    await withApp('no-voice', async (s) => {
      await s.run(() => document.getElementById('speak').click());
      const note = await waitFor('the note', () => s.run(() => !document.getElementById('speak-note').hidden && document.getElementById('speak-note').textContent));
      assert.match(note, /no voice installed/);
      assert.equal(await s.run(() => document.getElementById('speak').checked), false);
      await snap(s, '41-speak-no-voice');
      // Breathing is untouched.
      await s.run(() => document.getElementById('start').click());
      await waitFor('breathing', async () => (await pacerState(s)) === 'running');
    }, { dataDir, env: speech.env });
  } finally {
    speech.stop();
  }
});
