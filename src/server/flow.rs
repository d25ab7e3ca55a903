//! The flow cookie of the signed-out code flows (passwordless sign-in, password reset).
//! After "send me a code" the number is kept in a short-lived, HMAC-signed cookie rather
//! than in the URL (no phone numbers in history or access logs), and the code page reads
//! the state of the code for that number and purpose only for the browser that asked.

use crate::domain::{CodePurpose, PhoneNumber};
use crate::server::cookie::{self, CookieSpec};

pub const COOKIE: CookieSpec = CookieSpec { name: "pa_flow", host_name: "__Host-pa_flow" };

/// A signed-out code flow in progress: which number, for what.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Flow {
    pub purpose: CodePurpose,
    pub phone: PhoneNumber,
    pub started_at: i64,
}

impl Flow {
    /// `purpose|phone|started_at`, base64url, a dot, and its HMAC.
    pub fn encode(&self, secret: &str) -> String {
        let payload = format!("{}|{}|{}", self.purpose.as_str(), self.phone.as_str(), self.started_at);
        cookie::sign(secret, "flow", payload.as_bytes())
    }

    /// The flow of a cookie value, if its signature holds and it is not older than `ttl`
    /// seconds (`FLOW_TTL`: long enough for a code, its resends and a slow typist).
    pub fn decode(value: &str, secret: &str, now: i64, ttl: i64) -> Option<Flow> {
        let payload = String::from_utf8(cookie::verify(secret, "flow", value)?).ok()?;
        let mut parts = payload.splitn(3, '|');
        let purpose = CodePurpose::parse(parts.next()?)?;
        let phone = parts.next()?;
        let started_at: i64 = parts.next()?.parse().ok()?;
        if !phone.starts_with('+') || now - started_at > ttl || started_at > now + 60 {
            return None;
        }
        Some(Flow { purpose, phone: PhoneNumber::from_stored(phone.to_string()), started_at })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `FLOW_TTL`'s default.
    const FLOW_TTL: i64 = 30 * 60;

    fn flow() -> Flow {
        Flow { purpose: CodePurpose::SignIn, phone: PhoneNumber::parse(None, "+447400123456", &[]).unwrap(), started_at: 1_000 }
    }

    #[test]
    fn a_signed_flow_round_trips() {
        let v = flow().encode("secret-secret-secret-secret-secret");
        assert_eq!(Flow::decode(&v, "secret-secret-secret-secret-secret", 1_100, FLOW_TTL), Some(flow()));
    }

    #[test]
    fn tampered_foreign_or_old_flows_are_refused() {
        let key = "secret-secret-secret-secret-secret";
        let v = flow().encode(key);
        assert_eq!(Flow::decode(&v, "another-secret-another-secret-xx", 1_100, FLOW_TTL), None);
        let forged_payload = base64::Engine::encode(&base64::engine::general_purpose::URL_SAFE_NO_PAD, "reset-password|+447400123456|1000");
        let sig = v.split_once('.').unwrap().1;
        assert_eq!(Flow::decode(&format!("{forged_payload}.{sig}"), key, 1_100, FLOW_TTL), None);
        assert_eq!(Flow::decode(&v, key, 1_000 + FLOW_TTL + 1, FLOW_TTL), None);
        assert_eq!(Flow::decode("garbage", key, 1_100, FLOW_TTL), None);
        assert_eq!(Flow::decode("", key, 1_100, FLOW_TTL), None);
    }

    #[test]
    fn cookie_is_http_only_and_read_back_by_name() {
        let c = COOKIE.set("abc.def", FLOW_TTL, false);
        assert!(c.starts_with("pa_flow=abc.def; Path=/; HttpOnly; SameSite=Lax"));
        assert!(COOKIE.set("x", FLOW_TTL, true).starts_with("__Host-pa_flow=x;"));
        assert_eq!(COOKIE.read("pa_session=1; pa_flow=abc.def", false), Some("abc.def"));
        assert_eq!(COOKIE.read("pa_session=1", false), None);
    }
}
