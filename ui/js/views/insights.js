// Insights: what the journal shows over time, as charts with a plain summary beside
// each (the summary is what a screen reader hears; "Show the numbers" opens the
// data as a table). Only when the journal is unlocked.
import * as api from '../api.js';
import { h } from '../dom.js';
import { formatHeldAt, count } from '../journal-model.js';
import {
  RANGES, rangeStart, distressSummary, toolsSummary, toolLine, tearsSummary, signsSummary, SIGN_WORDS,
  scale, heldTime, changeWords, ENOUGH,
} from '../insights-model.js';

const SVG = 'http://www.w3.org/2000/svg';
/** An SVG element; attributes only, styling comes from classes in app.css. */
function s(tag, attrs = {}, ...children) {
  const el = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) if (v != null) el.setAttribute(k, String(v));
  for (const c of children.flat(Infinity)) if (c != null) el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  return el;
}

const W = 640;
const H = 220;
const PAD = { left: 34, right: 12, top: 12, bottom: 28 };
const shortDate = (iso) => new Date(`${iso.slice(0, 10)}T12:00:00`).toLocaleDateString(undefined, { day: 'numeric', month: 'short' });
const monthName = (iso) => new Date(`${iso.slice(0, 10)}T12:00:00`).toLocaleDateString(undefined, { month: 'short', year: '2-digit' });

export function mount(section, ctx) {
  let range = '3m';
  const body = h('div');
  const live = h('p', { class: 'visually-hidden', role: 'status', 'aria-live': 'polite' });
  section.replaceChildren(body, live);

  async function refresh({ focus = false } = {}) {
    const started = performance.now();
    section.removeAttribute('data-ready');
    let status;
    try {
      status = await api.journalStatus();
    } catch (e) {
      status = { state: 'damaged' };
    }
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
        if (e.kind === 'locked') return refresh({ focus });
        ctx.notify(e.message);
        return;
      }
      await render(data);
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

  async function render(data) {
    const head = h('div', { class: 'journal-head' }, h('h1', { id: 'insights-title', tabindex: '-1' }, 'Insights'), rangePicker());
    if (data.allSessions === 0) {
      body.replaceChildren(head,
        h('p', { class: 'lead', id: 'insights-empty' }, 'Nothing to show yet, and that is fine. As you note a few sessions, this page will start to show how distress, tears and the tools you use move over time.'),
        h('p', {}, 'There is nothing to keep up with here: write when it helps, and skip when it doesn’t.'),
        h('div', { class: 'form-actions' }, h('button', { type: 'button', class: 'quiet', onclick: () => ctx.openJournal() }, 'Go to the journal')));
      return;
    }
    const names = await toolNames(ctx);
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
      chart('signs', 'Warning signs over time', signsSummary(data.periods), signsChart(data.periods, data.bucket), null),
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

/** A chart with its title, its summary (what a screen reader hears) and its numbers. */
function chart(key, title, summary, picture, table) {
  const id = `insights-${key}`;
  return h('section', { class: 'panel chart', id, 'aria-labelledby': `${id}-title` },
    h('h2', { id: `${id}-title` }, title),
    h('p', { class: 'chart-summary', id: `${id}-summary` }, summary),
    picture ? h('figure', { tabindex: '0', 'aria-labelledby': `${id}-title`, 'aria-describedby': `${id}-summary` }, picture) : null,
    table ? h('details', {}, h('summary', {}, 'Show the numbers'), table) : null);
}

function axes(yMax, yTicks) {
  const y = scale(0, yMax, H - PAD.bottom, PAD.top);
  return [y, yTicks.map((t) => s('g', {},
    s('line', { class: 'grid', x1: PAD.left, x2: W - PAD.right, y1: y(t), y2: y(t) }),
    s('text', { class: 'tick', x: PAD.left - 6, y: y(t) + 4, 'text-anchor': 'end' }, t)))];
}

function distressChart(points) {
  if (points.length < ENOUGH) return null;
  const times = points.map((p) => heldTime(p.heldAt));
  const x = scale(Math.min(...times), Math.max(...times), PAD.left + 8, W - PAD.right - 8);
  const [y, grid] = axes(10, [0, 5, 10]);
  const series = (key, cls) => {
    const pts = points.filter((p) => p[key] != null).map((p) => [x(heldTime(p.heldAt)), y(p[key])]);
    return [
      s('polyline', { class: `line ${cls}`, points: pts.map((p) => p.map((n) => n.toFixed(1)).join(',')).join(' ') }),
      pts.length <= 80 ? pts.map(([cx, cy]) => s('circle', { class: `dot ${cls}`, cx, cy, r: 3.5 })) : null,
    ];
  };
  const first = points[0].heldAt;
  const last = points[points.length - 1].heldAt;
  return h('div', {},
    s('svg', { viewBox: `0 0 ${W} ${H}`, class: 'chart-svg', 'aria-hidden': 'true' },
      grid,
      series('before', 'before'),
      series('after', 'after'),
      s('text', { class: 'tick', x: PAD.left + 8, y: H - 8 }, shortDate(first)),
      s('text', { class: 'tick', x: W - PAD.right - 8, y: H - 8, 'text-anchor': 'end' }, shortDate(last))),
    h('p', { class: 'legend', 'aria-hidden': 'true' },
      h('span', { class: 'key before' }), 'Before the session ', h('span', { class: 'key after' }), 'After the session (0 calm, 10 the most distress)'));
}

function distressTable(points) {
  if (!points.length) return null;
  const shown = points.slice(-30).reverse();
  return h('div', {},
    points.length > shown.length ? h('p', { class: 'summary' }, `The latest ${shown.length} of ${points.length}.`) : null,
    h('table', {}, h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Session'), h('th', { scope: 'col' }, 'Before'), h('th', { scope: 'col' }, 'After'))),
      h('tbody', {}, shown.map((p) => h('tr', {}, h('th', { scope: 'row' }, formatHeldAt(p.heldAt)), h('td', {}, p.before ?? '–'), h('td', {}, p.after ?? '–'))))));
}

function toolsChart(tools, names) {
  if (!tools.length) return null;
  // Diverging bars around "no change": left is lower distress, right is higher.
  return h('ul', { class: 'tool-bars' }, tools.slice(0, 8).map((t) => {
    const fill = h('span', { class: `bar-fill ${t.averageChange < 0 ? 'down' : 'up'}` });
    fill.style.width = `${Math.min(50, (Math.abs(t.averageChange) / 10) * 50)}%`;
    return h('li', {}, h('span', {}, toolLine(t, names)),
      h('span', { class: 'bar-track', 'aria-hidden': 'true', title: changeWords(t.averageChange) }, fill));
  }));
}

function periodLabel(start, bucket) {
  return bucket === 'month' ? monthName(start) : shortDate(start);
}

function tearsChart(periods, bucket) {
  const total = periods.reduce((n, p) => n + p.sessions, 0);
  if (total < ENOUGH) return null;
  const shown = periods.slice(-26);
  const max = Math.max(1, ...shown.map((p) => p.sessions));
  const [y, grid] = axes(max, max <= 4 ? [...Array(max + 1).keys()] : [0, Math.round(max / 2), max]);
  const step = (W - PAD.left - PAD.right) / shown.length;
  const bars = shown.map((p, i) => {
    const x = PAD.left + i * step + step * 0.15;
    const w = step * 0.7;
    return s('g', {},
      s('rect', { class: 'bar-all', x, y: y(p.sessions), width: w, height: y(0) - y(p.sessions) }),
      s('rect', { class: 'bar-tears', x, y: y(p.withTears), width: w, height: y(0) - y(p.withTears) }));
  });
  const every = Math.ceil(shown.length / 6);
  const labels = shown.map((p, i) => (i % every === 0
    ? s('text', { class: 'tick', x: PAD.left + i * step + step / 2, y: H - 8, 'text-anchor': 'middle' }, periodLabel(p.start, bucket)) : null));
  return h('div', {},
    s('svg', { viewBox: `0 0 ${W} ${H}`, class: 'chart-svg', 'aria-hidden': 'true' }, grid, bars, labels),
    h('p', { class: 'legend', 'aria-hidden': 'true' },
      h('span', { class: 'key all' }), 'Sessions ', h('span', { class: 'key tears' }), `Sessions with tears, per ${bucket}`));
}

function periodTable(periods, bucket) {
  const rows = periods.filter((p) => p.sessions).slice(-26).reverse();
  if (!rows.length) return null;
  return h('table', {}, h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, bucket === 'month' ? 'Month' : 'Week of'), h('th', { scope: 'col' }, 'Sessions'), h('th', { scope: 'col' }, 'With tears'))),
    h('tbody', {}, rows.map((p) => h('tr', {}, h('th', { scope: 'row' }, periodLabel(p.start, bucket)), h('td', {}, p.sessions), h('td', {}, p.withTears)))));
}

function signsChart(periods, bucket) {
  const shown = periods.slice(-26);
  const signs = Object.keys(SIGN_WORDS);
  if (!shown.some((p) => Object.keys(p.warningSigns).length)) return null;
  const left = 150;
  const rowH = 26;
  const height = signs.length * rowH + 30;
  const step = (W - left - PAD.right) / shown.length;
  const cells = signs.map((sign, r) => [
    s('text', { class: 'tick', x: left - 8, y: r * rowH + 18, 'text-anchor': 'end' }, SIGN_WORDS[sign]),
    shown.map((p, i) => {
      const n = p.warningSigns[sign] ?? 0;
      const level = n === 0 ? 0 : Math.min(3, n);
      return s('rect', { class: `cell level-${level}`, x: left + i * step + 1, y: r * rowH + 4, width: Math.max(2, step - 2), height: rowH - 6, rx: 3 });
    }),
  ]);
  const every = Math.ceil(shown.length / 5);
  const labels = shown.map((p, i) => (i % every === 0
    ? s('text', { class: 'tick', x: left + i * step + step / 2, y: height - 6, 'text-anchor': 'middle' }, periodLabel(p.start, bucket)) : null));
  return h('div', {},
    s('svg', { viewBox: `0 0 ${W} ${height}`, class: 'chart-svg', 'aria-hidden': 'true' }, cells, labels),
    h('p', { class: 'legend', 'aria-hidden': 'true' }, `A stronger colour: noted after more sessions that ${bucket}.`));
}
