// Benchmarks the pacer on the real app (a release build under Xvfb):
//   - launch to "pacer ready" (the UI has the patterns and the pacer is usable), median of runs;
//   - CPU of the whole process tree (app + WebKit processes) during 30 s of breathing,
//     in full and in reduced motion;
//   - total PSS of the tree while breathing.
// Run by scripts/bench. Linux only: it reads /proc.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const BINARY = process.argv[2];
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const BREATHE_SECONDS = Number(process.env.BENCH_SECONDS ?? 30);
const TICKS_PER_SECOND = 100; // USER_HZ on Linux

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Starts the app; resolves with {child, readyMs} once it prints that the pacer is ready. */
function launch(args, dataDir) {
  const t0 = performance.now();
  const child = spawn(BINARY, ['--data-dir', dataDir, ...args], {
    env: { ...process.env, EBB_REPORT_READY: '1' },
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the app was not ready within 30 s')), 30_000);
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      if (out.includes('ebb: pacer ready')) {
        clearTimeout(timer);
        resolve({ child, readyMs: performance.now() - t0 });
      }
    });
    child.on('exit', (code) => reject(new Error(`the app exited (${code}) before it was ready`)));
  });
}

/** Ends the app and waits until its WebKit processes are gone too, so one launch's
 * teardown never overlaps the next launch being measured. */
async function quit(child) {
  const pids = tree(child.pid);
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  await Promise.race([exited, sleep(5000).then(() => child.kill('SIGKILL'))]);
  await exited;
  const deadline = Date.now() + 10_000;
  while (pids.some((pid) => existsSync(`/proc/${pid}`)) && Date.now() < deadline) await sleep(20);
}

/** The pid and every descendant of it. */
function tree(root) {
  const parents = new Map();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      parents.set(Number(name), Number(fields[1]));
    } catch { /* gone */ }
  }
  const pids = [root];
  for (let i = 0; i < pids.length; i++) {
    for (const [pid, ppid] of parents) if (ppid === pids[i]) pids.push(pid);
  }
  return pids;
}

function cpuTicks(pids) {
  let sum = 0;
  for (const pid of pids) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      sum += Number(fields[11]) + Number(fields[12]); // utime + stime
    } catch { /* gone */ }
  }
  return sum;
}

function pssKiB(pids) {
  let sum = 0;
  for (const pid of pids) {
    try {
      const m = /^Pss:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'));
      if (m) sum += Number(m[1]);
    } catch { /* gone */ }
  }
  return sum;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/**
 * The very first launch on a machine also sets up WebKit's storage in the data
 * folder (~0.3 s more); every later launch, the double-click in a hard moment,
 * finds it there. Both are reported; the median is over the later ones.
 */
async function startup() {
  const dataDir = mkdtempSync(join(tmpdir(), 'ebb-bench-'));
  const times = [];
  for (let i = 0; i <= RUNS; i++) {
    const { child, readyMs } = await launch([], dataDir);
    times.push(readyMs);
    await quit(child);
  }
  return { first: times[0], again: times.slice(1) };
}

async function breathing(motion) {
  const dataDir = mkdtempSync(join(tmpdir(), 'ebb-bench-'));
  writeFileSync(join(dataDir, 'settings.json'), JSON.stringify({ motion: motion === 'idle' ? 'full' : motion }));
  const { child } = await launch(motion === 'idle' ? [] : ['--breathe'], dataDir);
  await sleep(2000); // let start-up work finish; measure steady breathing only
  const pids = tree(child.pid);
  const t0 = performance.now();
  const c0 = cpuTicks(pids);
  await sleep(BREATHE_SECONDS * 1000);
  const seconds = (performance.now() - t0) / 1000;
  const cpu = ((cpuTicks(pids) - c0) / TICKS_PER_SECOND / seconds) * 100;
  const pss = pssKiB(tree(child.pid)) / 1024;
  await quit(child);
  return { cpu, pss, processes: pids.length };
}

const { first, again } = await startup();
console.log(`launch to pacer ready: median ${median(again).toFixed(0)} ms over ${RUNS} launches (${again.map((t) => t.toFixed(0)).join(', ')}); very first launch ${first.toFixed(0)} ms`);
const motions = (process.env.BENCH_MOTIONS ?? 'idle,full,reduced').split(',');
for (const motion of motions) {
  const r = await breathing(motion);
  const what = motion === 'idle' ? 'idle, not breathing' : `breathing, ${motion} motion`;
  console.log(`${what}, ${BREATHE_SECONDS} s: ${r.cpu.toFixed(1)}% of one core across ${r.processes} processes; PSS ${r.pss.toFixed(0)} MiB`);
}
