// The session form: new or edit. Everything is optional but the date; what is typed
// is kept as a draft (inside the encrypted journal) a second after typing stops, when
// a field is left, and before the journal locks or the window closes.
import * as api from '../api.js';
import { h, nextId } from '../dom.js';
import { mountRating } from '../rating.js';
import { minutesSelect } from '../check-in.js';
import {
  BODY, TEARS, TEAR_KINDS, WARNING_SIGNS, createAutosave, entryFromValues, formatHeldAt, formatTime, localValue, toolsForSigns, valuesFromSession,
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
  const choices = (key, legend, list, type, note) => {
    const name = nextId(`sf-${key}`);
    const inputs = list.map(([value, text]) => h('label', { class: 'check' }, h('input', { type, name, value, 'data-key': key }), text));
    if (type === 'radio') inputs.unshift(h('label', { class: 'check' }, h('input', { type, name, value: '', 'data-key': key }), 'Not noted'));
    return h('fieldset', { class: 'choice-group', 'data-group': key },
      h('legend', {}, legend), note ? h('p', { class: 'summary' }, note) : null, h('div', { class: 'choice-list' }, inputs),
      h('p', { class: 'error', 'data-error-for': key, hidden: true }));
  };

  const heldAt = h('input', { type: 'datetime-local', required: true });
  const therapistList = h('datalist', { id: nextId('therapists') }, form.therapists.map((t) => h('option', { value: t })));
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
      h('legend', {}, 'From earlier sessions: did you bring these up?'),
      h('div', { class: 'choice-list stacked' }, form.openBringUp.map((item) => h('label', { class: 'check' },
        h('input', { type: 'checkbox', value: item.id, 'data-key': 'ticked' }),
        item.text, h('span', { class: 'summary inline' }, ` (noted ${formatHeldAt(item.raisedAt)})`)))))
    : null;

  const signTools = h('div', { class: 'sign-tools', role: 'status', 'aria-live': 'polite' });
  const tearsGroup = choices('tears', 'Tears', TEARS, 'radio');
  const kindsGroup = choices('tearKinds', 'What kind of tears? (any that fit)', TEAR_KINDS, 'checkbox');
  const save = h('button', { type: 'submit', class: 'primary' }, editing ? 'Save changes' : 'Save session');
  // Closing keeps the draft; only "Start over" throws writing away.
  const cancel = h('button', { type: 'button', class: 'quiet' }, 'Close for now');

  // Asked for each new session, never by default; not part of the draft.
  const checkIn = editing ? null : h('input', { type: 'checkbox', id: 'session-check-in' });
  const checkInMinutes = editing ? null : minutesSelect('session-check-in-minutes',
    ctx.store.snapshot?.checkInMinutes ?? [], ctx.store.snapshot?.preferences.aftercareMinutes ?? 60);
  const checkInGroup = editing ? null : h('fieldset', { class: 'choice-group' },
    h('legend', {}, 'Afterwards'),
    h('label', { class: 'check' }, checkIn, 'Check in with me later'),
    h('div', { class: 'field' }, h('label', { for: checkInMinutes.id }, 'Check in after'), checkInMinutes),
    h('p', { class: 'summary' }, 'A quiet notification asks how you are and offers a two-minute exhale. Ebb needs to be running then (it can be minimised).'));

  const root = h('form', { class: 'session-form', novalidate: true, 'aria-labelledby': 'session-form-title' },
    h('h1', { id: 'session-form-title', tabindex: '-1' }, editing ? 'Edit session' : 'New session'),
    h('p', { class: 'lead' }, 'Write as much or as little as you like. Only the date is needed; your words are kept as you type.'),
    restored,
    field('heldAt', 'When was the session?', heldAt),
    field('therapist', 'Therapist or kind of therapy', therapist),
    therapistList,
    beforeBox,
    afterBox,
    choices('bodyState', 'How did your body feel afterwards?', BODY, 'radio'),
    tearsGroup,
    kindsGroup,
    field('cameUp', 'What came up', cameUp),
    field('helped', 'What helped', helped),
    aftercareSteps.length ? choices('aftercare', 'Aftercare you did', aftercareSteps.map((s) => [s, s]), 'checkbox') : null,
    choices('warningSigns', 'Anything that is good to keep an eye on?', WARNING_SIGNS, 'checkbox',
      'Noting these helps you and your therapist see how sessions land. They are not a judgement of you.'),
    signTools,
    field('tags', 'Tags', tagsInput, 'Separate tags with commas, for example: family, work.'),
    carried,
    field('bringUp', 'Bring up next time', bringUp, 'One per line. These come back in your next session’s form until you tick them off.'),
    checkInGroup,
    h('div', { class: 'form-actions' }, save, cancel, status),
  );
  // What may help, offered as a sign is ticked; the draft is kept when a tool opens.
  function showSignTools() {
    const tools = toolsForSigns(checked('warningSigns'));
    signTools.replaceChildren(...(tools.length ? [h('p', {}, 'If it is still with you, something here may help:')] : []),
      ...tools.map((tool) => h('div', { class: 'sign-tool' },
        h('button', { type: 'button', class: 'quiet', 'data-tool': tool.list ?? 'breathe',
          onclick: () => (tool.list ? ctx.openList(tool.list) : ctx.breatheNow()) }, tool.label),
        tool.note ? h('p', { class: 'summary' }, tool.note) : null)));
  }
  root.addEventListener('change', (e) => { if (e.target.dataset?.key === 'warningSigns') showSignTools(); });
  const before = mountRating(beforeBox, { legend: 'Distress before the session (optional)', onPick: () => autosave.changed() });
  const after = mountRating(afterBox, { legend: 'Distress after the session (optional)', onPick: () => autosave.changed() });
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
      status.textContent = 'Saving draft…';
      try {
        const at = await api.draftSave(editing, collect());
        status.textContent = `Draft kept at ${formatTime(at)}.`;
      } catch (e) {
        status.textContent = `The draft could not be kept: ${e.message}`;
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
      h('p', {}, `Your unsaved writing from ${formatTime(form.draft.savedAt)} is back, just as you left it.`),
      h('button', { type: 'button', class: 'quiet', onclick: startOver }, editing ? 'Go back to the saved session' : 'Start over'),
    );
  } else {
    fill(session ? valuesFromSession(session) : { heldAt: localValue(new Date()) });
  }

  async function startOver() {
    autosave.cancel();
    await api.draftDiscard(editing);
    fill(session ? valuesFromSession(session) : { heldAt: localValue(new Date()) });
    restored.hidden = true;
    status.textContent = editing ? 'Back to the saved session.' : 'Started over.';
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
