import './english.js';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { asksForHelp } from '../rating.js';
import { buildPlan, pauseClock, sessionEndMs, startClock } from '../pacer-math.js';
import {
  durationLabel, endingTitle, frameAt, keyAction, orbLook, patternLabel, practiceReport, remainingLabel, runSummary,
} from '../pacer-model.js';

const LONG_EXHALE = {
  id: 'long-exhale', name: 'Long exhale', exhaleWeighted: true, gentleStart: false,
  phases: [{ kind: 'in', ms: 4000, hint: '' }, { kind: 'out', ms: 6000, hint: '' }],
};

function runOf(pattern, minutes, startedAt = 1000) {
  const plan = buildPlan(pattern, { gentle: false });
  return { pattern, plan, clock: startClock(startedAt), endMs: sessionEndMs(plan, minutes == null ? null : minutes * 60_000), before: 6 };
}

test('options name what they are', () => {
  assert.equal(patternLabel({ name: 'Box breathing', exhaleWeighted: false }), 'Box breathing (equal-length)');
  assert.equal(patternLabel(LONG_EXHALE), 'Long exhale');
  assert.equal(durationLabel(1), '1 minute');
  assert.equal(durationLabel(10), '10 minutes');
});

test('a frame shows the phase the clock says, and looks again at the next boundary at the latest', () => {
  const run = runOf(LONG_EXHALE, 1);
  const first = frameAt(run, 1000, 100);
  assert.equal(first.ended, false);
  assert.equal(first.phase.kind, 'in');
  assert.equal(first.phaseKey, '0:0');
  assert.equal(first.remaining, '1:00');
  const nearOut = frameAt(run, 1000 + 3950, 100);
  assert.equal(nearOut.phase.kind, 'in');
  assert.equal(nearOut.delay, 50, 'the next update lands on the breath out');
  const out = frameAt(run, 1000 + 4000, 100);
  assert.equal(out.phaseKey, '0:1', 'a new phase has a new key, so its words change once');
});

test('a timed run ends at the end of a breath out; an open-ended one never does and shows no time left', () => {
  const run = runOf(LONG_EXHALE, 1);
  assert.equal(frameAt(run, 1000 + run.endMs, 100).ended, true);
  assert.equal(run.endMs % 10_000, 0, 'whole breaths');
  const open = runOf(LONG_EXHALE, null);
  const late = frameAt(open, 1000 + 3_600_000, 100);
  assert.equal(late.ended, false);
  assert.equal(late.remaining, '');
  assert.equal(remainingLabel(late.remaining), 'Open-ended');
  assert.equal(remainingLabel('0:42'), '0:42 left');
});

test('full motion scales the circle; reduced motion keeps its size and changes its brightness', () => {
  assert.deepEqual(orbLook(0, false), { transform: 'scale(0.5500)', opacity: '' });
  assert.deepEqual(orbLook(1, false), { transform: 'scale(1.0000)', opacity: '' });
  assert.deepEqual(orbLook(0, true), { transform: 'scale(0.8)', opacity: '0.300' });
  assert.deepEqual(orbLook(1, true), { transform: 'scale(0.8)', opacity: '1.000' });
});

test('what is kept counts breathing time, not pauses, and never more than the run', () => {
  const run = runOf(LONG_EXHALE, 1);
  run.clock = pauseClock(run.clock, 1000 + 20_000); // paused after 20 s, for as long as you like
  assert.deepEqual(runSummary(run, 1000 + 500_000), { patternId: 'long-exhale', before: 6, activeSeconds: 20 });
  const ran = runOf(LONG_EXHALE, 1);
  assert.equal(runSummary(ran, 1000 + 10 * 60_000).activeSeconds, 60);
  assert.deepEqual(practiceReport({ patternId: 'box', before: null, activeSeconds: 60 }, 3),
    { tool: 'pacer', used: 'box', before: null, after: 3, activeSeconds: 60 });
  assert.equal(endingTitle('complete'), 'That’s the end of this round.');
  assert.equal(endingTitle('stopped'), 'Stopped. That’s okay.');
});

test('9 or 10 asks for help; lower ratings and none do not', () => {
  assert.deepEqual([null, 0, 8, 9, 10].map(asksForHelp), [false, false, false, true, true]);
});

const nowhere = { control: false, start: false, optionsSelect: false, select: false };
const onStart = { control: true, start: true, optionsSelect: false, select: false };
const onOptionsSelect = { control: true, start: false, optionsSelect: true, select: true };
const onButton = { control: true, start: false, optionsSelect: false, select: false };

test('Space or Enter starts breathing from the start screen, except where a control wants the key', () => {
  assert.equal(keyAction('idle', ' ', nowhere), 'start');
  assert.equal(keyAction('idle', 'Enter', nowhere), 'start');
  assert.equal(keyAction('idle', ' ', onStart), null, 'the button\'s own click starts it, once');
  assert.equal(keyAction('idle', 'Enter', onOptionsSelect), 'start');
  assert.equal(keyAction('idle', ' ', onOptionsSelect), null, 'Space opens the select');
  assert.equal(keyAction('idle', ' ', onButton), null);
  assert.equal(keyAction('idle', 'a', nowhere), null);
});

test('while breathing Space pauses and resumes; Esc stops; on the ending Esc closes it', () => {
  assert.equal(keyAction('running', ' ', nowhere), 'toggle');
  assert.equal(keyAction('paused', ' ', nowhere), 'toggle');
  assert.equal(keyAction('running', ' ', onButton), null, 'Space on Pause is the button\'s own');
  assert.equal(keyAction('running', 'Enter', nowhere), null);
  assert.equal(keyAction('running', 'Escape', onButton), 'stop');
  assert.equal(keyAction('paused', 'Escape', nowhere), 'stop');
  assert.equal(keyAction('ended', 'Escape', nowhere), 'close');
  assert.equal(keyAction('ended', ' ', nowhere), null);
  assert.equal(keyAction('idle', 'Escape', nowhere), null, 'Esc on the start screen is for the app (back to breathing)');
});
