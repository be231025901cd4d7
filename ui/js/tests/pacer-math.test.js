import './english.js';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  buildPlan, phaseAt, sessionEndMs, cycleEndAfter, startClock, activeElapsed, pauseClock, resumeClock,
  nextDelay, formatRemaining, GENTLE_CYCLES, GENTLE_START_IN_MS,
} from '../pacer-math.js';

const ph = (kind, ms, hint) => ({ kind, ms, hint });
const longExhale = { phases: [ph('in', 4000), ph('out', 6000)] };
const box = { phases: [ph('in', 4000), ph('hold', 4000), ph('out', 4000), ph('hold', 4000)] };
const sigh = { phases: [ph('in', 3000, 'nose'), ph('top-up', 1000), ph('out', 6000, 'mouth')] };

test('phase boundaries fall exactly where the pattern says', () => {
  const plan = buildPlan(box);
  const at = (t) => phaseAt(plan, t);
  assert.equal(at(0).label, 'Breathe in');
  assert.equal(at(3999.999).label, 'Breathe in');
  assert.equal(at(4000).label, 'Hold');
  assert.equal(at(4000).index, 1);
  assert.equal(at(8000).label, 'Breathe out');
  assert.equal(at(12000).index, 3);
  assert.equal(at(16000).index, 0);
  assert.equal(at(16000).cycle, 1);
  assert.deepEqual([at(5000).startMs, at(5000).endMs], [4000, 8000]);
});

test('the breath fills on the way in, holds, and empties on the way out', () => {
  const plan = buildPlan(box);
  assert.equal(phaseAt(plan, 0).level, 0);
  assert.ok(Math.abs(phaseAt(plan, 2000).level - 0.5) < 1e-9, 'eased halfway is half full');
  assert.equal(phaseAt(plan, 4000).level, 1);
  assert.equal(phaseAt(plan, 6000).level, 1, 'a hold after breathing in stays full');
  assert.equal(phaseAt(plan, 12000).level, 0);
  assert.equal(phaseAt(plan, 14000).level, 0, 'a hold after breathing out stays empty');

  const sighPlan = buildPlan(sigh);
  assert.ok(Math.abs(phaseAt(sighPlan, 3000).level - 0.8) < 1e-9, 'the top-up tops up the last part');
  assert.equal(phaseAt(sighPlan, 3000).label, 'A little more in');
  assert.equal(phaseAt(sighPlan, 4000).level, 1);
  assert.equal(phaseAt(sighPlan, 4000).hint, 'mouth');
});

test('no drift: after ten simulated minutes, every boundary is still exact', () => {
  const plan = buildPlan(longExhale, { gentle: true });
  const tenMinutes = 10 * 60 * 1000;
  let cycles = 0;
  for (let t = plan.warmupMs; t <= plan.warmupMs + tenMinutes; t += plan.cycleMs) {
    const p = phaseAt(plan, t);
    assert.equal(p.index, 0);
    assert.equal(p.startMs, t, `cycle ${p.cycle} starts exactly on time`);
    assert.equal(phaseAt(plan, t + 4000).label, 'Breathe out');
    assert.equal(phaseAt(plan, t + 3999).label, 'Breathe in');
    cycles++;
  }
  assert.equal(cycles, 61);
  // Sampling at odd moments, as a real clock would, lands in the same place.
  const t = plan.warmupMs + 59 * plan.cycleMs + 4000.25;
  assert.equal(phaseAt(plan, t).label, 'Breathe out');
  assert.equal(phaseAt(plan, t).cycle, GENTLE_CYCLES + 59);
});

test('gentle start begins faster and lengthens, out-breath most, to the pattern', () => {
  const plan = buildPlan(longExhale, { gentle: true });
  assert.equal(plan.warmup.length, GENTLE_CYCLES);
  const first = plan.warmup[0].lengths;
  assert.deepEqual(first, [GENTLE_START_IN_MS, GENTLE_START_IN_MS], 'starts even and quick: 2.5 s in, 2.5 s out');
  for (let k = 1; k < GENTLE_CYCLES; k++) {
    const [prevIn, prevOut] = plan.warmup[k - 1].lengths;
    const [inMs, outMs] = plan.warmup[k].lengths;
    assert.ok(inMs > prevIn && outMs > prevOut, `cycle ${k} is longer than cycle ${k - 1}`);
    assert.ok(outMs - prevOut > inMs - prevIn, 'the out-breath lengthens faster than the in-breath');
    assert.ok(inMs <= 4000 && outMs <= 6000, 'never longer than the pattern itself');
  }
  // The first full-length cycle begins right after the warm-up.
  const p = phaseAt(plan, plan.warmupMs);
  assert.equal(p.cycle, GENTLE_CYCLES);
  assert.equal(p.endMs - p.startMs, 4000);
  assert.equal(phaseAt(plan, plan.warmupMs + 4000).endMs - (plan.warmupMs + 4000), 6000);
  // Warm-up phases are found at their own boundaries.
  const second = plan.warmup[1];
  assert.equal(phaseAt(plan, second.startMs + second.lengths[0]).label, 'Breathe out');
  assert.equal(phaseAt(plan, second.startMs + second.lengths[0] - 1).label, 'Breathe in');
});

test('gentle start grows holds from nothing, and zero-length holds are passed over', () => {
  const plan = buildPlan(box, { gentle: true });
  assert.deepEqual(plan.warmup[0].lengths, [2500, 0, 2500, 0]);
  assert.equal(phaseAt(plan, 2500).label, 'Breathe out', 'a hold of 0 ms is never shown');
  assert.equal(phaseAt(plan, 5000).label, 'Breathe in');
  assert.equal(phaseAt(plan, 5000).cycle, 1);
  assert.ok(plan.warmup[1].lengths[1] > 0);
});

test('without gentle start the pattern runs from the first breath', () => {
  const plan = buildPlan(longExhale);
  assert.equal(plan.warmupMs, 0);
  assert.equal(phaseAt(plan, 4000).label, 'Breathe out');
});

test('a session ends softly, at the end of the breath in which time runs out', () => {
  const plan = buildPlan(longExhale);
  assert.equal(sessionEndMs(plan, 60_000), 60_000, '6 whole cycles end exactly on the minute');
  const odd = buildPlan({ phases: [ph('in', 4000), ph('hold', 7000), ph('out', 8000)] });
  assert.equal(sessionEndMs(odd, 60_000), 76_000, '19 s cycles: the 4th cycle finishes at 76 s');
  assert.equal(sessionEndMs(plan, null), Infinity, 'open-ended');
  const gentle = buildPlan(longExhale, { gentle: true });
  assert.equal(sessionEndMs(gentle, 1), gentle.warmup[0].ms);
  assert.equal(cycleEndAfter(gentle, gentle.warmupMs), gentle.warmupMs + 10_000);
});

test('pauses are not counted as breathing time', () => {
  let clock = startClock(1000);
  assert.equal(activeElapsed(clock, 3000), 2000);
  clock = pauseClock(clock, 3000);
  assert.equal(activeElapsed(clock, 60_000), 2000, 'time stands still while paused');
  assert.equal(pauseClock(clock, 9000), clock, 'pausing twice changes nothing');
  clock = resumeClock(clock, 60_000);
  assert.equal(activeElapsed(clock, 61_000), 3000);
  clock = resumeClock(pauseClock(clock, 62_000), 62_500);
  assert.equal(activeElapsed(clock, 63_500), 5000, "4 s before the pause, 1 s after it");
  assert.equal(resumeClock(clock, 70_000), clock, 'resuming when running changes nothing');
});

test('the next update lands on the next boundary', () => {
  const plan = buildPlan(longExhale);
  assert.equal(nextDelay(phaseAt(plan, 0), 0, 80), 80);
  assert.equal(nextDelay(phaseAt(plan, 3950), 3950, 80), 50);
  assert.equal(nextDelay(phaseAt(plan, 3999.5), 3999.5, 80), 1);
});

test('remaining time reads as minutes and seconds', () => {
  assert.equal(formatRemaining(125_000), '2:05');
  assert.equal(formatRemaining(100), '0:01');
  assert.equal(formatRemaining(-5), '0:00');
});

test('every phase has a short word for the voice, said with the phase it names', () => {
  const plan = buildPlan(sigh);
  assert.deepEqual([0, 3000, 4000].map((t) => phaseAt(plan, t).word), ['in', 'a little more', 'out']);
  const boxPlan = buildPlan(box);
  assert.deepEqual([0, 4000, 8000, 12000].map((t) => phaseAt(boxPlan, t).word), ['in', 'hold', 'out', 'hold']);
});
