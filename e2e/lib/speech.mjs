// What is heard, without a sound device: a private speech-dispatcher whose one
// voice module is speech-dispatcher's generic module running espeak-ng to write
// each utterance to a WAV file, after noting when it came and what it said in
// heard.log. The app (through the `tts` crate) and Orca both reach it on their
// own, by speech-dispatcher's autospawn, because their environment points at it.
// And the AT-SPI switch screen readers use: on while a test listens, off after.
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync, existsSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { waitFor } from './harness.mjs';

/** Languages the private voice speaks: Ebb's interface languages. */
const LANGUAGES = { en: 'en-us', de: 'de', es: 'es', fr: 'fr', 'pt-br': 'pt-br', ar: 'ar' };

/**
 * A private speech service. Returns { env, heard(), wavs(), stop() }: `env` goes to
 * whatever should speak through it; `heard()` lists [{at (ms since the epoch),
 * language, text}] in the order they were said. With `voices: false`, a system
 * with no speech service at all: the address points where none listens, and
 * speech-dispatcher does not start itself for an address given explicitly.
 */
export function privateSpeech(name, { voices = true } = {}) {
  const root = mkdtempSync(join(tmpdir(), `ebb-speech-${name}-`));
  const home = join(root, 'home');
  const config = join(root, 'config');
  const runtime = join(root, 'run');
  const wav = join(root, 'wav');
  const log = join(root, 'heard.log');
  for (const dir of [home, join(config, 'speech-dispatcher', 'modules'), runtime, wav]) mkdirSync(dir, { recursive: true });
  chmodSync(runtime, 0o700);
  // libao's null output: speech-dispatcher wants an audio output even when its module
  // writes files, and there is no sound device here.
  writeFileSync(join(home, '.libao'), 'default_driver=null\n');
  writeFileSync(join(config, 'speech-dispatcher', 'speechd.conf'), [
    'AudioOutputMethod "libao"',
    'AddModule "ebb-heard" "sd_generic" "ebb-heard.conf"',
    'DefaultModule ebb-heard',
    'DefaultLanguage "en"',
    'Timeout 0',
    '',
  ].join('\n'));
  // speech-dispatcher puts $DATA (the text) and $LANGUAGE into the command, escaping
  // quotes for a single-quoted shell string.
  const synth = `echo "$(date +%s.%N)" '$LANGUAGE' '$DATA' >> ${log}; `
    + `printf %s '$DATA' | espeak-ng -v $LANGUAGE --stdin -w ${wav}/$(date +%s%N).wav`;
  writeFileSync(join(config, 'speech-dispatcher', 'modules', 'ebb-heard.conf'), [
    'Debug 0',
    `GenericExecuteSynth "${synth.replaceAll('"', '\\"')}"`,
    'GenericCmdDependency "espeak-ng"',
    ...Object.entries(LANGUAGES).map(([tag, voice]) => `GenericLanguage "${tag}" "${voice}" "utf-8"`),
    ...Object.entries(LANGUAGES).map(([tag, voice]) => `AddVoice "${tag}" "FEMALE1" "${voice}"`),
    '',
  ].join('\n'));

  const env = { HOME: home, XDG_CONFIG_HOME: config, XDG_RUNTIME_DIR: runtime };
  if (!voices) env.SPEECHD_ADDRESS = `unix_socket:${join(root, 'nobody-listens.sock')}`;
  return {
    env,
    heard() {
      if (!existsSync(log)) return [];
      return readFileSync(log, 'utf8').split('\n').filter(Boolean).map((line) => {
        const [at, language, ...words] = line.split(' ');
        return { at: Number(at) * 1000, language, text: words.join(' ') };
      });
    },
    /** The WAV files espeak-ng wrote, one per utterance. */
    wavs: () => execFileSync('find', [wav, '-name', '*.wav'], { encoding: 'utf8' }).split('\n').filter(Boolean),
    /** Ends the speech service this test started (it runs until told). */
    stop() {
      try {
        execFileSync('pkill', ['-f', `socket-path ${runtime}`]);
      } catch {
        // Not running: nothing spoke through it.
      }
    },
  };
}

/** Turns AT-SPI on (or off) for the apps started after it, as a screen reader's setting does. */
export function accessibility(on) {
  execFileSync('dbus-send', ['--session', '--print-reply', '--dest=org.a11y.Bus', '/org/a11y/bus',
    'org.freedesktop.DBus.Properties.Set', 'string:org.a11y.Status', 'string:IsEnabled', `variant:boolean:${on}`], { stdio: 'ignore' });
}

/**
 * Starts Orca with speech on (through `speech`, a privateSpeech) and its debug log,
 * and waits until it has spoken its greeting. Returns { said(), stop() }: `said()`
 * lists what Orca sent to speech, from its log's SPEECH OUTPUT lines. Orca writes
 * that log through a buffer, so it is complete only after `stop()`; while Orca runs,
 * wait on `speech.heard()`, which each utterance reaches at once.
 */
export async function startOrca(speech, dir) {
  const log = join(dir, 'orca-debug.log');
  const orca = spawn('orca', ['--replace', `--debug-file=${log}`], {
    stdio: 'ignore',
    env: { ...process.env, ...speech.env },
  });
  let running = true;
  const exited = new Promise((r) => orca.once('exit', () => { running = false; r(); }));
  await waitFor('Orca to start speaking', () => speech.heard().length > 0, { timeout: 30_000, interval: 100 });
  return {
    said() {
      if (!existsSync(log)) return [];
      return [...readFileSync(log, 'utf8').matchAll(/SPEECH OUTPUT: '(.*)' ?\{/g)].map((m) => m[1]);
    },
    /** Ends Orca, which then writes out its log; forcibly if it has not ended in 10 s. */
    async stop() {
      if (!running) return;
      orca.kill('SIGTERM');
      const timer = setTimeout(() => orca.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
}
