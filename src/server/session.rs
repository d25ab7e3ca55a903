//! Session tokens and their cookie. A token is 256 random bits, sent to the browser once
//! in an `HttpOnly; SameSite=Lax` cookie (`Secure` and the `__Host-` prefix when the
//! public URL is https); the database keeps only its SHA-256. The token is not sealed
//! like the flow and flash cookies: it carries no data to hide, and a forged or altered
//! token already fails, as it matches no stored hash.

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use rand::RngCore;
use sha2::{Digest, Sha256};

use crate::server::config::Config;

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

/// The session cookie's `Set-Cookie` line for `token` under this configuration: with
/// `SESSION_COOKIE_DOMAIN`, `Domain=` and the plain name; otherwise `__Host-` over https.
pub fn set_cookie(config: &Config, token: &str, max_age: i64) -> String {
    COOKIE.set_in(token, max_age, config.is_https(), config.session_cookie_domain.as_deref())
}

/// The `Set-Cookie` line that removes the session cookie (the same name and domain).
pub fn clear_cookie(config: &Config) -> String {
    set_cookie(config, "", 0)
}

/// The session cookie's name under this configuration.
pub fn cookie_name(config: &Config) -> &'static str {
    COOKIE.name_in(config.is_https(), config.session_cookie_domain.as_deref())
}

/// The session token from a `Cookie` header, if it has a plausible shape.
pub fn token_from_cookie_header<'a>(header: &'a str, config: &Config) -> Option<&'a str> {
    COOKIE
        .read_in(header, config.is_https(), config.session_cookie_domain.as_deref())
        .filter(|v| v.len() == 43 && v.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_'))
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
        let config = |vars: &[(&str, &str)]| {
            let map: std::collections::HashMap<String, String> = vars.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
            Config::from_vars(|k| map.get(k).cloned(), "127.0.0.1:3000".parse().unwrap()).unwrap()
        };
        let http = config(&[]);
        let https = config(&[("PUBLIC_URL", "https://auth.example.com"), ("ALLOW_CONSOLE_PROVIDER", "1")]);
        let shared = config(&[
            ("PUBLIC_URL", "https://auth.example.com"),
            ("ALLOW_CONSOLE_PROVIDER", "1"),
            ("SESSION_COOKIE_DOMAIN", "example.com"),
        ]);
        assert_eq!(token_from_cookie_header(&header, &http), Some(t.as_str()));
        assert_eq!(token_from_cookie_header(&header, &https), None);
        assert_eq!(token_from_cookie_header(&header, &shared), Some(t.as_str()), "with a Domain the plain name is the cookie");
        assert_eq!(token_from_cookie_header(&format!("__Host-pa_session={t}"), &shared), None);
        assert_eq!(token_from_cookie_header("pa_session=short", &http), None);
        assert_eq!(cookie_name(&shared), "pa_session");
        assert!(set_cookie(&shared, "x", 60).contains("; Domain=example.com; Secure"));
        assert!(clear_cookie(&shared).starts_with("pa_session=; ") && clear_cookie(&shared).contains("Domain=example.com"));
    }
}
