// The one door to the Rust side. No other module touches window.__TAURI__, and
// views never see a command name: each command has one function here.

/** An error from the backend: `kind` is stable (switch on it), `message` is for people. */
export class EbbError extends Error {
  constructor({ kind = 'unknown', message = 'Something went wrong.', field = null } = {}) {
    super(message);
    this.kind = kind;
    this.field = field;
  }
}

async function call(command, args) {
  try {
    return await window.__TAURI__.core.invoke(command, args);
  } catch (e) {
    throw new EbbError(typeof e === 'object' && e !== null ? e : { message: String(e) });
  }
}

/** Patterns, preferences, notices to show once, and whether to breathe at once. */
export const appState = () => call('app_state');

/** Tells the backend the pacer is on screen and usable. */
export const uiReady = () => call('ui_ready');

export const updatePreferences = (preferences) => call('update_preferences', { preferences });

/** draft: {id?, name, inhale, holdIn, exhale, holdOut}, each as typed. */
export const saveCustomPattern = (draft) => call('save_custom_pattern', { draft });

export const deleteCustomPattern = (id) => call('delete_custom_pattern', { id });

/** report: {tool: 'pacer' or 'grounding', used (pattern or list id), before, after, activeSeconds}. */
export const recordPractice = (report) => call('record_practice', { report });

/** Calls `handler` when a second launch asks to breathe. Returns a promise of an unlisten function. */
export const onBreatheNow = (handler) => window.__TAURI__.event.listen('breathe-now', () => handler());

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
