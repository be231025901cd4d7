// Benchmarks the insights screen on the real app (a release build under Xvfb) with
// 10,000 sessions: a journal is made through the window, 10,000 generated sessions
// are imported with `ebb restore`, and the screen's own measure (from asking the
// backend to the charts drawn, `data-ready` on the section) is read for each range,
// several times. Run by scripts/bench after the pacer benchmark (EBB_BINARY names the
// release build for the harness).
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createJournal, freshDataDir, openApp, stopDriver, waitFor } from '../e2e/lib/harness.mjs';
import { Keys } from '../e2e/lib/webdriver.mjs';

const BINARY = process.argv[2];
const PASS = 'benchmark passphrase';
const SESSIONS = 10_000;

function seed(path) {
  const pad = (n) => String(n).padStart(2, '0');
  const sessions = [];
  const start = new Date();
  start.setDate(start.getDate() - SESSIONS);
  for (let i = 0; i < SESSIONS; i++) {
    const d = new Date(start.getTime() + i * 86400000);
    const day = `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
    const tears = ['none', 'during', 'after', 'both'][i % 4];
    sessions.push({
      id: `b${i}`, heldAt: `${day}T17:00`, therapist: 'Sam', distressBefore: i % 11, distressAfter: (i * 7) % 11,
      tears, tearKinds: tears === 'none' ? [] : ['release'], cameUp: `Session ${i}: a few words about the week.`,
      warningSigns: i % 4 === 0 ? ['flooding'] : [], tags: ['work'], createdAt: `${day}T18:00:00Z`, updatedAt: `${day}T18:00:00Z`,
    });
  }
  const practice = Array.from({ length: 2000 }, (_, i) => ({
    id: `p${i}`, tool: i % 2 ? 'pacer' : 'grounding', used: i % 2 ? 'long-exhale' : 'senses', before: 7, after: i % 8,
    activeSeconds: 90, endedAt: new Date(Date.now() - i * 3600_000).toISOString(),
  }));
  writeFileSync(path, JSON.stringify({ format: 'ebb-journal', version: 1, exportedAt: new Date().toISOString(), sessions, bringUp: [], practice, notes: [], drafts: [] }));
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function main() {
  const dataDir = freshDataDir('bench-insights');
  let s = await openApp(dataDir);
  await createJournal(s, PASS);
  await s.close();

  const file = join(dataDir, 'seed.json');
  seed(file);
  const restore = spawnSync(BINARY, ['restore', file, '--data-dir', dataDir], { input: `${PASS}\n`, encoding: 'utf8' });
  if (restore.status !== 0) throw new Error(`ebb restore failed: ${restore.stderr}`);
  console.log(restore.stderr.trim());

  s = await openApp(dataDir);
  await s.press('3', Keys.alt);
  await waitFor('the unlock form', () => s.run(() => !!document.getElementById('journal-pass')));
  await s.fill('#journal-pass', PASS);
  await s.press(Keys.enter);
  await waitFor('the journal', () => s.run(() => !!document.getElementById('journal-new')), { timeout: 20_000 });
  await s.press('4', Keys.alt);
  await waitFor('insights', () => s.run(() => !!document.getElementById('view-insights').dataset.ready && !!document.getElementById('insights-range')), { timeout: 20_000 });
  for (const range of ['3m', '12m', 'all']) {
    const times = [];
    for (let i = 0; i < 7; i++) {
      await s.run((r) => {
        const section = document.getElementById('view-insights');
        delete section.dataset.ready;
        const select = document.getElementById('insights-range');
        select.value = r;
        select.dispatchEvent(new Event('change'));
      }, range);
      await waitFor('the charts', () => s.run(() => document.getElementById('view-insights').dataset.ready), { timeout: 20_000 });
      times.push(Number(await s.run(() => document.getElementById('view-insights').dataset.ready)));
    }
    console.log(`Insights ready, ${range}, ${SESSIONS} sessions: median ${median(times)} ms (runs: ${times.join(', ')})`);
  }
  await s.close();
  await stopDriver();
}

main().catch(async (e) => {
  console.error(e);
  await stopDriver();
  process.exit(1);
});
