//! The aftercare check-in on the desktop: a notification when it is due (choosing
//! it starts two minutes of breathing), or the question in the window where the
//! desktop cannot show notifications. The timing rules are in `desktop::aftercare`.

use serde::Serialize;
use tauri::{AppHandle, Emitter, Manager, Runtime};

use super::breathe_now;
use crate::desktop::aftercare::{self, Aftercare};
use crate::error::Result;
use crate::{events, MAIN_WINDOW};

/// Waits for each check-in in turn and shows it: a task on Tauri's runtime.
pub(super) fn watch<R: Runtime>(app: AppHandle<R>) {
    tauri::async_runtime::spawn(async move {
        loop {
            app.state::<Aftercare>().next_check_in(chrono::Utc::now).await;
            check_in(&app);
        }
    });
}

fn check_in<R: Runtime>(app: &AppHandle<R>) {
    if let Err(e) = notify(app) {
        eprintln!("ebb: the desktop could not show the check-in ({e}); showing it in the window");
        let _ = app.emit_to(MAIN_WINDOW, events::CHECK_IN, ());
    }
}

/// Shows the check-in as a desktop notification; choosing it starts two minutes
/// of breathing.
#[cfg(all(unix, not(target_os = "macos")))]
fn notify<R: Runtime>(app: &AppHandle<R>) -> std::result::Result<(), notify_rust::error::Error> {
    let words = words(app);
    let action = words.text(aftercare::CHECK_IN_ACTION, None);
    let handle = notify_rust::Notification::new()
        .appname("Ebb")
        .summary(aftercare::TITLE)
        .body(&words.text(aftercare::CHECK_IN_BODY, None))
        .icon("ebb")
        .hint(notify_rust::Hint::DesktopEntry("Ebb".into()))
        .action("default", &action)
        .action("breathe", &action)
        .show()?;
    let app = app.clone();
    // notify-rust waits for the answer by blocking: on the runtime's blocking pool.
    tauri::async_runtime::spawn_blocking(move || {
        handle.wait_for_action(|action| {
            if action == "default" || action == "breathe" {
                breathe_now(&app, Some(2));
            }
        })
    });
    Ok(())
}

/// Windows and macOS: a notification with a "breathe" button; choosing it (or its
/// body) starts two minutes of breathing, as on Linux. notify-rust reports the
/// choice on both (a toast's activation on Windows, the notification centre's
/// answer on macOS).
#[cfg(not(all(unix, not(target_os = "macos"))))]
fn notify<R: Runtime>(app: &AppHandle<R>) -> std::result::Result<(), notify_rust::error::Error> {
    let words = words(app);
    let mut notification = notify_rust::Notification::new();
    notification
        .summary(aftercare::TITLE)
        .body(&words.text(aftercare::CHECK_IN_BODY, None))
        .action("breathe", &words.text(aftercare::CHECK_IN_ACTION, None));
    // Windows names a toast's sender by the id of its Start menu entry, which Ebb's
    // installers make from the identifier. A build run from target/ has no entry,
    // so it keeps Windows' own (as tauri-plugin-notification does).
    #[cfg(windows)]
    if installed() {
        notification.app_id(&app.config().identifier);
    }
    let handle = notification.show()?;
    let app = app.clone();
    // The answer is waited for by blocking: on the runtime's blocking pool.
    tauri::async_runtime::spawn_blocking(move || {
        let _ = handle.wait_for_response(|response: &notify_rust::NotificationResponse| {
            if chose_to_breathe(response) {
                breathe_now(&app, Some(2));
            }
        });
    });
    Ok(())
}

/// Whether the running program is an installed one, not a build in `target/`.
#[cfg(windows)]
fn installed() -> bool {
    let Ok(exe) = std::env::current_exe() else { return false };
    let folder = exe.parent().map(|p| p.to_string_lossy().to_lowercase()).unwrap_or_default();
    let sep = std::path::MAIN_SEPARATOR;
    !(folder.ends_with(&format!("{sep}target{sep}debug")) || folder.ends_with(&format!("{sep}target{sep}release")))
}

/// Whether an answer to the check-in means "breathe": its body or its button.
#[cfg_attr(all(unix, not(target_os = "macos")), allow(dead_code))]
fn chose_to_breathe(response: &notify_rust::NotificationResponse) -> bool {
    use notify_rust::NotificationResponse::{Action, Default};
    matches!(response, Default) || matches!(response, Action(key) if key == "breathe" || key == "default")
}

/// The check-in's words, in the language spoken.
fn words<R: Runtime>(app: &AppHandle<R>) -> &'static crate::i18n::Catalog {
    crate::i18n::catalog(app.state::<crate::state::LibraryState>().language().tag)
}

/// What the Settings screen and the session form show about the check-in.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct CheckInStatus {
    /// When the waiting check-in is due (RFC 3339), if one is.
    pub due: Option<String>,
}

pub fn check_in_status(care: &Aftercare) -> CheckInStatus {
    CheckInStatus { due: care.pending().map(|d| d.to_rfc3339()) }
}

/// Schedules a check-in `minutes` (each `minute` long) after `now`.
pub fn schedule_check_in(care: &Aftercare, minutes: u32, minute: chrono::TimeDelta, now: chrono::DateTime<chrono::Utc>) -> Result<CheckInStatus> {
    let minutes = aftercare::check_minutes(minutes)?;
    care.schedule(now, minute * minutes as i32);
    Ok(check_in_status(care))
}

#[cfg(test)]
mod tests {
    use notify_rust::{CloseReason, NotificationResponse};

    #[test]
    fn the_body_or_the_button_means_breathe_and_closing_it_does_not() {
        assert!(super::chose_to_breathe(&NotificationResponse::Default));
        assert!(super::chose_to_breathe(&NotificationResponse::Action("breathe".into())));
        assert!(!super::chose_to_breathe(&NotificationResponse::Action("__closed".into())));
        assert!(!super::chose_to_breathe(&NotificationResponse::Closed(CloseReason::Dismissed)));
        assert!(!super::chose_to_breathe(&NotificationResponse::Closed(CloseReason::Expired)));
    }
}
