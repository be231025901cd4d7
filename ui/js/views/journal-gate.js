// The journal's screens while it is not open: make it (or restore a backup into it),
// unlock it (or jot a note without unlocking), or explain that it cannot be opened.
import * as api from '../api.js';
import { h } from '../dom.js';
import { t } from '../i18n.js';
import { unlockedWords } from '../journal-model.js';
import { quickNote } from './journal-notes.js';
import { importFlow } from './transfer.js';

// Each takes `screen`: { body, ctx, say(text), refresh({focus}) } from journal.js.

// No journal yet.
export function showCreate(screen) {
  const { body, ctx, say, refresh } = screen;
  const pass = h('input', { type: 'password', id: 'journal-new-pass', autocomplete: 'new-password', required: true });
  const again = h('input', { type: 'password', id: 'journal-new-again', autocomplete: 'new-password', required: true });
  const understood = h('input', { type: 'checkbox', id: 'journal-understood' });
  const error = h('p', { class: 'error', id: 'journal-create-error', role: 'alert' });
  const button = h('button', { type: 'submit', class: 'primary' }, t('journal-create'));
  const formEl = h('form', { class: 'pattern-form', novalidate: true },
    h('div', { class: 'field' }, h('label', { for: pass.id }, t('journal-choose-passphrase')),
      h('p', { class: 'summary', id: 'journal-pass-hint' }, t('journal-passphrase-hint')), pass),
    h('div', { class: 'field' }, h('label', { for: again.id }, t('journal-passphrase-again')), again),
    h('div', { class: 'warning-box' },
      h('p', {}, h('strong', {}, t('journal-forget-warning')), ' ', t('journal-forget-no-reset')),
      h('label', { class: 'check' }, understood, t('journal-understood'))),
    error,
    h('div', { class: 'form-actions' }, button));
  pass.setAttribute('aria-describedby', 'journal-pass-hint');
  formEl.addEventListener('submit', async (e) => {
    e.preventDefault();
    error.textContent = '';
    if (pass.value !== again.value) {
      error.textContent = t('journal-passphrases-differ');
      again.focus();
      return;
    }
    if (!understood.checked) {
      error.textContent = t('journal-tick-the-box');
      understood.focus();
      return;
    }
    button.disabled = true;
    button.textContent = t('journal-creating');
    try {
      await api.journalCreate(pass.value);
      pass.value = again.value = '';
      say(t('journal-ready'));
      await refresh({ focus: true });
    } catch (err) {
      error.textContent = err.message;
      (err.field === 'passphrase' ? pass : button).focus();
      button.disabled = false;
      button.textContent = t('journal-create');
    }
  });
  body.replaceChildren(
    h('h1', { id: 'journal-title', tabindex: '-1' }, t('journal-create-title')),
    h('p', { class: 'lead' }, t('journal-create-lead')),
    h('p', {}, t('journal-create-private')),
    formEl,
    importFlow(ctx, {
      title: t('journal-restore-title'),
      intro: t('journal-restore-intro'),
      onDone: async (done) => {
        await ctx.afterImport?.(done);
        say(t('journal-restored'));
        await refresh({ focus: true });
      },
    }).root,
  );
}

// Locked: unlock, or jot something down without unlocking.
export function showLocked(screen, status) {
  const { body, say, refresh } = screen;
  const pass = h('input', { type: 'password', id: 'journal-pass', autocomplete: 'current-password' });
  const error = h('p', { class: 'error', id: 'journal-unlock-error', role: 'alert' });
  const button = h('button', { type: 'submit', class: 'primary' }, t('journal-unlock'));
  const unlock = h('form', { class: 'unlock-form', novalidate: true },
    h('div', { class: 'field' }, h('label', { for: pass.id }, t('journal-passphrase')), pass), error,
    h('div', { class: 'form-actions' }, button));
  unlock.addEventListener('submit', async (e) => {
    e.preventDefault();
    error.textContent = '';
    if (!pass.value) {
      error.textContent = t('journal-type-passphrase');
      pass.focus();
      return;
    }
    button.disabled = true;
    button.textContent = t('journal-unlocking');
    try {
      const merged = await api.journalUnlock(pass.value);
      pass.value = '';
      say(unlockedWords(merged));
      await refresh({ focus: true });
    } catch (err) {
      error.textContent = err.message;
      button.disabled = false;
      button.textContent = t('journal-unlock');
      pass.select();
      pass.focus();
      if (err.kind === 'damaged' || err.kind === 'not_encrypted') showDamaged(screen, err.message);
    }
  });

  const pending = h('p', { class: 'summary', id: 'journal-pending', role: 'status' });
  const showPending = (n) => {
    pending.hidden = !n;
    pending.textContent = n ? t('journal-pending', { count: n }) : '';
  };
  showPending(status.pending);
  body.replaceChildren(
    h('h1', { id: 'journal-title', tabindex: '-1' }, t('journal-locked-title')),
    h('p', { class: 'lead' }, t('journal-locked-lead')),
    unlock,
    pending,
    quickNote({ locked: true, onKept: async () => showPending((await api.journalStatus()).pending) }),
    h('details', { class: 'forgot' },
      h('summary', {}, t('journal-forgot')),
      h('p', {}, t('journal-forgot-private')),
      h('p', {}, t('journal-forgot-start-again'))),
  );
}

// Damaged or unreadable: nothing is changed; the old files can be moved aside.
export function showDamaged(screen, message) {
  const { body, refresh } = screen;
  const result = h('p', { class: 'form-status', role: 'status', 'aria-live': 'polite' });
  body.replaceChildren(
    h('h1', { id: 'journal-title', tabindex: '-1' }, t('journal-damaged-title')),
    h('p', { class: 'lead' }, t('journal-damaged-lead')),
    h('div', { class: 'warning-box' }, h('p', {}, message)),
    h('p', {}, t('journal-damaged-nothing-changed')),
    h('div', { class: 'form-actions' },
      h('button', { type: 'button', class: 'quiet', onclick: async () => {
        try {
          const where = await api.journalSetAside();
          await refresh();
          body.prepend(h('p', { class: 'notice-inline', role: 'status' }, t('journal-set-aside-done', { path: where })));
        } catch (e) {
          result.textContent = e.message;
        }
      } }, t('journal-set-aside')),
      result),
  );
}
