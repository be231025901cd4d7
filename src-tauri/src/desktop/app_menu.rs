//! The app menu people expect on macOS, as data: the app's own menu (About, Services,
//! Hide, Quit ⌘Q), Edit with the standard shortcuts (the web view's text fields rely
//! on them there), and Window. Set on macOS only (`desktop_shell::app_menu`); on
//! Linux and Windows Ebb's window has no menu bar. Quit goes the way closing the
//! window goes, so a draft is saved and the journal locks first.

/// One entry: what it is, and its words (a message of the catalogue; none for a separator).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Entry {
    About,
    Services,
    Hide,
    HideOthers,
    ShowAll,
    /// Ebb's own item (not the system's), so quitting saves a draft first.
    Quit,
    Undo,
    Redo,
    Cut,
    Copy,
    Paste,
    SelectAll,
    Minimize,
    Zoom,
    CloseWindow,
    Separator,
}

pub struct Submenu {
    pub label: &'static str,
    pub entries: &'static [(Entry, &'static str)],
}

/// Quit's id, which comes back when it is chosen, and its keys.
pub const QUIT_ID: &str = "app-quit";
pub const QUIT_KEYS: &str = "CmdOrCtrl+Q";

use Entry::*;

/// The menu bar, left to right.
pub const MENU: &[Submenu] = &[
    Submenu {
        label: "menu-app",
        entries: &[
            (About, "menu-about"),
            (Separator, ""),
            (Services, "menu-services"),
            (Separator, ""),
            (Hide, "menu-hide"),
            (HideOthers, "menu-hide-others"),
            (ShowAll, "menu-show-all"),
            (Separator, ""),
            (Quit, "tray-quit"),
        ],
    },
    Submenu {
        label: "menu-edit",
        entries: &[
            (Undo, "menu-undo"),
            (Redo, "menu-redo"),
            (Separator, ""),
            (Cut, "menu-cut"),
            (Copy, "menu-copy"),
            (Paste, "menu-paste"),
            (SelectAll, "menu-select-all"),
        ],
    },
    Submenu {
        label: "menu-window",
        entries: &[(Minimize, "menu-minimize"), (Zoom, "menu-zoom"), (Separator, ""), (CloseWindow, "menu-close-window")],
    },
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quit_ends_the_app_menu_and_edit_has_the_standard_commands() {
        let app = &MENU[0];
        assert_eq!(app.entries.last(), Some(&(Quit, "tray-quit")));
        assert_eq!(app.entries.iter().filter(|(e, _)| *e == Quit).count(), 1);
        let edit: Vec<Entry> = MENU[1].entries.iter().map(|(e, _)| *e).filter(|e| *e != Separator).collect();
        assert_eq!(edit, [Undo, Redo, Cut, Copy, Paste, SelectAll]);
        assert_eq!(QUIT_KEYS, "CmdOrCtrl+Q");
    }

    #[test]
    fn every_word_of_the_menu_is_in_every_catalogue() {
        for language in crate::i18n::LANGUAGES {
            let words = crate::i18n::catalog(language.tag);
            let ids = MENU.iter().flat_map(|m| std::iter::once(m.label).chain(m.entries.iter().map(|(_, id)| *id))).filter(|id| !id.is_empty());
            for id in ids {
                let said = words.text(id, None);
                assert!(!said.is_empty() && said != id, "{id} is missing in {}", language.tag);
            }
        }
    }
}
