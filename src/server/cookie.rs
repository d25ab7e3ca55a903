//! The app's cookies, one shape for all: `Path=/; HttpOnly; SameSite=Lax`, and over https
//! `Secure` with the `__Host-` name (no `Domain`, so no other host can set or read them);
//! and values signed with the app secret (HMAC-SHA256), for cookies that carry state.

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use hmac::{Hmac, Mac};
use sha2::Sha256;

/// A cookie of the app: its plain name and its `__Host-` name (used over https).
pub struct CookieSpec {
    pub name: &'static str,
    pub host_name: &'static str,
}

impl CookieSpec {
    pub fn name(&self, secure: bool) -> &'static str {
        if secure {
            self.host_name
        } else {
            self.name
        }
    }

    /// The `Set-Cookie` value that stores `value` for `max_age` seconds.
    pub fn set(&self, value: &str, max_age: i64, secure: bool) -> String {
        let mut c = format!("{}={value}; Path=/; HttpOnly; SameSite=Lax; Max-Age={max_age}", self.name(secure));
        if secure {
            c.push_str("; Secure");
        }
        c
    }

    /// The `Set-Cookie` value that removes it.
    pub fn clear(&self, secure: bool) -> String {
        self.set("", 0, secure)
    }

    /// Its (non-empty) value in a `Cookie` header.
    pub fn read<'a>(&self, header: &'a str, secure: bool) -> Option<&'a str> {
        let name = self.name(secure);
        header
            .split(';')
            .filter_map(|kv| kv.trim().split_once('='))
            .find(|(k, _)| *k == name)
            .map(|(_, v)| v.trim())
            .filter(|v| !v.is_empty())
    }
}

fn mac(secret: &str, purpose: &str, payload: &[u8]) -> Vec<u8> {
    let mut m = Hmac::<Sha256>::new_from_slice(secret.as_bytes()).expect("HMAC takes keys of any length");
    m.update(purpose.as_bytes());
    m.update(b"|");
    m.update(payload);
    m.finalize().into_bytes().to_vec()
}

/// `payload` as base64url, a dot, and its HMAC for `purpose` (a value signed for one
/// purpose never passes for another).
pub fn sign(secret: &str, purpose: &str, payload: &[u8]) -> String {
    format!("{}.{}", URL_SAFE_NO_PAD.encode(payload), URL_SAFE_NO_PAD.encode(mac(secret, purpose, payload)))
}

/// The payload of a value made by [`sign`] with this secret and purpose, if its signature
/// holds (compared in constant time).
pub fn verify(secret: &str, purpose: &str, value: &str) -> Option<Vec<u8>> {
    let (payload_b64, sig_b64) = value.split_once('.')?;
    let payload = URL_SAFE_NO_PAD.decode(payload_b64).ok()?;
    let sig = URL_SAFE_NO_PAD.decode(sig_b64).ok()?;
    bool::from(subtle::ConstantTimeEq::ct_eq(sig.as_slice(), mac(secret, purpose, &payload).as_slice())).then_some(payload)
}

#[cfg(test)]
mod tests {
    use super::*;

    const SPEC: CookieSpec = CookieSpec { name: "pa_x", host_name: "__Host-pa_x" };

    #[test]
    fn one_shape_for_every_cookie() {
        assert_eq!(SPEC.set("v", 60, false), "pa_x=v; Path=/; HttpOnly; SameSite=Lax; Max-Age=60");
        assert_eq!(SPEC.set("v", 60, true), "__Host-pa_x=v; Path=/; HttpOnly; SameSite=Lax; Max-Age=60; Secure");
        assert_eq!(SPEC.clear(false), "pa_x=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0");
        assert_eq!(SPEC.read("a=1; pa_x=v2", false), Some("v2"));
        assert_eq!(SPEC.read("pa_x=v2", true), None, "over https only the __Host- name counts");
        assert_eq!(SPEC.read("pa_x=", false), None);
    }

    #[test]
    fn signatures_hold_only_for_their_secret_and_purpose() {
        let key = "secret-secret-secret-secret-secret";
        let v = sign(key, "flow", b"payload");
        assert_eq!(verify(key, "flow", &v), Some(b"payload".to_vec()));
        assert_eq!(verify(key, "flash", &v), None);
        assert_eq!(verify("another-secret-another-secret-xx", "flow", &v), None);
        let forged = format!("{}.{}", URL_SAFE_NO_PAD.encode(b"other"), v.split_once('.').unwrap().1);
        assert_eq!(verify(key, "flow", &forged), None);
        assert_eq!(verify(key, "flow", "garbage"), None);
    }
}
