// Soft tones for eyes-closed breathing, scheduled ahead on the Web Audio clock so
// they keep time even when the window is hidden and its timers are throttled.
import { phaseAt } from './pacer-math.js';

/** Tones are scheduled this far ahead of the present, in ms of breathing time. */
const LOOKAHEAD_MS = 60_000;
/**
 * A phase that began at most this long ago still gets its tone, at once: the very
 * first breath in starts while the audio output is still opening. Any later, and a
 * cue would mislead more than help.
 */
const LATE_MS = 400;

/** A rising tone for breathing in, a short higher one for a top-up, a lower falling one for out. */
const VOICES = {
  in: { from: 392, to: 440, seconds: 1.0 },
  'top-up': { from: 494, to: 523, seconds: 0.45 },
  out: { from: 330, to: 262, seconds: 1.5 },
};

export class Tones {
  constructor() {
    this.ctx = null;
    this.nodes = new Set();
    this.nextStartMs = 0;
  }

  /** Opens the audio output. Call from a key press or click where possible. */
  async open() {
    if (!this.ctx) this.ctx = new AudioContext({ latencyHint: 'playback' });
    if (this.ctx.state === 'suspended') await this.ctx.resume().catch(() => {});
  }

  /** Forgets what was scheduled; tones restart from the phase starting at or after `fromMs`. */
  reset(fromMs) {
    this.cancel();
    this.nextStartMs = fromMs;
  }

  /**
   * Schedules the tone of every phase that starts between the last one scheduled and
   * LOOKAHEAD_MS after `elapsedMs` (the present, in breathing time), before `endMs`.
   */
  fill(plan, elapsedMs, endMs) {
    if (!this.ctx) return;
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
    if (ctx) await ctx.close().catch(() => {});
  }
}
