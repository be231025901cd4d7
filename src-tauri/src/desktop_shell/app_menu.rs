//! The macOS app menu (its model is in `desktop::app_menu`), in the language spoken.

use tauri::menu::{AboutMetadata, Menu, MenuItem, PredefinedMenuItem, Submenu};
use tauri::{AppHandle, Runtime};

use crate::desktop::app_menu::{Entry, MENU, QUIT_ID, QUIT_KEYS};
use crate::i18n::Catalog;

/// The menu bar built from the model. Built (and so compiled) on every system;
/// only macOS sets it.
pub fn menu<R: Runtime>(app: &AppHandle<R>, words: &Catalog) -> tauri::Result<Menu<R>> {
    let bar = Menu::new(app)?;
    for part in MENU {
        let submenu = Submenu::new(app, words.text(part.label, None), true)?;
        for &(entry, label) in part.entries {
            let text = (!label.is_empty()).then(|| words.text(label, None));
            let text = text.as_deref();
            let item = match entry {
                Entry::Quit => {
                    submenu.append(&MenuItem::with_id(app, QUIT_ID, text.unwrap_or_default(), true, Some(QUIT_KEYS))?)?;
                    continue;
                }
                Entry::About => {
                    let about = AboutMetadata { name: Some("Ebb".into()), version: Some(env!("CARGO_PKG_VERSION").into()), ..AboutMetadata::default() };
                    PredefinedMenuItem::about(app, text, Some(about))?
                }
                Entry::Services => PredefinedMenuItem::services(app, text)?,
                Entry::Hide => PredefinedMenuItem::hide(app, text)?,
                Entry::HideOthers => PredefinedMenuItem::hide_others(app, text)?,
                Entry::ShowAll => PredefinedMenuItem::show_all(app, text)?,
                Entry::Undo => PredefinedMenuItem::undo(app, text)?,
                Entry::Redo => PredefinedMenuItem::redo(app, text)?,
                Entry::Cut => PredefinedMenuItem::cut(app, text)?,
                Entry::Copy => PredefinedMenuItem::copy(app, text)?,
                Entry::Paste => PredefinedMenuItem::paste(app, text)?,
                Entry::SelectAll => PredefinedMenuItem::select_all(app, text)?,
                Entry::Minimize => PredefinedMenuItem::minimize(app, text)?,
                Entry::Zoom => PredefinedMenuItem::maximize(app, text)?,
                Entry::CloseWindow => PredefinedMenuItem::close_window(app, text)?,
                Entry::Separator => PredefinedMenuItem::separator(app)?,
            };
            submenu.append(&item)?;
        }
        bar.append(&submenu)?;
    }
    Ok(bar)
}

/// Sets the menu bar (macOS), replacing Tauri's default one, and listens for Quit.
#[cfg_attr(not(target_os = "macos"), allow(dead_code))]
pub fn install<R: Runtime>(app: &AppHandle<R>, words: &Catalog) -> tauri::Result<()> {
    app.set_menu(menu(app, words)?)?;
    app.on_menu_event(|app, event| {
        if event.id().as_ref() == QUIT_ID {
            super::quit(app);
        }
    });
    Ok(())
}

/// Says the menu bar again in the language chosen now (macOS).
#[cfg_attr(not(target_os = "macos"), allow(dead_code))]
pub fn relabel<R: Runtime>(app: &AppHandle<R>, words: &Catalog) -> tauri::Result<()> {
    app.set_menu(menu(app, words)?).map(drop)
}
