// The timeline's search and filters, apart from the page: the query as the person
// set it, the query the backend takes, and the words for what was found. No DOM
// here, so node --test can check it. The words are message ids of the catalogue
// (journal.ftl), formatted when shown (see `labelled` in journal-model.js).
import { t } from './i18n.js';
import { label } from './journal-model.js';

export const TEAR_FILTERS = [
  ['', 'journal-filter-any'],
  ['some', 'journal-filter-tears-some'],
  ['none', 'journal-filter-tears-none'],
  ['during', 'journal-filter-tears-during'],
  ['after', 'journal-filter-tears-after'],
  ['both', 'journal-filter-tears-both'],
];

/** Tears as a timeline item mentions them, within its short facts ("no tears" is not news). */
const TEAR_BITS = [
  ['during', 'journal-bit-tears-during'],
  ['after', 'journal-bit-tears-after'],
  ['both', 'journal-bit-tears-both'],
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
  if (total === 0) return t(filtered ? 'journal-count-no-match' : 'journal-count-none');
  return t(filtered ? 'journal-count-matching' : 'journal-count', { count: total });
}

/** The short facts a timeline item shows under its date. */
export function timelineBits(s) {
  const bits = [];
  if (s.distressBefore != null || s.distressAfter != null) {
    const none = t('journal-not-rated');
    bits.push(t('journal-bit-distress', { before: s.distressBefore ?? none, after: s.distressAfter ?? none }));
  }
  if (s.tears && s.tears !== 'none') bits.push(label(TEAR_BITS, s.tears));
  if (s.warningSigns.length) bits.push(t('journal-bit-signs', { count: s.warningSigns.length }));
  return bits;
}
