//! Rate windows. Counters live in the database in fixed windows; the limit is checked
//! against a sliding estimate (the previous window weighted by how much of it still
//! overlaps the last `window` seconds), which avoids the double burst fixed windows allow
//! at their edges.

/// Start of the fixed window holding `now`.
pub fn window_start(now: i64, window: i64) -> i64 {
    now - now.rem_euclid(window)
}

/// Estimated number of events in the `window` seconds before `now`, given the counts of
/// the current and previous fixed windows.
pub fn sliding_count(now: i64, window: i64, previous: u64, current: u64) -> f64 {
    let into_current = (now - window_start(now, window)) as f64 / window as f64;
    previous as f64 * (1.0 - into_current) + current as f64
}

/// Whether one more event fits under `limit`.
pub fn allows_one_more(now: i64, window: i64, previous: u64, current: u64, limit: u64) -> bool {
    sliding_count(now, window, previous, current) + 1.0 <= limit as f64
}

/// Seconds until one more event would fit, rounded up to whole minutes for messages.
pub fn minutes_until_allowed(now: i64, window: i64) -> u64 {
    let left = window_start(now, window) + window - now;
    ((left + 59) / 60).max(1) as u64
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn windows_are_aligned() {
        assert_eq!(window_start(3_725, 3_600), 3_600);
        assert_eq!(window_start(3_600, 3_600), 3_600);
    }

    #[test]
    fn previous_window_fades_out() {
        // Right at the start of a window the whole previous count still counts.
        assert_eq!(sliding_count(3_600, 3_600, 4, 0), 4.0);
        // Half way through, half of it does.
        assert_eq!(sliding_count(5_400, 3_600, 4, 1), 3.0);
    }

    #[test]
    fn limit_of_five_per_hour() {
        assert!(allows_one_more(100, 3_600, 0, 4, 5));
        assert!(!allows_one_more(100, 3_600, 0, 5, 5));
        // Five sends at the end of the last hour still block the start of this one.
        assert!(!allows_one_more(3_601, 3_600, 5, 0, 5));
        assert!(allows_one_more(3_600 + 3_000, 3_600, 5, 0, 5));
    }

    #[test]
    fn wait_is_rounded_up_to_minutes() {
        assert_eq!(minutes_until_allowed(3_600 + 3_590, 3_600), 1);
        assert_eq!(minutes_until_allowed(3_600, 3_600), 60);
    }
}
