//! Glue between server functions and the services: the request context ([`Ctx`]), and
//! by concern, the session cookie (`session.rs`), the signed-out flow cookie (`flow.rs`),
//! and the answers: redirects and a failed form post's way back (`answer.rs`).

mod answer;
mod flow;
mod session;

pub use answer::{safe_local_path, safe_next};
pub use session::SessionCache;

use crate::domain::AppError;
use crate::server::internal;
use crate::server::request::{query_param, RequestMeta};
use crate::server::state::AppState;
use http::header::HeaderValue;
use leptos::prelude::{use_context, with_context};
use leptos_axum::ResponseOptions;

/// What a server function knows of its request: the app and the request's metadata.
pub struct Ctx {
    pub state: AppState,
    pub meta: RequestMeta,
}

impl Ctx {
    pub fn load() -> Result<Ctx, AppError> {
        let state = use_context::<AppState>().ok_or_else(|| internal(anyhow::anyhow!("AppState missing from the Leptos context")))?;
        Ok(Ctx { state, meta: RequestMeta::current() })
    }

    /// The person's time zone, as their browser's `tz` cookie names it (its times in
    /// the request's language).
    pub fn zone(&self) -> crate::server::zone::Zone {
        crate::server::zone::Zone::from_request(&self.meta)
    }

    /// A value of the query of the request being answered, decoded once: while a page
    /// renders, the page's own (`next`); a server function called from the browser has
    /// none.
    pub fn page_query(&self, key: &str) -> Option<String> {
        with_context::<http::request::Parts, _>(|parts| query_param(parts.uri.query(), key)).flatten().filter(|v| !v.is_empty())
    }

    /// Adds a header to this request's answer.
    fn append_header(&self, name: http::HeaderName, value: &str) {
        if let (Some(res), Ok(v)) = (use_context::<ResponseOptions>(), HeaderValue::from_str(value)) {
            res.append_header(name, v);
        }
    }
}
