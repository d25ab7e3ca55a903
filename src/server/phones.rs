//! Showing a phone number with libphonenumber: its international and national formats
//! and its country, remembered.

use crate::domain::countries::{by_iso, COUNTRIES};
use crate::domain::PhoneNumber;
use phonenumber::Mode;
use std::sync::Arc;

/// What libphonenumber says of one number.
struct Formats {
    international: String,
    national: String,
    region: Option<&'static str>,
    calling_code: Option<u16>,
}

impl PhoneNumber {
    /// The number as people write it internationally, e.g. `+44 7400 123456`.
    pub fn pretty(&self) -> String {
        formats(self).international.clone()
    }

    /// The number as people of its country write it, e.g. `07400 123456` (what its
    /// country's phone field takes back).
    pub fn national(&self) -> String {
        formats(self).national.clone()
    }

    /// The ISO code of the number's country (`GB`; a `+1` number's own NANP region),
    /// when it is one of the phone field's countries.
    pub fn region(&self) -> Option<&'static str> {
        formats(self).region
    }

    /// The country calling code (`44`; `1` for every NANP number). Calling codes are
    /// prefix-free, so the first one to three digits that the country table knows is the
    /// number's: no libphonenumber expressions (a send asks this of every number, most
    /// of them new to the cache below). A code the table lacks asks libphonenumber.
    pub fn calling_code(&self) -> Option<u16> {
        let digits = self.as_str().strip_prefix('+').unwrap_or_default();
        (1..=3)
            .filter_map(|n| digits.get(..n))
            .find(|prefix| COUNTRIES.iter().any(|c| c.dial == *prefix))
            .and_then(|prefix| prefix.parse().ok())
            .or_else(|| formats(self).calling_code)
    }
}

/// Formatting runs libphonenumber's regular expressions, and every page shows (and
/// picks the country of) the visitor's number: results are remembered (a bounded cache).
fn formats(phone: &PhoneNumber) -> Arc<Formats> {
    use std::collections::HashMap;
    use std::sync::{Mutex, OnceLock};
    static CACHE: OnceLock<Mutex<HashMap<String, Arc<Formats>>>> = OnceLock::new();
    const CAPACITY: usize = 10_000;
    let cache = CACHE.get_or_init(Default::default);
    if let Some(hit) = cache.lock().unwrap_or_else(|e| e.into_inner()).get(phone.as_str()) {
        return hit.clone();
    }
    let made = Arc::new(match phonenumber::parse(None, phone.as_str()) {
        Ok(n) => Formats {
            international: n.format().mode(Mode::International).to_string(),
            national: n.format().mode(Mode::National).to_string(),
            region: n.country().id().and_then(|id| by_iso(id.as_ref())).map(|c| c.iso),
            calling_code: Some(n.country().code()),
        },
        Err(_) => {
            Formats { international: phone.as_str().to_string(), national: phone.as_str().to_string(), region: None, calling_code: None }
        }
    });
    let mut c = cache.lock().unwrap_or_else(|e| e.into_inner());
    if c.len() >= CAPACITY {
        c.clear();
    }
    c.insert(phone.as_str().to_string(), made.clone());
    made
}

#[cfg(test)]
mod tests {
    use crate::domain::PhoneNumber;

    #[test]
    fn the_calling_code_read_off_the_table_is_libphonenumbers() {
        for (country, number) in [
            ("GB", "07400 123456"),
            ("US", "2015550123"),
            ("FI", "0412345678"),
            ("AG", "2684641234"),
            ("JE", "07797 712345"),
            ("BR", "11961234567"),
        ] {
            let n = PhoneNumber::parse(Some(country), number, &[]).unwrap();
            assert_eq!(n.calling_code(), super::formats(&n).calling_code, "{country} {number}");
            assert!(n.calling_code().is_some());
        }
    }

    #[test]
    fn a_number_shows_its_formats_and_country() {
        let gb = PhoneNumber::parse(None, "+447400123456", &[]).unwrap();
        assert_eq!((gb.pretty(), gb.national(), gb.region()), ("+44 7400 123456".into(), "07400 123456".into(), Some("GB")));
        // A +1 number belongs to its own region, not to the code's main country.
        let ca = PhoneNumber::parse(Some("CA"), "4165550123", &[]).unwrap();
        assert_eq!(ca.region(), Some("CA"));
        let us = PhoneNumber::parse(Some("US"), "2015550123", &[]).unwrap();
        assert_eq!((us.national(), us.region()), ("(201) 555-0123".into(), Some("US")));
        // Asked twice: the same answer (from the cache).
        assert_eq!(gb.region(), Some("GB"));
        assert_eq!(PhoneNumber::from_stored("+999".into()).region(), None);
    }
}
