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
async function startDriver(env = {}) {
  if (driver && driverEnv === JSON.stringify(env)) return;
  await stopDriver();
  const nativeDriver = process.env.WEBKIT_WEBDRIVER ?? '/usr/bin/WebKitWebDriver';
  driver = spawn('tauri-driver', ['--port', String(PORT), '--native-driver', nativeDriver], {
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, ...env },
  });
  driverEnv = JSON.stringify(env);
  const started = driver;
  driver.on('exit', () => { if (driver === started) driver = null; });
  await waitFor('tauri-driver to listen', async () => (await fetch(`${BASE}/status`)).ok, { timeout: 20_000, interval: 100 });
}

export async function stopDriver() {
  if (!driver) return;
  const exited = new Promise((r) => driver.once('exit', r));
  driver.kill();
  driver = null;
  await exited;
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
  const session = await Session.create(BASE, {
    'tauri:options': { application: BINARY, args: ['--data-dir', dataDir, ...extraArgs] },
  });
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
    await session.close();
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

/** The X windows on the display titled Ebb, as xdotool ids ([] when there is none). */
export function ebbWindows() {
  try {
    return execFileSync('xdotool', ['search', '--onlyvisible', '--name', '^Ebb$'], { encoding: 'utf8' }).trim().split('\n').filter(Boolean);
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
  await s.click('#journal-understood');
  await s.press(Keys.enter);
  await waitFor('the journal to open', () => shown(s, '#journal-new'), { timeout: 20_000 });
}
