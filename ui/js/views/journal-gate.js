// The journal's screens while it is not open: make it (or restore a backup into it),
// unlock it (or jot a note without unlocking), or explain that it cannot be opened.
import * as api from '../api.js';
import { h } from '../dom.js';
import { count, unlockedWords } from '../journal-model.js';
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
    }).root,
  );
}

// Locked: unlock, or jot something down without unlocking.
export function showLocked(screen, status) {
  const { body, say, refresh } = screen;
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
      say(unlockedWords(merged));
      await refresh({ focus: true });
    } catch (err) {
      error.textContent = err.message;
      button.disabled = false;
      button.textContent = 'Unlock';
      pass.select();
      pass.focus();
      if (err.kind === 'damaged' || err.kind === 'not_encrypted') showDamaged(screen, err.message);
    }
  });

  const pending = h('p', { class: 'summary', id: 'journal-pending', role: 'status' });
  const showPending = (n) => {
    pending.hidden = !n;
    pending.textContent = n ? `${count(n, 'thing', 'things')} you noted while it was locked will be added when you unlock.` : '';
  };
  showPending(status.pending);
  body.replaceChildren(
    h('h1', { id: 'journal-title', tabindex: '-1' }, 'Your journal is locked'),
    h('p', { class: 'lead' }, 'Unlock it with your passphrase. Breathing, grounding and Need help now never need it.'),
    unlock,
    pending,
    quickNote({ locked: true, onKept: async () => showPending((await api.journalStatus()).pending) }),
    h('details', { class: 'forgot' },
      h('summary', {}, 'Forgot your passphrase?'),
      h('p', {}, 'Your journal cannot be opened without it; that is what keeps it private. Take your time: passphrases often come back when you are calmer.'),
      h('p', {}, 'If you want to start again, Settings has “Delete the journal”, which removes every file of it for good.')),
  );
}

// Damaged or unreadable: nothing is changed; the old files can be moved aside.
export function showDamaged(screen, message) {
  const { body, refresh } = screen;
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
