// The pacer screen: idle → breathing ⇄ paused → a soft end with an optional rating.
// Its markup is in index.html so it is usable with the first paint; this module
// wires its pieces together: the options (pacer-options.js), breathing
// (pacer-run.js), the ending (pacer-ending.js), the soft tones (pacer-cues.js) and
// the breath told beyond the screen (pacer-voice.js).
import { keyAction } from '../pacer-model.js';
import { createCues } from './pacer-cues.js';
import { mountEnding } from './pacer-ending.js';
import { mountOptions } from './pacer-options.js';
import { createRun } from './pacer-run.js';
import { createVoice } from './pacer-voice.js';

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
    gentle: $('gentle'), sound: $('sound'), speak: $('speak'), speakNote: $('speak-note'), before: $('before-rating'), after: $('after-rating'),
  };

  let startWanted = false; // Space pressed before the patterns arrived
  const cues = createCues();
  const voice = createVoice(() => options.speak());
  const options = mountOptions(els, $('options'), ctx, { onSound: () => cues.prepare(), checkVoice: () => voice.check() });
  const run = createRun(root, els, ctx, {
    cues,
    sound: options.sound,
    voice,
    onEnd: (how, summary) => ending.show(how, summary),
  });
  const ending = mountEnding(root, els, ctx, {
    onClose: (report, { again }) => {
      options.before.clear();
      if (!again) voice.idle();
      root.dataset.state = 'idle';
      run.draw(0);
      if (again) start();
      else els.start.focus();
    },
  });

  /** `length`: minutes other than the chosen length (the check-in's two minutes). */
  function start(length) {
    if (!ctx.store.snapshot) {
      startWanted = true;
      return;
    }
    if (run.breathing()) return;
    const chosen = options.chosen();
    run.start({ ...chosen, minutes: length ?? chosen.minutes, before: options.before.value() });
  }

  function refresh() {
    if (!options.render()) return;
    if (startWanted) {
      startWanted = false;
      start();
    }
  }

  els.start.addEventListener('click', () => start());
  els.pause.addEventListener('click', () => run.togglePause());
  els.stop.addEventListener('click', () => run.finish('stopped'));

  /** Keys while this screen is showing. Returns true when the key was used. */
  function onKey(e) {
    const el = e.target instanceof Element ? e.target : null;
    const action = keyAction(root.dataset.state, e.key, {
      control: !!el?.closest('select, input, textarea, button, a, [role="radio"]'),
      start: el === els.start,
      optionsSelect: !!el?.closest('#options select'),
      select: el?.tagName === 'SELECT',
    });
    if (action === 'stop') run.finish('stopped');
    else if (action === 'close') ending.close();
    else if (action === 'start') start();
    else if (action === 'toggle') run.togglePause();
    return action !== null;
  }

  return {
    refresh,
    onKey,
    /** `minutes`: a session length other than the chosen one (the check-in's two minutes). */
    startNow: (minutes) => {
      if (root.dataset.state === 'ended') ending.close();
      if (root.dataset.state === 'paused') run.togglePause();
      else start(minutes);
    },
    /** Leaving the screen: breathing pauses, and the window's title is Ebb's again. */
    pause: () => {
      if (run.breathing() && !run.paused()) run.togglePause();
      voice.idle();
    },
  };
}
