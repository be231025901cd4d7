use super::*;
use crate::content::Library;

fn now() -> DateTime<Utc> {
    DateTime::parse_from_rfc3339("2026-11-22T06:30:00Z").expect("valid").with_timezone(&Utc)
}

fn patterns() -> Vec<Pattern> {
    Library::embedded().0.patterns
}

fn draft(name: &str, exhale: &str) -> CustomDraft {
    CustomDraft { id: None, name: name.into(), inhale: "4".into(), hold_in: "0".into(), exhale: exhale.into(), hold_out: "1".into() }
}

#[test]
fn a_missing_file_means_defaults_and_no_notice() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (store, notice) = SettingsStore::open(dir.path(), now());
    assert_eq!(store.get(), Settings::default());
    assert_eq!(store.get().preferences.pattern, DEFAULT_PATTERN);
    assert!(notice.is_none());
    assert!(!store.path().exists(), "opening alone writes nothing");
}

#[test]
fn changes_survive_a_reopen() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (store, _) = SettingsStore::open(dir.path(), now());
    let mut prefs = store.get().preferences;
    prefs.pattern = "box".into();
    prefs.duration_minutes = None;
    prefs.sound = true;
    prefs.motion = Motion::Reduced;
    prefs.theme = Theme::Dark;
    prefs.gentle_start.insert("long-exhale".into(), false);
    store.update_preferences(prefs.clone(), &patterns()).expect("valid");
    let custom = store.save_custom(draft("Evening 🌙", "7.5"), &[], now()).expect("valid");

    let (reopened, notice) = SettingsStore::open(dir.path(), now());
    assert!(notice.is_none());
    assert_eq!(reopened.get().preferences, prefs);
    assert_eq!(reopened.get().custom_patterns, vec![custom]);
    assert!(!dir.path().join("settings.json.tmp").exists(), "no temporary file is left behind");
}

#[cfg(unix)]
#[test]
fn the_file_and_its_folder_are_private() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().expect("tempdir");
    let nested = dir.path().join("a").join("b");
    let (store, _) = SettingsStore::open(&nested, now());
    store.update_preferences(Preferences::default(), &patterns()).expect("valid");
    let mode = |p: &Path| std::fs::metadata(p).expect("exists").permissions().mode() & 0o777;
    assert_eq!(mode(store.path()), 0o600);
    assert_eq!(mode(&nested), 0o700);
}

#[test]
fn a_damaged_file_is_kept_aside_and_reported_once() {
    let dir = tempfile::tempdir().expect("tempdir");
    let damaged = b"{\"pattern\": \"box\", \"sound\": tru";
    std::fs::write(dir.path().join(FILE_NAME), damaged).expect("write");

    let (store, notice) = SettingsStore::open(dir.path(), now());
    let notice = notice.expect("the person is told");
    assert_eq!(notice.kind, "settings-damaged");
    assert!(notice.message.contains("settings.damaged-20261122-063000.json"), "{}", notice.message);
    assert_eq!(store.get(), Settings::default());
    let kept = std::fs::read(dir.path().join("settings.damaged-20261122-063000.json")).expect("kept beside");
    assert_eq!(kept, damaged, "the damaged file is kept byte for byte");

    let (_, again) = SettingsStore::open(dir.path(), now());
    assert!(again.is_none(), "told once, not at every start");
}

#[test]
fn valid_json_with_impossible_values_counts_as_damaged() {
    for text in [
        r#"{"durationMinutes": 7}"#,
        r#"{"customPatterns": [{"id": "c", "name": "x", "inhaleMs": 100, "holdInMs": 0, "exhaleMs": 6000, "holdOutMs": 0}]}"#,
        r#"{"theme": "purple"}"#,
        r#"{"textSize": 300}"#,
        r#"{"aftercareMinutes": 1}"#,
        r#"{"shortcut": "Ctrl+B"}"#,
        r#"[1, 2, 3]"#,
        "",
    ] {
        let dir = tempfile::tempdir().expect("tempdir");
        std::fs::write(dir.path().join(FILE_NAME), text).expect("write");
        let (store, notice) = SettingsStore::open(dir.path(), now());
        assert!(notice.is_some(), "{text:?} should be reported");
        assert_eq!(store.get(), Settings::default());
    }
}

#[test]
fn unknown_fields_from_a_newer_version_do_not_count_as_damage() {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::write(dir.path().join(FILE_NAME), r#"{"pattern": "box", "somethingNew": 1}"#).expect("write");
    let (store, notice) = SettingsStore::open(dir.path(), now());
    assert!(notice.is_none());
    assert_eq!(store.get().preferences.pattern, "box");
}

#[test]
fn a_bad_custom_pattern_saves_nothing() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (store, _) = SettingsStore::open(dir.path(), now());
    let err = store.save_custom(draft("Too long out", "45"), &[], now()).expect_err("45 s is out of range");
    assert!(matches!(err, Error::Invalid { field: Some("exhale"), .. }), "{err:?}");
    assert!(store.get().custom_patterns.is_empty());
    assert!(!store.path().exists(), "nothing was written");
}

#[test]
fn custom_patterns_can_be_edited_and_deleted() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (store, _) = SettingsStore::open(dir.path(), now());
    let first = store.save_custom(draft("Slow", "8"), &["Long exhale"], now()).expect("valid");
    let second = store.save_custom(draft("Slower", "9"), &["Long exhale"], now()).expect("valid");
    assert_ne!(first.id, second.id, "ids stay unique within the same millisecond");

    let dup = store.save_custom(draft("slow", "9"), &["Long exhale"], now()).expect_err("names are unique");
    assert!(matches!(dup, Error::Invalid { field: Some("name"), .. }));

    let mut edit = draft("Slow", "10");
    edit.id = Some(first.id.clone());
    let edited = store.save_custom(edit, &["Long exhale"], now()).expect("keeping its own name is fine");
    assert_eq!((edited.id.as_str(), edited.exhale_ms), (first.id.as_str(), 10_000));

    let mut prefs = store.get().preferences;
    let mut all = patterns();
    all.push(edited.to_pattern());
    prefs.pattern = first.id.clone();
    store.update_preferences(prefs, &all).expect("a custom pattern can be chosen");
    let after = store.delete_custom(&first.id).expect("exists");
    assert_eq!(after.custom_patterns, vec![second]);
    assert_eq!(after.preferences.pattern, DEFAULT_PATTERN, "deleting the chosen pattern falls back to the default");
    assert!(matches!(store.delete_custom(&first.id), Err(Error::NotFound(_))));
}

#[test]
fn preferences_are_checked() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (store, _) = SettingsStore::open(dir.path(), now());
    let mut prefs = Preferences { duration_minutes: Some(4), ..Preferences::default() };
    assert!(matches!(store.update_preferences(prefs.clone(), &patterns()), Err(Error::Invalid { field: Some("duration"), .. })));
    prefs.duration_minutes = Some(10);
    prefs.text_size = 90;
    assert!(matches!(store.update_preferences(prefs.clone(), &patterns()), Err(Error::Invalid { field: Some("textSize"), .. })));
    prefs.text_size = 175;
    prefs.aftercare_minutes = 0;
    assert!(matches!(store.update_preferences(prefs.clone(), &patterns()), Err(Error::Invalid { field: Some("aftercare"), .. })));
    prefs.aftercare_minutes = 90;
    prefs.pattern = "nope".into();
    assert!(matches!(store.update_preferences(prefs, &patterns()), Err(Error::Invalid { field: Some("pattern"), .. })));
    assert!(!store.path().exists());
}

#[test]
fn the_shortcut_starts_on_can_be_turned_off_and_survives_a_reopen() {
    use crate::desktop::shortcut::{ShortcutSetting, DEFAULT};
    let dir = tempfile::tempdir().expect("tempdir");
    let (store, _) = SettingsStore::open(dir.path(), now());
    assert_eq!(store.get().shortcut, ShortcutSetting(Some(DEFAULT.into())));
    store.set_shortcut(None).expect("saved");
    assert_eq!(SettingsStore::open(dir.path(), now()).0.get().shortcut, ShortcutSetting(None), "off stays off");
    store.set_shortcut(Some("alt+super+f2".parse().expect("valid"))).expect("saved");
    assert_eq!(SettingsStore::open(dir.path(), now()).0.get().shortcut, ShortcutSetting(Some("Alt+Super+F2".into())));
    // A file from before the shortcut existed gets the default.
    std::fs::write(store.path(), r#"{"sound": true}"#).expect("write");
    let (old, notice) = SettingsStore::open(dir.path(), now());
    assert_eq!((old.get().shortcut, notice), (ShortcutSetting(Some(DEFAULT.into())), None));
}

#[test]
fn a_failed_write_keeps_the_old_file_and_the_old_settings() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (store, _) = SettingsStore::open(&dir.path().join("config"), now());
    store.update_preferences(Preferences { sound: true, ..Preferences::default() }, &patterns()).expect("valid");
    let before = std::fs::read(store.path()).expect("written");

    // The settings folder moved aside and a plain file put in its place makes the
    // write fail for any user, root included, as a full disk would (temporary files
    // now get fresh, unique names, so blocking one name no longer can). The old file,
    // moved back afterwards, must be exactly as it was.
    let folder = store.path().parent().expect("a folder").to_path_buf();
    let aside = folder.with_extension("aside");
    std::fs::rename(&folder, &aside).expect("move the folder aside");
    std::fs::write(&folder, b"not a folder").expect("a file in its place");
    let err = store.update_preferences(Preferences { sound: false, ..Preferences::default() }, &patterns()).expect_err("cannot write");
    std::fs::remove_file(&folder).expect("remove the file");
    std::fs::rename(&aside, &folder).expect("put the folder back");
    assert_eq!(err.kind(), "io");
    assert!(err.to_string().starts_with("Ebb could not save your settings"), "{err}");
    assert!(store.get().preferences.sound, "memory keeps what the disk has");
    assert_eq!(std::fs::read(store.path()).expect("still there"), before);
}
