// Insights: what the journal shows over time, as charts with a plain summary beside
// each (the summary is what a screen reader hears; "Show the numbers" opens the
// data as a table). Only when the journal is unlocked; when it locks, by whatever
// route, the charts, tables and summaries are forgotten at once.
import * as api from '../api.js';
import { h, holdsFocus } from '../dom.js';
import { t } from '../i18n.js';
import { formatHeldAt } from '../journal-model.js';
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
        h('h1', { id: 'insights-title', tabindex: '-1' }, t('insights-title')),
        h('p', { class: 'lead' }, t(status.state === 'absent' ? 'insights-absent' : 'insights-locked')),
        h('div', { class: 'form-actions' }, h('button', { type: 'button', class: 'primary', onclick: () => ctx.openJournal() },
          t(status.state === 'absent' ? 'insights-go-to-journal' : 'insights-unlock-journal'))));
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
    const select = h('select', { id: 'insights-range' }, RANGES.map(({ key, label }) => h('option', { value: key, selected: key === range }, t(label))));
    select.addEventListener('change', async () => {
      range = select.value;
      await refresh();
      section.querySelector('#insights-range')?.focus();
      live.textContent = t(RANGES.find((r) => r.key === range).showing);
    });
    return h('div', { class: 'field inline-field' }, h('label', { for: select.id }, t('insights-range-label')), select);
  }

  async function render(data, open) {
    const head = h('div', { class: 'journal-head' }, h('h1', { id: 'insights-title', tabindex: '-1' }, t('insights-title')), rangePicker());
    if (data.allSessions === 0) {
      body.replaceChildren(head,
        h('p', { class: 'lead', id: 'insights-empty' }, t('insights-empty')),
        h('p', {}, t('insights-no-pressure')),
        h('div', { class: 'form-actions' }, h('button', { type: 'button', class: 'quiet', onclick: () => ctx.openJournal() }, t('insights-go-to-journal'))));
      return;
    }
    const names = await toolNames(ctx);
    if (!open()) return;
    body.replaceChildren(...[head,
      h('p', { class: 'summary', id: 'insights-count' }, data.sessions === data.allSessions
        ? t('insights-count-all', { sessions: data.sessions })
        : t('insights-count-range', { sessions: data.sessions, all: data.allSessions })),
      mentioning(data),
      data.sessions < ENOUGH && data.distress.length < ENOUGH
        ? h('p', { class: 'panel', id: 'insights-few' }, t('insights-few'))
        : null,
      chart('distress', t('insights-distress-title'), distressSummary(data.distress), distressChart(data.distress), distressTable(data.distress)),
      chart('tools', t('insights-tools-title'), toolsSummary(data.tools, names), toolsChart(data.tools, names), null),
      chart('tears', t('insights-tears-title'), tearsSummary(data.periods, data.bucket), tearsChart(data.periods, data.bucket), periodTable(data.periods, data.bucket)),
      chart('signs', t('insights-signs-title'), signsSummary(data.periods), signsChart(data.periods, data.bucket), null),
      h('p', { class: 'summary' }, t('insights-not-a-judgement')),
    ].filter(Boolean));
  }

  function mentioning(data) {
    if (!data.observations.length) return null;
    const ref = new Map(data.mentioned.map((m) => [m.id, m]));
    return h('section', { class: 'panel gentle-panel', 'aria-labelledby': 'insights-mention-title', id: 'insights-mention' },
      h('h2', { id: 'insights-mention-title' }, t('insights-mention-title')),
      h('ul', {}, data.observations.map((o) => h('li', {}, t(`observation-${o.key}`, { count: o.count, outOf: o.outOf }),
        h('ul', { class: 'session-links' }, o.sessions.map((id) => {
          const m = ref.get(id);
          return h('li', {}, h('button', { type: 'button', class: 'link', onclick: () => ctx.openSession(id) },
            m ? sessionName(m) : t('insights-open-session')));
        }))))));
  }

  /** A session as a link names it: when it was held, and with whom when the person wrote it. */
  function sessionName(m) {
    const when = formatHeldAt(m.heldAt);
    return m.therapist ? t('insights-mention-session', { when, therapist: m.therapist }) : when;
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
