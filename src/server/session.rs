//! Session tokens and their cookie. A token is 256 random bits, sent to the browser once
//! in an `HttpOnly; SameSite=Lax` cookie (`Secure` and the `__Host-` prefix when the
//! public URL is https); the database keeps only its SHA-256. The token is not sealed
//! like the flow and flash cookies: it carries no data to hide, and a forged or altered
//! token already fails, as it matches no stored hash.

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use rand::RngCore;
use sha2::{Digest, Sha256};

pub const COOKIE: crate::server::cookie::CookieSpec =
    crate::server::cookie::CookieSpec { name: "pa_session", host_name: "__Host-pa_session" };

/// What a session row allows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SessionKind {
    /// Signed in.
    Full,
    /// Password known, phone not verified yet: only `/verify` and sign-out.
    Pending,
    /// Password accepted, second factor outstanding: only `/signin/2fa`.
    TwoFactor,
    /// Passwordless sign-in with 2FA on: the code was right, the password is outstanding.
    /// Only the password step of `/signin/code`.
    PasswordStep,
}

impl SessionKind {
    pub fn as_str(self) -> &'static str {
        match self {
            SessionKind::Full => "full",
            SessionKind::Pending => "pending",
            SessionKind::TwoFactor => "2fa",
            SessionKind::PasswordStep => "password-step",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "full" => Some(SessionKind::Full),
            "pending" => Some(SessionKind::Pending),
            "2fa" => Some(SessionKind::TwoFactor),
            "password-step" => Some(SessionKind::PasswordStep),
            _ => None,
        }
    }
}

/// A fresh token (43 URL-safe characters) and the hash to store.
pub fn new_token() -> (String, String) {
    let mut bytes = [0u8; 32];
    rand::rngs::OsRng.fill_bytes(&mut bytes);
    let token = URL_SAFE_NO_PAD.encode(bytes);
    let hash = hash_token(&token);
    (token, hash)
}

pub fn hash_token(token: &str) -> String {
    hex::encode(Sha256::digest(token.as_bytes()))
}

/// The session token from a `Cookie` header, if it has a plausible shape.
pub fn token_from_cookie_header(header: &str, secure: bool) -> Option<&str> {
    COOKIE.read(header, secure).filter(|v| v.len() == 43 && v.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_random_and_only_hashes_are_kept() {
        let (t1, h1) = new_token();
        let (t2, _) = new_token();
        assert_ne!(t1, t2);
        assert_eq!(t1.len(), 43);
        assert_eq!(h1, hash_token(&t1));
        assert_eq!(h1.len(), 64);
        assert!(!h1.contains(&t1));
    }

    #[test]
    fn cookie_flags_follow_the_scheme() {
        let c = COOKIE.set("abc", 60, false);
        assert_eq!(c, "pa_session=abc; Path=/; HttpOnly; SameSite=Lax; Max-Age=60");
        let s = COOKIE.set("abc", 60, true);
        assert!(s.starts_with("__Host-pa_session=abc; Path=/;"));
        assert!(s.ends_with("; Secure"));
        assert!(COOKIE.clear(false).contains("Max-Age=0"));
    }

    #[test]
    fn token_is_read_from_the_right_cookie_only() {
        let (t, _) = new_token();
        let header = format!("theme=dark; pa_session={t}; other=1");
        assert_eq!(token_from_cookie_header(&header, false), Some(t.as_str()));
        assert_eq!(token_from_cookie_header(&header, true), None);
        assert_eq!(token_from_cookie_header("pa_session=short", false), None);
    }
}
