//! The tray icon's menu, as data: what it offers, in which order, and what each
//! entry does. The Tauri side (lib.rs) only turns this into native menu items.

/// What a tray entry does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TrayAction {
    /// Bring the window forward and start breathing.
    Breathe,
    /// Bring the window forward on one of its screens.
    Show(&'static str),
    /// Lock the journal (nothing else changes; the window stays where it is).
    LockJournal,
    /// Close Ebb, saving any draft first, as closing the window does.
    Quit,
}

/// One entry of the menu.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TrayItem {
    /// The menu item's id, which comes back when it is chosen.
    pub id: &'static str,
    /// Its words: a message of the catalogue (`i18n`).
    pub label: &'static str,
    pub action: TrayAction,
    /// Drawn after a separator, set apart from the entries above.
    pub set_apart: bool,
}

/// The menu, top to bottom.
pub const MENU: [TrayItem; 5] = [
    TrayItem { id: "breathe", label: "tray-breathe", action: TrayAction::Breathe, set_apart: false },
    TrayItem { id: "grounding", label: "tray-grounding", action: TrayAction::Show("grounding"), set_apart: false },
    TrayItem { id: "help", label: "tray-help", action: TrayAction::Show("help"), set_apart: false },
    TrayItem { id: "lock", label: "tray-lock", action: TrayAction::LockJournal, set_apart: true },
    TrayItem { id: "quit", label: "tray-quit", action: TrayAction::Quit, set_apart: true },
];

/// The hover text of the tray icon (a message of the catalogue).
pub const TOOLTIP: &str = "tray-tooltip";

/// The action of the menu item with this id.
pub fn action(id: &str) -> Option<TrayAction> {
    MENU.iter().find(|item| item.id == id).map(|item| item.action)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_menu_offers_the_five_entries_in_order() {
        let english = crate::i18n::Catalog::new(&crate::i18n::LANGUAGES[0]);
        let labels: Vec<_> = MENU.iter().map(|i| english.text(i.label, None)).collect();
        assert_eq!(labels, ["Breathe now", "Grounding", "Need help now", "Lock journal", "Quit Ebb"]);
        assert_eq!(english.text(TOOLTIP, None), "Ebb: breathe, ground, or find help");
    }

    #[test]
    fn breathing_comes_first_and_quitting_last_set_apart() {
        assert_eq!(MENU[0].action, TrayAction::Breathe);
        assert!(!MENU[0].set_apart);
        let last = MENU[MENU.len() - 1];
        assert_eq!((last.action, last.set_apart), (TrayAction::Quit, true));
        assert!(MENU[MENU.len() - 2].set_apart, "locking is set apart from the calming entries");
    }

    #[test]
    fn every_id_is_unique_and_leads_back_to_its_entry() {
        for (i, item) in MENU.iter().enumerate() {
            assert!(MENU[..i].iter().all(|other| other.id != item.id), "{} twice", item.id);
            assert_eq!(action(item.id), Some(item.action));
        }
        assert_eq!(action("settings"), None);
        assert_eq!(action(""), None);
    }

    #[test]
    fn screens_named_by_the_menu_exist_in_the_interface() {
        // The interface's screens are the sections `view-<name>` in index.html.
        let page = include_str!("../../../ui/index.html");
        for item in MENU {
            if let TrayAction::Show(view) = item.action {
                assert!(page.contains(&format!("id=\"view-{view}\"")), "{view} is not a screen");
            }
        }
        assert!(MENU.iter().any(|i| i.action == TrayAction::Show("help") && i.label == "tray-help"));
    }
}
