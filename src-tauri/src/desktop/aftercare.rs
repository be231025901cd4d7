//! The aftercare check-in: after logging a session, the person may ask Ebb to
//! check in gently some time later. One check-in waits at a time; asking again
//! moves it, and it can be called off. It lives only while Ebb runs: nothing about
//! it is written to disk.

use std::sync::{Mutex, MutexGuard};
use std::time::Duration;

use chrono::{DateTime, Utc};

use crate::error::{Error, Result};

/// Delays offered, in minutes.
pub const MINUTES: [u32; 6] = [15, 30, 45, 60, 90, 120];

/// The delay offered first.
pub const DEFAULT_MINUTES: u32 = 60;

/// The check-in's title; what it says is in the catalogue (`CHECK_IN_BODY`, and
/// `CHECK_IN_ACTION` for the button, where the desktop shows buttons).
pub const TITLE: &str = "Ebb";
pub const CHECK_IN_BODY: &str = "check-in-question";
pub const CHECK_IN_ACTION: &str = "check-in-breathe";

/// A check-in found this late (the computer was asleep when it was due) is
/// dropped rather than arriving out of the blue hours later.
pub const STALE_AFTER: chrono::TimeDelta = chrono::TimeDelta::minutes(30);

/// How long the waiting task sleeps at most before looking at the wall clock
/// again (the monotonic clock can stand still while the computer sleeps).
const RECHECK: Duration = Duration::from_secs(20);

/// Checks a delay the interface asked for.
pub fn check_minutes(minutes: u32) -> Result<u32> {
    if MINUTES.contains(&minutes) {
        Ok(minutes)
    } else {
        Err(Error::invalid("aftercare", "Please choose 15, 30, 45, 60, 90 or 120 minutes."))
    }
}

/// What the waiting task should do next.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Next {
    /// Nothing is waiting.
    Idle,
    /// Look again after this long.
    Wait(Duration),
    /// It is time: check in now.
    CheckIn,
    /// It was due too long ago; it has been dropped.
    Dropped,
}

#[derive(Default)]
pub struct Aftercare {
    due: Mutex<Option<DateTime<Utc>>>,
    /// Wakes the waiting task when the check-in is set or called off. A wake with
    /// nobody waiting is kept for the next wait, so a change is never missed.
    changed: tokio::sync::Notify,
}

impl Aftercare {
    /// Sets the check-in for `delay` after `now`, replacing any waiting one.
    pub fn schedule(&self, now: DateTime<Utc>, delay: chrono::TimeDelta) -> DateTime<Utc> {
        let due = now + delay;
        *self.lock() = Some(due);
        self.changed.notify_one();
        due
    }

    pub fn cancel(&self) {
        *self.lock() = None;
        self.changed.notify_one();
    }

    /// When the waiting check-in is due.
    pub fn pending(&self) -> Option<DateTime<Utc>> {
        *self.lock()
    }

    /// Decides what happens at `now`; a check-in that is due (or stale) is taken
    /// off, so it happens once.
    pub fn next(&self, now: DateTime<Utc>) -> Next {
        decide(&mut self.lock(), now)
    }

    /// Waits until the next check-in is due and returns the time it came (after
    /// which it is no longer pending). `clock` gives the wall-clock time.
    pub async fn next_check_in(&self, clock: impl Fn() -> DateTime<Utc>) -> DateTime<Utc> {
        loop {
            let now = clock();
            let pause = match self.next(now) {
                Next::CheckIn => return now,
                Next::Dropped => continue,
                Next::Idle => RECHECK,
                Next::Wait(pause) => pause,
            };
            // Woken early by schedule or cancel; either way, decide again.
            let _ = tokio::time::timeout(pause, self.changed.notified()).await;
        }
    }

    fn lock(&self) -> MutexGuard<'_, Option<DateTime<Utc>>> {
        self.due.lock().unwrap_or_else(|p| p.into_inner())
    }
}

fn decide(due: &mut Option<DateTime<Utc>>, now: DateTime<Utc>) -> Next {
    match *due {
        None => Next::Idle,
        Some(at) if now < at => Next::Wait((at - now).to_std().unwrap_or(RECHECK).min(RECHECK)),
        Some(at) => {
            *due = None;
            if now - at > STALE_AFTER {
                Next::Dropped
            } else {
                Next::CheckIn
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeDelta;

    fn at(minute: i64) -> DateTime<Utc> {
        DateTime::from_timestamp(1_800_000_000 + minute * 60, 0).expect("in range")
    }

    #[test]
    fn nothing_waits_until_asked() {
        let care = Aftercare::default();
        assert_eq!(care.pending(), None);
        assert_eq!(care.next(at(0)), Next::Idle);
    }

    #[test]
    fn a_check_in_comes_once_when_due() {
        let care = Aftercare::default();
        assert_eq!(care.schedule(at(0), TimeDelta::minutes(60)), at(60));
        assert_eq!(care.pending(), Some(at(60)));
        assert_eq!(care.next(at(59)), Next::Wait(RECHECK));
        assert_eq!(care.next(at(60) - TimeDelta::seconds(5)), Next::Wait(Duration::from_secs(5)));
        assert_eq!(care.next(at(60)), Next::CheckIn);
        assert_eq!(care.pending(), None);
        assert_eq!(care.next(at(61)), Next::Idle);
    }

    #[test]
    fn asking_again_moves_it_and_cancelling_calls_it_off() {
        let care = Aftercare::default();
        care.schedule(at(0), TimeDelta::minutes(30));
        care.schedule(at(10), TimeDelta::minutes(60));
        assert_eq!(care.next(at(30)), Next::Wait(RECHECK));
        assert_eq!(care.pending(), Some(at(70)));
        care.cancel();
        assert_eq!(care.next(at(70)), Next::Idle);
    }

    #[test]
    fn a_check_in_found_long_after_a_sleep_is_dropped() {
        let care = Aftercare::default();
        care.schedule(at(0), TimeDelta::minutes(60));
        assert_eq!(care.next(at(60) + STALE_AFTER), Next::CheckIn);
        care.schedule(at(0), TimeDelta::minutes(60));
        assert_eq!(care.next(at(60) + STALE_AFTER + TimeDelta::seconds(1)), Next::Dropped);
        assert_eq!(care.pending(), None);
    }

    #[test]
    fn the_waiting_task_wakes_when_due() {
        let runtime = tokio::runtime::Builder::new_current_thread().enable_time().build().expect("runtime");
        let care = std::sync::Arc::new(Aftercare::default());
        let waiting = {
            let care = care.clone();
            runtime.spawn(async move { care.next_check_in(Utc::now).await })
        };
        // Set while the task has nothing to wait for (it would look again only after
        // RECHECK, 20 s): the wake must reach it, or the timeout below fails.
        let due = care.schedule(Utc::now(), TimeDelta::milliseconds(200));
        let came = runtime.block_on(async { tokio::time::timeout(Duration::from_secs(5), waiting).await }).expect("woken in time").expect("the task ends");
        assert!(came >= due, "{came} before {due}");
        assert_eq!(care.pending(), None);
    }

    #[test]
    fn only_the_offered_delays_are_taken() {
        assert!(MINUTES.contains(&DEFAULT_MINUTES));
        for m in MINUTES {
            assert_eq!(check_minutes(m).ok(), Some(m));
        }
        for m in [0, 1, 59, 61, 121, u32::MAX] {
            assert!(check_minutes(m).is_err(), "{m}");
        }
    }
}
