//! The answers of a server function: a redirect, or a failure, which a plain form post
//! carries back to its page in the flash cookie and a script gets as a status.

use super::Ctx;
use crate::domain::AppError;
use crate::server::flash::{self, Flash};
use http::header::SET_COOKIE;
use http::StatusCode;
use leptos::prelude::use_context;
use leptos_axum::ResponseOptions;

impl Ctx {
    /// Leaves `flash` for the next page this browser loads (see `flash.rs`).
    pub fn set_flash(&self, flash: &Flash) {
        let cookie = flash::COOKIE.set(&flash.encode(&self.state.cookie_keys), flash::FLASH_TTL, self.state.config.is_https());
        self.append_header(SET_COOKIE, &cookie);
    }

    /// Sends the browser to `path` (a local path, or an absolute URL on a host of
    /// `ALLOWED_REDIRECT_HOSTS`), with or without JavaScript.
    pub fn redirect(&self, path: &str) {
        leptos_axum::redirect(&self.safe_next(path).unwrap_or_else(|| "/".into()));
    }

    /// `next` if sign-in may send the browser there (see [`safe_next`]).
    pub fn safe_next(&self, next: &str) -> Option<String> {
        safe_next(next, &self.state.config.allowed_redirect_hosts)
    }

    /// The error answer of a server function. A plain form post (no JavaScript) is sent
    /// back to its page; the error and `keep` (the non-secret fields the person typed, so
    /// nothing is lost) go with it in the sealed flash cookie, never in the URL. A script
    /// caller gets the error with a fitting HTTP status.
    pub fn fail(&self, fn_path: &str, err: AppError, keep: &[(&str, &str)]) -> AppError {
        if self.meta.is_form_post {
            let back = self.meta.referer.as_deref().and_then(referer_path).unwrap_or_else(|| "/".into());
            let (path, query) = back.split_once('?').unwrap_or((back.as_str(), ""));
            // The page's own query (`next`, a local path) stays; nothing typed does.
            let rest: Vec<(String, String)> = url::form_urlencoded::parse(query.as_bytes())
                .filter(|(k, _)| {
                    k == "next"
                        || (!matches!(k.as_ref(), "__err" | "__path" | "phone" | "country" | "name")
                            && !keep.iter().any(|(kk, _)| *kk == k))
                })
                .map(|(k, v)| (k.into_owned(), v.into_owned()))
                .collect();
            let target = if rest.is_empty() {
                path.to_string()
            } else {
                format!("{path}?{}", url::form_urlencoded::Serializer::new(String::new()).extend_pairs(&rest).finish())
            };
            self.set_flash(&Flash::new(fn_path, err.clone(), keep, crate::server::clock::now()));
            leptos_axum::redirect(&safe_local_path(&target).unwrap_or_else(|| "/".into()));
        } else if let Some(res) = use_context::<ResponseOptions>() {
            res.set_status(StatusCode::from_u16(err.status()).unwrap_or(StatusCode::BAD_REQUEST));
            // A limit, a cooldown or a busy moment: say when to come back.
            if let Some(seconds) = err.retry_after() {
                res.insert_header(http::header::RETRY_AFTER, http::HeaderValue::from(seconds));
            }
            // The page's script shows it as it is: in the person's language.
            return crate::server::i18n::said(err, self.meta.lang());
        }
        err
    }
}

/// Path and query of a Referer, ignoring its origin (we only ever send people back to
/// our own pages).
fn referer_path(referer: &str) -> Option<String> {
    let url = url::Url::parse(referer).ok()?;
    let mut p = url.path().to_string();
    if let Some(q) = url.query() {
        p.push('?');
        p.push_str(q);
    }
    safe_local_path(&p)
}

/// `Some(path)` if `p` is a path on this site (`/x?y`), never `//host` or `/\host`. Up to
/// 2048 bytes: an OpenID authorization request (`/oauth/authorize?...`, with its redirect
/// URI, state, nonce and PKCE challenge) comes back through sign-in this way.
pub fn safe_local_path(p: &str) -> Option<String> {
    let ok = p.starts_with('/')
        && !p.starts_with("//")
        && !p.starts_with("/\\")
        && p.len() <= 2048
        && p.bytes().all(|b| b.is_ascii_graphic() && b != b'\\');
    ok.then(|| p.to_string())
}

/// Where a sign-in may send the browser: a local path ([`safe_local_path`]), or an
/// absolute `https://` or `http://` URL whose host (`host`, or `host:port` when the URL
/// names a port) is one of `allowed` (`ALLOWED_REDIRECT_HOSTS`, lowercase). Anything else
/// is `None`, and the caller falls back to its default page.
///
/// The authority is read twice, by hand from the raw text and by the `url` crate, and
/// both must agree: a URL that parsers could read differently (`user@host`, a backslash,
/// an escaped or odd host, a fragment or query before the host) is refused rather than
/// interpreted.
pub fn safe_next(p: &str, allowed: &[String]) -> Option<String> {
    if let Some(local) = safe_local_path(p) {
        return Some(local);
    }
    if allowed.is_empty() || p.len() > 2048 || !p.bytes().all(|b| b.is_ascii_graphic() && b != b'\\') {
        return None;
    }
    let (scheme, rest) = p.split_once("://")?;
    let default_port = match scheme {
        "https" => 443,
        "http" => 80,
        _ => return None,
    };
    let raw = rest.split(['/', '?', '#']).next()?.to_ascii_lowercase();
    if raw.is_empty() || raw.contains(['@', '%', '[', ']']) {
        return None;
    }
    let url = url::Url::parse(p).ok()?;
    if !url.username().is_empty() || url.password().is_some() {
        return None;
    }
    let host = match url.host()? {
        url::Host::Domain(d) => d.to_string(),
        // Addresses are allowed only as written in the list; `url` writes IPv4 as given.
        url::Host::Ipv4(a) => a.to_string(),
        url::Host::Ipv6(_) => return None,
    };
    let parsed = match url.port() {
        Some(port) => format!("{host}:{port}"),
        None => host.clone(),
    };
    // The raw authority, with an explicit default port dropped as `url` drops it.
    let raw = raw.strip_suffix(&format!(":{default_port}")).unwrap_or(&raw).to_string();
    (raw == parsed && allowed.contains(&parsed)).then(|| url.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn absolute_next_only_to_listed_hosts() {
        let allowed = ["app.example.com".to_string(), "grafana.example.com:8443".to_string(), "127.0.0.1:8080".to_string()];
        let ok = |p: &str| safe_next(p, &allowed);
        assert_eq!(ok("/profile"), Some("/profile".into()));
        assert_eq!(ok("https://app.example.com/x?a=1&b=2"), Some("https://app.example.com/x?a=1&b=2".into()));
        assert_eq!(ok("https://app.example.com"), Some("https://app.example.com/".into()));
        assert_eq!(ok("https://APP.example.com/"), Some("https://app.example.com/".into()));
        assert_eq!(ok("https://app.example.com:443/"), Some("https://app.example.com/".into()));
        assert_eq!(ok("http://app.example.com/"), Some("http://app.example.com/".into()));
        assert_eq!(ok("https://grafana.example.com:8443/d"), Some("https://grafana.example.com:8443/d".into()));
        assert_eq!(ok("http://127.0.0.1:8080/"), Some("http://127.0.0.1:8080/".into()));
        for bad in [
            "//evil.com",
            "//app.example.com",
            "https://evil.com",
            "https://evil.com/https://app.example.com",
            "https://app.example.com.evil.com/",
            "https://evil.com@app.example.com/",
            "https://app.example.com@evil.com/",
            "https://app.example.com:pw@evil.com/",
            "https://evil.com#@app.example.com/",
            "https://evil.com?@app.example.com/",
            "https://evil.com\\@app.example.com/",
            "https://app.example.com\\@evil.com/",
            "https:\\\\app.example.com/",
            "/\\evil.com",
            "https://app%2Eexample.com/",
            "https://evil.com%2F@app.example.com/",
            "https%3A%2F%2Fapp.example.com%2F",
            "%2F%2Fevil.com",
            "https://app.example.com:8443/",
            "https://grafana.example.com/",
            "https://127.0.0.1:8081/",
            "javascript://app.example.com/%0aalert(1)",
            "ftp://app.example.com/",
            "HTTPS://app.example.com/",
            "https:/app.example.com/",
            "https:app.example.com/",
            "https://app.example.com /",
            "https://[::1]/",
            "https://",
        ] {
            assert_eq!(ok(bad), None, "{bad}");
        }
        assert_eq!(safe_next("https://app.example.com/", &[]), None, "nothing listed, nothing absolute");
    }

    #[test]
    fn only_local_paths_are_redirect_targets() {
        assert_eq!(safe_local_path("/profile"), Some("/profile".into()));
        assert_eq!(safe_local_path("/a?b=c"), Some("/a?b=c".into()));
        assert_eq!(safe_local_path("//evil.example"), None);
        assert_eq!(safe_local_path("/\\evil.example"), None);
        assert_eq!(safe_local_path("https://evil.example"), None);
        assert_eq!(safe_local_path("/a b"), None);
        assert_eq!(referer_path("http://127.0.0.1:3000/signup?x=1"), Some("/signup?x=1".into()));
    }
}
