//! The tray icon and its menu (the menu's model is in `desktop::tray`).

use tauri::menu::{Menu, MenuItem, PredefinedMenuItem};
use tauri::tray::TrayIconBuilder;
use tauri::{AppHandle, Emitter, Manager, Runtime};

use super::{breathe_now, bring_forward};
use crate::desktop::tray::{self, TrayAction};
use crate::i18n::Catalog;
use crate::state::LibraryState;
use crate::{events, MAIN_WINDOW};

/// The menu in the language being spoken.
fn menu<R: Runtime>(app: &AppHandle<R>, words: &Catalog) -> tauri::Result<Menu<R>> {
    let menu = Menu::new(app)?;
    for item in tray::MENU {
        if item.set_apart {
            menu.append(&PredefinedMenuItem::separator(app)?)?;
        }
        menu.append(&MenuItem::with_id(app, item.id, words.text(item.label, None), true, None::<&str>)?)?;
    }
    Ok(menu)
}

fn words<R: Runtime>(app: &AppHandle<R>) -> &'static Catalog {
    crate::i18n::catalog(app.state::<LibraryState>().language().tag)
}

pub fn make<R: Runtime>(app: &AppHandle<R>) -> tauri::Result<()> {
    let words = words(app);
    let menu = menu(app, words)?;
    let mut builder = TrayIconBuilder::with_id("ebb").tooltip(words.text(tray::TOOLTIP, None)).menu(&menu).show_menu_on_left_click(true);
    if let Some(icon) = app.default_window_icon() {
        builder = builder.icon(icon.clone());
    }
    builder.on_menu_event(|app, event| on_tray(app, event.id().as_ref())).build(app)?;
    Ok(())
}

/// Says the menu again in the language chosen now (after a change in Settings).
pub fn relabel<R: Runtime>(app: &AppHandle<R>) -> tauri::Result<()> {
    if let Some(icon) = app.tray_by_id("ebb") {
        let words = words(app);
        icon.set_menu(Some(menu(app, words)?))?;
        icon.set_tooltip(Some(words.text(tray::TOOLTIP, None)))?;
    }
    Ok(())
}

fn on_tray<R: Runtime>(app: &AppHandle<R>, id: &str) {
    match tray::action(id) {
        Some(TrayAction::Breathe) => breathe_now(app, None),
        Some(TrayAction::Show(view)) => {
            bring_forward(app);
            let _ = app.emit_to(MAIN_WINDOW, events::SHOW_VIEW, view);
        }
        Some(TrayAction::LockJournal) => {
            if app.get_webview_window(MAIN_WINDOW).is_some() {
                let _ = app.emit_to(MAIN_WINDOW, events::LOCK_JOURNAL, ());
            } else if crate::lock_journal(app).is_ok() {
                let _ = app.emit_to(MAIN_WINDOW, events::JOURNAL_LOCKED, ());
            }
        }
        // The same way out as closing the window: any draft is saved first.
        Some(TrayAction::Quit) => super::quit(app),
        None => {}
    }
}

