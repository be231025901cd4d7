// Soft tones for eyes-closed breathing, scheduled ahead on the Web Audio clock so
// they keep time even when the window is hidden and its timers are throttled.
import { phaseAt } from './pacer-math.js';

/** Tones are scheduled this far ahead of the present, in ms of breathing time. */
const LOOKAHEAD_MS = 60_000;
/**
 * A phase that began at most this long ago still gets its tone, at once (after a
 * late tick, or when the output opened after breathing began). Any later, and a cue
 * would mislead more than help.
 */
const LATE_MS = 400;
/**
 * open() waits at most this long for the audio clock to start, so breathing never
 * waits longer for its tones. A slower output joins in later, at a phase's start.
 */
const OPEN_WAIT_MS = 1000;

/** A rising tone for breathing in, a short higher one for a top-up, a lower falling one for out. */
const VOICES = {
  in: { from: 392, to: 440, seconds: 1.0 },
  'top-up': { from: 494, to: 523, seconds: 0.45 },
  out: { from: 330, to: 262, seconds: 1.5 },
};

export class Tones {
  constructor() {
    this.ctx = null;
    /** The audio clock of `ctx` has started: a time on it is when a tone will sound. */
    this.running = false;
    this.started = null; // resolves once it has
    this.nodes = new Set();
    this.nextStartMs = 0;
  }

  /**
   * Opens the audio output and waits, at most OPEN_WAIT_MS, for its clock to start.
   * Resolves true when tones scheduled now keep time. Call from a key press or click
   * where possible, and start breathing when it resolves: creating the output blocks
   * the page for a moment (half a second on a busy machine), and a breath begun
   * before it would pass without its tone.
   */
  async open() {
    if (!this.ctx) {
      const ctx = new AudioContext({ latencyHint: 'playback' });
      this.ctx = ctx;
      this.running = false;
      this.nextStartMs = 0;
      this.started = clockStarted(ctx).then(() => {
        if (this.ctx === ctx) this.running = true;
        return this.ctx === ctx;
      });
      if (ctx.state === 'suspended') ctx.resume().catch(() => {});
    }
    let timer;
    const waited = new Promise((resolve) => { timer = setTimeout(resolve, OPEN_WAIT_MS, false); });
    try {
      return await Promise.race([this.started, waited]);
    } finally {
      clearTimeout(timer);
    }
  }

  /** Forgets what was scheduled; tones restart from the phase starting at or after `fromMs`. */
  reset(fromMs) {
    this.cancel();
    this.nextStartMs = fromMs;
  }

  /**
   * Schedules the tone of every phase that starts between the last one scheduled and
   * LOOKAHEAD_MS after `elapsedMs` (the present, in breathing time), before `endMs`.
   * Nothing is scheduled until the audio clock runs: before that `currentTime`
   * stands still, and a tone placed on it would sound late by however long the
   * output took to open.
   */
  fill(plan, elapsedMs, endMs) {
    if (!this.running) return;
    // Read together, in one task: the audio clock now is the pacer's `elapsedMs`.
    const audioNow = this.ctx.currentTime;
    const horizon = Math.min(elapsedMs + LOOKAHEAD_MS, endMs);
    let t = this.nextStartMs;
    while (t < horizon) {
      const phase = phaseAt(plan, t);
      if (phase.startMs >= t && phase.startMs >= elapsedMs - LATE_MS && phase.endMs > phase.startMs) {
        this.play(phase.kind, audioNow + Math.max(0, phase.startMs - elapsedMs) / 1000);
      }
      t = phase.endMs;
    }
    this.nextStartMs = Math.max(this.nextStartMs, t);
  }

  play(kind, at) {
    const voice = VOICES[kind];
    if (!voice) return; // holds are silent
    const osc = this.ctx.createOscillator();
    const gain = this.ctx.createGain();
    osc.type = 'sine';
    osc.frequency.setValueAtTime(voice.from, at);
    osc.frequency.linearRampToValueAtTime(voice.to, at + voice.seconds);
    gain.gain.setValueAtTime(0.0001, at);
    gain.gain.exponentialRampToValueAtTime(0.12, at + 0.12);
    gain.gain.exponentialRampToValueAtTime(0.0001, at + voice.seconds);
    osc.connect(gain).connect(this.ctx.destination);
    osc.start(at);
    osc.stop(at + voice.seconds + 0.05);
    this.nodes.add(osc);
    osc.addEventListener('ended', () => {
      this.nodes.delete(osc);
      gain.disconnect();
    });
  }

  /** Silences everything scheduled. */
  cancel() {
    for (const osc of this.nodes) {
      try { osc.stop(); } catch { /* already stopped */ }
    }
    this.nodes.clear();
  }

  /** Releases the audio output, so no audio thread runs while the pacer is idle. */
  async close() {
    this.cancel();
    const ctx = this.ctx;
    this.ctx = null;
    this.running = false;
    this.nextStartMs = 0;
    if (ctx) await ctx.close().catch(() => {});
  }
}

/**
 * Resolves once the clock of `ctx` has moved on. A silent source set to end just
 * after the present ends only when the audio thread has rendered past that moment;
 * until then the clock may stand still (at 0 while the output opens), whatever
 * `state` says.
 */
function clockStarted(ctx) {
  return new Promise((resolve) => {
    const probe = new ConstantSourceNode(ctx, { offset: 0 });
    probe.connect(ctx.destination);
    probe.addEventListener('ended', () => {
      probe.disconnect();
      resolve();
    }, { once: true });
    probe.start();
    probe.stop(ctx.currentTime + 0.001);
  });
}
