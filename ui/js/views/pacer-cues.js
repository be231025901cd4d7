// Soft tones while breathing. tones.js is loaded on first use: most sessions are
// silent, and the first screen should not wait for the audio code.

export function createCues() {
  let tones = null;
  const load = async () => {
    if (!tones) tones = new (await import('../tones.js')).Tones();
    return tones;
  };

  return {
    /** Loads the tones ahead of the next start. */
    prepare: load,
    /**
     * Opens the audio output. Resolves, within about a second, when breathing can
     * begin with its tones in time; tones are scheduled by `fill` from then on.
     */
    async open() {
      const t = await load();
      await t.open();
      t.reset(0);
    },
    /** Keeps tones scheduled ahead of `elapsed`. */
    fill: (plan, elapsed, endMs) => tones?.fill(plan, elapsed, endMs),
    pause: () => tones?.cancel(),
    /** After a pause: tones start again with the phase that starts at `fromMs`. */
    resume: (fromMs) => tones?.reset(fromMs),
    stop: () => tones?.close(),
  };
}
