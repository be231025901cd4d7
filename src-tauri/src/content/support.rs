//! Crisis lines by country, from `content/support/lines.toml`: long-standing
//! national services, each with the source it was checked against.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Country {
    /// ISO 3166-1 alpha-2, e.g. "GB".
    pub code: String,
    pub name: String,
    /// The number for police, ambulance and fire.
    pub emergency: String,
    #[serde(rename(deserialize = "line"))]
    pub lines: Vec<Line>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Line {
    pub name: String,
    pub contact: String,
    pub hours: String,
    pub source: String,
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
        if c.lines.is_empty() {
            return Err(format!("{}: needs at least one line", at()));
        }
        for line in &c.lines {
            if [&line.name, &line.contact, &line.hours].iter().any(|v| v.trim().is_empty()) {
                return Err(format!("{}: every line needs a name, contact and hours", at()));
            }
            if !line.source.starts_with("https://") {
                return Err(format!("{}: line {:?} needs an https:// source", at(), line.name));
            }
        }
    }
    countries.sort_by(|a, b| a.name.cmp(&b.name));
    Ok(countries)
}
