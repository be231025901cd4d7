// The journal's words and the pure logic of its screens: labels for each choice,
// turning the session form into an entry, dates for people, and draft autosave.
// No DOM here, so node --test can check it.

export const BODY = [
  ['calm', 'Calm and connected'],
  ['revved-up', 'Revved up (restless, on edge, heart racing)'],
  ['shut-down', 'Shut down (numb, heavy, far away)'],
];

export const TEARS = [
  ['none', 'No tears'],
  ['during', 'During the session'],
  ['after', 'Afterwards'],
  ['both', 'During and after'],
];

export const TEAR_KINDS = [
  ['release', 'Release'],
  ['grief', 'Grief'],
  ['recognition', 'Recognition (feeling seen)'],
  ['overwhelm', 'Overwhelm'],
  ['connection', 'Connection'],
];

export const WARNING_SIGNS = [
  ['worse-for-hours', 'Felt worse for hours afterwards'],
  ['flooding', 'Flooded (too much at once)'],
  ['numbness', 'Numb'],
  ['panic', 'Panic'],
  ['dissociation', 'Far away or disconnected'],
];

export const label = (list, value) => list.find(([v]) => v === value)?.[1] ?? value;

/** Splits a comma-separated tag field into tags. */
export const splitTags = (text) => text.split(',').map((t) => t.trim()).filter(Boolean);

/** One item per line. */
export const splitLines = (text) => text.split('\n').map((t) => t.trim()).filter(Boolean);

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

/** "2026-11-22T17:30" as people read it, in their own language. */
export function formatHeldAt(heldAt, locale) {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(heldAt ?? '');
  if (!m) return heldAt ?? '';
  const d = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]));
  return d.toLocaleString(locale, { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });
}

/** An RFC 3339 time as a short local time ("21:30"). */
export const formatTime = (iso, locale) => new Date(iso).toLocaleTimeString(locale, { hour: '2-digit', minute: '2-digit' });

/** "1 session", "12 sessions". */
export const count = (n, one, many) => `${n} ${n === 1 ? one : many}`;

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
  const parts = ['Unlocked.'];
  if (captures) parts.push(`${count(captures, 'thing', 'things')} you noted while it was locked ${captures === 1 ? 'was' : 'were'} added.`);
  if (unreadable) {
    parts.push(`${count(unreadable, 'thing', 'things')} waiting could not be added, so ${unreadable === 1 ? 'it was' : 'they were'} kept aside, still sealed, in the journal's folder (inbox.unreadable). Everything else is here.`);
  }
  return parts.join(' ');
}

/** What may help with each warning sign, offered right where it is ticked. */
const SIGN_TOOLS = [
  ['dissociation', { list: 'far-away', label: 'When you feel far away: a grounding list' }],
  ['numbness', { list: 'orient', label: 'Orient to the room: a grounding list' }],
  ['panic', { breathe: true, label: 'Breathe with a long, slow breath out' }],
  ['flooding', { list: 'hand-on-chest', label: 'Hand on chest, slow breath out: a grounding list' }],
  ['worse-for-hours', { list: 'aftercare', label: 'Aftercare after a hard session: a grounding list', note: 'Feeling worse for hours afterwards is worth telling your therapist.' }],
];

/** The tools for the ticked `signs`, each once, in a steady order. */
export function toolsForSigns(signs) {
  const seen = new Set();
  return SIGN_TOOLS.filter(([sign]) => signs.includes(sign))
    .map(([sign, tool]) => ({ sign, ...tool }))
    .filter((tool) => {
      const key = tool.list ?? 'breathe';
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}
