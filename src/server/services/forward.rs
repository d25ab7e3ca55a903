//! Forward auth: a reverse proxy (nginx `auth_request`, Caddy `forward_auth`, Traefik
//! `ForwardAuth`) asks, for every request to an app it protects, whether the browser's
//! session cookie is a full session, and hands the app who it is. That is every request
//! of the protected app, so the answer costs one indexed read and nothing else: no write
//! (the session's `last_seen_at` is not moved), no hash but the token's SHA-256, no
//! audit row. The only write ever is the user's public id, made once in the account's
//! life when neither OpenID nor forward auth needed it before.

use crate::domain::AppError;
use crate::server::clock::now;
use crate::server::config::Config;
use crate::server::session::{self, SessionKind};
use crate::server::state::AppState;
use crate::server::web::safe_next;
use crate::server::OrInternal;

/// What the protected app is told of the signed-in person.
pub struct ForwardUser {
    /// The stable public id (the OpenID `sub`).
    pub id: String,
    /// E.164.
    pub phone: String,
    pub name: Option<String>,
}

/// The person behind a `Cookie` header, if it carries a live full session (a pending or
/// half session is "not signed in").
pub async fn signed_in(state: &AppState, cookies: &str) -> Result<Option<ForwardUser>, AppError> {
    let Some(token) = session::token_from_cookie_header(cookies, &state.config) else {
        return Ok(None);
    };
    let row = state
        .db
        .forward_session(&session::hash_token(token), now(), state.config.limits.session_idle_ttl)
        .await
        .or_internal("reading the session of a forward-auth request")?;
    let Some(row) = row.filter(|r| r.kind == SessionKind::Full) else {
        return Ok(None);
    };
    let id = match row.public_id {
        Some(id) => id,
        None => super::oidc::subject(state, row.user_id).await?,
    };
    Ok(Some(ForwardUser { id, phone: row.phone.as_str().to_string(), name: row.name.filter(|n| !n.is_empty()) }))
}

/// The URL the proxy was asked for, as it tells it: `X-Forwarded-Proto`,
/// `X-Forwarded-Host` and `X-Forwarded-Uri` (Traefik, Caddy), else `X-Original-URL`
/// (what an nginx configuration sets). `header` reads one request header.
pub fn original_url<'a>(header: impl Fn(&str) -> Option<&'a str>) -> Option<String> {
    match (header("x-forwarded-proto"), header("x-forwarded-host"), header("x-forwarded-uri")) {
        (Some(proto), Some(host), Some(uri)) => {
            // A proxy chain may list several values; the first is the client's.
            let first = |v: &'a str| v.split(',').next().unwrap_or("").trim();
            Some(format!("{}://{}{}", first(proto), first(host), if uri.starts_with('/') { uri } else { "/" }))
        }
        _ => header("x-original-url").map(str::to_string),
    }
}

/// Where a browser that is not signed in goes: the sign-in page, with `next` the
/// original URL when sign-in may send it back there (a host of `ALLOWED_REDIRECT_HOSTS`);
/// otherwise the sign-in page alone (after it, the person lands on their profile).
pub fn sign_in_url(config: &Config, original: Option<&str>) -> String {
    let base = format!("{}/signin", config.public_url);
    match original.and_then(|u| safe_next(u, &config.allowed_redirect_hosts)) {
        Some(next) => format!("{base}?next={}", crate::domain::url::encode_component(&next)),
        None => base,
    }
}

/// A header value for a name: UTF-8 percent-encoded, byte by byte, but for printable
/// ASCII other than `%` (so a plain ASCII name reads as itself, and decoding is exact).
pub fn header_safe(s: &str) -> String {
    crate::domain::url::percent_encode(s, |b| (0x20..0x7f).contains(&b) && b != b'%')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_percent_encoded_outside_printable_ascii() {
        assert_eq!(header_safe("Ada Lovelace"), "Ada Lovelace");
        assert_eq!(header_safe("Zoë 100%"), "Zo%C3%AB 100%25");
        assert_eq!(header_safe("a\r\nX-Evil: 1"), "a%0D%0AX-Evil: 1");
        assert_eq!(header_safe("李"), "%E6%9D%8E");
    }

    #[test]
    fn the_original_url_comes_from_the_forwarded_headers() {
        let h = |pairs: &'static [(&'static str, &'static str)]| move |k: &str| pairs.iter().find(|(n, _)| *n == k).map(|(_, v)| *v);
        const TRAEFIK: [(&str, &str); 3] =
            [("x-forwarded-proto", "https"), ("x-forwarded-host", "app.example.com"), ("x-forwarded-uri", "/a?b=1&c=2")];
        assert_eq!(original_url(h(&TRAEFIK)), Some("https://app.example.com/a?b=1&c=2".into()));
        const CHAIN: [(&str, &str); 3] =
            [("x-forwarded-proto", "https, http"), ("x-forwarded-host", "app.example.com, proxy"), ("x-forwarded-uri", "/")];
        assert_eq!(original_url(h(&CHAIN)), Some("https://app.example.com/".into()));
        const NGINX: [(&str, &str); 1] = [("x-original-url", "http://app.example.com/x")];
        assert_eq!(original_url(h(&NGINX)), Some("http://app.example.com/x".into()));
        assert_eq!(original_url(h(&[])), None);
    }

    #[test]
    fn sign_in_carries_only_an_allowed_next() {
        let map: std::collections::HashMap<String, String> =
            [("PUBLIC_URL", "https://auth.example.com"), ("ALLOW_CONSOLE_PROVIDER", "1"), ("ALLOWED_REDIRECT_HOSTS", "app.example.com")]
                .iter()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect();
        let config = Config::from_vars(|k| map.get(k).cloned(), "127.0.0.1:3000".parse().unwrap()).unwrap();
        assert_eq!(
            sign_in_url(&config, Some("https://app.example.com/a?b=1&c=2")),
            "https://auth.example.com/signin?next=https%3A%2F%2Fapp.example.com%2Fa%3Fb%3D1%26c%3D2"
        );
        assert_eq!(sign_in_url(&config, Some("https://evil.com/")), "https://auth.example.com/signin");
        assert_eq!(sign_in_url(&config, None), "https://auth.example.com/signin");
    }
}
