// Quick notes: a few words kept without unlocking (sealed at once) or straight into
// the open journal, and the list of notes kept. Note text only becomes text nodes.
import * as api from '../api.js';
import { h, nextId } from '../dom.js';
import { t } from '../i18n.js';
import { formatWritten } from '../journal-model.js';

/**
 * The note form. `locked`: the note is sealed for the next unlock. `onKept()` runs
 * after a note was kept (to update the count of sealed notes, or the list).
 */
export function quickNote({ locked, onKept }) {
  const id = nextId('quick-note');
  const text = h('textarea', { id, rows: 3 });
  const note = h('p', { class: 'form-status', role: 'status', 'aria-live': 'polite' });
  const formEl = h('form', { class: 'quick-note', novalidate: true },
    h('div', { class: 'field' }, h('label', { for: id }, t(locked ? 'note-jot-locked' : 'note-jot')),
      locked ? h('p', { class: 'summary' }, t('note-sealed-hint')) : null, text),
    h('div', { class: 'form-actions' }, h('button', { type: 'submit', class: 'quiet' }, t('note-keep')), note));
  formEl.addEventListener('submit', async (e) => {
    e.preventDefault();
    try {
      await api.journalNote(text.value);
      text.value = '';
      note.textContent = t(locked ? 'note-kept-sealed' : 'note-kept');
      await onKept();
    } catch (err) {
      note.textContent = err.message;
    }
  });
  return formEl;
}

/**
 * The list of quick notes in the open journal. `say(text)` announces a change;
 * `whileOpen()` (see forgetting.js) keeps an answer from after a lock off the screen.
 * Returns { root, render(), forget() }.
 */
export function notesList({ say, whileOpen }) {
  const root = h('ul', { class: 'note-list', 'aria-label': t('journal-quick-notes'), hidden: true });

  async function render() {
    const open = whileOpen();
    const notes = await api.journalNotes();
    if (!open()) return;
    root.replaceChildren(...notes.map((n) => {
      const when = formatWritten(n.writtenAt);
      return h('li', {},
        h('p', { class: 'note-text' }, n.text),
        h('p', { class: 'summary' }, when, ' ',
          h('button', { type: 'button', class: 'link', 'aria-label': t('note-remove-label', { when }), onclick: async () => {
            await api.journalDeleteNote(n.id);
            say(t('note-removed'));
            render();
          } }, t('note-remove'))));
    }));
    root.hidden = notes.length === 0;
  }

  return {
    root,
    render,
    forget: () => {
      root.replaceChildren();
      root.hidden = true;
    },
  };
}
