// The one door to the Rust side. No other module touches window.__TAURI__, and
// views never see a command name: each command has one function here.
import { t } from './i18n.js';

/** An error from the backend: `kind` is stable (switch on it), `message` is for people. */
export class EbbError extends Error {
  constructor({ kind = 'unknown', message = t('app-something-went-wrong'), field = null } = {}) {
    super(message);
    this.kind = kind;
    this.field = field;
  }
}

/**
 * Every event the backend sends the window, named once. Rust's own tests read this
 * block to check it against the names the backend emits.
 */
export const EVENTS = Object.freeze({
  breatheNow: 'breathe-now',
  showView: 'show-view',
  lockJournal: 'lock-journal',
  checkIn: 'aftercare-check-in',
  journalLocked: 'journal-locked',
  closing: 'app-closing',
});

const listen = (event, handler) => window.__TAURI__.event.listen(event, handler);

async function call(command, args) {
  try {
    return await window.__TAURI__.core.invoke(command, args);
  } catch (e) {
    throw new EbbError(typeof e === 'object' && e !== null ? e : { message: String(e) });
  }
}

/** Patterns, preferences, the check-in delays offered, notices to show once, and whether to breathe at once. */
export const appState = () => call('app_state');

/** Tells the backend the pacer is on screen and usable. */
export const uiReady = () => call('ui_ready');

export const updatePreferences = (preferences) => call('update_preferences', { preferences });

/** draft: {id?, name, inhale, holdIn, exhale, holdOut}, each as typed. */
export const saveCustomPattern = (draft) => call('save_custom_pattern', { draft });

export const deleteCustomPattern = (id) => call('delete_custom_pattern', { id });

/**
 * A new phase of breathing: `shown` is what the screen says (null when breathing
 * ended), `spoken` the word to say aloud now, `next` ({words, inMs}) the word to say
 * when the next phase begins. With neither word, the voice stops.
 */
export const breathPhase = (shown, spoken, next, language) => call('breath_phase', { shown, spoken, next, language });

/** Whether the system has a voice for `language`: 'ready', 'otherLanguage' or 'missing'. */
export const voiceCheck = (language) => call('voice_check', { language });

/** The safety plan and how it is kept: {plan, protection: {kind: 'keyring' | 'privateFile' | 'keyMissing', reason?}}. */
export const safetyPlanGet = () => call('safety_plan_get');

export const safetyPlanSave = (safetyPlan) => call('safety_plan_save', { safetyPlan });

/** Saves the plan as Markdown where the person chooses; null when cancelled. */
export const safetyPlanExport = () => call('safety_plan_export');
export const safetyPlanPdf = () => call('safety_plan_pdf');

/** report: {tool: 'pacer' or 'grounding', used (pattern or list id), before, after, activeSeconds}. */
export const recordPractice = (report) => call('record_practice', { report });

/** Calls `handler` when a second launch asks to breathe. Returns a promise of an unlisten function. */
export const onBreatheNow = (handler) => listen(EVENTS.breatheNow, (e) => handler(e.payload?.minutes ?? undefined));

/** Calls `handler(view)` when the tray asks for one of the screens. */
export const onShowView = (handler) => listen(EVENTS.showView, (e) => handler(e.payload));

/** Calls `handler` when the tray asks to lock the journal. */
export const onLockJournal = (handler) => listen(EVENTS.lockJournal, () => handler());

/** Calls `handler` when a check-in is due and the desktop could not show it itself. */
export const onCheckIn = (handler) => listen(EVENTS.checkIn, () => handler());

/** { shortcut: {active, off, problem, available, default}, checkIn: {due} } */
export const reachStatus = () => call('reach_status');

/** `shortcut` as pressed ("Ctrl+Alt+Shift+B"), or null to turn it off. Returns the shortcut's status. */
export const setShortcut = (shortcut) => call('set_shortcut', { shortcut });

/** Asks for a gentle check-in `minutes` from now. Returns { due }. */
export const aftercareSchedule = (minutes) => call('aftercare_schedule', { minutes });

export const aftercareCancel = () => call('aftercare_cancel');

/** Grounding lists, articles, crisis lines, the person's contacts and country. */
export const resources = () => call('resources');

/** contacts: [{name, reach, note}], the whole list as it should be kept. */
export const saveContacts = (contacts) => call('save_contacts', { contacts });

/** code: an ISO 3166-1 code from the crisis lines, or null. */
export const setCountry = (code) => call('set_country', { code });

export const addChecklistItem = (list, text) => call('add_checklist_item', { list, text });

/** Returns {id, ...resources}. */
export const createChecklist = (title, items) => call('create_checklist', { title, items });

/** Resets a built-in list to how it shipped, or deletes one of the person's own. */
export const resetChecklist = (list) => call('reset_checklist', { list });

/** Calls `handler` when the backend locked the journal itself (idle time, the computer sleeping). */
export const onJournalLocked = (handler) => listen(EVENTS.journalLocked, () => handler());

/** Calls `handler` when the window is about to close; then call `closeReady()`. */
export const onClosing = (handler) => listen(EVENTS.closing, () => handler());

/** Any draft is saved: the window may close now. */
export const closeReady = () => call('close_ready');

// The journal. Passphrases go straight to the backend and are never kept here.

/** {state: 'absent'|'locked'|'open'|'damaged', pending?, message?, lockAfterMinutes}. */
export const journalStatus = () => call('journal_status');
export const journalCreate = (passphrase) => call('journal_create', { passphrase });
/** Returns {captures, unreadable}: what was merged from the inbox, and what was kept aside unread. */
export const journalUnlock = (passphrase) => call('journal_unlock', { passphrase });
export const journalLock = () => call('journal_lock');
/** The person is active in the journal; postpones the idle lock. */
export const journalTouch = () => call('journal_touch');
/** freshKey: re-encrypt the journal under a new key as well (the default). */
export const journalChangePassphrase = (current, next, freshKey = true) => call('journal_change_passphrase', { current, new: next, freshKey });
/** confirmation: the word the person typed ("delete"). */
export const journalDelete = (confirmation) => call('journal_delete', { confirmation });
/** Moves a damaged journal aside (untouched); returns the folder it went to. */
export const journalSetAside = () => call('journal_set_aside');
/** A quick note: kept in the open journal (returns it) or sealed while locked (returns null). */
export const journalNote = (text) => call('journal_note', { text });
export const journalNotes = () => call('journal_notes');
export const journalDeleteNote = (id) => call('journal_delete_note', { id });
/** Gentle patterns: [{key, message, count, outOf, sessions}]. */
export const journalObservations = () => call('journal_observations');

/** query: {text, from, to, therapist, tears: [], tag, after, limit} → {sessions, total, next}. */
export const sessionList = (query) => call('session_list', { query });
export const sessionGet = (id) => call('session_get', { id });
/** id: null for a new session. */
export const sessionSave = (id, entry) => call('session_save', { id, entry });
export const sessionDelete = (id) => call('session_delete', { id });
export const sessionRestore = (id) => call('session_restore', { id });
/** {openBringUp, therapists, tags, draft}; editing: a session id or null. */
export const sessionForm = (editing) => call('session_form', { editing });
/** Returns when it was saved. */
export const draftSave = (editing, body) => call('draft_save', { editing, body });
export const draftDiscard = (editing) => call('draft_discard', { editing });

// Insights, export, backup, import. File dialogs open on the Rust side; these
// resolve to null when the person cancels one.
/** from: 'YYYY-MM-DD' or null for everything. */
export const journalInsights = (from) => call('journal_insights', { from });
/** format: 'markdown' | 'json' | 'csv'; selection: {from, to, ids} → {path, sessions, bytes} | null. */
export const journalExport = (format, selection = {}) => call('journal_export', { format, selection });
export const summaryPrepare = (ask) => call('summary_prepare', { ask });
export const summaryPage = (ask, choice) => call('summary_page', { ask, choice });
export const summarySave = (ask, choice) => call('summary_save', { ask, choice });
/** Sealed with the journal's passphrase, which is checked first. */
export const journalBackup = (passphrase) => call('journal_backup', { passphrase });
/** Asks for a file → preview {name, backup, needsPassphrase, restoring, report, problems, problemCount} | null. */
export const importChoose = () => call('import_choose');
export const importUnseal = (passphrase) => call('import_unseal', { passphrase });
export const importConfirm = () => call('import_confirm');
export const importCancel = () => call('import_cancel');
