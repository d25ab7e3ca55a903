//! What every request passes through, outermost first: security headers on every answer,
//! the client IP (socket, or `X-Forwarded-For` behind a trusted proxy), the same-origin
//! check of state-changing requests (CSRF), and the request body cap.

use crate::server::net;
use crate::server::state::AppState;
use axum::body::Body;
use axum::extract::{ConnectInfo, Request, State};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use http::header::{self, HeaderMap, HeaderValue};
use http::{Method, StatusCode};
use std::net::{IpAddr, SocketAddr};

/// Request bodies of every form and server function: far more than any of them needs.
pub const MAX_BODY_BYTES: usize = 64 * 1024;
/// The photo upload: the photo limit plus room for the multipart framing.
pub const MAX_UPLOAD_BODY_BYTES: usize = crate::server::services::avatar::MAX_UPLOAD_BYTES + 64 * 1024;
const UPLOAD_PATH: &str = "/api/upload-photo";

/// The client's address for this request, set by [`client_ip`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ClientIp(pub IpAddr);

pub async fn client_ip(State(state): State<AppState>, mut req: Request, next: Next) -> Response {
    if let Some(peer) = req.extensions().get::<ConnectInfo<SocketAddr>>().map(|c| c.0.ip()) {
        let ip = {
            let forwarded: Vec<&str> = req.headers().get_all("x-forwarded-for").iter().filter_map(|v| v.to_str().ok()).collect();
            net::client_ip(peer, &forwarded, &state.config.trusted_proxies)
        };
        req.extensions_mut().insert(ClientIp(ip));
    }
    req.extensions_mut().insert(crate::server::web::SessionCache::default());
    next.run(req).await
}

/// A page whose guard sends the visitor elsewhere answers a real redirect whatever the
/// request's `Accept` header. (Leptos turns a redirect during rendering into a 302 only
/// for requests that accept `text/html`; for others, such as curl's `*/*`, uptime
/// checkers and link previewers, it answers 200 with an empty page and a `Location`
/// that nothing follows.) Server functions keep Leptos's own answer, which their
/// callers read.
pub async fn page_redirects(req: Request, next: Next) -> Response {
    let page = matches!(*req.method(), Method::GET | Method::HEAD) && !req.uri().path().starts_with("/api/");
    let res = next.run(req).await;
    if !page || res.status() != StatusCode::OK || !res.headers().contains_key(header::LOCATION) {
        return res;
    }
    let (mut parts, _) = res.into_parts();
    parts.status = StatusCode::FOUND;
    parts.headers.remove("serverfnredirect");
    parts.headers.remove(header::CONTENT_TYPE);
    parts.headers.remove(header::CONTENT_LENGTH);
    Response::from_parts(parts, Body::empty())
}

/// A page load that carries a flash cookie (a failed plain form post just redirected
/// here): the flash, if it opens (see `cookie.rs`), goes to the page being rendered (as a request
/// extension), and the cookie is cleared in the answer, so it is shown once.
pub async fn flash(State(state): State<AppState>, mut req: Request, next: Next) -> Response {
    let secure = state.config.is_https();
    // Forward auth gets the browser's headers through a proxy, and is no page.
    let is_page = req.method() == Method::GET
        && req.uri().path() != "/auth/forward"
        && req.headers().get(header::ACCEPT).and_then(|v| v.to_str().ok()).is_some_and(|a| a.contains("text/html"));
    let value = req
        .headers()
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find_map(|c| crate::server::flash::COOKIE.read(c, secure).map(str::to_string));
    let Some(value) = value.filter(|_| is_page) else {
        return next.run(req).await;
    };
    if let Some(f) = crate::server::flash::Flash::decode(&value, &state.cookie_keys, crate::server::clock::now()) {
        req.extensions_mut().insert(f);
    }
    let mut res = next.run(req).await;
    if let Ok(v) = HeaderValue::from_str(&crate::server::flash::COOKIE.clear(secure)) {
        res.headers_mut().append(header::SET_COOKIE, v);
    }
    res
}

/// The origin (`scheme://host[:port]`) of a URL; `None` for one without (`data:`, ...).
pub fn origin_of(url: &str) -> Option<String> {
    let u = url::Url::parse(url).ok()?;
    match u.origin() {
        url::Origin::Tuple(..) => Some(u.origin().ascii_serialization()),
        url::Origin::Opaque(_) => None,
    }
}

/// Where the operator's logo comes from, when another site serves it (over https only):
/// the pages' `img-src` names it.
pub fn logo_origin(config: &crate::server::config::Config) -> Option<String> {
    config.logo_url.as_deref().filter(|u| u.starts_with("https://")).and_then(origin_of)
}

/// Is a state-changing request same-site? `Origin` decides; without it, `Referer`; with
/// neither (not a browser, so no ambient cookies to abuse) it passes. Same-site means the
/// public URL's origin, or the `Host` the request was sent to (so `localhost` and
/// `127.0.0.1` both work on a developer's machine).
pub fn same_origin(headers: &HeaderMap, public_origin: &str) -> Result<(), String> {
    let host = headers.get(header::HOST).and_then(|v| v.to_str().ok());
    let claimed = match (headers.get(header::ORIGIN), headers.get(header::REFERER)) {
        (Some(o), _) => {
            let o = o.to_str().map_err(|_| "unreadable Origin".to_string())?;
            origin_of(o).ok_or_else(|| format!("opaque Origin {o:?}"))?
        }
        (None, Some(r)) => {
            let r = r.to_str().map_err(|_| "unreadable Referer".to_string())?;
            origin_of(r).ok_or_else(|| "Referer without an origin".to_string())?
        }
        (None, None) => return Ok(()),
    };
    // The Host the request was sent to stands in for the public URL's host, never for its
    // scheme: `http://` against an `https://` public URL is another origin.
    let (scheme, authority) = claimed.split_once("://").unwrap_or(("", ""));
    let public_scheme = public_origin.split_once("://").map_or("", |(s, _)| s);
    if claimed == public_origin || (scheme == public_scheme && host.is_some_and(|h| h.eq_ignore_ascii_case(authority))) {
        Ok(())
    } else {
        Err(format!("cross-site request from {claimed}"))
    }
}

/// The OpenID endpoints other sites post to. Token and userinfo read no cookie (the
/// client authenticates itself, or a Bearer token does); authorize and logout may be
/// posted by a relying party's page (Core 3.1.2.1, RP-Initiated Logout 2), and such a
/// post can do no more than the GET a link does (the session cookie, SameSite=Lax, is
/// not even sent with it). Forward auth is asked by a proxy with the method and headers
/// (`Origin` too) of the request it guards, reads no body and changes nothing.
const CROSS_SITE_ENDPOINTS: [&str; 7] = [
    "/oauth/token",
    "/oauth/userinfo",
    "/oauth/authorize",
    "/oauth/logout",
    "/auth/forward",
    // The providers' delivery receipts: signed by the provider, not sent by a browser.
    crate::server::config::TWILIO_RECEIPTS_PATH,
    crate::server::config::VONAGE_RECEIPTS_PATH,
];

pub async fn same_origin_writes(State(state): State<AppState>, req: Request, next: Next) -> Response {
    if !matches!(*req.method(), Method::GET | Method::HEAD | Method::OPTIONS) && !CROSS_SITE_ENDPOINTS.contains(&req.uri().path()) {
        if let Err(why) = same_origin(req.headers(), &state.config.public_origin()) {
            tracing::warn!(path = %req.uri().path(), %why, "refused a cross-site request");
            return refuse_unread(StatusCode::FORBIDDEN, "This request came from another site and was refused.");
        }
    }
    next.run(req).await
}

pub async fn body_limit(req: Request, next: Next) -> Response {
    let upload = req.uri().path() == UPLOAD_PATH;
    if upload && req.method() == Method::POST {
        // server_fn's multipart decoder panics on a body that is not multipart: refuse it
        // here with a sentence instead.
        let boundary = req.headers().get(header::CONTENT_TYPE).and_then(|v| v.to_str().ok()).and_then(|ct| multer::parse_boundary(ct).ok());
        if boundary.is_none() {
            return refuse_unread(StatusCode::UNSUPPORTED_MEDIA_TYPE, "Send the photo as a multipart/form-data upload.");
        }
    }
    let limit = if upload { MAX_UPLOAD_BODY_BYTES } else { MAX_BODY_BYTES };
    let declared = req.headers().get(header::CONTENT_LENGTH).and_then(|v| v.to_str().ok()).and_then(|v| v.parse::<u64>().ok());
    if declared.is_some_and(|n| n > limit as u64) {
        return refuse_unread(StatusCode::PAYLOAD_TOO_LARGE, "The request is too large.");
    }
    let chunked = req.headers().contains_key(header::TRANSFER_ENCODING);
    if declared.is_none_or(|n| n == 0) && !chunked {
        return next.run(req).await;
    }
    // The whole body, within its size cap (a body without a length is cut off at the cap
    // all the same) and its time: a client that sends a few bytes and then nothing does
    // not hold a connection and a task for ever.
    let (parts, body) = req.into_parts();
    let deadline = if upload { UPLOAD_BODY_TIMEOUT } else { BODY_TIMEOUT };
    let bytes = match tokio::time::timeout(deadline, http_body_util::BodyExt::collect(http_body_util::Limited::new(body, limit))).await {
        Ok(Ok(collected)) => collected.to_bytes(),
        Ok(Err(e)) if e.is::<http_body_util::LengthLimitError>() => {
            return refuse_unread(StatusCode::PAYLOAD_TOO_LARGE, "The request is too large.");
        }
        Ok(Err(_)) => return refuse_unread(StatusCode::BAD_REQUEST, "The request could not be read."),
        Err(_) => {
            tracing::warn!(path = %parts.uri.path(), "request body too slow: refused");
            return refuse_unread(StatusCode::REQUEST_TIMEOUT, "The request took too long to arrive.");
        }
    };
    next.run(Request::from_parts(parts, Body::from(bytes))).await
}

/// How long a request body may take to arrive, in all: a form is a few hundred bytes.
const BODY_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(10);
/// A photo of up to 2 MB from a slow phone connection.
const UPLOAD_BODY_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(30);

/// A refusal sent before the request body was read (or when it could not be): the
/// connection closes after it, and says so, so a client keeping connections alive does
/// not send its next request on a connection the server is about to drop.
fn refuse_unread(status: StatusCode, sentence: &'static str) -> Response {
    (status, [(header::CONTENT_TYPE, "text/plain; charset=utf-8"), (header::CONNECTION, "close")], sentence).into_response()
}

/// The policy of answers that are not pages (JSON, images, plain text): nothing may load.
const STRICT_CSP: &str = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/// The policy of the app's pages: its own scripts (the inline loader and the time-zone
/// script by nonce), its own Wasm, styles (and the brand colours, inline by nonce),
/// images (and the operator's logo, from `logo_origin` when it is elsewhere) and
/// requests; no frames, plugins or foreign forms, but for `form_origin`: the registered
/// client a sign-in on this page goes back to, or the allowed host of its `next` (Chrome
/// checks every redirect after a form post against `form-action`, and the last one of
/// such a sign-in leaves for the other site).
pub fn page_csp(nonce: Option<&str>, logo_origin: Option<&str>, form_origin: Option<&str>) -> String {
    let (scripts, styles) = match nonce {
        Some(n) => (format!("'self' 'nonce-{n}' 'wasm-unsafe-eval'"), format!("'self' 'nonce-{n}'")),
        None => ("'self' 'wasm-unsafe-eval'".to_string(), "'self'".to_string()),
    };
    let images = match logo_origin {
        Some(o) => format!("'self' data: {o}"),
        None => "'self' data:".to_string(),
    };
    format!(
        "default-src 'self'; script-src {scripts}; style-src {styles}; img-src {images}; connect-src 'self'; \
         font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'{forms}; frame-ancestors 'none'",
        forms = form_origin.map(|o| format!(" {o}")).unwrap_or_default()
    )
}

/// Where a page's shell leaves the nonce Leptos made for it, so this middleware can name
/// it in the Content-Security-Policy. (Headers set through Leptos's `ResponseOptions`
/// during rendering were seen to go missing now and then; a slot in the request's
/// extensions, shared with the render through `Parts`, cannot.)
#[derive(Clone, Default)]
pub struct PageNonce(std::sync::Arc<std::sync::OnceLock<String>>);

impl PageNonce {
    pub fn set(&self, nonce: String) {
        let _ = self.0.set(nonce);
    }
}

pub async fn security_headers(State(state): State<AppState>, mut req: Request, next: Next) -> Response {
    let nonce = PageNonce::default();
    req.extensions_mut().insert(nonce.clone());
    let next_param = crate::server::request::query_param(req.uri().query(), "next");
    let mut res = next.run(req).await;
    if let Some(n) = nonce.0.get() {
        let logo_origin = logo_origin(&state.config);
        // An allowed absolute `next` (forward auth: the protected app), or the client
        // of an OpenID request carried through sign-in.
        let form_origin = match next_param {
            Some(next) => {
                match crate::server::web::safe_next(&next, &state.config.allowed_redirect_hosts).filter(|n| !n.starts_with('/')) {
                    Some(url) => origin_of(&url),
                    None => crate::server::services::oidc::client_origin_of_next(&state, &next).await,
                }
            }
            None => None,
        };
        if let Ok(v) = HeaderValue::from_str(&page_csp(Some(n), logo_origin.as_deref(), form_origin.as_deref())) {
            res.headers_mut().insert(header::CONTENT_SECURITY_POLICY, v);
        }
    }
    let h = res.headers_mut();
    let set = |h: &mut HeaderMap, name: header::HeaderName, value: &'static str| {
        h.entry(name).or_insert(HeaderValue::from_static(value));
    };
    set(h, header::X_CONTENT_TYPE_OPTIONS, "nosniff");
    set(h, header::REFERRER_POLICY, "same-origin");
    set(h, header::X_FRAME_OPTIONS, "DENY");
    set(h, header::HeaderName::from_static("cross-origin-opener-policy"), "same-origin");
    set(h, header::HeaderName::from_static("permissions-policy"), "camera=(), microphone=(), geolocation=(), payment=(), usb=()");
    set(h, header::CONTENT_SECURITY_POLICY, STRICT_CSP);
    if state.config.is_https() {
        set(h, header::STRICT_TRANSPORT_SECURITY, "max-age=31536000; includeSubDomains");
    }
    res
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(pairs: &[(&'static str, &str)]) -> HeaderMap {
        let mut h = HeaderMap::new();
        for (k, v) in pairs {
            h.append(*k, HeaderValue::from_str(v).unwrap());
        }
        h
    }

    #[test]
    fn same_site_writes_pass_and_cross_site_ones_do_not() {
        let public = "https://auth.example.com";
        assert!(same_origin(&headers(&[("origin", "https://auth.example.com")]), public).is_ok());
        assert!(same_origin(&headers(&[("origin", "https://evil.example"), ("host", "auth.example.com")]), public).is_err());
        assert!(same_origin(&headers(&[("origin", "null")]), public).is_err(), "opaque origins are refused");
        assert!(same_origin(&headers(&[("referer", "https://auth.example.com/profile")]), public).is_ok());
        assert!(same_origin(&headers(&[("referer", "https://evil.example/x")]), public).is_err());
        assert!(same_origin(&headers(&[]), public).is_ok(), "no browser, no ambient cookies");
        // The host the request was sent to counts as same-site (localhost vs 127.0.0.1).
        assert!(same_origin(&headers(&[("origin", "http://localhost:3000"), ("host", "localhost:3000")]), "http://127.0.0.1:3000").is_ok());
        assert!(same_origin(&headers(&[("origin", "http://localhost:3001"), ("host", "localhost:3000")]), "http://127.0.0.1:3000").is_err());
        // The scheme counts: plain http is another origin than the https public URL,
        // whatever the Host header says.
        assert!(same_origin(&headers(&[("origin", "http://auth.example.com"), ("host", "auth.example.com")]), public).is_err());
        assert!(same_origin(&headers(&[("referer", "http://auth.example.com/x"), ("host", "auth.example.com")]), public).is_err());
        // Origin wins over a same-site Referer.
        assert!(same_origin(&headers(&[("origin", "https://evil.example"), ("referer", "https://auth.example.com/")]), public).is_err());
    }

    #[test]
    fn pages_may_run_their_own_wasm_and_nothing_inline_without_the_nonce() {
        let csp = page_csp(Some("abc"), None, None);
        assert!(csp.contains("script-src 'self' 'nonce-abc' 'wasm-unsafe-eval'"));
        assert!(csp.contains("style-src 'self' 'nonce-abc';"));
        assert!(csp.contains("img-src 'self' data:;"));
        assert!(page_csp(Some("abc"), Some("https://cdn.example.com"), None).contains("img-src 'self' data: https://cdn.example.com;"));
        assert!(csp.contains("frame-ancestors 'none'"));
        assert!(!csp.contains("unsafe-inline"));
    }
}
