// Starts tauri-driver once, opens the real Ebb app in a fresh data folder for each
// test, and offers waiting with a deadline (never a fixed sleep).
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Keys, Session } from './webdriver.mjs';

export const ROOT = resolve(import.meta.dirname, '..', '..');
export const BINARY = process.env.EBB_BINARY ?? join(ROOT, 'target', 'debug', 'ebb');
export const SCREENSHOTS = join(ROOT, 'target', 'e2e-screenshots');
const PORT = Number(process.env.TAURI_DRIVER_PORT ?? 4444);
const BASE = `http://127.0.0.1:${PORT}`;
// WebKitWebDriver, which tauri-driver starts and forwards to.
const NATIVE = `http://127.0.0.1:${PORT + 1}`;

/** Whether a WebDriver answers its status at `base`. */
async function answers(base) {
  try {
    return (await fetch(`${base}/status`, { signal: AbortSignal.timeout(1000) })).ok;
  } catch {
    return false;
  }
}

let driver = null;
let driverEnv = '{}';

/** Waits until `probe()` returns a truthy value, or fails with `what` after `timeout` ms. */
export async function waitFor(what, probe, { timeout = 10_000, interval = 25 } = {}) {
  const deadline = Date.now() + timeout;
  let last;
  for (;;) {
    try {
      last = await probe();
      if (last) return last;
    } catch (e) {
      last = e;
    }
    if (Date.now() > deadline) throw new Error(`timed out after ${timeout} ms waiting for ${what} (last: ${last})`);
    await new Promise((r) => setTimeout(r, interval));
  }
}

/** Starts tauri-driver; the app inherits its environment, so a new `env` means a new driver. */
/**
 * `base` with the language variables replaced: the plain C locale (Ebb speaks
 * English there; it is always installed, which speech-dispatcher, started by the
 * app, needs), unless `env` names a language.
 */
function withLanguage(base, env) {
  for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANGUAGE']) delete base[name];
  return { ...base, LANG: 'C.UTF-8', ...env };
}

async function startDriver(env = {}) {
  if (driver && driverEnv === JSON.stringify(env)) return;
  await stopDriver();
  const nativeDriver = process.env.WEBKIT_WEBDRIVER ?? '/usr/bin/WebKitWebDriver';
  driver = spawn('tauri-driver', ['--port', String(PORT), '--native-port', String(PORT + 1), '--native-driver', nativeDriver], {
    stdio: ['ignore', 'inherit', 'inherit'],
    // The app follows the system's language: the tests pin English unless one asks
    // for another (the machine's own language must not change what they read).
    env: withLanguage({ ...process.env }, env),
  });
  driverEnv = JSON.stringify(env);
  const started = driver;
  driver.on('exit', () => { if (driver === started) driver = null; });
  await waitFor('tauri-driver to listen', () => answers(BASE), { timeout: 20_000, interval: 100 });
  // tauri-driver answers before WebKitWebDriver does; a session asked for in between
  // was refused half-way, leaving an app running that no test could close.
  await waitFor('WebKitWebDriver to listen', () => answers(NATIVE), { timeout: 20_000, interval: 100 });
}

export async function stopDriver() {
  if (!driver) return;
  const exited = new Promise((r) => driver.once('exit', r));
  driver.kill();
  driver = null;
  await exited;
  // The next driver's WebKitWebDriver needs the port, and must start with its own environment.
  await waitFor('WebKitWebDriver to stop', async () => !(await answers(NATIVE)), { timeout: 10_000, interval: 100 });
}

/**
 * Ends any Ebb still running on `dataDir` and waits until none is. A launch that
 * failed half-way leaves one behind, and single-instance would then hand every later
 * launch in this D-Bus session to it.
 */
async function endAppsOn(dataDir) {
  const running = () => {
    try {
      return execFileSync('pgrep', ['-f', '--', `--data-dir ${dataDir}`], { encoding: 'utf8' }).trim();
    } catch {
      return ''; // pgrep exits 1 when nothing matches
    }
  };
  if (!running()) return;
  try { execFileSync('pkill', ['-f', '--', `--data-dir ${dataDir}`]); } catch { /* gone meanwhile */ }
  await waitFor(`the app on ${dataDir} to end`, () => !running(), { timeout: 10_000, interval: 50 });
}

/** Every file under `dir`, recursively. */
export function filesUnder(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)]));
}

/** A new, empty data folder. */
export function freshDataDir(name) {
  return mkdtempSync(join(tmpdir(), `ebb-e2e-${name}-`));
}

/** Opens the app on `dataDir` (with `env` added to its environment) and waits until the pacer is ready. */
export async function openApp(dataDir, extraArgs = [], env = {}) {
  await startDriver(env);
  let session;
  try {
    session = await Session.create(BASE, {
      'tauri:options': { application: BINARY, args: ['--data-dir', dataDir, ...extraArgs] },
    });
  } catch (e) {
    await endAppsOn(dataDir);
    throw e;
  }
  await waitFor('the pacer to be ready', () => session.run(() => document.documentElement.dataset.ready === 'true'));
  return session;
}

/**
 * Saves a screenshot of what the window shows now as target/e2e-screenshots/NAME.png.
 * WebKitWebDriver answers a screenshot after the page next paints, and a page drawn
 * without compositing (as Ebb is on Linux) does not paint while nothing changes. So
 * for the moment of the screenshot a 1-pixel, near-transparent dot in the corner is
 * repainted every frame; it is removed right after.
 */
export async function snap(session, name) {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await session.run(() => {
    const dot = document.createElement('div');
    dot.id = 'e2e-paint';
    Object.assign(dot.style, { position: 'fixed', left: '0', top: '0', width: '1px', height: '1px', opacity: '0.02' });
    document.body.append(dot);
    let on = false;
    (function paint() {
      if (!dot.isConnected) return;
      dot.style.background = (on = !on) ? '#000' : '#fff';
      requestAnimationFrame(paint);
    })();
  });
  try {
    writeFileSync(join(SCREENSHOTS, `${name}.png`), await session.screenshot());
  } finally {
    await session.run(() => document.getElementById('e2e-paint')?.remove());
  }
}

/** Opens the app, runs `body(session, dataDir)`, and always closes the app. */
export async function withApp(name, body, { dataDir = freshDataDir(name), args = [], env = {} } = {}) {
  const session = await openApp(dataDir, args, env);
  try {
    await body(session, dataDir);
  } finally {
    await session.close().catch(() => {});
    await endAppsOn(dataDir);
  }
}

/**
 * Visible controls under `scope` with no accessible name: no aria-label, no label
 * (by `for` or around it), no text. Returns their opening HTML, for the message.
 */
export function unnamedControls(session, scope = 'body') {
  return session.run((root) => {
    const nameOf = (el) => (el.getAttribute('aria-label')
      || (el.id && document.querySelector(`label[for="${el.id}"]`)?.textContent)
      || el.closest('label')?.textContent
      || el.textContent || '').trim();
    return [...document.querySelectorAll(`${root} :is(button, input, select, textarea, a[href])`)]
      .filter((el) => el.offsetParent !== null && !nameOf(el))
      .map((el) => el.outerHTML.slice(0, 80));
  }, scope);
}

/**
 * Ebb's visible X windows (class "ebb"), as xdotool ids ([] when there is none). By
 * class, not title: while breathing, the title says the phase.
 */
export function ebbWindows() {
  try {
    return execFileSync('xdotool', ['search', '--onlyvisible', '--classname', '^ebb$'], { encoding: 'utf8' }).trim().split('\n').filter(Boolean);
  } catch {
    return []; // xdotool exits 1 when it finds nothing
  }
}

/** The text of the first element matching `css` ('' when there is none). */
export const text = (s, css) => s.run((c) => document.querySelector(c)?.textContent ?? '', css);

/** Whether an element matching `css` is on screen. */
export const shown = (s, css) => s.run((c) => { const el = document.querySelector(c); return !!el && el.offsetParent !== null; }, css);

/** Goes to the journal screen (Alt+3) and waits for it. */
export async function openJournal(s) {
  await s.press('3', Keys.alt);
  await waitFor('the journal screen', () => s.run(() => !document.getElementById('view-journal').hidden && !!document.getElementById('journal-title')));
}

/** Makes the journal through its first screen, as a person would, and waits until it is open. */
export async function createJournal(s, passphrase) {
  await openJournal(s);
  await waitFor('the create form', () => shown(s, '#journal-new-pass'));
  await s.fill('#journal-new-pass', passphrase);
  await s.fill('#journal-new-again', passphrase);
  // By keyboard, as a person would (and a click is not reliable on a scrolled
  // right-to-left page under WebKitWebDriver): Tab to the box, Space ticks it.
  for (let i = 0; i < 5 && (await s.run(() => document.activeElement?.id)) !== 'journal-understood'; i++) await s.press(Keys.tab);
  const focused = await s.run(() => document.activeElement?.id);
  if (focused !== 'journal-understood') throw new Error(`Tab did not reach the "I understand" box (focus is on "${focused}")`);
  await s.press(Keys.space);
  await waitFor('the box ticked', () => s.run(() => document.getElementById('journal-understood').checked));
  await s.press(Keys.enter);
  await waitFor('the journal to open', () => shown(s, '#journal-new'), { timeout: 20_000 });
}
