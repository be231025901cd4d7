// The insights screen's charts, drawn as SVG and tables from the backend's numbers.
// Each chart sits in a panel with its plain summary (what a screen reader hears) and,
// where it helps, its numbers as a table. Text only ever becomes text nodes; words
// come from the catalogue (insights.ftl), numbers and dates in the language spoken.
import { h } from '../dom.js';
import { dateLocales, number, t } from '../i18n.js';
import { formatHeldAt } from '../journal-model.js';
import { scale, heldTime, changeWords, toolLine, SIGNS, ENOUGH } from '../insights-model.js';

const SVG = 'http://www.w3.org/2000/svg';
/** An SVG element; attributes only, styling comes from classes in app.css. */
export function s(tag, attrs = {}, ...children) {
  const el = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) if (v != null) el.setAttribute(k, String(v));
  for (const c of children.flat(Infinity)) if (c != null) el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  return el;
}

const W = 640;
const H = 220;
const PAD = { left: 34, right: 12, top: 12, bottom: 28 };
const dateOf = (iso) => new Date(`${iso.slice(0, 10)}T12:00:00`);
const shortDate = (iso) => new Intl.DateTimeFormat(dateLocales(), { day: 'numeric', month: 'short' }).format(dateOf(iso));
const monthName = (iso) => new Intl.DateTimeFormat(dateLocales(), { month: 'short', year: '2-digit' }).format(dateOf(iso));
/** A rating in the table, or a dash where there is none. */
const rating = (n) => (n == null ? t('insights-no-rating') : number(n));

/** A chart with its title, its summary (what a screen reader hears) and its numbers. */
export function chart(key, title, summary, picture, table) {
  const id = `insights-${key}`;
  return h('section', { class: 'panel chart', id, 'aria-labelledby': `${id}-title` },
    h('h2', { id: `${id}-title` }, title),
    h('p', { class: 'chart-summary', id: `${id}-summary` }, summary),
    picture ? h('figure', { tabindex: '0', 'aria-labelledby': `${id}-title`, 'aria-describedby': `${id}-summary` }, picture) : null,
    table ? h('details', {}, h('summary', {}, t('insights-show-numbers')), table) : null);
}

function axes(yMax, yTicks) {
  const y = scale(0, yMax, H - PAD.bottom, PAD.top);
  return [y, yTicks.map((tick) => s('g', {},
    s('line', { class: 'grid', x1: PAD.left, x2: W - PAD.right, y1: y(tick), y2: y(tick) }),
    s('text', { class: 'tick', x: PAD.left - 6, y: y(tick) + 4, 'text-anchor': 'end' }, number(tick))))];
}

export function distressChart(points) {
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
      h('span', { class: 'key before' }), t('insights-legend-before'), ' ', h('span', { class: 'key after' }), t('insights-legend-after')));
}

export function distressTable(points) {
  if (!points.length) return null;
  const shown = points.slice(-30).reverse();
  return h('div', {},
    points.length > shown.length ? h('p', { class: 'summary' }, t('insights-table-latest', { shown: shown.length, total: points.length })) : null,
    h('table', {}, h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t('insights-table-session')), h('th', { scope: 'col' }, t('insights-table-before')), h('th', { scope: 'col' }, t('insights-table-after')))),
      h('tbody', {}, shown.map((p) => h('tr', {}, h('th', { scope: 'row' }, formatHeldAt(p.heldAt)), h('td', {}, rating(p.before)), h('td', {}, rating(p.after)))))));
}

export function toolsChart(tools, names) {
  if (!tools.length) return null;
  // Diverging bars around "no change": left is lower distress, right is higher.
  return h('ul', { class: 'tool-bars' }, tools.slice(0, 8).map((tool) => {
    const fill = h('span', { class: `bar-fill ${tool.averageChange < 0 ? 'down' : 'up'}` });
    fill.style.width = `${Math.min(50, (Math.abs(tool.averageChange) / 10) * 50)}%`;
    return h('li', {}, h('span', {}, toolLine(tool, names)),
      h('span', { class: 'bar-track', 'aria-hidden': 'true', title: changeWords(tool.averageChange) }, fill));
  }));
}

function periodLabel(start, bucket) {
  return bucket === 'month' ? monthName(start) : shortDate(start);
}

export function tearsChart(periods, bucket) {
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
      h('span', { class: 'key all' }), t('insights-legend-sessions'), ' ', h('span', { class: 'key tears' }), t('insights-legend-tears', { bucket })));
}

export function periodTable(periods, bucket) {
  const rows = periods.filter((p) => p.sessions).slice(-26).reverse();
  if (!rows.length) return null;
  return h('table', {}, h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t(bucket === 'month' ? 'insights-table-month' : 'insights-table-week')), h('th', { scope: 'col' }, t('insights-table-sessions')), h('th', { scope: 'col' }, t('insights-table-with-tears')))),
    h('tbody', {}, rows.map((p) => h('tr', {}, h('th', { scope: 'row' }, periodLabel(p.start, bucket)), h('td', {}, number(p.sessions)), h('td', {}, number(p.withTears))))));
}

export function signsChart(periods, bucket) {
  const shown = periods.slice(-26);
  if (!shown.some((p) => Object.keys(p.warningSigns).length)) return null;
  const left = 150;
  const rowH = 26;
  const height = SIGNS.length * rowH + 30;
  const step = (W - left - PAD.right) / shown.length;
  const cells = SIGNS.map((sign, r) => [
    s('text', { class: 'tick', x: left - 8, y: r * rowH + 18, 'text-anchor': 'end' }, t(sign.label)),
    shown.map((p, i) => {
      const n = p.warningSigns[sign.key] ?? 0;
      const level = n === 0 ? 0 : Math.min(3, n);
      return s('rect', { class: `cell level-${level}`, x: left + i * step + 1, y: r * rowH + 4, width: Math.max(2, step - 2), height: rowH - 6, rx: 3 });
    }),
  ]);
  const every = Math.ceil(shown.length / 5);
  const labels = shown.map((p, i) => (i % every === 0
    ? s('text', { class: 'tick', x: left + i * step + step / 2, y: height - 6, 'text-anchor': 'middle' }, periodLabel(p.start, bucket)) : null));
  return h('div', {},
    s('svg', { viewBox: `0 0 ${W} ${height}`, class: 'chart-svg', 'aria-hidden': 'true' }, cells, labels),
    h('p', { class: 'legend', 'aria-hidden': 'true' }, t('insights-legend-signs', { bucket })));
}
