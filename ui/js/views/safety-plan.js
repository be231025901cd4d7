// "My plan" on Need help now: a safety plan of one's own, in six steps and the
// reasons to keep going. Written one step at a time on a calm day (each step can
// be skipped, and "Finish later" keeps what is there), read whole, in order, on a
// hard one. Examples are placeholders, never filled in for the person.
import * as api from '../api.js';
import { h, nextId } from '../dom.js';
import { t } from '../i18n.js';

/**
 * The steps in reading order; `key` is the field of the plan. Each step's words are
 * in the catalogue: its heading is message `id`, its help `id-help`, and the example
 * shown in its empty field `id-example`.
 */
export const PLAN_STEPS = [
  { key: 'warningSigns', id: 'plan-warning-signs' },
  { key: 'onMyOwn', id: 'plan-on-my-own' },
  { key: 'distractions', id: 'plan-distractions' },
  { key: 'people', id: 'plan-people' },
  { key: 'professionals', id: 'plan-professionals' },
  { key: 'saferSurroundings', id: 'plan-safer-surroundings' },
  { key: 'reasons', id: 'plan-reasons' },
];

const stepTitle = (s) => t(s.id);
const stepHelp = (s) => t(`${s.id}-help`);
const stepExample = (s) => t(`${s.id}-example`);

/** The steps with something written, in order, each under a heading of `tag`. */
const planSteps = (plan, tag) => PLAN_STEPS.filter((s) => plan[s.key]?.length).map((s) => h('section', { class: 'plan-step', 'aria-label': stepTitle(s) },
  h(tag, {}, stepTitle(s)),
  h('ol', {}, ...plan[s.key].map((line) => h('li', {}, line)))));

const emptyPlan = () => Object.fromEntries(PLAN_STEPS.map((s) => [s.key, []]));
export const planIsEmpty = (plan) => PLAN_STEPS.every((s) => (plan?.[s.key] ?? []).length === 0);

/**
 * Mounts the plan into `block`. `onChange(hasPlan)` runs when the plan is loaded or
 * saved, so the screen can put it first. Returns { load(), hasPlan() }.
 */
export function mountPlan(block, { onChange, status }) {
  let plan = emptyPlan();
  let protection = null;
  let step = -1; // -1: reading; 0…6: writing that step
  let loadError = null; // a plan that could not be read is never offered for rewriting

  async function load() {
    try {
      const loaded = await api.safetyPlanGet();
      plan = { ...emptyPlan(), ...loaded.plan };
      protection = loaded.protection;
      loadError = null;
    } catch (e) {
      loadError = e.message;
    }
    render();
    onChange(!planIsEmpty(plan));
  }

  function render() {
    if (step >= 0) return renderStep();
    if (protection?.kind === 'keyMissing') {
      block.replaceChildren(h('h2', { tabindex: '-1' }, t('plan-title')),
        h('p', {}, t('plan-key-missing')),
        h('button', { type: 'button', class: 'quiet', onclick: () => begin(0) }, t('plan-write-new')));
      return;
    }
    if (protection?.kind === 'keyringUnavailable' || loadError) {
      block.replaceChildren(h('h2', { tabindex: '-1' }, t('plan-title')),
        h('p', {}, loadError ?? t('plan-keyring-unavailable')));
      return;
    }
    if (planIsEmpty(plan)) {
      block.replaceChildren(h('h2', { tabindex: '-1' }, t('plan-title')),
        h('p', { class: 'summary' }, t('plan-invite')),
        h('button', { type: 'button', class: 'quiet', id: 'plan-make', onclick: () => begin(0) }, t('plan-make')));
      return;
    }
    block.replaceChildren(
      h('h2', { id: 'plan-title', tabindex: '-1' }, t('plan-title')),
      ...planSteps(plan, 'h3'),
      h('p', { class: 'print-only' }, t('plan-print-emergency')),
      h('div', { class: 'form-actions plan-actions' },
        h('button', { type: 'button', class: 'quiet', id: 'plan-change', onclick: () => begin(0) }, t('plan-change')),
        h('button', { type: 'button', class: 'quiet', id: 'plan-print', onclick: () => window.print() }, t('plan-print')),
        h('button', { type: 'button', class: 'quiet', id: 'plan-pdf', onclick: () => saveFile(api.safetyPlanPdf) }, t('plan-pdf')),
        h('button', { type: 'button', class: 'quiet', id: 'plan-markdown', onclick: () => saveFile(api.safetyPlanExport) }, t('plan-markdown'))),
    );
  }

  function begin(at) {
    step = at;
    render();
  }

  /** One step: its lines, each editable, movable and removable, and a way to add one. */
  function renderStep() {
    const s = PLAN_STEPS[step];
    const lines = [...plan[s.key]];
    const list = h('ol', { class: 'plan-lines' });
    const error = h('p', { class: 'error', role: 'alert', hidden: true });
    const inputs = [];
    const drawLines = () => {
      inputs.length = 0;
      list.replaceChildren(...lines.map((line, i) => {
        const id = nextId('plan-line');
        const input = h('input', { type: 'text', id, value: line, 'aria-label': t('plan-line-label', { step: stepTitle(s), line: i + 1 }), autocomplete: 'off' });
        input.addEventListener('input', () => { lines[i] = input.value; });
        inputs.push(input);
        // `word`: the button's message; `${word}-label` names the line too, for screen readers.
        const move = (by, word) => h('button', {
          type: 'button', class: 'quiet small', 'aria-label': t(`${word}-label`, { line }), disabled: i + by < 0 || i + by >= lines.length,
          onclick: () => { [lines[i], lines[i + by]] = [lines[i + by], lines[i]]; drawLines(); inputs[i + by]?.focus(); },
        }, t(word));
        return h('li', {}, input,
          h('span', { class: 'row-actions' },
            move(-1, 'plan-move-up'), move(1, 'plan-move-down'),
            h('button', { type: 'button', class: 'quiet small', 'aria-label': t('plan-remove-label', { line }),
              onclick: () => { lines.splice(i, 1); drawLines(); (inputs[i] ?? adding).focus(); } }, t('plan-remove'))));
      }));
    };
    const addId = nextId('plan-add');
    const counterId = nextId('plan-step');
    const titleId = nextId('plan-step-title');
    const helpId = nextId('plan-step-help');
    // Focus goes to this field at each step; it tells a screen reader where it is.
    const adding = h('input', { type: 'text', id: addId, placeholder: stepExample(s), autocomplete: 'off', 'aria-describedby': `${counterId} ${titleId} ${helpId}` });
    const add = () => {
      if (!adding.value.trim()) return;
      lines.push(adding.value.trim());
      adding.value = '';
      drawLines();
      adding.focus();
    };
    adding.addEventListener('keydown', (e) => {
      if (e.key === 'Enter') { e.preventDefault(); add(); }
    });
    drawLines();

    const keep = async (next) => {
      plan = { ...plan, [s.key]: lines };
      try {
        const saved = await api.safetyPlanSave(plan);
        plan = { ...emptyPlan(), ...saved.plan };
        protection = saved.protection;
        step = next;
        render();
        onChange(!planIsEmpty(plan));
        if (next < 0) {
          status.textContent = planIsEmpty(plan) ? '' : t('plan-saved');
          block.querySelector('h2')?.focus();
        }
      } catch (e) {
        error.textContent = e.message;
        error.hidden = false;
      }
    };
    const last = step === PLAN_STEPS.length - 1;
    block.replaceChildren(
      h('h2', { id: counterId }, t('plan-step-count', { step: step + 1, steps: PLAN_STEPS.length })),
      h('h3', { id: titleId }, stepTitle(s)),
      h('p', { class: 'summary', id: helpId }, stepHelp(s)),
      list,
      h('div', { class: 'field' },
        h('label', { for: addId }, t(lines.length ? 'plan-add-another' : 'plan-add-line')),
        h('div', { class: 'inline-add' }, adding, h('button', { type: 'button', class: 'quiet', onclick: add }, t('plan-add')))),
      error,
      h('div', { class: 'form-actions' },
        step > 0 ? h('button', { type: 'button', class: 'quiet', onclick: () => { add(); keep(step - 1); } }, t('plan-back')) : null,
        h('button', { type: 'button', class: 'primary', id: 'plan-next', onclick: () => { add(); keep(last ? -1 : step + 1); } }, t(last ? 'plan-done' : (lines.length ? 'plan-next' : 'plan-skip'))),
        last ? null : h('button', { type: 'button', class: 'quiet', id: 'plan-later', onclick: () => { add(); keep(-1); } }, t('plan-later'))),
    );
    queueMicrotask(() => adding.focus());
  }

  /** Saves the plan through `write` (as a PDF or as Markdown): both ask where first. */
  async function saveFile(write) {
    status.textContent = '';
    try {
      const written = await write();
      if (written) status.textContent = t('plan-exported', { path: written.path });
    } catch (e) {
      status.textContent = e.message;
    }
  }

  return { load, hasPlan: () => !planIsEmpty(plan), protection: () => protection };
}

/** The plan to read beside a 9 or 10 rating, or null when there is none. */
export async function planSummary() {
  const { plan } = await api.safetyPlanGet();
  if (planIsEmpty(plan)) return null;
  return h('div', { class: 'rating-plan' },
    h('h3', {}, t('plan-yours')),
    ...planSteps(plan, 'h4'));
}
