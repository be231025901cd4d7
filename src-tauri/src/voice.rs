//! "Speak the breath": the system's own voice says the phase words softly, through
//! the `tts` crate (speech-dispatcher on Linux, the system voices on Windows and
//! macOS). The speech engine lives on one thread of its own: `tts::Tts` is not safe
//! to share between threads, and a slow engine must never hold up a command.
//!
//! Nothing is said until the person turns the switch on; the engine is opened on
//! the first `check` or `say`, so a person who never uses it never starts a speech
//! service.

use std::sync::mpsc::{self, Receiver, Sender};
use std::sync::Mutex;
use std::thread;
use std::time::{Duration, Instant};

use serde::Serialize;

/// How long `check` waits for the engine to answer. Opening speech-dispatcher the
/// first time starts its daemon, which takes about half a second here.
const CHECK_WAIT: Duration = Duration::from_secs(5);

/// How early a word may be said when the page's news of its phase comes first.
const CATCH_UP: Duration = Duration::from_millis(250);

/// Whether Ebb can speak in a language on this computer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum VoiceStatus {
    /// A voice for the language (or the system's default voice) is ready.
    Ready,
    /// The system has a speech service but no voice for this language; the
    /// service's default voice would speak it with the wrong sounds.
    OtherLanguage,
    /// No speech service or no voice at all is installed.
    Missing,
}

enum Ask {
    /// Say `now` at once (if any), and `next` when its time comes, in `language`.
    Cue { now: Option<String>, next: Option<(String, Instant)>, language: String },
    Hush,
    Check { language: String, reply: Sender<VoiceStatus> },
}

/// The handle commands use. Cheap to call: each call only queues a request.
pub struct Voice {
    asks: Mutex<Sender<Ask>>,
}

impl Default for Voice {
    fn default() -> Self {
        let (asks, inbox) = mpsc::channel();
        // If the thread cannot start, the handle's sends fail and `check` says
        // Missing: breathing and tones go on without a voice.
        let _ = thread::Builder::new().name("ebb-voice".into()).spawn(move || serve(inbox));
        Voice { asks: Mutex::new(asks) }
    }
}

impl Voice {
    fn send(&self, ask: Ask) -> bool {
        self.asks.lock().map(|asks| asks.send(ask).is_ok()).unwrap_or(false)
    }

    /// Says `now` at once (cutting off whatever was still being said: the breath has
    /// moved on), and `next` after its delay, in `language` (a BCP 47 tag such as
    /// "en"). The next word is timed here, not by the page: a hidden window's timers
    /// run late (WebKitGTK wakes them about once a second), the voice must not.
    pub fn cue(&self, now: Option<&str>, next: Option<(&str, Duration)>, language: &str) {
        self.send(Ask::Cue {
            now: now.map(str::to_string),
            next: next.map(|(words, after)| (words.to_string(), Instant::now() + after)),
            language: language.to_string(),
        });
    }

    /// Stops speaking at once (breathing paused or ended).
    pub fn hush(&self) {
        self.send(Ask::Hush);
    }

    /// Opens the engine if needed and says whether it can speak `language`.
    pub fn check(&self, language: &str) -> VoiceStatus {
        let (reply, answer) = mpsc::channel();
        if !self.send(Ask::Check { language: language.to_string(), reply }) {
            return VoiceStatus::Missing;
        }
        answer.recv_timeout(CHECK_WAIT).unwrap_or(VoiceStatus::Missing)
    }
}

/// The engine and the language its voice was chosen for.
struct Engine {
    tts: tts::Tts,
    language: Option<String>,
    status: VoiceStatus,
}

impl Engine {
    fn open() -> Option<Engine> {
        let mut tts = tts::Tts::default().ok()?;
        // Softly: a little slower and quieter than the voice's usual.
        let rate = tts.normal_rate() - (tts.normal_rate() - tts.min_rate()) * 0.25;
        let _ = tts.set_rate(rate);
        let volume = tts.normal_volume() - (tts.normal_volume() - tts.min_volume()) * 0.2;
        let _ = tts.set_volume(volume);
        Some(Engine { tts, language: None, status: VoiceStatus::Missing })
    }

    /// Picks the voice for `language` once per language.
    fn use_language(&mut self, language: &str) -> VoiceStatus {
        if self.language.as_deref() == Some(language) {
            return self.status;
        }
        self.language = Some(language.to_string());
        self.status = match self.tts.voices() {
            // Engines that cannot list voices (some Windows and macOS versions)
            // speak with the system's default voice.
            Err(_) => VoiceStatus::Ready,
            Ok(voices) if voices.is_empty() => VoiceStatus::Missing,
            Ok(voices) => match choose_voice(&voices, language, |v| (v.name(), v.language().to_string())) {
                Some(voice) => {
                    let _ = self.tts.set_voice(voice);
                    VoiceStatus::Ready
                }
                None => VoiceStatus::OtherLanguage,
            },
        };
        self.status
    }
}

/// The voice to use for `language`: the plainest voice (no variant, such as
/// espeak's "English+whisper") whose language has the same primary subtag, and one
/// for the same region first ("pt-BR" prefers a Brazilian voice).
fn choose_voice<'a, V>(voices: &'a [V], language: &str, describe: impl Fn(&V) -> (String, String)) -> Option<&'a V> {
    let wanted = language.to_ascii_lowercase();
    let primary = |tag: &str| tag.split(['-', '_']).next().unwrap_or_default().to_ascii_lowercase();
    let score = |voice: &V| {
        let (name, tag) = describe(voice);
        if primary(&tag) != primary(&wanted) {
            return None;
        }
        let same_tag = tag.to_ascii_lowercase().replace('_', "-") == wanted;
        let plain = !name.contains('+');
        Some((same_tag, plain))
    };
    let mut best: Option<(&V, (bool, bool))> = None;
    for voice in voices {
        if let Some(s) = score(voice) {
            if best.is_none_or(|(_, b)| s > b) {
                best = Some((voice, s));
            }
        }
    }
    best.map(|(voice, _)| voice)
}

fn serve(inbox: Receiver<Ask>) {
    let mut engine: Option<Engine> = None;
    let mut tried = false;
    // The next word and when to say it, with its language.
    let mut due: Option<(String, Instant, String)> = None;
    loop {
        let first = match &due {
            Some((_, at, _)) => match inbox.recv_timeout(at.saturating_duration_since(Instant::now())) {
                Ok(ask) => ask,
                Err(mpsc::RecvTimeoutError::Timeout) => {
                    if let (Some((words, _, language)), Some(engine)) = (due.take(), engine.as_mut()) {
                        engine.say(&words, &language);
                    }
                    continue;
                }
                Err(mpsc::RecvTimeoutError::Disconnected) => return,
            },
            None => match inbox.recv() {
                Ok(ask) => ask,
                Err(_) => return,
            },
        };
        let batch: Vec<Ask> = std::iter::once(first).chain(inbox.try_iter()).collect();
        // Words open the engine (once); a check opens it again if it failed before (a
        // voice may have been installed since). Hushing never opens it: a person who
        // never turned the voice on never starts a speech service.
        let checking = batch.iter().any(|a| matches!(a, Ask::Check { .. }));
        let speaking = batch.iter().any(|a| matches!(a, Ask::Cue { .. }));
        if engine.is_none() && (checking || (speaking && !tried)) {
            tried = true;
            engine = Engine::open();
        }
        // Of several cues waiting, only the newest counts: a word late by a whole
        // phase would be wrong, not late. Checks are all answered.
        let mut speech = None;
        for ask in batch {
            match ask {
                Ask::Check { language, reply } => {
                    let status = engine.as_mut().map_or(VoiceStatus::Missing, |e| e.use_language(&language));
                    let _ = reply.send(status);
                }
                other => speech = Some(other),
            }
        }
        match speech {
            Some(Ask::Cue { now, next, language }) => {
                // The page tells of a new phase a moment after the word for it fell due
                // here, or a moment before (the wait was measured from when the cue
                // before arrived): a word due within CATCH_UP belongs to this phase
                // and is said now rather than dropped.
                let pending = due.take().filter(|(_, at, _)| *at <= Instant::now() + CATCH_UP).map(|(words, _, language)| (words, language));
                let now = now.map(|words| (words, language.clone())).or(pending);
                if let (Some((words, language)), Some(engine)) = (now, engine.as_mut()) {
                    engine.say(&words, &language);
                }
                due = next.map(|(words, at)| (words, at, language));
            }
            Some(Ask::Hush) => {
                due = None;
                if let Some(engine) = engine.as_mut() {
                    let _ = engine.tts.stop();
                }
            }
            Some(Ask::Check { .. }) | None => {}
        }
    }
}

impl Engine {
    fn say(&mut self, words: &str, language: &str) {
        if self.use_language(language) != VoiceStatus::Missing {
            let _ = self.tts.speak(words, true);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn voices(list: &[(&str, &str)]) -> Vec<(String, String)> {
        list.iter().map(|(n, l)| (n.to_string(), l.to_string())).collect()
    }

    fn pick(list: &[(String, String)], language: &str) -> Option<String> {
        choose_voice(list, language, |v| v.clone()).map(|v| v.0.clone())
    }

    #[test]
    fn a_plain_voice_of_the_language_is_chosen_over_its_variants() {
        let list = voices(&[("German", "de"), ("English+whisper", "en"), ("English (America)", "en-US"), ("English", "en")]);
        assert_eq!(pick(&list, "en").as_deref(), Some("English"));
        assert_eq!(pick(&list, "de").as_deref(), Some("German"));
    }

    #[test]
    fn the_region_is_preferred_when_a_voice_has_it() {
        let list = voices(&[("Portuguese (Portugal)", "pt"), ("Portuguese (Brazil)", "pt-BR")]);
        assert_eq!(pick(&list, "pt-BR").as_deref(), Some("Portuguese (Brazil)"));
        assert_eq!(pick(&list, "pt").as_deref(), Some("Portuguese (Portugal)"));
        let list = voices(&[("English (Great Britain)", "en-GB"), ("English (America)", "en_US")]);
        assert_eq!(pick(&list, "en-us").as_deref(), Some("English (America)"));
    }

    #[test]
    fn no_voice_of_another_language_is_chosen() {
        let list = voices(&[("German", "de"), ("French", "fr-FR")]);
        assert_eq!(pick(&list, "ar"), None);
        assert_eq!(pick(&[], "en"), None);
    }
}
