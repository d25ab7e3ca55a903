//! How long the SMS provider takes to accept a code, remembered so that answering a
//! request for a number without an account (which sends nothing) can take as long as
//! answering one for a number with an account. Timing must not tell the two apart.

use std::collections::VecDeque;
use std::sync::Mutex;
use std::time::Duration;

/// The last [`KEPT`] send durations.
#[derive(Default)]
pub struct SendLatency {
    recent: Mutex<VecDeque<Duration>>,
}

const KEPT: usize = 64;

impl SendLatency {
    pub fn record(&self, d: Duration) {
        let mut q = self.recent.lock().unwrap_or_else(|e| e.into_inner());
        if q.len() == KEPT {
            q.pop_front();
        }
        q.push_back(d);
    }

    /// One of the recent durations at random (zero before the first send), so the blind
    /// answers follow the same distribution as the real ones.
    pub fn sample(&self) -> Duration {
        use rand::Rng;
        let q = self.recent.lock().unwrap_or_else(|e| e.into_inner());
        if q.is_empty() {
            return Duration::ZERO;
        }
        q[rand::thread_rng().gen_range(0..q.len())]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn samples_come_from_what_was_recorded() {
        let l = SendLatency::default();
        assert_eq!(l.sample(), Duration::ZERO);
        for ms in [10, 20, 30] {
            l.record(Duration::from_millis(ms));
        }
        for _ in 0..50 {
            assert!([10, 20, 30].map(Duration::from_millis).contains(&l.sample()));
        }
        for _ in 0..KEPT {
            l.record(Duration::from_millis(5));
        }
        assert_eq!(l.sample(), Duration::from_millis(5), "only the last {KEPT} are kept");
    }
}
