// The timeline's search and filters, apart from the page: the query as the person
// set it, the query the backend takes, and the words for what was found. No DOM
// here, so node --test can check it.
import { TEARS, count, label } from './journal-model.js';

export const TEAR_FILTERS = [
  ['', 'Any'],
  ['some', 'Some tears'],
  ['none', 'No tears'],
  ['during', 'During'],
  ['after', 'Afterwards'],
  ['both', 'During and after'],
];

/** The query as the timeline's controls hold it: every value a string, '' for "any". */
export const emptyQuery = () => ({ text: '', from: '', to: '', therapist: '', tears: '', tag: '' });

/** Whether anything narrows the timeline. */
export const isFiltered = (q) => Object.values(q).some(Boolean);

/** Whether a filter other than the search text is set (the filters then start open). */
export const hasFilters = (q) => Object.entries(q).some(([k, v]) => k !== 'text' && v);

/** The query for the backend's session list: "some tears" is any of the kinds of tears. */
export function toQuery(q) {
  const tears = q.tears === 'some' ? ['during', 'after', 'both'] : q.tears ? [q.tears] : [];
  return { text: q.text, from: q.from || null, to: q.to || null, therapist: q.therapist || null, tears, tag: q.tag || null };
}

/** What the count line says for `total` sessions found. */
export function countText(total, filtered) {
  if (total === 0) return filtered ? 'No sessions match. Try fewer words or filters.' : 'No sessions yet. When you are ready, “New session” is here.';
  return filtered ? `${count(total, 'session matches', 'sessions match')}.` : `${count(total, 'session', 'sessions')}.`;
}

/** The short facts a timeline item shows under its date. */
export function timelineBits(s) {
  const bits = [];
  if (s.distressBefore != null || s.distressAfter != null) bits.push(`distress ${s.distressBefore ?? '–'} → ${s.distressAfter ?? '–'}`);
  if (s.tears && s.tears !== 'none') bits.push(label(TEARS, s.tears).toLowerCase());
  if (s.warningSigns.length) bits.push(count(s.warningSigns.length, 'thing to keep an eye on', 'things to keep an eye on'));
  return bits;
}
