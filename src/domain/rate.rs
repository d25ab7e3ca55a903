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
    (current as i64) < current_cap(now, window, previous, limit)
}

/// The highest count the current window may reach, given the previous window's count: one
/// more event fits while the current count is below it (the same rule as
/// [`allows_one_more`], as a number the database can compare against in one conditional
/// update). Zero or less: nothing fits.
///
/// In integers (the previous window weighs the seconds of it still inside the sliding
/// window, rounded up), so that the database computes the same cap in SQL
/// (`server::db::rate`).
pub fn current_cap(now: i64, window: i64, previous: u64, limit: u64) -> i64 {
    let overlap = window_start(now, window) + window - now;
    let previous = i64::try_from(previous).unwrap_or(i64::MAX / window.max(1));
    i64::try_from(limit).unwrap_or(i64::MAX) - previous.saturating_mul(overlap).saturating_add(window - 1) / window
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
    fn the_cap_is_the_sliding_estimate() {
        for now in [3_600, 3_601, 4_500, 5_400, 7_199] {
            for previous in 0..12u64 {
                for limit in [1u64, 5, 10] {
                    let cap = current_cap(now, 3_600, previous, limit);
                    for current in 0..15u64 {
                        let fits = sliding_count(now, 3_600, previous, current) + 1.0 <= limit as f64 + 1e-9;
                        assert_eq!((current as i64) < cap, fits, "now {now} previous {previous} current {current} limit {limit}");
                    }
                }
            }
        }
    }

    #[test]
    fn wait_is_rounded_up_to_minutes() {
        assert_eq!(minutes_until_allowed(3_600 + 3_590, 3_600), 1);
        assert_eq!(minutes_until_allowed(3_600, 3_600), 60);
    }
}
