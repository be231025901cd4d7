//! The system-wide "breathe now" shortcut as the person sets it: parsed, checked
//! and written back in one canonical form ("Ctrl+Alt+Shift+B").
//!
//! A shortcut that works everywhere takes its keys away from every other app, so
//! Ebb only accepts combinations that ordinary typing and common app shortcuts do
//! not use: at least two of Ctrl, Alt and Super (Shift may be added), plus a
//! letter, a digit or F1–F12, and none of the few that desktops keep for
//! themselves.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

/// The shortcut Ebb starts with. Ctrl+Alt+Shift is used by no common desktop or
/// app for B, and needs no AltGr layout key on Windows (AltGr is Ctrl+Alt there).
pub const DEFAULT: &str = "Ctrl+Alt+Shift+B";

/// Combinations a common desktop already uses, with what they do there.
const TAKEN: &[(&str, &str)] = &[
    ("Ctrl+Alt+T", "opens a terminal on Ubuntu and many other Linux desktops"),
    ("Ctrl+Alt+L", "locks the screen on Ubuntu, Linux Mint and KDE"),
    ("Ctrl+Alt+D", "shows the desktop on several Linux desktops"),
    ("Ctrl+Alt+S", "shades windows on some Linux desktops"),
    ("Ctrl+Super+D", "adds a virtual desktop on Windows"),
    ("Ctrl+Super+O", "opens the on-screen keyboard on Windows"),
    ("Ctrl+Super+Q", "locks the screen on macOS"),
    ("Ctrl+Super+F", "makes a window full screen on macOS"),
    ("Ctrl+Super+Space", "opens the emoji picker on macOS"),
    ("Alt+Super+D", "shows or hides the Dock on macOS"),
    ("Alt+Super+Esc", "force-quits apps on macOS"),
    ("Ctrl+Alt+Shift+R", "starts screen recording on GNOME"),
];

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Key {
    Letter(char),
    Digit(char),
    Function(u8),
}

impl Key {
    fn parse(token: &str) -> Option<Key> {
        let upper = token.to_ascii_uppercase();
        let mut chars = upper.chars();
        match (chars.next(), chars.next()) {
            (Some(c), None) if c.is_ascii_uppercase() => Some(Key::Letter(c)),
            (Some(c), None) if c.is_ascii_digit() => Some(Key::Digit(c)),
            (Some('F'), Some(_)) => upper[1..].parse::<u8>().ok().filter(|n| (1..=12).contains(n)).map(Key::Function),
            _ => None,
        }
    }

    /// The key's name in the W3C code form the global-shortcut plugin reads.
    fn code(self) -> String {
        match self {
            Key::Letter(c) => format!("Key{c}"),
            Key::Digit(c) => format!("Digit{c}"),
            Key::Function(n) => format!("F{n}"),
        }
    }
}

impl fmt::Display for Key {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Key::Letter(c) | Key::Digit(c) => write!(f, "{c}"),
            Key::Function(n) => write!(f, "F{n}"),
        }
    }
}

/// A checked shortcut.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Shortcut {
    ctrl: bool,
    alt: bool,
    shift: bool,
    super_key: bool,
    key: Key,
}

/// Why a shortcut cannot be used, in words for the person.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refused(pub String);

impl fmt::Display for Refused {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl FromStr for Shortcut {
    type Err = Refused;

    fn from_str(text: &str) -> Result<Shortcut, Refused> {
        let refuse = |message: String| Err(Refused(message));
        let text = text.trim();
        if text.is_empty() {
            return refuse(format!("Press the keys you would like to use together, for example {DEFAULT}."));
        }
        let (mut ctrl, mut alt, mut shift, mut super_key, mut key) = (false, false, false, false, None);
        for token in text.split('+').map(str::trim) {
            let flag = match token.to_ascii_lowercase().as_str() {
                "ctrl" | "control" => &mut ctrl,
                "alt" | "option" => &mut alt,
                "shift" => &mut shift,
                "super" | "meta" | "win" | "windows" | "cmd" | "command" => &mut super_key,
                "" => return refuse("A shortcut cannot have an empty part between two + signs.".into()),
                _ => match Key::parse(token) {
                    Some(k) if key.is_none() => {
                        key = Some(k);
                        continue;
                    }
                    Some(_) => return refuse("A shortcut has one key besides Ctrl, Alt, Shift and Super.".into()),
                    None => {
                        return refuse(format!(
                            "Ebb cannot use “{token}” in a shortcut. Use a letter, a digit or F1 to F12 together with Ctrl, Alt or Super."
                        ))
                    }
                },
            };
            if *flag {
                return refuse(format!("{token} is in the shortcut twice."));
            }
            *flag = true;
        }
        let Some(key) = key else {
            return refuse("Add a letter, a digit or F1 to F12 to the keys you hold down.".into());
        };
        if [ctrl, alt, super_key].iter().filter(|on| **on).count() < 2 {
            return refuse(
                "Use at least two of Ctrl, Alt and Super (Shift may be added). A shortcut with fewer would take keys that other apps and ordinary typing need."
                    .into(),
            );
        }
        let shortcut = Shortcut { ctrl, alt, shift, super_key, key };
        let name = shortcut.to_string();
        if let Some((_, what)) = TAKEN.iter().find(|(taken, _)| *taken == name) {
            return refuse(format!("{name} {what}. Please choose another."));
        }
        Ok(shortcut)
    }
}

impl fmt::Display for Shortcut {
    /// Canonical form: Ctrl, Alt, Shift, Super, then the key.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (on, name) in [(self.ctrl, "Ctrl"), (self.alt, "Alt"), (self.shift, "Shift"), (self.super_key, "Super")] {
            if on {
                write!(f, "{name}+")?;
            }
        }
        write!(f, "{}", self.key)
    }
}

impl Shortcut {
    /// The accelerator string the global-shortcut plugin parses.
    pub fn accelerator(&self) -> String {
        let mut parts: Vec<String> = [(self.ctrl, "ctrl"), (self.alt, "alt"), (self.shift, "shift"), (self.super_key, "super")]
            .into_iter()
            .filter(|(on, _)| *on)
            .map(|(_, name)| name.to_string())
            .collect();
        parts.push(self.key.code());
        parts.join("+")
    }
}

/// The setting as stored: `null` means the person turned the shortcut off; a
/// missing setting means the default.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct ShortcutSetting(pub Option<String>);

impl Default for ShortcutSetting {
    fn default() -> Self {
        ShortcutSetting(Some(DEFAULT.to_string()))
    }
}

impl ShortcutSetting {
    /// The checked shortcut, if one is set.
    pub fn shortcut(&self) -> Result<Option<Shortcut>, Refused> {
        self.0.as_deref().map(str::parse).transpose()
    }
}

/// Whether this desktop lets an app listen for a key combination everywhere; if
/// not, the words that say so. `env` reads an environment variable.
pub fn unavailable_reason(os: &str, env: impl Fn(&str) -> Option<String>) -> Option<String> {
    if os != "linux" {
        return None;
    }
    let wayland = env("XDG_SESSION_TYPE").is_some_and(|t| t.eq_ignore_ascii_case("wayland")) || env("WAYLAND_DISPLAY").is_some();
    if wayland {
        return Some(
            "This desktop uses Wayland, which does not let apps listen for a shortcut everywhere. You can make one in your system's keyboard settings: a custom shortcut that runs the command ebb --breathe."
                .into(),
        );
    }
    if env("DISPLAY").is_none() {
        return Some("Ebb cannot find the desktop's display, so it cannot listen for a shortcut here.".into());
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ok(text: &str) -> String {
        text.parse::<Shortcut>().unwrap_or_else(|e| panic!("{text}: {e}")).to_string()
    }

    fn refused(text: &str) -> String {
        match text.parse::<Shortcut>() {
            Ok(s) => panic!("{text} was accepted as {s}"),
            Err(e) => e.0,
        }
    }

    #[test]
    fn the_default_is_accepted_and_canonical() {
        assert_eq!(ok(DEFAULT), DEFAULT);
        assert_eq!(DEFAULT.parse::<Shortcut>().map(|s| s.accelerator()), Ok("ctrl+alt+shift+KeyB".to_string()));
        assert_eq!(ShortcutSetting::default().shortcut().map(|s| s.map(|s| s.to_string())), Ok(Some(DEFAULT.into())));
    }

    #[test]
    fn spelling_case_spaces_and_order_do_not_matter() {
        assert_eq!(ok("shift + alt + ctrl + b"), "Ctrl+Alt+Shift+B");
        assert_eq!(ok("Control+Option+Command+7"), "Ctrl+Alt+Super+7");
        assert_eq!(ok("win+ctrl+f9"), "Ctrl+Super+F9");
        assert_eq!(ok("Meta+Alt+Shift+E"), "Alt+Shift+Super+E");
        assert_eq!("Alt+Super+F12".parse::<Shortcut>().map(|s| s.accelerator()), Ok("alt+super+F12".to_string()));
        assert_eq!("Ctrl+Alt+3".parse::<Shortcut>().map(|s| s.accelerator()), Ok("ctrl+alt+Digit3".to_string()));
    }

    #[test]
    fn combinations_other_apps_or_typing_need_are_refused() {
        for text in ["B", "Ctrl+B", "Shift+B", "Alt+B", "Super+B", "Ctrl+Shift+B", "Alt+Shift+F4", "Super+Shift+S", "F5"] {
            assert!(refused(text).contains("at least two of Ctrl, Alt and Super"), "{text}");
        }
    }

    #[test]
    fn keys_desktops_keep_for_themselves_are_refused_with_the_reason() {
        assert!(refused("ctrl+alt+t").starts_with("Ctrl+Alt+T opens a terminal"));
        assert!(refused("Alt+Ctrl+L").contains("locks the screen"));
        assert!(refused("Super+Ctrl+D").contains("Windows"));
        assert!(refused("Ctrl+Alt+Shift+R").contains("GNOME"));
        // The same letters with a third modifier are free.
        assert_eq!(ok("Ctrl+Alt+Shift+T"), "Ctrl+Alt+Shift+T");
    }

    #[test]
    fn malformed_input_gets_a_clear_message() {
        assert!(refused("").contains("for example Ctrl+Alt+Shift+B"));
        assert!(refused("   ").contains("for example"));
        assert!(refused("Ctrl+Alt").contains("Add a letter"));
        assert!(refused("Ctrl+Alt+B+C").contains("one key"));
        assert!(refused("Ctrl+Ctrl+B").contains("twice"));
        assert!(refused("Ctrl++B").contains("empty part"));
        assert!(refused("Ctrl+Alt+Delete").contains("“Delete”"));
        assert!(refused("Ctrl+Alt+F13").contains("F1 to F12"));
        assert!(refused("Ctrl+Alt+F0").contains("“F0”"));
        assert!(refused("Ctrl+Alt+é").contains("“é”"));
        assert!(refused("Ctrl+Alt+😊").contains("😊"));
        assert!(refused("Ctrl+Alt+ب").contains("ب"));
        assert!(refused(&"Ctrl+".repeat(10_000)).contains("twice"));
    }

    #[test]
    fn the_setting_distinguishes_off_from_unset() {
        let off: ShortcutSetting = serde_json::from_str("null").expect("null is off");
        assert_eq!(off.shortcut(), Ok(None));
        assert_eq!(serde_json::to_string(&ShortcutSetting::default()).ok(), Some(format!("\"{DEFAULT}\"")));
        assert!(ShortcutSetting(Some("Ctrl+B".into())).shortcut().is_err());
    }

    #[test]
    fn wayland_and_missing_displays_are_named() {
        let env = |pairs: &'static [(&'static str, &'static str)]| {
            move |name: &str| pairs.iter().find(|(k, _)| *k == name).map(|(_, v)| v.to_string())
        };
        assert_eq!(unavailable_reason("linux", env(&[("DISPLAY", ":0"), ("XDG_SESSION_TYPE", "x11")])), None);
        let wayland = unavailable_reason("linux", env(&[("DISPLAY", ":0"), ("XDG_SESSION_TYPE", "wayland")]));
        assert!(wayland.is_some_and(|w| w.contains("Wayland") && w.contains("ebb --breathe")));
        assert!(unavailable_reason("linux", env(&[("WAYLAND_DISPLAY", "wayland-0")])).is_some());
        assert!(unavailable_reason("linux", env(&[])).is_some_and(|w| w.contains("display")));
        assert_eq!(unavailable_reason("windows", env(&[])), None);
        assert_eq!(unavailable_reason("macos", env(&[])), None);
    }
}
