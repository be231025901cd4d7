// Patterns: the built-in ones to choose from, and the person's own, made and
// edited here (in / hold / out / hold, half-second steps). The backend checks
// every value; its message is shown beside the field it names.
import * as api from '../api.js';
import { h, nextId } from '../dom.js';

const FIELDS = [
  { key: 'inhale', label: 'Breathe in', min: 1, value: '4' },
  { key: 'holdIn', label: 'Hold after breathing in', min: 0, value: '0' },
  { key: 'exhale', label: 'Breathe out', min: 1, value: '6' },
  { key: 'holdOut', label: 'Hold after breathing out', min: 0, value: '0' },
];

const seconds = (ms) => String(ms / 1000);

export function mount(section, ctx) {
  let editing = null; // id of the custom pattern being edited

  const title = h('h1', { id: 'patterns-title', tabindex: '-1' }, 'Breathing patterns');
  const list = h('ul', { class: 'pattern-list', 'aria-label': 'Patterns' });
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
  const formTitle = h('h2', { id: 'custom-form-title' }, 'Make your own');
  const saveButton = h('button', { type: 'submit', class: 'primary' }, 'Save pattern');
  const cancelButton = h('button', { type: 'button', class: 'quiet', hidden: true, onclick: () => resetForm() }, 'Cancel editing');
  const form = h('form', { class: 'pattern-form', 'aria-labelledby': 'custom-form-title', novalidate: true },
    fieldBlock('name', 'Name', nameInput),
    h('div', { class: 'seconds-grid' },
      FIELDS.map((f) => fieldBlock(f.key, f.label,
        h('input', { type: 'number', id: `custom-${f.key}`, min: f.min, max: 30, step: 0.5, inputmode: 'decimal', value: f.value })))),
    h('p', { class: 'summary', id: 'seconds-note' }, 'All in seconds: 1 to 30 to breathe in and out, 0 to 30 for the holds, in half-second steps.'),
    h('div', { class: 'form-actions' }, saveButton, cancelButton, status),
  );

  section.replaceChildren(
    title,
    h('p', { class: 'lead' }, 'Choose the pattern the pacer uses, or make one of your own.'),
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
    formTitle.textContent = 'Make your own';
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
    formTitle.textContent = `Edit “${pattern.name}”`;
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
      status.textContent = `Saved “${saved.pattern.name}”.`;
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
    status.textContent = `The pacer will use “${pattern.name}”.`;
  }

  async function remove(pattern, row) {
    try {
      const snapshot = await api.deleteCustomPattern(pattern.id);
      ctx.store.set(snapshot);
      if (editing === pattern.id) resetForm();
      status.textContent = `Deleted “${pattern.name}”.`;
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
      const actions = h('div', { class: 'row-actions' },
        chosen
          ? h('span', { class: 'badge' }, 'In use')
          : h('button', { type: 'button', class: 'quiet', 'aria-label': `Use ${p.name}`, onclick: () => choose(p) }, 'Use'));
      if (p.custom) {
        actions.append(
          h('button', { type: 'button', class: 'quiet', 'aria-label': `Edit ${p.name}`, onclick: () => edit(p, partsOf(p)) }, 'Edit'),
          h('button', { type: 'button', class: 'danger', 'aria-label': `Delete ${p.name}`, onclick: (e) => confirmDelete(e.currentTarget, p, row) }, 'Delete'),
        );
      }
      row.append(
        h('p', { class: 'name' }, p.name, p.custom ? h('span', { class: 'badge' }, 'yours') : null,
          p.exhaleWeighted ? null : h('span', { class: 'badge' }, 'equal-length')),
        h('p', { class: 'desc' }, p.summary),
        actions,
      );
      return row;
    }));
  }

  function confirmDelete(button, pattern, row) {
    const sure = h('button', { type: 'button', class: 'danger', 'aria-label': `Yes, delete ${pattern.name}`, onclick: () => remove(pattern, row) }, 'Yes, delete it');
    const keep = h('button', { type: 'button', class: 'quiet', onclick: () => render() }, 'Keep it');
    button.replaceWith(sure, keep);
    sure.focus();
  }

  ctx.store.listeners.add(render);
  render();
  return { refresh: render };
}
