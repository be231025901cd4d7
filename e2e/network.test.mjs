// "Nothing leaves": the page tries every way out it has, each at a local server that
// counts what reaches it. The CSP refuses requests; the window itself refuses
// navigation and new windows outside the app.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createServer } from 'node:http';
import { ebbWindows, stopDriver, waitFor, withApp } from './lib/harness.mjs';
import { Keys } from './lib/webdriver.mjs';

after(stopDriver);

/** The app's own page: tauri://localhost on Linux and macOS, http(s)://tauri.localhost on Windows. */
const APP_PAGE = /^(tauri:\/\/localhost|https?:\/\/tauri\.localhost)(\/|$)/;

/**
 * How long a way out that leaves no trace in the page (a beacon, a prefetch, a new
 * window, a navigation) is watched. Allowed, each reaches a local server in a few
 * milliseconds, well under a second on a busy two-core machine.
 */
const QUIET_MS = 1500;

/**
 * A server on 127.0.0.1 that answers anything with a page of its own and counts,
 * per path, the requests and WebSocket upgrades that reach it, and every connection
 * opened to it (a preconnect, say, opens one without a request).
 */
async function countingServer() {
  const hits = new Map();
  let connections = 0;
  const count = (req) => {
    const path = new URL(req.url, 'http://outside').pathname;
    hits.set(path, (hits.get(path) ?? 0) + 1);
  };
  const server = createServer((req, res) => {
    count(req);
    res.setHeader('content-type', 'text/html');
    res.end('<!doctype html><title>Outside</title><p>Outside the app.');
  });
  server.on('upgrade', (req, socket) => {
    count(req);
    socket.destroy();
  });
  server.on('connection', () => { connections++; });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  return {
    url: `http://127.0.0.1:${server.address().port}`,
    hits: (path) => hits.get(path) ?? 0,
    /** Requests and upgrades, on any path. */
    total: () => [...hits.values()].reduce((a, b) => a + b, 0),
    connections: () => connections,
    close: () => new Promise((r) => { server.closeAllConnections(); server.close(r); }),
  };
}

/**
 * Every visible X window on the display (a new one would have any title), as sorted
 * xdotool ids. A window that closes while xdotool walks the tree (a WebKit helper, the
 * last test's app going away) makes it fail with BadWindow: the walk is then simply
 * made again.
 */
function visibleWindows() {
  for (let attempt = 1; ; attempt++) {
    try {
      return execFileSync('xdotool', ['search', '--onlyvisible', '--name', ''], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })
        .trim().split('\n').filter(Boolean).sort();
    } catch (e) {
      if (attempt >= 20 || !String(e.stderr).includes('BadWindow')) throw e;
    }
  }
}

/**
 * Checks `problem()` (what is wrong, or '' while all is well) again and again for
 * `ms`, and returns the first problem it reports ('' if none). A refused request or
 * navigation leaves nothing in the page to wait for: the evidence is that nothing
 * arrives within a window far longer than an allowed one takes.
 */
async function staysQuiet(problem, ms) {
  const deadline = Date.now() + ms;
  for (;;) {
    const found = await problem();
    if (found || Date.now() > deadline) return found;
    await new Promise((r) => setTimeout(r, 25));
  }
}

/**
 * Makes an attempt from a real click on an element the page adds for it: window.open
 * and forms aimed at a new window are honoured only from a person's gesture, so from
 * a script alone they could be refused by the popup blocker rather than by Ebb.
 * `build(url)` runs in the page and returns the element (a button, a link, a form).
 */
async function fromClick(s, build, url) {
  // Sent as WebDriver script source: the CSP (rightly) forbids the page to eval.
  await s.run(`(u) => {
    const el = (${build})(u);
    (el.querySelector('button') ?? el).id = 'e2e-way-out';
    Object.assign(el.style, { position: 'fixed', insetBlockStart: '0', insetInlineStart: '0', zIndex: '1000', background: '#fff' });
    document.body.append(el);
  }`, url);
  try {
    await s.click('#e2e-way-out');
  } finally {
    await s.run(() => {
      const el = document.getElementById('e2e-way-out');
      (el?.closest('form') ?? el)?.remove();
    }).catch(() => {});
  }
}

/**
 * Every way out, in order: requests first, then new windows, then the ways that
 * would take the whole window away (last, so an escape cannot hide the others).
 * `attempt(s, url)` tries it and returns what the page saw; where the page can tell
 * (fetch to EventSource), only once the request was refused or answered. `leaves`:
 * it would take the window away, so it is watched on its own before the next
 * attempt could cancel it.
 */
const ROUTES = [
  {
    name: 'fetch', path: '/fetch',
    attempt: (s, url) => s.runAsync((u) => fetch(u).then((r) => `answered ${r.status}`, (e) => `rejected (${e.name})`), url),
  },
  {
    name: 'XMLHttpRequest', path: '/xhr',
    attempt: (s, url) => s.runAsync((u) => new Promise((resolve) => {
      const xhr = new XMLHttpRequest();
      xhr.onloadend = () => resolve(xhr.status ? `answered ${xhr.status}` : 'failed');
      try {
        xhr.open('GET', u);
        xhr.send();
      } catch (e) {
        resolve(`threw ${e.name}`);
      }
    }), url),
  },
  {
    name: 'image', path: '/img',
    attempt: (s, url) => s.runAsync((u) => new Promise((resolve) => {
      const img = new Image();
      img.onload = () => resolve('loaded');
      img.onerror = () => resolve('error');
      img.src = u;
    }), url),
  },
  {
    name: 'WebSocket', path: '/ws',
    attempt: (s, url) => s.runAsync((u) => new Promise((resolve) => {
      let ws;
      try {
        ws = new WebSocket(u.replace(/^http/, 'ws'));
      } catch (e) {
        resolve(`threw ${e.name}`);
        return;
      }
      ws.onopen = () => { ws.close(); resolve('opened'); };
      ws.onclose = () => resolve('closed');
    }), url),
  },
  {
    name: 'EventSource', path: '/sse',
    attempt: (s, url) => s.runAsync((u) => new Promise((resolve) => {
      let source;
      try {
        source = new EventSource(u);
      } catch (e) {
        resolve(`threw ${e.name}`);
        return;
      }
      source.onopen = () => { source.close(); resolve('opened'); };
      source.onerror = () => { source.close(); resolve('error'); };
    }), url),
  },
  {
    name: 'navigator.sendBeacon', path: '/beacon',
    attempt: (s, url) => s.run((u) => {
      try {
        return navigator.sendBeacon(u, 'nothing leaves') ? 'queued' : 'refused';
      } catch (e) {
        return `threw ${e.name}`;
      }
    }, url),
  },
  {
    // WebKitGTK (2.50) sends no prefetch, allowed or not, so on Linux this row cannot
    // fail; it is here for the engines that do (WebView2, WKWebView). It does fetch
    // rel=preload: the next row.
    name: '<link rel=prefetch>', path: '/prefetch',
    attempt: (s, url) => s.run((u) => {
      document.head.append(Object.assign(document.createElement('link'), { rel: 'prefetch', href: u }));
      return 'added';
    }, url),
  },
  {
    name: '<link rel=preload>', path: '/preload',
    attempt: (s, url) => s.run((u) => {
      document.head.append(Object.assign(document.createElement('link'), { rel: 'preload', as: 'fetch', href: u }));
      return 'added';
    }, url),
  },
  {
    name: 'form posted to a new window', path: '/form',
    attempt: async (s, url) => {
      await fromClick(s, (u) => {
        const form = Object.assign(document.createElement('form'), { method: 'post', action: u, target: '_blank' });
        form.append(Object.assign(document.createElement('input'), { type: 'hidden', name: 'note', value: 'nothing leaves' }));
        form.append(Object.assign(document.createElement('button'), { type: 'submit', textContent: 'Send' }));
        return form;
      }, url);
      return 'submitted by a click';
    },
  },
  {
    name: 'window.open', path: '/open',
    attempt: async (s, url) => {
      await fromClick(s, (u) => {
        const button = Object.assign(document.createElement('button'), { type: 'button', textContent: 'Open' });
        button.addEventListener('click', () => { window.ebbOpened = window.open(u) === null ? 'returned null' : 'returned a window'; });
        return button;
      }, url);
      return s.run(() => window.ebbOpened ?? 'not called');
    },
  },
  {
    name: 'location.assign', path: '/nav', leaves: true,
    attempt: (s, url) => s.run((u) => { location.assign(u); return 'called'; }, url),
  },
  {
    name: 'location.href =', path: '/href', leaves: true,
    attempt: (s, url) => s.run((u) => { location.href = u; return 'set'; }, url),
  },
  {
    name: 'a link clicked', path: '/link', leaves: true,
    attempt: async (s, url) => {
      await fromClick(s, (u) => Object.assign(document.createElement('a'), { href: u, textContent: 'Outside' }), url);
      return 'clicked';
    },
  },
];

test('the page can make no network request of any kind, and the window never leaves the app', async () => {
  const server = await countingServer();
  try {
    await withApp('network', async (s) => {
      const appUrl = await s.run(() => location.href);
      assert.match(appUrl, APP_PAGE, 'the app is its own page');
      const [handle] = await s.windowHandles();
      const windowsBefore = visibleWindows();
      const leftApp = async () => {
        const url = await s.run(() => location.href).catch((e) => `nowhere (${e.message})`);
        return url === appUrl ? '' : `the window is at ${url}`;
      };
      const pageProblem = async () => {
        const handles = await s.windowHandles();
        return handles.length === 1 ? leftApp() : `${handles.length} windows`;
      };

      // What the CSP refused, for the table (the window's own refusals leave no event).
      // Collected after each attempt: an escape would take the record with it.
      await s.run(() => {
        window.ebbRefused = [];
        document.addEventListener('securitypolicyviolation', (e) => window.ebbRefused.push([e.blockedURI, e.effectiveDirective]));
      });
      const refused = [];
      const collectRefused = async () => {
        const seen = await s.run(() => window.ebbRefused?.splice(0) ?? []).catch(() => []);
        refused.push(...seen);
      };

      const rows = [];
      for (const route of ROUTES) {
        const url = `${server.url}${route.path}`;
        // An escape before this one would make this attempt from the outside page.
        const before = await leftApp();
        if (before) {
          rows.push({ route, seen: `not tried: ${before}` });
          continue;
        }
        const connectionsAt = server.connections();
        const seen = await route.attempt(s, url).catch((e) => `attempt failed: ${e.message}`);
        const row = { route, seen, connectionsAt };
        if (route.leaves) {
          row.problem = await staysQuiet(async () => (server.hits(route.path) ? 'reached the server' : leftApp()), QUIET_MS);
        }
        rows.push(row);
        await collectRefused();
      }
      // The rest leave no trace in the page when refused (or, allowed, arrive late):
      // watch them all together, the page answering throughout.
      const straggler = await staysQuiet(async () => (server.total() || server.connections() ? 'something reached the server' : pageProblem()), QUIET_MS);

      await collectRefused();
      // Each route's count is fixed once the next route begins.
      rows.forEach((row, i) => { row.opened = (rows[i + 1]?.connectionsAt ?? server.connections()) - (row.connectionsAt ?? 0); });
      const table = rows.map(({ route, seen, problem, opened }) => {
        const hits = server.hits(route.path);
        const verdict = hits ? `REACHED (${hits})` : problem ? 'LEFT' : opened ? `CONNECTED (${opened})` : seen.startsWith('not tried') ? 'NOT TRIED' : 'blocked';
        const rule = refused.find(([uri]) => URL.canParse(uri) && new URL(uri).pathname === route.path)?.[1];
        const by = rule ? `CSP ${rule}` : verdict === 'blocked' ? 'no CSP event' : '';
        return `${route.name.padEnd(28)} ${route.path.padEnd(10)} ${verdict.padEnd(12)} ${by.padEnd(20)} ${problem || seen}`;
      });
      console.log([`${'route'.padEnd(28)} ${'path'.padEnd(10)} ${'result'.padEnd(12)} ${'refused by'.padEnd(20)} what the page saw`, ...table].join('\n'));

      for (const { route, seen, problem } of rows) {
        assert.equal(server.hits(route.path), 0, `${route.name}: nothing reaches the server (page saw: ${seen})`);
        assert.ok(!seen.startsWith('not tried'), `${route.name}: ${seen}`);
        assert.equal(problem ?? '', '', `${route.name}: the window stays on the app`);
      }
      assert.equal(server.total(), 0, 'no request of any kind reached the server');
      assert.equal(server.connections(), 0, 'not even a connection was opened to it');
      assert.equal(straggler, '', 'nothing arrived late, and the page kept answering');

      // Still the app, in its one window, and still working.
      assert.equal(await s.run(() => location.href), appUrl);
      assert.deepEqual(await s.windowHandles(), [handle], 'no second window');
      assert.deepEqual(visibleWindows(), windowsBefore, 'no new window on the display');
      assert.equal(ebbWindows().length, 1, 'one Ebb window on the display');
      await s.run(() => document.getElementById('start').focus());
      await s.press(Keys.space);
      await waitFor('Space to start breathing', async () => (await s.run(() => document.getElementById('view-pacer').dataset.state)) === 'running');
    });
  } finally {
    await server.close();
  }
});
