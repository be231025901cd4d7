// Locked means locked: an open journal locks when the computer is about to sleep
// and when the screen locks. The signals come over D-Bus, here on the test's own
// private bus (dbus-run-session), which the app is told is also its system bus.
import { test, after } from 'node:test';
import { execFileSync } from 'node:child_process';
import { createJournal, shown, stopDriver, waitFor, withApp } from './lib/harness.mjs';
import { Keys } from './lib/webdriver.mjs';

after(stopDriver);

const bus = process.env.DBUS_SESSION_BUS_ADDRESS;

/** Sends a signal on the private bus, as logind or a screensaver would. */
function emit(path, member, ...args) {
  execFileSync('dbus-send', ['--session', '--type=signal', path, member, ...args]);
}

const signals = [
  ['logind says the computer is about to sleep', '/org/freedesktop/login1', 'org.freedesktop.login1.Manager.PrepareForSleep', 'boolean:true'],
  ['logind locks the session', '/org/freedesktop/login1/session/_31', 'org.freedesktop.login1.Session.Lock'],
  ['the screensaver turns on', '/org/freedesktop/ScreenSaver', 'org.freedesktop.ScreenSaver.ActiveChanged', 'boolean:true'],
  ['the GNOME screensaver turns on', '/org/gnome/ScreenSaver', 'org.gnome.ScreenSaver.ActiveChanged', 'boolean:true'],
];

test('the journal locks when the computer is about to sleep and when the screen locks', { skip: !bus && 'needs a private D-Bus session' }, async () => {
  const passphrase = 'night comes softly';
  await withApp('sleep-lock', async (s) => {
    await createJournal(s, passphrase);
    // (That waking up and the screensaver turning off do not lock is a unit test of
    // the watcher's rule: a signal that changes nothing cannot be waited for here.)
    for (const [what, path, member, ...args] of signals) {
      // Sent again until it is seen: the watcher subscribes as the app starts, and a
      // signal sent before that would be lost, which is not what is tested here.
      await waitFor(`the journal to lock when ${what}`, async () => {
        emit(path, member, ...args);
        return shown(s, '#journal-pass');
      }, { timeout: 10_000, interval: 200 });
      await s.fill('#journal-pass', passphrase);
      await s.press(Keys.enter);
      await waitFor('the journal to open again', () => shown(s, '#journal-new'), { timeout: 20_000 });
    }
  }, { env: { DBUS_SYSTEM_BUS_ADDRESS: bus } });
});
