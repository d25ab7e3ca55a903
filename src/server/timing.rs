//! How long the SMS provider takes to accept a code, remembered so that answering a
//! request for a number without an account (which sends nothing) can take as long as
//! answering one for a number with an account, from the first request on: until real
//! sends have been timed, blind ones take what this provider typically takes. And whether
//! the provider is down right now, so a blind send answers "could not be sent" while real
//! ones do. Neither timing nor an outage may tell the two apart.

use std::collections::VecDeque;
use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::Mutex;
use std::time::Duration;

/// The last [`KEPT`] send durations, and the provider's state.
pub struct SendLatency {
    recent: Mutex<VecDeque<Duration>>,
    /// What a send typically takes with this provider, until sends have been timed.
    typical: Duration,
    /// Unix ms until which the provider counts as down (a real send failed for its sake).
    down_until_ms: AtomicI64,
}

const KEPT: usize = 64;
/// How long one failed real send makes blind sends fail too (a later success ends it).
const DOWN_FOR_MS: i64 = 30_000;

impl SendLatency {
    pub fn new(typical: Duration) -> SendLatency {
        SendLatency { recent: Mutex::new(VecDeque::with_capacity(KEPT)), typical, down_until_ms: AtomicI64::new(0) }
    }

    /// A real send was accepted after `d`.
    pub fn record(&self, d: Duration) {
        self.down_until_ms.store(0, Ordering::Relaxed);
        let mut q = self.recent.lock().unwrap_or_else(|e| e.into_inner());
        if q.len() == KEPT {
            q.pop_front();
        }
        q.push_back(d);
    }

    /// One of the recent durations at random, so the blind answers follow the same
    /// distribution as the real ones; before the first send, the provider's typical
    /// duration give or take a third.
    pub fn sample(&self) -> Duration {
        use rand::Rng;
        let q = self.recent.lock().unwrap_or_else(|e| e.into_inner());
        if q.is_empty() {
            return self.typical.mul_f64(rand::thread_rng().gen_range(0.67..1.33));
        }
        q[rand::thread_rng().gen_range(0..q.len())]
    }

    /// A real send failed because the provider is down or refuses our credentials.
    pub fn provider_failed(&self) {
        self.down_until_ms.store(crate::server::clock::now_ms() + DOWN_FOR_MS, Ordering::Relaxed);
    }

    /// Whether real sends are failing for the provider's sake right now.
    pub fn provider_down(&self) -> bool {
        crate::server::clock::now_ms() < self.down_until_ms.load(Ordering::Relaxed)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn samples_come_from_what_was_recorded() {
        let l = SendLatency::new(Duration::ZERO);
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

    #[test]
    fn before_any_send_blind_ones_take_the_typical_time() {
        let l = SendLatency::new(Duration::from_millis(300));
        for _ in 0..50 {
            let s = l.sample();
            assert!(s >= Duration::from_millis(200) && s <= Duration::from_millis(400), "{s:?}");
        }
    }

    #[test]
    fn an_outage_lasts_until_a_send_works_again() {
        let l = SendLatency::new(Duration::ZERO);
        assert!(!l.provider_down());
        l.provider_failed();
        assert!(l.provider_down());
        l.record(Duration::from_millis(100));
        assert!(!l.provider_down());
    }
}
