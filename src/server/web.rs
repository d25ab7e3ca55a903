//! Glue between server functions and the services: the request context, session
//! cookies, redirects, and the answer to a failed form post.

use crate::domain::AppError;
use crate::domain::{CodePurpose, PhoneNumber};
use crate::server::flash::{self, Flash};
use crate::server::flow::{self, Flow};
use crate::server::internal;
use crate::server::request::RequestMeta;
use crate::server::services::auth::{self, Current, Issued};
use crate::server::session::{self, SessionKind};
use crate::server::state::AppState;
use http::header::{HeaderValue, SET_COOKIE};
use http::StatusCode;
use leptos::prelude::use_context;
use leptos_axum::ResponseOptions;

/// One request's session, resolved at most once (see [`Ctx::current`]). The middleware
/// puts an empty one in every request; a server function that changes the session is a
/// request of its own, so no request sees a stale value.
#[derive(Clone, Default)]
pub struct SessionCache(std::sync::Arc<tokio::sync::OnceCell<Option<Current>>>);

pub struct Ctx {
    pub state: AppState,
    pub meta: RequestMeta,
}

impl Ctx {
    pub fn load() -> Result<Ctx, AppError> {
        let state = use_context::<AppState>().ok_or_else(|| internal(anyhow::anyhow!("AppState missing from the Leptos context")))?;
        Ok(Ctx { state, meta: RequestMeta::current() })
    }

    /// The session of this request, looked up once per request however many server
    /// functions a page calls (the cache lives in the request's extensions).
    pub async fn current(&self) -> Result<Option<Current>, AppError> {
        let cache = use_context::<http::request::Parts>().and_then(|p| p.extensions.get::<SessionCache>().cloned());
        match cache {
            Some(cache) => cache.0.get_or_try_init(|| auth::current(&self.state, &self.meta)).await.cloned(),
            None => auth::current(&self.state, &self.meta).await,
        }
    }

    /// The current session if it is of `kind`; anything else is "not signed in". A
    /// pending or half (2FA) session can reach only its own page's functions.
    pub async fn require(&self, kind: SessionKind) -> Result<Current, AppError> {
        match self.current().await? {
            Some(c) if c.kind == kind => Ok(c),
            _ => Err(AppError::NotSignedIn),
        }
    }

    /// How long a signed-out code flow lasts: the flow cookie's `Max-Age`, and the age past
    /// which its start time is refused.
    fn flow_ttl(&self) -> i64 {
        self.state.config.limits.flow_ttl
    }

    /// The signed-out code flow this browser started for `purpose`, if it is still valid.
    pub fn flow(&self, purpose: CodePurpose) -> Option<Flow> {
        let secure = self.state.config.is_https();
        let value = flow::COOKIE.read(&self.meta.cookies, secure)?;
        Flow::decode(value, &self.state.cookie_keys, crate::server::clock::now(), self.flow_ttl()).filter(|f| f.purpose == purpose)
    }

    pub fn set_flow(&self, purpose: CodePurpose, phone: &PhoneNumber) {
        let f = Flow { purpose, phone: phone.clone(), started_at: crate::server::clock::now() };
        let secure = self.state.config.is_https();
        self.append_header(SET_COOKIE, &flow::COOKIE.set(&f.encode(&self.state.cookie_keys), self.flow_ttl(), secure));
    }

    pub fn clear_flow(&self) {
        self.append_header(SET_COOKIE, &flow::COOKIE.clear(self.state.config.is_https()));
    }

    fn append_header(&self, name: http::HeaderName, value: &str) {
        if let (Some(res), Ok(v)) = (use_context::<ResponseOptions>(), HeaderValue::from_str(value)) {
            res.append_header(name, v);
        }
    }

    pub fn set_session(&self, issued: &Issued) {
        self.append_header(SET_COOKIE, &session::COOKIE.set(&issued.token, issued.max_age, self.state.config.is_https()));
    }

    pub fn clear_session(&self) {
        self.append_header(SET_COOKIE, &session::COOKIE.clear(self.state.config.is_https()));
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
            let flash = Flash::new(fn_path, err.clone(), keep, crate::server::clock::now());
            let cookie = flash::COOKIE.set(&flash.encode(&self.state.cookie_keys), flash::FLASH_TTL, self.state.config.is_https());
            self.append_header(SET_COOKIE, &cookie);
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

/// `Some(path)` if `p` is a path on this site (`/x?y`), never `//host` or `/\host`.
pub fn safe_local_path(p: &str) -> Option<String> {
    let ok = p.starts_with('/')
        && !p.starts_with("//")
        && !p.starts_with("/\\")
        && p.len() <= 512
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
