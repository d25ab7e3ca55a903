//! The person's time zone, for the times the pages show. The browser tells it: a tiny
//! script in every page (`ui/mod.rs`, no Wasm) sets the `tz` cookie to the IANA name
//! `Intl` reports. The name is checked against the zone database (bundled, see
//! Cargo.toml); without the cookie (no script yet, or none at all) or with a name the
//! database does not know, times are in UTC and say so. The times are written in the
//! request's language (`time_words.rs`).

use crate::domain::lang::Lang;
use crate::domain::time::{Wall, When};

/// The cookie the page script sets.
pub const COOKIE: &str = "tz";

/// Longest IANA name accepted ("America/Argentina/ComodRivadavia" is 32).
const MAX_NAME: usize = 64;

/// A person's time zone, and the language their times are written in (English unless
/// told: [`Zone::from_request`], [`Zone::in_lang`]).
#[derive(Debug, Clone, Default)]
pub struct Zone {
    tz: Option<jiff::tz::TimeZone>,
    lang: Lang,
}

impl Zone {
    /// The zone is not known: UTC, said out loud.
    pub fn unknown() -> Zone {
        Zone::default()
    }

    /// The zone of a request (its `tz` cookie), its times in the request's language.
    pub fn from_request(meta: &crate::server::request::RequestMeta) -> Zone {
        Zone::from_cookie_header(&meta.cookies).in_lang(meta.lang())
    }

    /// The language its times (and the words shown beside them) are written in.
    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// The same zone, its times written in `lang`.
    pub fn in_lang(self, lang: Lang) -> Zone {
        Zone { lang, ..self }
    }

    /// An IANA zone name ("Europe/London"), if the database knows it.
    pub fn named(name: &str) -> Option<Zone> {
        let ok = !name.is_empty()
            && name.len() <= MAX_NAME
            && name.bytes().all(|b| b.is_ascii_alphanumeric() || matches!(b, b'/' | b'_' | b'-' | b'+'));
        ok.then(|| jiff::tz::TimeZone::get(name).ok()).flatten().map(|tz| Zone { tz: Some(tz), lang: Lang::default() })
    }

    /// The zone of a request's `Cookie` header.
    pub fn from_cookie_header(cookies: &str) -> Zone {
        crate::server::cookie::value(cookies, COOKIE).and_then(|value| Zone::named(value.trim_matches('"'))).unwrap_or_default()
    }

    pub fn is_known(&self) -> bool {
        self.tz.is_some()
    }

    /// The wall clock of this zone at `unix`.
    fn wall(&self, unix: i64) -> Wall {
        let Some(tz) = &self.tz else { return Wall::utc(unix) };
        match jiff::Timestamp::from_second(unix) {
            Ok(ts) => {
                let z = ts.to_zoned(tz.clone());
                let n = |v: i8| u32::try_from(v).unwrap_or(0);
                Wall { year: i64::from(z.year()), month: n(z.month()), day: n(z.day()), hour: n(z.hour()), minute: n(z.minute()) }
            }
            Err(_) => Wall::utc(unix),
        }
    }

    /// The clock time of `unix` with seconds ("14:05:09"), for a code's "sent at" and
    /// "expires at"; "14:05:09 UTC" when the zone is not known.
    pub fn clock(&self, unix: i64) -> String {
        match (&self.tz, jiff::Timestamp::from_second(unix)) {
            (Some(tz), Ok(ts)) => {
                let z = ts.to_zoned(tz.clone());
                format!("{:02}:{:02}:{:02}", z.hour(), z.minute(), z.second())
            }
            _ => crate::domain::time::clock_utc(unix),
        }
    }

    /// `unix` as the pages show it, seen at `now`, in this zone's language.
    pub fn when(&self, unix: i64, now: i64) -> When {
        crate::server::time_words::describe(unix, now, self.wall(unix), self.wall(now), self.is_known(), self.lang)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_clock_time_names_utc_only_when_the_zone_is_unknown() {
        // 2026-07-01 12:00:05 UTC: 13:00:05 in London (summer time), 08:00:05 in New York.
        let t = 1_782_907_205;
        assert_eq!(Zone::unknown().clock(t), "12:00:05 UTC");
        assert_eq!(Zone::named("Europe/London").unwrap().clock(t), "13:00:05");
        assert_eq!(Zone::named("America/New_York").unwrap().clock(t), "08:00:05");
    }

    #[test]
    fn only_names_the_database_knows_are_taken() {
        assert!(Zone::named("America/New_York").is_some());
        assert!(Zone::named("Europe/London").is_some());
        assert!(Zone::named("UTC").is_some());
        assert!(Zone::named("Etc/GMT+5").is_some());
        assert!(Zone::named("Mars/Olympus_Mons").is_none());
        assert!(Zone::named("").is_none());
        assert!(Zone::named("../../etc/passwd").is_none());
        assert!(Zone::named("Europe/London; x=1").is_none());
        assert!(Zone::named(&"A".repeat(200)).is_none());
    }

    #[test]
    fn the_cookie_names_the_zone() {
        assert!(Zone::from_cookie_header("a=1; tz=Asia/Tokyo; b=2").is_known());
        assert!(!Zone::from_cookie_header("a=1; xtz=Asia/Tokyo").is_known());
        assert!(!Zone::from_cookie_header("tz=Nowhere/Land").is_known());
        assert!(!Zone::from_cookie_header("").is_known());
    }

    #[test]
    fn times_are_in_the_zone_with_its_summer_time() {
        // 2023-11-14 22:13:20 UTC: 17:13 in New York (EST), 07:13 next day in Tokyo.
        let now = 1_700_000_000;
        let ny = Zone::named("America/New_York").unwrap();
        assert_eq!(ny.when(now - 2 * 3_600, now).text, "today at 15:13");
        assert_eq!(ny.when(now - 2 * 3_600, now).full, "Tuesday 14 November 2023 at 15:13");
        // 2023-07-01 12:00 UTC: 08:00 in New York (EDT).
        assert_eq!(ny.when(1_688_212_800, now).full, "Saturday 1 July 2023 at 08:00");
        let tokyo = Zone::named("Asia/Tokyo").unwrap();
        assert_eq!(tokyo.when(now - 3 * 3_600, now).text, "today at 04:13");
        assert_eq!(tokyo.when(now - 10 * 3_600, now).text, "yesterday at 21:13");
        // Unknown: UTC, and it says so; recent times need no zone at all.
        let unknown = Zone::unknown();
        assert_eq!(unknown.when(now - 2 * 3_600, now).text, "today at 20:13 UTC");
        assert_eq!(unknown.when(now - 120, now).text, "2 minutes ago");
    }

    #[test]
    fn times_are_in_the_language_of_the_zone() {
        let now = 1_700_000_000;
        let berlin = Zone::named("Europe/Berlin").unwrap().in_lang(Lang::De);
        assert_eq!(berlin.when(now - 2 * 3_600, now).text, "heute um 21:13");
        assert_eq!(berlin.when(now - 2 * 3_600, now).full, "Dienstag, 14. November 2023 um 21:13");
        let unknown = Zone::unknown().in_lang(Lang::Fr);
        assert_eq!(unknown.when(now - 2 * 3_600, now).text, "aujourd’hui à 20:13 UTC");
        let meta = crate::server::request::RequestMeta {
            cookies: "tz=Asia/Shanghai; lang=zh-CN".into(),
            accept_language: "de".into(),
            ..Default::default()
        };
        let shanghai = Zone::from_request(&meta);
        assert!(shanghai.is_known());
        assert_eq!(shanghai.when(now - 3 * 3_600, now).text, "今天 03:13");
    }
}
