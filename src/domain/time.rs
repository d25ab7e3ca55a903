//! Time formatting shared by server rendering and the browser (no time-zone data here:
//! the server turns an instant into the wall clock of the person's zone, see
//! `server/zone.rs`, and the words are made here).

use serde::{Deserialize, Serialize};

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

/// "March 2026": the month of a unix time (UTC; a month needs no zone).
pub fn month_year(unix: i64) -> String {
    let (y, m, _) = civil_from_days(unix.div_euclid(86_400));
    format!("{} {y}", MONTHS[(m - 1) as usize])
}

const MONTHS: [&str; 12] =
    ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const WEEKDAYS: [&str; 7] = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

/// What a wall clock in some zone reads at an instant.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Wall {
    pub year: i64,
    /// 1 to 12.
    pub month: u32,
    /// 1 to 31.
    pub day: u32,
    pub hour: u32,
    pub minute: u32,
}

impl Wall {
    /// The wall clock in UTC.
    pub fn utc(unix: i64) -> Wall {
        let (year, month, day) = civil_from_days(unix.div_euclid(86_400));
        let secs = unix.rem_euclid(86_400);
        Wall { year, month, day, hour: (secs / 3600) as u32, minute: (secs % 3600 / 60) as u32 }
    }

    /// Days since 1970-01-01 of the date on this wall clock (for "yesterday").
    fn day_number(&self) -> i64 {
        days_from_civil(self.year, self.month, self.day)
    }

    fn weekday(&self) -> &'static str {
        // 1970-01-01 was a Thursday (index 3, counted from Monday).
        WEEKDAYS[(self.day_number() + 3).rem_euclid(7) as usize]
    }

    fn clock(&self) -> String {
        format!("{:02}:{:02}", self.hour, self.minute)
    }
}

/// A moment as the pages show it, in a `<time datetime=iso title=full>text</time>`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct When {
    pub unix: i64,
    /// The instant in RFC 3339 (UTC), for the `datetime` attribute.
    pub iso: String,
    /// "just now", "5 minutes ago", "today at 14:05", "yesterday at 09:30",
    /// "Tuesday at 14:05", "3 March at 14:05", "3 March 2025 at 14:05"; the clock times
    /// end in " UTC" when the person's zone is not known.
    pub text: String,
    /// The whole date: "Tuesday 3 March 2026 at 14:05" (" UTC" as above).
    pub full: String,
}

/// Words for the instant `unix` seen at `now`: `at` and `today` are the wall clocks of
/// the person's zone at those two instants; `zone_known` false means both are UTC
/// because the zone is not known, and then the clock times say "UTC".
pub fn describe(unix: i64, now: i64, at: Wall, today: Wall, zone_known: bool) -> When {
    let utc = if zone_known { "" } else { " UTC" };
    let ago = now - unix;
    let days = today.day_number() - at.day_number();
    let clock = at.clock();
    let text = if ago < 60 {
        // A moment ago (or a clock a little ahead of ours).
        "just now".to_string()
    } else if ago < 3_600 {
        match ago / 60 {
            1 => "1 minute ago".to_string(),
            n => format!("{n} minutes ago"),
        }
    } else if days == 0 {
        format!("today at {clock}{utc}")
    } else if days == 1 {
        format!("yesterday at {clock}{utc}")
    } else if (2..7).contains(&days) {
        format!("{} at {clock}{utc}", at.weekday())
    } else if at.year == today.year {
        format!("{} {} at {clock}{utc}", at.day, MONTHS[(at.month - 1) as usize])
    } else {
        format!("{} {} {} at {clock}{utc}", at.day, MONTHS[(at.month - 1) as usize], at.year)
    };
    let full = format!("{} {} {} {} at {clock}{utc}", at.weekday(), at.day, MONTHS[(at.month - 1) as usize], at.year);
    let u = Wall::utc(unix);
    let iso = format!("{:04}-{:02}-{:02}T{:02}:{:02}:{:02}Z", u.year, u.month, u.day, u.hour, u.minute, unix.rem_euclid(60));
    When { unix, iso, text, full }
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

/// The inverse: days since 1970-01-01 of a civil date.
fn days_from_civil(y: i64, m: u32, d: u32) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y.rem_euclid(400);
    let m = i64::from(m);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(d) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
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
        assert_eq!(month_year(1_700_000_000), "November 2023");
    }

    #[test]
    fn civil_dates_round_trip() {
        for days in [-800_000, -1, 0, 59, 10_957, 11_016, 19_675, 2_000_000] {
            let (y, m, d) = civil_from_days(days);
            assert_eq!(days_from_civil(y, m, d), days, "{y}-{m}-{d}");
        }
        assert_eq!(Wall::utc(0).weekday(), "Thursday");
        assert_eq!(Wall::utc(1_700_000_000).weekday(), "Tuesday");
    }

    /// 2023-11-14 22:13:20 UTC, a Tuesday.
    const NOW: i64 = 1_700_000_000;

    fn utc(at: i64) -> When {
        describe(at, NOW, Wall::utc(at), Wall::utc(NOW), false)
    }

    #[test]
    fn recent_times_are_relative_and_need_no_zone() {
        assert_eq!(utc(NOW).text, "just now");
        assert_eq!(utc(NOW + 30).text, "just now", "a clock a little ahead");
        assert_eq!(utc(NOW - 59).text, "just now");
        assert_eq!(utc(NOW - 60).text, "1 minute ago");
        assert_eq!(utc(NOW - 120).text, "2 minutes ago");
        assert_eq!(utc(NOW - 3_599).text, "59 minutes ago");
    }

    #[test]
    fn older_times_name_the_day_and_say_utc_without_a_zone() {
        assert_eq!(utc(NOW - 3 * 3_600).text, "today at 19:13 UTC");
        assert_eq!(utc(NOW - 86_400).text, "yesterday at 22:13 UTC");
        assert_eq!(utc(NOW - 3 * 86_400).text, "Saturday at 22:13 UTC");
        assert_eq!(utc(NOW - 30 * 86_400).text, "15 October at 22:13 UTC");
        assert_eq!(utc(NOW - 400 * 86_400).text, "10 October 2022 at 22:13 UTC");
        let w = utc(NOW - 3 * 3_600);
        assert_eq!(w.full, "Tuesday 14 November 2023 at 19:13 UTC");
        assert_eq!(w.iso, "2023-11-14T19:13:20Z");
    }

    #[test]
    fn a_known_zone_decides_the_day_and_the_clock() {
        // New York, UTC-5 in November: 22:13 UTC is 17:13 there, and 03:00 UTC of the
        // 14th was still the evening of the 13th.
        let ny = |unix: i64| {
            let w = Wall::utc(unix - 5 * 3_600);
            describe(unix, NOW, w, Wall::utc(NOW - 5 * 3_600), true)
        };
        assert_eq!(ny(NOW - 2 * 3_600).text, "today at 15:13");
        let early = 1_699_930_800; // 2023-11-14 03:00 UTC
        assert_eq!(ny(early).text, "yesterday at 22:00");
        assert_eq!(ny(early).full, "Monday 13 November 2023 at 22:00");
        assert!(!ny(early).full.contains("UTC") && !ny(early).text.contains("UTC"));
        assert_eq!(ny(early).iso, "2023-11-14T03:00:00Z", "the datetime attribute is the instant, in UTC");
    }
}
