// "My plan" on Need help now: a safety plan of one's own, in six steps and the
// reasons to keep going. Written one step at a time on a calm day (each step can
// be skipped, and "Finish later" keeps what is there), read whole, in order, on a
// hard one. Examples are placeholders, never filled in for the person.
import * as api from '../api.js';
import { h, nextId } from '../dom.js';

/** The steps in reading order; `key` is the field of the plan. */
export const PLAN_STEPS = [
  { key: 'warningSigns', title: 'Signs that a hard time is coming',
    help: 'Thoughts, feelings or things you do that tell you a hard time may be starting.',
    example: 'For example: I stop answering messages' },
  { key: 'onMyOwn', title: 'Things I can do on my own',
    help: 'Small things that take the edge off, without needing anyone else.',
    example: 'For example: a long exhale with Ebb, a hot shower, a walk round the block' },
  { key: 'distractions', title: 'People and places that take my mind off it',
    help: 'Somewhere to go or someone to be with, without having to talk about how you feel.',
    example: 'For example: the library, my neighbour’s kitchen' },
  { key: 'people', title: 'People I can ask for help',
    help: 'People you could tell that you are struggling, with how to reach them.',
    example: 'For example: Sam, 0123 456 789' },
  { key: 'professionals', title: 'Professionals and services',
    help: 'Your therapist or doctor, and services you could call, day or night.',
    example: 'For example: my therapist, Tuesdays; the crisis line below' },
  { key: 'saferSurroundings', title: 'Making my surroundings safer',
    help: 'Ways to put distance between you and things you could use to hurt yourself, for now.',
    example: 'For example: ask someone to keep my medicines for a while' },
  { key: 'reasons', title: 'My reasons to keep going',
    help: 'People, animals, hopes, or anything that matters to you. A few words are enough.',
    example: 'For example: my sister; seeing the sea again' },
];

/** The steps with something written, in order, each under a heading of `tag`. */
const planSteps = (plan, tag) => PLAN_STEPS.filter((s) => plan[s.key]?.length).map((s) => h('section', { class: 'plan-step', 'aria-label': s.title },
  h(tag, {}, s.title),
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
      block.replaceChildren(h('h2', { tabindex: '-1' }, 'My plan'),
        h('p', {}, 'Your plan is still saved, but this computer’s keyring does not have the key to open it, so Ebb cannot show it. The file has been left exactly as it is, and it is kept aside if you write a new plan. Everything else here works as always.'),
        h('button', { type: 'button', class: 'quiet', onclick: () => begin(0) }, 'Write a new plan'));
      return;
    }
    if (protection?.kind === 'keyringUnavailable' || loadError) {
      block.replaceChildren(h('h2', { tabindex: '-1' }, 'My plan'),
        h('p', {}, loadError ?? 'Your plan is saved, but this computer’s keyring is not answering right now, so Ebb cannot open it. Nothing was changed. It should be back after you restart Ebb or log in again; everything else here works as always.'));
      return;
    }
    if (planIsEmpty(plan)) {
      block.replaceChildren(h('h2', { tabindex: '-1' }, 'My plan'),
        h('p', { class: 'summary' }, 'When you feel steadier, you can write a plan of your own here: the signs to notice, what helps, who to reach, and your reasons to keep going. It takes a few minutes, one step at a time, and you can stop whenever you like.'),
        h('button', { type: 'button', class: 'quiet', id: 'plan-make', onclick: () => begin(0) }, 'Make my plan'));
      return;
    }
    block.replaceChildren(
      h('h2', { id: 'plan-title', tabindex: '-1' }, 'My plan'),
      ...planSteps(plan, 'h3'),
      h('p', { class: 'print-only' }, 'If you might act on thoughts of suicide or of hurting yourself, call your local emergency number now.'),
      h('div', { class: 'form-actions plan-actions' },
        h('button', { type: 'button', class: 'quiet', id: 'plan-change', onclick: () => begin(0) }, 'Change my plan'),
        h('button', { type: 'button', class: 'quiet', id: 'plan-print', onclick: () => window.print() }, 'Print'),
        h('button', { type: 'button', class: 'quiet', id: 'plan-markdown', onclick: saveMarkdown }, 'Save as Markdown')),
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
        const input = h('input', { type: 'text', id, value: line, 'aria-label': `${s.title}, line ${i + 1}`, autocomplete: 'off' });
        input.addEventListener('input', () => { lines[i] = input.value; });
        inputs.push(input);
        const move = (by, label) => h('button', {
          type: 'button', class: 'quiet small', 'aria-label': `${label}: ${line}`, disabled: i + by < 0 || i + by >= lines.length,
          onclick: () => { [lines[i], lines[i + by]] = [lines[i + by], lines[i]]; drawLines(); inputs[i + by]?.focus(); },
        }, label);
        return h('li', {}, input,
          h('span', { class: 'row-actions' },
            move(-1, 'Move up'), move(1, 'Move down'),
            h('button', { type: 'button', class: 'quiet small', 'aria-label': `Remove: ${line}`,
              onclick: () => { lines.splice(i, 1); drawLines(); (inputs[i] ?? adding).focus(); } }, 'Remove')));
      }));
    };
    const addId = nextId('plan-add');
    const counterId = nextId('plan-step');
    const titleId = nextId('plan-step-title');
    const helpId = nextId('plan-step-help');
    // Focus goes to this field at each step; it tells a screen reader where it is.
    const adding = h('input', { type: 'text', id: addId, placeholder: s.example, autocomplete: 'off', 'aria-describedby': `${counterId} ${titleId} ${helpId}` });
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
          status.textContent = planIsEmpty(plan) ? '' : 'Your plan is saved. It is here whenever you need it.';
          block.querySelector('h2')?.focus();
        }
      } catch (e) {
        error.textContent = e.message;
        error.hidden = false;
      }
    };
    const last = step === PLAN_STEPS.length - 1;
    block.replaceChildren(
      h('h2', { id: counterId }, `My plan: step ${step + 1} of ${PLAN_STEPS.length}`),
      h('h3', { id: titleId }, s.title),
      h('p', { class: 'summary', id: helpId }, s.help),
      list,
      h('div', { class: 'field' },
        h('label', { for: addId }, lines.length ? 'Add another line' : 'Add a line'),
        h('div', { class: 'inline-add' }, adding, h('button', { type: 'button', class: 'quiet', onclick: add }, 'Add'))),
      error,
      h('div', { class: 'form-actions' },
        step > 0 ? h('button', { type: 'button', class: 'quiet', onclick: () => { add(); keep(step - 1); } }, 'Back') : null,
        h('button', { type: 'button', class: 'primary', id: 'plan-next', onclick: () => { add(); keep(last ? -1 : step + 1); } }, last ? 'Done' : (lines.length ? 'Next' : 'Skip this step')),
        last ? null : h('button', { type: 'button', class: 'quiet', id: 'plan-later', onclick: () => { add(); keep(-1); } }, 'Finish later')),
    );
    queueMicrotask(() => adding.focus());
  }

  async function saveMarkdown() {
    status.textContent = '';
    try {
      const written = await api.safetyPlanExport();
      if (written) status.textContent = `Saved your plan to ${written.path}. That file is not encrypted.`;
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
    h('h3', {}, 'Your plan'),
    ...planSteps(plan, 'h4'));
}
