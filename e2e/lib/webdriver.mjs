// A small W3C WebDriver client over fetch: just what the end-to-end suite uses.
// tauri-driver forwards these calls to WebKitWebDriver, which drives the real app.

const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';

export const Keys = {
  space: '\uE00D',
  enter: '\uE007',
  escape: '\uE00C',
  tab: '\uE004',
  alt: '\uE00A',
  shift: '\uE008',
  control: '\uE009',
  backspace: '\uE003',
  f1: '\uE031',
  arrowRight: '\uE014',
  arrowDown: '\uE015',
};

export class WebDriverError extends Error {}

export class Session {
  constructor(base, id) {
    this.base = base;
    this.id = id;
  }

  static async create(base, capabilities) {
    const res = await request(base, 'POST', '/session', { capabilities: { alwaysMatch: capabilities } });
    return new Session(base, res.sessionId);
  }

  cmd(method, path, body) {
    return request(this.base, method, `/session/${this.id}${path}`, body);
  }

  async find(css) {
    const el = await this.cmd('POST', '/element', { using: 'css selector', value: css });
    return el[ELEMENT];
  }

  async click(css) {
    await this.cmd('POST', `/element/${await this.find(css)}/click`, {});
  }

  async text(css) {
    return this.cmd('GET', `/element/${await this.find(css)}/text`);
  }

  /** Types into the element, after clearing it. */
  async fill(css, text) {
    const id = await this.find(css);
    await this.cmd('POST', `/element/${id}/clear`, {});
    await this.cmd('POST', `/element/${id}/value`, { text });
  }

  /** Presses keys as a person would: down and up, to whatever has focus. `mods` are held. */
  async press(key, ...mods) {
    const actions = [
      ...mods.map((m) => ({ type: 'keyDown', value: m })),
      { type: 'keyDown', value: key },
      { type: 'keyUp', value: key },
      ...mods.reverse().map((m) => ({ type: 'keyUp', value: m })),
    ];
    await this.cmd('POST', '/actions', { actions: [{ type: 'key', id: 'keyboard', actions }] });
    await this.cmd('DELETE', '/actions');
  }

  /** Types text into whatever has focus, key by key. */
  async type(text) {
    const actions = [...text].flatMap((ch) => [{ type: 'keyDown', value: ch }, { type: 'keyUp', value: ch }]);
    await this.cmd('POST', '/actions', { actions: [{ type: 'key', id: 'keyboard', actions }] });
    await this.cmd('DELETE', '/actions');
  }

  /** Runs `fn` (a function's source, called with `args`) in the page and returns its result. */
  run(fn, ...args) {
    return this.cmd('POST', '/execute/sync', { script: `return (${fn}).apply(null, arguments);`, args });
  }

  /** Like `run`, for a function returning a promise. */
  runAsync(fn, ...args) {
    const script = `const done = arguments[arguments.length - 1];
      Promise.resolve((${fn}).apply(null, Array.from(arguments).slice(0, -1)))
        .then((v) => done({ ok: v }), (e) => done({ err: String(e && e.message || e) }));`;
    return this.cmd('POST', '/execute/async', { script, args }).then((r) => {
      if (r && 'err' in r) throw new WebDriverError(`in page: ${r.err}`);
      return r?.ok;
    });
  }

  async screenshot() {
    return Buffer.from(await this.cmd('GET', '/screenshot'), 'base64');
  }

  windowHandles() {
    return this.cmd('GET', '/window/handles');
  }

  async close() {
    await request(this.base, 'DELETE', `/session/${this.id}`).catch(() => {});
  }
}

async function request(base, method, path, body) {
  const res = await fetch(base + path, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
    // No single step of a test should take this long; fail clearly rather than hang.
    signal: AbortSignal.timeout(30_000),
  });
  const json = await res.json().catch(() => ({}));
  if (!res.ok || json.value?.error) {
    throw new WebDriverError(`${method} ${path}: ${json.value?.error ?? res.status} ${json.value?.message ?? ''}`);
  }
  return json.value;
}
