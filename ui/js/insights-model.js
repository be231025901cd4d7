// The words and numbers of the insights screen: ranges, averages and the plain
// summaries that sit beside (and stand in for) each chart. No DOM here, so
// node --test can check it.
import { count } from './journal-model.js';

export const RANGES = [
  ['3m', 'Last 3 months', 3],
  ['12m', 'Last 12 months', 12],
  ['all', 'Everything', null],
];

/** First day of a range ending `today` (a Date), as YYYY-MM-DD; null for everything. */
export function rangeStart(key, today) {
  const months = RANGES.find(([k]) => k === key)?.[2];
  if (!months) return null;
  const d = new Date(today.getFullYear(), today.getMonth() - months, today.getDate());
  return iso(d);
}

export const iso = (d) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

export const average = (values) => (values.length ? values.reduce((a, b) => a + b, 0) / values.length : null);

/** One decimal, without a trailing ".0". */
export const one = (n) => (Math.round(n * 10) / 10).toString();

/** Sessions needed before a chart says anything. */
export const ENOUGH = 2;

export function distressSummary(points) {
  const before = points.map((p) => p.before).filter((v) => v != null);
  const after = points.map((p) => p.after).filter((v) => v != null);
  if (points.length < ENOUGH) {
    return 'Once two or three sessions have distress ratings, you will see how they moved here.';
  }
  const both = points.filter((p) => p.before != null && p.after != null);
  const lower = both.filter((p) => p.after < p.before).length;
  const parts = [`Across ${count(points.length, 'session', 'sessions')} with ratings`];
  if (before.length && after.length) {
    parts.push(`, distress was ${one(average(before))} out of 10 on average before and ${one(average(after))} after.`);
  } else if (before.length) {
    parts.push(`, distress before was ${one(average(before))} out of 10 on average.`);
  } else {
    parts.push(`, distress after was ${one(average(after))} out of 10 on average.`);
  }
  if (both.length) parts.push(` It was lower afterwards in ${lower} of ${both.length}.`);
  return parts.join('');
}

/** "2.1 lower" / "0.5 higher" / "no change" for a mean change (after − before). */
export function changeWords(change) {
  if (Math.abs(change) < 0.05) return 'no change on average';
  return `${one(Math.abs(change))} ${change < 0 ? 'lower' : 'higher'} on average`;
}

/** names: Map of tool id → readable name. */
export function toolLine(tool, names) {
  const name = names.get(tool.used) ?? tool.used ?? (tool.tool === 'pacer' ? 'Breathing' : 'Grounding');
  const kind = tool.tool === 'pacer' ? 'breathing' : 'grounding';
  return `${name} (${kind}): ${count(tool.rated, 'time', 'times')} rated, distress ${changeWords(tool.averageChange)}`;
}

export function toolsSummary(tools, names) {
  if (!tools.length) {
    return 'When you rate how you feel before and after breathing or grounding, you will see here what tends to help.';
  }
  const best = [...tools].filter((t) => t.rated >= 2).sort((a, b) => a.averageChange - b.averageChange)[0];
  const lines = `${count(tools.length, 'tool', 'tools')} with ratings.`;
  return best && best.averageChange < 0 ? `${lines} Distress went down most with ${names.get(best.used) ?? best.used} (${changeWords(best.averageChange)}).` : lines;
}

const KIND_WORDS = { release: 'release', grief: 'grief', recognition: 'recognition', overwhelm: 'overwhelm', connection: 'connection' };

export function tearsSummary(periods, bucket) {
  const sessions = periods.reduce((n, p) => n + p.sessions, 0);
  const tears = periods.reduce((n, p) => n + p.withTears, 0);
  if (sessions < ENOUGH) return 'Tears over time will show here after a few sessions.';
  const kinds = {};
  for (const p of periods) for (const [k, n] of Object.entries(p.tearKinds)) kinds[k] = (kinds[k] ?? 0) + n;
  const top = Object.entries(kinds).sort((a, b) => b[1] - a[1])[0];
  const per = bucket === 'month' ? 'month' : 'week';
  const text = `Tears in ${tears} of ${count(sessions, 'session', 'sessions')}, shown per ${per}.`;
  const kind = top ? ` The kind you noted most: ${KIND_WORDS[top[0]] ?? top[0]}.` : '';
  // Never a score: more tears, or fewer, is not something to aim for.
  return `${text}${kind} More or fewer is not a goal either way; this is only what you noted.`;
}

export const SIGN_WORDS = {
  'worse-for-hours': 'Felt worse for hours',
  flooding: 'Flooded',
  numbness: 'Numb',
  panic: 'Panic',
  dissociation: 'Far away',
};

export function signsSummary(periods) {
  const totals = {};
  for (const p of periods) for (const [k, n] of Object.entries(p.warningSigns)) totals[k] = (totals[k] ?? 0) + n;
  const noted = Object.entries(totals).sort((a, b) => b[1] - a[1]);
  if (!noted.length) return 'Nothing to keep an eye on was noted in this time.';
  return `Noted: ${noted.map(([k, n]) => `${SIGN_WORDS[k].toLowerCase()} after ${count(n, 'session', 'sessions')}`).join('; ')}.`;
}

/** Maps `value` in [d0, d1] to [r0, r1]. */
export const scale = (d0, d1, r0, r1) => (value) => (d1 === d0 ? (r0 + r1) / 2 : r0 + ((value - d0) / (d1 - d0)) * (r1 - r0));

/** Local time of `YYYY-MM-DDTHH:MM` in milliseconds. */
export const heldTime = (heldAt) => new Date(`${heldAt}:00`).getTime();

/** What an import would do, in words: a heading and one line per kind of record. */
export function importSummary(preview) {
  const r = preview.report;
  const lines = [];
  const add = (c, one, many) => {
    if (c.added) lines.push(`${count(c.added, `new ${one}`, `new ${many}`)}`);
    if (c.updated) lines.push(`${count(c.updated, `${one} with a newer version`, `${many} with newer versions`)}`);
  };
  add(r.sessions, 'session', 'sessions');
  add(r.bringUp, 'item to bring up', 'items to bring up');
  add(r.practice, 'practice rating', 'practice ratings');
  add(r.notes, 'quick note', 'quick notes');
  add(r.drafts, 'draft', 'drafts');
  const adds = lines.length > 0;
  const already = r.sessions.unchanged + r.practice.unchanged + r.notes.unchanged;
  if (already) lines.push(`${count(already, 'record is', 'records are')} already in your journal and will stay as they are`);
  const span = r.first && r.last ? `The sessions added are from ${r.first.slice(0, 10)} to ${r.last.slice(0, 10)}.` : '';
  const heading = adds
    ? `${preview.restoring ? 'Restoring' : 'Importing'} this adds:`
    : 'Everything in this file is already in your journal.';
  return { heading, lines, span };
}
