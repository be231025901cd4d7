// Pacer timing as pure functions. The phase at any moment is computed from
// (plan, active elapsed time), where the elapsed time comes from a monotonic clock
// (performance.now()). Nothing counts ticks, so a late or skipped tick can never
// make the pacer drift.

import { t } from './i18n.js';

/** Gentle start lasts this many cycles before the chosen pattern is reached. */
export const GENTLE_CYCLES = 4;
/** Gentle start begins with breaths in no longer than this (a faster, ~12/min rhythm). */
export const GENTLE_START_IN_MS = 2500;


/** The visible name of a phase kind, which screen readers also read. */
export function phaseLabel(kind) {
  return t(`phase-${kind}`);
}

/** The word the voice says as a phase of this kind begins: quick enough for a two-second phase. */
export function phaseWord(kind) {
  return t(`word-${kind}`);
}

const round = (x) => Math.round(x);

/**
 * Turns a pattern ({phases: [{kind, ms, hint?}]}) into a plan.
 * With `gentle`, the first GENTLE_CYCLES cycles start from breaths in of at most
 * GENTLE_START_IN_MS, an equally long breath out and no holds, and lengthen in even
 * steps towards the pattern, so the out-breath grows the most.
 */
export function buildPlan(pattern, { gentle = false } = {}) {
  const phases = pattern.phases.map(({ kind, ms, hint }) => ({ kind, ms, hint }));
  const cycleMs = phases.reduce((sum, p) => sum + p.ms, 0);
  if (!(cycleMs > 0)) throw new Error('a pattern needs phases with a length');
  const warmup = [];
  if (gentle) {
    const startIn = phases.map((p) => (p.kind === 'in' || p.kind === 'top-up' ? Math.min(p.ms, GENTLE_START_IN_MS) : 0));
    const inTotal = startIn.reduce((a, b) => a + b, 0);
    const outCount = phases.filter((p) => p.kind === 'out').length;
    const start = phases.map((p, i) => (p.kind === 'out' ? inTotal / outCount : startIn[i]));
    let startMs = 0;
    for (let k = 0; k < GENTLE_CYCLES; k++) {
      const t = k / GENTLE_CYCLES;
      const lengths = phases.map((p, i) => round(start[i] + (p.ms - start[i]) * t));
      const ms = lengths.reduce((a, b) => a + b, 0);
      warmup.push({ startMs, ms, lengths });
      startMs += ms;
    }
  }
  const warmupMs = warmup.reduce((sum, c) => sum + c.ms, 0);
  return { phases, cycleMs, warmup, warmupMs, levels: levels(phases) };
}

/** Where a phase leaves the breath: 0 empty, 1 full. A top-up finishes the last part. */
function levels(phases) {
  const hasTopUp = phases.some((p) => p.kind === 'top-up');
  const out = [];
  let level = 0;
  for (const p of phases) {
    const from = level;
    if (p.kind === 'in') level = hasTopUp ? 0.8 : 1;
    else if (p.kind === 'top-up') level = 1;
    else if (p.kind === 'out') level = 0;
    out.push([from, level]);
  }
  return out;
}

/**
 * The phase at `elapsedMs` of active breathing (pauses excluded).
 * Returns { cycle, index, kind, label, hint, startMs, endMs, progress, level }:
 * startMs/endMs bound the phase in elapsed time; level is the eased fullness of
 * the breath, 0–1, for drawing.
 */
export function phaseAt(plan, elapsedMs) {
  const t = Math.max(0, elapsedMs);
  let cycle;
  let cycleStart;
  let lengths;
  if (t < plan.warmupMs) {
    cycle = plan.warmup.findIndex((c) => t < c.startMs + c.ms);
    cycleStart = plan.warmup[cycle].startMs;
    lengths = plan.warmup[cycle].lengths;
  } else {
    const n = Math.floor((t - plan.warmupMs) / plan.cycleMs);
    cycle = plan.warmup.length + n;
    cycleStart = plan.warmupMs + n * plan.cycleMs;
    lengths = plan.phases.map((p) => p.ms);
  }
  let startMs = cycleStart;
  for (let index = 0; index < lengths.length; index++) {
    const endMs = startMs + lengths[index];
    // Zero-length phases (a hold shrunk to nothing in gentle start) are skipped.
    if (t < endMs || index === lengths.length - 1) {
      const phase = plan.phases[index];
      const progress = lengths[index] > 0 ? Math.min(1, (t - startMs) / lengths[index]) : 1;
      const [from, to] = plan.levels[index];
      const eased = (1 - Math.cos(Math.PI * progress)) / 2;
      return {
        cycle,
        index,
        kind: phase.kind,
        label: phaseLabel(phase.kind),
        word: phaseWord(phase.kind),
        hint: phase.hint ?? '',
        startMs,
        endMs,
        progress,
        level: from + (to - from) * eased,
      };
    }
    startMs = endMs;
  }
  throw new Error('unreachable: the last phase always matches');
}

/** Elapsed time at which the cycle running at `elapsedMs` ends. */
export function cycleEndAfter(plan, elapsedMs) {
  const t = Math.max(0, elapsedMs);
  if (t < plan.warmupMs) {
    const c = plan.warmup.find((w) => t < w.startMs + w.ms);
    return c.startMs + c.ms;
  }
  const n = Math.floor((t - plan.warmupMs) / plan.cycleMs);
  return plan.warmupMs + (n + 1) * plan.cycleMs;
}

/**
 * When a session of `durationMs` (null: open-ended) ends: a soft end, at the close
 * of the breath out in which the time runs out, never in the middle of a breath.
 */
export function sessionEndMs(plan, durationMs) {
  if (durationMs == null) return Infinity;
  // A cycle that ends exactly at the duration ends the session there.
  return cycleEndAfter(plan, Math.max(0, durationMs - 1));
}

/** A breathing session's clock: started at `now`, not paused. */
export function startClock(now) {
  return { startedAt: now, pausedAt: null, pausedTotal: 0 };
}

/** Active (unpaused) time of the session at `now`. */
export function activeElapsed(clock, now) {
  const pausedNow = clock.pausedAt == null ? 0 : now - clock.pausedAt;
  return now - clock.startedAt - clock.pausedTotal - pausedNow;
}

export function pauseClock(clock, now) {
  return clock.pausedAt == null ? { ...clock, pausedAt: now } : clock;
}

export function resumeClock(clock, now) {
  if (clock.pausedAt == null) return clock;
  return { ...clock, pausedAt: null, pausedTotal: clock.pausedTotal + (now - clock.pausedAt) };
}

/**
 * How long to wait before the next drawing update: one frame step, shortened so
 * the update lands exactly on the next phase boundary (the label must change on
 * time, and a screen reader must hear it on time).
 */
export function nextDelay(phase, elapsedMs, stepMs) {
  const untilBoundary = phase.endMs - elapsedMs;
  return Math.max(1, Math.min(stepMs, Math.ceil(untilBoundary)));
}

/** "2:05" for a number of milliseconds, rounded up to whole seconds. */
export function formatRemaining(ms) {
  const s = Math.max(0, Math.ceil(ms / 1000));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}
