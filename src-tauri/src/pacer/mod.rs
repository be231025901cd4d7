//! The exhale pacer's domain: breathing patterns (built-in and the user's own) and
//! the before/after ratings of a practice, kept until the journal can store them.

pub mod pattern;
pub mod practice;

pub use pattern::{CustomDraft, CustomPattern, Pattern, Phase, PhaseKind};
