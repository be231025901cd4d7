// Patterns: the built-in ones to choose from, and the person's own, made and
// edited here (in / hold / out / hold, half-second steps). The backend checks
// every value; its message is shown beside the field it names.
import * as api from '../api.js';
import { h, nextId } from '../dom.js';
import { attributes, t } from '../i18n.js';

/** The seconds fields; `label` is the id of their words in the catalogue. */
const FIELDS = [
  { key: 'inhale', label: 'patterns-inhale', min: 1, value: '4' },
  { key: 'holdIn', label: 'patterns-hold-in', min: 0, value: '0' },
  { key: 'exhale', label: 'patterns-exhale', min: 1, value: '6' },
  { key: 'holdOut', label: 'patterns-hold-out', min: 0, value: '0' },
];

const seconds = (ms) => String(ms / 1000);

/** A button's words, and the fuller name a screen reader hears (the message's `.aria-label`). */
const named = (id, name) => ({ text: t(id), label: attributes(id, { name })['aria-label'] });

export function mount(section, ctx) {
  let editing = null; // id of the custom pattern being edited

  const title = h('h1', { id: 'patterns-title', tabindex: '-1' }, t('patterns-title'));
  const list = h('ul', { class: 'pattern-list', 'aria-label': t('patterns-list') });
  const status = h('p', { class: 'form-status', role: 'status', 'aria-live': 'polite' });

  const inputs = {};
  const errors = {};
  const fieldBlock = (key, label, control) => {
    const errorId = nextId('error');
    errors[key] = h('p', { class: 'error', id: errorId, hidden: true });
    control.setAttribute('aria-describedby', control.type === 'number' ? `${errorId} seconds-note` : errorId);
    inputs[key] = control;
    return h('div', { class: 'field' }, h('label', { for: control.id }, label), control, errors[key]);
  };
  const nameInput = h('input', { type: 'text', id: 'custom-name', maxlength: 80, autocomplete: 'off', spellcheck: 'false' });
  const formTitle = h('h2', { id: 'custom-form-title' }, t('patterns-make-own'));
  const saveButton = h('button', { type: 'submit', class: 'primary' }, t('patterns-save'));
  const cancelButton = h('button', { type: 'button', class: 'quiet', hidden: true, onclick: () => resetForm() }, t('patterns-cancel-edit'));
  const form = h('form', { class: 'pattern-form', 'aria-labelledby': 'custom-form-title', novalidate: true },
    fieldBlock('name', t('patterns-name'), nameInput),
    h('div', { class: 'seconds-grid' },
      FIELDS.map((f) => fieldBlock(f.key, t(f.label),
        h('input', { type: 'number', id: `custom-${f.key}`, min: f.min, max: 30, step: 0.5, inputmode: 'decimal', value: f.value })))),
    h('p', { class: 'summary', id: 'seconds-note' }, t('patterns-seconds-note')),
    h('div', { class: 'form-actions' }, saveButton, cancelButton, status),
  );

  section.replaceChildren(
    title,
    h('p', { class: 'lead' }, t('patterns-lead')),
    list,
    formTitle,
    form,
  );

  function clearErrors() {
    for (const [key, el] of Object.entries(errors)) {
      el.hidden = true;
      el.textContent = '';
      inputs[key].removeAttribute('aria-invalid');
    }
  }

  function resetForm() {
    editing = null;
    nameInput.value = '';
    for (const f of FIELDS) inputs[f.key].value = f.value;
    formTitle.textContent = t('patterns-make-own');
    cancelButton.hidden = true;
    clearErrors();
  }

  function edit(pattern, custom) {
    editing = pattern.id;
    nameInput.value = pattern.name;
    inputs.inhale.value = seconds(custom.inhale);
    inputs.holdIn.value = seconds(custom.holdIn);
    inputs.exhale.value = seconds(custom.exhale);
    inputs.holdOut.value = seconds(custom.holdOut);
    formTitle.textContent = t('patterns-edit-title', { name: pattern.name });
    cancelButton.hidden = false;
    status.textContent = '';
    clearErrors();
    nameInput.focus();
  }

  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    clearErrors();
    status.textContent = '';
    // Send exactly what was typed; a number field holding text reports '' and badInput.
    const read = (key) => (inputs[key].validity?.badInput ? 'not a number' : inputs[key].value);
    const draft = { id: editing, name: nameInput.value, inhale: read('inhale'), holdIn: read('holdIn'), exhale: read('exhale'), holdOut: read('holdOut') };
    try {
      const saved = await api.saveCustomPattern(draft);
      ctx.store.set({ patterns: saved.patterns, preferences: saved.preferences });
      resetForm();
      status.textContent = t('patterns-saved', { name: saved.pattern.name });
    } catch (err) {
      const key = err.field && errors[err.field] ? err.field : null;
      if (key) {
        errors[key].textContent = err.message;
        errors[key].hidden = false;
        inputs[key].setAttribute('aria-invalid', 'true');
        inputs[key].focus();
      } else {
        status.textContent = err.message;
      }
    }
  });

  async function choose(pattern) {
    const prefs = structuredClone(ctx.store.snapshot.preferences);
    prefs.pattern = pattern.id;
    await ctx.savePreferences(prefs);
    status.textContent = t('patterns-chosen', { name: pattern.name });
  }

  async function remove(pattern, row) {
    try {
      const snapshot = await api.deleteCustomPattern(pattern.id);
      ctx.store.set(snapshot);
      if (editing === pattern.id) resetForm();
      status.textContent = t('patterns-deleted', { name: pattern.name });
      title.focus();
    } catch (err) {
      row.append(h('p', { class: 'error' }, err.message));
    }
  }

  /** Seconds of each part of a custom pattern, read back from its phases. */
  function partsOf(pattern) {
    const [inhale, ...rest] = pattern.phases;
    const outIndex = rest.findIndex((p) => p.kind === 'out');
    const holdIn = outIndex > 0 ? rest[0].ms : 0;
    const holdOut = rest[outIndex + 1]?.ms ?? 0;
    return { inhale: inhale.ms, holdIn, exhale: rest[outIndex].ms, holdOut };
  }

  function render() {
    const snap = ctx.store.snapshot;
    if (!snap) return;
    list.replaceChildren(...snap.patterns.map((p) => {
      const chosen = p.id === snap.preferences.pattern;
      const row = h('li', { 'data-pattern': p.id });
      const use = named('patterns-use', p.name);
      const actions = h('div', { class: 'row-actions' },
        chosen
          ? h('span', { class: 'badge' }, t('patterns-in-use'))
          : h('button', { type: 'button', class: 'quiet', 'aria-label': use.label, onclick: () => choose(p) }, use.text));
      if (p.custom) {
        const edits = named('patterns-edit', p.name);
        const deletes = named('patterns-delete', p.name);
        actions.append(
          h('button', { type: 'button', class: 'quiet', 'aria-label': edits.label, onclick: () => edit(p, partsOf(p)) }, edits.text),
          h('button', { type: 'button', class: 'danger', 'aria-label': deletes.label, onclick: (e) => confirmDelete(e.currentTarget, p, row) }, deletes.text),
        );
      }
      row.append(
        h('p', { class: 'name' }, p.name, p.custom ? h('span', { class: 'badge' }, t('patterns-yours')) : null,
          p.exhaleWeighted ? null : h('span', { class: 'badge' }, t('patterns-equal-length'))),
        h('p', { class: 'desc' }, p.summary),
        actions,
      );
      return row;
    }));
  }

  function confirmDelete(button, pattern, row) {
    const yes = named('patterns-confirm-delete', pattern.name);
    const sure = h('button', { type: 'button', class: 'danger', 'aria-label': yes.label, onclick: () => remove(pattern, row) }, yes.text);
    const keep = h('button', { type: 'button', class: 'quiet', onclick: () => render() }, t('patterns-keep'));
    button.replaceWith(sure, keep);
    sure.focus();
  }

  ctx.store.listeners.add(render);
  render();
  return { refresh: render };
}
