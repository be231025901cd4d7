// The person's data in and out: export (Markdown, JSON, CSV), encrypted backup,
// and import or restore with a preview first. Used by Settings, and by the journal
// screens that offer "Restore a backup". Each returns { root, forget() }: forgetting
// (when the journal locks) empties what it showed of the journal and of a file.
import * as api from '../api.js';
import { h, nextId } from '../dom.js';
import { count } from '../journal-model.js';
import { importSummary } from '../insights-model.js';

const FORMATS = [
  ['markdown', 'Markdown', 'Readable anywhere; good for sharing a few sessions with your therapist.'],
  ['json', 'JSON', 'Everything, in full, and Ebb can import it again.'],
  ['csv', 'CSV', 'One row per session, for a spreadsheet.'],
];

/** Export: format and dates, then the save dialog. */
export function exportForm(ctx) {
  const format = h('select', { id: 'export-format' }, FORMATS.map(([value, name]) => h('option', { value }, name)));
  const about = h('p', { class: 'summary', id: 'export-format-about' });
  const from = h('input', { type: 'date', id: 'export-from' });
  const to = h('input', { type: 'date', id: 'export-to' });
  const status = h('p', { class: 'form-status', id: 'export-status', role: 'status', 'aria-live': 'polite' });
  const button = h('button', { type: 'submit', class: 'quiet', id: 'export-button' }, 'Export…');
  const dates = h('div', { class: 'filter-row' },
    h('div', { class: 'field' }, h('label', { for: from.id }, 'From (optional)'), from),
    h('div', { class: 'field' }, h('label', { for: to.id }, 'To (optional)'), to));
  const describe = () => {
    about.textContent = FORMATS.find(([v]) => v === format.value)[2];
    dates.hidden = format.value === 'json'; // JSON is always complete
  };
  format.addEventListener('change', describe);
  format.setAttribute('aria-describedby', about.id);
  describe();
  const formEl = h('form', { class: 'pattern-form', novalidate: true, 'aria-labelledby': 'export-title' },
    h('h3', { id: 'export-title' }, 'Export'),
    h('p', { class: 'warning-box' }, h('strong', {}, 'Exported files are not encrypted. '),
      'Anyone who can open the file can read it. Keep it somewhere private, and delete it when you no longer need it.'),
    h('div', { class: 'field' }, h('label', { for: format.id }, 'Format'), format, about),
    dates,
    h('div', { class: 'form-actions' }, button, status));
  formEl.addEventListener('submit', async (e) => {
    e.preventDefault();
    status.textContent = '';
    button.disabled = true;
    try {
      const selection = format.value === 'json' ? {} : { from: from.value || null, to: to.value || null };
      const done = await api.journalExport(format.value, selection);
      status.textContent = done ? `Saved ${count(done.sessions, 'session', 'sessions')} to ${done.path}. It is not encrypted.` : 'Nothing was saved.';
    } catch (err) {
      // Locking makes every screen forget; the reason is said after that.
      if (err.kind === 'locked') ctx.journalLocked?.();
      status.textContent = err.message;
    } finally {
      button.disabled = false;
    }
  });
  return { root: formEl, forget: () => { status.textContent = ''; } };
}

/** Encrypted backup, sealed with the journal's own passphrase. */
export function backupForm(ctx) {
  const pass = h('input', { type: 'password', id: 'backup-pass', autocomplete: 'current-password', 'aria-describedby': 'backup-about' });
  const status = h('p', { class: 'form-status', id: 'backup-status', role: 'status', 'aria-live': 'polite' });
  const button = h('button', { type: 'submit', class: 'quiet', id: 'backup-button' }, 'Save a backup…');
  const formEl = h('form', { class: 'pattern-form', novalidate: true, 'aria-labelledby': 'backup-title' },
    h('h3', { id: 'backup-title' }, 'Encrypted backup'),
    h('p', { id: 'backup-about' }, 'One file with your whole journal and your settings, encrypted with your journal passphrase. ',
      'Keep it on another drive to move to a new computer or to recover from a broken one. It opens with the same passphrase.'),
    h('div', { class: 'field' }, h('label', { for: pass.id }, 'Journal passphrase'), pass),
    h('div', { class: 'form-actions' }, button, status));
  formEl.addEventListener('submit', async (e) => {
    e.preventDefault();
    if (!pass.value) {
      status.textContent = 'Please type your journal passphrase.';
      pass.focus();
      return;
    }
    button.disabled = true;
    status.textContent = 'Checking the passphrase…';
    try {
      const done = await api.journalBackup(pass.value);
      pass.value = '';
      status.textContent = done ? `Backup saved to ${done.path} (${count(done.sessions, 'session', 'sessions')}, encrypted).` : 'Nothing was saved.';
    } catch (err) {
      if (err.kind === 'locked') ctx.journalLocked?.();
      status.textContent = err.message;
      if (err.kind === 'wrong_passphrase') pass.select();
    } finally {
      button.disabled = false;
    }
  });
  return {
    root: formEl,
    forget: () => {
      pass.value = '';
      status.textContent = '';
    },
  };
}

/**
 * Import or restore: choose a file, give a backup's passphrase, look over what will
 * change, then confirm. `onDone(result)` runs after a successful import.
 */
export function importFlow(ctx, { title = 'Import or restore', intro, onDone } = {}) {
  const box = h('div', { class: 'import-flow' });
  const status = h('p', { class: 'form-status', id: 'import-status', role: 'status', 'aria-live': 'polite' });
  const choose = h('button', { type: 'button', class: 'quiet', id: 'import-choose' }, 'Choose a file…');
  const headingId = nextId('import-title');
  const root = h('section', { class: 'pattern-form', 'aria-labelledby': headingId },
    h('h3', { id: headingId }, title),
    h('p', {}, intro ?? 'A JSON export or an encrypted backup from Ebb. You see what it holds before anything changes; what is already in your journal stays as it is, so importing the same file twice adds nothing.'),
    h('div', { class: 'form-actions' }, choose), box, status);

  const reset = () => box.replaceChildren();
  choose.addEventListener('click', async () => {
    status.textContent = '';
    reset();
    const open = ctx.whileOpen();
    try {
      const preview = await api.importChoose();
      // Chosen while the journal locked: the file is let go unseen.
      if (preview && !open()) api.importCancel().catch(() => {});
      else if (preview) show(preview);
    } catch (err) {
      status.textContent = err.message;
    }
  });

  function show(preview) {
    if (preview.needsPassphrase) return askPassphrase(preview);
    if (preview.problemCount) return showProblems(preview);
    const summary = importSummary(preview);
    const confirm = h('button', { type: 'button', class: 'primary', id: 'import-confirm' }, preview.restoring ? 'Restore' : 'Import');
    const cancel = h('button', { type: 'button', class: 'quiet', onclick: async () => {
      await api.importCancel();
      reset();
      status.textContent = 'Nothing was changed.';
      choose.focus();
    } }, 'Cancel');
    confirm.addEventListener('click', async () => {
      confirm.disabled = true;
      status.textContent = preview.restoring ? 'Restoring…' : 'Importing…';
      try {
        const done = await api.importConfirm();
        reset();
        status.textContent = done.report.sessions.added + done.report.sessions.updated + done.report.practice.added + done.report.notes.added
          ? `Done. ${importSummary({ ...preview, report: done.report }).lines.join(' ')}${done.settingsRestored ? ' Your settings came back too.' : ''}${done.planRestored ? ' Your safety plan came back too.' : ''}${done.contactsRestored ? ' Your contacts for Need help now are here too.' : ''}`
          : 'Everything in this file was already in your journal; nothing was added.';
        onDone?.(done);
      } catch (err) {
        confirm.disabled = false;
        status.textContent = `${err.message} Nothing was changed.`;
      }
    });
    box.replaceChildren(h('div', { class: 'panel', id: 'import-preview', role: 'group', 'aria-label': 'What this file holds' },
      h('p', {}, h('strong', {}, preview.name)),
      h('p', {}, summary.heading),
      h('ul', {}, summary.lines.map((l) => h('li', {}, l))),
      summary.span ? h('p', {}, summary.span) : null,
      preview.restoring ? h('p', { class: 'summary' }, 'A new journal will be made with the backup’s passphrase, and it will open at once.') : null,
      h('div', { class: 'form-actions' }, confirm, cancel)));
    confirm.focus();
  }

  function askPassphrase(preview) {
    const pass = h('input', { type: 'password', id: 'import-pass', autocomplete: 'current-password' });
    const error = h('p', { class: 'error', role: 'alert' });
    const formEl = h('form', { class: 'unlock-form', novalidate: true },
      h('p', {}, h('strong', {}, preview.name), ' is an encrypted backup.'),
      h('div', { class: 'field' }, h('label', { for: pass.id }, 'The backup’s passphrase'), pass), error,
      h('div', { class: 'form-actions' }, h('button', { type: 'submit', class: 'primary', id: 'import-open' }, 'Open the backup')));
    formEl.addEventListener('submit', async (e) => {
      e.preventDefault();
      error.textContent = 'Opening…';
      const open = ctx.whileOpen();
      try {
        const next = await api.importUnseal(pass.value);
        pass.value = '';
        error.textContent = '';
        if (open()) show(next);
      } catch (err) {
        error.textContent = err.message;
        pass.select();
        pass.focus();
      }
    });
    box.replaceChildren(formEl);
    pass.focus();
  }

  function showProblems(preview) {
    const more = preview.problemCount - preview.problems.length;
    box.replaceChildren(h('div', { class: 'warning-box', id: 'import-problems' },
      h('p', {}, h('strong', {}, `${count(preview.problemCount, 'record', 'records')} in ${preview.name} could not be read, so nothing was imported.`),
        ' Nothing in your journal was changed. Here is what is wrong:'),
      h('ul', {}, preview.problems.map((p) => h('li', {}, `${p.section} #${p.number}${p.id ? ` (${p.id})` : ''}: ${p.reason}`))),
      more > 0 ? h('p', {}, `…and ${count(more, 'more', 'more')}.`) : null));
    status.textContent = 'Nothing was imported.';
  }

  /** A preview, a passphrase asked for or problems listed: the file is let go, here and in the backend. */
  function forget() {
    if (box.firstChild) api.importCancel().catch(() => {});
    reset();
    status.textContent = '';
  }

  return { root, forget };
}
