// The Settings sections for Ebb on the desktop: the breathe-now shortcut and the
// aftercare check-in. The rules (which shortcuts are allowed, which delays) live in
// Rust; these forms show its answers in its words.
import * as api from '../api.js';
import { h } from '../dom.js';
import { dueTime, minutesSelect, showMinutes } from '../check-in.js';
import { comboFromEvent } from '../shortcut-keys.js';

export function shortcutSection() {
  const on = h('input', { type: 'checkbox', id: 'shortcut-on' });
  const keys = h('input', { type: 'text', id: 'shortcut-keys', autocomplete: 'off', spellcheck: 'false', 'aria-describedby': 'shortcut-hint' });
  const use = h('button', { type: 'submit', class: 'quiet', id: 'shortcut-save' }, 'Use this shortcut');
  const state = h('p', { id: 'shortcut-state' });
  const status = h('p', { class: 'form-status', id: 'shortcut-status', role: 'status', 'aria-live': 'polite' });
  const form = h('form', { class: 'pattern-form', novalidate: true, 'aria-labelledby': 'settings-shortcut-title' },
    h('h2', { id: 'settings-shortcut-title' }, 'Breathe from anywhere'),
    state,
    h('label', { class: 'check' }, on, 'A shortcut that brings Ebb forward and starts breathing, whatever app you are in'),
    h('div', { class: 'field' },
      h('label', { for: keys.id }, 'Shortcut'),
      keys,
      h('p', { class: 'summary', id: 'shortcut-hint' }, 'With this box selected, press the keys together; or type them, like Ctrl+Alt+Shift+B. Use at least two of Ctrl, Alt and Super, so the shortcut takes nothing other apps need.')),
    h('div', { class: 'form-actions' }, use, status));

  let current = null;
  keys.addEventListener('keydown', (e) => {
    if (!(e.ctrlKey || e.altKey || e.metaKey) || e.key === 'Tab') return;
    e.preventDefault();
    keys.value = comboFromEvent(e);
  });
  on.addEventListener('change', () => apply(on.checked ? (keys.value.trim() || current?.default) : null));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    apply(keys.value);
  });

  async function apply(shortcut) {
    status.textContent = '';
    keys.removeAttribute('aria-invalid');
    try {
      show(await api.setShortcut(shortcut));
      status.textContent = 'Saved.';
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
    if (!keepTyped) keys.value = s.active ?? (s.off ? s.default : keys.value || s.default);
    if (s.active) state.textContent = `${s.active} brings Ebb forward and starts breathing, from anywhere on your desktop.`;
    else if (s.off) state.textContent = 'The shortcut is off.';
    else state.textContent = s.problem ?? 'There is no working shortcut right now.';
    state.className = !s.active && !s.off ? 'notice-inline' : 'summary';
  }

  return { root: form, show };
}

export function checkInSection(ctx) {
  const chosen = () => ctx.store.snapshot?.preferences.aftercareMinutes ?? 60;
  const offered = () => ctx.store.snapshot?.checkInMinutes ?? [];
  const minutes = minutesSelect('settings-check-in-minutes', offered(), chosen());
  const pending = h('p', { id: 'check-in-pending', role: 'status', 'aria-live': 'polite' });
  const cancel = h('button', { type: 'button', class: 'quiet', id: 'check-in-cancel', hidden: true }, 'Call it off');
  minutes.addEventListener('change', async () => {
    const prefs = structuredClone(ctx.store.snapshot.preferences);
    prefs.aftercareMinutes = Number(minutes.value);
    await ctx.savePreferences(prefs);
  });
  cancel.addEventListener('click', async () => {
    show(await api.aftercareCancel());
    pending.textContent = 'The check-in is called off.';
  });

  function show(checkIn) {
    pending.textContent = checkIn.due ? `A check-in is set for ${dueTime(checkIn.due)}.` : '';
    cancel.hidden = !checkIn.due;
  }

  const root = h('section', { class: 'settings-journal', 'aria-labelledby': 'settings-check-in-title' },
    h('h2', { id: 'settings-check-in-title' }, 'Aftercare check-in'),
    h('p', {}, 'When you log a session, you can ask Ebb to check in with you later: a quiet notification asks “How are you now? A two-minute exhale?”, and choosing it opens the pacer. It only happens when you ask, one session at a time, and only while Ebb is running (it can be minimised).'),
    h('div', { class: 'field' }, h('label', { for: minutes.id }, 'Check in after'), minutes),
    h('div', { class: 'form-actions' }, pending, cancel));
  return {
    root,
    show,
    refresh: () => showMinutes(minutes, offered(), chosen()),
  };
}
