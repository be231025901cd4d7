// Boot: wire the pacer at once (it is already in the page), fetch the app's state,
// then keep navigation, appearance and notices in step with it.
import * as api from './api.js';
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
const store = {
  snapshot: null,
  listeners: new Set(),
  set(snapshot) {
    this.snapshot = { ...this.snapshot, ...snapshot };
    applyAppearance(this.snapshot.preferences);
    for (const fn of this.listeners) fn(this.snapshot);
  },
};

const systemReduced = matchMedia('(prefers-reduced-motion: reduce)');

/** Reduced motion: the app's own switch, else the system's setting. */
function reducedMotion() {
  const choice = store.snapshot?.preferences.motion ?? 'system';
  return choice === 'reduced' || (choice === 'system' && systemReduced.matches);
}

function applyAppearance(prefs) {
  if (!prefs) return;
  if (prefs.theme === 'system') delete root.dataset.theme;
  else root.dataset.theme = prefs.theme;
  root.dataset.motion = reducedMotion() ? 'reduced' : 'full';
  // Every size in the style sheet is in rem (or follows the text), so one root
  // size scales every screen.
  root.style.fontSize = `${prefs.textSize ?? 100}%`;
}
systemReduced.addEventListener('change', () => applyAppearance(store.snapshot?.preferences));

function notify(message) {
  document.getElementById('notice-text').textContent = message;
  document.getElementById('notice').hidden = false;
}
document.getElementById('notice-close').addEventListener('click', () => {
  document.getElementById('notice').hidden = true;
  document.querySelector('[aria-current="page"]')?.focus();
});

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
  reducedMotion,
  /** `reason` 'rating': a 9 or 10 brought the person here; the screen says so gently. */
  openHelp: (reason) => {
    document.getElementById('view-help').dataset.reason = reason ?? '';
    show('help');
  },
  /** The journal was deleted, restored or locked elsewhere: show it afresh next time. */
  journalChanged: () => mounted.journal?.refresh(),
  openJournal: () => show('journal'),
  /** Settings came back from a backup: take them, and fetch lists and contacts afresh. */
  reloadState: async () => {
    const state = await api.appState();
    store.set({ patterns: state.patterns, preferences: state.preferences });
    setResources(await api.resources());
  },
  /** Opens one session in the journal (from insights). */
  openSession: async (id) => {
    await show('journal', { focus: false });
    await mounted.journal.openSession(id);
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

// The screens as a menu, when the window is narrow for its text size (CSS decides).
const menuToggle = document.getElementById('menu-toggle');
const screens = document.getElementById('screens');
function closeMenu({ focus = false } = {}) {
  if (!screens.classList.contains('open')) return;
  screens.classList.remove('open');
  menuToggle.setAttribute('aria-expanded', 'false');
  if (focus) menuToggle.focus();
}
menuToggle.addEventListener('click', () => {
  if (screens.classList.contains('open')) return closeMenu();
  screens.classList.add('open');
  menuToggle.setAttribute('aria-expanded', 'true');
  (screens.querySelector('[aria-current="page"]') ?? screens.querySelector('.nav-link')).focus();
});
screens.addEventListener('keydown', (e) => {
  if (e.key === 'Escape') {
    e.preventDefault();
    closeMenu({ focus: true });
  } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
    e.preventDefault();
    const links = [...screens.querySelectorAll('.nav-link')];
    const at = links.indexOf(document.activeElement);
    links[(at + (e.key === 'ArrowDown' ? 1 : links.length - 1)) % links.length].focus();
  }
});
document.addEventListener('click', (e) => {
  if (!screens.contains(e.target) && !menuToggle.contains(e.target)) closeMenu();
});

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
  closeMenu();
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

const SHORTCUTS = { '1': 'pacer', '2': 'grounding', '3': 'journal', '4': 'insights', '5': 'learn', '6': 'patterns', '7': 'settings' };

/** Ctrl+L: lock the journal from anywhere. */
async function lockJournal() {
  if (mounted.journal) return mounted.journal.lock();
  try {
    const status = await api.journalLock();
    if (status.state === 'locked') notify('Your journal is locked.');
  } catch (e) {
    notify(e.message);
  }
}

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

/** The aftercare check-in, when the desktop could not show it as a notification. */
function checkIn() {
  const box = document.getElementById('check-in');
  box.hidden = false;
  document.getElementById('check-in-breathe').focus();
}
document.getElementById('check-in-breathe').addEventListener('click', () => {
  document.getElementById('check-in').hidden = true;
  ctx.breatheNow(2);
});
document.getElementById('check-in-close').addEventListener('click', () => {
  document.getElementById('check-in').hidden = true;
  document.querySelector('[aria-current="page"]')?.focus();
});

async function boot() {
  document.getElementById('start').focus();
  try {
    const state = await booting;
    store.set({ patterns: state.patterns, preferences: state.preferences, durations: state.durations, version: state.version });
    for (const notice of state.notices) notify(notice.message);
    if (state.breatheNow) pacer.startNow();
  } catch (e) {
    notify(`Ebb could not load its settings: ${e.message}`);
  }
  root.dataset.ready = 'true';
  api.uiReady();
  api.onBreatheNow(ctx.breatheNow);
  api.onJournalLocked(() => mounted.journal?.locked());
  // From the tray.
  api.onShowView((view) => (view === 'help' ? ctx.openHelp() : show(view)));
  api.onLockJournal(lockJournal);
  api.onCheckIn(checkIn);
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
