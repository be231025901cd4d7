// The journal's words and the pure logic of its screens: labels for each choice,
// turning the session form into an entry, dates for people, and draft autosave.
// No DOM here, so node --test can check it. The words are message ids of the
// catalogue (content/locales/<tag>/journal.ftl), formatted when shown.
import { dateLocales, t } from './i18n.js';

export const BODY = [
  ['calm', 'session-body-calm'],
  ['revved-up', 'session-body-revved-up'],
  ['shut-down', 'session-body-shut-down'],
];

export const TEARS = [
  ['none', 'session-tears-none'],
  ['during', 'session-tears-during'],
  ['after', 'session-tears-after'],
  ['both', 'session-tears-both'],
];

export const TEAR_KINDS = [
  ['release', 'session-tear-release'],
  ['grief', 'session-tear-grief'],
  ['recognition', 'session-tear-recognition'],
  ['overwhelm', 'session-tear-overwhelm'],
  ['connection', 'session-tear-connection'],
];

export const WARNING_SIGNS = [
  ['worse-for-hours', 'session-sign-worse-for-hours'],
  ['flooding', 'session-sign-flooding'],
  ['numbness', 'session-sign-numbness'],
  ['panic', 'session-sign-panic'],
  ['dissociation', 'session-sign-dissociation'],
];

/** The words for `value` in `list` (one of the tables above); the value itself when unknown. */
export const label = (list, value) => {
  const id = list.find(([v]) => v === value)?.[1];
  return id ? t(id) : value;
};

/** A table above as [value, words] pairs, in the language spoken. */
export const labelled = (list) => list.map(([value, id]) => [value, t(id)]);

/** Splits a comma-separated tag field into tags. */
export const splitTags = (text) => text.split(',').map((tag) => tag.trim()).filter(Boolean);

/** One item per line. */
export const splitLines = (text) => text.split('\n').map((line) => line.trim()).filter(Boolean);

/**
 * The form's values (as `collect()` in the view gathers them) as an entry for the
 * backend. Free text is sent exactly as typed.
 */
export function entryFromValues(v) {
  const tears = v.tears || null;
  const withTears = tears && tears !== 'none';
  return {
    heldAt: v.heldAt,
    therapist: v.therapist ?? '',
    distressBefore: v.distressBefore ?? null,
    distressAfter: v.distressAfter ?? null,
    bodyState: v.bodyState || null,
    tears,
    tearKinds: withTears ? v.tearKinds ?? [] : [],
    cameUp: v.cameUp ?? '',
    helped: v.helped ?? '',
    aftercare: v.aftercare ?? [],
    warningSigns: v.warningSigns ?? [],
    tags: splitTags(v.tags ?? ''),
    bringUp: splitLines(v.bringUp ?? ''),
    ticked: v.ticked ?? [],
  };
}

/** A saved session back into form values. */
export function valuesFromSession(s) {
  return {
    heldAt: s.heldAt,
    therapist: s.therapist,
    distressBefore: s.distressBefore,
    distressAfter: s.distressAfter,
    bodyState: s.bodyState ?? '',
    tears: s.tears ?? '',
    tearKinds: s.tearKinds,
    cameUp: s.cameUp,
    helped: s.helped,
    aftercare: s.aftercare,
    warningSigns: s.warningSigns,
    tags: s.tags.join(', '),
    bringUp: s.bringUp.join('\n'),
    ticked: s.ticked,
  };
}

const pad = (n) => String(n).padStart(2, '0');

/** A Date as the value of a datetime-local input ("2026-11-22T17:30"). */
export const localValue = (d) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;

/** "2026-11-22T17:30" as people read it, in the language spoken (or `locale`). */
export function formatHeldAt(heldAt, locale = dateLocales()) {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(heldAt ?? '');
  if (!m) return heldAt ?? '';
  const d = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]));
  return new Intl.DateTimeFormat(locale, {
    weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit',
  }).format(d);
}

/** An RFC 3339 time as a short local time ("21:30"), in the language spoken (or `locale`). */
export const formatTime = (iso, locale = dateLocales()) => new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit' }).format(new Date(iso));

/** An RFC 3339 time as a full local date and time (a quick note's), in the language spoken. */
export const formatWritten = (iso) => new Intl.DateTimeFormat(dateLocales(), {
  year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric',
}).format(new Date(iso));

/**
 * Saves a draft `delay` ms after the last change, or at once on `flush()`. Only
 * one save runs at a time; a change during a save schedules another.
 * `save()` returns a promise. Timers are injected for tests.
 */
export function createAutosave({ save, delay = 1000, setTimer = setTimeout, clearTimer = clearTimeout }) {
  let timer = null;
  let dirty = false;
  let running = null;

  async function flush() {
    if (timer !== null) {
      clearTimer(timer);
      timer = null;
    }
    if (running) await running;
    if (!dirty) return;
    dirty = false;
    running = (async () => {
      try {
        await save();
      } catch (e) {
        dirty = true; // keep trying at the next change or flush
        throw e;
      } finally {
        running = null;
      }
    })();
    await running;
  }

  return {
    changed() {
      dirty = true;
      if (timer !== null) clearTimer(timer);
      timer = setTimer(() => {
        timer = null;
        flush().catch(() => {});
      }, delay);
    },
    flush,
    /** Forget unsaved changes (after the session itself was saved or discarded). */
    cancel() {
      if (timer !== null) clearTimer(timer);
      timer = null;
      dirty = false;
    },
    get dirty() {
      return dirty || timer !== null;
    },
  };
}

/**
 * What is said after an unlock: what was added from the inbox and, the one time it
 * happens, what could not be added (kept aside, still sealed, never dropped).
 */
export function unlockedWords({ captures = 0, unreadable = 0 } = {}) {
  const sentences = [t('journal-unlocked')];
  if (captures) sentences.push(t('journal-unlocked-added', { count: captures }));
  if (unreadable) sentences.push(t('journal-unlocked-kept-aside', { count: unreadable }));
  return sentences.join(' ');
}

/** What may help with each warning sign, offered right where it is ticked (message ids). */
const SIGN_TOOLS = [
  ['dissociation', { list: 'far-away', label: 'session-tool-far-away' }],
  ['numbness', { list: 'orient', label: 'session-tool-orient' }],
  ['panic', { breathe: true, label: 'session-tool-breathe' }],
  ['flooding', { list: 'hand-on-chest', label: 'session-tool-hand-on-chest' }],
  ['worse-for-hours', { list: 'aftercare', label: 'session-tool-aftercare', note: 'session-tool-worse-for-hours' }],
];

/** The tools for the ticked `signs`, each once, in a steady order. */
export function toolsForSigns(signs) {
  const seen = new Set();
  return SIGN_TOOLS.filter(([sign]) => signs.includes(sign))
    .map(([sign, { label: words, note, ...tool }]) => ({ sign, ...tool, label: t(words), ...(note ? { note: t(note) } : {}) }))
    .filter((tool) => {
      const key = tool.list ?? 'breathe';
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}
