// The pacer screen: idle → breathing ⇄ paused → a soft end with an optional rating.
// Its markup is in index.html so it is usable with the first paint; this module
// wires it up. Drawing is driven by a timer that reads the monotonic clock each
// time, so the phase is always where the clock says, whatever the timer did.
import {
  buildPlan, phaseAt, sessionEndMs, startClock, activeElapsed, pauseClock, resumeClock, nextDelay, formatRemaining,
} from '../pacer-math.js';
import { mountRating } from '../rating.js';
import { h } from '../dom.js';

/**
 * Time between drawing updates. A breath takes seconds, so ~10 updates a second
 * look smooth; a 60 fps animation would cost several times the CPU under software
 * rendering (see README, "Benchmarks").
 */
const STEP_MS = 100;
/** While the window is hidden there is nothing to draw; tick only to keep tones scheduled. */
const HIDDEN_STEP_MS = 1000;

/**
 * ctx: { store, savePreferences(prefs), recordPractice(report), openHelp(reason), reducedMotion() }
 * Returns { refresh(), onKey(event), startNow(), pause() }.
 */
export function mountPacer(root, ctx) {
  const $ = (id) => root.querySelector(`#${id}`);
  const els = {
    orb: $('orb'), start: $('start'), phase: $('phase'), hint: $('phase-hint'), remaining: $('remaining'),
    pause: $('pause'), stop: $('stop'), ending: $('ending'), endingTitle: $('ending-title'), again: $('again'),
    done: $('done'), pattern: $('pattern'), summary: $('pattern-summary'), duration: $('duration'),
    gentle: $('gentle'), sound: $('sound'), before: $('before-rating'), after: $('after-rating'),
  };

  let session = null; // { pattern, plan, clock, endMs, before, timer, lastKey, lastRemaining }
  let finished = null; // { patternId, before, activeSeconds } awaiting the optional after-rating
  let startWanted = false; // Space pressed before the patterns arrived
  // Loaded on first use: most sessions are silent, and the first screen should not wait for it.
  let tones = null;
  const loadTones = async () => {
    if (!tones) tones = new (await import('../tones.js')).Tones();
    return tones;
  };

  const before = mountRating(els.before, {
    legend: 'How strong are your feelings right now? (optional)',
    onPick: (n) => { if (n >= 9) ctx.openHelp('rating'); },
  });
  const after = mountRating(els.after, { legend: 'How do you feel now? (optional)' });

  const setState = (state) => { root.dataset.state = state; };
  const prefs = () => ctx.store.snapshot?.preferences;
  const patterns = () => ctx.store.snapshot?.patterns ?? [];
  const chosenPattern = () => patterns().find((p) => p.id === prefs()?.pattern) ?? patterns()[0];
  const gentleFor = (pattern) => prefs()?.gentleStart?.[pattern.id] ?? pattern.gentleStart;

  // ---- options ---------------------------------------------------------------

  function refresh() {
    const snap = ctx.store.snapshot;
    if (!snap) return;
    const options = snap.patterns.map((p) =>
      h('option', { value: p.id }, p.exhaleWeighted ? p.name : `${p.name} (equal-length)`));
    els.pattern.replaceChildren(...options);
    els.pattern.value = chosenPattern().id;
    els.summary.textContent = chosenPattern().summary;
    els.duration.replaceChildren(
      ...snap.durations.map((m) => h('option', { value: m }, m === 1 ? '1 minute' : `${m} minutes`)),
      h('option', { value: 'open' }, 'Open-ended'),
    );
    els.duration.value = snap.preferences.durationMinutes == null ? 'open' : String(snap.preferences.durationMinutes);
    els.gentle.checked = gentleFor(chosenPattern());
    els.sound.checked = snap.preferences.sound;
    if (snap.preferences.sound) loadTones(); // ready before the next start
    if (startWanted) {
      startWanted = false;
      start();
    }
  }

  function change(edit) {
    const next = structuredClone(prefs());
    edit(next);
    ctx.savePreferences(next);
  }

  els.pattern.addEventListener('change', () => change((p) => { p.pattern = els.pattern.value; }));
  els.duration.addEventListener('change', () => change((p) => {
    p.durationMinutes = els.duration.value === 'open' ? null : Number(els.duration.value);
  }));
  els.gentle.addEventListener('change', () => change((p) => { p.gentleStart[chosenPattern().id] = els.gentle.checked; }));
  els.sound.addEventListener('change', () => change((p) => { p.sound = els.sound.checked; }));
  // The form never submits: Enter in it starts breathing, like everywhere else on this screen.
  root.querySelector('#options').addEventListener('submit', (e) => e.preventDefault());

  // ---- breathing -------------------------------------------------------------

  function start(length) {
    if (!ctx.store.snapshot) {
      startWanted = true;
      return;
    }
    if (session) return;
    const pattern = chosenPattern();
    const plan = buildPlan(pattern, { gentle: gentleFor(pattern) });
    const minutes = length ?? prefs().durationMinutes;
    session = {
      pattern,
      plan,
      clock: startClock(performance.now()),
      endMs: sessionEndMs(plan, minutes == null ? null : minutes * 60_000),
      before: before.value(),
      timer: null,
      lastKey: '',
      lastRemaining: '',
    };
    els.hint.textContent = '';
    setState('running');
    els.pause.textContent = 'Pause';
    els.pause.focus();
    if (prefs().sound) {
      loadTones().then(async (t) => {
        await t.open();
        if (session) {
          t.reset(0);
          t.fill(session.plan, activeElapsed(session.clock, performance.now()), session.endMs);
        }
      });
    }
    tick();
  }

  function tick() {
    if (!session) return;
    const now = performance.now();
    const elapsed = activeElapsed(session.clock, now);
    if (elapsed >= session.endMs) {
      finish('complete');
      return;
    }
    const phase = phaseAt(session.plan, elapsed);
    const key = `${phase.cycle}:${phase.index}`;
    if (key !== session.lastKey) {
      session.lastKey = key;
      els.phase.textContent = phase.label;
      els.hint.textContent = phase.hint;
      root.dataset.phase = phase.kind;
    }
    if (!document.hidden) draw(phase.level);
    const remaining = Number.isFinite(session.endMs) ? formatRemaining(session.endMs - elapsed) : '';
    if (remaining !== session.lastRemaining) {
      session.lastRemaining = remaining;
      els.remaining.textContent = remaining;
      els.remaining.setAttribute('aria-label', remaining ? `${remaining} left` : 'Open-ended');
    }
    if (prefs().sound) tones?.fill(session.plan, elapsed, session.endMs);
    const step = document.hidden ? HIDDEN_STEP_MS : STEP_MS;
    session.timer = setTimeout(tick, nextDelay(phase, elapsed, step));
  }

  function draw(level) {
    // Full motion scales the orb; reduced motion keeps its size and changes its brightness.
    if (ctx.reducedMotion()) {
      els.orb.style.transform = 'scale(0.8)';
      els.orb.style.opacity = (0.3 + 0.7 * level).toFixed(3);
    } else {
      els.orb.style.transform = `scale(${(0.55 + 0.45 * level).toFixed(4)})`;
      els.orb.style.opacity = '';
    }
  }

  function togglePause() {
    if (!session) return;
    const now = performance.now();
    clearTimeout(session.timer);
    if (session.clock.pausedAt == null) {
      session.clock = pauseClock(session.clock, now);
      tones?.cancel();
      setState('paused');
      els.phase.textContent = 'Paused';
      els.hint.textContent = 'Press Space or Resume when you are ready.';
      els.pause.textContent = 'Resume';
    } else {
      session.clock = resumeClock(session.clock, now);
      setState('running');
      els.pause.textContent = 'Pause';
      session.lastKey = '';
      const elapsed = activeElapsed(session.clock, now);
      tones?.reset(phaseAt(session.plan, elapsed).endMs);
      tick();
    }
  }

  /** Ends breathing: `complete` when time ran out, `stopped` on Esc or Stop. */
  function finish(how) {
    if (!session) return;
    clearTimeout(session.timer);
    tones?.close();
    const elapsed = Math.min(activeElapsed(session.clock, performance.now()), session.endMs);
    finished = { patternId: session.pattern.id, before: session.before, activeSeconds: Math.round(elapsed / 1000) };
    session = null;
    draw(0);
    els.phase.textContent = '';
    els.remaining.textContent = '';
    delete root.dataset.phase;
    els.endingTitle.textContent = how === 'complete' ? 'That’s the end of this round.' : 'Stopped. That’s okay.';
    after.clear();
    els.ending.hidden = false;
    setState('ended');
    els.endingTitle.focus();
  }

  /** Leaves the ending, keeping the ratings given (if any), and returns to idle. */
  function closeEnding({ again = false } = {}) {
    if (!finished) return;
    const report = { tool: 'pacer', used: finished.patternId, before: finished.before, after: after.value(), activeSeconds: finished.activeSeconds };
    finished = null;
    ctx.recordPractice(report);
    els.ending.hidden = true;
    before.clear();
    setState('idle');
    draw(0);
    if (report.after != null && report.after >= 9) {
      ctx.openHelp('rating');
    } else if (again) {
      start();
    } else {
      els.start.focus();
    }
  }

  els.start.addEventListener('click', () => start());
  els.pause.addEventListener('click', togglePause);
  els.stop.addEventListener('click', () => finish('stopped'));
  els.again.addEventListener('click', () => closeEnding({ again: true }));
  els.done.addEventListener('click', () => closeEnding());
  document.addEventListener('visibilitychange', () => {
    // Coming back into view: redraw at once rather than waiting up to a second.
    if (!document.hidden && session && session.clock.pausedAt == null) {
      clearTimeout(session.timer);
      tick();
    }
  });

  /** Keys while this screen is showing. Returns true when the key was used. */
  function onKey(e) {
    const state = root.dataset.state;
    const onControl = e.target instanceof Element && e.target.closest('select, input, textarea, button, a, [role="radio"]');
    if (e.key === 'Escape') {
      if (state === 'running' || state === 'paused') finish('stopped');
      else if (state === 'ended') closeEnding();
      else return false;
      return true;
    }
    if (e.key !== ' ' && e.key !== 'Enter') return false;
    if (state === 'idle' && (!onControl || e.target === els.start || e.target.closest('#options select'))) {
      // A select keeps Space for opening itself; Enter there starts breathing.
      if (e.target.tagName === 'SELECT' && e.key === ' ') return false;
      if (e.target === els.start) return false; // the button's own click starts it
      start();
      return true;
    }
    if ((state === 'running' || state === 'paused') && !onControl && e.key === ' ') {
      togglePause();
      return true;
    }
    return false;
  }

  return {
    refresh,
    onKey,
    /** `minutes`: a session length other than the chosen one (the check-in's two minutes). */
    startNow: (minutes) => {
      if (root.dataset.state === 'ended') closeEnding();
      if (root.dataset.state === 'paused') togglePause();
      else start(minutes);
    },
    pause: () => { if (session && session.clock.pausedAt == null) togglePause(); },
  };
}
