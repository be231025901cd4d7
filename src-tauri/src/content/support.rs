//! Crisis lines by country, from `content/support/lines.toml`: long-standing
//! national services, each with its hours, its cost, a way to reach it without
//! speaking where one exists, and the source and month it was last checked.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Country {
    /// ISO 3166-1 alpha-2, e.g. "GB".
    pub code: String,
    pub name: String,
    /// The number for police, ambulance and fire.
    pub emergency: String,
    /// Lines whose facts were confirmed and agree between sources. A country may
    /// have none: the screen then offers its emergency number with a kind word,
    /// which is better than a line we are not sure of.
    #[serde(default, rename(deserialize = "line"))]
    pub lines: Vec<Line>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Line {
    pub name: String,
    /// How to call, in plain words: "Call 116 123".
    pub contact: String,
    /// How to reach it without speaking, where a way exists: "Text 988",
    /// "Chat at https://…". Someone crying often cannot talk.
    #[serde(default)]
    pub text: Option<String>,
    pub hours: String,
    /// What it costs, in plain words: "Free", "Standard rates".
    // Required; a missing one reads as empty so the check below can say so in
    // plain words rather than as a parser error.
    #[serde(default)]
    pub cost: String,
    /// The service's own page (or the national health authority's).
    pub source: String,
    /// The month the line was last checked against `source`, as "YYYY-MM".
    // Required, as `cost` is.
    #[serde(default)]
    pub checked: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    country: Vec<Country>,
}

pub fn parse(text: &str) -> Result<Vec<Country>, String> {
    let file: File = toml::from_str(text).map_err(|e| e.to_string())?;
    let mut countries = file.country;
    for (i, c) in countries.iter().enumerate() {
        let at = || format!("country {:?}", c.code);
        if c.code.len() != 2 || !c.code.chars().all(|ch| ch.is_ascii_uppercase()) {
            return Err(format!("{}: code must be two capital letters (ISO 3166-1)", at()));
        }
        if countries[..i].iter().any(|d| d.code == c.code) {
            return Err(format!("{}: listed twice", at()));
        }
        if c.name.trim().is_empty() || c.emergency.trim().is_empty() || !c.emergency.chars().any(|ch| ch.is_ascii_digit()) {
            return Err(format!("{}: needs a name and an emergency number", at()));
        }
        for line in &c.lines {
            check_line(line).map_err(|problem| format!("{}: {problem}", at()))?;
        }
    }
    countries.sort_by(|a, b| a.name.cmp(&b.name));
    Ok(countries)
}

fn check_line(line: &Line) -> Result<(), String> {
    if [&line.name, &line.contact, &line.hours].iter().any(|v| v.trim().is_empty()) {
        return Err("every line needs a name, contact and hours".into());
    }
    let name = &line.name;
    let rest = line.source.strip_prefix("https://").unwrap_or_default();
    if rest.is_empty() || rest.chars().any(char::is_whitespace) {
        return Err(format!("line {name:?} needs an https:// source"));
    }
    if line.cost.trim().is_empty() {
        return Err(format!("line {name:?} needs its cost, in plain words (\"Free\", \"Standard rates\")"));
    }
    if line.text.as_ref().is_some_and(|t| t.trim().is_empty()) {
        return Err(format!("line {name:?}: text, when given, says how to reach it without speaking"));
    }
    if month(&line.checked).is_none() {
        return Err(format!("line {name:?}: checked must be the month it was last checked, as YYYY-MM (e.g. \"2026-11\")"));
    }
    Ok(())
}

/// A month written "YYYY-MM", as (year, month); `None` for anything else. A year
/// before 2000 can only be a typo for a line checked by this project.
fn month(text: &str) -> Option<(i32, u32)> {
    let (year, month) = text.split_once('-')?;
    if year.len() != 4 || month.len() != 2 || !year.chars().chain(month.chars()).all(|c| c.is_ascii_digit()) {
        return None;
    }
    let year: i32 = year.parse().ok()?;
    let month: u32 = month.parse().ok()?;
    (year >= 2000 && (1..=12).contains(&month)).then_some((year, month))
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{Datelike, Utc};

    const GOOD: &str = r#"
[[country]]
code = "GB"
name = "United Kingdom"
emergency = "999"
[[country.line]]
name = "Samaritans"
contact = "Call 116 123"
hours = "24 hours, every day"
cost = "Free"
source = "https://www.samaritans.org"
checked = "2026-11"
[[country.line]]
name = "Shout"
contact = "Text 85258"
text = "Text 85258"
hours = "24 hours, every day"
cost = "Free"
source = "https://giveusashout.org"
checked = "2026-11"

[[country]]
code = "KR"
name = "South Korea"
emergency = "119"
"#;

    fn problem(text: &str) -> String {
        parse(text).expect_err("should be refused")
    }

    #[test]
    fn a_good_file_parses_with_every_field_and_sorts_by_name() {
        let countries = parse(GOOD).expect("valid");
        assert_eq!(countries.iter().map(|c| c.code.as_str()).collect::<Vec<_>>(), ["KR", "GB"], "by name: South Korea, United Kingdom");
        let uk = &countries[1];
        assert_eq!(uk.lines.len(), 2);
        assert_eq!(uk.lines[0].text, None, "text is optional");
        assert_eq!(uk.lines[1].text.as_deref(), Some("Text 85258"));
        assert_eq!((uk.lines[0].cost.as_str(), uk.lines[0].checked.as_str()), ("Free", "2026-11"));
        assert!(countries[0].lines.is_empty(), "a country may be listed with its emergency number alone");
    }

    #[test]
    fn each_problem_is_named() {
        let cases: Vec<(String, &str)> = vec![
            (GOOD.replace("code = \"GB\"", "code = \"gb\""), "two capital letters"),
            (GOOD.replace("code = \"KR\"", "code = \"GB\""), "listed twice"),
            (GOOD.replace("emergency = \"119\"", "emergency = \"the police\""), "emergency number"),
            (GOOD.replace("contact = \"Call 116 123\"", "contact = \" \""), "name, contact and hours"),
            (GOOD.replace("https://www.samaritans.org", "http://www.samaritans.org"), "https://"),
            (GOOD.replace("https://www.samaritans.org", "https://"), "https://"),
            (GOOD.replace("cost = \"Free\"\nsource = \"https://www.samaritans.org\"", "source = \"https://www.samaritans.org\""), "needs its cost"),
            (GOOD.replacen("cost = \"Free\"", "cost = \"\"", 1), "needs its cost"),
            (GOOD.replace("text = \"Text 85258\"", "text = \"  \""), "without speaking"),
            (GOOD.replacen("checked = \"2026-11\"", "", 1), "YYYY-MM"),
            (GOOD.replacen("checked = \"2026-11\"", "checked = \"2026-13\"", 1), "YYYY-MM"),
            (GOOD.replacen("checked = \"2026-11\"", "checked = \"2026-1\"", 1), "YYYY-MM"),
            (GOOD.replacen("checked = \"2026-11\"", "checked = \"November 2026\"", 1), "YYYY-MM"),
            (GOOD.replacen("checked = \"2026-11\"", "checked = \"1926-11\"", 1), "YYYY-MM"),
            (GOOD.replacen("checked = \"2026-11\"", "checked = \"2026-11\"\nphone = \"116 123\"", 1), "unknown field"),
        ];
        for (text, expected) in cases {
            let problem = problem(&text);
            assert!(problem.contains(expected), "{problem:?} should mention {expected:?}");
        }
        assert!(problem(&GOOD.replacen("cost = \"Free\"", "cost = \"\"", 1)).contains("\"GB\""), "a problem names its country");
    }

    #[test]
    fn months_are_read_exactly() {
        assert_eq!(month("2026-11"), Some((2026, 11)));
        assert_eq!(month("2027-01"), Some((2027, 1)));
        for bad in ["", "2026", "2026-00", "2026-13", "2026-+1", "+026-11", "2026/11", "2026-11-23", "11-2026"] {
            assert_eq!(month(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn the_embedded_lines_are_checked_and_none_claims_a_future_check() {
        let (_, text) = crate::content::embedded_files().iter().find(|(path, _)| *path == "support/lines.toml").expect("support/lines.toml is embedded");
        let countries = parse(text).expect("support/lines.toml is valid");
        let today = Utc::now().date_naive();
        for c in &countries {
            for line in &c.lines {
                let checked = month(&line.checked).expect("checked is a month");
                assert!(checked <= (today.year(), today.month()), "{} / {}: checked {} is in the future", c.code, line.name, line.checked);
            }
        }
        assert!(countries.len() >= 20, "at least 20 countries, got {}", countries.len());
        let has = |code: &str| countries.iter().find(|c| c.code == code).unwrap_or_else(|| panic!("{code} is listed"));
        for code in ["IN", "BR", "MX", "PH", "ES", "KR", "ZA", "JP", "IT"] {
            assert_eq!(has(code).code, code);
        }
        // Where a way to write exists, it is shown: people crying often cannot speak.
        for code in ["GB", "IE", "AU", "US", "CA", "NZ"] {
            assert!(has(code).lines.iter().any(|l| l.text.is_some()), "{code} offers a way to text or chat");
        }
    }
}
