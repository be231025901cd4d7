//! Locks the journal when the computer is about to sleep or the screen locks, so
//! an open journal is never left open behind a closed lid or a locked screen.
//!
//! Linux: logind's `PrepareForSleep(true)` and a session's `Lock` on the system bus,
//! and the screensaver's `ActiveChanged(true)` (freedesktop and GNOME names) on the
//! session bus, watched over D-Bus with zbus as tasks on Tauri's runtime. A bus that
//! is not there (a minimal session, a container) is noted once and left alone: the
//! idle lock still works. Windows and macOS: not watched yet (see README,
//! "Platforms").

use tauri::{AppHandle, Runtime};

/// Starts the watchers.
pub(super) fn watch<R: Runtime>(app: AppHandle<R>) {
    #[cfg(target_os = "linux")]
    linux::watch(app);
    #[cfg(not(target_os = "linux"))]
    let _ = app;
}

#[cfg(target_os = "linux")]
mod linux {
    use futures_util::stream::{select_all, StreamExt};
    use tauri::{AppHandle, Runtime};
    use zbus::message::Type;
    use zbus::{Connection, MatchRule, MessageStream};

    /// A signal that means "lock now": its interface and member, and whether its
    /// first argument is a flag that must be true (PrepareForSleep(false) is the
    /// wake-up; ActiveChanged(false) the screen coming back).
    struct Signal {
        interface: &'static str,
        member: &'static str,
        flag: bool,
        why: &'static str,
    }

    impl Signal {
        /// Whether this signal, with its first argument (if it is a flag), asks
        /// for the lock: going to sleep or the screen locking, never waking up.
        fn means_lock(&self, flag: Option<bool>) -> bool {
            !self.flag || flag == Some(true)
        }
    }

    const SYSTEM: &[Signal] = &[
        Signal { interface: "org.freedesktop.login1.Manager", member: "PrepareForSleep", flag: true, why: "as the computer went to sleep" },
        Signal { interface: "org.freedesktop.login1.Session", member: "Lock", flag: false, why: "as the screen locked" },
    ];

    const SESSION: &[Signal] = &[
        Signal { interface: "org.freedesktop.ScreenSaver", member: "ActiveChanged", flag: true, why: "as the screen locked" },
        Signal { interface: "org.gnome.ScreenSaver", member: "ActiveChanged", flag: true, why: "as the screen locked" },
    ];

    pub fn watch<R: Runtime>(app: AppHandle<R>) {
        let system = app.clone();
        tauri::async_runtime::spawn(async move {
            match Connection::system().await {
                Ok(bus) => listen(&bus, SYSTEM, &system).await,
                Err(e) => eprintln!("ebb: no system bus, so sleep and session locks are not watched ({e}); the idle lock still works"),
            }
        });
        tauri::async_runtime::spawn(async move {
            match Connection::session().await {
                Ok(bus) => listen(&bus, SESSION, &app).await,
                Err(e) => eprintln!("ebb: no session bus, so the screensaver is not watched ({e}); the idle lock still works"),
            }
        });
    }

    async fn listen<R: Runtime>(bus: &Connection, signals: &'static [Signal], app: &AppHandle<R>) {
        let mut streams = Vec::new();
        for (index, signal) in signals.iter().enumerate() {
            let rule = MatchRule::builder()
                .msg_type(Type::Signal)
                .interface(signal.interface)
                .and_then(|r| r.member(signal.member))
                .map(|r| r.build());
            match rule {
                Ok(rule) => match MessageStream::for_match_rule(rule, bus, None).await {
                    Ok(stream) => streams.push(stream.map(move |message| (index, message))),
                    Err(e) => eprintln!("ebb: cannot watch {}.{} ({e})", signal.interface, signal.member),
                },
                Err(e) => eprintln!("ebb: cannot watch {}.{} ({e})", signal.interface, signal.member),
            }
        }
        let mut all = select_all(streams);
        while let Some((index, message)) = all.next().await {
            let signal = &signals[index];
            let Ok(message) = message else { continue };
            if signal.means_lock(message.body().deserialize::<(bool,)>().ok().map(|(on,)| on)) {
                crate::locked_without_asking(app, signal.why);
            }
        }
    }

    #[cfg(test)]
    mod tests {
        use super::*;

        #[test]
        fn going_to_sleep_and_locking_lock_and_waking_up_does_not() {
            let find = |list: &[Signal], member: &str, interface: &str| list.iter().position(|s| s.member == member && s.interface == interface).expect("watched");
            let sleep = &SYSTEM[find(SYSTEM, "PrepareForSleep", "org.freedesktop.login1.Manager")];
            assert!(sleep.means_lock(Some(true)), "about to sleep");
            assert!(!sleep.means_lock(Some(false)), "waking up");
            assert!(!sleep.means_lock(None), "a malformed signal changes nothing");
            assert!(SYSTEM[find(SYSTEM, "Lock", "org.freedesktop.login1.Session")].means_lock(None));
            for interface in ["org.freedesktop.ScreenSaver", "org.gnome.ScreenSaver"] {
                let saver = &SESSION[find(SESSION, "ActiveChanged", interface)];
                assert!(saver.means_lock(Some(true)), "{interface} on");
                assert!(!saver.means_lock(Some(false)), "{interface} off");
            }
        }
    }
}
