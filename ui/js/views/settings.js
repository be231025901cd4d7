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

const GROUPS = [
  {
    key: 'theme',
    legend: 'Theme',
    options: [['system', 'Follow my system'], ['light', 'Light'], ['dark', 'Dark']],
  },
  {
    key: 'motion',
    legend: 'Motion',
    note: 'Reduced motion keeps the breathing circle still and changes its brightness instead of its size.',
    options: [['system', 'Follow my system'], ['reduced', 'Reduce motion'], ['full', 'Full motion']],
  },
  {
    key: 'textSize',
    legend: 'Text size',
    note: 'Every screen follows this size; at larger sizes some screens scroll.',
    number: true,
    options: [['100', '100% (usual)'], ['115', '115%'], ['130', '130%'], ['150', '150%'], ['175', '175%']],
  },
];

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
      if (done.settingsRestored) await ctx.reloadState?.();
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
    radios[g.key] = g.options.map(([value, label]) => {
      const input = h('input', { type: 'radio', name: `settings-${g.key}`, value });
      input.addEventListener('change', () => save((p) => { p[g.key] = g.number ? Number(value) : value; }));
      return h('label', { class: 'check' }, input, label);
    });
    return h('fieldset', { class: 'choice-group', id: `settings-${g.key}` },
      h('legend', {}, g.legend),
      g.note ? h('p', { class: 'summary' }, g.note) : null,
      radios[g.key]);
  });
  sound.addEventListener('change', () => save((p) => { p.sound = sound.checked; }));

  // How the plan (Need help now) is kept: it is never behind the journal's passphrase.
  const planKept = h('p', { id: 'settings-plan-kept' });
  api.safetyPlanGet().then(({ protection }) => {
    planKept.textContent = {
      keyring: 'Your plan and your contacts are encrypted, with the key kept in this computer’s keyring, so they open without your journal passphrase and are never plain on disk.',
      privateFile: 'This computer has no keyring Ebb can use, so your plan and your contacts are kept in a file only your user account can open. It is not encrypted.',
      keyMissing: 'Your plan and contacts are saved, but this computer’s keyring no longer has their key, so Ebb cannot open them. The file is left untouched, and anything you write now is kept in a new one.',
    }[protection.kind] ?? '';
  }, (e) => { planKept.textContent = e.message; });

  section.replaceChildren(
    h('h1', { id: 'settings-title', tabindex: '-1' }, t('nav-settings')),
    languageSection(ctx, save),
    ...groups,
    h('fieldset', { class: 'choice-group' }, h('legend', {}, 'Sound'),
      h('label', { class: 'check' }, sound, 'Soft tones while breathing (a rising tone to breathe in, a lower one to breathe out)')),
    status,
    shortcut.root,
    checkIn.root,
    journalSection(ctx),
    h('section', { class: 'settings-journal', 'aria-labelledby': 'settings-plan-title' },
      h('h2', { id: 'settings-plan-title' }, 'Your safety plan and contacts'),
      planKept),
    h('section', { class: 'settings-journal', 'aria-labelledby': 'settings-data-title' },
      h('h2', { id: 'settings-data-title' }, 'Your data'),
      h('p', {}, 'Your journal is yours: take it to your therapist, keep a backup, or move it to a new computer. These need the journal unlocked, except restoring into an empty Ebb.'),
      data.map((part) => part.root)),
  );
  const lockAfter = section.querySelector('#settings-lock-after');
  lockAfter.addEventListener('change', () => save((p) => { p.lockAfterMinutes = Number(lockAfter.value); }));

  async function save(edit) {
    const prefs = structuredClone(ctx.store.snapshot.preferences);
    edit(prefs);
    await ctx.savePreferences(prefs);
    status.textContent = 'Saved.';
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
  const lockAfter = h('select', { id: 'settings-lock-after' }, LOCK_AFTER.map((m) => h('option', { value: m }, `${m} minutes`)));

  const current = h('input', { type: 'password', id: 'settings-pass-current', autocomplete: 'current-password' });
  const next = h('input', { type: 'password', id: 'settings-pass-new', autocomplete: 'new-password' });
  const again = h('input', { type: 'password', id: 'settings-pass-again', autocomplete: 'new-password' });
  const freshKey = h('input', { type: 'checkbox', id: 'settings-pass-fresh', checked: true, 'aria-describedby': 'settings-pass-fresh-hint' });
  const passStatus = h('p', { class: 'form-status', role: 'status', 'aria-live': 'polite' });
  const passForm = h('form', { class: 'pattern-form', novalidate: true, 'aria-labelledby': 'settings-pass-title' },
    h('h3', { id: 'settings-pass-title' }, 'Change the passphrase'),
    h('div', { class: 'field' }, h('label', { for: current.id }, 'Current passphrase'), current),
    h('div', { class: 'field' }, h('label', { for: next.id }, 'New passphrase'), next),
    h('div', { class: 'field' }, h('label', { for: again.id }, 'New passphrase again'), again),
    h('label', { class: 'check' }, freshKey, 'Also lock the journal with a brand-new key'),
    h('p', { class: 'summary', id: 'settings-pass-fresh-hint' }, 'Recommended. The whole journal is encrypted again, so an old copy of its files cannot be opened with the old passphrase. It takes a moment longer.'),
    h('div', { class: 'form-actions' }, h('button', { type: 'submit', class: 'quiet' }, 'Change passphrase'), passStatus));
  // Typed passphrases are journal secrets too: a lock clears them.
  ctx.forgetOnLock(() => {
    current.value = next.value = again.value = '';
    passStatus.textContent = '';
  });
  passForm.addEventListener('submit', async (e) => {
    e.preventDefault();
    if (next.value !== again.value) {
      passStatus.textContent = 'The two new passphrases are not the same.';
      again.focus();
      return;
    }
    passStatus.textContent = 'Changing…';
    try {
      await api.journalChangePassphrase(current.value, next.value, freshKey.checked);
      current.value = next.value = again.value = '';
      passStatus.textContent = 'Changed. Use the new passphrase from now on.';
    } catch (err) {
      passStatus.textContent = err.message;
      (err.kind === 'wrong_passphrase' ? current : next).focus();
    }
  });

  const confirmation = h('input', { type: 'text', id: 'settings-delete-confirm', autocomplete: 'off', 'aria-describedby': 'settings-delete-hint' });
  const deleteStatus = h('p', { class: 'form-status', role: 'status', 'aria-live': 'polite' });
  const deleteForm = h('form', { class: 'pattern-form danger-zone', novalidate: true, 'aria-labelledby': 'settings-delete-title' },
    h('h3', { id: 'settings-delete-title' }, 'Delete the journal'),
    h('p', { id: 'settings-delete-hint' }, 'This removes every session, note, draft and rating in the journal, for good. It cannot be undone. To go ahead, type the word delete.'),
    h('div', { class: 'field' }, h('label', { for: confirmation.id }, 'Type delete to confirm'), confirmation),
    h('div', { class: 'form-actions' }, h('button', { type: 'submit', class: 'danger' }, 'Delete everything in the journal'), deleteStatus));
  deleteForm.addEventListener('submit', async (e) => {
    e.preventDefault();
    try {
      await api.journalDelete(confirmation.value);
      confirmation.value = '';
      // Gone is as closed as locked: no screen may keep showing what it held.
      ctx.journalLocked?.();
      deleteStatus.textContent = 'The journal and all its files are gone.';
    } catch (err) {
      deleteStatus.textContent = err.message;
      confirmation.focus();
    }
  });

  return h('section', { class: 'settings-journal', 'aria-labelledby': 'settings-journal-title' },
    h('h2', { id: 'settings-journal-title' }, 'Journal'),
    h('div', { class: 'field' }, h('label', { for: lockAfter.id }, 'Lock the journal after this long without use'), lockAfter),
    passForm,
    deleteForm);
}
