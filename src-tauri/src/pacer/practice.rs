//! Before/after distress ratings around a practice (a breathing session or a
//! grounding list). The journal stores them; before a journal exists they are kept
//! in memory for the run, and handed to the journal if one is made.

use std::sync::Mutex;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Tool {
    Pacer,
    Grounding,
}

/// What the interface reports when a practice ends.
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PracticeReport {
    pub tool: Tool,
    /// What was used: the pattern breathed (pacer) or the list worked through (grounding).
    pub used: Option<String>,
    /// Distress 0–10 before, if the person gave one.
    pub before: Option<u8>,
    /// Distress 0–10 after, if the person gave one.
    pub after: Option<u8>,
    /// Time actually spent practising, pauses excluded.
    pub active_seconds: u32,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PracticeRecord {
    pub tool: Tool,
    pub used: Option<String>,
    pub before: Option<u8>,
    pub after: Option<u8>,
    pub active_seconds: u32,
    pub ended_at: DateTime<Utc>,
}

/// The records of this run of the app, oldest first.
#[derive(Debug, Default)]
pub struct PracticeLog {
    records: Mutex<Vec<PracticeRecord>>,
}

impl PracticeLog {
    /// Checks a report and makes it a record ended at `now`.
    pub fn check(report: PracticeReport, now: DateTime<Utc>) -> Result<PracticeRecord> {
        for (field, rating) in [("before", report.before), ("after", report.after)] {
            if rating.is_some_and(|r| r > 10) {
                return Err(Error::invalid(field, "A rating goes from 0 to 10."));
            }
        }
        if report.used.as_ref().is_some_and(|id| id.len() > 200) {
            return Err(Error::invalid("used", "That pattern id is too long."));
        }
        Ok(PracticeRecord {
            tool: report.tool,
            used: report.used,
            before: report.before,
            after: report.after,
            active_seconds: report.active_seconds,
            ended_at: now,
        })
    }

    pub fn keep(&self, record: PracticeRecord) {
        self.records.lock().unwrap_or_else(|p| p.into_inner()).push(record);
    }

    /// Hands over (and forgets) the records kept so far.
    pub fn take(&self) -> Vec<PracticeRecord> {
        std::mem::take(&mut *self.records.lock().unwrap_or_else(|p| p.into_inner()))
    }

    pub fn records(&self) -> Vec<PracticeRecord> {
        self.records.lock().unwrap_or_else(|p| p.into_inner()).clone()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn report(before: Option<u8>, after: Option<u8>) -> PracticeReport {
        PracticeReport { tool: Tool::Pacer, used: Some("long-exhale".into()), before, after, active_seconds: 120 }
    }

    #[test]
    fn keeps_the_pair_with_the_time_it_was_given() {
        let log = PracticeLog::default();
        let now = DateTime::parse_from_rfc3339("2026-11-22T21:30:00Z").expect("valid").with_timezone(&Utc);
        log.keep(PracticeLog::check(report(Some(8), Some(5)), now).expect("valid"));
        log.keep(PracticeLog::check(report(None, None), now).expect("skipping both ratings is fine"));
        let records = log.records();
        assert_eq!(records.len(), 2);
        assert_eq!((records[0].before, records[0].after, records[0].ended_at), (Some(8), Some(5), now));
        assert_eq!(log.take().len(), 2);
        assert!(log.records().is_empty(), "taken records are handed over once");
    }

    #[test]
    fn refuses_ratings_above_ten() {
        let err = PracticeLog::check(report(Some(11), None), Utc::now()).expect_err("11 is out of range");
        assert_eq!(err.kind(), "invalid");
    }
}
