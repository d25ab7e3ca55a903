//! The flash of a plain form post that failed: the error and what the person typed, for
//! the one page load that follows; or, after a success, the values the next page's form
//! starts with (the number of a password reset, for the sign-in page). It travels in a short-lived, sealed (encrypted and
//! authenticated: see `cookie.rs`), HttpOnly cookie, never in the URL: no phone number or
//! name reaches browser history, proxy or server logs, the cookie does not show what was
//! typed to anyone who sees it, and no one can craft a link to this site that shows their
//! own words in an error box (the error is one of the app's own `AppError`s, sealed by the
//! server). The page that reads it clears it (see `middleware::flash`).

use serde::{Deserialize, Serialize};

use crate::domain::AppError;
use crate::server::cookie::{CookieKeys, CookieSpec};

pub const COOKIE: CookieSpec = CookieSpec { name: "pa_flash", host_name: "__Host-pa_flash" };
/// The redirect back to the form follows at once; a minute is plenty.
pub const FLASH_TTL: i64 = 60;
/// Typed values longer than this are not carried (a cookie holds about 4 KB).
const MAX_KEPT_CHARS: usize = 200;

fn kept_values(kept: &[(&str, &str)]) -> Vec<(String, String)> {
    kept.iter().filter(|(_, v)| !v.is_empty() && v.chars().count() <= MAX_KEPT_CHARS).map(|(k, v)| (k.to_string(), v.to_string())).collect()
}

/// What a failed plain form post (or a success that hands values on) leaves for the
/// next page.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Flash {
    /// The server function's URL, so only its form shows the error.
    pub path: String,
    /// `None` when the flash only carries values to the next page.
    pub error: Option<AppError>,
    /// Non-secret fields the person typed (`phone`, `country`, `name`, ...).
    pub kept: Vec<(String, String)>,
    pub at: i64,
}

impl Flash {
    /// The error of a failed post to `path`, with what the person typed.
    pub fn new(path: &str, error: AppError, kept: &[(&str, &str)], at: i64) -> Flash {
        Flash { path: path.to_string(), error: Some(error), kept: kept_values(kept), at }
    }

    /// Values for the form of the server function at `path` on the next page, after a
    /// success (no error).
    pub fn values(path: &str, kept: &[(&str, &str)], at: i64) -> Flash {
        Flash { path: path.to_string(), error: None, kept: kept_values(kept), at }
    }

    /// JSON, sealed with the flash cookie's key.
    pub fn encode(&self, keys: &CookieKeys) -> String {
        COOKIE.seal(&keys.flash, &serde_json::to_string(self).unwrap_or_default())
    }

    /// The flash of a cookie value, if it opens with the flash cookie's key and is fresh.
    pub fn decode(value: &str, keys: &CookieKeys, now: i64) -> Option<Flash> {
        let flash: Flash = serde_json::from_str(&COOKIE.open(&keys.flash, value)?).ok()?;
        (now - flash.at <= FLASH_TTL && flash.at <= now + 60).then_some(flash)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Field;

    fn keys() -> CookieKeys {
        CookieKeys::derive("secret-secret-secret-secret-secret")
    }

    fn flash() -> Flash {
        Flash::new("/api/sign-in", AppError::BadCredentials, &[("phone", "07400 123456"), ("country", "GB"), ("password", "")], 1_000)
    }

    #[test]
    fn a_sealed_flash_round_trips_without_empty_fields() {
        let f = flash();
        assert_eq!(f.kept, vec![("phone".to_string(), "07400 123456".to_string()), ("country".to_string(), "GB".to_string())]);
        let v = f.encode(&keys());
        assert!(!v.contains("07400") && !v.contains("BadCredentials"), "what was typed cannot be read: {v}");
        assert_eq!(Flash::decode(&v, &keys(), 1_030), Some(f));
    }

    #[test]
    fn forged_foreign_or_stale_flashes_are_refused() {
        let v = flash().encode(&keys());
        assert_eq!(Flash::decode(&v, &CookieKeys::derive("another-secret-another-secret-xx"), 1_030), None);
        let forged = Flash::new("/api/sign-in", AppError::invalid(Field::Phone, "Call +1 900 555 0100 to unlock your account"), &[], 1_000);
        let payload = base64::Engine::encode(&base64::engine::general_purpose::URL_SAFE_NO_PAD, serde_json::to_vec(&forged).unwrap());
        assert_eq!(Flash::decode(&format!("{payload}.{v}"), &keys(), 1_030), None);
        let plain = base64::Engine::encode(&base64::engine::general_purpose::STANDARD, serde_json::to_vec(&forged).unwrap());
        assert_eq!(Flash::decode(&plain, &keys(), 1_030), None);
        // Sealed with the flow cookie's key, or as the flow cookie: not a flash.
        let json = serde_json::to_string(&forged).unwrap();
        assert_eq!(Flash::decode(&COOKIE.seal(&keys().flow, &json), &keys(), 1_030), None);
        assert_eq!(Flash::decode(&crate::server::flow::COOKIE.seal(&keys().flash, &json), &keys(), 1_030), None);
        assert_eq!(Flash::decode(&v, &keys(), 1_000 + FLASH_TTL + 1), None);
        assert_eq!(Flash::decode("garbage", &keys(), 1_030), None);
    }

    #[test]
    fn a_flash_of_values_carries_no_error() {
        let f = Flash::values("/api/sign-in", &[("country", "GB"), ("phone", "07400 123456")], 1_000);
        assert_eq!(f.error, None);
        let v = f.encode(&keys());
        assert!(!v.contains("07400"), "{v}");
        assert_eq!(Flash::decode(&v, &keys(), 1_030), Some(f));
    }

    #[test]
    fn long_values_are_not_carried() {
        let long = "9".repeat(MAX_KEPT_CHARS + 1);
        assert!(Flash::new("/api/sign-up", AppError::BadCredentials, &[("phone", &long)], 1).kept.is_empty());
    }

    #[test]
    fn cookie_is_read_back_by_name() {
        assert!(COOKIE.set("abc.def", FLASH_TTL, false).starts_with("pa_flash=abc.def; Path=/; HttpOnly; SameSite=Lax; Max-Age=60"));
        assert_eq!(COOKIE.read("pa_session=1; pa_flash=abc.def", false), Some("abc.def"));
    }
}
