//! The command layer through Tauri's mock runtime, with the app's real configuration
//! and capabilities: arguments arrive as the interface sends them, errors leave as
//! `{kind, message, field}`, and a window without the capability is refused.

use std::time::Instant;

use ebb::cli::Launch;
use ebb::Started;
use serde_json::{json, Value};
use tauri::ipc::{CallbackFn, InvokeBody};
use tauri::test::{get_ipc_response, mock_builder, INVOKE_KEY};
use tauri::webview::InvokeRequest;
use tauri::{Manager, WebviewWindow};

fn app(data_dir: &std::path::Path, breathe: bool) -> tauri::App<tauri::test::MockRuntime> {
    let launch = Launch { data_dir: Some(data_dir.to_path_buf()), breathe };
    let mut app = ebb::configure(mock_builder(), launch, Started { at: Instant::now(), report: false })
        .build(ebb::context())
        .expect("the app builds on the mock runtime");
    // Runs the app's setup (state, main window) once; the mock event loop itself does nothing.
    #[allow(deprecated)]
    app.run_iteration(|_, _| {});
    app
}

fn invoke(window: &WebviewWindow<tauri::test::MockRuntime>, cmd: &str, args: Value) -> Result<Value, Value> {
    let request = InvokeRequest {
        cmd: cmd.into(),
        callback: CallbackFn(0),
        error: CallbackFn(1),
        url: "tauri://localhost".parse().expect("valid url"),
        body: InvokeBody::Json(args),
        headers: Default::default(),
        invoke_key: INVOKE_KEY.to_string(),
    };
    get_ipc_response(window, request).map(|body| body.deserialize::<Value>().expect("json"))
}

fn main_window(app: &tauri::App<tauri::test::MockRuntime>) -> WebviewWindow<tauri::test::MockRuntime> {
    app.get_webview_window(ebb::MAIN_WINDOW).expect("setup opens the main window")
}

#[test]
fn app_state_hands_over_patterns_preferences_and_the_breathe_request_once() {
    let dir = tempfile::tempdir().expect("tempdir");
    let app = app(dir.path(), true);
    let window = main_window(&app);

    let state = invoke(&window, "app_state", json!({})).expect("ok");
    assert_eq!(state["preferences"]["pattern"], "long-exhale");
    assert_eq!(state["durations"], json!([1, 2, 3, 5, 10]));
    assert_eq!(state["breatheNow"], true);
    let ids: Vec<&str> = state["patterns"].as_array().expect("list").iter().map(|p| p["id"].as_str().expect("id")).collect();
    assert_eq!(ids, ["long-exhale", "cyclic-sighing", "resonance", "four-seven-eight", "box"]);
    assert_eq!(state["patterns"][0]["phases"][1], json!({"kind": "out", "ms": 6000}));
    // Field names as the interface reads them.
    assert_eq!(state["patterns"][0]["gentleStart"], true);
    assert_eq!(state["patterns"][0]["exhaleWeighted"], true);
    assert_eq!(state["patterns"][4]["exhaleWeighted"], false, "box breathing is equal-length");

    let again = invoke(&window, "app_state", json!({})).expect("ok");
    assert_eq!(again["breatheNow"], false, "--breathe applies once, not on every reload");
}

#[test]
fn preferences_are_saved_to_the_data_dir_and_bad_ones_refused() {
    let dir = tempfile::tempdir().expect("tempdir");
    let app = app(dir.path(), false);
    let window = main_window(&app);
    let mut prefs = invoke(&window, "app_state", json!({})).expect("ok")["preferences"].clone();
    prefs["pattern"] = json!("resonance");
    prefs["durationMinutes"] = Value::Null;
    prefs["motion"] = json!("reduced");

    let snapshot = invoke(&window, "update_preferences", json!({ "preferences": prefs })).expect("ok");
    assert_eq!(snapshot["preferences"]["pattern"], "resonance");
    let file: Value = serde_json::from_slice(&std::fs::read(dir.path().join("settings.json")).expect("written")).expect("json");
    assert_eq!(file["pattern"], "resonance");
    assert_eq!(file["motion"], "reduced");
    assert!(file["durationMinutes"].is_null(), "open-ended is kept as null");

    prefs["durationMinutes"] = json!(4);
    let err = invoke(&window, "update_preferences", json!({ "preferences": prefs })).expect_err("4 minutes is not offered");
    assert_eq!(err["kind"], "invalid");
    assert_eq!(err["field"], "duration");

    prefs["theme"] = json!("neon");
    let err = invoke(&window, "update_preferences", json!({ "preferences": prefs })).expect_err("unknown theme");
    assert!(err.as_str().is_some_and(|m| m.contains("neon")), "argument errors name the bad value: {err}");
}

#[test]
fn custom_patterns_round_trip_and_bad_values_come_back_with_their_field() {
    let dir = tempfile::tempdir().expect("tempdir");
    let app = app(dir.path(), false);
    let window = main_window(&app);

    let bad = json!({ "draft": { "name": "Night", "inhale": "4", "holdIn": "0", "exhale": "31", "holdOut": "0" } });
    let err = invoke(&window, "save_custom_pattern", bad).expect_err("31 s is too long");
    assert_eq!(err, json!({ "kind": "invalid", "field": "exhale", "message": "Breathe out can be from 1 to 30 seconds." }));
    assert!(!dir.path().join("settings.json").exists(), "nothing saved");

    let good = json!({ "draft": { "name": "Night", "inhale": "4", "holdIn": "1.5", "exhale": "8", "holdOut": "0" } });
    let saved = invoke(&window, "save_custom_pattern", good).expect("ok");
    let id = saved["pattern"]["id"].as_str().expect("id").to_string();
    assert_eq!(saved["pattern"]["custom"], true);
    assert_eq!(saved["patterns"].as_array().expect("list").last().expect("one")["id"], id.as_str());

    // A restart finds it again.
    drop(app);
    let app2 = self::app(dir.path(), false);
    let state = invoke(&main_window(&app2), "app_state", json!({})).expect("ok");
    let found = state["patterns"].as_array().expect("list").iter().find(|p| p["id"] == id.as_str()).expect("still there").clone();
    assert_eq!(found["name"], "Night");
    assert_eq!(found["phases"].as_array().expect("phases").len(), 3, "in, hold, out: the zero hold is left out");

    let snapshot = invoke(&main_window(&app2), "delete_custom_pattern", json!({ "id": id })).expect("ok");
    assert_eq!(snapshot["patterns"].as_array().expect("list").len(), 5);
    let err = invoke(&main_window(&app2), "delete_custom_pattern", json!({ "id": id })).expect_err("gone");
    assert_eq!(err["kind"], "not_found");
}

#[test]
fn practice_ratings_are_kept_and_checked() {
    let dir = tempfile::tempdir().expect("tempdir");
    let app = app(dir.path(), false);
    let window = main_window(&app);
    let report = json!({ "report": { "tool": "pacer", "used": "box", "before": 8, "after": 4, "activeSeconds": 180 } });
    let record = invoke(&window, "record_practice", report).expect("ok");
    assert_eq!((record["before"].as_u64(), record["after"].as_u64()), (Some(8), Some(4)));
    assert_eq!(app.state::<ebb::state::JournalState>().unsaved_practice().len(), 1);

    let bad = json!({ "report": { "tool": "pacer", "used": "box", "before": 12, "after": null, "activeSeconds": 5 } });
    assert_eq!(invoke(&window, "record_practice", bad).expect_err("12 is off the scale")["field"], "before");
}

#[test]
fn a_damaged_settings_file_is_reported_once_through_app_state() {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::write(dir.path().join("settings.json"), "{ not json").expect("write");
    let app = app(dir.path(), false);
    let window = main_window(&app);
    let state = invoke(&window, "app_state", json!({})).expect("ok");
    assert_eq!(state["notices"][0]["kind"], "settings-damaged");
    assert_eq!(state["preferences"]["pattern"], "long-exhale", "defaults");
    assert_eq!(invoke(&window, "app_state", json!({})).expect("ok")["notices"], json!([]), "told once");
}

#[test]
fn only_the_main_window_may_call_commands() {
    let dir = tempfile::tempdir().expect("tempdir");
    let app = app(dir.path(), false);
    let other = tauri::WebviewWindowBuilder::new(&app, "other", Default::default()).build().expect("window");
    let err = invoke(&other, "app_state", json!({})).expect_err("no capability for this window");
    assert!(err.as_str().is_some_and(|m| m.contains("not allowed")), "{err}");
}

#[test]
fn grounding_support_and_articles_are_served_and_the_persons_additions_persist() {
    let dir = tempfile::tempdir().expect("tempdir");
    let app = app(dir.path(), false);
    let window = main_window(&app);
    let res = invoke(&window, "resources", json!({})).expect("ok");
    assert_eq!(res["checklists"][0]["id"], "senses");
    assert_eq!(res["articles"].as_array().expect("list").len(), 8);
    assert_eq!(res["articles"][0]["body"][0]["type"], "heading");
    assert!(res["country"].is_null(), "not chosen yet");

    let res = invoke(&window, "add_checklist_item", json!({ "list": "senses", "text": "Hold something warm 🫖" })).expect("ok");
    assert_eq!(res["checklists"][0]["items"].as_array().expect("items").last().expect("one")["text"], "Hold something warm 🫖");
    let err = invoke(&window, "add_checklist_item", json!({ "list": "senses", "text": "   " })).expect_err("empty");
    assert_eq!(err["field"], "item");
    let made = invoke(&window, "create_checklist", json!({ "title": "Night list", "items": ["Lamp on", "Socks on"] })).expect("ok");
    let list_id = made["id"].as_str().expect("id").to_string();
    invoke(&window, "save_contacts", json!({ "contacts": [{ "name": "Sam", "reach": "07700 900123", "note": "text first" }] })).expect("ok");
    let err = invoke(&window, "save_contacts", json!({ "contacts": [{ "name": "Sam", "reach": "", "note": "" }] })).expect_err("no reach");
    assert_eq!(err["field"], "reach");
    invoke(&window, "set_country", json!({ "code": "GB" })).expect("ok");
    assert_eq!(invoke(&window, "set_country", json!({ "code": "XX" })).expect_err("unknown")["field"], "country");

    drop(app);
    let app2 = self::app(dir.path(), false);
    let res = invoke(&main_window(&app2), "resources", json!({})).expect("ok");
    assert_eq!(res["checklists"][0]["items"].as_array().expect("items").len(), 6, "the added item survives a restart");
    assert_eq!(res["contacts"][0]["name"], "Sam");
    assert_eq!(res["country"], "GB");
    let own = res["checklists"].as_array().expect("lists").iter().find(|c| c["id"] == list_id.as_str()).expect("own list").clone();
    assert_eq!(own["custom"], true);

    let res = invoke(&main_window(&app2), "reset_checklist", json!({ "list": "senses" })).expect("ok");
    assert_eq!(res["checklists"][0]["items"].as_array().expect("items").len(), 5, "reset to how it shipped");
}

#[test]
fn the_journal_through_its_commands_locked_and_unlocked() {
    let dir = tempfile::tempdir().expect("tempdir");
    let app = app(dir.path(), false);
    let window = main_window(&app);
    assert_eq!(invoke(&window, "journal_status", json!({})).expect("ok")["state"], "absent");
    // Ratings before any journal exists are kept for the run...
    let report = json!({"report": {"tool": "pacer", "used": "long-exhale", "before": 7, "after": 4, "activeSeconds": 120}});
    invoke(&window, "record_practice", report.clone()).expect("kept in memory");

    let err = invoke(&window, "journal_create", json!({"passphrase": "short"})).expect_err("too short");
    assert_eq!((err["kind"].as_str(), err["field"].as_str()), (Some("invalid"), Some("passphrase")));
    let view = invoke(&window, "journal_create", json!({"passphrase": "a long enough phrase"})).expect("created");
    assert_eq!(view["state"], "open");
    assert_eq!(view["lockAfterMinutes"], 15);
    // ...and handed to the journal once it exists.
    assert!(app.state::<ebb::state::JournalState>().unsaved_practice().is_empty());

    let entry = json!({"heldAt": "2026-11-22T17:00", "cameUp": "through IPC", "tears": "during", "tearKinds": ["release"], "warningSigns": ["panic"]});
    let saved = invoke(&window, "session_save", json!({"id": null, "entry": entry})).expect("saved");
    assert_eq!(saved["tearKinds"], json!(["release"]));
    let page = invoke(&window, "session_list", json!({"query": {"text": "ipc"}})).expect("list");
    assert_eq!(page["total"], 1);
    let bad = invoke(&window, "session_save", json!({"id": null, "entry": {"heldAt": "soon"}})).expect_err("refused");
    assert_eq!(bad["field"], "heldAt");

    invoke(&window, "journal_lock", json!({})).expect("locked");
    let locked = invoke(&window, "session_list", json!({"query": {}})).expect_err("locked");
    assert_eq!(locked["kind"], "locked");
    assert_eq!(invoke(&window, "journal_note", json!({"text": "while locked"})).expect("sealed"), Value::Null);
    invoke(&window, "record_practice", report).expect("sealed too");
    assert_eq!(invoke(&window, "journal_status", json!({})).expect("ok")["pending"], 2);

    let wrong = invoke(&window, "journal_unlock", json!({"passphrase": "a long enough phrasE"})).expect_err("wrong");
    assert_eq!(wrong["kind"], "wrong_passphrase");
    let merged = invoke(&window, "journal_unlock", json!({"passphrase": "a long enough phrase"})).expect("unlocked");
    assert_eq!(merged["captures"], 2);
    let notes = invoke(&window, "journal_notes", json!({})).expect("notes");
    assert_eq!(notes[0]["text"], "while locked");
    let practice = app.state::<ebb::state::JournalState>().with(chrono::Utc::now(), |j| j.practice_records()).expect("records");
    assert_eq!(practice.len(), 2, "one from before the journal existed, one sealed while locked");

    let err = invoke(&window, "journal_delete", json!({"confirmation": "yes"})).expect_err("needs the word");
    assert_eq!(err["field"], "confirmation");
    assert_eq!(invoke(&window, "journal_delete", json!({"confirmation": "delete"})).expect("deleted")["state"], "absent");
    assert!(!dir.path().join("journal").exists());
}
