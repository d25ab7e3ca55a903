//! The flow cookie of the signed-out code flows (passwordless sign-in, password reset).
//! After "send me a code" the number is kept in a short-lived, HMAC-signed cookie rather
//! than in the URL (no phone numbers in history or access logs), and the code page reads
//! the state of the code for that number and purpose only for the browser that asked.

use crate::domain::{CodePurpose, PhoneNumber};
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use hmac::{Hmac, Mac};
use sha2::Sha256;

pub const FLOW_COOKIE: &str = "pa_flow";
pub const SECURE_FLOW_COOKIE: &str = "__Host-pa_flow";
/// Long enough for a code, its resends and a slow typist; the codes expire sooner.
pub const FLOW_TTL: i64 = 30 * 60;

/// A signed-out code flow in progress: which number, for what.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Flow {
    pub purpose: CodePurpose,
    pub phone: PhoneNumber,
    pub started_at: i64,
}

fn mac(secret: &str, payload: &str) -> Vec<u8> {
    let mut m = Hmac::<Sha256>::new_from_slice(secret.as_bytes()).expect("HMAC takes keys of any length");
    m.update(b"flow|");
    m.update(payload.as_bytes());
    m.finalize().into_bytes().to_vec()
}

impl Flow {
    /// `purpose|phone|started_at`, base64url, a dot, and its HMAC.
    pub fn encode(&self, secret: &str) -> String {
        let payload = format!("{}|{}|{}", self.purpose.as_str(), self.phone.as_str(), self.started_at);
        format!("{}.{}", URL_SAFE_NO_PAD.encode(&payload), URL_SAFE_NO_PAD.encode(mac(secret, &payload)))
    }

    /// The flow of a cookie value, if its signature holds and it is not older than
    /// [`FLOW_TTL`].
    pub fn decode(value: &str, secret: &str, now: i64) -> Option<Flow> {
        let (payload_b64, sig_b64) = value.split_once('.')?;
        let payload = String::from_utf8(URL_SAFE_NO_PAD.decode(payload_b64).ok()?).ok()?;
        let sig = URL_SAFE_NO_PAD.decode(sig_b64).ok()?;
        let expected = mac(secret, &payload);
        if !bool::from(subtle::ConstantTimeEq::ct_eq(sig.as_slice(), expected.as_slice())) {
            return None;
        }
        let mut parts = payload.splitn(3, '|');
        let purpose = CodePurpose::parse(parts.next()?)?;
        let phone = parts.next()?;
        let started_at: i64 = parts.next()?.parse().ok()?;
        if !phone.starts_with('+') || now - started_at > FLOW_TTL || started_at > now + 60 {
            return None;
        }
        Some(Flow { purpose, phone: PhoneNumber::from_trusted(phone.to_string()), started_at })
    }
}

pub fn cookie_name(secure: bool) -> &'static str {
    if secure {
        SECURE_FLOW_COOKIE
    } else {
        FLOW_COOKIE
    }
}

pub fn set_cookie(value: &str, secure: bool) -> String {
    let mut c = format!("{}={value}; Path=/; HttpOnly; SameSite=Lax; Max-Age={FLOW_TTL}", cookie_name(secure));
    if secure {
        c.push_str("; Secure");
    }
    c
}

pub fn clear_cookie(secure: bool) -> String {
    let mut c = format!("{}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0", cookie_name(secure));
    if secure {
        c.push_str("; Secure");
    }
    c
}

/// The flow cookie's value in a `Cookie` header.
pub fn from_cookie_header(header: &str, secure: bool) -> Option<&str> {
    let name = cookie_name(secure);
    header.split(';').filter_map(|kv| kv.trim().split_once('=')).find(|(k, _)| *k == name).map(|(_, v)| v.trim())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn flow() -> Flow {
        Flow { purpose: CodePurpose::SignIn, phone: PhoneNumber::from_trusted("+447400123456".into()), started_at: 1_000 }
    }

    #[test]
    fn a_signed_flow_round_trips() {
        let v = flow().encode("secret-secret-secret-secret-secret");
        assert_eq!(Flow::decode(&v, "secret-secret-secret-secret-secret", 1_100), Some(flow()));
    }

    #[test]
    fn tampered_foreign_or_old_flows_are_refused() {
        let key = "secret-secret-secret-secret-secret";
        let v = flow().encode(key);
        assert_eq!(Flow::decode(&v, "another-secret-another-secret-xx", 1_100), None);
        let forged_payload = URL_SAFE_NO_PAD.encode("reset-password|+447400123456|1000");
        let sig = v.split_once('.').unwrap().1;
        assert_eq!(Flow::decode(&format!("{forged_payload}.{sig}"), key, 1_100), None);
        assert_eq!(Flow::decode(&v, key, 1_000 + FLOW_TTL + 1), None);
        assert_eq!(Flow::decode("garbage", key, 1_100), None);
        assert_eq!(Flow::decode("", key, 1_100), None);
    }

    #[test]
    fn cookie_is_http_only_and_read_back_by_name() {
        let c = set_cookie("abc.def", false);
        assert!(c.starts_with("pa_flow=abc.def; Path=/; HttpOnly; SameSite=Lax"));
        assert!(set_cookie("x", true).starts_with("__Host-pa_flow=x;"));
        assert_eq!(from_cookie_header("pa_session=1; pa_flow=abc.def", false), Some("abc.def"));
        assert_eq!(from_cookie_header("pa_session=1", false), None);
    }
}
