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
