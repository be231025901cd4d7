//! Practice records: before/after ratings around the pacer or a grounding list.

use rusqlite::{params, Connection, OptionalExtension};

use super::archive::PracticeEntry;
use crate::error::{Error, Result};
use crate::pacer::practice::{PracticeRecord, Tool};

/// Stores a record once: a second insert with the same id changes nothing.
pub fn insert(conn: &Connection, id: &str, record: &PracticeRecord) -> Result<bool> {
    conn.execute(
        "INSERT OR IGNORE INTO practice (id, tool, used, before, after, active_seconds, ended_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        params![
            id,
            tool_text(record.tool),
            record.used,
            record.before,
            record.after,
            record.active_seconds,
            record.ended_at.to_rfc3339()
        ],
    )
    .map(|n| n == 1)
    .map_err(Error::db("Could not save the practice record"))
}

/// All records, oldest first.
pub fn list(conn: &Connection) -> Result<Vec<(String, PracticeRecord)>> {
    conn.prepare_cached("SELECT id, tool, used, before, after, active_seconds, ended_at FROM practice ORDER BY ended_at, id")
        .and_then(|mut s| {
            s.query_map([], |r| {
                let tool: String = r.get(1)?;
                let ended: String = r.get(6)?;
                Ok((
                    r.get(0)?,
                    PracticeRecord {
                        tool: if tool == "grounding" { Tool::Grounding } else { Tool::Pacer },
                        used: r.get(2)?,
                        before: r.get(3)?,
                        after: r.get(4)?,
                        active_seconds: r.get(5)?,
                        ended_at: chrono::DateTime::parse_from_rfc3339(&ended)
                            .map(|t| t.with_timezone(&chrono::Utc))
                            .map_err(|e| rusqlite::Error::FromSqlConversionFailure(6, rusqlite::types::Type::Text, Box::new(e)))?,
                    },
                ))
            })?
            .collect()
        })
        .map_err(Error::db("Could not read the practice records"))
}

pub fn count(conn: &Connection) -> Result<u64> {
    conn.query_row("SELECT count(*) FROM practice", [], |r| r.get::<_, i64>(0))
        .optional()
        .map(|n| n.unwrap_or_default().unsigned_abs())
        .map_err(Error::db("Could not read the practice records"))
}

/// Every record, oldest first, as the archive holds them.
pub fn archive_records(conn: &Connection) -> Result<Vec<PracticeEntry>> {
    conn.prepare("SELECT id, tool, used, before, after, active_seconds, ended_at FROM practice ORDER BY ended_at, id")
        .and_then(|mut s| {
            s.query_map([], |r| {
                Ok(PracticeEntry {
                    id: r.get(0)?,
                    tool: r.get(1)?,
                    used: r.get(2)?,
                    before: r.get(3)?,
                    after: r.get(4)?,
                    active_seconds: r.get(5)?,
                    ended_at: r.get(6)?,
                })
            })?
            .collect()
        })
        .map_err(Error::db("Could not read the journal for export"))
}

/// Stores a record exactly as an archive holds it, once; says whether it was new.
pub fn insert_entry(conn: &Connection, p: &PracticeEntry) -> Result<bool> {
    conn.prepare_cached(
        "INSERT OR IGNORE INTO practice (id, tool, used, before, after, active_seconds, ended_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
    )
    .and_then(|mut q| q.execute(params![p.id, p.tool, p.used, p.before, p.after, p.active_seconds, p.ended_at]))
    .map(|n| n == 1)
    .map_err(Error::db("Could not save the practice record"))
}

fn tool_text(tool: Tool) -> &'static str {
    match tool {
        Tool::Pacer => "pacer",
        Tool::Grounding => "grounding",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::journal::db::open_in_memory;

    #[test]
    fn a_record_is_stored_once_and_read_back_exactly() {
        let conn = open_in_memory().expect("db");
        let record = PracticeRecord {
            tool: Tool::Grounding,
            used: Some("senses".into()),
            before: Some(8),
            after: Some(4),
            active_seconds: 95,
            ended_at: chrono::DateTime::parse_from_rfc3339("2026-11-22T21:30:05Z").expect("time").with_timezone(&chrono::Utc),
        };
        assert!(insert(&conn, "p1", &record).expect("insert"));
        assert!(!insert(&conn, "p1", &record).expect("insert again"), "the same id is not stored twice");
        assert_eq!(list(&conn).expect("list"), vec![("p1".to_string(), record)]);
        assert_eq!(count(&conn).expect("count"), 1);
    }
}
