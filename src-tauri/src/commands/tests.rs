//! The command list, the capability that grants it, the interface's one door to
//! it (`ui/js/api.js`) and the event names on both sides must agree: a command
//! added in one place and forgotten in another fails here, not in a person's hands.

use std::collections::BTreeSet;

use super::COMMANDS;

const CAPABILITY: &str = include_str!("../../capabilities/main.json");
const API_JS: &str = include_str!("../../../ui/js/api.js");

fn listed() -> BTreeSet<String> {
    COMMANDS.iter().map(|c| c.to_string()).collect()
}

/// Every `'…'` string that follows `marker` in `text`.
fn quoted_after(text: &str, marker: &str) -> Vec<String> {
    text.match_indices(marker)
        .filter_map(|(at, _)| text[at + marker.len()..].split('\'').next().map(str::to_string))
        .collect()
}

#[test]
fn every_command_is_listed_once() {
    assert_eq!(listed().len(), COMMANDS.len(), "a command appears twice in list.rs");
}

#[test]
fn the_capability_grants_exactly_the_listed_commands() {
    let capability: serde_json::Value = serde_json::from_str(CAPABILITY).expect("capabilities/main.json is JSON");
    let granted: BTreeSet<String> = capability["permissions"]
        .as_array()
        .expect("a permissions list")
        .iter()
        .filter_map(|p| p.as_str()?.strip_prefix("allow-"))
        .map(|p| p.replace('-', "_"))
        .collect();
    let missing: Vec<_> = listed().difference(&granted).cloned().collect();
    let extra: Vec<_> = granted.difference(&listed()).cloned().collect();
    assert!(missing.is_empty(), "listed in commands/list.rs but not granted in capabilities/main.json: {missing:?}");
    assert!(extra.is_empty(), "granted in capabilities/main.json but not in commands/list.rs: {extra:?}");
}

#[test]
fn the_interface_calls_exactly_the_listed_commands() {
    let called: BTreeSet<String> = quoted_after(API_JS, "call('").into_iter().collect();
    let missing: Vec<_> = listed().difference(&called).cloned().collect();
    let extra: Vec<_> = called.difference(&listed()).cloned().collect();
    assert!(missing.is_empty(), "listed in commands/list.rs but never called from ui/js/api.js: {missing:?}");
    assert!(extra.is_empty(), "called from ui/js/api.js but not in commands/list.rs: {extra:?}");
}

#[test]
fn the_interface_listens_for_exactly_the_events_rust_sends() {
    let start = API_JS.find("export const EVENTS = Object.freeze({").expect("api.js names its events in EVENTS");
    let block = &API_JS[start..start + API_JS[start..].find("})").expect("EVENTS closes")];
    let named: BTreeSet<String> = block.split('\'').skip(1).step_by(2).map(str::to_string).collect();
    let sent: BTreeSet<String> = crate::events::ALL.iter().map(|e| e.to_string()).collect();
    assert_eq!(named, sent, "ui/js/api.js EVENTS and src/events.rs name different events");
    assert_eq!(API_JS.matches("event.listen('").count(), 0, "listen through EVENTS, not a string written again");
}
