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

    /// Sends the browser to `path` (a local path), with or without JavaScript.
    pub fn redirect(&self, path: &str) {
        leptos_axum::redirect(&safe_local_path(path).unwrap_or_else(|| "/".into()));
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
            // Busy and unavailable are moments: say when to come back.
            if matches!(err, AppError::Busy | AppError::Unavailable) {
                res.insert_header(http::header::RETRY_AFTER, http::HeaderValue::from_static("1"));
            }
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

#[cfg(test)]
mod tests {
    use super::*;

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
