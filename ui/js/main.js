// Boot: wire the pacer at once (it is already in the page), fetch the app's state,
// then keep navigation, keys and the journal's lock in step with it.
import * as api from './api.js';
import { createForgetting } from './forgetting.js';
import { mountNotices } from './notices.js';
import { mountScreenMenu } from './screen-menu.js';
import { setLanguage, t, translate } from './i18n.js';
import { createStore } from './store.js';
import { mountPacer } from './views/pacer.js';

// Asked first, so the backend works while the page wires itself up.
const booting = api.appState();

const root = document.documentElement;
const views = {
  grounding: () => import('./views/grounding.js'),
  journal: () => import('./views/journal.js'),
  insights: () => import('./views/insights.js'),
  learn: () => import('./views/learn.js'),
  patterns: () => import('./views/patterns.js'),
  settings: () => import('./views/settings.js'),
  help: () => import('./views/help.js'),
};
const mounted = {};

/** Shared state: the latest snapshot of patterns and preferences from the backend. */
const store = createStore(root);
const notices = mountNotices({ onBreathe: () => ctx.breatheNow(2) });
const { notify } = notices;
/** Every screen that shows journal data registers here how to forget it. */
const forgetting = createForgetting();

async function savePreferences(preferences) {
  try {
    store.set(await api.updatePreferences(preferences));
  } catch (e) {
    notify(e.message);
    store.set(store.snapshot); // put the controls back as they were
  }
}

async function recordPractice(report) {
  try {
    await api.recordPractice(report);
  } catch (e) {
    notify(e.message);
  }
}

/**
 * Lists, articles and support details: fetched the first time a screen needs them,
 * then kept; `setResources` takes a fresh copy from any command that changed them.
 */
let resources = null;
const resourceListeners = new Set();
function setResources(next) {
  resources = Promise.resolve(next);
  for (const fn of resourceListeners) fn(next);
}

const ctx = {
  store,
  loadResources: () => (resources ??= api.resources()),
  setResources,
  onResources: (fn) => resourceListeners.add(fn),
  notify,
  savePreferences,
  recordPractice,
  reducedMotion: () => store.reducedMotion(),
  /** `reason` 'rating': a 9 or 10 brought the person here; the screen says so gently. */
  openHelp: (reason) => {
    document.getElementById('view-help').dataset.reason = reason ?? '';
    show('help');
  },
  /** The journal was restored or imported into elsewhere: show it afresh next time. */
  journalChanged: () => mounted.journal?.refresh(),
  /** `forget()` empties what a screen shows of the journal, when it locks. */
  forgetOnLock: (forget) => forgetting.register(forget),
  /** Call before asking for journal data; the check says whether the answer may still be shown. */
  whileOpen: () => forgetting.whileOpen(),
  /** The journal is locked (or gone), as a screen found out: every screen forgets it. */
  journalLocked: () => journalLocked(),
  lockJournal: () => lockJournal(),
  openJournal: () => show('journal'),
  /**
   * An import or restore finished: settings, contacts or the plan may have come back.
   * Lists and contacts are fetched afresh (a contact list on screen must never be an
   * old one that a later edit would save over the restored one). Settings that bring
   * another language read the page again in it.
   */
  afterImport: async (done) => {
    if (done.settingsRestored) {
      const state = await api.appState();
      if (state.locale.language.tag !== store.snapshot.locale.language.tag) {
        sessionStorage.setItem('ebb:return-to', current);
        location.reload();
        return;
      }
      store.set({ patterns: state.patterns, preferences: state.preferences, locale: state.locale });
    }
    if (resources || done.settingsRestored || done.contactsRestored) setResources(await api.resources());
  },
  /** Opens one session in the journal (from insights). */
  openSession: async (id) => {
    await show('journal', { focus: false });
    await mounted.journal.openSession(id);
  },
  /** Opens one grounding list (from a warning sign in the session form). */
  openList: async (id) => {
    await show('grounding', { focus: false });
    mounted.grounding?.open(id);
  },
  /** `minutes`: a session length other than the chosen one. */
  breatheNow: (minutes) => {
    show('pacer', { focus: false });
    pacer.startNow(minutes);
  },
};
const pacer = mountPacer(document.getElementById('view-pacer'), ctx);
store.listeners.add(() => pacer.refresh());
mounted.pacer = pacer;

const menu = mountScreenMenu(document.getElementById('menu-toggle'), document.getElementById('screens'));

let current = 'pacer';

/** Shows one screen. Breathing pauses (never stops) when another screen opens. */
async function show(name, { focus = true } = {}) {
  if (name !== 'pacer') pacer.pause();
  if (current === 'journal' && name !== 'journal') mounted.journal?.flush();
  for (const section of document.querySelectorAll('main > .view')) section.hidden = section.id !== `view-${name}`;
  for (const link of document.querySelectorAll('[data-view]')) {
    if (link.dataset.view === name) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
  current = name;
  menu.close();
  const section = document.getElementById(`view-${name}`);
  if (!mounted[name]) {
    const module = await views[name]();
    mounted[name] = module.mount(section, ctx);
  } else {
    await mounted[name].refresh?.();
  }
  if (!focus) return;
  if (name === 'pacer') {
    const target = section.dataset.state === 'idle' ? '#start' : section.dataset.state === 'ended' ? '#ending-title' : '#pause';
    section.querySelector(target)?.focus();
  } else {
    [...section.querySelectorAll('h1')].find((h1) => h1.offsetParent !== null)?.focus();
  }
}

for (const link of document.querySelectorAll('[data-view]')) {
  link.addEventListener('click', () => (link.dataset.view === 'help' ? ctx.openHelp() : show(link.dataset.view)));
}

/**
 * The one way the journal's data leaves the screen. Whatever locked the journal
 * (Ctrl+L, the Lock button, the tray, idle time, the backend when the computer
 * sleeps) or deleted it, every screen forgets what it showed of it; the screen on
 * view then shows what it shows for a locked journal.
 */
function journalLocked() {
  for (const failure of forgetting.forgetAll()) console.error('ebb: a screen could not forget the journal', failure);
}

/** Ctrl+L, the Lock button and the tray: keep any draft first, then lock and forget. */
async function lockJournal() {
  await mounted.journal?.flush();
  let status = null;
  try {
    status = await api.journalLock();
  } catch (e) {
    notify(e.message);
  }
  // Forgotten even when locking reported a problem: the backend drops the keys either way.
  journalLocked();
  if (mounted.journal) {
    if (status) mounted.journal.say(t('app-journal-locked'));
  } else if (status?.state === 'locked') {
    notify(t('app-journal-is-locked'));
  }
}

const SHORTCUTS = { '1': 'pacer', '2': 'grounding', '3': 'journal', '4': 'insights', '5': 'learn', '6': 'patterns', '7': 'settings' };

// Nothing leaves: Ebb shows no link to anywhere else, and the window refuses to go
// elsewhere (Rust). A link to an outside address that appears anyway (an injected
// script) is not followed from here either: following one makes WebKit open a
// connection to it before the window gets to refuse.
window.addEventListener('click', (e) => {
  const link = e.target instanceof Element ? e.target.closest('a[href]') : null;
  if (link && new URL(link.href, location.href).origin !== location.origin) e.preventDefault();
}, { capture: true });

document.addEventListener('keydown', (e) => {
  if (e.defaultPrevented) return;
  if (e.key === 'F1') {
    e.preventDefault();
    ctx.openHelp();
    return;
  }
  if (e.ctrlKey && !e.altKey && (e.key === 'l' || e.key === 'L')) {
    e.preventDefault();
    lockJournal();
    return;
  }
  if (e.altKey && SHORTCUTS[e.key]) {
    e.preventDefault();
    show(SHORTCUTS[e.key]);
    return;
  }
  if (current === 'pacer') {
    if (pacer.onKey(e)) e.preventDefault();
  } else if (mounted[current]?.onKey?.(e)) {
    e.preventDefault();
  } else if (e.key === 'Escape' && !(e.target instanceof HTMLSelectElement)) {
    // Esc from any other screen goes back to breathing.
    e.preventDefault();
    show('pacer');
  }
});

async function boot() {
  document.getElementById('start').focus();
  try {
    const state = await booting;
    setLanguage(state.locale.language, state.locale.sources);
    translate(document);
    store.set({
      patterns: state.patterns,
      preferences: state.preferences,
      durations: state.durations,
      // The check-in delays the backend accepts: the only list of them.
      checkInMinutes: state.checkInMinutes,
      // Where the person lives, as the system says (the language alone can mislead).
      systemRegion: state.systemRegion,
      version: state.version,
      // The language spoken, the system's, and the languages to choose from.
      locale: state.locale,
    });
    for (const notice of state.notices) notify(notice.message);
    if (state.breatheNow) pacer.startNow();
    // Back where the person was when they chose a language (the page was read again in it).
    const returnTo = sessionStorage.getItem('ebb:return-to');
    sessionStorage.removeItem('ebb:return-to');
    if (returnTo && views[returnTo]) {
      await show(returnTo);
      document.getElementById(`settings-language`)?.focus();
    }
  } catch (e) {
    notify(t('settings-not-loaded', { reason: e.message }));
  }
  root.dataset.ready = 'true';
  api.uiReady();
  api.onBreatheNow(ctx.breatheNow);
  // The backend locked the journal itself: after idle time, or as the computer slept.
  api.onJournalLocked(journalLocked);
  // From the tray.
  api.onShowView((view) => (view === 'help' ? ctx.openHelp() : show(view)));
  api.onLockJournal(lockJournal);
  api.onCheckIn(notices.checkIn);
  // Closing: keep any draft first (the backend waits a moment for this).
  api.onClosing(async () => {
    try {
      await mounted.journal?.flush();
    } finally {
      api.closeReady();
    }
  });
}

boot();
