//! What the services need to know about the HTTP request that called them.

use http::header::{ACCEPT, ACCEPT_LANGUAGE, COOKIE, REFERER, USER_AGENT};
use http::request::Parts;
use std::net::SocketAddr;

/// One value of a URL's query (`a=1&next=%2Fx`), decoded once; `None` when `key` is not
/// there.
pub fn query_param(query: Option<&str>, key: &str) -> Option<String> {
    url::form_urlencoded::parse(query?.as_bytes()).find(|(k, _)| k == key).map(|(_, v)| v.into_owned())
}

#[derive(Debug, Clone, Default)]
pub struct RequestMeta {
    pub ip: String,
    pub user_agent: String,
    /// The raw `Cookie` header.
    pub cookies: String,
    /// A plain HTML form post (no JavaScript): answers are redirects.
    pub is_form_post: bool,
    pub referer: Option<String>,
    /// The raw `Accept-Language` header (the phone field's country when nothing better
    /// is known), cut to a sane length.
    pub accept_language: String,
}

/// User agents are stored and shown, so keep them to a sane length.
const MAX_USER_AGENT: usize = 512;
/// Far more than the few languages a browser sends.
const MAX_ACCEPT_LANGUAGE: usize = 512;

/// `s` cut to at most `max` bytes, on a character boundary.
fn truncated(mut s: String, max: usize) -> String {
    if s.len() > max {
        let mut cut = max;
        while !s.is_char_boundary(cut) {
            cut -= 1;
        }
        s.truncate(cut);
    }
    s
}

impl RequestMeta {
    /// The value of cookie `name`, if the request has it.
    pub fn cookie(&self, name: &str) -> Option<&str> {
        crate::server::cookie::value(&self.cookies, name)
    }

    /// The person's language: their choice (the `lang` cookie), else their browser's.
    pub fn lang(&self) -> crate::domain::lang::Lang {
        crate::domain::lang::Lang::choose(self.cookie("lang"), &self.accept_language)
    }

    pub fn from_parts(parts: &Parts) -> Self {
        let header = |name| parts.headers.get(name).and_then(|v: &http::HeaderValue| v.to_str().ok()).unwrap_or("");
        // The middleware's answer (socket, or X-Forwarded-For behind a trusted proxy).
        let ip = match parts.extensions.get::<crate::server::middleware::ClientIp>() {
            Some(ip) => ip.0.to_string(),
            None => parts.extensions.get::<axum::extract::ConnectInfo<SocketAddr>>().map(|c| c.0.ip().to_string()).unwrap_or_default(),
        };
        RequestMeta {
            ip,
            user_agent: truncated(header(USER_AGENT).to_string(), MAX_USER_AGENT),
            cookies: header(COOKIE).to_string(),
            is_form_post: header(ACCEPT).contains("text/html"),
            referer: parts.headers.get(REFERER).and_then(|v| v.to_str().ok()).map(str::to_string),
            accept_language: truncated(header(ACCEPT_LANGUAGE).to_string(), MAX_ACCEPT_LANGUAGE),
        }
    }

    /// From the Leptos request context (inside a server function or during SSR).
    pub fn current() -> Self {
        leptos::prelude::with_context::<Parts, _>(Self::from_parts).unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::query_param;

    #[test]
    fn a_query_value_is_decoded_once() {
        let q = Some("mode=redirect&next=%2Fapp%3Fq%3Da%2520b&empty=");
        assert_eq!(query_param(q, "next").as_deref(), Some("/app?q=a%20b"));
        assert_eq!(query_param(q, "mode").as_deref(), Some("redirect"));
        assert_eq!(query_param(q, "empty").as_deref(), Some(""));
        assert_eq!(query_param(q, "missing"), None);
        assert_eq!(query_param(None, "next"), None);
    }
}
