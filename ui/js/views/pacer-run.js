// Breathing itself: the frame loop, pause and resume, and the end. Drawing is driven
// by a timer that reads the monotonic clock each time, so the phase is always where
// the clock says, whatever the timer did.
import { buildPlan, phaseAt, sessionEndMs, startClock, activeElapsed, pauseClock, resumeClock } from '../pacer-math.js';
import { endingTitle, frameAt, orbLook, remainingLabel, runSummary } from '../pacer-model.js';
import { t } from '../i18n.js';

/**
 * Time between drawing updates. A breath takes seconds, so ~10 updates a second
 * look smooth; a 60 fps animation would cost several times the CPU under software
 * rendering (see README, "Benchmarks").
 */
const STEP_MS = 100;
/** While the window is hidden there is nothing to draw; tick only to keep tones scheduled. */
const HIDDEN_STEP_MS = 1000;

/**
 * `cues`: the soft tones (pacer-cues.js); `sound()`: whether they are wanted;
 * `voice`: where each phase is told beyond the screen (pacer-voice.js);
 * `onEnd(how, summary)`: breathing ended ('complete' or 'stopped').
 * Returns { start(options), togglePause(), finish(how), draw(level), breathing(), paused() }.
 */
export function createRun(root, els, ctx, { cues, sound, voice, onEnd }) {
  let run = null; // { pattern, plan, clock, endMs, before, timer, lastKey, lastRemaining, opening, pauseAsked }
  const setState = (state) => { root.dataset.state = state; };

  /** `minutes`: the session's length, null for open-ended; `before`: the rating given, if any. */
  function start({ pattern, gentle, minutes, before }) {
    if (run) return;
    const plan = buildPlan(pattern, { gentle });
    run = {
      pattern,
      plan,
      clock: startClock(performance.now()),
      endMs: sessionEndMs(plan, minutes == null ? null : minutes * 60_000),
      before,
      timer: null,
      lastKey: '',
      lastRemaining: '',
      opening: false, // waiting for the audio output; the clock starts when it is open
      pauseAsked: false, // paused (Space, F1) while waiting
      voiced: false, // a phase's word was handed to the voice since the start or the last resume
    };
    els.hint.textContent = '';
    setState('running');
    els.pause.textContent = t('pause');
    els.pause.focus();
    const speak = voice.open();
    if (!sound() && speak === null) {
      tick();
      return;
    }
    // Breathing begins once its tones and words can keep time with it. Opening the
    // audio output blocks the page for up to half a second on a busy machine, and the
    // system's voice takes about as long the first time; a clock started before them
    // had its first breath in pass in silence. Each takes at most a second or so (a
    // slower output joins in later), and breathing begins even with no sound at all.
    const opening = run;
    opening.opening = true;
    Promise.all([sound() ? cues.open().catch(() => {}) : null, speak]).then(() => {
      if (run !== opening) return; // stopped while the output was opening
      opening.opening = false;
      opening.clock = startClock(performance.now());
      tick();
      if (opening.pauseAsked) {
        opening.pauseAsked = false;
        togglePause();
      }
    });
  }

  function tick() {
    if (!run) return;
    const step = document.hidden ? HIDDEN_STEP_MS : STEP_MS;
    const frame = frameAt(run, performance.now(), step);
    if (frame.ended) {
      finish('complete');
      return;
    }
    if (frame.phaseKey !== run.lastKey) {
      run.lastKey = frame.phaseKey;
      els.phase.textContent = frame.phase.label;
      els.hint.textContent = frame.phase.hint;
      const following = frame.phase.endMs < run.endMs ? phaseAt(run.plan, frame.phase.endMs) : null;
      voice.phase(frame.phase, {
        first: !run.voiced,
        next: following && { word: following.word, inMs: frame.phase.endMs - frame.elapsed },
      });
      run.voiced = true;
      root.dataset.phase = frame.phase.kind;
    }
    if (!document.hidden) draw(frame.phase.level);
    if (frame.remaining !== run.lastRemaining) {
      run.lastRemaining = frame.remaining;
      els.remaining.textContent = frame.remaining;
      els.remaining.setAttribute('aria-label', remainingLabel(frame.remaining));
    }
    if (sound()) cues.fill(run.plan, frame.elapsed, run.endMs);
    run.timer = setTimeout(tick, frame.delay);
  }

  function draw(level) {
    const look = orbLook(level, ctx.reducedMotion());
    els.orb.style.transform = look.transform;
    els.orb.style.opacity = look.opacity;
  }

  function togglePause() {
    if (!run) return;
    if (run.opening) {
      run.pauseAsked = !run.pauseAsked; // not breathing yet: pause as soon as it starts
      return;
    }
    const now = performance.now();
    clearTimeout(run.timer);
    if (run.clock.pausedAt == null) {
      run.clock = pauseClock(run.clock, now);
      cues.pause();
      voice.paused();
      setState('paused');
      els.phase.textContent = t('paused');
      els.hint.textContent = t('paused-hint');
      els.pause.textContent = t('resume');
    } else {
      run.clock = resumeClock(run.clock, now);
      setState('running');
      els.pause.textContent = t('pause');
      run.lastKey = '';
      run.voiced = false;
      cues.resume(phaseAt(run.plan, activeElapsed(run.clock, now)).endMs);
      tick();
    }
  }

  /** Ends breathing: `complete` when time ran out, `stopped` on Esc or Stop. */
  function finish(how) {
    if (!run) return;
    clearTimeout(run.timer);
    cues.stop();
    voice.ended(endingTitle(how));
    const summary = runSummary(run, performance.now());
    run = null;
    draw(0);
    els.phase.textContent = '';
    els.remaining.textContent = '';
    delete root.dataset.phase;
    onEnd(how, summary);
  }

  document.addEventListener('visibilitychange', () => {
    // Coming back into view: redraw at once rather than waiting up to a second.
    if (!document.hidden && run && run.clock.pausedAt == null) {
      clearTimeout(run.timer);
      tick();
    }
  });

  return {
    start,
    togglePause,
    finish,
    draw,
    breathing: () => !!run,
    paused: () => !!run && (run.opening ? run.pauseAsked : run.clock.pausedAt != null),
  };
}
