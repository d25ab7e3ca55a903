//! The flow cookie of the signed-out code flows (passwordless sign-in, password reset).
//! After "send me a code" the number is kept in a short-lived, sealed cookie (encrypted and
//! authenticated: see `cookie.rs`) rather than in the URL (no phone numbers in history or
//! access logs), and the code page reads the state of the code for that number and purpose
//! only for the browser that asked. The browser holds the cookie but cannot read the
//! number in it, nor change it.

use crate::domain::{CodePurpose, PhoneNumber};
use crate::server::cookie::{CookieKeys, CookieSpec};

pub const COOKIE: CookieSpec = CookieSpec { name: "pa_flow", host_name: "__Host-pa_flow" };

/// A signed-out code flow in progress: which number, for what.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Flow {
    pub purpose: CodePurpose,
    pub phone: PhoneNumber,
    pub started_at: i64,
}

impl Flow {
    /// `purpose|phone|started_at`, sealed with the flow cookie's key.
    pub fn encode(&self, keys: &CookieKeys) -> String {
        let payload = format!("{}|{}|{}", self.purpose.as_str(), self.phone.as_str(), self.started_at);
        COOKIE.seal(&keys.flow, &payload)
    }

    /// The flow of a cookie value, if it opens with the flow cookie's key and it is not
    /// older than `ttl` seconds (the cookie's `Max-Age` too: see `web::Ctx::set_flow`).
    pub fn decode(value: &str, keys: &CookieKeys, now: i64, ttl: i64) -> Option<Flow> {
        let payload = COOKIE.open(&keys.flow, value)?;
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
    use base64::engine::general_purpose::{STANDARD, STANDARD_NO_PAD, URL_SAFE_NO_PAD};
    use base64::Engine;

    /// `FLOW_TTL`'s default.
    const FLOW_TTL: i64 = 30 * 60;

    fn flow() -> Flow {
        Flow { purpose: CodePurpose::SignIn, phone: PhoneNumber::parse(None, "+447400123456", &[]).unwrap(), started_at: 1_000 }
    }

    fn keys() -> CookieKeys {
        CookieKeys::derive("secret-secret-secret-secret-secret")
    }

    #[test]
    fn a_sealed_flow_round_trips() {
        let v = flow().encode(&keys());
        assert_eq!(Flow::decode(&v, &keys(), 1_100, FLOW_TTL), Some(flow()));
    }

    #[test]
    fn tampered_foreign_or_old_flows_are_refused() {
        let v = flow().encode(&keys());
        assert_eq!(Flow::decode(&v, &CookieKeys::derive("another-secret-another-secret-xx"), 1_100, FLOW_TTL), None);
        // The old readable shape (base64url payload, a dot, a signature) with the purpose
        // changed is nothing now.
        let forged_payload = URL_SAFE_NO_PAD.encode("reset-password|+447400123456|1000");
        assert_eq!(Flow::decode(&format!("{forged_payload}.{v}"), &keys(), 1_100, FLOW_TTL), None);
        assert_eq!(Flow::decode(&STANDARD.encode("reset-password|+447400123456|1000"), &keys(), 1_100, FLOW_TTL), None);
        // A value sealed for the flash cookie, with the flash cookie's key, is not a flow.
        let flash_sealed = crate::server::flash::COOKIE.seal(&keys().flash, "sign-in|+447400123456|1000");
        assert_eq!(Flow::decode(&flash_sealed, &keys(), 1_100, FLOW_TTL), None);
        // Every flipped bit is refused.
        let bytes = STANDARD.decode(&v).unwrap();
        for i in 0..bytes.len() {
            let mut b = bytes.clone();
            b[i] ^= 0x01;
            assert_eq!(Flow::decode(&STANDARD.encode(&b), &keys(), 1_100, FLOW_TTL), None, "byte {i}");
        }
        assert_eq!(Flow::decode(&v, &keys(), 1_000 + FLOW_TTL + 1, FLOW_TTL), None);
        assert_eq!(Flow::decode(&v, &keys(), 1_000 + 61, 60), None, "the TTL is the caller's");
        assert_eq!(Flow::decode("garbage", &keys(), 1_100, FLOW_TTL), None);
        assert_eq!(Flow::decode("", &keys(), 1_100, FLOW_TTL), None);
    }

    #[test]
    fn the_number_cannot_be_read_from_the_cookie() {
        let v = flow().encode(&keys());
        // The value is base64 of nonce, ciphertext and tag: decoded, no byte run is the
        // number, its digits or the purpose (so no encoding of them is either).
        let decoded = STANDARD.decode(&v).expect("the value is standard base64");
        for needle in ["+447400123456", "447400123456", "7400123456", "sign-in"] {
            assert!(!v.contains(needle), "{needle} in {v}");
            assert!(!decoded.windows(needle.len()).any(|w| w == needle.as_bytes()), "{needle} in the decoded value");
            for encoded in [STANDARD_NO_PAD.encode(needle), URL_SAFE_NO_PAD.encode(needle), hex::encode(needle)] {
                assert!(!v.contains(&encoded), "{needle} as {encoded} in {v}");
            }
        }
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
