//! The app's cookies, one shape for all: `Path=/; HttpOnly; SameSite=Lax`, and over https
//! `Secure` with the `__Host-` name (no `Domain`, so no other host can set or read them).
//! Cookies that carry state (the flow and the flash) are sealed by the `cookie` crate's
//! private jar: AES-256-GCM, so the browser can neither read nor change them, with the
//! cookie's name bound in, under a key of their own derived from the app secret
//! ([`CookieKeys`]).

use cookie::{Cookie, CookieJar, Key};
use hkdf::Hkdf;
use sha2::Sha256;

/// The (non-empty) value of cookie `name` in a `Cookie` header (the first, if the browser
/// sent several): the app's own cookies (through [`CookieSpec`]) and those the page's
/// script sets (`tz`, `lang`, `pa_pow`).
pub fn value<'a>(header: &'a str, name: &str) -> Option<&'a str> {
    Cookie::split_parse(header).filter_map(Result::ok).find(|c| c.name() == name).and_then(|c| c.value_raw()).filter(|v| !v.is_empty())
}

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
    ///
    /// Written here rather than by `cookie::Cookie`'s `Display`: the line is the same
    /// attributes in the order the app has always sent and its tests pin, and the crate
    /// would only reorder them. Values are the app's own (a base64url token or a sealed
    /// value in standard base64), never text that needs encoding.
    pub fn set(&self, value: &str, max_age: i64, secure: bool) -> String {
        self.set_in(value, max_age, secure, None)
    }

    /// The name used with `domain`: a cookie with a `Domain` cannot carry the `__Host-`
    /// prefix (browsers refuse it), so it takes the plain name.
    pub fn name_in(&self, secure: bool, domain: Option<&str>) -> &'static str {
        if domain.is_some() {
            self.name
        } else {
            self.name(secure)
        }
    }

    /// As [`set`](Self::set), for `domain` and its subdomains when given (the session
    /// cookie with `SESSION_COOKIE_DOMAIN`).
    pub fn set_in(&self, value: &str, max_age: i64, secure: bool, domain: Option<&str>) -> String {
        let mut c = format!("{}={value}; Path=/; HttpOnly; SameSite=Lax; Max-Age={max_age}", self.name_in(secure, domain));
        if let Some(d) = domain {
            c.push_str("; Domain=");
            c.push_str(d);
        }
        if secure {
            c.push_str("; Secure");
        }
        c
    }

    /// The `Set-Cookie` value that removes it.
    pub fn clear(&self, secure: bool) -> String {
        self.set("", 0, secure)
    }

    /// Its (non-empty) value in a `Cookie` header (the first, if the browser sent several).
    pub fn read<'a>(&self, header: &'a str, secure: bool) -> Option<&'a str> {
        self.read_in(header, secure, None)
    }

    /// As [`read`](Self::read), for the name used with `domain` (see [`name_in`](Self::name_in)).
    pub fn read_in<'a>(&self, header: &'a str, secure: bool, domain: Option<&str>) -> Option<&'a str> {
        value(header, self.name_in(secure, domain))
    }

    /// `plaintext` encrypted and authenticated under `key`: the value to [`set`](Self::set).
    /// The plain name is the associated data whatever the scheme, so a value sealed for
    /// one cookie never opens as another.
    pub fn seal(&self, key: &Key, plaintext: &str) -> String {
        let mut jar = CookieJar::new();
        jar.private_mut(key).add(Cookie::new(self.name, plaintext.to_string()));
        jar.get(self.name).map(|c| c.value().to_string()).unwrap_or_default()
    }

    /// The plaintext of a value made by [`seal`](Self::seal) with this key for this
    /// cookie; `None` for anything else (tampered, foreign, another cookie's, garbage).
    pub fn open(&self, key: &Key, value: &str) -> Option<String> {
        CookieJar::new().private(key).decrypt(Cookie::new(self.name, value.to_string())).map(|c| c.value().to_string())
    }
}

/// The keys of the sealed cookies, one per cookie, each expanded from the app secret by
/// HKDF-SHA256 (extract, then expand with an info string of its own): the secret itself is
/// never a key, and a key learnt for one cookie says nothing of another or of the secret.
/// (`cookie::Key::derive_from` is not used: it skips HKDF's extract step, which a secret
/// typed by an operator rather than drawn at random needs.)
#[derive(Clone)]
pub struct CookieKeys {
    pub flow: Key,
    pub flash: Key,
    /// Seals the OpenID provider's private signing keys in the database (not a cookie,
    /// but the same authenticated encryption, from the same secret).
    pub signing_keys: Key,
    /// Seals the secrets of authenticator apps in the database.
    pub totp_secrets: Key,
    /// Keys the HMAC-SHA256 of recovery codes (its 64 bytes: `Key::master`).
    pub recovery_codes: Key,
}

impl CookieKeys {
    pub fn derive(secret: &str) -> CookieKeys {
        let hk = Hkdf::<Sha256>::new(Some(b"phone-auth cookie keys"), secret.as_bytes());
        let key = |info: &[u8]| {
            // The signing and the encryption half of a `cookie::Key` (only the second is
            // used: the private jar).
            let mut okm = [0u8; 64];
            hk.expand(info, &mut okm).expect("64 bytes is a valid HKDF-SHA256 output length");
            Key::from(&okm)
        };
        CookieKeys {
            flow: key(b"phone-auth cookie pa_flow v1"),
            flash: key(b"phone-auth cookie pa_flash v1"),
            signing_keys: key(b"phone-auth oidc signing keys v1"),
            totp_secrets: key(b"phone-auth totp secrets v1"),
            recovery_codes: key(b"phone-auth recovery codes v1"),
        }
    }
}

impl std::fmt::Debug for CookieKeys {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("CookieKeys(<redacted>)")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SPEC: CookieSpec = CookieSpec { name: "pa_x", host_name: "__Host-pa_x" };
    const OTHER: CookieSpec = CookieSpec { name: "pa_y", host_name: "__Host-pa_y" };

    #[test]
    fn one_shape_for_every_cookie() {
        assert_eq!(SPEC.set("v", 60, false), "pa_x=v; Path=/; HttpOnly; SameSite=Lax; Max-Age=60");
        assert_eq!(SPEC.set("v", 60, true), "__Host-pa_x=v; Path=/; HttpOnly; SameSite=Lax; Max-Age=60; Secure");
        assert_eq!(SPEC.clear(false), "pa_x=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0");
        assert_eq!(SPEC.read("a=1; pa_x=v2", false), Some("v2"));
        assert_eq!(SPEC.read("pa_x=v2", true), None, "over https only the __Host- name counts");
        assert_eq!(SPEC.read("pa_x=", false), None);
        // With a Domain: the plain name (the __Host- prefix forbids a Domain), still Secure.
        assert_eq!(
            SPEC.set_in("v", 60, true, Some("example.com")),
            "pa_x=v; Path=/; HttpOnly; SameSite=Lax; Max-Age=60; Domain=example.com; Secure"
        );
        assert_eq!(SPEC.read_in("__Host-pa_x=a; pa_x=b", true, Some("example.com")), Some("b"));
        assert_eq!(SPEC.read_in("__Host-pa_x=a; pa_x=b", true, None), Some("a"));
    }

    #[test]
    fn sealed_values_open_only_with_their_key_and_cookie() {
        let keys = CookieKeys::derive("secret-secret-secret-secret-secret");
        let v = SPEC.seal(&keys.flow, "payload");
        assert_eq!(SPEC.open(&keys.flow, &v), Some("payload".to_string()));
        assert!(!v.contains("payload"));
        assert_eq!(OTHER.open(&keys.flow, &v), None, "another cookie's value");
        assert_eq!(SPEC.open(&keys.flash, &v), None, "another cookie's key");
        assert_eq!(SPEC.open(&CookieKeys::derive("another-secret-another-secret-xx").flow, &v), None);
        // Any changed byte fails authentication.
        let mut bytes = base64::Engine::decode(&base64::engine::general_purpose::STANDARD, &v).unwrap();
        let last = bytes.len() - 1;
        bytes[last] ^= 1;
        let forged = base64::Engine::encode(&base64::engine::general_purpose::STANDARD, &bytes);
        assert_eq!(SPEC.open(&keys.flow, &forged), None);
        assert_eq!(SPEC.open(&keys.flow, "garbage"), None);
        assert_eq!(SPEC.open(&keys.flow, ""), None);
        // A fresh nonce each time: the same plaintext never seals to the same value.
        assert_ne!(SPEC.seal(&keys.flow, "payload"), v);
    }

    #[test]
    fn keys_are_derived_not_the_secret_and_differ_per_cookie() {
        let secret = "secret-secret-secret-secret-secret";
        let a = CookieKeys::derive(secret);
        let b = CookieKeys::derive(secret);
        assert_eq!(a.flow.master(), b.flow.master(), "the same secret gives the same keys (several instances)");
        assert_ne!(a.flow.master(), a.flash.master());
        assert!(!a.flow.master().windows(secret.len()).any(|w| w == secret.as_bytes()));
        assert_eq!(format!("{a:?}"), "CookieKeys(<redacted>)");
    }
}
