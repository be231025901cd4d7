// The pacer's start screen: the breathing options (pattern, length, gentle start,
// soft tones) and the optional rating before breathing. Each change is saved at once.
import { mountRating } from '../rating.js';
import { h } from '../dom.js';
import { durationLabel, patternLabel } from '../pacer-model.js';
import { VOICE_NOTES } from './pacer-voice.js';
import { t } from '../i18n.js';

/**
 * `els`: the pacer's elements (index.html). `onSound()` runs when the snapshot asks for tones;
 * `checkVoice()` asks whether the system can speak (a promise of 'ready', 'otherLanguage'
 * or 'missing').
 * Returns { render(), chosen(), before, sound(), speak() }.
 */
export function mountOptions(els, form, ctx, { onSound, checkVoice }) {
  const before = mountRating(els.before, {
    legend: 'rating-before',
    offerHelp: () => ctx.openHelp('rating'),
  });

  const prefs = () => ctx.store.snapshot?.preferences;
  const patterns = () => ctx.store.snapshot?.patterns ?? [];
  const chosenPattern = () => patterns().find((p) => p.id === prefs()?.pattern) ?? patterns()[0];
  const gentleFor = (pattern) => prefs()?.gentleStart?.[pattern.id] ?? pattern.gentleStart;

  /** Shows the snapshot's choices. Returns false while there is no snapshot yet. */
  function render() {
    const snap = ctx.store.snapshot;
    if (!snap) return false;
    els.pattern.replaceChildren(...snap.patterns.map((p) => h('option', { value: p.id }, patternLabel(p))));
    els.pattern.value = chosenPattern().id;
    els.summary.textContent = chosenPattern().summary;
    els.duration.replaceChildren(
      ...snap.durations.map((m) => h('option', { value: m }, durationLabel(m))),
      h('option', { value: 'open' }, t('open-ended')),
    );
    els.duration.value = snap.preferences.durationMinutes == null ? 'open' : String(snap.preferences.durationMinutes);
    els.gentle.checked = gentleFor(chosenPattern());
    els.sound.checked = snap.preferences.sound;
    if (snap.preferences.sound) onSound();
    els.speak.checked = snap.preferences.speak;
    if (snap.preferences.speak) showVoice();
    return true;
  }

  /**
   * Asks whether the system can speak; where it cannot, the switch says so next to
   * itself and stays off, rather than staying silent while it looks on.
   */
  async function showVoice() {
    const status = await checkVoice();
    const note = VOICE_NOTES[status]?.();
    els.speakNote.textContent = note ?? '';
    els.speakNote.hidden = !note;
    if (note) els.speak.checked = false;
    return !note;
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
  els.speak.addEventListener('change', async () => {
    if (!els.speak.checked) {
      els.speakNote.hidden = true;
      change((p) => { p.speak = false; });
    } else if (await showVoice() && els.speak.checked) {
      // Still wanted once the system has answered (it may take a few seconds).
      change((p) => { p.speak = true; });
    }
  });
  // The form never submits: Enter in it starts breathing, like everywhere else on this screen.
  form.addEventListener('submit', (e) => e.preventDefault());

  return {
    render,
    /** What to breathe now: the pattern, whether to start gently, and the chosen length (null: open-ended). */
    chosen: () => {
      const pattern = chosenPattern();
      return { pattern, gentle: gentleFor(pattern), minutes: prefs().durationMinutes };
    },
    before,
    sound: () => !!prefs()?.sound,
    speak: () => !!prefs()?.speak,
  };
}
