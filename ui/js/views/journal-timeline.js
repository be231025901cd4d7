// The open journal's first screen: its actions, what is worth mentioning and what to
// bring up next time, the timeline with search and filters, and quick notes.
import * as api from '../api.js';
import { h } from '../dom.js';
import { t } from '../i18n.js';
import { formatHeldAt, labelled } from '../journal-model.js';
import { TEAR_FILTERS, countText, hasFilters, isFiltered, toQuery, timelineBits } from '../journal-search.js';
import { quickNote } from './journal-notes.js';

/**
 * `screen`: { section, body, ctx, say, query, notes, whileOpen, home, detail, edit } from
 * journal.js; `query` is changed in place as the person searches. `undo`: the id of a
 * session just deleted, offered back.
 */
export async function showTimeline(screen, { undo = null } = {}) {
  const { section, body, ctx, say, query, notes } = screen;
  const open = screen.whileOpen();
  const [page, observations, formData] = await Promise.all([
    api.sessionList(toQuery(query)), api.journalObservations(), api.sessionForm(null),
  ]);
  if (!open()) return;
  const search = h('input', { type: 'search', id: 'journal-search', value: query.text, autocomplete: 'off' });
  const filters = filterControls(query, formData, () => reload());
  const listEl = h('ol', { class: 'timeline', 'aria-label': t('journal-sessions-label') });
  const more = h('button', { type: 'button', class: 'quiet', id: 'journal-more' }, t('journal-show-more'));
  const countEl = h('p', { class: 'summary', id: 'journal-count', role: 'status', 'aria-live': 'polite' });
  let next = null;

  const append = (p) => {
    listEl.append(...p.sessions.map((s) => timelineItem(s, screen)));
    next = p.next;
    more.hidden = !next;
    if (p.total == null) return; // later pages continue the first page's count
    countEl.textContent = countText(p.total, isFiltered(query));
  };
  // This timeline belongs to the journal as it was when drawn: after a lock it asks nothing.
  const reload = async () => {
    if (!open()) return;
    listEl.replaceChildren();
    const first = await api.sessionList(toQuery(query));
    if (open()) append(first);
  };
  more.addEventListener('click', async () => {
    const first = listEl.children.length;
    const page = await api.sessionList({ ...toQuery(query), after: next });
    if (!open()) return;
    append(page);
    listEl.children[first]?.querySelector('button')?.focus();
  });
  let typing = null;
  search.addEventListener('input', () => {
    query.text = search.value;
    clearTimeout(typing);
    typing = setTimeout(reload, 200);
  });

  const bringUp = formData.openBringUp.length
    ? h('section', { class: 'panel', 'aria-labelledby': 'bring-up-title' },
      h('h2', { id: 'bring-up-title' }, t('journal-bring-up-title')),
      h('ul', {}, formData.openBringUp.map((i) => h('li', {}, i.text, ' ',
        h('span', { class: 'summary inline' }, t('journal-noted', { date: formatHeldAt(i.raisedAt) }))))),
      h('button', { type: 'button', class: 'quiet', id: 'bring-up-summary', onclick: () => screen.summary() }, t('summary-open')))
    : null;
  const noticing = observations.length
    ? h('section', { class: 'panel gentle-panel', 'aria-labelledby': 'noticing-title' },
      h('h2', { id: 'noticing-title' }, t('journal-noticing-title')),
      h('ul', {}, observations.map((o) => h('li', {}, t(`observation-${o.key}`, { count: o.count, outOf: o.outOf })))),
      h('p', { class: 'summary' }, t('journal-noticing-note')))
    : null;
  const undoBar = undo
    ? h('div', { class: 'undo-bar', role: 'status' }, h('p', {}, t('journal-session-deleted')),
      h('button', { type: 'button', class: 'quiet', id: 'journal-undo', onclick: async () => {
        await api.sessionRestore(undo);
        say(t('journal-session-back'));
        screen.home();
      } }, t('journal-undo')))
    : null;

  body.replaceChildren(...[
    h('div', { class: 'journal-head' },
      h('h1', { id: 'journal-title', tabindex: '-1' }, t('journal-title')),
      h('div', { class: 'form-actions' },
        h('button', { type: 'button', class: 'primary', id: 'journal-new', onclick: () => screen.edit(null) }, t('journal-new-session')),
        h('button', { type: 'button', class: 'quiet', id: 'journal-summary', onclick: () => screen.summary() }, t('summary-open')),
        h('button', { type: 'button', class: 'quiet', id: 'journal-lock', 'aria-keyshortcuts': 'Control+L', onclick: () => ctx.lockJournal() },
          t('journal-lock'), ' ', h('kbd', {}, t('journal-lock-key'))))),
    undoBar,
    noticing,
    bringUp,
    h('div', { class: 'field search-field' }, h('label', { for: search.id }, t('journal-search-label')), search),
    filters,
    countEl,
    listEl,
    more,
    h('section', { class: 'panel', 'aria-labelledby': 'notes-title' }, h('h2', { id: 'notes-title' }, t('journal-quick-notes')), notes.root,
      quickNote({ locked: false, onKept: () => notes.render() })),
  ].filter(Boolean));
  append(page);
  notes.render();
  if (undo) section.querySelector('#journal-undo')?.focus();
}

/** Dates, therapist, tears and tag; `onChange()` runs after `query` took a new value. */
function filterControls(query, formData, onChange) {
  const make = (key, text, control) => {
    control.id = `journal-filter-${key}`;
    control.value = query[key] ?? '';
    control.addEventListener('change', () => {
      query[key] = control.value;
      onChange();
    });
    return h('div', { class: 'field' }, h('label', { for: control.id }, text), control);
  };
  // Pairs of [value, words]; therapists and tags are the person's own words.
  const options = (list) => list.map(([value, words]) => h('option', { value }, words));
  const any = ['', t('journal-filter-any')];
  return h('details', { class: 'filters', open: hasFilters(query) },
    h('summary', {}, t('journal-filters')),
    h('div', { class: 'filter-grid' },
      make('from', t('journal-filter-from'), h('input', { type: 'date' })),
      make('to', t('journal-filter-to'), h('input', { type: 'date' })),
      make('therapist', t('journal-filter-therapist'), h('select', {}, options([any, ...formData.therapists.map((name) => [name, name])]))),
      make('tears', t('journal-filter-tears'), h('select', {}, options(labelled(TEAR_FILTERS)))),
      make('tag', t('journal-filter-tag'), h('select', {}, options([any, ...formData.tags.map((tag) => [tag, tag])])))));
}

function timelineItem(s, screen) {
  const bits = timelineBits(s);
  return h('li', {},
    h('button', { type: 'button', class: 'timeline-item', onclick: () => screen.detail(s.id) },
      h('span', { class: 'when' }, formatHeldAt(s.heldAt)),
      s.therapist ? h('span', { class: 'who' }, s.therapist) : null,
      bits.length ? h('span', { class: 'bits' }, bits.join(' · ')) : null,
      s.excerpt ? h('span', { class: 'excerpt' }, s.excerpt) : null,
      s.tags.length ? h('span', { class: 'tags' }, s.tags.map((tag) => h('span', { class: 'badge' }, tag))) : null));
}
