// What locking the journal asks of the screens: each screen that shows journal data
// registers how to forget it, and one call makes every one of them forget, whatever
// locked the journal. Answers that were on their way when it locked must not put
// the data back, so each forgetting also starts a new "era" that screens can check.

export function createForgetting() {
  const forgetters = new Set();
  let era = 0;
  return {
    /** `forget()` empties what one screen shows of the journal. Returns a way to unregister it. */
    register(forget) {
      forgetters.add(forget);
      return () => forgetters.delete(forget);
    },
    /**
     * Every registered screen forgets. One that fails does not stop the others
     * (a screen left showing the journal is worse than an error); failures are returned.
     */
    forgetAll() {
      era += 1;
      const failures = [];
      for (const forget of [...forgetters]) {
        try {
          forget();
        } catch (e) {
          failures.push(e);
        }
      }
      return failures;
    },
    /** Call before asking the backend; the check says whether the answer may still be shown. */
    whileOpen() {
      const at = era;
      return () => at === era;
    },
  };
}
