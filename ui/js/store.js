// The app's shared state: the latest snapshot of patterns, preferences and what the
// backend offers (session lengths, check-in delays), and the appearance the
// preferences ask for (theme, motion, text size), applied to the page.

/** `root`: the page's root element, where the appearance is set. */
export function createStore(root) {
  const systemReduced = matchMedia('(prefers-reduced-motion: reduce)');

  const store = {
    snapshot: null,
    listeners: new Set(),
    set(snapshot) {
      this.snapshot = { ...this.snapshot, ...snapshot };
      applyAppearance(this.snapshot.preferences);
      for (const fn of this.listeners) fn(this.snapshot);
    },
    /** Reduced motion: the app's own switch, else the system's setting. */
    reducedMotion() {
      const choice = this.snapshot?.preferences.motion ?? 'system';
      return choice === 'reduced' || (choice === 'system' && systemReduced.matches);
    },
  };

  function applyAppearance(prefs) {
    if (!prefs) return;
    if (prefs.theme === 'system') delete root.dataset.theme;
    else root.dataset.theme = prefs.theme;
    root.dataset.motion = store.reducedMotion() ? 'reduced' : 'full';
    // Every size in the style sheet is in rem (or follows the text), so one root
    // size scales every screen.
    root.style.fontSize = `${prefs.textSize ?? 100}%`;
  }
  systemReduced.addEventListener('change', () => applyAppearance(store.snapshot?.preferences));

  return store;
}
