// Insights: what the journal shows over time, as charts with a plain summary beside
// each (the summary is what a screen reader hears; "Show the numbers" opens the
// data as a table). Only when the journal is unlocked; when it locks, by whatever
// route, the charts, tables and summaries are forgotten at once.
import * as api from '../api.js';
import { h, holdsFocus } from '../dom.js';
import { formatHeldAt, count } from '../journal-model.js';
import { RANGES, rangeStart, distressSummary, toolsSummary, tearsSummary, signsSummary, ENOUGH } from '../insights-model.js';
import {
  chart, distressChart, distressTable, toolsChart, tearsChart, periodTable, signsChart,
} from './insights-charts.js';

export function mount(section, ctx) {
  let range = '3m';
  const body = h('div');
  const live = h('p', { class: 'visually-hidden', role: 'status', 'aria-live': 'polite' });
  section.replaceChildren(body, live);

  async function refresh({ focus = false } = {}) {
    const started = performance.now();
    const open = ctx.whileOpen();
    section.removeAttribute('data-ready');
    let status;
    try {
      status = await api.journalStatus();
    } catch (e) {
      status = { state: 'damaged' };
    }
    if (!open()) return; // the journal locked meanwhile; that lock redraws this screen
    if (status.state !== 'open') {
      body.replaceChildren(
        h('h1', { id: 'insights-title', tabindex: '-1' }, 'Insights'),
        h('p', { class: 'lead' }, status.state === 'absent'
          ? 'Insights come from your session journal. Once you have written about a few sessions, this is where you can see how they have gone over time.'
          : 'Insights are worked out from your journal, so they show once it is unlocked.'),
        h('div', { class: 'form-actions' }, h('button', { type: 'button', class: 'primary', onclick: () => ctx.openJournal() },
          status.state === 'absent' ? 'Go to the journal' : 'Unlock the journal')));
    } else {
      let data;
      try {
        data = await api.journalInsights(rangeStart(range, new Date()));
      } catch (e) {
        if (!open()) return;
        if (e.kind === 'locked') return ctx.journalLocked();
        ctx.notify(e.message);
        return;
      }
      if (!open()) return;
      await render(data, open);
      if (!open()) return;
    }
    section.dataset.ready = String(Math.round(performance.now() - started));
    if (focus) section.querySelector('h1')?.focus();
  }

  function rangePicker() {
    const select = h('select', { id: 'insights-range' }, RANGES.map(([key, name]) => h('option', { value: key, selected: key === range }, name)));
    select.addEventListener('change', async () => {
      range = select.value;
      await refresh();
      section.querySelector('#insights-range')?.focus();
      live.textContent = `Showing ${RANGES.find(([k]) => k === range)[1].toLowerCase()}.`;
    });
    return h('div', { class: 'field inline-field' }, h('label', { for: select.id }, 'Show'), select);
  }

  async function render(data, open) {
    const head = h('div', { class: 'journal-head' }, h('h1', { id: 'insights-title', tabindex: '-1' }, 'Insights'), rangePicker());
    if (data.allSessions === 0) {
      body.replaceChildren(head,
        h('p', { class: 'lead', id: 'insights-empty' }, 'Nothing to show yet, and that is fine. As you note a few sessions, this page will start to show how distress, tears and the tools you use move over time.'),
        h('p', {}, 'There is nothing to keep up with here: write when it helps, and skip when it doesn’t.'),
        h('div', { class: 'form-actions' }, h('button', { type: 'button', class: 'quiet', onclick: () => ctx.openJournal() }, 'Go to the journal')));
      return;
    }
    const names = await toolNames(ctx);
    if (!open()) return;
    body.replaceChildren(...[head,
      h('p', { class: 'summary', id: 'insights-count' }, data.sessions === data.allSessions
        ? `${count(data.sessions, 'session', 'sessions')} in your journal.`
        : `${count(data.sessions, 'session', 'sessions')} in this time, of ${data.allSessions} in your journal.`),
      mentioning(data),
      data.sessions < ENOUGH && data.distress.length < ENOUGH
        ? h('p', { class: 'panel', id: 'insights-few' }, 'With only a session or two in this time, there is not much of a picture yet. Try “Everything”, or come back after a few more.')
        : null,
      chart('distress', 'Distress before and after sessions', distressSummary(data.distress), distressChart(data.distress), distressTable(data.distress)),
      chart('tools', 'What moved distress', toolsSummary(data.tools, names), toolsChart(data.tools, names), null),
      chart('tears', 'Tears over time', tearsSummary(data.periods, data.bucket), tearsChart(data.periods, data.bucket), periodTable(data.periods, data.bucket)),
      chart('signs', 'Things to keep an eye on', signsSummary(data.periods), signsChart(data.periods, data.bucket), null),
      h('p', { class: 'summary' }, 'These are your own notes, counted. They are not a judgement or a diagnosis; your therapist is the person to make sense of them with.'),
    ].filter(Boolean));
  }

  function mentioning(data) {
    if (!data.observations.length) return null;
    const ref = new Map(data.mentioned.map((m) => [m.id, m]));
    return h('section', { class: 'panel gentle-panel', 'aria-labelledby': 'insights-mention-title', id: 'insights-mention' },
      h('h2', { id: 'insights-mention-title' }, 'Worth mentioning to your therapist'),
      h('ul', {}, data.observations.map((o) => h('li', {}, o.message,
        h('ul', { class: 'session-links' }, o.sessions.map((id) => {
          const m = ref.get(id);
          return h('li', {}, h('button', { type: 'button', class: 'link', onclick: () => ctx.openSession(id) },
            m ? `${formatHeldAt(m.heldAt)}${m.therapist ? ` · ${m.therapist}` : ''}` : 'Open the session'));
        }))))));
  }

  /** The journal locked (or went away): charts, tables and summaries go at once. */
  ctx.forgetOnLock(() => {
    const focused = holdsFocus(section);
    body.replaceChildren();
    live.textContent = '';
    section.removeAttribute('data-ready');
    // Hidden, it shows afresh when opened; on screen, it says why there is nothing to show.
    if (!section.hidden) refresh({ focus: focused });
  });

  refresh({ focus: true });
  return { refresh };
}

/** Pattern and checklist names, for the tools chart. */
async function toolNames(ctx) {
  const names = new Map((ctx.store.snapshot?.patterns ?? []).map((p) => [p.id, p.name]));
  try {
    const resources = await ctx.loadResources();
    for (const list of resources.checklists) names.set(list.id, list.title);
  } catch { /* names fall back to ids */ }
  return names;
}
