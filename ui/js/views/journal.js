// The private session log: make it, unlock it, jot a note while it is locked, and
// (unlocked) the timeline with search and filters, a session, the form. Journal
// text only ever becomes text nodes (see dom.js).
import * as api from '../api.js';
import { h, nextId } from '../dom.js';
import { BODY, TEARS, TEAR_KINDS, WARNING_SIGNS, count, formatHeldAt, label } from '../journal-model.js';
import { mountSessionForm } from './session-form.js';
import { importFlow } from './transfer.js';
import { dueTime } from './within-reach.js';

const TEAR_FILTERS = [
  ['', 'Any'],
  ['some', 'Some tears'],
  ['none', 'No tears'],
  ['during', 'During'],
  ['after', 'Afterwards'],
  ['both', 'During and after'],
];

export function mount(section, ctx) {
  let status = null; // the backend's journal status
  let form = null; // the open session form, if any
  let query = { text: '', from: '', to: '', therapist: '', tears: '', tag: '' };
  let lastTouch = 0;
  const live = h('p', { class: 'visually-hidden', id: 'journal-live', role: 'status', 'aria-live': 'polite' });
  const body = h('div');
  section.replaceChildren(body, live);

  const say = (text) => { live.textContent = text; };
  const focusTitle = () => section.querySelector('h1')?.focus();

  // Use of the journal postpones the idle lock (at most one message per 30 s).
  for (const type of ['keydown', 'pointerdown', 'wheel']) {
    section.addEventListener(type, () => {
      const now = Date.now();
      if (status?.state === 'open' && now - lastTouch > 30_000) {
        lastTouch = now;
        api.journalTouch().catch(() => {});
      }
    }, { passive: true });
  }

  async function refresh({ focus = false } = {}) {
    try {
      status = await api.journalStatus();
    } catch (e) {
      status = { state: 'damaged', message: e.message };
    }
    if (status.state === 'open') {
      if (!form) await showHome();
    } else {
      form = null;
      ({ absent: showCreate, locked: showLocked, damaged: showDamaged })[status.state]();
    }
    if (focus) focusTitle();
  }

  // No journal yet.
  function showCreate() {
    const pass = h('input', { type: 'password', id: 'journal-new-pass', autocomplete: 'new-password', required: true });
    const again = h('input', { type: 'password', id: 'journal-new-again', autocomplete: 'new-password', required: true });
    const understood = h('input', { type: 'checkbox', id: 'journal-understood' });
    const error = h('p', { class: 'error', id: 'journal-create-error', role: 'alert' });
    const button = h('button', { type: 'submit', class: 'primary' }, 'Make my journal');
    const formEl = h('form', { class: 'pattern-form', novalidate: true },
      h('div', { class: 'field' }, h('label', { for: pass.id }, 'Choose a passphrase'),
        h('p', { class: 'summary', id: 'journal-pass-hint' }, 'At least 8 characters. A few ordinary words in a row are easy to remember and hard to guess.'), pass),
      h('div', { class: 'field' }, h('label', { for: again.id }, 'Type it again'), again),
      h('div', { class: 'warning-box' },
        h('p', {}, h('strong', {}, 'If you forget this passphrase, nobody can open your journal again: not you, not us, not anyone. '),
          'There is no reset and no recovery. Keep it somewhere safe, like a password manager or a note you keep private.'),
        h('label', { class: 'check' }, understood, 'I understand that a forgotten passphrase cannot be recovered')),
      error,
      h('div', { class: 'form-actions' }, button));
    pass.setAttribute('aria-describedby', 'journal-pass-hint');
    formEl.addEventListener('submit', async (e) => {
      e.preventDefault();
      error.textContent = '';
      if (pass.value !== again.value) {
        error.textContent = 'The two passphrases are not the same. Please type them again.';
        again.focus();
        return;
      }
      if (!understood.checked) {
        error.textContent = 'Please tick the box to show you have read how passphrases work here.';
        understood.focus();
        return;
      }
      button.disabled = true;
      button.textContent = 'Making your journal…';
      try {
        await api.journalCreate(pass.value);
        pass.value = again.value = '';
        say('Your journal is ready.');
        await refresh({ focus: true });
      } catch (err) {
        error.textContent = err.message;
        (err.field === 'passphrase' ? pass : button).focus();
        button.disabled = false;
        button.textContent = 'Make my journal';
      }
    });
    body.replaceChildren(
      h('h1', { id: 'journal-title', tabindex: '-1' }, 'Your session journal'),
      h('p', { class: 'lead' }, 'A private place to note how therapy sessions go: what came up, what helped, what to bring up next time. You never need it to breathe or ground yourself.'),
      h('p', {}, 'Everything in it is encrypted on this computer and never leaves it. It locks itself when you step away.'),
      formEl,
      importFlow(ctx, {
        title: 'Or restore from a backup',
        intro: 'Moving from another computer, or starting again after a problem? An encrypted backup from Ebb brings your journal back, and it opens with the backup’s passphrase.',
        onDone: async (done) => {
          if (done.settingsRestored) await ctx.reloadState?.();
          say('Your journal is restored.');
          await refresh({ focus: true });
        },
      }),
    );
  }

  // Locked: unlock, or jot something down without unlocking.
  function showLocked() {
    const pass = h('input', { type: 'password', id: 'journal-pass', autocomplete: 'current-password' });
    const error = h('p', { class: 'error', id: 'journal-unlock-error', role: 'alert' });
    const button = h('button', { type: 'submit', class: 'primary' }, 'Unlock');
    const unlock = h('form', { class: 'unlock-form', novalidate: true },
      h('div', { class: 'field' }, h('label', { for: pass.id }, 'Passphrase'), pass), error,
      h('div', { class: 'form-actions' }, button));
    unlock.addEventListener('submit', async (e) => {
      e.preventDefault();
      error.textContent = '';
      if (!pass.value) {
        error.textContent = 'Please type your passphrase.';
        pass.focus();
        return;
      }
      button.disabled = true;
      button.textContent = 'Unlocking…';
      try {
        const merged = await api.journalUnlock(pass.value);
        pass.value = '';
        say(merged.captures ? `Unlocked. ${count(merged.captures, 'thing', 'things')} you noted while it was locked ${merged.captures === 1 ? 'was' : 'were'} added.` : 'Unlocked.');
        await refresh({ focus: true });
      } catch (err) {
        error.textContent = err.message;
        button.disabled = false;
        button.textContent = 'Unlock';
        pass.select();
        pass.focus();
        if (err.kind === 'damaged' || err.kind === 'not_encrypted') showDamaged(err.message);
      }
    });

    const pending = h('p', { class: 'summary', id: 'journal-pending', role: 'status' });
    showPending(pending);
    body.replaceChildren(
      h('h1', { id: 'journal-title', tabindex: '-1' }, 'Your journal is locked'),
      h('p', { class: 'lead' }, 'Unlock it with your passphrase. Breathing, grounding and Need help now never need it.'),
      unlock,
      pending,
      quickNote({ locked: true }),
      h('details', { class: 'forgot' },
        h('summary', {}, 'Forgot your passphrase?'),
        h('p', {}, 'Your journal cannot be opened without it; that is what keeps it private. Take your time: passphrases often come back when you are calmer.'),
        h('p', {}, 'If you want to start again, Settings has “Delete the journal”, which removes every file of it for good.')),
    );
  }

  function showPending(el) {
    if (!el) return;
    el.hidden = !status.pending;
    el.textContent = status.pending ? `${count(status.pending, 'thing', 'things')} you noted while it was locked will be added when you unlock.` : '';
  }

  /** A few words kept without unlocking (sealed) or straight into the open journal. */
  function quickNote({ locked }) {
    const id = nextId('quick-note');
    const text = h('textarea', { id, rows: 3 });
    const note = h('p', { class: 'form-status', role: 'status', 'aria-live': 'polite' });
    const formEl = h('form', { class: 'quick-note', novalidate: true },
      h('div', { class: 'field' }, h('label', { for: id }, locked ? 'Jot something down without unlocking' : 'Jot something down'),
        locked ? h('p', { class: 'summary' }, 'It is sealed at once and added to your journal the next time you unlock it.') : null, text),
      h('div', { class: 'form-actions' }, h('button', { type: 'submit', class: 'quiet' }, 'Keep this note'), note));
    formEl.addEventListener('submit', async (e) => {
      e.preventDefault();
      try {
        await api.journalNote(text.value);
        text.value = '';
        note.textContent = locked ? 'Kept, sealed. It will be in your journal when you unlock it.' : 'Kept.';
        if (locked) {
          status = await api.journalStatus();
          showPending(body.querySelector('#journal-pending'));
        } else {
          renderNotes();
        }
      } catch (err) {
        note.textContent = err.message;
      }
    });
    return formEl;
  }

  function showDamaged(message = status.message) {
    const result = h('p', { class: 'form-status', role: 'status', 'aria-live': 'polite' });
    body.replaceChildren(
      h('h1', { id: 'journal-title', tabindex: '-1' }, 'Your journal can’t be opened right now'),
      h('p', { class: 'lead' }, 'Breathing, grounding and Need help now all still work.'),
      h('div', { class: 'warning-box' }, h('p', {}, message)),
      h('p', {}, 'Ebb has not changed or overwritten anything. If you would like a fresh journal, the old files can be moved to a folder of their own, untouched, so nothing is lost.'),
      h('div', { class: 'form-actions' },
        h('button', { type: 'button', class: 'quiet', onclick: async () => {
          try {
            const where = await api.journalSetAside();
            await refresh();
            body.prepend(h('p', { class: 'notice-inline', role: 'status' }, `The old journal was moved, unchanged, to ${where}. You can make a new journal or restore a backup below.`));
          } catch (e) {
            result.textContent = e.message;
          }
        } }, 'Move it aside, then start a new journal or restore a backup'),
        result),
    );
  }

  // Unlocked: the timeline.
  const notesList = h('ul', { class: 'note-list', 'aria-label': 'Quick notes' });
  async function renderNotes() {
    const notes = await api.journalNotes();
    notesList.replaceChildren(...notes.map((n) => h('li', {},
      h('p', { class: 'note-text' }, n.text),
      h('p', { class: 'summary' }, new Date(n.writtenAt).toLocaleString(), ' ',
        h('button', { type: 'button', class: 'link', 'aria-label': `Remove the note from ${new Date(n.writtenAt).toLocaleString()}`, onclick: async () => {
          await api.journalDeleteNote(n.id);
          say('Note removed.');
          renderNotes();
        } }, 'Remove')))));
    notesList.hidden = notes.length === 0;
  }

  async function showHome({ undo = null } = {}) {
    form = null;
    const [page, observations, formData] = await Promise.all([
      api.sessionList(toQuery(query)), api.journalObservations(), api.sessionForm(null),
    ]);
    const search = h('input', { type: 'search', id: 'journal-search', value: query.text, autocomplete: 'off' });
    const filters = filterControls(formData);
    const listEl = h('ol', { class: 'timeline', 'aria-label': 'Sessions, newest first' });
    const more = h('button', { type: 'button', class: 'quiet', id: 'journal-more' }, 'Show more');
    const countEl = h('p', { class: 'summary', id: 'journal-count', role: 'status', 'aria-live': 'polite' });
    let next = null;

    const append = (p) => {
      listEl.append(...p.sessions.map(timelineItem));
      next = p.next;
      more.hidden = !next;
      if (p.total == null) return; // later pages continue the first page's count
      const filtered = Object.values(query).some(Boolean);
      countEl.textContent = p.total === 0
        ? (filtered ? 'No sessions match. Try fewer words or filters.' : 'No sessions yet. When you are ready, “New session” is here.')
        : filtered ? `${count(p.total, 'session matches', 'sessions match')}.` : `${count(p.total, 'session', 'sessions')}.`;
    };
    const reload = async () => {
      listEl.replaceChildren();
      append(await api.sessionList(toQuery(query)));
    };
    more.addEventListener('click', async () => {
      const first = listEl.children.length;
      append(await api.sessionList({ ...toQuery(query), after: next }));
      listEl.children[first]?.querySelector('button')?.focus();
    });
    let typing = null;
    search.addEventListener('input', () => {
      query.text = search.value;
      clearTimeout(typing);
      typing = setTimeout(reload, 200);
    });
    filters.onChange = (values) => {
      Object.assign(query, values);
      reload();
    };

    const bringUp = formData.openBringUp.length
      ? h('section', { class: 'panel', 'aria-labelledby': 'bring-up-title' },
        h('h2', { id: 'bring-up-title' }, 'To bring up next time'),
        h('ul', {}, formData.openBringUp.map((i) => h('li', {}, i.text, h('span', { class: 'summary inline' }, ` (noted ${formatHeldAt(i.raisedAt)})`)))))
      : null;
    const noticing = observations.length
      ? h('section', { class: 'panel gentle-panel', 'aria-labelledby': 'noticing-title' },
        h('h2', { id: 'noticing-title' }, 'Worth mentioning to your therapist'),
        h('ul', {}, observations.map((o) => h('li', {}, o.message))),
        h('p', { class: 'summary' }, 'These are counts from your own notes, not a judgement or a diagnosis.'))
      : null;
    const undoBar = undo
      ? h('div', { class: 'undo-bar', role: 'status' }, h('p', {}, 'Session deleted.'),
        h('button', { type: 'button', class: 'quiet', id: 'journal-undo', onclick: async () => {
          await api.sessionRestore(undo);
          say('The session is back.');
          showHome();
        } }, 'Undo'))
      : null;

    body.replaceChildren(...[
      h('div', { class: 'journal-head' },
        h('h1', { id: 'journal-title', tabindex: '-1' }, 'Journal'),
        h('div', { class: 'form-actions' },
          h('button', { type: 'button', class: 'primary', id: 'journal-new', onclick: () => openForm(null) }, 'New session'),
          h('button', { type: 'button', class: 'quiet', id: 'journal-lock', 'aria-keyshortcuts': 'Control+L', onclick: lockNow }, 'Lock ', h('kbd', {}, 'Ctrl+L')))),
      undoBar,
      noticing,
      bringUp,
      h('div', { class: 'field search-field' }, h('label', { for: search.id }, 'Search your sessions'), search),
      filters.root,
      countEl,
      listEl,
      more,
      h('section', { class: 'panel', 'aria-labelledby': 'notes-title' }, h('h2', { id: 'notes-title' }, 'Quick notes'), notesList, quickNote({ locked: false })),
    ].filter(Boolean));
    append(page);
    renderNotes();
    if (undo) section.querySelector('#journal-undo')?.focus();
  }

  function filterControls(formData) {
    const make = (key, text, control) => {
      control.id = `journal-filter-${key}`;
      control.value = query[key] ?? '';
      control.addEventListener('change', () => ctl.onChange({ [key]: control.value }));
      return h('div', { class: 'field' }, h('label', { for: control.id }, text), control);
    };
    const options = (list) => list.map(([v, t]) => h('option', { value: v }, t));
    const ctl = {
      onChange: () => {},
      root: h('details', { class: 'filters', open: Object.entries(query).some(([k, v]) => k !== 'text' && v) },
        h('summary', {}, 'Filters'),
        h('div', { class: 'filter-grid' },
          make('from', 'From', h('input', { type: 'date' })),
          make('to', 'To', h('input', { type: 'date' })),
          make('therapist', 'Therapist', h('select', {}, options([['', 'Any'], ...formData.therapists.map((t) => [t, t])]))),
          make('tears', 'Tears', h('select', {}, options(TEAR_FILTERS))),
          make('tag', 'Tag', h('select', {}, options([['', 'Any'], ...formData.tags.map((t) => [t, t])]))))),
    };
    return ctl;
  }

  function toQuery(q) {
    const tears = q.tears === 'some' ? ['during', 'after', 'both'] : q.tears ? [q.tears] : [];
    return { text: q.text, from: q.from || null, to: q.to || null, therapist: q.therapist || null, tears, tag: q.tag || null };
  }

  function timelineItem(s) {
    const bits = [];
    if (s.distressBefore != null || s.distressAfter != null) bits.push(`distress ${s.distressBefore ?? '–'} → ${s.distressAfter ?? '–'}`);
    if (s.tears && s.tears !== 'none') bits.push(label(TEARS, s.tears).toLowerCase());
    if (s.warningSigns.length) bits.push(count(s.warningSigns.length, 'thing to keep an eye on', 'things to keep an eye on'));
    return h('li', {},
      h('button', { type: 'button', class: 'timeline-item', onclick: () => showDetail(s.id) },
        h('span', { class: 'when' }, formatHeldAt(s.heldAt)),
        s.therapist ? h('span', { class: 'who' }, s.therapist) : null,
        bits.length ? h('span', { class: 'bits' }, bits.join(' · ')) : null,
        s.excerpt ? h('span', { class: 'excerpt' }, s.excerpt) : null,
        s.tags.length ? h('span', { class: 'tags' }, s.tags.map((t) => h('span', { class: 'badge' }, t))) : null));
  }

  async function showDetail(id) {
    let s;
    try {
      s = await api.sessionGet(id);
    } catch (e) {
      ctx.notify(e.message);
      return showHome();
    }
    const row = (name, value) => (value == null || value === '' || (Array.isArray(value) && !value.length) ? null
      : h('div', { class: 'detail-row' }, h('dt', {}, name), h('dd', {}, Array.isArray(value) ? h('ul', {}, value.map((v) => h('li', {}, v))) : value)));
    body.replaceChildren(
      h('button', { type: 'button', class: 'quiet back', onclick: () => showHome() }, '← All sessions'),
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
        h('button', { type: 'button', class: 'primary', onclick: () => openForm(s) }, 'Edit'),
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
          showHome({ undo: s.id });
        } }, 'Delete')),
    );
    focusTitle();
  }

  async function openForm(session) {
    const holder = h('div');
    body.replaceChildren(holder);
    try {
      form = await mountSessionForm(holder, ctx, {
        session,
        onDone: async (saved, { checkInDue = null } = {}) => {
          form = null;
          if (saved) {
            say(checkInDue ? `Session saved. Ebb will check in with you at ${dueTime(checkInDue)}.` : 'Session saved.');
            await showDetail(saved.id);
          } else {
            await showHome();
            focusTitle();
          }
        },
      });
    } catch (e) {
      form = null;
      if (e.kind === 'locked') return refresh({ focus: true });
      ctx.notify(e.message);
    }
  }

  async function lockNow() {
    if (form) await form.flush();
    form = null;
    try {
      await api.journalLock();
      say('Journal locked.');
    } catch (e) {
      ctx.notify(e.message);
    }
    await refresh({ focus: true });
  }

  const first = refresh({ focus: true });
  return {
    refresh: () => (form ? undefined : refresh()),
    /** Shows one session (from insights); leaves an open form alone. */
    openSession: async (id) => {
      await first;
      if (form) return;
      await showDetail(id);
    },
    lock: lockNow,
    /** Saves any draft (before the window closes). */
    flush: async () => { if (form) await form.flush(); },
    /** The backend locked the journal after idle time. */
    locked: () => { form = null; refresh(); },
    onKey: (e) => {
      if (e.key === 'Escape' && body.querySelector('.back') && !form) {
        showHome().then(focusTitle);
        return true;
      }
      return false;
    },
  };
}
