//! Times in words, in the page's language: the catalog's `time-` messages (built from
//! CLDR's Gregorian calendar: month and weekday names, date patterns, the "at" patterns
//! of date and time, "today" and "yesterday", and minutes ago with the language's plural
//! forms). The calendar itself is `domain/time.rs`; the person's zone, `zone.rs`.
//!
//! Every language writes the clock as `14:05` (24 hours) and its numbers with ASCII
//! digits; the messages put the pieces in the language's order:
//! `time-date-at` is "3 March 2025 at 14:05", "3. März 2025 um 14:05", "2025年3月3日 14:05".

use crate::domain::lang::{Arg, Lang};
use crate::domain::time::{ago, iso, Ago, Wall, When};
use crate::server::i18n::words;

/// "March 2026" in `lang`: the month of a unix time (UTC).
pub fn month_year(unix: i64, lang: Lang) -> String {
    crate::domain::time::month_year(unix, words(lang))
}

/// Words in `lang` for the instant `unix` seen at `now`: `at` and `today` are the wall
/// clocks of the person's zone at those two instants; `zone_known` false means both are
/// UTC because the zone is not known, and then the clock times say "UTC".
pub fn describe(unix: i64, now: i64, at: Wall, today: Wall, zone_known: bool, lang: Lang) -> When {
    let w = words(lang);
    let clock = w(if zone_known { "time-clock" } else { "time-clock-utc" }, &[("clock", Arg::Text(&at.clock()))]);
    let named = names(lang);
    let weekday = named.weekday(at.weekday());
    let month = named.month(at.month);
    let (day, year) = (at.day.to_string(), at.year.to_string());
    let date = |key: &str| {
        w(
            key,
            &[
                ("clock", Arg::Text(&clock)),
                ("weekday", Arg::Text(weekday)),
                ("day", Arg::Text(&day)),
                ("month", Arg::Text(month)),
                ("year", Arg::Text(&year)),
            ],
        )
    };
    let text = match ago(unix, now, at, today) {
        Ago::JustNow => w("time-just-now", &[]),
        Ago::Minutes(n) => w("time-minutes-ago", &[("n", Arg::Number(n))]),
        Ago::Today => date("time-today-at"),
        Ago::Yesterday => date("time-yesterday-at"),
        Ago::ThisWeek => date("time-weekday-at"),
        Ago::ThisYear => date("time-day-month-at"),
        Ago::Earlier => date("time-date-at"),
    };
    When { unix, iso: iso(unix), text, full: date("time-full") }
}

/// A language's names of the days of the week (`time-weekday`, Monday first) and of the
/// months (`time-month`).
struct Names {
    weekdays: Vec<String>,
    months: Vec<String>,
}

impl Names {
    /// Day `d` of the week (1 is Monday, 7 Sunday).
    fn weekday(&self, d: u32) -> &str {
        self.weekdays.get(d.wrapping_sub(1) as usize).map_or("", String::as_str)
    }

    /// Month `m` (1 to 12).
    fn month(&self, m: u32) -> &str {
        self.months.get(m.wrapping_sub(1) as usize).map_or("", String::as_str)
    }
}

/// Every language's names (in [`Lang::ALL`]'s order), made once: each is a selection in
/// the catalog, and a page writes a few times each with two of them.
fn names(lang: Lang) -> &'static Names {
    static NAMES: std::sync::OnceLock<Vec<Names>> = std::sync::OnceLock::new();
    let all = NAMES.get_or_init(|| {
        Lang::ALL
            .into_iter()
            .map(|l| {
                let w = words(l);
                let named = |key: &str, arg: &str, n: i64| (1..=n).map(|i| w(key, &[(arg, Arg::Number(i))])).collect();
                Names { weekdays: named("time-weekday", "d", 7), months: named("time-month", "m", 12) }
            })
            .collect()
    });
    &all[lang.index()]
}

#[cfg(test)]
mod tests {
    use super::*;

    /// 2023-11-14 22:13:20 UTC, a Tuesday.
    const NOW: i64 = 1_700_000_000;

    fn utc_in(lang: Lang, at: i64) -> When {
        describe(at, NOW, Wall::utc(at), Wall::utc(NOW), false, lang)
    }

    fn utc(at: i64) -> When {
        utc_in(Lang::En, at)
    }

    #[test]
    fn the_names_made_once_are_the_catalogs() {
        for lang in Lang::ALL {
            let (w, named) = (words(lang), names(lang));
            for d in 1..=7 {
                assert_eq!(named.weekday(d), w("time-weekday", &[("d", Arg::Number(i64::from(d)))]), "{lang:?} {d}");
            }
            for m in 1..=12 {
                assert_eq!(named.month(m), w("time-month", &[("m", Arg::Number(i64::from(m)))]), "{lang:?} {m}");
            }
            assert_ne!(named.weekday(1), named.weekday(2));
            assert_eq!((named.weekday(0), named.month(13)), ("", ""));
        }
        assert_eq!((names(Lang::De).weekday(2), names(Lang::De).month(3)), ("Dienstag", "März"));
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
            describe(unix, NOW, w, Wall::utc(NOW - 5 * 3_600), true, Lang::En)
        };
        assert_eq!(ny(NOW - 2 * 3_600).text, "today at 15:13");
        let early = 1_699_930_800; // 2023-11-14 03:00 UTC
        assert_eq!(ny(early).text, "yesterday at 22:00");
        assert_eq!(ny(early).full, "Monday 13 November 2023 at 22:00");
        assert!(!ny(early).full.contains("UTC") && !ny(early).text.contains("UTC"));
        assert_eq!(ny(early).iso, "2023-11-14T03:00:00Z", "the datetime attribute is the instant, in UTC");
    }

    #[test]
    fn every_month_and_weekday_has_its_name() {
        let names = |lang, key: &str, arg: &str, count: i64| -> Vec<String> {
            (1..=count).map(|i| words(lang)(key, &[(arg, Arg::Number(i))])).collect()
        };
        assert_eq!(names(Lang::En, "time-month", "m", 12)[0], "January");
        assert_eq!(names(Lang::En, "time-weekday", "d", 7)[6], "Sunday");
        for lang in Lang::ALL {
            for (key, arg, count) in [("time-month", "m", 12), ("time-weekday", "d", 7)] {
                let all = names(lang, key, arg, count);
                let mut distinct = all.clone();
                distinct.sort();
                distinct.dedup();
                assert_eq!(distinct.len(), count as usize, "{} {key}: {all:?}", lang.tag());
            }
        }
        assert_eq!(names(Lang::De, "time-month", "m", 12)[2], "März");
        assert_eq!(names(Lang::Ar, "time-month", "m", 12)[2], "مارس");
        assert_eq!(names(Lang::Hi, "time-month", "m", 12)[2], "मार्च");
        assert_eq!(names(Lang::Fr, "time-weekday", "d", 7)[1], "mardi");
    }

    #[test]
    fn the_month_of_membership() {
        // 2023-11-14.
        assert_eq!(month_year(NOW, Lang::En), "November 2023");
        assert_eq!(month_year(NOW, Lang::De), "November 2023");
        assert_eq!(month_year(NOW, Lang::Fr), "novembre 2023");
        assert_eq!(month_year(NOW, Lang::Es), "noviembre de 2023");
        assert_eq!(month_year(NOW, Lang::ZhCn), "2023年11月");
        assert_eq!(month_year(NOW, Lang::Ar), "نوفمبر 2023");
    }

    #[test]
    fn german_orders_day_month_and_year_its_way() {
        let de = |at| utc_in(Lang::De, at);
        assert_eq!(de(NOW).text, "gerade eben");
        assert_eq!(de(NOW - 60).text, "vor 1 Minute");
        assert_eq!(de(NOW - 300).text, "vor 5 Minuten");
        assert_eq!(de(NOW - 3 * 3_600).text, "heute um 19:13 UTC");
        assert_eq!(de(NOW - 86_400).text, "gestern um 22:13 UTC");
        assert_eq!(de(NOW - 3 * 86_400).text, "Samstag um 22:13 UTC");
        assert_eq!(de(NOW - 30 * 86_400).text, "15. Oktober um 22:13 UTC");
        assert_eq!(de(NOW - 400 * 86_400).text, "10. Oktober 2022 um 22:13 UTC");
        assert_eq!(de(NOW - 3 * 3_600).full, "Dienstag, 14. November 2023 um 19:13 UTC");
    }

    #[test]
    fn french_counts_minutes_and_names_days_in_lower_case() {
        let fr = |at| utc_in(Lang::Fr, at);
        assert_eq!(fr(NOW).text, "à l’instant");
        assert_eq!(fr(NOW - 60).text, "il y a 1 minute");
        assert_eq!(fr(NOW - 120).text, "il y a 2 minutes");
        assert_eq!(fr(NOW - 86_400).text, "hier à 22:13 UTC");
        assert_eq!(fr(NOW - 400 * 86_400).text, "10 octobre 2022 à 22:13 UTC");
        let known = describe(NOW - 3 * 3_600, NOW, Wall::utc(NOW - 3 * 3_600), Wall::utc(NOW), true, Lang::Fr);
        assert_eq!(known.full, "mardi 14 novembre 2023 à 19:13");
    }

    #[test]
    fn arabic_minutes_take_their_plural_form() {
        let ar = |minutes: i64| utc_in(Lang::Ar, NOW - minutes * 60).text;
        assert_eq!(ar(1), "قبل دقيقة واحدة");
        assert_eq!(ar(2), "قبل دقيقتين");
        assert_eq!(ar(3), "قبل 3 دقائق");
        assert_eq!(ar(10), "قبل 10 دقائق");
        assert_eq!(ar(11), "قبل 11 دقيقة");
        assert_eq!(ar(59), "قبل 59 دقيقة");
        let date = utc_in(Lang::Ar, NOW - 400 * 86_400).text;
        assert!(date.starts_with("10 أكتوبر 2022") && date.contains("22:13"), "{date}");
    }

    #[test]
    fn chinese_writes_year_month_day() {
        let zh = |at| utc_in(Lang::ZhCn, at);
        assert_eq!(zh(NOW).text, "刚刚");
        assert_eq!(zh(NOW - 300).text, "5分钟前");
        assert_eq!(zh(NOW - 86_400).text, "昨天 22:13 UTC");
        assert_eq!(zh(NOW - 30 * 86_400).text, "10月15日 22:13 UTC");
        assert_eq!(zh(NOW - 400 * 86_400).text, "2022年10月10日 22:13 UTC");
        let known = describe(NOW - 3 * 3_600, NOW, Wall::utc(NOW - 3 * 3_600), Wall::utc(NOW), true, Lang::ZhCn);
        assert_eq!(known.full, "2023年11月14日星期二 19:13");
    }

    /// Every language writes every kind of moment with no placeholder left and ASCII digits.
    #[test]
    fn every_language_writes_every_moment() {
        let moments = [60, 120, 660, 3 * 3_600, 86_400, 3 * 86_400, 30 * 86_400, 400 * 86_400].map(|ago| NOW - ago);
        for lang in Lang::ALL {
            for at in [NOW].into_iter().chain(moments) {
                for known in [true, false] {
                    let w = describe(at, NOW, Wall::utc(at), Wall::utc(NOW), known, lang);
                    for text in [&w.text, &w.full] {
                        assert!(!text.contains('{') && !text.contains("time-") && !text.trim().is_empty(), "{}: {text}", lang.tag());
                        assert!(text.chars().all(|c| !c.is_numeric() || c.is_ascii_digit()), "{}: {text}", lang.tag());
                    }
                }
            }
        }
    }
}
