// The pacer screen's words and decisions, apart from the page: what one frame shows,
// how the circle looks, which key does what, what is kept when breathing ends.
// The timing itself is in pacer-math.js. No DOM here, so node --test can check it.
import { activeElapsed, formatRemaining, nextDelay, phaseAt } from './pacer-math.js';
import { t } from './i18n.js';

/** Patterns whose in and out are the same length say so: a longer breath out is the usual point. */
export const patternLabel = (p) => (p.exhaleWeighted ? p.name : t('pattern-equal-length', { name: p.name }));

export const durationLabel = (minutes) => t('length-minutes', { minutes });

/**
 * The circle at `level` (0 at rest … 1 a full breath). Full motion scales it; reduced
 * motion keeps its size and changes its brightness instead.
 */
export function orbLook(level, reduced) {
  if (reduced) return { transform: 'scale(0.8)', opacity: (0.3 + 0.7 * level).toFixed(3) };
  return { transform: `scale(${(0.55 + 0.45 * level).toFixed(4)})`, opacity: '' };
}

/**
 * What the screen shows of `run` ({plan, clock, endMs}) at `now`: either `ended`, or
 * the phase (with a key that changes when a new phase begins), the time left ('' when
 * open-ended) and how long to wait before looking again (`stepMs` at most).
 */
export function frameAt(run, now, stepMs) {
  const elapsed = activeElapsed(run.clock, now);
  if (elapsed >= run.endMs) return { ended: true, elapsed };
  const phase = phaseAt(run.plan, elapsed);
  return {
    ended: false,
    elapsed,
    phase,
    phaseKey: `${phase.cycle}:${phase.index}`,
    remaining: Number.isFinite(run.endMs) ? formatRemaining(run.endMs - elapsed) : '',
    delay: nextDelay(phase, elapsed, stepMs),
  };
}

/** What a screen reader hears for the time left. */
export const remainingLabel = (remaining) => (remaining ? t('time-left', { time: remaining }) : t('open-ended'));

/** `how`: 'complete' when time ran out, 'stopped' on Esc or Stop. */
export const endingTitle = (how) => t(how === 'complete' ? 'ending-complete' : 'ending-stopped');

/** What a finished run leaves for the practice record: breathing time counts, pauses do not. */
export function runSummary(run, now) {
  const elapsed = Math.min(activeElapsed(run.clock, now), run.endMs);
  return { patternId: run.pattern.id, before: run.before, activeSeconds: Math.round(elapsed / 1000) };
}

/** The practice record of a summary and the optional rating given at the end. */
export const practiceReport = (summary, after) => ({
  tool: 'pacer', used: summary.patternId, before: summary.before, after, activeSeconds: summary.activeSeconds,
});

/**
 * What a key does on the pacer screen in `state` (idle, running, paused, ended):
 * 'start', 'toggle' (pause or resume), 'stop', 'close' (the ending) or null (not ours).
 * `target` says where the key went: on a `control` (a field, button or link), on the
 * `start` button, on a `select`, and whether that select is one of the breathing options.
 */
export function keyAction(state, key, target) {
  const breathing = state === 'running' || state === 'paused';
  if (key === 'Escape') {
    if (breathing) return 'stop';
    if (state === 'ended') return 'close';
    return null;
  }
  if (key !== ' ' && key !== 'Enter') return null;
  if (state === 'idle' && (!target.control || target.start || target.optionsSelect)) {
    // A select keeps Space for opening itself; Enter there starts breathing.
    if (target.select && key === ' ') return null;
    if (target.start) return null; // the button's own click starts it
    return 'start';
  }
  if (breathing && !target.control && key === ' ') return 'toggle';
  return null;
}
