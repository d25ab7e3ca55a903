//! Time formatting shared by server rendering and the browser (no chrono in Wasm).

/// `mm:ss` for a countdown; negative values show as `00:00`.
pub fn mm_ss(seconds: i64) -> String {
    let s = seconds.max(0);
    format!("{:02}:{:02}", s / 60, s % 60)
}

/// `HH:MM:SS UTC` of a unix time, for the page shown without JavaScript.
pub fn clock_utc(unix: i64) -> String {
    let secs = unix.rem_euclid(86_400);
    format!("{:02}:{:02}:{:02} UTC", secs / 3600, secs % 3600 / 60, secs % 60)
}

/// `YYYY-MM-DD HH:MM UTC`.
pub fn date_time_utc(unix: i64) -> String {
    let (y, m, d) = civil_from_days(unix.div_euclid(86_400));
    let secs = unix.rem_euclid(86_400);
    format!("{y:04}-{m:02}-{d:02} {:02}:{:02} UTC", secs / 3600, secs % 3600 / 60)
}

/// Howard Hinnant's days-to-civil algorithm (proleptic Gregorian).
fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    (if m <= 2 { y + 1 } else { y }, m, d)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn countdown_format() {
        assert_eq!(mm_ss(300), "05:00");
        assert_eq!(mm_ss(61), "01:01");
        assert_eq!(mm_ss(-3), "00:00");
    }

    #[test]
    fn utc_clock_and_date() {
        assert_eq!(clock_utc(0), "00:00:00 UTC");
        assert_eq!(clock_utc(1_700_000_000), "22:13:20 UTC");
        assert_eq!(date_time_utc(1_700_000_000), "2023-11-14 22:13 UTC");
        assert_eq!(date_time_utc(951_782_400), "2000-02-29 00:00 UTC");
    }
}
