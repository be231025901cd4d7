// The words and numbers of the insights screen: ranges, averages and the plain
// summaries that sit beside (and stand in for) each chart. No DOM here, so
// node --test can check it. The words are the catalogue's (insights.ftl).
import { dateLocales, t } from './i18n.js';

/** The ranges to choose from: the option's words, and what a screen reader hears once chosen. */
export const RANGES = [
  { key: '3m', label: 'insights-range-3m', showing: 'insights-showing-3m', months: 3 },
  { key: '12m', label: 'insights-range-12m', showing: 'insights-showing-12m', months: 12 },
  { key: 'all', label: 'insights-range-all', showing: 'insights-showing-all', months: null },
];

/** First day of a range ending `today` (a Date), as YYYY-MM-DD; null for everything. */
export function rangeStart(key, today) {
  const months = RANGES.find((r) => r.key === key)?.months;
  if (!months) return null;
  const d = new Date(today.getFullYear(), today.getMonth() - months, today.getDate());
  return iso(d);
}

export const iso = (d) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

export const average = (values) => (values.length ? values.reduce((a, b) => a + b, 0) / values.length : null);

/** Rounded to one decimal (a number: the catalogue writes it, without a trailing ".0"). */
export const one = (n) => Math.round(n * 10) / 10;

/** Sessions needed before a chart says anything. */
export const ENOUGH = 2;

export function distressSummary(points) {
  const before = points.map((p) => p.before).filter((v) => v != null);
  const after = points.map((p) => p.after).filter((v) => v != null);
  if (points.length < ENOUGH) return t('insights-distress-few');
  const both = points.filter((p) => p.before != null && p.after != null);
  const args = {
    sessions: points.length,
    before: one(average(before)),
    after: one(average(after)),
    lower: both.filter((p) => p.after < p.before).length,
    rated: both.length,
  };
  if (before.length && after.length) return t(both.length ? 'insights-distress-both-lower' : 'insights-distress-both', args);
  return t(before.length ? 'insights-distress-before' : 'insights-distress-after', args);
}

/** How a mean change (after − before) reads: `direction` lower, higher or none, and its size. */
const change = (value) => ({
  direction: Math.abs(value) < 0.05 ? 'none' : value < 0 ? 'lower' : 'higher',
  amount: one(Math.abs(value)),
});

/** "2.1 lower on average" / "0.5 higher on average" / "no change on average" for a mean change. */
export const changeWords = (value) => t('insights-change', change(value));

/** A tool's name: names is a Map of tool id → readable name. */
const toolName = (tool, names) => names.get(tool.used) ?? tool.used
  ?? t(tool.tool === 'pacer' ? 'insights-tool-breathing' : 'insights-tool-grounding');

/** names: Map of tool id → readable name. */
export function toolLine(tool, names) {
  return t('insights-tool-line', {
    name: toolName(tool, names),
    kind: tool.tool === 'pacer' ? 'pacer' : 'grounding',
    rated: tool.rated,
    ...change(tool.averageChange),
  });
}

export function toolsSummary(tools, names) {
  if (!tools.length) return t('insights-tools-none');
  const best = [...tools].filter((tool) => tool.rated >= 2).sort((a, b) => a.averageChange - b.averageChange)[0];
  if (!best || best.averageChange >= 0) return t('insights-tools-count', { tools: tools.length });
  return t('insights-tools-count-best', { tools: tools.length, name: toolName(best, names), ...change(best.averageChange) });
}

export function tearsSummary(periods, bucket) {
  const sessions = periods.reduce((n, p) => n + p.sessions, 0);
  const tears = periods.reduce((n, p) => n + p.withTears, 0);
  if (sessions < ENOUGH) return t('insights-tears-few');
  const kinds = {};
  for (const p of periods) for (const [k, n] of Object.entries(p.tearKinds)) kinds[k] = (kinds[k] ?? 0) + n;
  const top = Object.entries(kinds).sort((a, b) => b[1] - a[1])[0];
  // Never a score: more tears, or fewer, is not something to aim for (the messages say so).
  const args = { tears, sessions, bucket: bucket === 'month' ? 'month' : 'week' };
  return top ? t('insights-tears-summary-kind', { ...args, kind: top[0] }) : t('insights-tears-summary', args);
}

/** The warning signs, in the chart's order: the chart's row label, and the summary's words. */
export const SIGNS = [
  { key: 'worse-for-hours', label: 'insights-sign-worse-for-hours', after: 'insights-sign-after-worse-for-hours' },
  { key: 'flooding', label: 'insights-sign-flooding', after: 'insights-sign-after-flooding' },
  { key: 'numbness', label: 'insights-sign-numbness', after: 'insights-sign-after-numbness' },
  { key: 'panic', label: 'insights-sign-panic', after: 'insights-sign-after-panic' },
  { key: 'dissociation', label: 'insights-sign-dissociation', after: 'insights-sign-after-dissociation' },
];

export function signsSummary(periods) {
  const totals = {};
  for (const p of periods) for (const [k, n] of Object.entries(p.warningSigns)) totals[k] = (totals[k] ?? 0) + n;
  const noted = Object.entries(totals)
    .filter(([k]) => SIGNS.some((sign) => sign.key === k))
    .sort((a, b) => b[1] - a[1]);
  if (!noted.length) return t('insights-signs-none');
  const items = noted.map(([k, n]) => t(SIGNS.find((sign) => sign.key === k).after, { count: n }));
  return t('insights-signs-noted', { signs: items.join(t('insights-signs-separator')) });
}

/** Maps `value` in [d0, d1] to [r0, r1]. */
export const scale = (d0, d1, r0, r1) => (value) => (d1 === d0 ? (r0 + r1) / 2 : r0 + ((value - d0) / (d1 - d0)) * (r1 - r0));

/** Local time of `YYYY-MM-DDTHH:MM` in milliseconds. */
export const heldTime = (heldAt) => new Date(`${heldAt}:00`).getTime();

/** Each kind of record an import counts, with its words for records added and records updated. */
const IMPORTED = [
  ['sessions', 'insights-import-new-sessions', 'insights-import-newer-sessions'],
  ['bringUp', 'insights-import-new-bring-up', 'insights-import-newer-bring-up'],
  ['practice', 'insights-import-new-practice', 'insights-import-newer-practice'],
  ['notes', 'insights-import-new-notes', 'insights-import-newer-notes'],
  ['drafts', 'insights-import-new-drafts', 'insights-import-newer-drafts'],
];

/** What an import would do, in words: a heading and one line per kind of record. */
export function importSummary(preview) {
  const r = preview.report;
  const lines = [];
  for (const [key, added, updated] of IMPORTED) {
    if (r[key].added) lines.push(t(added, { count: r[key].added }));
    if (r[key].updated) lines.push(t(updated, { count: r[key].updated }));
  }
  const adds = lines.length > 0;
  const already = r.sessions.unchanged + r.practice.unchanged + r.notes.unchanged;
  if (already) lines.push(t('insights-import-already', { count: already }));
  const day = (iso) => new Intl.DateTimeFormat(dateLocales(), { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })
    .format(new Date(`${iso.slice(0, 10)}T00:00:00Z`));
  const span = r.first && r.last ? t('insights-import-span', { first: day(r.first), last: day(r.last) }) : '';
  const heading = adds
    ? t(preview.restoring ? 'insights-restore-adds' : 'insights-import-adds')
    : t('insights-import-nothing-new');
  return { heading, lines, span };
}
