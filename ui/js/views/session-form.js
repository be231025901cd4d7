// The session form: new or edit. Everything is optional but the date; what is typed
// is kept as a draft (inside the encrypted journal) a second after typing stops, when
// a field is left, and before the journal locks or the window closes.
import * as api from '../api.js';
import { h, nextId } from '../dom.js';
import { t } from '../i18n.js';
import { mountRating } from '../rating.js';
import { minutesSelect } from '../check-in.js';
import {
  BODY, TEARS, TEAR_KINDS, WARNING_SIGNS, createAutosave, entryFromValues, formatHeldAt, formatTime, labelled, localValue, toolsForSigns,
  valuesFromSession,
} from '../journal-model.js';

/**
 * Builds the form into `container`. `session` is the saved session when editing.
 * Returns { flush(), forget(), root } ; `onDone(session | null)` is called after save or cancel.
 */
export async function mountSessionForm(container, ctx, { session = null, onDone }) {
  const editing = session?.id ?? null;
  const [form, resources] = await Promise.all([api.sessionForm(editing), ctx.loadResources()]);
  const aftercareSteps = resources.checklists.find((c) => c.id === 'aftercare')?.items.map((i) => i.text) ?? [];

  const ids = {};
  const field = (key, labelText, control, hint) => {
    ids[key] = control.id = control.id || nextId(`sf-${key}`);
    control.name = key;
    const hintEl = hint ? h('p', { class: 'summary', id: `${control.id}-hint` }, hint) : null;
    if (hintEl) control.setAttribute('aria-describedby', hintEl.id);
    return h('div', { class: 'field' }, h('label', { for: control.id }, labelText), hintEl, control,
      h('p', { class: 'error', id: `${control.id}-error`, 'data-error-for': key, hidden: true }));
  };
  /** `list`: pairs of [value, words]. */
  const choices = (key, legend, list, type, note) => {
    const name = nextId(`sf-${key}`);
    const inputs = list.map(([value, text]) => h('label', { class: 'check' }, h('input', { type, name, value, 'data-key': key }), text));
    if (type === 'radio') inputs.unshift(h('label', { class: 'check' }, h('input', { type, name, value: '', 'data-key': key }), t('session-not-noted')));
    return h('fieldset', { class: 'choice-group', 'data-group': key },
      h('legend', {}, legend), note ? h('p', { class: 'summary' }, note) : null, h('div', { class: 'choice-list' }, inputs),
      h('p', { class: 'error', 'data-error-for': key, hidden: true }));
  };

  const heldAt = h('input', { type: 'datetime-local', required: true });
  const therapistList = h('datalist', { id: nextId('therapists') }, form.therapists.map((name) => h('option', { value: name })));
  const therapist = h('input', { type: 'text', list: therapistList.id, autocomplete: 'off', maxlength: 200 });
  const beforeBox = h('div');
  const afterBox = h('div');
  const cameUp = h('textarea', { rows: 5 });
  const helped = h('textarea', { rows: 4 });
  const tagsInput = h('input', { type: 'text', autocomplete: 'off' });
  const bringUp = h('textarea', { rows: 3 });
  const status = h('p', { class: 'form-status', role: 'status', 'aria-live': 'polite' });
  const restored = h('div', { class: 'draft-note', hidden: true });

  const carried = form.openBringUp.length
    ? h('fieldset', { class: 'choice-group', 'data-group': 'ticked' },
      h('legend', {}, t('session-carried')),
      h('div', { class: 'choice-list stacked' }, form.openBringUp.map((item) => h('label', { class: 'check' },
        h('input', { type: 'checkbox', value: item.id, 'data-key': 'ticked' }),
        item.text, ' ', h('span', { class: 'summary inline' }, t('journal-noted', { date: formatHeldAt(item.raisedAt) }))))))
    : null;

  const signTools = h('div', { class: 'sign-tools', role: 'status', 'aria-live': 'polite' });
  const tearsGroup = choices('tears', t('session-tears'), labelled(TEARS), 'radio');
  const kindsGroup = choices('tearKinds', t('session-tear-kinds-question'), labelled(TEAR_KINDS), 'checkbox');
  const save = h('button', { type: 'submit', class: 'primary' }, t(editing ? 'session-save-changes' : 'session-save-new'));
  // Closing keeps the draft; only "Start over" throws writing away.
  const cancel = h('button', { type: 'button', class: 'quiet' }, t('session-close'));

  // Asked for each new session, never by default; not part of the draft.
  const checkIn = editing ? null : h('input', { type: 'checkbox', id: 'session-check-in' });
  const checkInMinutes = editing ? null : minutesSelect('session-check-in-minutes',
    ctx.store.snapshot?.checkInMinutes ?? [], ctx.store.snapshot?.preferences.aftercareMinutes ?? 60);
  const checkInGroup = editing ? null : h('fieldset', { class: 'choice-group' },
    h('legend', {}, t('session-afterwards')),
    h('label', { class: 'check' }, checkIn, t('session-check-in')),
    h('div', { class: 'field' }, h('label', { for: checkInMinutes.id }, t('session-check-in-after')), checkInMinutes),
    h('p', { class: 'summary' }, t('session-check-in-note')));

  const root = h('form', { class: 'session-form', novalidate: true, 'aria-labelledby': 'session-form-title' },
    h('h1', { id: 'session-form-title', tabindex: '-1' }, t(editing ? 'session-title-edit' : 'session-title-new')),
    h('p', { class: 'lead' }, t('session-form-lead')),
    restored,
    field('heldAt', t('session-held-at'), heldAt),
    field('therapist', t('session-therapist'), therapist),
    therapistList,
    beforeBox,
    afterBox,
    choices('bodyState', t('session-body-question'), labelled(BODY), 'radio'),
    tearsGroup,
    kindsGroup,
    field('cameUp', t('session-came-up'), cameUp),
    field('helped', t('session-helped'), helped),
    // The aftercare steps are the app's content (its checklist), already in the language.
    aftercareSteps.length ? choices('aftercare', t('session-aftercare-done'), aftercareSteps.map((s) => [s, s]), 'checkbox') : null,
    choices('warningSigns', t('session-signs-question'), labelled(WARNING_SIGNS), 'checkbox', t('session-signs-note')),
    signTools,
    field('tags', t('session-tags'), tagsInput, t('session-tags-hint')),
    carried,
    field('bringUp', t('session-bring-up'), bringUp, t('session-bring-up-hint')),
    checkInGroup,
    h('div', { class: 'form-actions' }, save, cancel, status),
  );
  // What may help, offered as a sign is ticked; the draft is kept when a tool opens.
  function showSignTools() {
    const tools = toolsForSigns(checked('warningSigns'));
    signTools.replaceChildren(...(tools.length ? [h('p', {}, t('session-signs-tools'))] : []),
      ...tools.map((tool) => h('div', { class: 'sign-tool' },
        h('button', { type: 'button', class: 'quiet', 'data-tool': tool.list ?? 'breathe',
          onclick: () => (tool.list ? ctx.openList(tool.list) : ctx.breatheNow()) }, tool.label),
        tool.note ? h('p', { class: 'summary' }, tool.note) : null)));
  }
  root.addEventListener('change', (e) => { if (e.target.dataset?.key === 'warningSigns') showSignTools(); });
  const before = mountRating(beforeBox, { legend: 'session-rating-before', onPick: () => autosave.changed() });
  const after = mountRating(afterBox, { legend: 'session-rating-after', onPick: () => autosave.changed() });
  container.replaceChildren(root);

  const inputsFor = (key) => [...root.querySelectorAll(`input[data-key="${key}"]`)];
  const checked = (key) => inputsFor(key).filter((i) => i.checked).map((i) => i.value);

  function collect() {
    return {
      heldAt: heldAt.value,
      therapist: therapist.value,
      distressBefore: before.value(),
      distressAfter: after.value(),
      bodyState: checked('bodyState')[0] ?? '',
      tears: checked('tears')[0] ?? '',
      tearKinds: checked('tearKinds'),
      cameUp: cameUp.value,
      helped: helped.value,
      aftercare: checked('aftercare'),
      warningSigns: checked('warningSigns'),
      tags: tagsInput.value,
      bringUp: bringUp.value,
      ticked: checked('ticked'),
    };
  }

  function fill(v) {
    heldAt.value = v.heldAt ?? '';
    therapist.value = v.therapist ?? '';
    before.set(v.distressBefore ?? null);
    after.set(v.distressAfter ?? null);
    for (const key of ['bodyState', 'tears']) for (const i of inputsFor(key)) i.checked = i.value === (v[key] ?? '');
    for (const key of ['tearKinds', 'aftercare', 'warningSigns', 'ticked']) for (const i of inputsFor(key)) i.checked = (v[key] ?? []).includes(i.value);
    cameUp.value = v.cameUp ?? '';
    helped.value = v.helped ?? '';
    tagsInput.value = v.tags ?? '';
    bringUp.value = v.bringUp ?? '';
    showKinds();
    showSignTools();
  }

  function showKinds() {
    const tears = checked('tears')[0] ?? '';
    kindsGroup.hidden = !tears || tears === 'none';
  }

  let forgotten = false; // the journal locked while this form was open
  const autosave = createAutosave({
    save: async () => {
      status.textContent = t('session-draft-saving');
      try {
        const at = await api.draftSave(editing, collect());
        status.textContent = t('session-draft-kept', { time: formatTime(at) });
      } catch (e) {
        status.textContent = t('session-draft-failed', { reason: e.message });
        throw e;
      }
    },
  });
  root.addEventListener('input', () => autosave.changed());
  root.addEventListener('change', (e) => {
    if (e.target.dataset?.key === 'tears') showKinds();
    autosave.changed();
  });
  // Leaving a field saves at once.
  root.addEventListener('focusout', () => { if (autosave.dirty) autosave.flush().catch(() => {}); });

  if (form.draft) {
    fill(form.draft.body);
    restored.hidden = false;
    restored.replaceChildren(
      h('p', {}, t('session-draft-back', { time: formatTime(form.draft.savedAt) })),
      h('button', { type: 'button', class: 'quiet', onclick: startOver }, t(editing ? 'session-go-back' : 'session-start-over')),
    );
  } else {
    fill(session ? valuesFromSession(session) : { heldAt: localValue(new Date()) });
  }

  async function startOver() {
    autosave.cancel();
    await api.draftDiscard(editing);
    fill(session ? valuesFromSession(session) : { heldAt: localValue(new Date()) });
    restored.hidden = true;
    status.textContent = t(editing ? 'session-back-to-saved' : 'session-started-over');
    heldAt.focus();
  }

  function showErrors(e) {
    for (const el of root.querySelectorAll('[data-error-for]')) el.hidden = true;
    const target = e.field && root.querySelector(`[data-error-for="${e.field}"]`);
    if (target) {
      target.textContent = e.message;
      target.hidden = false;
      const control = ids[e.field] ? document.getElementById(ids[e.field]) : target.closest('fieldset')?.querySelector('input');
      control?.setAttribute('aria-invalid', 'true');
      control?.focus();
    }
    status.textContent = e.message;
  }

  root.addEventListener('submit', async (e) => {
    e.preventDefault();
    save.disabled = true;
    for (const el of root.querySelectorAll('[aria-invalid]')) el.removeAttribute('aria-invalid');
    try {
      // Keep the draft current first: if saving fails, nothing typed is lost.
      await autosave.flush().catch(() => {});
      const saved = await api.sessionSave(editing, entryFromValues(collect()));
      autosave.cancel();
      let checkInDue = null;
      if (checkIn?.checked) {
        // The session is saved either way; a check-in that cannot be set is only mentioned.
        checkInDue = await api.aftercareSchedule(Number(checkInMinutes.value)).then((c) => c.due, () => null);
      }
      if (!forgotten) onDone(saved, { checkInDue });
    } catch (err) {
      showErrors(err);
    } finally {
      save.disabled = false;
    }
  });

  cancel.addEventListener('click', async () => {
    await autosave.flush().catch(() => {});
    if (!forgotten) onDone(null);
  });

  heldAt.focus();
  return {
    root,
    /** Saves what is typed now (before locking, closing or leaving). */
    flush: () => autosave.flush().catch(() => {}),
    /** The journal locked: nothing typed stays, on screen or waiting to be saved. */
    forget: () => {
      forgotten = true;
      autosave.cancel();
      root.reset();
      container.replaceChildren();
    },
  };
}
