// One session, as written: every field that holds something, and what can be done
// with it (edit, export as Markdown, delete with undo).
import * as api from '../api.js';
import { h } from '../dom.js';
import { t } from '../i18n.js';
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
    h('button', { type: 'button', class: 'quiet back', onclick: () => screen.home() }, t('journal-back')),
    h('h1', { id: 'journal-title', tabindex: '-1' }, formatHeldAt(s.heldAt)),
    h('dl', { class: 'session-detail' },
      row(t('session-therapist'), s.therapist),
      row(t('session-distress-before'), s.distressBefore == null ? null : t('rating-out-of-ten', { n: s.distressBefore })),
      row(t('session-distress-after'), s.distressAfter == null ? null : t('rating-out-of-ten', { n: s.distressAfter })),
      row(t('session-body'), s.bodyState ? label(BODY, s.bodyState) : null),
      row(t('session-tears'), s.tears ? label(TEARS, s.tears) : null),
      row(t('session-tear-kinds'), s.tearKinds.map((k) => label(TEAR_KINDS, k))),
      row(t('session-came-up'), s.cameUp ? h('div', { class: 'prose', id: 'detail-came-up' }, s.cameUp) : null),
      row(t('session-helped'), s.helped ? h('div', { class: 'prose' }, s.helped) : null),
      row(t('session-aftercare'), s.aftercare),
      row(t('session-signs'), s.warningSigns.map((w) => label(WARNING_SIGNS, w))),
      // The tags as they are typed in the form: separated by commas.
      row(t('session-tags'), s.tags.join(', ')),
      row(t('session-brought-up'), s.tickedItems.map((i) => i.text)),
      row(t('session-bring-up'), s.bringUp)),
    h('div', { class: 'form-actions' },
      h('button', { type: 'button', class: 'primary', onclick: () => screen.edit(s) }, t('session-edit')),
      h('button', { type: 'button', class: 'quiet', id: 'detail-export', onclick: async () => {
        try {
          const done = await api.journalExport('markdown', { ids: [s.id] });
          say(done ? t('session-exported', { path: done.path }) : t('session-not-exported'));
          if (done) ctx.notify(t('session-exported-note', { path: done.path }));
        } catch (e) {
          ctx.notify(e.message);
        }
      } }, t('session-export')),
      h('button', { type: 'button', class: 'danger', onclick: async () => {
        await api.sessionDelete(s.id);
        say(t('session-deleted'));
        screen.home({ undo: s.id });
      } }, t('session-delete'))),
  );
  screen.focusTitle();
}
