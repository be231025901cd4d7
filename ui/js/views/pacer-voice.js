// What the breath sounds like beyond the screen: each phase is told to the backend,
// which puts it where a screen reader hears it (on Linux, the window's title) and,
// with "Speak the breath" on, has the system's voice say its word.
import { breathPhase, voiceCheck } from '../api.js';
import { t } from '../i18n.js';

/** How long starting to breathe waits for the voice to open (it opens in about half a second). */
const OPEN_WAIT_MS = 1500;

/** Words for a voice that cannot speak, by the status the backend gives. */
export const VOICE_NOTES = {
  missing: () => t('voice-missing'),
  otherLanguage: () => t('voice-other-language'),
};

const language = () => document.documentElement.lang || 'en';

/** `wanted()`: whether "Speak the breath" is on. */
export function createVoice(wanted) {
  let status = null; // null until asked: 'ready', 'otherLanguage' or 'missing'
  let asking = null;

  /** Asks the backend (opening its voice) and remembers the answer; asks again while none is ready. */
  function check() {
    if (status !== null && status !== 'ready') asking = null;
    asking ??= voiceCheck(language())
      .catch(() => 'missing')
      .then((answer) => { status = answer; return answer; });
    return asking;
  }

  const speaking = () => wanted() && status !== 'missing' && status !== 'otherLanguage';
  const tell = (shown, spoken, next = null) => breathPhase(shown, spoken, next, language()).catch(() => {});

  return {
    check,
    /**
     * Null when breathing can begin at once (no voice wanted, or it is open);
     * otherwise a promise that resolves when the voice is ready, or after OPEN_WAIT_MS.
     */
    open() {
      if (!wanted() || status !== null) return null;
      return Promise.race([check(), new Promise((r) => setTimeout(r, OPEN_WAIT_MS))]);
    },
    /**
     * A phase ({label, word}) has begun. Its word is said now only when it is the
     * `first` since breathing started or resumed: each later word was handed over one
     * phase ahead (`next`: {word, inMs}), so the backend says it on time even while
     * the window is hidden and the page's timers run late.
     */
    phase: (phase, { first, next }) => tell(
      phase.label,
      speaking() && first ? phase.word : null,
      speaking() && next ? { words: next.word, inMs: Math.max(0, Math.round(next.inMs)) } : null,
    ),
    paused: () => tell(t('paused'), null),
    /** Breathing ended; `words` (the ending's title) are what a screen reader hears next. */
    ended: (words) => tell(words, null),
    /** Back to the start screen. */
    idle: () => tell(null, null),
  };
}
