// One session, as written: every field that holds something, and what can be done
// with it (edit, export as Markdown, delete with undo).
import * as api from '../api.js';
import { h } from '../dom.js';
import { BODY, TEARS, TEAR_KINDS, WARNING_SIGNS, formatHeldAt, label } from '../journal-model.js';

/** `screen`: { body, ctx, say, focusTitle, whileOpen, home, edit } from journal.js. */
export async function showDetail(screen, id) {
  const { body, ctx, say } = screen;
  const open = screen.whileOpen();
  let s;
  try {
    s = await api.sessionGet(id);
  } catch (e) {
    if (!open()) return;
    ctx.notify(e.message);
    return screen.home();
  }
  if (!open()) return;
  const row = (name, value) => (value == null || value === '' || (Array.isArray(value) && !value.length) ? null
    : h('div', { class: 'detail-row' }, h('dt', {}, name), h('dd', {}, Array.isArray(value) ? h('ul', {}, value.map((v) => h('li', {}, v))) : value)));
  body.replaceChildren(
    h('button', { type: 'button', class: 'quiet back', onclick: () => screen.home() }, '← All sessions'),
    h('h1', { id: 'journal-title', tabindex: '-1' }, formatHeldAt(s.heldAt)),
    h('dl', { class: 'session-detail' },
      row('Therapist or kind of therapy', s.therapist),
      row('Distress before', s.distressBefore == null ? null : `${s.distressBefore} out of 10`),
      row('Distress after', s.distressAfter == null ? null : `${s.distressAfter} out of 10`),
      row('Body afterwards', s.bodyState ? label(BODY, s.bodyState) : null),
      row('Tears', s.tears ? label(TEARS, s.tears) : null),
      row('Kinds of tears', s.tearKinds.map((k) => label(TEAR_KINDS, k))),
      row('What came up', s.cameUp ? h('div', { class: 'prose', id: 'detail-came-up' }, s.cameUp) : null),
      row('What helped', s.helped ? h('div', { class: 'prose' }, s.helped) : null),
      row('Aftercare', s.aftercare),
      row('To keep an eye on', s.warningSigns.map((w) => label(WARNING_SIGNS, w))),
      row('Tags', s.tags.join(', ')),
      row('Brought up from earlier', s.tickedItems.map((i) => i.text)),
      row('Bring up next time', s.bringUp)),
    h('div', { class: 'form-actions' },
      h('button', { type: 'button', class: 'primary', onclick: () => screen.edit(s) }, 'Edit'),
      h('button', { type: 'button', class: 'quiet', id: 'detail-export', onclick: async () => {
        try {
          const done = await api.journalExport('markdown', { ids: [s.id] });
          say(done ? `Saved to ${done.path}. It is not encrypted.` : 'Nothing was saved.');
          if (done) ctx.notify(`This session was saved as Markdown to ${done.path}. The file is not encrypted: keep it somewhere private.`);
        } catch (e) {
          ctx.notify(e.message);
        }
      } }, 'Export as Markdown…'),
      h('button', { type: 'button', class: 'danger', onclick: async () => {
        await api.sessionDelete(s.id);
        say('Session deleted. Undo is available.');
        screen.home({ undo: s.id });
      } }, 'Delete')),
  );
  screen.focusTitle();
}
