// The Settings sections for Ebb on the desktop: the breathe-now shortcut and the
// aftercare check-in. The rules (which shortcuts are allowed, which delays) live in
// Rust; these forms show its answers in its words. The shortcut box shows the keys'
// names in the language spoken, and gives Rust the shortcut in its own spelling.
import * as api from '../api.js';
import { h } from '../dom.js';
import { dueTime, minutesSelect, showMinutes } from '../check-in.js';
import { t } from '../i18n.js';
import { comboFromEvent, readShortcut, spellShortcut } from '../shortcut-keys.js';

export function shortcutSection() {
  const on = h('input', { type: 'checkbox', id: 'shortcut-on' });
  const keys = h('input', { type: 'text', id: 'shortcut-keys', autocomplete: 'off', spellcheck: 'false', 'aria-describedby': 'shortcut-hint' });
  const use = h('button', { type: 'submit', class: 'quiet', id: 'shortcut-save' }, t('shortcut-use'));
  const state = h('p', { id: 'shortcut-state' });
  const status = h('p', { class: 'form-status', id: 'shortcut-status', role: 'status', 'aria-live': 'polite' });
  const form = h('form', { class: 'pattern-form', novalidate: true, 'aria-labelledby': 'settings-shortcut-title' },
    h('h2', { id: 'settings-shortcut-title' }, t('shortcut-title')),
    state,
    h('label', { class: 'check' }, on, t('shortcut-on')),
    h('div', { class: 'field' },
      h('label', { for: keys.id }, t('shortcut-label')),
      keys,
      h('p', { class: 'summary', id: 'shortcut-hint' }, t('shortcut-hint'))),
    h('div', { class: 'form-actions' }, use, status));

  let current = null;
  keys.addEventListener('keydown', (e) => {
    if (!(e.ctrlKey || e.altKey || e.metaKey) || e.key === 'Tab') return;
    e.preventDefault();
    keys.value = spellShortcut(comboFromEvent(e));
  });
  on.addEventListener('change', () => apply(on.checked ? (readShortcut(keys.value).trim() || current?.default) : null));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    apply(readShortcut(keys.value));
  });

  async function apply(shortcut) {
    status.textContent = '';
    keys.removeAttribute('aria-invalid');
    try {
      show(await api.setShortcut(shortcut));
      status.textContent = t('settings-saved');
    } catch (err) {
      status.textContent = err.message;
      keys.setAttribute('aria-invalid', 'true');
      if (current) show(current, { keepTyped: true });
      keys.focus();
    }
  }

  function show(s, { keepTyped = false } = {}) {
    current = s;
    on.checked = !s.off;
    on.disabled = !s.available;
    keys.disabled = use.disabled = !s.available;
    if (!keepTyped) keys.value = s.active ? spellShortcut(s.active) : s.off ? spellShortcut(s.default) : keys.value || spellShortcut(s.default);
    if (s.active) state.textContent = t('shortcut-active', { shortcut: spellShortcut(s.active) });
    else if (s.off) state.textContent = t('shortcut-off');
    else state.textContent = s.problem ?? t('shortcut-none');
    state.className = !s.active && !s.off ? 'notice-inline' : 'summary';
  }

  return { root: form, show };
}

export function checkInSection(ctx) {
  const chosen = () => ctx.store.snapshot?.preferences.aftercareMinutes ?? 60;
  const offered = () => ctx.store.snapshot?.checkInMinutes ?? [];
  const minutes = minutesSelect('settings-check-in-minutes', offered(), chosen());
  const pending = h('p', { id: 'check-in-pending', role: 'status', 'aria-live': 'polite' });
  const cancel = h('button', { type: 'button', class: 'quiet', id: 'check-in-cancel', hidden: true }, t('settings-check-in-cancel'));
  minutes.addEventListener('change', async () => {
    const prefs = structuredClone(ctx.store.snapshot.preferences);
    prefs.aftercareMinutes = Number(minutes.value);
    await ctx.savePreferences(prefs);
  });
  cancel.addEventListener('click', async () => {
    show(await api.aftercareCancel());
    pending.textContent = t('settings-check-in-cancelled');
  });

  function show(checkIn) {
    pending.textContent = checkIn.due ? t('settings-check-in-set', { time: dueTime(checkIn.due) }) : '';
    cancel.hidden = !checkIn.due;
  }

  const root = h('section', { class: 'settings-journal', 'aria-labelledby': 'settings-check-in-title' },
    h('h2', { id: 'settings-check-in-title' }, t('settings-check-in-title')),
    h('p', {}, t('settings-check-in-about')),
    h('div', { class: 'field' }, h('label', { for: minutes.id }, t('settings-check-in-after')), minutes),
    h('div', { class: 'form-actions' }, pending, cancel));
  return {
    root,
    show,
    refresh: () => showMinutes(minutes, offered(), chosen()),
  };
}
