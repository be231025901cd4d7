//! Breathing patterns: a named cycle of phases, each a whole number of half-seconds.
//! Built-in patterns come from `content/patterns/`; the user's own are made from a
//! four-field form and checked here, with a message a person can act on.

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};

/// The default pattern, opened when nothing else is chosen.
pub const DEFAULT_PATTERN: &str = "long-exhale";

/// Half a second: the smallest step of any phase.
pub const STEP_MS: u32 = 500;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum PhaseKind {
    /// Breathing in.
    In,
    /// A short second sip of air on top of a full breath in (cyclic sighing).
    TopUp,
    /// Resting with the breath held, after the breath in or the breath out.
    Hold,
    /// Breathing out.
    Out,
}

impl PhaseKind {
    /// Allowed length of one phase, in milliseconds, inclusive.
    fn range_ms(self) -> (u32, u32) {
        match self {
            PhaseKind::In | PhaseKind::Out => (1_000, 30_000),
            PhaseKind::TopUp => (500, 5_000),
            PhaseKind::Hold => (0, 30_000),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Phase {
    pub kind: PhaseKind,
    pub ms: u32,
    /// A short instruction shown under the phase name, e.g. "Slowly out through your mouth".
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hint: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Pattern {
    pub id: String,
    pub name: String,
    pub summary: String,
    pub order: u32,
    pub phases: Vec<Phase>,
    /// The breath out is longer than the breath in. Every built-in pattern is,
    /// except box breathing, whose file marks it `equal_length` on purpose.
    pub exhale_weighted: bool,
    /// Whether a session starts with faster breaths that lengthen over the first
    /// cycles, unless the user has chosen otherwise for this pattern.
    pub gentle_start: bool,
    pub custom: bool,
}

/// Checks the shape of a cycle. Returns the problem in plain words.
pub fn check_phases(phases: &[Phase], equal_length: bool) -> std::result::Result<(), String> {
    if phases.first().map(|p| p.kind) != Some(PhaseKind::In) {
        return Err("a cycle must begin with a breath in".into());
    }
    if !phases.iter().any(|p| p.kind == PhaseKind::Out) {
        return Err("a cycle needs a breath out".into());
    }
    for (i, phase) in phases.iter().enumerate() {
        let (lo, hi) = phase.kind.range_ms();
        if !phase.ms.is_multiple_of(STEP_MS) {
            return Err(format!("phase {} is {} ms, not a whole number of half-seconds", i + 1, phase.ms));
        }
        if phase.ms < lo || phase.ms > hi {
            return Err(format!("phase {} ({:?}) must last {}–{} s", i + 1, phase.kind, lo as f64 / 1000.0, hi as f64 / 1000.0));
        }
        if phase.kind == PhaseKind::TopUp && (i == 0 || phases[i - 1].kind != PhaseKind::In) {
            return Err(format!("phase {}: a top-up breath must follow a breath in", i + 1));
        }
        if i > 0 && phase.kind == phases[i - 1].kind && phase.kind != PhaseKind::In {
            return Err(format!("phases {} and {} are both {:?}", i, i + 1, phase.kind));
        }
    }
    let total = |kinds: &[PhaseKind]| -> u32 { phases.iter().filter(|p| kinds.contains(&p.kind)).map(|p| p.ms).sum() };
    let breath_in = total(&[PhaseKind::In, PhaseKind::TopUp]);
    let breath_out = total(&[PhaseKind::Out]);
    if equal_length && breath_in != breath_out {
        return Err(format!("marked equal_length, but in is {breath_in} ms and out is {breath_out} ms"));
    }
    if !equal_length && breath_out <= breath_in {
        return Err(format!(
            "the breath out ({breath_out} ms) must be longer than the breath in ({breath_in} ms); \
             mark the pattern equal_length = true if that is intended"
        ));
    }
    Ok(())
}

/// A pattern the user made: in / hold / out / hold.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CustomPattern {
    pub id: String,
    pub name: String,
    pub inhale_ms: u32,
    pub hold_in_ms: u32,
    pub exhale_ms: u32,
    pub hold_out_ms: u32,
}

/// The custom-pattern form as typed: every field is text, so that whatever the
/// person typed gets a clear answer rather than a parse failure at the IPC edge.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CustomDraft {
    /// Present when editing an existing pattern.
    pub id: Option<String>,
    pub name: String,
    pub inhale: String,
    pub hold_in: String,
    pub exhale: String,
    pub hold_out: String,
}

const NAME_MAX_CHARS: usize = 40;

impl CustomDraft {
    /// Checks the form and turns it into a pattern. `taken_names` are the names of
    /// every other pattern (a name must be unique so the list stays readable);
    /// `new_id` is used when the draft has no id yet.
    pub fn into_pattern(self, taken_names: &[&str], new_id: String) -> Result<CustomPattern> {
        let name = self.name.trim().to_string();
        if name.is_empty() {
            return Err(Error::invalid("name", "Give your pattern a name, so you can find it again."));
        }
        if name.chars().count() > NAME_MAX_CHARS {
            return Err(Error::invalid("name", format!("Please keep the name to {NAME_MAX_CHARS} characters or fewer.")));
        }
        if taken_names.iter().any(|t| t.trim().eq_ignore_ascii_case(&name)) {
            return Err(Error::invalid("name", format!("There is already a pattern called “{name}”. Please choose another name.")));
        }
        let pattern = CustomPattern {
            id: self.id.unwrap_or(new_id),
            name,
            inhale_ms: seconds_field(&self.inhale, "inhale", "Breathe in", 1_000)?,
            hold_in_ms: seconds_field(&self.hold_in, "holdIn", "Hold after breathing in", 0)?,
            exhale_ms: seconds_field(&self.exhale, "exhale", "Breathe out", 1_000)?,
            hold_out_ms: seconds_field(&self.hold_out, "holdOut", "Hold after breathing out", 0)?,
        };
        Ok(pattern)
    }
}

/// Reads one form field of seconds: a number, in half-second steps, within range.
fn seconds_field(text: &str, field: &'static str, label: &str, min_ms: u32) -> Result<u32> {
    let max_ms = 30_000;
    let text = text.trim().replace(',', ".");
    if text.is_empty() {
        return Err(Error::invalid(field, format!("{label}: please enter a number of seconds.")));
    }
    let seconds: f64 = text
        .parse()
        .ok()
        .filter(|s: &f64| s.is_finite())
        .ok_or_else(|| Error::invalid(field, format!("{label}: please enter a number of seconds, like 4 or 4.5.")))?;
    let range = || format!("{label} can be from {} to {} seconds.", min_ms / 1000, max_ms / 1000);
    if !(0.0..=f64::from(max_ms) / 1000.0).contains(&seconds) {
        return Err(Error::invalid(field, range()));
    }
    let halves = seconds * 2.0;
    if (halves - halves.round()).abs() > 1e-9 {
        return Err(Error::invalid(field, format!("{label}: please use half-second steps, like 4 or 4.5.")));
    }
    // Exact: `halves` is a whole number no larger than 60.
    let ms = halves.round() as u32 * STEP_MS;
    if ms < min_ms {
        return Err(Error::invalid(field, range()));
    }
    Ok(ms)
}

impl CustomPattern {
    pub fn to_pattern(&self) -> Pattern {
        let mut phases = vec![Phase { kind: PhaseKind::In, ms: self.inhale_ms, hint: None }];
        if self.hold_in_ms > 0 {
            phases.push(Phase { kind: PhaseKind::Hold, ms: self.hold_in_ms, hint: None });
        }
        phases.push(Phase { kind: PhaseKind::Out, ms: self.exhale_ms, hint: None });
        if self.hold_out_ms > 0 {
            phases.push(Phase { kind: PhaseKind::Hold, ms: self.hold_out_ms, hint: None });
        }
        let summary = format!(
            "In {}, hold {}, out {}, hold {} (seconds).",
            secs(self.inhale_ms),
            secs(self.hold_in_ms),
            secs(self.exhale_ms),
            secs(self.hold_out_ms)
        );
        Pattern {
            id: self.id.clone(),
            name: self.name.clone(),
            summary,
            order: u32::MAX,
            phases,
            exhale_weighted: self.exhale_ms > self.inhale_ms,
            gentle_start: false,
            custom: true,
        }
    }

    /// Checks a pattern read back from the settings file (which a person could have
    /// edited by hand) against the same ranges as the form.
    pub fn check(&self) -> std::result::Result<(), String> {
        let ok = |ms: u32, lo: u32| ms.is_multiple_of(STEP_MS) && (lo..=30_000).contains(&ms);
        if self.name.trim().is_empty() || self.name.chars().count() > NAME_MAX_CHARS {
            return Err(format!("custom pattern {:?} has an empty or over-long name", self.id));
        }
        if !(ok(self.inhale_ms, 1_000) && ok(self.exhale_ms, 1_000) && ok(self.hold_in_ms, 0) && ok(self.hold_out_ms, 0)) {
            return Err(format!("custom pattern {:?} has a phase out of range", self.name));
        }
        Ok(())
    }
}

fn secs(ms: u32) -> String {
    if ms.is_multiple_of(1000) { format!("{}", ms / 1000) } else { format!("{}.5", ms / 1000) }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn draft(inhale: &str, hold_in: &str, exhale: &str, hold_out: &str) -> CustomDraft {
        CustomDraft {
            id: None,
            name: "Evening".into(),
            inhale: inhale.into(),
            hold_in: hold_in.into(),
            exhale: exhale.into(),
            hold_out: hold_out.into(),
        }
    }

    fn field_error(result: Result<CustomPattern>) -> (Option<&'static str>, String) {
        match result {
            Err(Error::Invalid { field, message }) => (field, message),
            other => panic!("expected an invalid-input error, got {other:?}"),
        }
    }

    #[test]
    fn a_valid_draft_becomes_a_pattern_in_milliseconds() {
        let p = draft("4.5", "0", "7", "1,5").into_pattern(&[], "custom-1".into()).expect("valid");
        assert_eq!((p.inhale_ms, p.hold_in_ms, p.exhale_ms, p.hold_out_ms), (4_500, 0, 7_000, 1_500));
        let pattern = p.to_pattern();
        let kinds: Vec<_> = pattern.phases.iter().map(|p| p.kind).collect();
        assert_eq!(kinds, [PhaseKind::In, PhaseKind::Out, PhaseKind::Hold], "a zero hold is left out of the cycle");
        assert_eq!(pattern.summary, "In 4.5, hold 0, out 7, hold 1.5 (seconds).");
    }

    #[test]
    fn out_of_range_and_malformed_values_are_named_not_clamped() {
        let cases = [
            (draft("0.5", "0", "6", "0"), "inhale", "from 1 to 30"),
            (draft("4", "0", "31", "0"), "exhale", "from 1 to 30"),
            (draft("4", "-1", "6", "0"), "holdIn", "from 0 to 30"),
            (draft("4", "0", "6", "4.25"), "holdOut", "half-second steps"),
            (draft("four", "0", "6", "0"), "inhale", "like 4 or 4.5"),
            (draft("4", "0", "", "0"), "exhale", "enter a number"),
            (draft("4", "0", "NaN", "0"), "exhale", "like 4 or 4.5"),
            (draft("4", "0", "inf", "0"), "exhale", "like 4 or 4.5"),
            (draft("1e3", "0", "6", "0"), "inhale", "from 1 to 30"),
        ];
        for (d, want_field, want_text) in cases {
            let (field, message) = field_error(d.into_pattern(&[], "x".into()));
            assert_eq!(field, Some(want_field), "{message}");
            assert!(message.contains(want_text), "{message:?} should mention {want_text:?}");
        }
    }

    #[test]
    fn names_must_be_present_short_and_unique() {
        let mut d = draft("4", "0", "6", "0");
        d.name = "   ".into();
        assert_eq!(field_error(d.clone().into_pattern(&[], "x".into())).0, Some("name"));
        d.name = "x".repeat(41);
        assert_eq!(field_error(d.clone().into_pattern(&[], "x".into())).0, Some("name"));
        d.name = " box BREATHING ".into();
        let (_, message) = field_error(d.clone().into_pattern(&["Box breathing"], "x".into()));
        assert!(message.contains("already"), "{message}");
        d.name = "مساء هادئ 🌙".into();
        assert_eq!(d.into_pattern(&["Box breathing"], "x".into()).expect("unicode names are fine").name, "مساء هادئ 🌙");
    }

    #[test]
    fn phase_checks_catch_broken_cycles() {
        let ph = |kind, ms| Phase { kind, ms, hint: None };
        assert!(check_phases(&[ph(PhaseKind::In, 4000), ph(PhaseKind::Out, 6000)], false).is_ok());
        assert!(check_phases(&[ph(PhaseKind::Out, 6000), ph(PhaseKind::In, 4000)], false).is_err());
        assert!(check_phases(&[ph(PhaseKind::In, 4000), ph(PhaseKind::Out, 4000)], false).is_err(), "not exhale-weighted");
        assert!(check_phases(&[ph(PhaseKind::In, 4000), ph(PhaseKind::Out, 4000)], true).is_ok());
        assert!(check_phases(&[ph(PhaseKind::In, 4000), ph(PhaseKind::Out, 6000)], true).is_err(), "equal_length but unequal");
        assert!(check_phases(&[ph(PhaseKind::In, 4250), ph(PhaseKind::Out, 6000)], false).is_err(), "not half-seconds");
        assert!(check_phases(&[ph(PhaseKind::In, 3000), ph(PhaseKind::Out, 1000), ph(PhaseKind::TopUp, 1000)], false).is_err());
        assert!(check_phases(&[ph(PhaseKind::In, 4000), ph(PhaseKind::Hold, 1000), ph(PhaseKind::Hold, 1000), ph(PhaseKind::Out, 6000)], false).is_err());
    }
}
