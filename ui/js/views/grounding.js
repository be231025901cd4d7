// Ground: short checklists to come back to the room and the body. Two ways
// through a list: one step at a time (large text, Back/Next, arrow keys and Enter)
// or the whole list with ticks. What is typed in a "notice" box is never kept.
import * as api from '../api.js';
import { h, nextId } from '../dom.js';
import { t } from '../i18n.js';
import { mountRating } from '../rating.js';

export function mount(section, ctx) {
  const status = h('p', { class: 'form-status', role: 'status', 'aria-live': 'polite' });
  const index = h('div', { class: 'ground-index' });
  const runner = h('div', { class: 'ground-run', hidden: true });
  section.replaceChildren(index, runner, status);

  let lists = [];
  let run = null; // { list, mode: 'steps'|'list', step, before, ticks: Set, ended, startedAt }
  let before = null;

  // ---- the index of lists ---------------------------------------------------

  // The heading is there from the start, so focus can land on it before the lists arrive.
  const indexTitle = h('h1', { id: 'grounding-title', tabindex: '-1' }, t('grounding-title'));
  const indexBody = h('div');
  index.replaceChildren(
    indexTitle,
    h('p', { class: 'lead' }, t('grounding-lead')),
    indexBody,
  );

  function renderIndex() {
    const titleInput = h('input', { type: 'text', id: 'new-list-title', maxlength: 80, autocomplete: 'off' });
    const stepsInput = h('textarea', { id: 'new-list-steps', rows: 4 });
    const error = h('p', { class: 'error', role: 'alert', hidden: true });
    const form = h('form', { class: 'pattern-form', 'aria-labelledby': 'new-list-heading' },
      h('div', { class: 'field' }, h('label', { for: 'new-list-title' }, t('grounding-name')), titleInput),
      h('div', { class: 'field' }, h('label', { for: 'new-list-steps' }, t('grounding-steps')), stepsInput),
      error,
      h('div', { class: 'form-actions' }, h('button', { type: 'submit', class: 'primary' }, t('grounding-make-list'))));
    form.addEventListener('submit', async (e) => {
      e.preventDefault();
      try {
        const steps = stepsInput.value.split('\n').map((s) => s.trim()).filter(Boolean);
        const made = await api.createChecklist(titleInput.value, steps);
        ctx.setResources(made);
        status.textContent = t('grounding-made', { name: titleInput.value.trim() });
      } catch (err) {
        error.textContent = err.message;
        error.hidden = false;
        (err.field === 'title' ? titleInput : stepsInput).focus();
      }
    });
    indexBody.replaceChildren(
      h('ul', { class: 'article-list', 'aria-label': t('grounding-lists') }, lists.map((list) =>
        h('li', {}, h('button', { type: 'button', class: 'article-link', 'data-list': list.id, onclick: () => start(list) },
          h('span', { class: 'name' }, list.title, list.custom ? h('span', { class: 'badge' }, t('grounding-yours')) : null),
          h('span', { class: 'desc' }, list.summary))))),
      h('h2', { id: 'new-list-heading' }, t('grounding-make-own')),
      form,
    );
  }

  // ---- working through a list ------------------------------------------------

  function start(list) {
    run = { list, mode: 'steps', step: 0, ticks: new Set(), ended: false, startedAt: performance.now() };
    index.hidden = true;
    runner.hidden = false;
    renderRun();
    runner.querySelector('h1').focus();
  }

  function leave() {
    run = null;
    runner.hidden = true;
    runner.replaceChildren(); // drops anything typed in the notice boxes
    renderIndex(); // lists may have changed while this one was open (a step added, a list deleted)
    index.hidden = false;
    indexTitle.focus();
  }

  function renderRun() {
    const { list } = run;
    const modeName = nextId('mode');
    const modeSwitch = h('fieldset', { class: 'choice-group mode-switch' },
      h('legend', {}, t('grounding-show')),
      [['steps', 'grounding-one-step'], ['list', 'grounding-whole-list']].map(([value, label]) => {
        const input = h('input', { type: 'radio', name: modeName, value, checked: run.mode === value });
        input.addEventListener('change', () => { run.mode = value; renderRun(); runner.querySelector(`input[value="${value}"]`).focus(); });
        return h('label', { class: 'check' }, input, t(label));
      }));
    const beforeBox = h('div');
    before = mountRating(beforeBox, { legend: 'rating-before', offerHelp: () => ctx.openHelp('rating') });
    if (run.before != null) beforeBox.querySelector(`input[value="${run.before}"]`).checked = true;
    beforeBox.addEventListener('change', () => { run.before = before.value(); });

    runner.replaceChildren(
      h('button', { type: 'button', class: 'quiet back', onclick: leave }, t('grounding-all-lists')),
      h('h1', { id: 'run-title', tabindex: '-1' }, list.title),
      h('p', { class: 'lead' }, list.summary),
      ...(run.ended ? [ending()] : [modeSwitch, run.mode === 'steps' ? steps() : whole(), beforeBox]),
    );
  }

  function noticeBox(item) {
    if (!item.notice) return null;
    const id = nextId('notice');
    return h('div', { class: 'field notice-box' },
      h('label', { for: id }, item.notice, h('span', { class: 'unit' }, ' ', t('grounding-notice-private'))),
      h('input', { type: 'text', id, autocomplete: 'off', spellcheck: 'false' }));
  }

  function steps() {
    const { list } = run;
    const item = list.items[run.step];
    const last = run.step === list.items.length - 1;
    return h('div', { class: 'step-view', 'data-step': run.step },
      h('p', { class: 'step-count', id: 'step-count' }, t('grounding-step-count', { step: run.step + 1, steps: list.items.length })),
      h('p', { class: 'step-text', id: 'step-text', role: 'status', 'aria-live': 'polite' }, item.text),
      noticeBox(item),
      h('div', { class: 'form-actions step-actions' },
        h('button', { type: 'button', class: 'quiet', id: 'step-back', disabled: run.step === 0, onclick: () => go(-1) }, t('grounding-back')),
        h('button', { type: 'button', class: 'primary', id: 'step-next', onclick: () => go(1) }, t(last ? 'grounding-finish' : 'grounding-next'))),
      h('p', { class: 'summary' }, t('grounding-keys')),
    );
  }

  function go(delta) {
    const next = run.step + delta;
    if (next < 0) return;
    if (next >= run.list.items.length) {
      finish();
      return;
    }
    run.step = next;
    renderRun();
    runner.querySelector('#step-next').focus();
  }

  function whole() {
    const { list } = run;
    const addInput = h('input', { type: 'text', id: 'add-item', maxlength: 220, autocomplete: 'off' });
    const addError = h('p', { class: 'error', role: 'alert', hidden: true });
    const addForm = h('form', { class: 'add-item' },
      h('div', { class: 'field' }, h('label', { for: 'add-item' }, t('grounding-add-step-label')), addInput),
      addError,
      h('div', { class: 'form-actions' },
        h('button', { type: 'submit', class: 'quiet' }, t('grounding-add-step')),
        list.custom
          ? h('button', { type: 'button', class: 'danger', onclick: () => reset(list, 'grounding-list-deleted') }, t('grounding-delete-list'))
          : h('button', { type: 'button', class: 'quiet', onclick: () => reset(list, 'grounding-list-reset') }, t('grounding-reset'))));
    addForm.addEventListener('submit', async (e) => {
      e.preventDefault();
      try {
        const next = await api.addChecklistItem(list.id, addInput.value);
        ctx.setResources(next);
        run.list = next.checklists.find((l) => l.id === list.id) ?? list;
        renderRun();
        status.textContent = t('grounding-step-added');
        runner.querySelector('#add-item').focus();
      } catch (err) {
        addError.textContent = err.message;
        addError.hidden = false;
        addInput.focus();
      }
    });
    return h('div', { class: 'whole-list' },
      h('ul', { class: 'tick-list', 'aria-label': list.title }, list.items.map((item, i) => {
        const box = h('input', { type: 'checkbox', checked: run.ticks.has(i) });
        box.addEventListener('change', () => { if (box.checked) run.ticks.add(i); else run.ticks.delete(i); });
        return h('li', {}, h('label', { class: 'check tick' }, box, item.text), noticeBox(item));
      })),
      h('div', { class: 'form-actions' }, h('button', { type: 'button', class: 'primary', id: 'list-done', onclick: finish }, t('grounding-done'))),
      addForm,
    );
  }

  /** `done`: the id of the words said once the list is reset (or deleted). */
  async function reset(list, done) {
    try {
      const next = await api.resetChecklist(list.id);
      ctx.setResources(next);
      status.textContent = t(done);
      const again = next.checklists.find((l) => l.id === list.id);
      if (again) { run.list = again; renderRun(); } else { leave(); }
    } catch (err) {
      status.textContent = err.message;
    }
  }

  // ---- the end ---------------------------------------------------------------

  function finish() {
    run.ended = true;
    renderRun();
    runner.querySelector('#ending-choice button').focus();
  }

  function ending() {
    const afterBox = h('div');
    const after = mountRating(afterBox, { legend: 'rating-after', offerHelp: () => { record(after.value()); ctx.openHelp('rating'); } });
    const outcome = h('div', { class: 'outcome', role: 'status', 'aria-live': 'polite' });
    let recorded = false;
    const record = (afterValue) => {
      if (recorded) return;
      recorded = true;
      const activeSeconds = Math.round((performance.now() - run.startedAt) / 1000);
      ctx.recordPractice({ tool: 'grounding', used: run.list.id, before: run.before ?? null, after: afterValue, activeSeconds });
    };
    const steadier = () => {
      record(after.value());
      outcome.replaceChildren(h('p', {}, t('grounding-steadier-reply')),
        h('button', { type: 'button', class: 'quiet', onclick: leave }, t('grounding-back-to-lists')));
      outcome.querySelector('button').focus();
    };
    const overwhelmed = () => {
      record(after.value());
      outcome.replaceChildren(
        h('p', {}, t('grounding-overwhelmed-reply')),
        h('div', { class: 'form-actions' },
          h('button', { type: 'button', class: 'primary', onclick: () => ctx.breatheNow() }, t('grounding-breathe')),
          h('button', { type: 'button', class: 'quiet', onclick: () => ctx.openHelp() }, t('help-now'))));
      outcome.querySelector('button').focus();
    };
    return h('div', { class: 'ground-end' },
      h('h2', {}, t('grounding-how-now')),
      h('div', { class: 'form-actions', id: 'ending-choice' },
        h('button', { type: 'button', class: 'primary', onclick: steadier }, t('grounding-steadier')),
        h('button', { type: 'button', class: 'quiet', onclick: overwhelmed }, t('grounding-overwhelmed'))),
      afterBox,
      outcome);
  }

  ctx.onResources((res) => {
    lists = res.checklists;
    if (!run) renderIndex();
  });
  ctx.loadResources().then((res) => { lists = res.checklists; renderIndex(); }, (e) => ctx.notify(e.message));

  return {
    refresh: () => { if (!run) renderIndex(); },
    /** Opens the list `id` at its first step. */
    open: async (id) => {
      if (!lists.length) lists = (await ctx.loadResources()).checklists;
      const list = lists.find((l) => l.id === id);
      if (list) start(list);
    },
    onKey: (e) => {
      if (!run || run.ended) {
        if (e.key === 'Escape' && run) { leave(); return true; }
        return false;
      }
      if (e.key === 'Escape') { leave(); return true; }
      if (run.mode !== 'steps') return false;
      const inText = e.target instanceof HTMLInputElement && e.target.type === 'text';
      if (e.key === 'ArrowRight' && !inText) { go(1); return true; }
      if (e.key === 'ArrowLeft' && !inText) { go(-1); return true; }
      if (e.key === 'Enter' && (inText || e.target === document.body)) { go(1); return true; }
      return false;
    },
  };
}
