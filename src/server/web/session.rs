//! The session of a request, and the session cookie.

use super::Ctx;
use crate::domain::AppError;
use crate::server::services::auth::{self, Current, Issued};
use crate::server::session::{self, SessionKind};
use http::header::SET_COOKIE;
use leptos::prelude::with_context;

/// One request's session, resolved at most once (see [`Ctx::current`]). The middleware
/// puts an empty one in every request; a server function that changes the session is a
/// request of its own, so no request sees a stale value.
#[derive(Clone, Default)]
pub struct SessionCache(std::sync::Arc<tokio::sync::OnceCell<Option<Current>>>);

impl Ctx {
    /// The session of this request, looked up once per request however many server
    /// functions a page calls (the cache lives in the request's extensions).
    pub async fn current(&self) -> Result<Option<Current>, AppError> {
        let cache = with_context::<http::request::Parts, _>(|p| p.extensions.get::<SessionCache>().cloned()).flatten();
        match cache {
            Some(cache) => cache.0.get_or_try_init(|| auth::current(&self.state, &self.meta)).await.cloned(),
            None => auth::current(&self.state, &self.meta).await,
        }
    }

    /// The current session if it is of `kind`; anything else is "not signed in". A
    /// pending or half (2FA) session can reach only its own page's functions.
    pub async fn require(&self, kind: SessionKind) -> Result<Current, AppError> {
        match self.current().await? {
            Some(c) if c.kind() == kind => Ok(c),
            _ => Err(AppError::NotSignedIn),
        }
    }

    pub fn set_session(&self, issued: &Issued) {
        self.append_header(SET_COOKIE, &session::set_cookie(&self.state.config, &issued.token, issued.max_age));
        if let Some(device) = &issued.device {
            self.append_header(SET_COOKIE, &crate::server::services::devices::set_cookie(&self.state, device));
        }
    }

    pub fn clear_session(&self) {
        self.append_header(SET_COOKIE, &session::clear_cookie(&self.state.config));
    }

    /// Remembers the language this browser chose (the `lang` cookie, a year; not a
    /// secret, read by the server only).
    pub fn set_language(&self, lang: crate::domain::lang::Lang) {
        let secure = if self.state.config.is_https() { "; Secure" } else { "" };
        self.append_header(SET_COOKIE, &format!("lang={}; Path=/; Max-Age=31536000; SameSite=Lax; HttpOnly{secure}", lang.tag()));
    }
}
