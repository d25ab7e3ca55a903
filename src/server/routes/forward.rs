//! `GET /auth/forward`: the forward-auth endpoint reverse proxies call for every request
//! to an app they protect (`services/forward.rs`). Signed in: `200` with `X-Auth-User`,
//! `X-Auth-Phone` and `X-Auth-Name`. Otherwise `401` (nginx `auth_request`, which turns
//! it into its own redirect), or with `?mode=redirect` a `302` to the sign-in page with
//! `next` the original URL (Caddy `forward_auth`, Traefik `ForwardAuth`, which pass a
//! non-2xx answer on to the browser).

use crate::server::services::forward;
use crate::server::state::AppState;
use axum::extract::{RawQuery, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};

/// How to answer a browser that is not signed in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mode {
    /// `401` (the default).
    Status,
    /// `302` to the sign-in page (`mode=redirect`).
    Redirect,
}

fn mode(query: Option<&str>) -> Result<Mode, String> {
    let value = crate::server::request::query_param(query, "mode");
    match value.as_deref() {
        None | Some("") | Some("status") => Ok(Mode::Status),
        Some("redirect") => Ok(Mode::Redirect),
        Some(_) => Err("The mode must be redirect or status.".into()),
    }
}

pub async fn forward_auth(State(state): State<AppState>, RawQuery(query): RawQuery, headers: HeaderMap) -> Response {
    let no_store = [(header::CACHE_CONTROL, "no-store")];
    let mode = match mode(query.as_deref()) {
        Ok(m) => m,
        Err(sentence) => return (StatusCode::BAD_REQUEST, no_store, sentence).into_response(),
    };
    let cookies = headers.get(header::COOKIE).and_then(|v| v.to_str().ok()).unwrap_or("");
    match forward::signed_in(&state, cookies).await {
        Ok(Some(user)) => {
            let mut res = (StatusCode::OK, no_store).into_response();
            let h = res.headers_mut();
            for (name, value) in [
                ("x-auth-user", Some(user.id)),
                ("x-auth-phone", Some(user.phone)),
                ("x-auth-name", user.name.as_deref().map(forward::header_safe)),
            ] {
                if let Some(v) = value.and_then(|v| HeaderValue::from_str(&v).ok()) {
                    h.insert(name, v);
                }
            }
            res
        }
        Ok(None) => match mode {
            Mode::Status => (StatusCode::UNAUTHORIZED, no_store, "Not signed in.").into_response(),
            Mode::Redirect => {
                let header = |name: &str| headers.get(name).and_then(|v| v.to_str().ok());
                let to = forward::sign_in_url(&state.config, forward::original_url(header).as_deref());
                match HeaderValue::from_str(&to) {
                    Ok(location) => (StatusCode::FOUND, no_store, [(header::LOCATION, location)]).into_response(),
                    Err(_) => (StatusCode::UNAUTHORIZED, no_store, "Not signed in.").into_response(),
                }
            }
        },
        // Logged with its reference by `internal`; the proxy refuses the request.
        Err(e) => (StatusCode::from_u16(e.status()).unwrap_or(StatusCode::SERVICE_UNAVAILABLE), no_store, e.to_string()).into_response(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_mode_is_status_unless_redirect_is_asked() {
        assert_eq!(mode(None), Ok(Mode::Status));
        assert_eq!(mode(Some("mode=redirect")), Ok(Mode::Redirect));
        assert_eq!(mode(Some("mode=status")), Ok(Mode::Status));
        assert!(mode(Some("mode=teapot")).is_err());
    }
}
