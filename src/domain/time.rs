//! Time shared by server rendering and the browser: the calendar (civil dates, wall
//! clocks, how far back a moment is) with no time-zone data (the server turns an instant
//! into the wall clock of the person's zone, see `server/zone.rs`) and no words (the
//! catalog's `time-` messages, in the page's language: `server/time_words.rs`).

use serde::{Deserialize, Serialize};

use crate::domain::lang::Arg;

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

/// "March 2026" in the page's language: the month of a unix time (UTC; a month needs no
/// zone). `words` gives a message of the catalog in that language: `ui::i18n::t_with` on
/// a page, or `server::i18n::words(lang)`.
pub fn month_year(unix: i64, words: impl Fn(&str, &[(&str, Arg)]) -> String) -> String {
    let (y, m, _) = civil_from_days(unix.div_euclid(86_400));
    let month = words("time-month", &[("m", Arg::Number(i64::from(m)))]);
    words("time-month-year", &[("month", Arg::Text(&month)), ("year", Arg::Text(&y.to_string()))])
}

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
    pub fn day_number(&self) -> i64 {
        days_from_civil(self.year, self.month, self.day)
    }

    /// The day of the week: 1 for Monday to 7 for Sunday (ISO 8601).
    pub fn weekday(&self) -> u32 {
        // 1970-01-01 was a Thursday (4).
        (self.day_number() + 3).rem_euclid(7) as u32 + 1
    }

    /// `HH:MM`, 24 hours (every language here writes it so, with ASCII digits).
    pub fn clock(&self) -> String {
        format!("{:02}:{:02}", self.hour, self.minute)
    }
}

/// A moment as the pages show it, in a `<time datetime=iso title=full>text</time>`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct When {
    pub unix: i64,
    /// The instant in RFC 3339 (UTC), for the `datetime` attribute.
    pub iso: String,
    /// In English "just now", "5 minutes ago", "today at 14:05", "yesterday at 09:30",
    /// "Tuesday at 14:05", "3 March at 14:05", "3 March 2025 at 14:05"; the clock times
    /// end in " UTC" when the person's zone is not known (`server/time_words.rs` writes
    /// them in the page's language).
    pub text: String,
    /// The whole date: "Tuesday 3 March 2026 at 14:05" (" UTC" as above).
    pub full: String,
}

/// How far back an instant is, as the words of a [`When`] tell it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ago {
    /// Under a minute ago (or a clock a little ahead of ours).
    JustNow,
    /// 1 to 59 minutes ago.
    Minutes(i64),
    /// Earlier on today's date (in the person's zone).
    Today,
    Yesterday,
    /// 2 to 6 days back: the weekday says it.
    ThisWeek,
    /// Earlier this year: the day and month say it.
    ThisYear,
    /// Another year: the whole date.
    Earlier,
}

/// How far back `unix` is seen at `now`: `at` and `today` are the wall clocks of the
/// person's zone at those two instants.
pub fn ago(unix: i64, now: i64, at: Wall, today: Wall) -> Ago {
    let seconds = now - unix;
    let days = today.day_number() - at.day_number();
    if seconds < 60 {
        Ago::JustNow
    } else if seconds < 3_600 {
        Ago::Minutes(seconds / 60)
    } else if days == 0 {
        Ago::Today
    } else if days == 1 {
        Ago::Yesterday
    } else if (2..7).contains(&days) {
        Ago::ThisWeek
    } else if at.year == today.year {
        Ago::ThisYear
    } else {
        Ago::Earlier
    }
}

/// The instant in RFC 3339, UTC ("2023-11-14T19:13:20Z").
pub fn iso(unix: i64) -> String {
    let u = Wall::utc(unix);
    format!("{:04}-{:02}-{:02}T{:02}:{:02}:{:02}Z", u.year, u.month, u.day, u.hour, u.minute, unix.rem_euclid(60))
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
        assert_eq!(iso(1_700_000_000 - 3 * 3_600), "2023-11-14T19:13:20Z");
    }

    #[test]
    fn the_month_and_year_go_to_the_words() {
        let words = |key: &str, args: &[(&str, Arg)]| {
            let args: Vec<String> = args
                .iter()
                .map(|(name, arg)| match arg {
                    Arg::Text(t) => format!("{name}={t}"),
                    Arg::Number(n) => format!("{name}#{n}"),
                })
                .collect();
            format!("{key}({})", args.join(","))
        };
        assert_eq!(month_year(1_700_000_000, words), "time-month-year(month=time-month(m#11),year=2023)");
    }

    #[test]
    fn civil_dates_round_trip() {
        for days in [-800_000, -1, 0, 59, 10_957, 11_016, 19_675, 2_000_000] {
            let (y, m, d) = civil_from_days(days);
            assert_eq!(days_from_civil(y, m, d), days, "{y}-{m}-{d}");
        }
        assert_eq!(Wall::utc(0).weekday(), 4, "a Thursday");
        assert_eq!(Wall::utc(1_700_000_000).weekday(), 2, "a Tuesday");
        assert_eq!(Wall::utc(1_700_000_000 - 2 * 86_400).weekday(), 7, "a Sunday");
        assert_eq!(Wall::utc(1_700_000_000 - 86_400).weekday(), 1, "a Monday");
    }

    /// 2023-11-14 22:13:20 UTC, a Tuesday.
    const NOW: i64 = 1_700_000_000;

    fn utc(at: i64) -> Ago {
        ago(at, NOW, Wall::utc(at), Wall::utc(NOW))
    }

    #[test]
    fn recent_times_are_minutes() {
        assert_eq!(utc(NOW), Ago::JustNow);
        assert_eq!(utc(NOW + 30), Ago::JustNow, "a clock a little ahead");
        assert_eq!(utc(NOW - 59), Ago::JustNow);
        assert_eq!(utc(NOW - 60), Ago::Minutes(1));
        assert_eq!(utc(NOW - 120), Ago::Minutes(2));
        assert_eq!(utc(NOW - 3_599), Ago::Minutes(59));
    }

    #[test]
    fn older_times_name_the_day() {
        assert_eq!(utc(NOW - 3 * 3_600), Ago::Today);
        assert_eq!(utc(NOW - 86_400), Ago::Yesterday);
        assert_eq!(utc(NOW - 3 * 86_400), Ago::ThisWeek);
        assert_eq!(utc(NOW - 6 * 86_400), Ago::ThisWeek);
        assert_eq!(utc(NOW - 7 * 86_400), Ago::ThisYear);
        assert_eq!(utc(NOW - 30 * 86_400), Ago::ThisYear);
        assert_eq!(utc(NOW - 400 * 86_400), Ago::Earlier);
    }

    #[test]
    fn the_zone_decides_the_day() {
        // New York, UTC-5 in November: 03:00 UTC of the 14th was still the 13th there.
        let early = 1_699_930_800; // 2023-11-14 03:00 UTC
        let ny = |unix: i64| Wall::utc(unix - 5 * 3_600);
        assert_eq!(ago(early, NOW, ny(early), ny(NOW)), Ago::Yesterday);
        assert_eq!(ago(early, NOW, Wall::utc(early), Wall::utc(NOW)), Ago::Today);
    }
}
