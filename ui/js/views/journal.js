// The private session log. This module wires its screens together: the journal
// while it is not open (journal-gate.js), the timeline with search and filters
// (journal-timeline.js), one session (journal-detail.js), the session form
// (session-form.js) and quick notes (journal-notes.js). Journal text only ever
// becomes text nodes (see dom.js). When the journal locks, by whatever route,
// everything this screen showed of it is forgotten.
import * as api from '../api.js';
import { h, holdsFocus } from '../dom.js';
import { dueTime } from '../check-in.js';
import { t } from '../i18n.js';
import { emptyQuery } from '../journal-search.js';
import { showDetail } from './journal-detail.js';
import { showCreate, showDamaged, showLocked } from './journal-gate.js';
import { notesList } from './journal-notes.js';
import { showTimeline } from './journal-timeline.js';
import { showSummary } from './summary.js';
import { mountSessionForm } from './session-form.js';

export function mount(section, ctx) {
  let status = null; // the backend's journal status
  let form = null; // the open session form, if any
  let lastTouch = 0;
  const live = h('p', { class: 'visually-hidden', id: 'journal-live', role: 'status', 'aria-live': 'polite' });
  const body = h('div');
  section.replaceChildren(body, live);

  const say = (text) => { live.textContent = text; };
  const focusTitle = () => section.querySelector('h1')?.focus();

  /** What each screen of the journal needs: where to draw, and the way to the others. */
  const screen = {
    section,
    body,
    ctx,
    say,
    focusTitle,
    whileOpen: ctx.whileOpen,
    query: emptyQuery(), // the search and filters, changed in place as the person sets them
    notes: notesList({ say, whileOpen: ctx.whileOpen }),
    refresh,
    home: (options) => {
      form = null;
      return showTimeline(screen, options);
    },
    detail: (id) => showDetail(screen, id),
    edit: openForm,
    summary: () => showSummary(screen),
  };

  // Use of the journal postpones the idle lock (at most one message per 30 s).
  for (const type of ['keydown', 'pointerdown', 'wheel']) {
    section.addEventListener(type, () => {
      const now = Date.now();
      if (status?.state === 'open' && now - lastTouch > 30_000) {
        lastTouch = now;
        api.journalTouch().catch(() => {});
      }
    }, { passive: true });
  }

  async function refresh({ focus = false } = {}) {
    const open = ctx.whileOpen();
    let next;
    try {
      next = await api.journalStatus();
    } catch (e) {
      next = { state: 'damaged', message: e.message };
    }
    if (!open()) return; // the journal locked meanwhile; that lock redraws this screen
    status = next;
    if (status.state === 'open') {
      if (!form) await screen.home();
    } else {
      form = null;
      if (status.state === 'absent') showCreate(screen);
      else if (status.state === 'locked') showLocked(screen, status);
      else showDamaged(screen, status.message);
    }
    if (focus) focusTitle();
  }

  async function openForm(session) {
    const open = ctx.whileOpen();
    const holder = h('div');
    body.replaceChildren(holder);
    try {
      const opened = await mountSessionForm(holder, ctx, {
        session,
        onDone: async (saved, { checkInDue = null } = {}) => {
          form = null;
          if (saved) {
            say(checkInDue ? t('journal-saved-check-in', { time: dueTime(checkInDue) }) : t('journal-saved'));
            await showDetail(screen, saved.id);
          } else {
            await screen.home();
            focusTitle();
          }
        },
      });
      if (open()) form = opened;
      else opened.forget();
    } catch (e) {
      form = null;
      if (!open()) return;
      // The backend locked the journal without this screen hearing of it.
      if (e.kind === 'locked') return ctx.journalLocked();
      ctx.notify(e.message);
    }
  }

  /** The journal locked (or went away): nothing of it stays, not even the search typed. */
  function forget() {
    const focused = holdsFocus(section);
    form?.forget();
    form = null;
    status = null;
    Object.assign(screen.query, emptyQuery());
    screen.notes.forget();
    body.replaceChildren();
    live.textContent = '';
    // Hidden, it shows afresh when opened; on screen, it shows what a locked journal shows.
    if (!section.hidden) refresh({ focus: focused });
  }
  ctx.forgetOnLock(forget);

  const first = refresh({ focus: true });
  return {
    refresh: () => (form ? undefined : refresh()),
    /** Shows one session (from insights); leaves an open form alone. */
    openSession: async (id) => {
      await first;
      if (form) return;
      await showDetail(screen, id);
    },
    /** Saves any draft (before locking, or before the window closes). */
    flush: async () => { if (form) await form.flush(); },
    /** Tells a screen reader what just happened to the journal. */
    say,
    onKey: (e) => {
      if (e.key === 'Escape' && body.querySelector('.back') && !form) {
        screen.home().then(focusTitle);
        return true;
      }
      return false;
    },
  };
}
