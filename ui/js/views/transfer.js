// The person's data in and out: export (Markdown, JSON, CSV), encrypted backup,
// and import or restore with a preview first. Used by Settings, and by the journal
// screens that offer "Restore a backup". Each returns { root, forget() }: forgetting
// (when the journal locks) empties what it showed of the journal and of a file.
import * as api from '../api.js';
import { h, nextId } from '../dom.js';
import { attributes, t } from '../i18n.js';
import { importSummary } from '../insights-model.js';

/** The export formats: the value the backend reads, then the messages naming and describing it. */
const FORMATS = [
  ['markdown', 'transfer-format-markdown', 'transfer-format-markdown-about'],
  ['json', 'transfer-format-json', 'transfer-format-json-about'],
  ['csv', 'transfer-format-csv', 'transfer-format-csv-about'],
];

/** Stands for a variable while a message is split around it (a private-use character). */
const MARK = '\uE000';

/**
 * Message `id` with `args[key]` in bold: the sentence is formatted with a mark where
 * the value goes, then built around it, so each language puts it where it belongs.
 */
function withStrong(id, args, key) {
  const [before, ...after] = t(id, { ...args, [key]: MARK }).split(MARK);
  if (!after.length) return [before];
  return [before, h('strong', {}, args[key]), after.join(args[key])].filter((part) => part !== '');
}

/** Export: format and dates, then the save dialog. */
export function exportForm(ctx) {
  const format = h('select', { id: 'export-format' }, FORMATS.map(([value, name]) => h('option', { value }, t(name))));
  const about = h('p', { class: 'summary', id: 'export-format-about' });
  const from = h('input', { type: 'date', id: 'export-from' });
  const to = h('input', { type: 'date', id: 'export-to' });
  const status = h('p', { class: 'form-status', id: 'export-status', role: 'status', 'aria-live': 'polite' });
  const button = h('button', { type: 'submit', class: 'quiet', id: 'export-button' }, t('transfer-export-button'));
  const dates = h('div', { class: 'filter-row' },
    h('div', { class: 'field' }, h('label', { for: from.id }, t('transfer-from')), from),
    h('div', { class: 'field' }, h('label', { for: to.id }, t('transfer-to')), to));
  const describe = () => {
    about.textContent = t(FORMATS.find(([v]) => v === format.value)[2]);
    dates.hidden = format.value === 'json'; // JSON is always complete
  };
  format.addEventListener('change', describe);
  format.setAttribute('aria-describedby', about.id);
  describe();
  const formEl = h('form', { class: 'pattern-form', novalidate: true, 'aria-labelledby': 'export-title' },
    h('h3', { id: 'export-title' }, t('transfer-export-title')),
    h('p', { class: 'warning-box' }, h('strong', {}, t('transfer-export-warning')), ' ', t('transfer-export-warning-more')),
    h('div', { class: 'field' }, h('label', { for: format.id }, t('transfer-format')), format, about),
    dates,
    h('div', { class: 'form-actions' }, button, status));
  formEl.addEventListener('submit', async (e) => {
    e.preventDefault();
    status.textContent = '';
    button.disabled = true;
    try {
      const selection = format.value === 'json' ? {} : { from: from.value || null, to: to.value || null };
      const done = await api.journalExport(format.value, selection);
      status.textContent = done ? t('transfer-export-saved', { sessions: done.sessions, path: done.path }) : t('transfer-nothing-saved');
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
  const button = h('button', { type: 'submit', class: 'quiet', id: 'backup-button' }, t('transfer-backup-button'));
  const formEl = h('form', { class: 'pattern-form', novalidate: true, 'aria-labelledby': 'backup-title' },
    h('h3', { id: 'backup-title' }, t('transfer-backup-title')),
    h('p', { id: 'backup-about' }, t('transfer-backup-about')),
    h('div', { class: 'field' }, h('label', { for: pass.id }, t('transfer-backup-pass')), pass),
    h('div', { class: 'form-actions' }, button, status));
  formEl.addEventListener('submit', async (e) => {
    e.preventDefault();
    if (!pass.value) {
      status.textContent = t('transfer-backup-no-pass');
      pass.focus();
      return;
    }
    button.disabled = true;
    status.textContent = t('transfer-backup-checking');
    try {
      const done = await api.journalBackup(pass.value);
      pass.value = '';
      status.textContent = done ? t('transfer-backup-saved', { sessions: done.sessions, path: done.path }) : t('transfer-nothing-saved');
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
export function importFlow(ctx, { title, intro, onDone } = {}) {
  const box = h('div', { class: 'import-flow' });
  const status = h('p', { class: 'form-status', id: 'import-status', role: 'status', 'aria-live': 'polite' });
  const choose = h('button', { type: 'button', class: 'quiet', id: 'import-choose' }, t('transfer-choose'));
  const headingId = nextId('import-title');
  const root = h('section', { class: 'pattern-form', 'aria-labelledby': headingId },
    h('h3', { id: headingId }, title ?? t('transfer-import-title')),
    h('p', {}, intro ?? t('transfer-import-intro')),
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
    const confirm = h('button', { type: 'button', class: 'primary', id: 'import-confirm' }, t(preview.restoring ? 'transfer-restore' : 'transfer-import'));
    const cancel = h('button', { type: 'button', class: 'quiet', onclick: async () => {
      await api.importCancel();
      reset();
      status.textContent = t('transfer-nothing-changed');
      choose.focus();
    } }, t('transfer-cancel'));
    confirm.addEventListener('click', async () => {
      confirm.disabled = true;
      status.textContent = t(preview.restoring ? 'transfer-restoring' : 'transfer-importing');
      try {
        const done = await api.importConfirm();
        reset();
        // Sentences, one after another: what was added, then what else came back.
        const added = done.report.sessions.added + done.report.sessions.updated + done.report.practice.added + done.report.notes.added;
        status.textContent = added || done.settingsRestored || done.planRestored || done.contactsRestored
          ? [
            t('transfer-import-done'),
            // The preview's lines are a list; here each becomes a sentence.
            ...importSummary({ ...preview, report: done.report }).lines.map((line) => t('sentence', { text: line })),
            done.settingsRestored ? t('transfer-settings-back') : null,
            done.planRestored ? t('transfer-plan-back') : null,
            done.contactsRestored ? t('transfer-contacts-back') : null,
          ].filter(Boolean).join(' ')
          : t('transfer-nothing-added');
        onDone?.(done);
      } catch (err) {
        confirm.disabled = false;
        status.textContent = t('transfer-import-failed', { reason: err.message });
      }
    });
    box.replaceChildren(h('div', { class: 'panel', id: 'import-preview', role: 'group', ...attributes('transfer-preview') },
      h('p', {}, h('strong', {}, preview.name)),
      h('p', {}, summary.heading),
      h('ul', {}, summary.lines.map((l) => h('li', {}, l))),
      summary.span ? h('p', {}, summary.span) : null,
      preview.restoring ? h('p', { class: 'summary' }, t('transfer-restore-note')) : null,
      h('div', { class: 'form-actions' }, confirm, cancel)));
    confirm.focus();
  }

  function askPassphrase(preview) {
    const pass = h('input', { type: 'password', id: 'import-pass', autocomplete: 'current-password' });
    const error = h('p', { class: 'error', role: 'alert' });
    const formEl = h('form', { class: 'unlock-form', novalidate: true },
      h('p', {}, withStrong('transfer-encrypted-backup', { name: preview.name }, 'name')),
      h('div', { class: 'field' }, h('label', { for: pass.id }, t('transfer-backup-passphrase')), pass), error,
      h('div', { class: 'form-actions' }, h('button', { type: 'submit', class: 'primary', id: 'import-open' }, t('transfer-open-backup'))));
    formEl.addEventListener('submit', async (e) => {
      e.preventDefault();
      error.textContent = t('transfer-opening');
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
      h('p', {}, h('strong', {}, t('transfer-problems', { count: preview.problemCount, name: preview.name })),
        ' ', t('transfer-problems-unchanged')),
      // `section` is the name of a list in the file, as the file spells it.
      h('ul', {}, preview.problems.map((p) => h('li', {}, p.id
        ? t('transfer-problem-with-id', { section: p.section, number: p.number, id: p.id, reason: p.reason })
        : t('transfer-problem', { section: p.section, number: p.number, reason: p.reason })))),
      more > 0 ? h('p', {}, t('transfer-problems-more', { count: more })) : null));
    status.textContent = t('transfer-nothing-imported');
  }

  /** A preview, a passphrase asked for or problems listed: the file is let go, here and in the backend. */
  function forget() {
    if (box.firstChild) api.importCancel().catch(() => {});
    reset();
    status.textContent = '';
  }

  return { root, forget };
}
