// Settings: appearance (theme, motion, text size), sound, the breathe-now
// shortcut, the aftercare check-in, the journal (when it locks, its passphrase,
// deleting it) and the person's data (export, backup, import).
// Each change is saved at once. When the journal locks, what "Your data" showed of it
// (a file's preview, a typed passphrase) is forgotten.
import * as api from '../api.js';
import { h } from '../dom.js';
import { t } from '../i18n.js';
import { backupForm, exportForm, importFlow } from './transfer.js';
import { checkInSection, shortcutSection } from './settings-desktop.js';

const LOCK_AFTER = [5, 10, 15, 30, 60];

/** The choices, as message ids (and their arguments): the words are read when the screen is drawn. */
const GROUPS = [
  {
    key: 'theme',
    legend: 'settings-theme',
    options: [['system', 'settings-theme-system'], ['light', 'settings-theme-light'], ['dark', 'settings-theme-dark']],
  },
  {
    key: 'motion',
    legend: 'settings-motion',
    note: 'settings-motion-note',
    options: [['system', 'settings-motion-system'], ['reduced', 'settings-motion-reduced'], ['full', 'settings-motion-full']],
  },
  {
    key: 'textSize',
    legend: 'settings-text-size',
    note: 'settings-text-size-note',
    number: true,
    options: [
      ['100', 'settings-text-size-usual', { percent: 100 }],
      ...[115, 130, 150, 175].map((percent) => [String(percent), 'settings-text-size-percent', { percent }]),
    ],
  },
];

/** How the plan and contacts are kept (`protection.kind` from the backend), said. */
const PLAN_KEPT = { keyring: 'settings-plan-keyring', privateFile: 'settings-plan-private-file', keyMissing: 'settings-plan-key-missing' };

/**
 * The language, first: named each in its own words (and marked as such for screen
 * readers), so a person who cannot read the current one still finds theirs. A change
 * applies at once: the page is read again in the new language, back on Settings.
 */
function languageSection(ctx, save) {
  const { languages, system } = ctx.store.snapshot.locale;
  const select = h('select', { id: 'settings-language' },
    h('option', { value: '' }, t('language-system', { language: system.name })),
    ...languages.map((l) => h('option', { value: l.tag, lang: l.tag, dir: l.rtl ? 'rtl' : 'ltr' }, l.name)));
  select.value = ctx.store.snapshot.preferences.language ?? '';
  select.addEventListener('change', async () => {
    await save((p) => { p.language = select.value || null; });
    if ((ctx.store.snapshot.preferences.language ?? '') !== select.value) return; // not saved: said already
    sessionStorage.setItem('ebb:return-to', 'settings');
    location.reload();
  });
  return h('div', { class: 'field settings-language' },
    h('label', { for: 'settings-language' }, t('language')),
    select,
    h('p', { class: 'summary' }, t('language-note')));
}

export function mount(section, ctx) {
  const radios = {};
  const sound = h('input', { type: 'checkbox', id: 'settings-sound' });
  const status = h('p', { class: 'form-status', role: 'status', 'aria-live': 'polite' });
  const shortcut = shortcutSection();
  const checkIn = checkInSection(ctx);
  const data = [
    exportForm(ctx),
    backupForm(ctx),
    importFlow(ctx, { onDone: async (done) => {
      await ctx.afterImport?.(done);
      ctx.journalChanged?.();
    } }),
  ];
  ctx.forgetOnLock(() => {
    const focused = data.some((part) => part.root.contains(document.activeElement));
    for (const part of data) part.forget();
    // Focus was on something now gone (a preview's button): it goes back to choosing a file.
    if (focused && !section.contains(document.activeElement)) section.querySelector('#import-choose').focus();
  });

  const groups = GROUPS.map((g) => {
    radios[g.key] = g.options.map(([value, label, args]) => {
      const input = h('input', { type: 'radio', name: `settings-${g.key}`, value });
      input.addEventListener('change', () => save((p) => { p[g.key] = g.number ? Number(value) : value; }));
      return h('label', { class: 'check' }, input, t(label, args));
    });
    return h('fieldset', { class: 'choice-group', id: `settings-${g.key}` },
      h('legend', {}, t(g.legend)),
      g.note ? h('p', { class: 'summary' }, t(g.note)) : null,
      radios[g.key]);
  });
  sound.addEventListener('change', () => save((p) => { p.sound = sound.checked; }));

  // How the plan (Need help now) is kept: it is never behind the journal's passphrase.
  const planKept = h('p', { id: 'settings-plan-kept' });
  api.safetyPlanGet().then(({ protection }) => {
    const id = PLAN_KEPT[protection.kind];
    planKept.textContent = id ? t(id) : '';
  }, (e) => { planKept.textContent = e.message; });

  section.replaceChildren(
    h('h1', { id: 'settings-title', tabindex: '-1' }, t('nav-settings')),
    languageSection(ctx, save),
    ...groups,
    h('fieldset', { class: 'choice-group' }, h('legend', {}, t('settings-sound')),
      h('label', { class: 'check' }, sound, t('settings-sound-tones'))),
    status,
    shortcut.root,
    checkIn.root,
    journalSection(ctx),
    h('section', { class: 'settings-journal', 'aria-labelledby': 'settings-plan-title' },
      h('h2', { id: 'settings-plan-title' }, t('settings-plan-title')),
      planKept),
    h('section', { class: 'settings-journal', 'aria-labelledby': 'settings-data-title' },
      h('h2', { id: 'settings-data-title' }, t('settings-data-title')),
      h('p', {}, t('settings-data-about')),
      data.map((part) => part.root)),
  );
  const lockAfter = section.querySelector('#settings-lock-after');
  lockAfter.addEventListener('change', () => save((p) => { p.lockAfterMinutes = Number(lockAfter.value); }));

  async function save(edit) {
    const prefs = structuredClone(ctx.store.snapshot.preferences);
    edit(prefs);
    await ctx.savePreferences(prefs);
    status.textContent = t('settings-saved');
  }

  function render() {
    const prefs = ctx.store.snapshot?.preferences;
    if (!prefs) return;
    for (const g of GROUPS) {
      for (const label of radios[g.key]) {
        const input = label.querySelector('input');
        input.checked = input.value === String(prefs[g.key]);
      }
    }
    sound.checked = prefs.sound;
    lockAfter.value = String(prefs.lockAfterMinutes);
    checkIn.refresh();
  }

  /** The shortcut and check-in change outside this screen: ask each time it opens. */
  async function refresh() {
    render();
    try {
      const reach = await api.reachStatus();
      shortcut.show(reach.shortcut);
      checkIn.show(reach.checkIn);
    } catch (e) {
      ctx.notify(e.message);
    }
  }

  ctx.store.listeners.add(render);
  refresh();
  return { refresh };
}

function journalSection(ctx) {
  const lockAfter = h('select', { id: 'settings-lock-after' }, LOCK_AFTER.map((m) => h('option', { value: m }, t('settings-lock-after-minutes', { minutes: m }))));

  const current = h('input', { type: 'password', id: 'settings-pass-current', autocomplete: 'current-password' });
  const next = h('input', { type: 'password', id: 'settings-pass-new', autocomplete: 'new-password' });
  const again = h('input', { type: 'password', id: 'settings-pass-again', autocomplete: 'new-password' });
  const freshKey = h('input', { type: 'checkbox', id: 'settings-pass-fresh', checked: true, 'aria-describedby': 'settings-pass-fresh-hint' });
  const passStatus = h('p', { class: 'form-status', role: 'status', 'aria-live': 'polite' });
  const passForm = h('form', { class: 'pattern-form', novalidate: true, 'aria-labelledby': 'settings-pass-title' },
    h('h3', { id: 'settings-pass-title' }, t('settings-pass-title')),
    h('div', { class: 'field' }, h('label', { for: current.id }, t('settings-pass-current')), current),
    h('div', { class: 'field' }, h('label', { for: next.id }, t('settings-pass-new')), next),
    h('div', { class: 'field' }, h('label', { for: again.id }, t('settings-pass-again')), again),
    h('label', { class: 'check' }, freshKey, t('settings-pass-fresh')),
    h('p', { class: 'summary', id: 'settings-pass-fresh-hint' }, t('settings-pass-fresh-hint')),
    h('div', { class: 'form-actions' }, h('button', { type: 'submit', class: 'quiet' }, t('settings-pass-change')), passStatus));
  // Typed passphrases are journal secrets too: a lock clears them.
  ctx.forgetOnLock(() => {
    current.value = next.value = again.value = '';
    passStatus.textContent = '';
  });
  passForm.addEventListener('submit', async (e) => {
    e.preventDefault();
    if (next.value !== again.value) {
      passStatus.textContent = t('settings-pass-not-same');
      again.focus();
      return;
    }
    passStatus.textContent = t('settings-pass-changing');
    try {
      await api.journalChangePassphrase(current.value, next.value, freshKey.checked);
      current.value = next.value = again.value = '';
      passStatus.textContent = t('settings-pass-changed');
    } catch (err) {
      passStatus.textContent = err.message;
      (err.kind === 'wrong_passphrase' ? current : next).focus();
    }
  });

  const confirmation = h('input', { type: 'text', id: 'settings-delete-confirm', autocomplete: 'off', 'aria-describedby': 'settings-delete-hint' });
  const deleteStatus = h('p', { class: 'form-status', role: 'status', 'aria-live': 'polite' });
  const deleteForm = h('form', { class: 'pattern-form danger-zone', novalidate: true, 'aria-labelledby': 'settings-delete-title' },
    h('h3', { id: 'settings-delete-title' }, t('settings-delete-title')),
    h('p', { id: 'settings-delete-hint' }, t('settings-delete-hint', { word: t('delete-word') })),
    h('div', { class: 'field' }, h('label', { for: confirmation.id }, t('settings-delete-label', { word: t('delete-word') })), confirmation),
    h('div', { class: 'form-actions' }, h('button', { type: 'submit', class: 'danger' }, t('settings-delete-button')), deleteStatus));
  deleteForm.addEventListener('submit', async (e) => {
    e.preventDefault();
    try {
      await api.journalDelete(confirmation.value);
      confirmation.value = '';
      // Gone is as closed as locked: no screen may keep showing what it held.
      ctx.journalLocked?.();
      deleteStatus.textContent = t('settings-deleted');
    } catch (err) {
      deleteStatus.textContent = err.message;
      confirmation.focus();
    }
  });

  return h('section', { class: 'settings-journal', 'aria-labelledby': 'settings-journal-title' },
    h('h2', { id: 'settings-journal-title' }, t('settings-journal-title')),
    h('div', { class: 'field' }, h('label', { for: lockAfter.id }, t('settings-lock-after')), lockAfter),
    passForm,
    deleteForm);
}
